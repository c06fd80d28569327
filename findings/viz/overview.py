"""The overview: a lane per council, a column per year; each assessment one box whose items are collapsed into
status counts, expanding on click into its tree (recommendations/KLOEs → actions → updates) below the lanes."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict

import networkx as nx

from findings.viz.model import ASSESSMENT_KINDS, LATER_FINDING, TRACKED_KINDS, Corpus, Item, natural_key
from findings.viz.nodes import add_group, add_item, add_link, add_text
from findings.viz.style import ADVANCING, KIND_COLOURS, STATUS_COLOURS, STATUS_NAMES, family, ink, wrap

COL_W, ROW_H, BLOCK_GAP, TREE_FONT, TREE_NODE, HEAD_FONT = 420, 100, 100, 40, 16, 48  # an open tree
YEAR_W, SLOT_H, CHIP_DX = 540, 300, 116  # the lanes: a column per year, a slot per assessment, a chip per status
CHIPS_PER_ROW, CHIP_DY, CHIP_TOP = 4, 112, 150  # more statuses than a column holds side by side wrap onto a further row of chips
BOX_FONT, CHIP_FONT, YEAR_FONT, LANE_FONT = 44, 50, 60, 56
# an assessment's name in its box: lines no wider than a count line ('21 recs · 378 findings'), as many as a
# long name needs ('Eastern Region Peer Review Looked After Children and Permanence' whole, not cut at 18 × 2)
BOX_CHARS, BOX_LINES, LINE_H = 20, 5, 1.2 * BOX_FONT
PROGRESS = ["Recurred", "RecurredAwaitingReview", "Open", *ADVANCING]
NONE = ""  # the chip of items with no status yet


def _natural(item: Item) -> tuple:
    """Rec 2 before Rec 10: identifiers compared as numbers where they are numbers."""
    return natural_key(item.label), item.iri


class Tree:
    """The parent → children table of an assessment's expanded tree."""

    def __init__(self, corpus: Corpus, items: list[Item]) -> None:
        self.corpus = corpus
        by_parent: dict[str, list[Item]] = defaultdict(list)
        for item in items:
            for rel in ("underKLOE", "respondsTo", "about", "madeIn", "partOf"):
                parents = [t for t in item.targets(rel) if t in corpus.items]
                if parents:
                    by_parent[parents[0]].append(item)
                    break
        self.by_parent = by_parent

    def kids(self, parent: str) -> list[tuple[str, Item | list[Item], str]]:
        """(node id, item or group, kind) under PARENT, in reading order."""
        members = self.by_parent.get(parent, [])
        out: list[tuple[str, Item | list[Item], str]] = []
        findings = [m for m in members if m.kind == "Finding"]
        for polarity in sorted({m.polarity or "Finding" for m in findings}):
            group = [m for m in findings if (m.polarity or "Finding") == polarity]
            out.append((f"{parent}#{polarity}", group, "Finding"))
        tracked = [m for m in members if m.kind in TRACKED_KINDS]
        actions = [m for m in members if m.kind == "Action"]
        if actions:  # one node per item's actions keeps each recommendation on one row; the lineage view shows each
            out.append((f"{parent}#actions", actions, "Action"))
        out += [(m.iri, m, m.kind) for m in sorted(tracked, key=_natural)]
        updates = [m for m in members if m.kind == "ProgressUpdate"]
        updates += [u for a in actions for u in self.by_parent.get(a.iri, []) if u.kind == "ProgressUpdate"]
        council = [u for u in updates if not u.said_by]
        if council:
            out.append((f"{parent}#updates", council, "ProgressUpdate"))
        later = [u for u in updates if u.said_by]  # a later assessment's findings on it: its evidence, not the council's
        if later:
            out.append((f"{parent}#later", later, LATER_FINDING))
        return out

    def depth(self, parent: str) -> int:
        """How many columns PARENT's subtree takes to its right."""
        return max((1 + (self.depth(k) if isinstance(m, Item) else 0) for k, m, _ in self.kids(parent)), default=0)

    def rows(self, parent: str) -> int:
        """How many rows PARENT's subtree takes."""
        kids = self.kids(parent)
        return max(1, sum(self.rows(k) if isinstance(m, Item) else 1 for k, m, _ in kids))


