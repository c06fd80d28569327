"""The harness's figures as one SVG picture: each workload's build, stage by stage, beside its floor, and every target
as a bar against its limit, with the commit they were taken on. Plain SVG, written by hand: no plotting library to
install, and the same figures give the same bytes."""

from __future__ import annotations

from html import escape

WIDTH = 820
LEFT = 150  # the labels' column
BAR = 560  # the longest bar, in pixels
ROW = 22  # one bar's height and gap
TARGET_LEFT = 290  # the targets' labels' column (their names are long)
PALETTE = {  # a stage's colour, the floor's stages in greys (ColorBrewer's qualitative Set3, then greys)
    "start-up": "#8dd3c7",
    "read": "#ffffb3",
    "segment": "#bebada",
    "extract": "#fb8072",
    "link": "#80b1d3",
    "status": "#fdb462",
    "rdf": "#b3de69",
    "write": "#fccde5",
    "validate": "#bc80bd",
    "floor: start-up": "#d9d9d9",
    "floor: read": "#bdbdbd",
    "floor: sentencize": "#969696",
}


def _text(x: float, y: float, words: str, anchor: str = "start", size: int = 12, weight: str = "normal") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" text-anchor="{anchor}">{escape(words)}</text>'
    )


def _stacked(y: float, parts: list[tuple[str, float]], scale: float) -> list[str]:
    """One bar of stages side by side, each `scale` pixels a CPU second, each with its name and time as a tooltip."""
    out, x = [], LEFT
    for name, seconds in parts:
        width = seconds * scale
        out.append(
            f'<rect x="{x:.2f}" y="{y:.1f}" width="{width:.2f}" height="{ROW - 6}" fill="{PALETTE.get(name, "#cccccc")}" '
            f'stroke="#555555" stroke-width="0.5"><title>{escape(name)}: {seconds:.2f} s CPU</title></rect>'
        )
        x += width
    return out


def _workload(name: str, entry: dict, y: float) -> tuple[list[str], float]:
    """A workload's two bars (build, floor) on one scale, its totals and their ratio beside them."""
    build = [(stage, row["cpu"]) for stage, row in entry["build"]["stages"].items()]
    floor = [(f"floor: {stage}", row["cpu"]) for stage, row in entry["floor"]["stages"].items()]
    built, least = sum(s for _, s in build), sum(s for _, s in floor)
    scale = BAR / max(built, least, 1e-9)
    out = [_text(10, y + 12, name, weight="bold")]
    docs = entry["build"].get("documents")
    if docs:
        out.append(_text(10, y + 26, f"{docs} documents", size=10))
    out += _stacked(y, build, scale)
    out.append(_text(LEFT + built * scale + 6, y + 12, f"build {built:.2f} s", size=11))
    out += _stacked(y + ROW, floor, scale)
    ratio = built / least if least else 0.0
    out.append(_text(LEFT + least * scale + 6, y + ROW + 12, f"floor {least:.2f} s (build {ratio:.2f}×)", size=11))
    return out, y + 2 * ROW + 14


def _targets(ratios: dict, limits: dict, y: float) -> tuple[list[str], float]:
    """Each target's figure as a bar against its limit (the limit at the dashed line): green where met."""
    out = [_text(10, y + 12, "targets (the figure judged against its limit, at the dashed line)", weight="bold")]
    y += ROW
    left, reach = TARGET_LEFT, (WIDTH - TARGET_LEFT - 150) * 0.6  # a figure up to 1 2/3 of its limit still fits
    top = y
    for name, limit in limits.items():
        if name not in ratios:
            continue
        judged = ratios[name].get("judged", "cpu")
        value = ratios[name][judged]
        width = min(value / limit, 1 / 0.6) * reach
        colour = "#4daf4a" if value <= limit else "#e41a1c"
        out.append(_text(left - 6, y + 11, name, anchor="end", size=10))
        out.append(
            f'<rect x="{left}" y="{y:.1f}" width="{width:.2f}" height="{ROW - 8}" fill="{colour}">'
            f"<title>{escape(name)}: {value:.2f} ({judged}), limit {limit}</title></rect>"
        )
        met = "met" if value <= limit else "missed"
        out.append(_text(left + max(width, reach) + 6, y + 11, f"{value:.2f} / {limit} ({judged}, {met})", size=10))
        y += ROW - 2
    x = left + reach
    out.append(f'<line x1="{x:.1f}" y1="{top - 4:.1f}" x2="{x:.1f}" y2="{y:.1f}" stroke="#333333" stroke-dasharray="4 3"/>')
    return out, y + 10


def _legend(y: float) -> tuple[list[str], float]:
    out, x = [], 10
    for name, colour in PALETTE.items():
        label = name.replace("floor: ", "floor ")
        width = 14 + 6.2 * len(label) + 14
        if x + width > WIDTH - 10:
            x, y = 10, y + 18
        out.append(f'<rect x="{x}" y="{y:.1f}" width="12" height="12" fill="{colour}" stroke="#555555" stroke-width="0.5"/>')
        out.append(_text(x + 16, y + 10, label, size=10))
        x += width
    return out, y + 24


def svg(results: dict, limits: dict) -> str:
    """The picture of `results` (benchmarks/run.py's figures; `limits`: its TARGETS)."""
    load = results.get("load_average")
    title = f"findings build against its floor, CPU seconds: commit {results.get('commit', 'unknown')}"
    title += f", {results.get('cores', '?')} cores" + (f", load average {load:.2f}" if load is not None else "")
    body, y = [_text(10, 20, title, size=13, weight="bold")], 34.0
    legend, y = _legend(y)
    body += legend
    for name, entry in results["workloads"].items():
        if "build" in entry and "floor" in entry:
            bars, y = _workload(name, entry, y)
            body += bars
    bars, y = _targets(results.get("ratios", {}), limits, y + 6)
    body += bars
    height = int(y + 10)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" '
        'font-family="sans-serif">'
    )
    return "\n".join([head, f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>', *body, "</svg>"]) + "\n"
