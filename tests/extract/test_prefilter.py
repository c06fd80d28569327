"""Patterns searched for only where a piece of plain text every match holds stands (findings.extract.prefilter): the
same matches as the patterns searched everywhere, in every text, ASCII or not."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract.lexicons import load_json, prefiltered, prefiltered_regex, regex, regexes
from findings.extract.prefilter import _FOLDS_TO_ASCII, Prefiltered, pieces

PATTERNS = [
    r"(?i)\bsince the (?:last|previous) (?:full )?(?:inspection|ILACS)",
    r"(?i)\bremains? an area (?:for|of) (?:improvement|development)",
    r"Safeguarding Children Board|\bLSCB\b",
    r"(?i)(?<!deputy )(?:Lead|Reporting) inspector:?[ \t]+(?P<name>[^\n,]+?)(?:,|[ \t]+HMI\b|[ \t]*\n)",
    r"(?i)(?:ab)+c|x(?:yz)?",
    r"(?i)stra(?:ſ|s)e",  # a letter outside ASCII in the pattern: no piece is read across it
    r"[a-z]+\d",  # no literal text at all: always searched
    r"(?x) k e l v i n",
]


def test_pieces_are_what_every_match_must_hold():
    assert pieces(re.compile(PATTERNS[0]))[0] == ("since the ",)
    assert (" an area ",) in pieces(re.compile(PATTERNS[1]))
    assert pieces(re.compile(PATTERNS[2])) == (("lscb", "safeguarding children board"),)
    assert pieces(re.compile(PATTERNS[4])) == (("ab", "x"),)
    assert pieces(re.compile(PATTERNS[6])) == ()
    assert pieces(re.compile(PATTERNS[7])) == (("kelvin",),)


def test_no_letter_outside_ascii_is_left_out_of_the_case_blind_folds():
    """Every character outside ASCII that a case-blind pattern matches to an ASCII character is one the prefilter
    refuses to judge by lower case (over all of Unicode: 'ſ', the Kelvin sign, 'İ', 'ı')."""
    ascii_class = re.compile(r"(?i)[\x00-\x7f]")
    folds = [chr(c) for c in range(0x80, 0x110000) if ascii_class.match(chr(c))]
    assert folds and all(_FOLDS_TO_ASCII.match(c) for c in folds)


TEXTS = [
    "This was identified at the last inspection. Since the last ILACS, plans improved.",
    "SINCE THE PREVIOUS FULL INSPECTION the council has …",  # not ASCII: lower case still tells
    "ſince the laſt inſpection",  # 'ſ' matches 's' without case: searched in full
    "The LSCB is good.",
    "Lead Inspector: A Name HMI\n",
    "It remains an area for development.",
    "The KELVIN scale",  # the Kelvin sign, matched by 'k' without case
    "xyzzy abababc",
    "strasse straſe",
    "nothing to see here",
]


def _naive(patterns: list[re.Pattern[str]], text: str) -> tuple[int, int] | None:
    match = next((m for p in patterns if (m := p.search(text))), None)
    return match.span() if match else None


def test_the_same_matches_as_the_patterns_alone():
    compiled = [re.compile(p) for p in PATTERNS]
    filtered = Prefiltered(compiled)
    for text in TEXTS:
        for n in range(len(compiled)):
            alone = Prefiltered(compiled[n : n + 1])
            found = alone.search(text)
            assert (found.span() if found else None) == _naive(compiled[n : n + 1], text), (PATTERNS[n], text)
        found = filtered.search(text)
        assert (found.span() if found else None) == _naive(compiled, text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("sinceTHElastpvoufdkbLSCBIN ſKİı\n,:")), max_size=60))
def test_random_texts_match_as_the_patterns_alone(text):
    compiled = [re.compile(p) for p in PATTERNS]
    for n in range(len(compiled)):
        found = Prefiltered(compiled[n : n + 1]).search(text)
        assert (found.span() if found else None) == _naive(compiled[n : n + 1], text), (PATTERNS[n], text)


def test_the_lexicons_patterns_find_what_they_found():
    """The linking lexicon's 'previous_inspection' patterns, as a finding's `about_last` asks them."""
    patterns = regexes("lexicons/linking.json", "previous_inspection")
    samples = [*TEXTS, *load_json("lexicons/linking.json").get("read_with_sentence_before", [])]
    samples += ["This was also a weakness at the previous inspection in 2018.", "Practice is strong since the last inspection"]
    for text in samples:
        found = prefiltered("lexicons/linking.json", "previous_inspection").search(text)
        assert (found.span() if found else None) == _naive(patterns, text), text


def test_a_reports_whole_text_patterns_find_what_they_found():
    """The layout's patterns asked of every line or a report's whole text (a graded line, the board's words, the lead
    inspector anywhere), matched or searched only where their words stand: the same matches as the patterns alone."""
    lines = [
        "Overall effectiveness Grade 3 (Adequate)",
        "Safeguarding services   Grade 2 (good) ",
        "The grade was 3 (adequate) last time",
        "Leadership and management GRADE 2 (Good)",
        "Lead inspector: Jane Smith HMI\n",
        "Reporting Inspector: John Doe, HMI",
        "Deputy lead inspector: Not This One\n",
        "The Local Safeguarding Children Board (LSCB) is good",
        "The lscb’s chair",
        "nothing here",
        "Grade 4 (Inadequate)",
        "Outstanding (Grade 1)  A service that significantly exceeds minimum requirements",
        "Requires improvement ( Grade 3 ) and good(grade 2)",
    ]
    texts = [*lines, "\n".join(lines), "\n".join(lines[::-1]), "Lead ınspector: ſomeone\n"]
    for key in ("graded_line", "grading_key", "board_addressee_words", "lead_inspector"):
        pattern = regex("report_layout.json", key)
        fast = prefiltered_regex("report_layout.json", key)
        assert pieces(pattern), key  # each has words to look for
        for text in texts:
            for how in ("match", "search"):
                want, got = getattr(pattern, how)(text), getattr(fast, how)(text)
                assert (got.span() if got else None) == (want.span() if want else None), (key, how, text)
                assert (got.groupdict() if got else None) == (want.groupdict() if want else None)


def test_a_paragraph_is_read_without_compiling_the_linking_patterns_again(monkeypatch):
    """'This was identified at the last inspection.' is still read with the sentence before it; the patterns it is
    asked about are made once, not again for each paragraph (1,900 paragraphs in 26 reports)."""
    from findings.extract import statements

    calls = []
    real = statements.regexes
    monkeypatch.setattr(statements, "regexes", lambda *args: calls.append(args) or real(*args))
    text = "Plans are not clear. Managers do not check them."
    assert [n for n, _ in statements._read_with_before(text, [(0, 20, "Weakness"), (21, len(text), "Weakness")])] == [1, 2]
    assert calls == []
    text = "Plans are not clear. This was also identified at the last inspection."
    read = statements._read_with_before(text, [(0, 20, "Weakness"), (21, len(text), None)])
    assert [(n, s, e) for n, (s, e, _) in read] == [(1, 0, len(text))]


class _Counting:
    """A pattern (or the `re` module) whose calls are counted."""

    def __init__(self, real, name: str) -> None:
        self.real, self.name, self.calls = real, name, 0

    def __getattr__(self, attr):
        if attr != self.name:
            return getattr(self.real, attr)
        self.calls += 1
        return getattr(self.real, attr)


def test_an_ascii_text_is_not_scanned_for_letters_a_case_blind_pattern_folds(monkeypatch):
    from findings.extract import prefilter

    folds = _Counting(prefilter._FOLDS_TO_ASCII, "search")
    monkeypatch.setattr(prefilter, "_FOLDS_TO_ASCII", folds)
    filtered = Prefiltered([re.compile(PATTERNS[0])])
    assert filtered.search("Nothing since then") is None and filtered.search("Since the last ILACS") is not None
    assert folds.calls == 0  # ASCII: `isascii` tells, no scan
    assert filtered.search("ſince the laſt inſpection") is not None and folds.calls == 1


def test_a_findings_sentence_is_cut_before_a_dangling_bracket_only_when_it_has_one(monkeypatch):
    from findings.extract import statements
    from findings.model import Document, Extraction
    from findings.segment.lines import split_lines

    text = "12. Plans are not clear and are weak. (\nRecommendation)\n13. Managers do not check plans.\n"
    doc = Document(path="t.txt", text=text, sha256="0" * 64, normalisation="", media_type="text/plain", page_starts=[0])
    counted = _Counting(statements.re, "sub")
    monkeypatch.setattr(statements, "re", counted)
    out = Extraction(documents=[doc])
    statements.add_findings(doc, split_lines(text), "k", out)
    assert [f.text for f in out.findings][:1] == ["Plans are not clear and are weak."]
    assert counted.calls == 1  # the one sentence ending in '(' only
