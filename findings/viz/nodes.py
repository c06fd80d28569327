"""Node and edge attributes every view shares: colour, shape, tooltip, and the data the page's filters read."""

from __future__ import annotations

import json

import networkx as nx

from findings.viz.model import Corpus, Item
from findings.viz.style import EDGE_GREY, KIND_NAMES, LABEL_FONT, RELATION_COLOURS, SHAPES, STATUS_NAMES, colour, family, wrap

TEXT_CUT = 320
QUOTES_SHOWN = 2


def status_line(item: Item) -> str:
    """'In progress (as of 2018-09-30)', or 'no status yet' where the graph holds none."""
    if not item.status and not item.history:
        return "no status yet"
    current = item.status or item.history[-1][1]
    since = f" (as of {item.history[-1][0]})" if item.history else ""
    return STATUS_NAMES.get(current, current) + since


def tooltip(item: Item, corpus: Corpus) -> str:
    """Label, kind, status, dates and the source quotes with document and page — plain text, never HTML."""
    where = corpus.items.get(item.said_by or item.assessment or "")
    context = " · ".join(
        x
        for x in (item.date, where.label if where and where is not item else "", corpus.council_labels.get(item.council, ""))
        if x
    )
    kind = KIND_NAMES[item.drawn_kind] if item.said_by else family(item.kind)
    lines = [f"{item.label} — {kind}", f"Status: {status_line(item)}"]
    lines.append(f"{'Said in' if item.said_by else 'Raised'}: {context}")
    if item.text:
        lines.append(wrap(item.text[:TEXT_CUT] + ("…" if len(item.text) > TEXT_CUT else ""), 70, 8))
    for quote in item.quotes[:QUOTES_SHOWN]:
        lines.append(wrap(quote.cite().replace("\n", " "), 70, 6))
    if len(item.quotes) > QUOTES_SHOWN:
        lines.append(f"(+{len(item.quotes) - QUOTES_SHOWN} more sources: click the node)")
    return "\n".join(lines)


def add_item(
    g: nx.DiGraph,
    item: Item,
    corpus: Corpus,
    x: float,
    y: float,
    *,
    label: str | None = None,
    size: float = 22,
    node_id: str | None = None,
    **extra: object,
) -> str:
    """Add ITEM at (x, y) with everything the page needs: tooltip, side-panel text, filter fields, status history."""
    node_id = node_id or item.iri
    where = corpus.items.get(item.assessment or "")
    g.add_node(
        node_id,
        label=label if label is not None else "",
        title=tooltip(item, corpus),
        x=x,
        y=y,
        size=size,
        shape=SHAPES.get(family(item.drawn_kind), "dot"),
        color=colour(item.drawn_kind, item.status),
        kind=family(item.drawn_kind),
        status=item.status or "",
        raised=item.date or "",
        history=json.dumps(item.history),
        year=item.year or 0,
        assessment=where.label if where else "",
        council=corpus.council_labels.get(item.council, ""),
        themes=json.dumps([corpus.theme_labels.get(t, t) for t in item.themes]),
        full=item.text,
        cites=json.dumps([q.cite() for q in item.quotes[:6]]),
        iri=item.iri,
        font_size=LABEL_FONT,
        **extra,
    )
    return node_id


def add_text(g: nx.DiGraph, node_id: str, text: str, x: float, y: float, size: int = LABEL_FONT, **extra: object) -> str:
    """A free-standing label (axis year, row name, heading) that is part of the picture but not of the graph."""
    g.add_node(
        node_id,
        label=text,
        title=text,
        x=x,
        y=y,
        shape="text",
        size=1,
        color="#000000",
        kind="Label",
        font_size=size,
        status="",
        raised="",
        history="[]",
        year=0,
        assessment="",
        council="",
        themes="[]",
        full="",
        cites="[]",
        iri="",
        **extra,
    )
    return node_id


def add_link(g: nx.DiGraph, source: str, target: str, relation: str, *, arc: bool = False, width: float = 2) -> None:
    """An edge coloured by relation: cross-year links stand out, structural ones stay grey."""
    g.add_edge(
        source,
        target,
        relation=relation,
        color=RELATION_COLOURS.get(relation, EDGE_GREY),
        width=width + (2 if relation in RELATION_COLOURS else 0),
        arc=arc,
        dashes=relation == "followsUp",
    )


def add_group(
    g: nx.DiGraph,
    node_id: str,
    members: list[Item],
    title: str,
    kind: str,
    status: str | None,
    x: float,
    y: float,
    corpus: Corpus,
    *,
    label: str | None = None,
) -> str:
    """One node standing for many items (an assessment's findings, an item's updates): counted, listed in the tooltip."""
    first = min(members, key=lambda i: (i.date or "9999", i.iri))
    shown = [f"• {m.date or ''} {m.text[:110] or m.label}" for m in sorted(members, key=lambda i: (i.date or "", i.iri))]
    tip = "\n".join(
        [f"{title} — {len(members)} {KIND_PLURAL.get(kind, kind)}", *shown[:6]]
        + ([f"(+{len(shown) - 6} more: click the node)"] if len(shown) > 6 else [])
    )
    add_item(
        g,
        first,
        corpus,
        x,
        y,
        node_id=node_id,
        label=label if label is not None else str(len(members)),
        size=16 + min(24, 3 * len(members) ** 0.5),
    )
    g.nodes[node_id].update(
        title=tip,
        shape=SHAPES.get(kind, "dot"),
        color=colour(kind, status),
        kind=kind,
        status=status or "",
        history="[]",
        full="\n".join(shown[:60]),
        cites="[]",
        count=len(members),
        members=json.dumps(sorted(m.iri for m in members)),
        themes=json.dumps(sorted({corpus.theme_labels.get(t, t) for m in members for t in m.themes})),
    )
    return node_id


KIND_PLURAL = {
    "Finding": "findings",
    "ProgressUpdate": "progress updates",
    "LaterFinding": "later assessment's findings",
    "Action": "actions",
    "Recommendation": "recommendations",
    "Resolution": "resolutions",
    "KeyLineOfEnquiry": "KLOEs",
}
