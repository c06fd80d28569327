"""`findings report`: the open items for a panel, grouped by theme, each with its quote and its lineage — one
Markdown text, and the same as a self-contained HTML page (no network, printable).

Everything comes from the named queries (open-items, lineage) run through the store, so the report says what
`findings open` and `findings lineage` say.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from findings.output import in_item_order, tail
from findings.quotes import first_quote, quote_behind
from findings.report.sources import Assessment, Document, assessments, cited, documents, in_words
from findings.store.base import Store
from findings.store.named import find_named

_DETAILS = (Path(__file__).with_name("item_details.rq")).read_text(encoding="utf-8")
OTHER = "other concerns"


@dataclass
class ReportItem:
    item: str
    assessment: str
    status: str
    raised: str
    status_date: str
    text: str
    quote: str | None = None
    where: tuple[str, int | None] | None = None  # (document's path, page) of the quote
    evidence: str | None = None  # the words its status rests on, when not its own (a later report's finding, an update)
    evidence_where: tuple[str, int | None] | None = None
    themes: list[str] = field(default_factory=list)
    lineage: list[tuple[str, str, str]] = field(default_factory=list)  # (date, relation, detail)


@dataclass
class Holdings:
    """What the graph was built from (its assessments, by date) and its documents by path, to name sources in words."""

    assessments: list[Assessment]
    documents: dict[str, Document]


def gather(store: Store, as_of: str, only: set[str] | None = None) -> list[ReportItem]:
    """The open items on `as_of` (those of `only`, when given) with their themes, first quote, the words their status
    rests on and lineage, in the order `findings open` gives."""
    headers, rows = store.select(find_named("open-items").text, params={"asOf": as_of})
    rows = in_item_order(headers, rows)
    col = {h: i for i, h in enumerate(headers)}
    if only is not None:
        rows = [row for row in rows if str(row[col["item"]]) in only]
    lineage = find_named("lineage").text
    items = []
    for row in rows:
        it = ReportItem(
            str(row[col["item"]]),
            str(row[col["assessment"]]),
            str(row[col["status"]]),
            str(row[col["raised"]]),
            str(row[col["statusDate"]]),
            str(row[col["text"]]),
        )
        _, details = store.select(_DETAILS, params={"item": row[col["item"]]})
        it.themes = sorted({str(d[0]) for d in details if d[0]})
        quoted = first_quote(store, row[col["item"]])
        if quoted is not None:
            it.quote = " ".join(quoted[0].split())
            it.where = (quoted[1], quoted[2])
        said, document, page = quote_behind(store, row[col["statusAssessment"]]) if "statusAssessment" in col else (None,) * 3
        if said and " ".join(said.split()) != it.quote:
            it.evidence = " ".join(said.split())
            it.evidence_where = (str(document), page)
        l_headers, l_rows = store.select(lineage, params={"item": row[col["item"]], "asOf": as_of})  # what was known then
        lc = {h: i for i, h in enumerate(l_headers)}
        it.lineage = [
            (str(r[lc["date"]] or ""), str(r[lc["relation"]]), " ".join(str(r[lc["detail"]]).split()))
            for r in l_rows
            if r[lc["relation"]] != "raised by"
        ]
        items.append(it)
    return items


def holdings(store: Store, only: set[str] | None = None) -> Holdings:
    """The assessments (those of `only`, when given) and documents of the graph, to say what the report rests on."""
    return Holdings(assessments(store, only), documents(store))


def markdown(items: list[ReportItem], as_of: str, held: Holdings) -> str:
    """Open items by theme, each shown in full under the first of its themes (its quote, the words its status rests
    on, its lineage) and linked from the others; a linked contents list and what the graph was built from at the top,
    the documents quoted at the end."""
    by_theme: dict[str, list[ReportItem]] = defaultdict(list)
    for it in items:
        for theme in it.themes or [OTHER]:
            by_theme[theme].append(it)
    order = sorted(by_theme, key=lambda t: (t == OTHER, -len(by_theme[t]), t))
    statuses: dict[str, int] = defaultdict(int)
    for it in items:
        statuses[it.status] += 1
    lines = [
        f"# Open items as of {as_of}",
        "",
        f"{len(items)} items not yet independently verified on {as_of}, or verified only by the tool's own reading "
        f"({', '.join(f'{n} {s}' for s, n in sorted(statuses.items()))}). Reported complete stays open: the "
        "council's word is not assurance; so does a verification the tool read until a person accepts it "
        "(`findings review`). Lapsed items (addressed to a body since abolished) are closed and left out. An item "
        "about several themes is shown in full under the first of them here and linked from the others.",
        "",
        *_contents(order, by_theme),
        *_built_from(held.assessments, as_of),
    ]
    home: dict[str, str] = {}  # item → the theme it is shown in full under
    for theme in order:
        lines += [f"## {_theme_heading(theme)}", ""]
        again = [it for it in by_theme[theme] if it.item in home]
        for it in by_theme[theme]:
            if it.item not in home:
                home[it.item] = theme
                lines += _item(it, held.documents)
        lines += _elsewhere(again, home) + [f"[↑ Contents](#{anchor(CONTENTS)})", ""]
    lines += _sources(items, held.documents)
    return "\n".join(lines).rstrip() + "\n"


CONTENTS = "Contents"
BUILT_FROM = "Built from"


def anchor(heading: str) -> str:
    """The id of a heading, as GitHub makes it (lower case, punctuation dropped, spaces to hyphens), so a link
    of the Markdown works on GitHub and in the HTML page alike."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def _theme_heading(theme: str) -> str:
    """A theme's section heading (its name, capitalised)."""
    return theme[:1].upper() + theme[1:]


