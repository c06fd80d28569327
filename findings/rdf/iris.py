"""Deterministic, readable instance IRIs (plain strings): the same corpus always names the same things the same way."""

from __future__ import annotations

from urllib.parse import quote

from findings.model import ItemRef

DEFAULT_BASE = "https://w3id.org/findings/id/"


class Iris:
    """Mint IRIs under one base, e.g. <base>central-bedfordshire/ofsted-2017/recommendation/3."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._quoted: dict[str, str] = {}  # part → its percent-encoded form: a build names the same parts many times
        self._documents: dict[str, str] = {}  # hash → the document's IRI: every span names its document four times
        self._keys: dict[str, str] = {}  # assessment key → its IRI, which every item of it starts with

    def _q(self, part: str) -> str:
        done = self._quoted.get(part)
        if done is None:
            done = self._quoted[part] = quote(part, safe="-._~")
        return done

    def _iri(self, *parts: str) -> str:
        return self.base + "/".join(map(self._q, parts))

    def document(self, sha256: str) -> str:
        done = self._documents.get(sha256)
        if done is None:
            done = self._documents[sha256] = self._iri("doc", sha256[:16])
        return done

    def organisation(self, org: str) -> str:
        return self._iri(org)

    def assessment(self, key: str) -> str:
        """`key` is '<organisation>/<assessment>', e.g. 'anytown/ofsted-2017' (minted once per key: the
        writer names an item's assessment, and every item's IRI starts with it, tens of thousands of times)."""
        done = self._keys.get(key)
        if done is None:
            done = self._keys[key] = self._iri(*key.split("/"))
        return done

    def _in(self, key: str, kind: str, identifier: str) -> str:
        """An item's IRI under its assessment's: the same string `_iri` makes of all the parts."""
        return f"{self.assessment(key)}/{self._q(kind)}/{self._q(identifier)}"

    def recommendation(self, key: str, identifier: str, kind: str = "Recommendation") -> str:
        return self._in(key, kind.lower(), identifier)

    def judgement(self, key: str, area: str) -> str:
        return self._in(key, "judgement", area)

    def finding(self, key: str, identifier: str) -> str:
        return self._in(key, "finding", identifier)

    def kloe(self, key: str, identifier: str) -> str:
        return self._in(key, "kloe", identifier)

    def action(self, key: str, identifier: str) -> str:
        return self._in(key, "action", identifier)

    def item(self, ref: ItemRef) -> str:
        """Any item the model refers to by kind, assessment and identifier (a document by its hash)."""
        if ref.kind == "document":
            return self.document(ref.identifier)
        return self._in(ref.assessment, ref.kind, ref.identifier)

    def status(self, ref: ItemRef, as_of: str, n: int) -> str:
        """The n-th status assessment of an item on a date: <item>/status/2019-02-11-1."""
        return f"{self.item(ref)}/status/{as_of}-{n}"

    def link(self, kind: str, source: ItemRef, target: ItemRef) -> str:
        """The qualified link node: <source>/link/recurs/<target assessment>/<target identifier>."""
        return f"{self.item(source)}/link/{kind}/" + "/".join(map(self._q, (*target.assessment.split("/"), target.identifier)))

    def span(self, sha256: str, start: int, end: int) -> str:
        return f"{self.document(sha256)}/span/{start}-{end}"  # digits and '-': nothing to encode

    def selector(self, sha256: str, start: int, end: int, kind: str) -> str:
        return f"{self.span(sha256, start, end)}/{self._q(kind)}"

    def span_selectors(self, sha256: str, start: int, end: int) -> tuple[str, str, str]:
        """A span's IRI with its position and quote selectors' (`selector`), made together: a build makes thousands."""
        node = self.span(sha256, start, end)
        return node, f"{node}/position", f"{node}/quote"  # both kinds plain words: nothing to encode

    def person(self, name: str) -> str:
        """A reviewer who accepted a link: <base>/person/<slug of the name>."""
        return self._iri("person", "-".join(name.casefold().split()))

    def run(self, version: str) -> str:
        return self._iri("run", f"findings-{version}")

    def concept(self, scheme: str, label: str) -> str:
        return self._iri("concept", scheme, label.lower().replace(" ", "-"))