def overview(corpus: Corpus, items: list[Item] | None = None) -> nx.DiGraph:
    """Every assessment in its council's lane and year's column, items counted by status; click to expand."""
    items = items if items is not None else list(corpus.items.values())
    roots = sorted((i for i in items if i.kind in ASSESSMENT_KINDS), key=lambda a: (a.date or "9999", a.iri))
    g = nx.DiGraph(
        title="Overview: what each assessment asked for, and where it stands",
        subtitle="click an assessment to open its items",
        slider=True,
        filters=True,
    )
    if not roots:
        g.graph["note"] = "No assessments in this graph."
        return g
    tracked = _tracked(items)
    findings = Counter(i.assessment for i in items if i.kind == "Finding")  # those the picture shows: a filter counts
    roots = [r for r in roots if r.kind != "ProgressReview" or tracked.get(r.iri)]  # its updates show under their items
    years = sorted({r.year or 0 for r in roots})
    councils = sorted({r.council for r in roots}, key=lambda c: (corpus.council_labels.get(c, ""), c))
    for col, year in enumerate(years):
        add_text(g, f"year:{year}", str(year) if year else "undated", col * YEAR_W, -SLOT_H * 0.55, YEAR_FONT)
    top = 0.0
    for council in councils:
        mine = [r for r in roots if r.council == council]
        if len(councils) > 1:  # the lane's name, ending left of the first column
            name = corpus.council_labels.get(council, "") or "(no council)"
            add_text(g, f"council:{council}", name, -YEAR_W * 0.5 - len(name) * LANE_FONT * 0.28, top, LANE_FONT)
        stack: Counter[int] = Counter()
        for root in mine:
            col = years.index(root.year or 0)
            members = tracked.get(root.iri, [])
            _assessment(g, corpus, root, members, findings.get(root.iri, 0), (col * YEAR_W, top + stack[col]))
            stack[col] += _slot_height(members) + _taller(root)
        top += max(stack.values()) + (60 if len(councils) > 1 else 0)
    tree = Tree(corpus, items)
    for root in roots:  # each open tree below the lanes, from the left edge; only one is open at a time
        _open_tree(g, tree, root, top + ROW_H, -YEAR_W * 0.3)
    _across(g, corpus, items)
    return g


def _tracked(items: list[Item]) -> dict[str, list[Item]]:
    out: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.kind in TRACKED_KINDS and item.assessment:
            out[item.assessment].append(item)
    return out


def _chip_keys(members: list[Item]) -> list[str]:
    """Every status a member holds at some date (and 'none yet' when one is raised before its first status)."""
    seen = {m.status or NONE for m in members} | {s for m in members for _, s in m.history}
    if any(m.history and m.date and m.history[0][0] > m.date for m in members):
        seen.add(NONE)
    return [s for s in [*PROGRESS, NONE] if s in seen]


def _box_name(root: Item) -> str:
    """An assessment's name as its box shows it: wrapped whole onto short lines."""
    return wrap(root.label, BOX_CHARS, BOX_LINES)


def _taller(root: Item) -> float:
    """How much taller than a two-line name's box an assessment's box is: its slot and its chips move down by it."""
    return max(0, _box_name(root).count("\n") - 1) * LINE_H


def _slot_height(members: list[Item]) -> float:
    """The height an assessment takes in its column: its box and its rows of chips."""
    rows = max(1, math.ceil(len(_chip_keys(members)) / CHIPS_PER_ROW))
    return SLOT_H + (rows - 1) * CHIP_DY


def _chip_place(i: int, n: int) -> tuple[float, float]:
    """Offset from its box of the I-th of N chips: rows of at most CHIPS_PER_ROW, centred, so every chip stays in its
    own year's column beside the box whose items it counts."""
    row, col = divmod(i, CHIPS_PER_ROW)
    across = min(CHIPS_PER_ROW, n - row * CHIPS_PER_ROW)
    return (col - (across - 1) / 2) * CHIP_DX, CHIP_TOP + row * CHIP_DY


