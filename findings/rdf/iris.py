"""Deterministic, readable instance IRIs: the same corpus always names the same things the same way."""

from __future__ import annotations

from urllib.parse import quote

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/findings/id/"


class Iris:
    """Mint IRIs under one base, e.g. <base>central-bedfordshire/ofsted-2017/recommendation/3."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(quote(p, safe="-._~") for p in parts))

    def document(self, sha256: str) -> URIRef:
        return self._iri("doc", sha256[:16])

    def organisation(self, org: str) -> URIRef:
        return self._iri(org)

    def assessment(self, org: str, key: str) -> URIRef:
        return self._iri(org, key)

    def recommendation(self, org: str, key: str, identifier: str) -> URIRef:
        return self._iri(org, key, "recommendation", identifier)

    def action(self, org: str, key: str, identifier: str) -> URIRef:
        return self._iri(org, key, "action", identifier)

    def update(self, org: str, key: str, about: str, source: str, as_at: str) -> URIRef:
        return self._iri(org, key, "action", about, "update", f"{source}-{as_at}")

    def span(self, sha256: str, start: int, end: int) -> URIRef:
        return self._iri("doc", sha256[:16], "span", f"{start}-{end}")

    def selector(self, sha256: str, start: int, end: int, kind: str) -> URIRef:
        return self._iri("doc", sha256[:16], "span", f"{start}-{end}", kind)

    def run(self, version: str) -> URIRef:
        return self._iri("run", f"findings-{version}")

    def concept(self, scheme: str, label: str) -> URIRef:
        return self._iri("concept", scheme, label)
