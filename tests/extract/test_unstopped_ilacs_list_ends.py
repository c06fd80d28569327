"""An ILACS 'What needs to improve' list of noun phrases without stops, its bullets drawn as pictures (no glyph in the
text), lost or corrupted where (helper-370): an item ends on a preposition ('The range of placements children have
access to') and was joined to the next item; the report's prose follows with no heading between ('Leaders have …') and
the last item was dropped as that paragraph's heading; a sentence of prose whose main verb comes after a relative
clause ('The support children get from their social workers is good.') was read as one more item; a list of one item
was lost; in a bulleted list without stops, the prose was glued onto the last item. An item is a noun phrase whose
verbs are inside its clauses; prose has a main verb of its own."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEAD = [
    "Eastwold Borough Council",
    "Inspection of children's social care services",
    "Inspection dates: 5 November 2018 to 16 November 2018",
    "Lead inspector: Jo Example, Her Majesty's Inspector",
    "Overall effectiveness Requires improvement to be good",
    "Leaders know the weaknesses of the service and have plans in place, but it is too early to see",
    "the impact of all of their work for children.",
]
LIST_HEADING = "What needs to improve"
SECTION = [
    "The experiences and progress of children who need help",
    "and protection: requires improvement to be good",
    "1. Children and families in Eastwold who need early help receive a timely service from a",
    "range of universal and targeted providers.",
]
TIMELY = ["The timeliness of children's assessments and their review when family", "circumstances change"]
RANGE = ["The range of placements children have access to"]
OVERSIGHT = ["The quality of management oversight of children subject to child protection plans"]
MANAGEMENT = ["Management oversight of children subject to child protection plans"]
PERMANENCE = ["The timeliness of permanence planning"]
PROSE = {
    "one line": ["Leaders have a clear understanding of the service."],
    "wrapped": [
        "Leaders have a clear understanding of the strengths and weaknesses of the service and have",
        "plans in place to improve it.",
    ],
    "late verb": ["The support children get from their social workers is good."],
    "late verb wrapped": ["The help care leavers receive from personal advisers has improved and they", "see them often."],
}


def _recs(tmp_path, lines: list[str], suffix: str, heading: str = LIST_HEADING) -> list[str]:
    path = tmp_path / f"eastwold-ilacs{suffix}"
    if suffix == ".pdf":
        path.write_bytes(make_pdf([[*HEAD, heading, *lines]]))
    else:
        path.write_text("\n".join([*HEAD, heading, *lines]) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each item points at the very characters it was read from
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
    return [rec.text.replace("’", "'") for rec in recs]


def _one(lines: list[str]) -> str:
    return " ".join(lines)


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
@pytest.mark.parametrize(
    "order",
    [[TIMELY, RANGE, OVERSIGHT], [RANGE, OVERSIGHT, TIMELY], [TIMELY, OVERSIGHT, RANGE], [TIMELY, RANGE, MANAGEMENT]],
    ids=["middle", "first", "last", "next item not 'The'"],
)
def test_an_item_ending_on_a_preposition_is_not_joined_to_the_next(tmp_path, suffix, order):
    assert _recs(tmp_path, [*(line for item in order for line in item), *SECTION], suffix) == [_one(item) for item in order]


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_line_wrapped_after_a_preposition_still_goes_on(tmp_path, suffix):
    """'… the support available to' / 'Independent …': the next line opens no item of the list's shape, so it wraps."""
    wrapped = ["The quality of the support available to", "Unaccompanied asylum-seeking children in care"]
    assert _recs(tmp_path, [*TIMELY, *wrapped, *OVERSIGHT, *SECTION], suffix) == [_one(TIMELY), _one(wrapped), _one(OVERSIGHT)]


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
@pytest.mark.parametrize("prose", sorted(PROSE))
def test_prose_straight_after_an_unstopped_list_ends_it_and_keeps_the_last_item(tmp_path, suffix, prose):
    lines = [*TIMELY, *OVERSIGHT, *PERMANENCE, *PROSE[prose], *SECTION]
    assert _recs(tmp_path, lines, suffix) == [_one(TIMELY), _one(OVERSIGHT), _one(PERMANENCE)]


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_heading_over_the_prose_is_still_no_item(tmp_path, suffix):
    lines = [*TIMELY, *OVERSIGHT, "Leadership", *PROSE["one line"], *SECTION]
    assert _recs(tmp_path, lines, suffix) == [_one(TIMELY), _one(OVERSIGHT)]


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
@pytest.mark.parametrize("prose", ["late verb", "late verb wrapped"])
def test_a_sentence_whose_main_verb_follows_a_relative_clause_is_no_item_after_a_stopped_list(tmp_path, suffix, prose):
    lines = ["The timeliness of assessments.", "The quality of plans for children in need.", *PROSE[prose], *SECTION]
    assert _recs(tmp_path, lines, suffix) == ["The timeliness of assessments.", "The quality of plans for children in need."]


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_an_item_whose_verbs_are_inside_its_clauses_is_still_an_item(tmp_path, suffix):
    helps = ["The help care leavers receive to find jobs, apprenticeships and places at", "college or university."]
    lines = ["The timeliness of assessments.", *helps, "The support children get when they return home.", *SECTION]
    assert _recs(tmp_path, lines, suffix) == [
        "The timeliness of assessments.",
        _one(helps),
        "The support children get when they return home.",
    ]


SINGLE_HEADING = "What needs to improve in this area of social work practice"
SINGLE = ["The timeliness of assessments for children in need"]


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
@pytest.mark.parametrize("after", ["section", "prose"])
def test_a_list_of_one_unstopped_item_is_kept(tmp_path, suffix, after):
    below = SECTION if after == "section" else [*PROSE["wrapped"], *SECTION]
    assert _recs(tmp_path, [*SINGLE, *below], suffix, heading=SINGLE_HEADING) == SINGLE


@pytest.mark.parametrize(("suffix", "glyph"), [(".txt", "• "), (".pdf", "- ")])
@pytest.mark.parametrize("prose", ["one line", "late verb"])
def test_prose_after_an_unstopped_bulleted_list_is_not_glued_onto_its_last_item(tmp_path, suffix, glyph, prose):
    items = [[glyph + item[0], *item[1:]] for item in (TIMELY, RANGE, OVERSIGHT)]
    lines = [*(line for item in items for line in item), *PROSE[prose], *SECTION]
    assert _recs(tmp_path, lines, suffix) == [_one(TIMELY), _one(RANGE), _one(OVERSIGHT)]
