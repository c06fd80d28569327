"""Static exports for slides and Gephi: SVG drawn from the same fixed positions, PNG via headless Chromium, GEXF, GraphML."""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

import networkx as nx

from findings.viz.style import FONT, legend, wrap

PAD, LEGEND_W, HEAD_H = 220, 560, 150
LEGEND_CHARS = 28  # a legend line's characters at font 40 that fit LEGEND_W + PAD beside the swatch


def _shape(d: dict) -> str:
    x, y, r, fill = d["x"], d["y"], float(d.get("size", 20)), d.get("color", "#888")
    shape = d.get("shape", "dot")
    font = float(d.get("font_size", 20))
    lines = [line for line in str(d.get("label", "")).split("\n") if line] or [""]
    if shape == "box" and lines != [""]:  # sized to its label, as vis-network does
        w, h = max(len(line) for line in lines) * font * 0.56 + 24, len(lines) * font * 1.1 + 18
        return f'<rect x="{x - w / 2:.1f}" y="{y - h / 2:.1f}" width="{w:.1f}" height="{h:.1f}" rx="6" fill="{fill}"/>'
    if shape == "circle":
        r = max(r, max(len(line) for line in lines) * font * 0.34 + 14)
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{fill}" stroke="#333" stroke-width="1"/>'
    if shape in ("square", "box"):
        w = r * 2.6 if shape == "box" else r * 1.6
        return f'<rect x="{x - w / 2:.1f}" y="{y - r * 0.8:.1f}" width="{w:.1f}" height="{r * 1.6:.1f}" rx="4" fill="{fill}"/>'
    if shape == "triangle":
        return (
            f'<polygon points="{x:.1f},{y - r:.1f} {x - r:.1f},{y + r * 0.8:.1f} {x + r:.1f},{y + r * 0.8:.1f}" fill="{fill}"/>'
        )
    if shape == "diamond":
        return (
            f'<polygon points="{x:.1f},{y - r:.1f} {x + r:.1f},{y:.1f} {x:.1f},{y + r:.1f} {x - r:.1f},{y:.1f}" fill="{fill}"/>'
        )
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r * 0.8:.1f}" fill="{fill}" stroke="#333" stroke-width="1"/>'


def _label(d: dict) -> str:
    lines = [line for line in str(d.get("label", "")).split("\n") if line]
    if not lines:
        return ""
    size = int(d.get("font_size", 20))
    inside = d.get("shape") in ("text", "box", "circle")
    y0 = d["y"] + (size * 0.35 - (len(lines) - 1) * size * 0.55 if inside else float(d.get("size", 20)) + size)
    fill = d.get("font_color") or ("#ffffff" if d.get("shape") in ("box", "circle") else "#111111")
    spans = "".join(f'<tspan x="{d["x"]:.1f}" y="{y0 + i * size * 1.1:.1f}">{escape(t)}</tspan>' for i, t in enumerate(lines))
    return (
        f'<text font-size="{size}" fill="{fill}" text-anchor="middle" paint-order="stroke" stroke="#fff" '
        f'stroke-width="{0 if inside else 4}">{spans}</text>'
    )


def _half_width(d: dict) -> float:
    """Half the drawn width of a node with its centred label (estimated from the font), so no label leaves the page."""
    lines = str(d.get("label", "")).split("\n")
    return max(float(d.get("size", 20)), max(len(line) for line in lines) * float(d.get("font_size", 20)) * 0.28)