def _count_line(members: list[Item], findings: int) -> str:
    kinds = Counter(m.kind for m in members)
    words = {"Recommendation": "rec", "Resolution": "resolution", "KeyLineOfEnquiry": "KLOE"}
    parts = [f"{n} {words[k]}{'s' if n > 1 else ''}" for k, n in sorted(kinds.items())]
    if findings:
        parts.append(f"{findings} finding{'s' if findings > 1 else ''}")
    return " · ".join(parts[:2]) or "no items"


def _assessment(g: nx.DiGraph, corpus: Corpus, root: Item, members: list[Item], findings: int, at: tuple[float, float]) -> None:
    """The box and, under it, one chip per status counting the assessment's items (recounted by the slider)."""
    x, y = at[0], at[1] + _taller(root) / 2  # a taller box grows downwards: its top stays in line with the others'
    label = f"{_box_name(root)}\n{_count_line(members, findings)}"
    add_item(g, root, corpus, x, y, label=label, size=40, expands=root.iri)
    chip_top = CHIP_TOP + _taller(root) / 2  # the chips clear the box's foot
    g.nodes[root.iri].update(
        font_size=BOX_FONT,
        chip_grid=json.dumps([CHIPS_PER_ROW, CHIP_DX, CHIP_DY, chip_top]),
        tracked=json.dumps([[m.date or "", m.history, m.status or NONE] for m in sorted(members, key=lambda m: m.iri)]),
    )
    keys = _chip_keys(members)
    now = Counter(m.status or NONE for m in members)
    shown = [k for k in keys if now.get(k, 0)]  # the counts drawn now sit packed under the box; the page repacks them
    for i, key in enumerate(keys):
        chip = f"{root.iri}#chip-{key or 'none'}"
        dx, dy = _chip_place(shown.index(key), len(shown)) if key in shown else _chip_place(i, len(keys))
        dy += chip_top - CHIP_TOP
        kind = members[0].kind if members else "Recommendation"
        group = [m for m in members if (m.status or NONE) == key]
        group = group or [m for m in members if key in dict(m.history).values()] or members
        add_group(
            g,
            chip,
            group,
            f"{root.label}: {STATUS_NAMES.get(key, 'no status yet')}",
            kind,
            key or None,
            x + dx,
            y + dy,
            corpus,
            label=str(now.get(key, 0)),
        )
        g.nodes[chip].update(
            shape="circle",
            color=STATUS_COLOURS.get(key, KIND_COLOURS[family(kind)]),
            font_size=CHIP_FONT,
            font_color=ink(STATUS_COLOURS.get(key, KIND_COLOURS[family(kind)])),
            chip_of=root.iri,
            chip_status=key,
            chip_index=i,
            status_name=STATUS_NAMES.get(key, "with no status yet").lower(),
            expands=root.iri,
            count=now.get(key, 0),
            hidden=now.get(key, 0) == 0,
        )


def _open_tree(g: nx.DiGraph, tree: Tree, root: Item, top: float, left: float) -> None:
    """ROOT's items below the lanes, hidden until it is opened: its first-level items packed into blocks of rows, so
    the open tree fills a screen rather than running off its foot."""
    kids = tree.kids(root.iri)
    if not kids:
        return
    sizes = [tree.rows(k) if isinstance(m, Item) else 1 for k, m, _ in kids]
    width = tree.depth(root.iri) * COL_W + BLOCK_GAP
    per = max(max(sizes), _per_block(sum(sizes), width))
    head = f"{root.label}: its items (click the box again to close)"
    add_text(g, f"{root.iri}#open", head, left + len(head) * HEAD_FONT * 0.28 - COL_W * 0.4, top, HEAD_FONT)
    g.nodes[f"{root.iri}#open"].update(detail_of=root.iri, hidden=True)
    block, row = 0, 0
    for (node_id, member, kind), size in zip(kids, sizes, strict=True):
        if row and row + size > per:
            block, row = block + 1, 0
        x0 = left + block * width - COL_W
        _place_kid(g, tree, root.iri, root.iri, node_id, member, kind, 1, top / ROW_H + 1.2 + row, x0, link=False)
        row += size


