"""The numbers Word shows before its numbered paragraphs ('3.', '2.1', 'b)'), which are in no paragraph's text.

A council's action plan numbered by Word's multi-level list ('1.' a recommendation, '1.1' its first action) would
otherwise reach the readers without a number, and no action would find its recommendation. Word counts each list
(`w:num`) level by level: a paragraph at a level adds one to that level's count and starts every deeper level again;
a level starts at its `w:start`, or at the list's `w:startOverride`; lists drawing on one definition
(`w:abstractNum`) count on from each other unless one overrides the level's start; 'isLgl' shows every level's count
as a plain number. The level's `w:lvlText` says how the number is
shown ('%1.%2' is the first level's count, a stop, the second's), each count in its level's `w:numFmt`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SHOWN = {"decimal", "decimalZero", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman"}  # formats written out


def _roman(n: int) -> str:
    """A count in Roman numerals, lower case.

    >>> _roman(14)
    'xiv'
    """
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz (the letter repeated), as Word shows it.

    >>> _letters(1), _letters(27)
    ('a', 'aa')
    """
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def shown(count: int, fmt: str) -> str:
    """One level's count as the format shows it."""
    if fmt == "decimalZero":
        return f"{count:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(count) if fmt == "lowerLetter" else _letters(count).upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(count) if fmt == "lowerRoman" else _roman(count).upper()
    return str(count)


@dataclass
class Level:
    fmt: str
    text: str  # the level's lvlText, '%1.%2'
    start: int
    abstract: str  # the list definition the list draws on: lists drawing on one count on from each other
    restarts: bool  # the list overrides this level's start: its own count begins there
    legal: bool  # 'isLgl': every level's count shown as a plain number ('1.1', not 'A.1')


@dataclass
class WordNumbers:
    """The numbering part's lists, and each list's counts so far in the document's order."""

    element: object | None  # the numbering part's <w:numbering>, or None when the file has none
    counts: dict[str, dict[int, int]] = field(default_factory=dict)  # each list definition's count per level
    _levels: dict[tuple[int, int], Level | None] = field(default_factory=dict)
    _restarted: set[tuple[int, int]] = field(default_factory=set)  # the lists whose overridden start is counted from

    def level(self, num_id: int, ilvl: int) -> Level | None:
        """The level's format, text and start ('startOverride' of the list first), or None when not defined."""
        key = (num_id, ilvl)
        if key not in self._levels:
            self._levels[key] = self._find(num_id, ilvl)
        return self._levels[key]

    def _find(self, num_id: int, ilvl: int) -> Level | None:
        if self.element is None:
            return None
        num = self.element.find(f"{_W}num[@{_W}numId='{num_id}']")
        abstract_id = num.find(f"{_W}abstractNumId") if num is not None else None
        if abstract_id is None:
            return None
        abstract = self.element.find(f"{_W}abstractNum[@{_W}abstractNumId='{abstract_id.get(_W + 'val')}']")
        lvl = abstract.find(f"{_W}lvl[@{_W}ilvl='{ilvl}']") if abstract is not None else None
        if lvl is None:
            return None
        override = num.find(f"{_W}lvlOverride[@{_W}ilvl='{ilvl}']/{_W}startOverride")
        start = override if override is not None else lvl.find(f"{_W}start")
        fmt, text = lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}lvlText")
        return Level(
            fmt.get(_W + "val") if fmt is not None else "decimal",
            text.get(_W + "val") if text is not None else "",
            _int(start.get(_W + "val")) if start is not None else 1,
            str(abstract_id.get(_W + "val")),
            override is not None,
            lvl.find(f"{_W}isLgl") is not None,
        )

    def format(self, num_id: int, ilvl: int) -> str | None:
        """The format of the list's level ('bullet', 'decimal' …), None when the file does not say."""
        level = self.level(num_id, ilvl)
        return level.fmt if level is not None else None

    def number(self, num_id: int, ilvl: int) -> str | None:
        """Count one paragraph at the list's level and give the number Word shows before it ('1.2'); None when the
        level shows no number written here (a bullet, a number in words, none)."""
        level = self.level(num_id, ilvl)
        if level is None or level.fmt not in SHOWN:
            return None
        counts = self.counts.setdefault(level.abstract, {})  # lists drawing on one definition count on together,
        if level.restarts and (num_id, ilvl) not in self._restarted:  # unless one overrides a level's start
            self._restarted.add((num_id, ilvl))
            counts.pop(ilvl, None)
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [k for k in counts if k > ilvl]:  # a deeper level starts again under each new number
            del counts[deeper]
        out = level.text
        for k in range(ilvl, -1, -1):  # '%10' is no level: Word has nine, '%1' … '%9'
            if f"%{k + 1}" in out:
                above = self.level(num_id, k)
                count = counts.get(k, above.start if above is not None else 1)
                plain = level.legal or above is None or above.fmt not in SHOWN
                out = out.replace(f"%{k + 1}", shown(count, "decimal" if plain else above.fmt))
        return out.strip() or None


def _int(value: str | None) -> int:
    try:
        return int(value or 1)
    except ValueError:
        return 1
