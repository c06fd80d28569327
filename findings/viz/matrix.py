"""The status matrix: items × years, each cell the status as of that year's end; recurrences as arcs."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import networkx as nx

from findings.viz.model import TRACKED_KINDS, Corpus, Item, natural_key
from findings.viz.nodes import add_item, add_link, add_text
from findings.viz.style import ADVANCING, STATUS_NAMES, colour, ink

CELL, ROW_H, LABEL_W = 110, 90, 900
MAX_ROWS = 40  # more tracked items than this: one lane per assessment, cells counting items by status
SUB_ROW = 0.62  # a lane's status sub-rows, in rows
LANE_ORDER = ("Open", "Recurred", "RecurredAwaitingReview", *ADVANCING)


def years_of(items: list[Item]) -> list[int]:
    """The corpus's span in years: from the first item raised to the last dated status or update."""
    dates = [i.date for i in items if i.date] + [d for i in items for d, _ in i.history]
    if not dates:
        return []
    return list(range(int(min(dates)[:4]), int(max(dates)[:4]) + 1))


def matrix(corpus: Corpus, items: list[Item] | None = None) -> nx.DiGraph:
    """Rows of tracked items (or lanes of assessments), a cell per year; the picture of what stayed open."""
    pool = items if items is not None else list(corpus.items.values())
    tracked = sorted(
        (i for i in pool if i.kind in TRACKED_KINDS and i.date),
        key=lambda i: (corpus.council_labels.get(i.council, ""), i.date or "", i.assessment or "", _key(i)),
    )
    years = years_of(tracked + [i for i in pool if i.kind == "ProgressUpdate"])
    lanes = len(tracked) > MAX_ROWS
    g = nx.DiGraph(
        title="Status by year" + (": one lane per assessment" if lanes else ": each recommendation"),
        subtitle=(
            "cell = how many items had that status at the end of the year"
            if lanes
            else "cell = status at the end of that year; purple arcs = raised again"
        ),
        slider=False,
        filters=True,
    )
    if not tracked:
        g.graph["note"] = "No recommendations in this graph."
        return g
    for col, year in enumerate(years):
        add_text(g, f"year:{year}", str(year), LABEL_W + col * CELL, -ROW_H, 40)
    if lanes:
        _lanes(g, corpus, tracked, years)
    else:
        _rows(g, corpus, tracked, years)
    return g


def _key(item: Item) -> tuple:
    return natural_key(item.label), item.iri


def _right(text: str, font: int = 36) -> float:
    """Centre x that ends a label just left of the first cell (vis centres text; widths estimated)."""
    return LABEL_W - 90 - len(text) * font * 0.26


def _year_end(year: int) -> str:
    return f"{year}-12-31"


def _rows(g: nx.DiGraph, corpus: Corpus, tracked: list[Item], years: list[int]) -> None:
    row_of: dict[str, int] = {}
    for row, item in enumerate(tracked):
        where = corpus.items.get(item.assessment or "")
        text = f"{where.label if where else ''} · {item.label}"
        add_text(g, f"row:{item.iri}", text, _right(text), row * ROW_H, 36)
        row_of[item.iri] = row
        for col, year in enumerate(years):
            if item.year is None or year < item.year:
                continue
            status = item.status_on(_year_end(year))
            node_id = item.iri if year == item.year else f"{item.iri}@{year}"
            add_item(g, item, corpus, LABEL_W + col * CELL, row * ROW_H, node_id=node_id, size=40)
            g.nodes[node_id].update(
                shape="square",
                color=colour(item.kind, status),
                status=status or "",
                title=f"{year}: {STATUS_NAMES.get(status or '', 'no status yet')}\n" + g.nodes[node_id]["title"],
            )
    for item in tracked:
        for rel in ("recurs", "followsUp"):
            for earlier in item.targets(rel):
                if earlier in row_of:
                    add_link(g, item.iri, earlier, rel, arc=True, width=5)