def _item_heading(it: ReportItem) -> str:
    """An item's heading: its reference and status."""
    return f"{tail(it.item)} — {it.status}"


def _link(it: ReportItem) -> str:
    """A Markdown link to the one place an item is shown in full."""
    return f"[{tail(it.item)}](#{anchor(_item_heading(it))})"


def _elsewhere(again: list[ReportItem], home: dict[str, str]) -> list[str]:
    """A theme's items already shown in full under an earlier theme: one line each, linked there (not a second copy)."""
    if not again:
        return []
    return [
        "Also on this theme, shown in full under another:",
        "",
        *(f"- {_link(it)} — {it.status}: {clipped(it.text, 120, tell=False)} (under *{home[it.item]}*)" for it in again),
        "",
    ]


def _contents(order: list[str], by_theme: dict[str, list[ReportItem]]) -> list[str]:
    """The contents list: each theme linked to its section with how many open items it holds, then the other
    sections."""
    return [
        f"## {CONTENTS}",
        "",
        "| theme | open items |",
        "|---|---|",
        *(f"| [{t}](#{anchor(_theme_heading(t))}) | {len(by_theme[t])} |" for t in order),
        "",
        f"Also: [what the report was built from](#{anchor(BUILT_FROM)}), [the documents quoted](#{anchor('Sources')}).",
        "",
    ]


def _built_from(found: list[Assessment], as_of: str) -> list[str]:
    """The lines naming what the report rests on: each assessment, meeting and progress review of the graph by date,
    up to `as_of` (a later one is not known on that date, and the lineage leaves it out too)."""
    known = [a for a in found if a.date is None or a.date <= as_of]
    if not known:
        return [f"## {BUILT_FROM}", "", f"The graph holds no assessment dated on or before {as_of}.", ""]
    later = len(found) - len(known)
    return [
        f"## {BUILT_FROM}",
        "",
        f"{len(known)} assessments, meetings and progress reviews (the documents quoted are listed under "
        "*Sources* at the end)" + (f"; {later} later in the graph are not known on {as_of}" if later else "") + ":",
        "",
        "| date | assessment |",
        "|---|---|",
        *(f"| {in_words(a.date)} | {_cell(a.label)} |" for a in known),
        "",
    ]


def _item(it: ReportItem, docs: dict[str, Document]) -> list[str]:
    """One item's lines: heading, where it was raised, its quote, the words its status rests on, its lineage."""
    lines = [f"### {_item_heading(it)}", "", f"{it.assessment}; raised {it.raised}; status since {it.status_date}.", ""]
    if len(it.themes) > 1:  # the other sections that link here
        lines += ["Themes: " + ", ".join(f"[{t}](#{anchor(_theme_heading(t))})" for t in it.themes) + ".", ""]
    if it.quote and it.where:
        lines += [f"> {it.quote}", ">", f"> — {cited(docs.get(it.where[0]), *it.where)}", ""]
    if it.evidence and it.evidence_where:
        where = cited(docs.get(it.evidence_where[0]), *it.evidence_where)
        lines += [f"Its status, {it.status}, rests on:", "", f"> {it.evidence}", ">", f"> — {where}", ""]
    if it.lineage:
        lines += ["| date | what | detail |", "|---|---|---|"]
        lines += [f"| {d} | {r} | {_cell(_named(x, docs))} |" for d, r, x in it.lineage] + [""]
    return lines


