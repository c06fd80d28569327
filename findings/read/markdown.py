"""A council paper kept as Markdown (often Word's, through pandoc) reads as its words: the marks of headings,
emphasis, list stars, quotes and code become spaces (a list star a dash), an escape its character, a pipe table's
cells tab-apart — each the same length, so every offset into the text is the file's own and the readers meet the
lines they know ('**Recommendation 1**' is 'Recommendation 1', '4\\. Financial implications' is a numbered heading)."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # pandoc's '4\. Financial implications', '\*': the character itself
_HARD_BREAK = re.compile(r"(?m)\\$")  # a line break kept inside a paragraph (Shift+Enter in Word)
_HEADING = re.compile(r"(?m)^( {0,3})(#{1,6})(?=[ \t]|$)([^\n]*?)([ \t]+#+)?[ \t]*$")  # '## 3. Progress ##'
_RULE = re.compile(r"(?m)^ {0,3}(?:(?:=+)|(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$")  # '====', '---', '***'
_QUOTE = re.compile(r"(?m)^( {0,3})>[ \t]?")  # '> quoted'
_STAR_ITEM = re.compile(r"(?m)^([ \t]*)[*+](?=[ \t])")  # '* item', '+ item': the dash the list readers know
_RUN = r"(?=\S)((?:[^\n]|\n(?![ \t]*\n))+?)(?<=\S)"  # emphasised words: over a wrapped line, never a blank one
_STRONG = re.compile(rf"(?<![\w*\0])(\*\*|__){_RUN}\1(?![\w*])")  # '**bold**', '__bold__'
_EMPHASIS = re.compile(rf"(?<![\w*\0])\*(?![\s*]){_RUN}(?<![\s*])\*(?![\w*])")  # '*italic*'; never 'snake_case', '\*'
_CODE = re.compile(r"`+")  # '`code`'
_TABLE_ROW = re.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$")  # '| Rec 1 | The timeliness … | Complete |'
_DELIMITER_ROW = re.compile(r"^[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$")  # '|---|:---:|'


def _unmarked(match: re.Match[str]) -> str:
    """An emphasised run with its marks, on both sides, as spaces: its words are the last group."""
    words = match.group(match.re.groups)
    marks = " " * ((len(match.group()) - len(words)) // 2)
    return f"{marks}{words}{marks}"


def _heading(match: re.Match[str]) -> str:
    """A heading line with its opening marks, and any closing ones, as spaces."""
    indent, marks, words = match.group(1), match.group(2), match.group(3)
    return indent + " " * len(marks) + words + " " * (len(match.group()) - len(indent) - len(marks) - len(words))


def _row(match: re.Match[str]) -> str:
    """A pipe table's row as the tab-apart cells the table readers know: its outer bars spaces, its inner ones tabs
    (an escaped bar was made a character before); its delimiter row a blank line's spaces."""
    row = match.group()
    if _DELIMITER_ROW.match(row):
        return " " * len(row)
    first, last = row.index("|"), row.rindex("|")
    cells = re.sub(r"(?<!\0)\|", "\t", row[first + 1 : last])
    return row[:first] + " " + cells + " " + row[last + 1 :]


def markdown_text(text: str) -> tuple[str, bool]:
    """(`text` with Markdown's marks read as above, the same length; whether any was found)."""
    read = _HARD_BREAK.sub(" ", _ESCAPE.sub(lambda m: "\0" + m.group(1), text))  # an escape: held apart from marks
    read = _TABLE_ROW.sub(_row, read)
    read = _HEADING.sub(_heading, read)
    read = _RULE.sub(lambda m: " " * len(m.group()), read)
    read = _QUOTE.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), read)
    read = _STAR_ITEM.sub(lambda m: m.group(1) + "-", read)
    read = _STRONG.sub(_unmarked, read)
    read = _EMPHASIS.sub(_unmarked, read)
    read = _CODE.sub(lambda m: " " * len(m.group()), read)
    read = re.sub(r"\0(.)", r"\1 ", read, flags=re.DOTALL)  # the escaped character in the backslash's place
    return read, read != text


_BARS = re.compile(r"(?m)^[^|\n]+(?:\|[^|\n]*)+$")  # 'Ref | Action | Lead officer | Target date | RAG'
BARE_TABLE_ROWS = 3  # lines in a row with the same number of bars (two or more) before they are read as a table


def bare_pipe_rows(text: str) -> tuple[str, bool]:
    """(`text` with each run of lines whose cells are set apart by bars read as the tab-apart cells the table readers
    know, the same length; whether any was): a text copy of a table, with outer bars ('| A1 | Revise … |', as a
    Markdown table is) or without ('R1.1 | Relaunch … | Head of Service | w/c 3rd June 2024 | Amber'). A run is at
    least BARE_TABLE_ROWS lines of one kind with the same number of bars, two or more; a line or two of prose with a
    bar in it stays as it is."""
    lines = text.split("\n")
    kinds = [_bar_kind(line) for line in lines]
    out, i, found = [], 0, False
    while i < len(lines):
        j = i
        while j < len(lines) and kinds[j] is not None and kinds[j] == kinds[i]:
            j += 1
        if j - i >= BARE_TABLE_ROWS:
            out += [line.replace("|", "\t") if kinds[i][0] == "bare" else _TABLE_ROW.sub(_row, line) for line in lines[i:j]]
            found, i = True, j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out), found


def _bar_kind(line: str) -> tuple[str, int] | None:
    """('outer' or 'bare', how many bars) for a line that may be a table's row, else None."""
    bars = line.count("|")
    if bars < 2:
        return None
    if _TABLE_ROW.fullmatch(line):
        return "outer", bars
    return ("bare", bars) if _BARS.fullmatch(line) else None
