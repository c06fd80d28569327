"""The quote an answer shows for an item: from the paper that made it, the earliest, whole (extract/lexicons/sources.json);
an assessment's own quote (its dates, in `lineage --evidence`) from the report or minutes themselves, not a plan naming it.

An item restated by a plan or a progress report has spans in several documents; a person checking the answer wants the
words of the report, letter, review or minutes that made it, and all of them (a list item wrapped over a page).
"""

from __future__ import annotations

import datetime as dt
import json

from findings.extract.lexicons import load_json
from findings.store.base import Store

LEXICON = "lexicons/sources.json"

_SPANS = """SELECT ?exact ?document ?start ?end ?page ?docDate ?kind ?said WHERE {
  OPTIONAL { ?item fo:text ?said }
  ?item prov:wasDerivedFrom ?span .
  ?span oa:hasSource ?doc ; oa:hasSelector ?quote, ?position .
  ?quote oa:exact ?exact . ?position oa:start ?start ; oa:end ?end .
  ?doc fo:sourcePath ?document .
  OPTIONAL { ?span fo:page ?page } OPTIONAL { ?doc dcterms:date ?docDate }
  OPTIONAL { ?doc fo:holds ?kind . ?item fo:madeIn?/a ?class . VALUES (?class ?kind) { %s } }  # an item's maker, or itself
}"""


def _made_by() -> str:
    """The VALUES rows (class, kind) of sources.json's made_by."""
    pairs = load_json(LEXICON)["made_by"]
    return " ".join(f"(fo:{cls} {json.dumps(kind)})" for cls, kinds in sorted(pairs.items()) for kind in kinds)


def first_quote(store: Store, iri: object) -> tuple[str, str, int | None] | None:
    """(quote, document, page of its first span) of `iri`, or None when it rests on no text span."""
    _, rows = store.select(_SPANS % _made_by(), params={"item": str(iri)})
    if not rows:
        return None
    by_doc: dict[str, dict] = {}
    said = ""
    for exact, document, start, end, page, dated, kind, text in rows:
        doc = by_doc.setdefault(document, {"made": False, "date": dated or dt.date.max, "spans": set()})
        doc["made"] = doc["made"] or kind is not None
        doc["spans"].add((int(start), int(end), str(exact), page))
        said = str(text) if text is not None else said
    document = min(by_doc, key=lambda d: (not by_doc[d]["made"], by_doc[d]["date"], d))
    spans = sorted(by_doc[document]["spans"])
    rules = load_json(LEXICON)
    chains = [_chain(spans[i:], rules["continues_within"]) for i in range(len(spans))]
    shown = max(chains, key=lambda chain: _likeness(chain, said)) if said else chains[0]  # first of the likest
    return rules["joiner"].join(s[2] for s in shown), document, shown[0][3]


def _chain(spans: list[tuple[int, int, str, object]], within: int) -> list[tuple[int, int, str, object]]:
    """The first of `spans` (in document order) and the pieces that continue it (a wrap over a page or a cell's
    next line: each starting within `within` characters of the last one's end)."""
    shown = spans[:1]
    for span in spans[1:]:
        if span[0] - shown[-1][1] > within:
            break
        if span[0] >= shown[-1][1]:
            shown.append(span)
    return shown


def _likeness(chain: list[tuple[int, int, str, object]], said: str) -> tuple[int, int]:
    """How far a chain of spans is the statement the item's text was taken from (findings.link.same.leading_words),
    then the earlier the better (max keeps the first of equals)."""
    from findings.link.same import leading_words

    return leading_words(" ".join(s[2] for s in chain), said), -chain[0][0]


_SOURCES = """SELECT ?source ?path WHERE {
  { ?node prov:wasDerivedFrom ?source . OPTIONAL { ?source fo:sourcePath ?path } }
  UNION { ?node fo:describedIn ?source . ?source fo:sourcePath ?path }
  UNION { ?node a fo:Document ; fo:sourcePath ?path . BIND(?node AS ?source) }
} ORDER BY ?path ?source"""


def quote_behind(store: Store, iri: object) -> tuple[str | None, str | None, int | None]:
    """(quote, document, page) behind a node: its own quote (`first_quote`), else that of the first evidence it rests
    on (a status's finding, an update), else the document that describes it; all None when there is none."""
    if iri is None:
        return (None, None, None)
    found = first_quote(store, iri)
    if found is None:
        _, sources = store.select(_SOURCES, params={"node": str(iri)})
        for source, path in sources:
            found = (None, path, None) if path is not None else first_quote(store, source)
            if found is not None:
                break
    return found or (None, None, None)
