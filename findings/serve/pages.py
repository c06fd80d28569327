"""Server-made HTML: one item with its fields, quotes and links; the vocabulary. Plain pages, no script needed."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from html import escape
from urllib.parse import quote

from findings.store.base import PREFIXES

Select = Callable[[str, dict[str, str]], list[dict[str, dict]]]  # query, params -> SPARQL JSON bindings

_FIELDS = "SELECT ?p ?o WHERE { ?item ?p ?o } ORDER BY ?p ?o"
_QUOTES = """SELECT ?span ?exact ?start ?end ?page ?path WHERE {
  ?item prov:wasDerivedFrom ?span .
  OPTIONAL { ?span oa:hasSelector ?quote . ?quote oa:exact ?exact }
  OPTIONAL { ?span oa:hasSelector ?at . ?at oa:start ?start ; oa:end ?end }
  OPTIONAL { ?span fo:page ?page }
  OPTIONAL { ?span oa:hasSource ?doc . ?doc fo:sourcePath ?path }
} ORDER BY ?path ?start"""
_INCOMING = "SELECT ?s ?p WHERE { ?s ?p ?item } ORDER BY ?p ?s LIMIT 500"


def layout(title: str, body: str) -> bytes:
    """A page in the query page's style; every asset from this server."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} · findings</title><link rel="stylesheet" href="/static/app.css"></head>
<body><header class="top"><a href="/">query</a> <a href="/ontology">ontology</a></header>
<main class="page"><h1>{escape(title)}</h1>
{body}
</main></body></html>
""".encode()


def compact(iri: str) -> str:
    """`fo:Action` for a vocabulary IRI; the IRI itself otherwise."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def item_href(iri: str, base: str) -> str:
    """Where an IRI's page is: /item/{id} under the instance base, the vocabulary's anchor, or /item?iri=."""
    if iri.startswith(base) and len(iri) > len(base):
        return "/item/" + quote(iri[len(base) :], safe="/-._~")
    if iri.startswith(PREFIXES["fo"]):
        return "/ontology#" + quote(iri[len(PREFIXES["fo"]) :])
    return "/item?iri=" + quote(iri, safe="")


def _value(term: dict, base: str) -> str:
    if term["type"] == "uri":
        return f'<a href="{escape(item_href(term["value"], base))}">{escape(compact(term["value"]))}</a>'
    if term["type"] == "bnode":
        return f"<span class=muted>_:{escape(term['value'])}</span>"
    return escape(term["value"])


def item_page(iri: str, base: str, select: Select) -> bytes | None:
    """The item's page, or None when the graph says nothing about `iri`."""
    params = {"item": f"<{iri}>"}
    fields, quotes, incoming = (select(q, params) for q in (_FIELDS, _QUOTES, _INCOMING))
    if not fields and not incoming:
        return None
    rows = "".join(f"<tr><th>{_value(row['p'], base)}</th><td>{_value(row['o'], base)}</td></tr>" for row in fields)
    body = [f'<p class="iri">{escape(iri)}</p>', f'<table class="fields"><tbody>{rows}</tbody></table>']
    if quotes:
        body.append("<h2>Source text</h2>")
        for row in quotes:
            where = escape(row.get("path", {}).get("value", "document"))
            if "start" in row:
                where += f" [{escape(row['start']['value'])}:{escape(row['end']['value'])}]"
            if "page" in row:
                where += f" p.{escape(row['page']['value'])}"
            exact = escape(row.get("exact", {}).get("value", ""))
            body.append(f"<figure class=quote><blockquote>{exact}</blockquote><figcaption>{where}</figcaption></figure>")
    if incoming:
        links = "".join(f"<li>{_value(row['s'], base)} {_value(row['p'], base)}</li>" for row in incoming)
        body.append(f"<h2>Linked from</h2><ul class=links>{links}</ul>")
    cut = [
        name
        for name, rows in (("fields", fields), ("source text", quotes), ("links", incoming))
        if getattr(rows, "truncated", False)
    ]
    if cut:
        limit = next(getattr(rows, "limit", None) for rows in (fields, quotes, incoming) if getattr(rows, "truncated", False))
        body.insert(
            0,
            f'<p class="truncated">Only the first {limit} rows of its {", ".join(cut)} are shown: the '
            "server's result limit (<code>findings serve --limit</code>). The full item is in the graph "
            "and in <code>findings show</code>.</p>",
        )
    return layout(_title(iri, fields), "\n".join(body))


def _title(iri: str, fields: list[dict[str, dict]]) -> str:
    by = {compact(row["p"]["value"]): row["o"]["value"] for row in fields}
    kind = compact(by.get("rdf:type", "")).removeprefix("fo:")
    name = by.get("dcterms:title") or by.get("fo:identifier") or iri.rsplit("/", 1)[-1]
    return f"{kind} {name}".strip()


@lru_cache(maxsize=1)
def ontology_page() -> bytes:
    """The vocabulary of ontology/findings.ttl: every class, property and individual with its label and comment."""
    from rdflib import OWL, RDF, Graph

    from findings.resources import ontology_file

    graph = Graph().parse(ontology_file())
    sections = []
    kinds = [
        ("Classes", OWL.Class),
        ("Object properties", OWL.ObjectProperty),
        ("Data properties", OWL.DatatypeProperty),
        ("Annotation properties", OWL.AnnotationProperty),
    ]
    seen = set()
    for heading, kind in kinds:
        terms = sorted({s for s in graph.subjects(RDF.type, kind) if str(s).startswith(PREFIXES["fo"])})
        seen.update(terms)
        sections.append(_terms_section(graph, heading, terms))
    individuals = sorted(
        {
            s
            for s in graph.subjects(RDF.type, None)
            if str(s).startswith(PREFIXES["fo"]) and s not in seen and str(s) != PREFIXES["fo"]
        }
    )
    sections.append(_terms_section(graph, "Individuals", individuals))
    intro = (
        '<p>The vocabulary as <a href="/ontology.ttl">Turtle</a>. Prefix <code>fo:</code> = '
        f"<code>{escape(PREFIXES['fo'])}</code>.</p>"
    )
    return layout("Ontology", intro + "\n".join(sections))


def _terms_section(graph, heading: str, terms: list) -> str:
    from rdflib import RDF, RDFS, BNode

    items = []
    for term in terms:
        name = str(term)[len(PREFIXES["fo"]) :]
        label = graph.value(term, RDFS.label)
        comment = graph.value(term, RDFS.comment)
        facts = []
        for title, prop in (("subclass of", RDFS.subClassOf), ("domain", RDFS.domain), ("range", RDFS.range), ("type", RDF.type)):
            values = sorted(compact(str(v)) for v in graph.objects(term, prop) if not isinstance(v, BNode))
            if values and not (prop == RDF.type and heading != "Individuals"):
                facts.append(f"{title} {escape(', '.join(values))}")
        items.append(
            f'<dt id="{escape(name)}"><code>fo:{escape(name)}</code> {escape(str(label or ""))}</dt>'
            f"<dd>{escape(str(comment or ''))}" + (f"<br><span class=muted>{'; '.join(facts)}</span>" if facts else "") + "</dd>"
        )
    return f"<h2>{escape(heading)} ({len(terms)})</h2><dl class=terms>{''.join(items)}</dl>"