def _named(detail: str, docs: dict[str, Document]) -> str:
    """A lineage row's detail, a document (a paper that fulfils a request) by its title and date, not its file."""
    return cited(docs[detail], detail, None) if detail in docs else detail


def _sources(items: list[ReportItem], docs: dict[str, Document]) -> list[str]:
    """The Sources section: each document the report quotes or names, by date, with the file it was read from."""
    paths = {w[0] for it in items for w in (it.where, it.evidence_where) if w}
    paths |= {x for it in items for _, _, x in it.lineage if x in docs}
    shown = sorted((docs[p] for p in paths if p in docs), key=lambda d: (d.date is None, d.date or "", d.title, d.path))
    if not shown:
        return []
    return [
        "## Sources",
        "",
        "| document | date | holds | file |",
        "|---|---|---|---|",
        *(f"| {_cell(d.title)} | {in_words(d.date)} | {d.kinds} | `{d.path}` |" for d in shown),
        "",
    ]


# A lineage row's text (an action, an update, a status's reason) is kept whole up to this many characters: about 100
# words, a paragraph read in half a minute, which keeps 97% of the bundled corpus's rows whole; a longer one (a
# council's page-long update) is cut where a sentence, else a word, ends before it, and says how many words it leaves
# out. A text at most a quarter longer stays whole too: cutting it would save a reader no more than two lines.
KEEP_WHOLE = 600
_GAP = re.compile(r"(?<![\d£$€])\s+")  # a gap between words where no figure ends ('from 12 June', '£ 5' stay together)
_SENTENCE_END = re.compile(r"[^\s.]{3}[.;!?][)\"”’]?$")  # 'weeks.' or 'plan;', not 'e.g.'


def clipped(text: str, limit: int = KEEP_WHOLE, tell: bool = True) -> str:
    """`text` whole when short enough to read in a table, else cut at a sentence's or word's end so no word or
    figure is broken ('an increase fro…' lost the figure that followed)."""
    if len(text) <= limit * 5 // 4:
        return text
    gaps = [m.start() for m in _GAP.finditer(text, 0, limit + 1) if m.start() > 0]
    if not gaps:
        return text  # one unbroken token (an address): cutting it would break it
    sentences = [g for g in gaps if g >= limit // 2 and _SENTENCE_END.search(text, 0, g)]
    cut = (sentences or gaps)[-1]
    left = len(text[cut:].split())
    kept = text[:cut].rstrip(",:–-")
    return f"{kept} … ({left} more word{'s' if left != 1 else ''})" if tell else f"{kept} …"


def _cell(text: str) -> str:
    """A lineage row's text as a Markdown table cell: clipped, its pipes escaped."""
    return clipped(text).replace("|", "\\|")


_STYLE = """body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;
vertical-align:top;text-align:left}th{background:#f2f2f2}blockquote{margin:.5rem 0;padding:.2rem 1rem;
border-left:4px solid #7a5195;background:#faf7fc}h2{border-bottom:2px solid #7a5195;margin-top:2.5rem}
h3{font-size:1.05rem;margin-top:1.8rem}a{color:#5a3a7a}:target{background:#fff3c4}
@media print{h2:not(#contents):not(#built-from){page-break-before:always}}"""


def to_html(text: str, title: str) -> str:
    """The Markdown report as one self-contained page (inline style, no script, no network), each heading with the
    id its links in the Markdown point at."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    tokens = md.parse(text)
    seen: dict[str, int] = defaultdict(int)
    for opened, inline in zip(tokens, tokens[1:], strict=False):
        if opened.type == "heading_open":
            base = anchor(inline.content)
            opened.attrSet("id", base + (f"-{seen[base]}" if seen[base] else ""))  # GitHub's way with a repeated heading
            seen[base] += 1
    body = md.renderer.render(tokens, md.options, {})
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body>\n{body}</body></html>\n"
    )
