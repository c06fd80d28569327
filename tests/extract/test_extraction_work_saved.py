"""Work extraction no longer does, with the same output (issue #12): sentences found from the tokens' arrays, as spaCy's
sentencizer finds them; a judgement area's key kept for a text asked again, until the grades lexicon is loaded again;
a report's lines outside every section never matched against the older layouts' 'Area Grade 2 (good)' pattern."""

from __future__ import annotations

import random

import pytest
from spacy.attrs import SENT_START

from findings.extract import areas, section_grades
from findings.extract.lexicons import load_json
from findings.extract.pipeline import pipeline
from findings.extract.polarity import polarity_nlp
from findings.segment.lines import split_lines

TEXTS = [
    "",
    " ",
    "...",
    "Plans are clear. Visits are timely!",
    "Is the plan clear?! Yes.\n\nManagers check it .",
    "The council said “plans are clear.” Visits are timely (mostly). Next",
    "Ends with a stop.",
    "A stop . . . then words; and more: still one sentence",
    "Line one.\nLine two.\n\n\fPage two。 Third！ Fourth？",
    "1. Numbered item. 2. Another (see paragraph 4). i.e. so",
    "“Quoted.” ‘Single.’ [Bracketed.] Done",
]


def _starts(doc) -> list[int]:
    return doc.to_array([SENT_START]).tolist()


def _random_texts(count: int) -> list[str]:
    pieces = ["word", "Word", ".", "!", "?", "…", ",", ";", "(", ")", "“", "”", "'", "-", "\n", "\n\n", " ", "  ", "3", "。"]
    chance = random.Random(12)
    return ["".join(chance.choice(pieces) + chance.choice(["", " "]) for _ in range(chance.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize("text", TEXTS + _random_texts(300))
def test_the_sentences_are_the_sentencizers(text):
    nlp = polarity_nlp()
    ours = nlp.get_pipe("findings_sentences_v1")(nlp.make_doc(text))
    theirs = pipeline("sentencizer")(text)
    assert _starts(ours) == _starts(theirs)
    assert [s.text for s in ours.sents] == [s.text for s in theirs.sents]


def test_a_token_is_a_sentence_end_exactly_when_its_lower_case_is():
    """`Sentences` tells the ends by the tokens' lower case: each end character is one character, its own lower case,
    and no other character lowers to one (lower case never shortens a token), checked over every code point."""
    import sys

    ends = polarity_nlp().get_pipe("findings_sentences_v1").punct_chars
    assert all(len(end) == 1 and end.lower() == end for end in ends)
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() in ends and c not in ends] == []


def test_a_start_set_before_is_kept_as_the_sentencizer_keeps_it():
    nlp = polarity_nlp()
    doc = nlp.make_doc("Plans are clear and visits are timely. Managers check.")
    doc[3].is_sent_start = True  # set by an earlier component
    theirs = nlp.make_doc(doc.text)
    theirs[3].is_sent_start = True
    assert _starts(nlp.get_pipe("findings_sentences_v1")(doc)) == _starts(pipeline("sentencizer").get_pipe("sentencizer")(theirs))


@pytest.mark.parametrize("setting", [(3, True), (7, False), (0, True)])
def test_the_kept_starts_are_the_docs_whatever_was_set_before(setting):
    """The sentence starts kept for the cue rules (`_Arrays.firsts`) are those the doc holds, on the quick path (no
    start set before but a new doc's first) and where an earlier component set one (a start, or a token that starts none)."""
    from findings.extract.polarity import _read_arrays

    nlp = polarity_nlp()
    doc = nlp.make_doc("Plans are clear and visits are timely. Managers check. Leaders know.")
    at, value = setting
    doc[at].is_sent_start = value
    theirs = nlp.make_doc(doc.text)
    theirs[at].is_sent_start = value
    ours = nlp.get_pipe("findings_sentences_v1")(doc)
    assert _starts(ours) == _starts(pipeline("sentencizer").get_pipe("sentencizer")(theirs))
    assert _read_arrays(ours).firsts == [i for i, start in enumerate(_starts(ours)) if start == 1]


def test_an_area_key_follows_the_grades_lexicon_loaded_again(monkeypatch):
    heading = "The experiences and progress of children in care"
    before = areas.area_key(heading)
    assert before is not None and areas.area_key(heading) == before  # kept: the same answer asked again
    real = load_json(areas.GRADES)
    first = {"progress of children": "edited_key"}  # another lexicon, its first phrase naming the heading
    edited = {**real, "areas": {**first, **{k: v for k, v in real["areas"].items() if k not in first}}}
    monkeypatch.setattr(areas, "load_json", lambda name: edited if name == areas.GRADES else load_json(name))
    assert areas.area_key(heading) == "edited_key"
    monkeypatch.setattr(areas, "load_json", load_json)
    assert areas.area_key(heading) == before


def test_the_kept_keys_are_bounded(monkeypatch):
    monkeypatch.setattr(areas, "_KEYS_KEPT", 3)
    for n in range(10):
        areas.area_key(f"heading {n}")
    assert len(areas._keys[1]) <= 3
    assert areas.area_key("Help and protection") == areas.area_key("help  and protection")


def test_lines_outside_every_section_are_not_matched_against_the_graded_line(monkeypatch):
    text = "1. Plans are clear.\nGrade 2 (Good)\nThe quality of practice is good.\n"
    lines = split_lines(text)
    asked: list[str] = []
    graded = section_grades.prefiltered_regex(section_grades.LAYOUT, "graded_line")
    monkeypatch.setattr(
        section_grades,
        "prefiltered_regex",
        lambda *key: type("Counted", (), {"match": lambda self, t: (asked.append(t), graded.match(t))[1]})(),
    )
    from findings.model import Document, Extraction

    doc = Document("a.txt", text, "0" * 64, "made up", "text/plain")
    out = Extraction(documents=[doc])
    section_grades.graded_lines(doc, lines, "key", out, None)
    assert asked == [] and out.judgements == []  # no section: no line is asked, none is a judgement
