"""Draw views of a built graph into a folder: one HTML per view, plus SVG, PNG, GEXF and GraphML."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from findings.viz import VIEWS  # defined with the package, which imports this module only to draw
from findings.viz.html import write_html
from findings.viz.lineage import default_item, lineage
from findings.viz.matrix import matrix
from findings.viz.model import ASSESSMENT_KINDS, Corpus, Item
from findings.viz.overview import overview
from findings.viz.read import Index, read_corpus
from findings.viz.static import write_static
from findings.viz.themes import themes


def graph_file(graph: Path) -> Path:
    """GRAPH itself, or GRAPH/graph.nt when GRAPH is the folder `findings build` wrote."""
    return graph / "graph.nt" if graph.is_dir() else graph


def select(corpus: Corpus, council: str | None = None, theme: str | None = None, as_of: str | None = None) -> list[Item]:
    """The items a workshop asked for: one council, one theme, the graph as it stood on a date."""
    items = list(corpus.items.values())
    if council:
        from findings.councils import NoSuchCouncil, pick

        try:
            keep = set(pick(corpus.council_labels, council))  # as open, report and review pick it
        except NoSuchCouncil as err:
            raise KeyError(str(err)) from None
        items = [i for i in items if i.council in keep]
    if theme:
        keep_themes = set(matching_themes(corpus, theme))
        themed = {i.iri for i in items if keep_themes & set(i.themes)}
        items = [
            i
            for i in items
            if i.iri in themed or i.kind in ASSESSMENT_KINDS or any(t in themed for t in i.targets("respondsTo", "about"))
        ]
    if as_of:
        items = [_as_of(i, as_of) for i in items if not i.date or i.date <= as_of]
    return items


def matching_themes(corpus: Corpus, theme: str) -> dict[str, str]:
    """The themes --theme names (part of a label), IRI → label; a KeyError when none does."""
    want = theme.lower()
    found = {t: label for t, label in sorted(corpus.theme_labels.items()) if want in label.lower()}
    if not found:
        raise KeyError(f"no theme matching {theme!r} (themes are in ontology/themes.ttl)")
    return found


def say_filters(g: nx.DiGraph, corpus: Corpus, theme: str | None, as_of: str | None) -> None:
    """Put the filters a picture was drawn with in its title and its dropdowns, so a room sees that it is filtered."""
    said = []
    if theme:
        labels = sorted(set(matching_themes(corpus, theme).values()))
        said.append("theme: " + ", ".join(labels))
        g.graph["only"] = {"themes": " / ".join(labels)}
    if as_of:
        said.append(f"as of {as_of}")
        if g.graph.get("note"):  # an empty picture on a date: nothing yet, not nothing at all
            first = min((i.date for i in corpus.items.values() if i.kind in ASSESSMENT_KINDS and i.date), default="")
            g.graph["note"] = f"Nothing yet on {as_of}" + (f": the first assessment is dated {first}." if first else ".")
    if said:
        g.graph["title"] = f"{g.graph.get('title', '')} — {'; '.join(said)}"


def _say_date(corpus: Corpus, items: list[Item], day: str, say: Callable[[str], None]) -> None:
    """One line on stderr for a date with nothing yet, or after today, as `findings open` says it; pictures unchanged."""
    from findings.cli_answers import future_hint

    hint = future_hint(day)
    if not any(i.kind in ASSESSMENT_KINDS for i in items):
        first = min((i.date for i in corpus.items.values() if i.kind in ASSESSMENT_KINDS and i.date), default=None)
        hint = f"nothing in the picture as of {day}: " + (f"the first assessment is dated {first}" if first else "no assessment")
    if hint:
        say(hint)


def _as_of(item: Item, day: str) -> Item:
    history = [(d, s) for d, s in item.history if d <= day]
    status = history[-1][1] if history else (None if item.history else item.status)
    return dataclasses.replace(item, history=history, status=status)


def _picture(corpus: Corpus, items: list[Item]) -> Corpus:
    """The corpus narrowed to the items a picture shows (one council, one theme, a date)."""
    return Corpus({i.iri: i for i in items}, corpus.theme_labels, corpus.council_labels, broader=corpus.broader)


def build_view(name: str, corpus: Corpus, items: list[Item], item: str | None = None) -> nx.DiGraph:
    """The networkx graph of view NAME, positions fixed, ready for HTML or static export."""
    if name == "lineage":
        picture = _picture(corpus, items)
        chosen = picture.find(item) if item else default_item(picture)
        if item and chosen is None:
            raise KeyError(f"no item {item!r} in the graph")
        return lineage(picture, chosen)
    views = {"overview": overview, "matrix": matrix, "themes": themes}
    if name not in views:
        raise KeyError(f"unknown view {name!r}: choose from {', '.join(VIEWS)}")
    return views[name](corpus, items)


def draw(
    graph: Path | Index,
    out_dir: Path,
    views: tuple[str, ...] = VIEWS,
    *,
    council: str | None = None,
    theme: str | None = None,
    as_of: str | None = None,
    item: str | None = None,
    static: bool = True,
    png: bool = True,
    say: Callable[[str], None] | None = None,
) -> list[Path]:
    """Write each view's HTML (and static exports) of GRAPH (a file, or its index) into OUT_DIR; returns every file
    written. `say` hears which councils `council` took, as open and report say it."""
    corpus = read_corpus(graph_file(graph) if isinstance(graph, Path) else graph)
    items = select(corpus, council, theme, as_of)
    if as_of and say:
        _say_date(corpus, items, as_of, say)
    if council and say:
        from findings.councils import pick

        say(f"--council {council}: {'; '.join(corpus.council_labels[c] for c in pick(corpus.council_labels, council))}")
    if item and "lineage" in views:  # every view checked before the first is written
        if _picture(corpus, items).find(item) is None:  # the council asked for tells two councils' tails apart
            if corpus.find(item) is None:
                raise KeyError(f"no item {item!r} in the graph")
            raise KeyError(f"{item!r} is not in the picture asked for: --as-of, --council or --theme leave it out")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name in views:
        g = build_view(name, corpus, items, item)
        say_filters(g, corpus, theme, as_of)
        written.append(write_html(g, out_dir / f"{name}.html"))
        if static:
            written += write_static(g, out_dir / name, png=png)
    return written
