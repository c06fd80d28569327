"""The lineage of one item, left to right in time: its ancestors, its actions and updates, later checks and verdicts."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from findings.viz.model import ASSESSMENT_KINDS, Corpus, Item
from findings.viz.nodes import KIND_PLURAL, add_group, add_item, add_link, add_text
from findings.viz.overview import least_advanced
from findings.viz.style import wrap

COL_W, ROW_H, MAX_NODES = 440, 210, 80
GROUP_OVER = 3  # more items of one kind in one year than this are drawn as one node
FONT = 38
ACROSS = ("recurs", "followsUp", "fulfils")


def lineage_items(corpus: Corpus, start: Item) -> tuple[list[Item], list[tuple[str, str, str]]]:
    """START's chain of cross-year links (recurs, followsUp, fulfils, both ways), START's own actions and updates,
    and the assessment behind each item of the chain: one story, not the whole plan."""
    chain, edges, queue = {start.iri}, set(), [start]
    while queue and len(chain) < MAX_NODES // 2:
        item = queue.pop(0)
        for rel in ACROSS:
            pairs = [(item.iri, o) for o in item.targets(rel)] + [(s, item.iri) for s in corpus.sources(item.iri, rel)]
            for source, target in pairs:
                other = target if source == item.iri else source
                if other in corpus.items:
                    edges.add((source, target, rel))
                    if other not in chain:
                        chain.add(other)
                        queue.append(corpus.items[other])
    seen = set(chain)
    actions = corpus.sources(start.iri, "respondsTo")
    for parent in [start.iri, *actions]:
        for child in corpus.sources(parent, "respondsTo", "about"):
            seen.add(child)
            edges.add((child, parent, corpus.items[child].kind == "Action" and "respondsTo" or "about"))
            said_by = corpus.items[child].said_by
            if said_by in corpus.items:  # a later assessment's finding: drawn with the assessment that made it
                seen.add(said_by)
                edges.add((child, said_by, "madeIn"))
    for iri in list(chain):
        for rel in ("madeIn", "partOf", "underKLOE"):
            for target in corpus.items[iri].targets(rel):
                if target in corpus.items:
                    seen.add(target)
                    edges.add((iri, target, rel))
    members = sorted((corpus.items[i] for i in seen), key=lambda i: (i.date or "", i.iri))[:MAX_NODES]
    kept = {m.iri for m in members}
    return members, sorted(e for e in edges if e[0] in kept and e[1] in kept)


def default_item(corpus: Corpus) -> Item | None:
    """The tracked item with the longest lineage (most years, then most nodes): the standard set's example."""
    best: tuple | None = None
    for item in corpus.of_kind("Recommendation", "Resolution"):
        linked = corpus.sources(item.iri, "respondsTo", "about", *ACROSS) + item.targets(*ACROSS)
        if not linked:
            continue
        members, _ = lineage_items(corpus, item)
        key = (len({m.year for m in members}), len(members), item.iri)
        best = max(best, (key, item)) if best else (key, item)
    return best[1] if best else None


def lineage(corpus: Corpus, item: Item | None) -> nx.DiGraph:
    """Columns by date, one node per item with its label written out: the picture for one story."""
    g = nx.DiGraph(
        title="Lineage: " + (_headline(corpus, item) if item else "no item"),
        subtitle="left to right in time",
        slider=False,
        filters=False,
    )
    if item is None:
        g.graph["note"] = "No recommendation with actions, updates or cross-year links in this graph."
        return g
    members, edges = lineage_items(corpus, item)
    columns: dict[str, list[Item]] = defaultdict(list)
    for member in members:
        columns[(member.date or "undated")[:4]].append(member)
    node_of: dict[str, str] = {}
    for col, month in enumerate(sorted(columns)):
        x = col * COL_W
        add_text(g, f"date:{month}", month, x, -ROW_H, 56)
        row = 0
        for kind, group in _by_kind(columns[month], item):
            if len(group) > GROUP_OVER:  # many of a kind in one year: one node that lists them, so the story stays legible
                node_id = f"{month}#{kind}"
                add_group(
                    g,
                    node_id,
                    group,
                    f"{month}",
                    kind,
                    least_advanced(group),
                    x,
                    row * ROW_H,
                    corpus,
                    label=f"{len(group)} {KIND_PLURAL.get(kind, kind)}",
                )
                g.nodes[node_id]["font_size"] = FONT
                node_of.update({m.iri: node_id for m in group})
                row += 1
                continue
            for member in group:
                text = member.label if member.kind in ASSESSMENT_KINDS else f"{member.label}\n{wrap(member.text, 22, 2)}"
                add_item(
                    g,
                    member,
                    corpus,
                    x,
                    row * ROW_H,
                    label=wrap(text, 22, 3) if "\n" not in text else text,
                    size=44 if member is item else 32,
                )
                g.nodes[_id(member)]["font_size"] = FONT
                node_of[member.iri] = member.iri
                row += 1
    for source, target, rel in edges:
        a, b = node_of[source], node_of[target]
        if a != b and not g.has_edge(a, b):
            add_link(g, a, b, rel, arc=rel in ("recurs", "followsUp", "fulfils"))
    g.nodes[item.iri]["borderWidth"] = 6
    return g


def _by_kind(members: list[Item], start: Item) -> list[tuple[str, list[Item]]]:
    """A column's members by kind, assessments first; the lineage's own item never goes into a group."""
    kinds: dict[str, list[Item]] = defaultdict(list)
    for member in sorted(members, key=lambda m: (m.kind not in ASSESSMENT_KINDS, m.iri)):
        kinds["" if member is start else member.drawn_kind].append(member)
    order = sorted(kinds, key=lambda k: (k not in ASSESSMENT_KINDS, k != "", k))
    return [(k or start.kind, kinds[k]) for k in order]


def _id(item: Item) -> str:
    return item.iri


def _headline(corpus: Corpus, item: Item) -> str:
    where = corpus.items.get(item.assessment or "")
    return f"{where.label if where else ''} {item.label}".strip()
