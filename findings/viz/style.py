"""Colours, shapes and sizes shared by every view, chosen to read from the back of a room."""

from __future__ import annotations

from findings.viz.model import ASSESSMENT_KINDS, LATER_FINDING, Item

# status: warm = still to do, green = done, purple = came back, taupe = lapsed; saturated so they stand out from the kind colours
STATUS_COLOURS = {
    "Open": "#d62728",
    "ActionPlanned": "#ff7f0e",
    "InProgress": "#f2c400",
    "ReportedComplete": "#7ccf5a",
    "AwaitingReview": "#5fb8a8",
    "IndependentlyVerified": "#1b7a3a",
    "Recurred": "#8e44ad",
    "RecurredAwaitingReview": "#c39bd3",
    "Lapsed": "#8c7b6b",
}
# the statuses from work under way to closed, in that order (each view puts Open and Recurred where it needs them)
ADVANCING = ("ActionPlanned", "InProgress", "ReportedComplete", "AwaitingReview", "IndependentlyVerified", "Lapsed")
STATUS_NAMES = {
    "Open": "Open",
    "ActionPlanned": "Action planned",
    "InProgress": "In progress",
    "ReportedComplete": "Reported complete",
    "AwaitingReview": "Independently verified (awaiting review)",
    "IndependentlyVerified": "Independently verified",
    "Recurred": "Recurred",
    "RecurredAwaitingReview": "Recurred (awaiting review)",
    "Lapsed": "Lapsed (no longer applicable)",
}
# kinds (used where an item has no status yet): blues and greys, never a status colour
KIND_COLOURS = {
    "Assessment": "#2c3e50",
    "Recommendation": "#3f7fbf",
    "Resolution": "#7fb2e5",
    "KeyLineOfEnquiry": "#3949ab",  # indigo: apart from the verified teal and the follow-up arcs' cyan
    "Action": "#9fb8cc",
    "ProgressUpdate": "#c8ccd0",
    LATER_FINDING: "#4e6a85",
    "Finding": "#a0a7ad",
    "Theme": "#5d4e8c",
}
KIND_NAMES = {
    "Assessment": "Assessment",
    "Recommendation": "Recommendation",
    "Resolution": "Resolution",
    "KeyLineOfEnquiry": "Key line of enquiry",
    "Action": "Action",
    "ProgressUpdate": "Progress update (council)",
    LATER_FINDING: "Later assessment's finding",
    "Finding": "Findings",
    "Theme": "Theme",
}
SHAPES = {
    "Assessment": "box",
    "Recommendation": "dot",
    "Resolution": "star",
    "KeyLineOfEnquiry": "diamond",
    "Action": "triangle",
    "ProgressUpdate": "square",
    LATER_FINDING: "hexagon",
    "Finding": "hexagon",
    "Theme": "box",
}
RELATION_COLOURS = {"recurs": "#8e44ad", "followsUp": "#17a2b8", "fulfils": "#1b7a3a"}
EDGE_GREY = "#9aa5b1"
FONT = "Arial, Helvetica, sans-serif"
LABEL_FONT = 24
TITLE_FONT = 34


def family(kind: str) -> str:
    """Assessments of every subclass share one colour and shape."""
    return "Assessment" if kind in ASSESSMENT_KINDS else kind


def colour(kind: str, status: str | None) -> str:
    """Status colour where the graph gives one, the kind colour where it does not."""
    return STATUS_COLOURS.get(status or "", KIND_COLOURS.get(family(kind), "#888888"))


def item_colour(item: Item, day: str | None = None) -> str:
    """An item's colour now, or as it stood on DAY."""
    return colour(item.drawn_kind, item.status_on(day) if day else item.status)


RELATION_NAMES = {"recurs": "Raised again (solid)", "followsUp": "Followed up (dashed)", "fulfils": "Paper that fulfils it"}


def legend(kinds: set[str], statuses: set[str], relations: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, str, str]]:
    """(label, colour, shape) rows for the kinds, statuses and arcs a view actually shows."""
    rows = [("Status", "", "")] if statuses else []
    rows += [(STATUS_NAMES[s], STATUS_COLOURS[s], "dot") for s in STATUS_COLOURS if s in statuses]
    fams = {family(k) for k in kinds}
    rows.append(("Kind (colour: no status yet)" if statuses else "Kind", "", ""))
    rows += [(KIND_NAMES[k], KIND_COLOURS[k], SHAPES[k]) for k in KIND_COLOURS if k in fams]
    arcs = [r for r in RELATION_COLOURS if r in relations]
    if arcs:
        rows.append(("Arcs: later → earlier", "", ""))
        rows += [(RELATION_NAMES[r], RELATION_COLOURS[r], "dashed" if r == "followsUp" else "line") for r in arcs]
    return rows


def ink(fill: str) -> str:
    """Black or white text, whichever reads on FILL (a #rrggbb colour): by its perceived lightness."""
    r, g, b = (int(fill.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return "#111111" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def wrap(text: str, width: int = 28, lines: int = 3) -> str:
    """Break a label into a few short lines so it stays legible when the view is zoomed out."""
    words, out, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1] + "…"
    return "\n".join(out)