def render_svg(g: nx.DiGraph) -> str:
    """The view as SVG, with its title and legend, sized to its content (nodes the page starts hidden left out)."""
    nodes = {n: d for n, d in g.nodes(data=True) if not d.get("hidden")}
    if not nodes:
        xs, ys = [0.0], [0.0]
    else:
        xs = [d["x"] + sign * _half_width(d) for d in nodes.values() for sign in (-1, 1)]
        ys = [d["y"] for d in nodes.values()]
    x0, y0 = min(xs) - PAD - LEGEND_W, min(ys) - PAD - HEAD_H
    width, height = max(xs) + PAD - x0, max(max(ys) + PAD - y0, 900)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x0:.0f} {y0:.0f} {width:.0f} {height:.0f}" '
        f'width="100%" height="100%" font-family="{FONT}">',
        f'<rect x="{x0}" y="{y0}" width="{width}" height="{height}" fill="#fff"/>',
    ]
    for a, b, e in g.edges(data=True):
        if a not in nodes or b not in nodes:
            continue
        p, q = nodes[a], nodes[b]
        dash = ' stroke-dasharray="10 8"' if e.get("dashes") else ""
        if e.get("arc"):
            turn = -0.45 if e.get("bend") == "curvedCCW" else 0.45
            mx, my = (p["x"] + q["x"]) / 2 + (q["y"] - p["y"]) * turn, (p["y"] + q["y"]) / 2 - (q["x"] - p["x"]) * turn
            path = f"M{p['x']:.1f},{p['y']:.1f} Q{mx:.1f},{my:.1f} {q['x']:.1f},{q['y']:.1f}"
            out.append(f'<path d="{path}" fill="none" stroke="{e.get("color")}" stroke-width="{e.get("width", 2)}"{dash}/>')
            if e.get("label"):
                lx, ly = (p["x"] + q["x"]) / 4 + mx / 2, (p["y"] + q["y"]) / 4 + my / 2
                out.append(
                    f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="30" text-anchor="middle" paint-order="stroke" '
                    f'stroke="#fff" stroke-width="6">{escape(str(e["label"]))}</text>'
                )
        else:
            out.append(
                f'<line x1="{p["x"]:.1f}" y1="{p["y"]:.1f}" x2="{q["x"]:.1f}" y2="{q["y"]:.1f}" '
                f'stroke="{e.get("color")}" stroke-width="{e.get("width", 2)}"{dash}/>'
            )
    for d in nodes.values():
        if d.get("shape") != "text":
            out.append(_shape(d))
        out.append(_label(d))
    out.append(
        f'<text x="{x0 + 30:.0f}" y="{y0 + 80:.0f}" font-size="64" font-weight="bold">{escape(g.graph.get("title", ""))}</text>'
    )
    kinds = {d.get("kind", "") for d in nodes.values()}
    statuses = {d.get("status", "") for d in nodes.values()} - {""}
    arcs = {e.get("relation", "") for a, b, e in g.edges(data=True) if e.get("arc") and a in nodes and b in nodes}
    y = y0 + HEAD_H + 2
    for name, fill, shape in legend(kinds, statuses, arcs):
        lines = wrap(name, LEGEND_CHARS, 2).split("\n") if fill else [name]  # no legend line runs into the picture
        y += 58
        if shape in ("line", "dashed"):
            dash = ' stroke-dasharray="10 8"' if shape == "dashed" else ""
            ends = f'x1="{x0 + 40:.0f}" y1="{y - 14:.0f}" x2="{x0 + 80:.0f}" y2="{y - 14:.0f}"'
            out.append(f'<line {ends} stroke="{fill}" stroke-width="6"{dash}/>')
        elif fill:
            out.append(_shape({"x": x0 + 60, "y": y - 14, "size": 20, "color": fill, "shape": shape}))
        spans = "".join(
            f'<tspan x="{x0 + (100 if fill else 30):.0f}" dy="{0 if i == 0 else 44}">{escape(t)}</tspan>'
            for i, t in enumerate(lines)
        )
        out.append(
            f'<text y="{y:.0f}" font-size="{40 if fill else 36}" font-weight="{"normal" if fill else "bold"}">{spans}</text>'
        )
        y += 44 * (len(lines) - 1)
    if g.graph.get("note"):
        out.append(
            f'<text x="{x0 + width / 2:.0f}" y="{y0 + height / 2:.0f}" font-size="48" text-anchor="middle">'
            f"{escape(g.graph['note'])}</text>"
        )
    out.append("</svg>")
    return "\n".join(out)


def for_gephi(g: nx.DiGraph) -> nx.DiGraph:
    """A copy Gephi can read: scalar attributes only, positions as x/y, free-standing labels dropped."""
    out = nx.DiGraph()
    for node, d in g.nodes(data=True):
        if d.get("kind") == "Label":
            continue
        keep = {k: v for k, v in d.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)}
        keep.update({k: float(d[k]) for k in ("x", "y", "size") if k in d})
        keep["label"] = str(d.get("label", "")).replace("\n", " ")
        keep["themes"] = ", ".join(json.loads(d.get("themes", "[]")))
        out.add_node(node, **keep)
    for a, b, e in g.edges(data=True):
        if a in out and b in out:
            out.add_edge(a, b, relation=str(e.get("relation", "")))
    return out


def _with_viz(g: nx.DiGraph) -> nx.DiGraph:
    """GEXF's own position, colour and size, so Gephi opens the layout as drawn (y flipped: Gephi's axis points up)."""
    out = g.copy()
    for _, d in out.nodes(data=True):
        colour = str(d.get("color", "#888888")).lstrip("#")
        rgb = [int(colour[i : i + 2], 16) for i in (0, 2, 4)] if len(colour) == 6 else [136, 136, 136]
        d["viz"] = {
            "position": {"x": d.get("x", 0.0), "y": -d.get("y", 0.0), "z": 0.0},
            "size": d.get("size", 10.0),
            "color": {"r": rgb[0], "g": rgb[1], "b": rgb[2], "a": 1.0},
        }
    return out


def _write_gexf(g: nx.DiGraph, path: Path) -> None:
    """GEXF without the writer's 'last modified' date, so the same graph gives the same bytes on any day."""
    text = "\n".join(nx.generate_gexf(g))
    path.write_text(re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1) + "\n", encoding="utf-8")


def write_static(g: nx.DiGraph, stem: Path, png: bool = True) -> list[Path]:
    """STEM.svg, STEM.gexf, STEM.graphml, and STEM.png when Chromium is installed."""
    from findings.viz.chromium import find_chromium, screenshot

    svg = stem.with_suffix(".svg")
    svg.write_text(render_svg(g), encoding="utf-8")
    flat = for_gephi(g)
    _write_gexf(_with_viz(flat), stem.with_suffix(".gexf"))
    nx.write_graphml(flat, stem.with_suffix(".graphml"))
    written = [svg, stem.with_suffix(".gexf"), stem.with_suffix(".graphml")]
    if png and find_chromium():
        screenshot(svg, stem.with_suffix(".png"), (1600, 1000))
        written.append(stem.with_suffix(".png"))
    return written
