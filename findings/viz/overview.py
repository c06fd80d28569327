"""The overview: each assessment → its recommendations/KLOEs → actions → updates, left to right, blocks packed by date."""

from __future__ import annotations

import math
from collections import defaultdict

import networkx as nx

from findings.viz.model import ASSESSMENT_KINDS, TRACKED_KINDS, Corpus, Item, natural_key
from findings.viz.nodes import add_group, add_item, add_link, add_text
from findings.viz.style import TITLE_FONT, family, wrap

COL_W, ROW_H, BLOCK_GAP = 260, 56, 2
COLLAPSE_OVER = 600
PROGRESS = [
    "Recurred",
    "Open",
    "ActionPlanned",
    "InProgress",
    "ReportedComplete",
    "IndependentlyVerified",
]  # drawable nodes: above this an assessment's items are grouped by kind and status


def _natural(item: Item) -> tuple:
    """Rec 2 before Rec 10: identifiers compared as numbers where they are numbers."""
    return natural_key(item.label), item.iri


class Tree:
    """The parent → children table of the overview, detailed or collapsed."""

    def __init__(self, corpus: Corpus, items: list[Item], collapse: bool) -> None:
        self.corpus, self.collapse = corpus, collapse
        self.children: dict[str, list[tuple[str, object]]] = defaultdict(list)
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
        if self.collapse and self.corpus.items[parent].kind in ASSESSMENT_KINDS:
            groups: dict[tuple[str, str], list[Item]] = defaultdict(list)
            for m in tracked:
                groups[(m.kind, m.status or "")].append(m)
            out += [(f"{parent}#{k}-{s}", groups[(k, s)], k) for k, s in sorted(groups)]
        else:
            out += [(m.iri, m, m.kind) for m in sorted(tracked, key=_natural)]
        updates = [m for m in members if m.kind == "ProgressUpdate"]
        updates += [u for a in actions for u in self.by_parent.get(a.iri, []) if u.kind == "ProgressUpdate"]
        if updates:
            out.append((f"{parent}#updates", updates, "ProgressUpdate"))
        return out


def overview(corpus: Corpus, items: list[Item] | None = None) -> nx.DiGraph:
    """Every assessment with what followed it; grouped when there are too many nodes to open in 3 s."""
    items = items if items is not None else list(corpus.items.values())
    drawable = sum(1 for i in items if i.kind not in ("Finding", "ProgressUpdate"))
    tree = Tree(corpus, items, collapse=drawable > COLLAPSE_OVER)
    roots = sorted(
        (i for i in items if i.kind in ASSESSMENT_KINDS),
        key=lambda a: (corpus.council_labels.get(a.council, ""), a.date or "", a.iri),
    )
    g = nx.DiGraph(
        title="Overview: what each assessment asked for, and what followed",
        subtitle="collapsed: items grouped by kind and status" if tree.collapse else "",
        slider=True,
        filters=True,
    )
    sizes = {a.iri: _rows(tree, a.iri) for a in roots}
    total = sum(sizes.values()) + BLOCK_GAP * len(roots)
    block_w = 4 * COL_W
    panels = max(1, round(math.sqrt(1.6 * total * ROW_H / block_w)))
    limit = max([*sizes.values(), math.ceil(total / panels)])
    col, row, council = 0, 0, None
    for root in roots:
        if row and row + sizes[root.iri] > limit:
            col, row = col + 1, 0
        if root.council != council and len(corpus.council_labels) > 1:
            add_text(
                g,
                f"council:{root.council}:{root.iri}",
                corpus.council_labels.get(root.council, ""),
                col * block_w,
                row * ROW_H - 70,
                TITLE_FONT,
            )
            row += 1
        council = root.council
        add_item(g, root, corpus, col * block_w, row * ROW_H, label=wrap(root.label, 16, 2), size=40)
        g.nodes[root.iri]["font_size"] = 44
        _place(g, tree, root.iri, 1, row, col * block_w)
        row += sizes[root.iri] + BLOCK_GAP
    return g


def _rows(tree: Tree, parent: str) -> int:
    kids = tree.kids(parent)
    return max(1, sum(_rows(tree, k) if isinstance(m, Item) else 1 for k, m, _ in kids))


def _place(g: nx.DiGraph, tree: Tree, parent: str, depth: int, row: int, x0: float) -> None:
    corpus = tree.corpus
    for node_id, member, kind in tree.kids(parent):
        x, y = x0 + depth * COL_W, row * ROW_H
        if isinstance(member, Item):
            label = member.label if family(member.kind) != "Assessment" else wrap(member.label, 18, 2)
            add_item(g, member, corpus, x, y, label=label)
            _place(g, tree, member.iri, depth + 1, row, x0)
            row += _rows(tree, member.iri)
        else:
            status = least_advanced(member)
            title = corpus.items[parent].label
            add_group(g, node_id, member, title, kind, status, x, y, corpus, label=f"{len(member)} {_plural(kind, member)}")
            row += 1
        add_link(g, parent, node_id, kind)
    return None


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
        "Recommendation": "rec",
        "Resolution": "resolution",
        "Action": "action",
        "KeyLineOfEnquiry": "KLOE",
    }
    return names.get(kind, kind) + ("s" if len(members) > 1 else "")
