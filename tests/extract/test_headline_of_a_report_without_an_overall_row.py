"""A report of the 2026 framework prints its four areas' rows and no overall row, then a headline (black-box tester
helper-352): 'Children's services in Exampleton are good. Support for care leavers is outstanding.' had read as one
sentence grading the whole outstanding, its span both sentences. A grade sentence never runs over a sentence's end,
and a headline under such a table grades no overall effectiveness unless it says 'overall' (report_layout.json
'overall_sentence', 'headline_not_overall'); the older frameworks' headline grades are still read."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

ROWS = [
    "Judgement Grade",
    "The impact of leaders on social work practice with",
    "children and families Good",
    "The experiences and progress of children who need",
    "help and protection Good",
    "The experiences and progress of children in care Good",
    "The experiences and progress of care leavers Outstanding",
]


def _judged(tmp_path, rows: list[str], headline: str) -> dict[str, tuple[str | None, str]]:
    lines = [
        "Inspection of Exampleton local authority",
        "children's services",
        "Inspection dates: 29 June to 10 July 2026",
        "Lead inspector: Anna Brook, His Majesty's Inspector",
        *rows,
        headline,
        "Inspectors found that practice was consistent in most teams.",
        "What needs to improve?",
        "The identification and support offered to young carers on a plan.",
    ]
    path = tmp_path / "exampleton.pdf"
    path.write_bytes(make_pdf([lines]))
    doc = read_document(path, path.name)
    judged = extract_document(doc).judgements
    return {j.key: (j.grade, " ".join(doc.text[s.start : s.end] for s in j.spans)) for j in judged}


@pytest.mark.parametrize(
    "headline",
    [
        "Children's services in Exampleton are good. Support for care leavers is outstanding.",
        "Children's services in Exampleton are good.",
    ],
)
def test_a_headline_under_a_table_without_an_overall_row_grades_no_overall(tmp_path, headline):
    judged = _judged(tmp_path, ROWS, headline)
    assert "overall_effectiveness" not in judged
    assert judged["care_leavers"][0] == "Outstanding"


def test_a_headline_that_says_overall_still_grades_it(tmp_path):
    judged = _judged(tmp_path, ROWS, "Overall, children's services in Exampleton are good.")
    grade, said = judged["overall_effectiveness"]
    assert grade == "Good" and said.startswith("Overall, children") and said.endswith("in Exampleton are good.")


def test_an_overall_row_is_read_as_before(tmp_path):
    judged = _judged(tmp_path, [*ROWS, "Overall effectiveness Requires improvement to be good"], "Leaders know their work.")
    assert judged["overall_effectiveness"][0] == "RequiresImprovement"


def test_two_sentences_on_a_line_of_the_older_frameworks_give_no_overall_of_the_second(tmp_path):
    rows = ["1. Children who need help and protection Good", "2. Children looked after and achieving permanence Good"]
    headline = "Children's services in Exampleton are good. Support for care leavers is outstanding."
    assert _judged(tmp_path, rows, headline).get("overall_effectiveness", (None,))[0] != "Outstanding"