def _lanes(g: nx.DiGraph, corpus: Corpus, tracked: list[Item], years: list[int]) -> None:
    by_assessment: dict[str, list[Item]] = defaultdict(list)
    for item in tracked:
        by_assessment[item.assessment or ""].append(item)
    order = sorted(
        by_assessment,
        key=lambda a: (
            corpus.council_labels.get(corpus.items[a].council, "") if a in corpus.items else "",
            by_assessment[a][0].date or "",
        ),
    )
    row = 0
    for assessment in order:
        members = by_assessment[assessment]
        head = corpus.items.get(assessment)
        council = corpus.council_labels.get(head.council, "") if head else ""
        name = f"{council}: {head.label}" if head and len(corpus.council_labels) > 1 else (head.label if head else "")
        text = f"{name if len(name) <= 36 else name[:35] + '…'} ({len(members)})"
        add_text(g, f"lane:{assessment}", text, _right(text), row * ROW_H, 36)
        by_year = {
            year: Counter(m.status_on(_year_end(year)) or "" for m in members if m.year is not None and m.year <= year)
            for year in years
        }
        keys = [s for s in [*LANE_ORDER, ""] if any(s in c for c in by_year.values())]
        for sub, status in enumerate(keys):  # a sub-row per status the lane's items ever held: what stayed open shows
            y = (row + sub * SUB_ROW) * ROW_H
            for col, year in enumerate(years):
                alive = [m for m in members if m.year is not None and m.year <= year]
                cell = [m for m in alive if (m.status_on(_year_end(year)) or "") == status]
                if not cell:
                    continue
                node_id = f"{assessment}@{year}#{status or 'none'}"
                add_item(g, cell[0], corpus, LABEL_W + col * CELL, y, node_id=node_id, size=34, label=str(len(cell)))
                g.nodes[node_id].update(
                    shape="box",
                    color=colour(cell[0].kind, status or None),
                    status=status,
                    font_size=32,
                    font_color=ink(colour(cell[0].kind, status or None)),
                    full="\n".join(f"• {m.label}: {m.text[:400]}" for m in cell[:60]),
                    cites="[]",
                    history="[]",
                    members=json.dumps(sorted(m.iri for m in cell)),
                    title=f"{name} — end of {year}: {len(cell)} {STATUS_NAMES.get(status, 'no status yet').lower()}\n"
                    + "\n".join(f"• {m.label}: {m.text[:90]}" for m in cell[:8]),
                )
        row += max(1.0, 1 + (len(keys) - 1) * SUB_ROW) + 0.35
    _lane_arcs(g, corpus, tracked)


def _lane_arcs(g: nx.DiGraph, corpus: Corpus, tracked: list[Item]) -> None:
    """Items raised again or followed up by a later assessment: one arc per pair of lanes, in the later one's year,
    from its first cell to the earlier lane's cell that holds them (the 'recurred' one when there is one)."""
    pairs: dict[tuple[str, str, str], list[Item]] = defaultdict(list)
    for item in tracked:
        for rel in ("recurs", "followsUp"):
            for earlier in item.targets(rel):
                old = corpus.items.get(earlier)
                if old and old.assessment and item.assessment and old.assessment != item.assessment and item.year:
                    pairs[(item.assessment, old.assessment, rel)].append(old)
    words = {"recurs": "raised again", "followsUp": "followed up"}
    for (later, earlier, rel), olds in sorted(pairs.items(), key=lambda kv: kv[0]):
        year = min(i.year for i in tracked if i.assessment == later and i.year)
        source = next((n for n in g if n.startswith(f"{later}@{year}#")), None)
        wanted = {o.iri for o in olds}
        holders = [
            n
            for n, d in g.nodes(data=True)
            if n.startswith(f"{earlier}@{year}#") and wanted & set(json.loads(d.get("members", "[]")))
        ]
        if source and holders and not g.has_edge(source, holders[0]):
            add_link(g, source, holders[0], rel, arc=True, width=2 + min(6, len(wanted)))
            g.edges[source, holders[0]]["label"] = f"{len(wanted)} {words[rel]}"
