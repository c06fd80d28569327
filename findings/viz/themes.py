"""Themes: a row per broad theme, a column per assessment (per year when there are many), a count in each cell."""

from __future__ import annotations

import json
from collections import defaultdict

import networkx as nx

from findings.viz.model import Corpus, Item
from findings.viz.nodes import add_group, add_item, add_link, add_text
from findings.viz.overview import least_advanced
from findings.viz.style import KIND_COLOURS, STATUS_COLOURS, family, ink, wrap

# sized for a projector: a row's label is ~0.6 of the row, so 30 broad themes still read at 1400x1000
COL_W, ROW_H, LABEL_GAP = 210, 72, 70
ROW_FONT, HEAD_FONT, CELL_FONT = 44, 34, 36
MAX_COLUMNS = 10  # more assessments than this carry themed items: a column per year instead
THEMED = ("Finding", "Recommendation", "Resolution", "KeyLineOfEnquiry")
COUNTED = {
    "Finding": "findings",
    "Recommendation": "recommendations",
    "Resolution": "resolutions",
    "KeyLineOfEnquiry": "key lines of enquiry",
}


def themes(corpus: Corpus, items: list[Item] | None = None) -> nx.DiGraph:
    """Where each theme was raised, by whom and when: the pattern across assessments and years."""
    pool = [i for i in (items if items is not None else corpus.items.values()) if i.kind in THEMED and i.themes and i.year]
    g = nx.DiGraph(
        title="Themes across assessments and years",
        subtitle=f"cell = count of {_counted(pool)}; colour = least advanced status",
        slider=False,
        filters=True,
    )
    if not pool:
        g.graph["note"] = "No fo:theme links in this graph yet."
        return g
    columns = _columns(corpus, pool)
    for col, (key, head) in enumerate(columns.items()):
        add_text(g, f"column:{key}", head, col * COL_W, -ROW_H * 1.4, HEAD_FONT)
    column_of = {i.iri: _column_key(corpus, i, columns) for i in pool}
    cells: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in pool:
        for theme in _broad_themes(corpus, item):
            cells[(theme, column_of[item.iri])].append(item)
    used = sorted({t for t, _ in cells}, key=lambda t: (corpus.theme_labels.get(t, t).lower(), t))
    keys = list(columns)
    for row, theme in enumerate(used):
        name = corpus.theme_labels.get(theme, theme)
        theme_id = f"theme:{theme}"
        add_text(g, theme_id, name, -LABEL_GAP - len(name) * ROW_FONT * 0.22, row * ROW_H, ROW_FONT)  # ends at the first column
        g.nodes[theme_id].update(kind="Theme", iri=theme, title=name, color=KIND_COLOURS["Theme"])
        for key in keys:
            members = cells.get((theme, key))
            if members:
                _cell(g, corpus, f"{theme}@{key}", members, f"{name} — {columns[key]}", keys.index(key) * COL_W, row * ROW_H)
        for item in pool:  # recurrences inside the theme, as arcs between the cells that hold them
            for earlier in item.targets("recurs"):
                old = corpus.items.get(earlier)
                if theme in _broad_themes(corpus, item) and old and old.iri in column_of and theme in _broad_themes(corpus, old):
                    a, b = f"{theme}@{column_of[item.iri]}", f"{theme}@{column_of[old.iri]}"
                    if a != b and a in g and b in g:
                        add_link(g, a, b, "recurs", arc=True)
    return g


def _counted(pool: list[Item]) -> str:
    """What a cell counts, in words: the kinds that carry themes in this graph (the findings carry none in a build)."""
    kinds = [COUNTED[k] for k in THEMED if any(i.kind == k for i in pool)] or ["recommendations"]
    return " and ".join([", ".join(kinds[:-1]), kinds[-1]] if len(kinds) > 1 else kinds)


def _broad_themes(corpus: Corpus, item: Item) -> list[str]:
    """The broad themes of an item (each narrow one rolled up), one row each, as the report's sections are."""
    return sorted({corpus.broad(t) for t in item.themes})


def _columns(corpus: Corpus, pool: list[Item]) -> dict[str, str]:
    """Column key → heading: the assessments in date order, or the years when there are too many assessments."""
    assessments = sorted({i.assessment or "" for i in pool}, key=lambda a: (_date(corpus, a), a))
    if len(assessments) <= MAX_COLUMNS:
        return {a: wrap(corpus.items[a].label if a in corpus.items else "other", 11, 4) for a in assessments}
    return {str(y): str(y) for y in sorted({i.year for i in pool if i.year})}


def _date(corpus: Corpus, assessment: str) -> str:
    item = corpus.items.get(assessment)
    return (item.date if item else None) or "9999"


def _column_key(corpus: Corpus, item: Item, columns: dict[str, str]) -> str:
    return (item.assessment or "") if (item.assessment or "") in columns else str(item.year)


def _cell(g: nx.DiGraph, corpus: Corpus, node_id: str, members: list[Item], title: str, x: float, y: float) -> None:
    """One count, coloured by the least advanced status of its recommendations (kind colour when none has one)."""
    recs = [m for m in members if m.kind != "Finding"]
    status = least_advanced(recs)
    kind = "Recommendation" if recs else "Finding"
    if len(members) == 1:
        add_item(g, members[0], corpus, x, y, node_id=node_id, label="1")
        g.nodes[node_id]["members"] = json.dumps([members[0].iri])
    else:
        add_group(g, node_id, members, title, kind, status, x, y, corpus, label=str(len(members)))
    colour = STATUS_COLOURS.get(status or "", KIND_COLOURS[family(members[0].kind if len(members) == 1 else kind)])
    g.nodes[node_id].update(
        shape="circle",
        color=colour,
        font_size=CELL_FONT,
        font_color=ink(colour),
    )
