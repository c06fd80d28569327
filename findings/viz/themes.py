"""Themes: one row per theme, one column per year, a node per assessment counting its findings and recommendations."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from findings.viz.model import Corpus, Item
from findings.viz.nodes import add_group, add_item, add_link, add_text
from findings.viz.overview import least_advanced
from findings.viz.style import KIND_COLOURS

COL_W, ROW_H, LABEL_X = 330, 190, -420
THEMED = ("Finding", "Recommendation", "Resolution", "KeyLineOfEnquiry")


def themes(corpus: Corpus, items: list[Item] | None = None) -> nx.DiGraph:
    """Where each theme was raised, by whom and when: the pattern across assessments and years."""
    pool = [i for i in (items if items is not None else corpus.items.values()) if i.kind in THEMED and i.themes and i.year]
    g = nx.DiGraph(
        title="Themes across assessments and years",
        subtitle="node = one assessment's items on that theme",
        slider=False,
        filters=True,
    )
    if not pool:
        g.graph["note"] = "No fo:theme links in this graph yet."
        return g
    years = sorted({i.year for i in pool if i.year})
    for col, year in enumerate(years):
        add_text(g, f"year:{year}", str(year), col * COL_W, -ROW_H * 0.8, 44)
    cells: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in pool:
        for theme in item.themes:
            cells[(theme, item.assessment or "")].append(item)
    ordered = sorted(corpus.theme_labels, key=lambda t: corpus.theme_labels[t].lower())
    for row, theme in enumerate(t for t in ordered if any(k[0] == t for k in cells)):
        theme_id = f"theme:{theme}"
        add_text(g, theme_id, corpus.theme_labels[theme], LABEL_X, row * ROW_H, 44)
        g.nodes[theme_id].update(
            kind="Theme", shape="box", color=KIND_COLOURS["Theme"], iri=theme, title=corpus.theme_labels[theme]
        )
        stacked: dict[int, int] = defaultdict(int)
        for (cell_theme, assessment), members in sorted(cells.items()):
            if cell_theme != theme:
                continue
            head = corpus.items.get(assessment)
            year = members[0].year or years[0]
            x, y = years.index(year) * COL_W, row * ROW_H + stacked[year] * 70
            stacked[year] += 1
            title = f"{corpus.theme_labels[theme]} — {head.label if head else ''}"
            recs = [m for m in members if m.kind != "Finding"]
            node_id = f"{theme}@{assessment}"
            if len(members) == 1:
                add_item(g, members[0], corpus, x, y, node_id=node_id, label=head.label if head else "", size=26)
            else:
                add_group(
                    g,
                    node_id,
                    members,
                    title,
                    "Recommendation" if recs else "Finding",
                    least_advanced(recs),
                    x,
                    y,
                    corpus,
                    label=f"{head.label if head else ''}: {len(members)}",
                )
            add_link(g, theme_id, node_id, "theme")
        for item in pool:  # recurrences inside the theme, as arcs between the cells that hold them
            for earlier in item.targets("recurs"):
                if theme in item.themes and earlier in corpus.items and theme in corpus.items[earlier].themes:
                    add_link(g, f"{theme}@{item.assessment}", f"{theme}@{corpus.items[earlier].assessment}", "recurs", arc=True)
    return g
