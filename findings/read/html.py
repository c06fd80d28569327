"""HTML to text: block elements and cells become lines, list items keep a '- ' marker, entities decoded."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from findings.read.errors import ReadError

_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "td",
    "th",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "caption",
}
_SKIP = {"script", "style", "head", "title", "noscript"}
NORMALISATION = (
    "HTML rendered to text: blocks, cells and <br> as line breaks, '- ' before list items, spaces collapsed; the alt"
    " text of images before any text (a banner) as lines at the end"
)


class _Renderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.banner: list[str] = []  # alt text of the images before any text

    def _newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "img" and not self.skip and not any(p.strip() for p in self.parts):
            alt = " ".join((dict(attrs).get("alt") or "").split())  # a banner before any text: its words
            if alt:  # ('Oxfordshire County Council') are the page's, read after its text so no quote or title moves
                self.banner.append(alt)
        elif tag in _BLOCK:
            self._newline()
            if tag == "li":
                self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        chunk = re.sub(r"\s+", " ", data)
        if self.parts and self.parts[-1].endswith(("\n", "- ")):
            chunk = chunk.lstrip()
        if chunk:
            self.parts.append(chunk)


def read_html(markup: str) -> tuple[str, str]:
    """Return (text, normalisation) for an HTML document."""
    renderer = _Renderer()
    try:
        renderer.feed(markup)
        renderer.close()
    except (AssertionError, ValueError) as err:  # html.parser gives up on some malformed declarations ('<![ ')
        raise ReadError(f"HTML too broken to read ({str(err).splitlines()[0][:80]})") from None
    lines = [line.rstrip() for line in "".join(renderer.parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    if renderer.banner:
        text += "\n" + "\n".join(renderer.banner) + "\n"
    return text, NORMALISATION
