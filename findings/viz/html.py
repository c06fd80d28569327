"""Write a view as one offline HTML file: pyvis with vis-network inline, our controls inline, no CDN link left."""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

import networkx as nx

from findings.viz.style import FONT, legend

REMOTE = re.compile(
    r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//""", re.IGNORECASE
)
BOOTSTRAP = re.compile(r"\s*<(link|script)\b[^>]*bootstrap[^>]*>\s*(?:</script>)?", re.IGNORECASE | re.DOTALL)
EMPTY_HEADING = re.compile(r"\s*<center>\s*<h1>\s*</h1>\s*</center>", re.IGNORECASE)
OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True, "navigationButtons": False},
    "edges": {"smooth": False, "color": {"inherit": False}},
    "nodes": {"borderWidth": 2, "font": {"face": FONT}},
}


_REMOTE_BYTES = re.compile(REMOTE.pattern.encode(), re.IGNORECASE)
_OPENERS = (b"src", b"href", b"url(", b"@import")  # every match of REMOTE opens with one of these


def remote_references(page: str) -> list[str]:
    """Every place a page would fetch from the network (a src/href/url/@import to http(s) or //); must be empty.
    Tried only where an opening word stands (found by plain search, not a pattern tried at each of a page's
    million characters: a fifth of the pictures' time had gone on it)."""
    raw = page.encode("utf-8", "surrogatepass")
    low = raw.lower()  # ASCII only: the byte offsets stay those of `raw`
    found = []
    for opener in _OPENERS:
        at = low.find(opener)
        while at != -1:
            if match := _REMOTE_BYTES.match(low, at):
                found.append((at, raw[at : match.end()].decode("utf-8", "surrogatepass")))
            at = low.find(opener, at + 1)
    return [text for _, text in sorted(found)]


@cache
def _templates():
    """pyvis's page template, compiled once a process: every Network makes an environment of its own, which compiles
    the template and the half-megabyte vis-network script it includes again for each view."""
    from jinja2 import Environment, FileSystemLoader
    from pyvis.network import Network

    return Environment(loader=FileSystemLoader(Network().template_dir))


def _asset(name: str) -> str:
    return resources.files("findings.viz").joinpath("assets").joinpath(name).read_text(encoding="utf-8")


def _vis_node(node_id: str, data: dict) -> dict:
    node = {k: v for k, v in data.items() if k not in ("font_size", "font_color", "arc")}
    inside = data.get("shape") in ("box", "circle")
    node["font"] = {
        "size": data.get("font_size", 20),
        "face": FONT,
        "color": data.get("font_color") or ("#ffffff" if inside else "#111111"),
        "strokeWidth": 0 if inside or data.get("shape") == "text" else 4,
        "strokeColor": "#ffffff",
    }
    node["physics"] = False
    return node


def _vis_edge(source: str, target: str, data: dict) -> dict:
    edge = {
        "from": source,
        "to": target,
        "color": data.get("color"),
        "width": data.get("width", 2),
        "title": data.get("relation", ""),
        "dashes": bool(data.get("dashes")),
    }
    if data.get("label"):
        edge["label"] = data["label"]
        edge["font"] = {"size": 36, "face": FONT, "color": "#1d2a36", "strokeWidth": 6, "strokeColor": "#ffffff"}
    if data.get("arc"):
        edge["smooth"] = {"enabled": True, "type": data.get("bend", "curvedCW"), "roundness": 0.45}
        edge["arrows"] = {"to": {"enabled": True, "scaleFactor": 1.2}}
    return edge


def render_html(g: nx.DiGraph) -> str:
    """The page for view G: pyvis writes it (write_html, in_line), then Bootstrap's CDN tags go and our UI goes in."""
    from pyvis.network import Network

    net = Network(height="100vh", width="100%", directed=False, cdn_resources="in_line", bgcolor="#ffffff")
    net.templateEnv = _templates()
    titles_have_href = any("href" in str(d.get("title", "")) for _, d in g.nodes(data=True))
    for node_id, data in g.nodes(data=True):
        node = _vis_node(node_id, dict(data))
        if titles_have_href:  # pyvis then shows titles with innerHTML: escape so a quote can never become markup
            node["title"] = html.escape(node["title"])
        node["label"] = node.get("label") or " "  # pyvis writes the node's id (an IRI) where the label is empty
        net.add_node(node_id, **node)
    for source, target, data in g.edges(data=True):
        edge = _vis_edge(source, target, data)
        net.add_edge(edge.pop("from"), edge.pop("to"), **edge)
    net.set_options(json.dumps(OPTIONS))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "view.html"
        net.write_html(os.fspath(target))
        page = target.read_text(encoding="utf-8")
    page = EMPTY_HEADING.sub("", BOOTSTRAP.sub("", page))
    kinds = {d.get("kind", "") for _, d in g.nodes(data=True)}
    statuses = {d.get("status", "") for _, d in g.nodes(data=True)} - {""}
    config = {
        "title": g.graph.get("title", ""),
        "subtitle": g.graph.get("subtitle", ""),
        "legend": legend(kinds, statuses, {d.get("relation", "") for _, _, d in g.edges(data=True) if d.get("arc")}),
        "slider": bool(g.graph.get("slider")),
        "filters": bool(g.graph.get("filters")),
        "note": g.graph.get("note", ""),
        "only": g.graph.get("only", {}),
    }
    head = f"<title>{html.escape(config['title'])}</title>\n<style>{_asset('ui.css')}</style>\n"
    data = json.dumps(config).replace("</", "<\\/")
    body = f"<script>var FINDINGS = {data};</script>\n<script>{_asset('ui.js')}</script>\n"
    page = page.replace("</head>", head + "</head>", 1)
    page = page[: page.rindex("</body>")] + body + page[page.rindex("</body>") :]
    page = page.replace(
        "<script>",
        "<script>window.onerror = function (m) { document.documentElement.dataset.jsError = String(m); };</script>\n<script>",
        1,
    )
    leaks = remote_references(page)
    if leaks:
        raise RuntimeError(f"page would load from the network: {leaks[:3]}")
    return page


def write_html(g: nx.DiGraph, path: Path) -> Path:
    """Write view G to PATH as a single self-contained HTML file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(g), encoding="utf-8")
    return path