def _per_block(rows: int, width: float) -> int:
    """Rows per block that let the open tree appear largest on a 16:10 screen."""

    def scale(blocks: int) -> float:
        return min(16 / (blocks * width), 10 / (math.ceil(rows / blocks) * ROW_H + 2 * ROW_H))

    best = max(range(1, 9), key=lambda b: (scale(b), -b))
    return math.ceil(rows / best)


def _place(g: nx.DiGraph, tree: Tree, root: str, parent: str, depth: int, row: float, x0: float) -> float:
    """Lay PARENT's subtree out from ROW down, hidden until ROOT is expanded; returns the next free row."""
    for node_id, member, kind in tree.kids(parent):
        row += _place_kid(g, tree, root, parent, node_id, member, kind, depth, row, x0)
    return row


def _place_kid(
    g: nx.DiGraph,
    tree: Tree,
    root: str,
    parent: str,
    node_id: str,
    member: Item | list[Item],
    kind: str,
    depth: int,
    row: float,
    x0: float,
    link: bool = True,
) -> int:
    """One child of PARENT (an item with its own subtree, or a group) at ROW; returns the rows it took."""
    corpus = tree.corpus
    x, y = x0 + depth * COL_W, row * ROW_H
    if isinstance(member, Item):
        add_item(g, member, corpus, x, y, label=member.label, detail_of=root, hidden=True)
        _place(g, tree, root, member.iri, depth + 1, row, x0)
        used = tree.rows(member.iri)
    else:
        title = corpus.items[parent].label
        add_group(
            g, node_id, member, title, kind, least_advanced(member), x, y, corpus, label=f"{len(member)} {_plural(kind, member)}"
        )
        g.nodes[node_id].update(detail_of=root, hidden=True)
        used = 1
    g.nodes[node_id].update(font_size=TREE_FONT, size=TREE_NODE)  # small marks: each label clears the next row
    if link:
        add_link(g, parent, node_id, kind)
    return used


def _across(g: nx.DiGraph, corpus: Corpus, items: list[Item]) -> None:
    """Recurrences and follow-ups between assessments, one arc per pair, labelled with how many of the earlier
    assessment's items it carries (two later items raising one earlier item again count it once, as the matrix does)."""
    raised: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for item in items:
        for rel in ("recurs", "followsUp"):
            for earlier in item.targets(rel):
                other = corpus.items.get(earlier)
                a, b = item.assessment, other.assessment if other else None
                if a and b and a != b and a in g and b in g:
                    raised[(a, b)][rel].add(earlier)
    words = {"recurs": "raised again", "followsUp": "followed up"}
    pairs = {pair: Counter({rel: len(olds) for rel, olds in by_rel.items()}) for pair, by_rel in raised.items()}
    for (a, b), counts in sorted(pairs.items()):
        rel = max(sorted(counts), key=lambda r: counts[r])
        add_link(g, a, b, rel, arc=True, width=2 + min(8, sum(counts.values())))
        g.edges[a, b]["label"] = " · ".join(f"{n} {words[r]}" for r, n in sorted(counts.items()))
        g.edges[a, b]["bend"] = "curvedCCW"  # later → earlier bends up, over the boxes, clear of the counts below them


def least_advanced(members: list[Item]) -> str | None:
    """A group shows the status of its least advanced member: the one still holding things up."""
    ranked = [m.status for m in members if m.status in PROGRESS]
    return min(ranked, key=PROGRESS.index) if ranked else None


def _plural(kind: str, members: list[Item]) -> str:
    if kind == "Finding":
        word = (members[0].polarity or "finding").lower()
        return word + ("es" if word.endswith("s") else "s") if len(members) > 1 else word
    names = {
        "ProgressUpdate": "update",
        LATER_FINDING: "later finding",
        "Recommendation": "rec",
        "Resolution": "resolution",
        "Action": "action",
        "KeyLineOfEnquiry": "KLOE",
    }
    return names.get(kind, kind) + ("s" if len(members) > 1 else "")
