"""A 2009–13 report's list without bullet glyphs whose items open in lower case with their verb (black-box tester
helper-359): an item that ends without a stop on a word that may be a verb's subject ('… include health
professionals') ends there when the next line opens with the list's verb ('ensure that …', 'improve the …'), unless
the item is in a clause still waiting for its verb ('… so that the chairs and practitioners' / 'improve their …');
and a line naming another body that should act ('NHS Anytown should ensure …') opens an item of its own however full
the line before it."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

CP = [
    "Inspection of local authority arrangements for the protection of children",
    "",
    "Ashcombe Council",
    "",
    "Inspection dates: 14 – 25 January 2013",
    "Lead inspector: Sam Example HMI",
    "Date of publication: 1 March 2013",
    "",
    "Overall effectiveness",
    "",
    "1. The effectiveness of the arrangements to protect children is adequate.",
    "",
    "Areas for improvement",
    "",
    "2. In order to improve the arrangements for the protection of children in Ashcombe, the local authority and its"
    " partners should take the following action.",
    "",
    "Within three months:",
    "",
]
SLAC = [
    "Inspection of safeguarding and looked after children services",
    "",
    "Ashcombe",
    "",
    "Inspection dates: 5 to 16 December 2011",
    "",
    "Published: 3 February 2012",
    "",
    "Services for looked after children",
    "",
    "Overall effectiveness",
    "",
    "Grade 3 (adequate)",
    "",
    "1. Services for looked after children are adequate.",
    "",
    "Areas for improvement",
    "",
    "2. In order to improve the quality of provision and services for looked after children and care leavers in"
    " Ashcombe, the local authority and its partners should take the following action.",
    "",
    "Within three months:",
    "",
]
FIRST = "ensure that all strategy discussions are recorded and include health professionals"
CASES = {
    "ensure": (CP, [FIRST, "ensure that child protection plans are outcome focused."]),
    "improve": (CP, [FIRST, "improve the quality of child protection plans so that they are outcome focused."]),
    "indented": (CP, [f" {FIRST}", " improve the quality of child protection plans so that they are outcome focused."]),
    "addressee": (
        SLAC,
        [
            "ensure that all looked after children have a permanence plan by their second review",
            "ensure that the independent reviewing officer service has sufficient capacity to challenge drift in care plans",
            "NHS Ashcombe should ensure that initial health assessments are completed within 28 days",
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_line_opening_with_the_lists_verb_or_an_addressee_is_an_item(tmp_path, case):
    cover, items = CASES[case]
    path = tmp_path / "ashcombe.txt"
    path.write_text("\n".join([*cover, *items, "", "Record of main findings", ""]), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [item.strip() for item in items], case
    for rec in recs:  # the items' own characters
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans) == rec.text


def test_a_subject_waiting_for_its_verb_holds_the_item_on(tmp_path):
    items = [
        "strengthen the audit of case files so that the independent chairs of conferences and practitioners",
        "improve their oversight of plans that drift",
        "ensure that child protection plans are outcome focused.",
    ]
    path = tmp_path / "ashcombe.txt"
    path.write_text("\n".join([*CP, *items, "", "Record of main findings", ""]), encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [r.text for r in recs] == [f"{items[0]} {items[1]}", items[2]]
