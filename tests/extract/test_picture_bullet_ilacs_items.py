"""An ILACS report of 2018 whose 'What needs to improve' bullets are drawn as pictures (no glyph in the text), its
items noun phrases that name an area (helper-333): an item holding a relative clause without 'that' ('The help care
leavers receive to find jobs …') names, it does not state, so it and the items after it are read, not dropped as the
report's prose; a sentence in the report's own voice after the list ('The leaving care team receives referrals …')
still ends it (a council never tuned on)."""

from __future__ import annotations

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
    "What needs to improve",
]
TIMELY = ["The timeliness of children's assessments, and their review when family", "circumstances change."]
HELP = ["The help care leavers receive to find jobs, apprenticeships and places at", "college or university."]
OVERSIGHT = ["The quality of management oversight of children subject to child protection", "plans."]
NEXT_PAGE = [
    "The experiences and progress of children who need help",
    "and protection: requires improvement to be good",
    "1. Children and families in Eastwold who need early help receive a timely service from a",
    "range of universal and targeted providers.",
]


def _recs(tmp_path, items: list[str]) -> list[str]:
    path = tmp_path / "eastwold-ilacs.pdf"
    path.write_bytes(make_pdf([[*HEAD, *items], NEXT_PAGE]))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
    return [rec.text.replace("’", "'") for rec in recs]


def _one(lines: list[str]) -> str:
    return " ".join(lines)


def test_an_item_with_a_relative_clause_and_those_after_it_are_read(tmp_path):
    assert _recs(tmp_path, [*TIMELY, *HELP, *OVERSIGHT]) == [_one(TIMELY), _one(HELP), _one(OVERSIGHT)]


def test_such_an_item_second_does_not_end_the_list(tmp_path):
    assert _recs(tmp_path, [*OVERSIGHT, *HELP, *TIMELY]) == [_one(OVERSIGHT), _one(HELP), _one(TIMELY)]


def test_a_short_item_ending_at_its_verb_is_read(tmp_path):
    short = ["The help care leavers receive."]
    assert _recs(tmp_path, [*TIMELY, *short, *OVERSIGHT]) == [_one(TIMELY), short[0], _one(OVERSIGHT)]


def test_a_statement_whose_verb_has_its_object_still_ends_the_list(tmp_path):
    prose = ["The leaving care team receives referrals promptly and personal advisers keep in touch", "with young people."]
    assert _recs(tmp_path, [*TIMELY, *OVERSIGHT, *prose]) == [_one(TIMELY), _one(OVERSIGHT)]


UNSTOPPED = [
    "The timeliness of children's assessments and their review when family",
    "circumstances change",
    "Management oversight of children subject to child protection plans",
    "The quality of pathway plans for care leavers, and their involvement in",
    "writing them",
    "The sufficiency of placements for older children",
]


def test_the_last_unstopped_item_before_a_wrapped_section_heading_is_read(tmp_path):
    """helper-333's round 3e: items without stops, the next section's heading wrapped onto two lines straight after."""
    path = tmp_path / "eastwold-ilacs.pdf"
    path.write_bytes(make_pdf([[*HEAD, *UNSTOPPED, *NEXT_PAGE]]))
    doc = read_document(path, path.name)
    recs = [rec.text.replace("’", "'") for rec in extract_document(doc).recommendations]
    assert recs == [_one(UNSTOPPED[0:2]), UNSTOPPED[2], _one(UNSTOPPED[3:5]), UNSTOPPED[5]]


GET_HAVE = [  # items whose relative clause's verb is 'get' or 'have' (or like verbs), each one sentence
    ["The support children get when they return home from care."],
    ["The help care leavers have to find suitable homes."],
    ["The range of placements children have access to."],
    ["The help each care leaver gets from a personal adviser."],
    ["The support children had after leaving care."],
    ["The direct work social workers do with children before", "they return home."],
]


def test_items_with_get_or_have_in_a_relative_clause_and_those_after_them_are_read(tmp_path):
    """The task of helper-361: each shape first, in the middle and last; none ends the list."""
    items = [line for item in GET_HAVE for line in item]
    assert _recs(tmp_path, [*items, *OVERSIGHT]) == [*(_one(item) for item in GET_HAVE), _one(OVERSIGHT)]
    assert _recs(tmp_path, [*TIMELY, *items]) == [_one(TIMELY), *(_one(item) for item in GET_HAVE)]


def test_prose_with_get_or_have_after_the_list_still_ends_it(tmp_path):
    for prose in (
        ["Leaders get regular reports on the timeliness of assessments and act on them."],
        ["Children have good relationships with their social workers, who visit them often."],
        ["The leaving care team has contact with most of the young people it works with."],
    ):
        assert _recs(tmp_path, [*TIMELY, *GET_HAVE[0], *prose]) == [_one(TIMELY), _one(GET_HAVE[0])], prose


def test_an_unstopped_list_with_get_and_have_items_is_read_whole(tmp_path):
    items = [
        "The support children get when they return home from care",
        "The help care leavers have to find suitable homes",
        "The quality of management oversight of children subject to child protection plans",
    ]
    path = tmp_path / "eastwold-ilacs.pdf"
    path.write_bytes(make_pdf([[*HEAD, *items, *NEXT_PAGE]]))
    doc = read_document(path, path.name)
    assert [rec.text for rec in extract_document(doc).recommendations] == items


def test_prose_with_an_auxiliary_after_the_list_still_ends_it(tmp_path):
    """A reviewer's finding on helper-361's relative clauses: 'has to' + a verb, 'have in place', 'have from the outset
    been' open the sentence's own verb phrase, not a relative clause's gap; the items with 'have' still read."""
    for prose in (
        ["The local authority has to improve the timeliness of its work with families."],
        ["The senior leadership team have in place a credible plan to improve services."],
        ["The council's leaders have from the outset been clear about their priorities."],
    ):
        assert _recs(tmp_path, [*TIMELY, *GET_HAVE[1], *prose]) == [_one(TIMELY), _one(GET_HAVE[1])], prose
