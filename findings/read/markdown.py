"""A council paper kept as Markdown reads as its words: the marks of headings, emphasis, list stars, quotes and code
become spaces (a list star a dash), each the same length, so every offset into the text is the file's own and the
readers meet the lines they know ('**Recommendation 1**' is 'Recommendation 1')."""

from __future__ import annotations

import re

_HEADING = re.compile(r"(?m)^( {0,3})(#{1,6})(?=[ \t]|$)")  # '## 3. Progress …'
_CLOSING = re.compile(r"(?m)[ \t]+#+[ \t]*$")  # '## Title ##': its closing marks
_RULE = re.compile(r"(?m)^ {0,3}(?:(?:=+)|(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$")  # '====', '---', '***'
_QUOTE = re.compile(r"(?m)^( {0,3})>[ \t]?")  # '> quoted'
_STAR_ITEM = re.compile(r"(?m)^([ \t]*)[*+](?=[ \t])")  # '* item', '+ item': the dash the list readers know
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])")  # '**bold**', '__bold__', within a line
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")  # '*italic*'; never 'snake_case'
_CODE = re.compile(r"`+")  # '`code`'


def _blank(match: re.Match[str], group: int = 0) -> str:
    """The match with one group's characters as spaces."""
    whole, start, end = match.group(), match.start(group) - match.start(), match.end(group) - match.start()
    return whole[:start] + " " * (end - start) + whole[end:]


def _unmarked(match: re.Match[str]) -> str:
    """An emphasised run with its marks, on both sides, as spaces: its words are the last group."""
    words = match.group(match.re.groups)
    marks = " " * ((len(match.group()) - len(words)) // 2)
    return f"{marks}{words}{marks}"


def markdown_text(text: str) -> tuple[str, bool]:
    """(`text` with Markdown's marks as spaces, the same length; whether any was found)."""
    read = _HEADING.sub(lambda m: _blank(m, 2), text)
    read = _CLOSING.sub(lambda m: " " * len(m.group()), read)
    read = _RULE.sub(lambda m: " " * len(m.group()), read)
    read = _QUOTE.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), read)
    read = _STAR_ITEM.sub(lambda m: m.group(1) + "-", read)
    read = _STRONG.sub(_unmarked, read)
    read = _EMPHASIS.sub(_unmarked, read)
    read = _CODE.sub(lambda m: " " * len(m.group()), read)
    return read, read != text
