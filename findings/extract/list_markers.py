"""What opens an item of a list: a bullet glyph, a number ('1.', 'Recommendation 1:', 'one'), a letter or
roman numeral in order; and whether an item asks for something. The markers' patterns are data (report_layout.json)."""

from __future__ import annotations

import re

from findings.extract.lexicons import load_json, regex
from findings.segment.lines import Line
from findings.segment.lists import BULLETS

LAYOUT = "report_layout.json"
ORDINALS = "lexicons/ordinals.json"
DASHES = "-–─—−→"  # glyphs that open a sub-point but may also be a dash (or an arrow) of the prose
BULLET = re.compile(  # symbol fonts map glyphs to private use; Word's second-level bullet comes out as a letter 'o'
    rf"^\s*(?:[{re.escape(BULLETS)}]|[\ue000-\uf8ff]|o(?=\s+\S))\s*"
)
INNER_BULLET = re.compile(  # a sub-point's glyph inside the joined text; 'o' only before a word ('o f' is a split 'of')
    rf"\s(?:[{re.escape(''.join(c for c in BULLETS if c not in DASHES))}]|[\ue000-\uf8ff]|o(?=\s+[a-z]{{2}}))\s+"
)
_NUMBER = regex(LAYOUT, "item_number")  # '1.', '1)', '(1)'; '1.Ensure' where a PDF's text lost the space
_NAMED = regex(LAYOUT, "item_named")  # 'Recommendation one:': the number in words (lexicons/ordinals.json 'words')
BARE = regex(LAYOUT, "item_number_bare")  # '1 The …': a number only in order (bare_in_order)
LETTER = regex(LAYOUT, "item_letter")  # '(a)', 'b)', 'C.', '(ii)', 'iv.': an item only in order (in_order)


def asks(text: str, modal: bool = True) -> bool:
    """Does the item ask for something: an imperative verb first, or (unless `modal` is False) 'X should …'?"""
    lexicon = load_json("lexicons/imperatives.json")
    words = [w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text[:200])]
    if words and words[0] in lexicon["adverbs"]:
        words = words[1:]
    if words and (words[0] in lexicon["verbs"] or words[0].split("-")[-1] in lexicon["verbs"]):
        return True  # 'Re-establish', 'Co-ordinate': the verb after a prefix
    return modal and bool(re.search(lexicon["modal"], text[:120]))


def numbered(text: str) -> re.Match[str] | None:
    """The item's number where `text` opens with one: '1.', '(1)', 'Recommendation 1:', or in words ('Recommendation
    one:', a number word of lexicons/ordinals.json)."""
    number = _NUMBER.match(text)
    if number is None and (named := _NAMED.match(text)) and named.group("w").casefold() in load_json(ORDINALS)["words"]:
        return named
    return number


def number_value(number: re.Match[str]) -> int:
    """The number a match of `numbered` (or of a bare number) gives."""
    words = number.groupdict()
    return int(words["n"]) if words.get("n") else load_json(ORDINALS)["words"][words["w"].casefold()]


def without_number(text: str) -> str:
    number = numbered(text) or BARE.match(text)
    return text[number.end() :] if number else text


def opens(line: Line) -> re.Match[str] | None:
    return BULLET.match(line.text) or numbered(line.text) or LETTER.match(line.text)


def enumerated(item: list[Line]) -> bool:
    """Does the item open with a number or a letter ('3.', '(c)'), not a bullet? Its further sentences are its own."""
    return bool(numbered(item[0].text) or LETTER.match(item[0].text))


def in_order(opener: re.Match[str], last: re.Match[str] | None) -> bool:
    """Does a letter or roman numeral open an item here: the list's first lettered item is '(a)', 'i.' or 'A.' (any
    case, any brackets), each next one the letter or numeral after the last item's, marked alike ('(b)' after '(a)',
    'iv.' after 'iii.')? A letter out of order ('(c)' after '(a)', 'I.' opening a sentence) opens nothing."""
    this = opener.group("l")
    if last is None:
        return this in ("a", "i", "A", "I")
    before = last.group("l")
    if marker_form(opener) != marker_form(last) or this.islower() != before.islower():
        return False
    if len(this) == 1 and len(before) == 1 and ord(this) == ord(before) + 1:
        return True
    return _roman(before) is not None and _roman(this) == _roman(before) + 1


def marker_form(marker: re.Match[str]) -> tuple[bool, str]:
    """How a number or letter is marked: in brackets or not, and the character closing it ('.', ')'; none where the
    number itself ends the marker: 'Recommendation 3', 'R3', 'Recommendation three')."""
    closing = marker.group().strip()[-1:]
    return bool(marker.groupdict().get("open")), "" if closing.isalnum() else closing


def _roman(numeral: str) -> int | None:
    """The value of a roman numeral up to 'xx' (None if the letters are none)."""
    values = {"i": 1, "v": 5, "x": 10}
    folded = numeral.casefold()
    if not folded or any(c not in values for c in folded):
        return None
    total = 0
    for n, c in enumerate(folded):
        value = values[c]
        total += -value if n + 1 < len(folded) and values[folded[n + 1]] > value else value
    return total
