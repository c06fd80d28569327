"""A judgement table printed without its header row (a browser's copy of a SIF report: each row an area and its
grade, straight above the overall grade's own line) gives every row's judgement, not the overall grade alone; one
graded line above the overall line is no table."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Bramley Vale Council",
    "Inspection of services for children in need of help and protection, children looked after and care leavers",
    "Inspection date: 6 March 2017 - 30 March 2017",
    "Report published: 9 May 2017",
]
ROWS = [
    "Children who need help and protection Good",
    "Children looked after and achieving permanence Inadequate",
    "Adoption performance Requires improvement",
    "Experiences and progress of care leavers Inadequate",
    "Leadership, management and governance Inadequate",
]
AFTER = [
    "Overall effectiveness: Inadequate",
    "Inspectors read case records and met social workers, managers and children during the inspection.",
    "Recommendations",
    "1. Improve the quality of plans for children in care.",
]


def _grades(tmp_path, lines: list[str]) -> tuple:
    path = tmp_path / "bramley-vale-2017.pdf"
    path.write_bytes(make_pdf([lines]))
    doc = read_document(path, path.name)
    out = extract_document(doc)
    for j in out.judgements:  # each judgement points at its row's very characters
        assert all(doc.text[s.start : s.end].strip() == doc.text[s.start : s.end] for s in j.spans)
    return doc, {(j.key, j.grade) for j in out.judgements}, out


def test_each_row_of_a_table_without_header_is_a_judgement(tmp_path):
    doc, grades, out = _grades(tmp_path, [*TITLE, *ROWS, *AFTER])
    assert grades == {
        ("help_and_protection", "Good"),
        ("in_care", "Inadequate"),
        ("adoption", "RequiresImprovement"),
        ("care_leavers", "Inadequate"),
        ("impact_of_leaders", "Inadequate"),
        ("overall_effectiveness", "Inadequate"),
    }
    adoption = next(j for j in out.judgements if j.key == "adoption")
    assert doc.text[adoption.spans[0].start : adoption.spans[0].end] == ROWS[2]


@pytest.mark.parametrize("above", [[ROWS[0]], []])
def test_one_graded_line_above_the_overall_line_is_no_table(tmp_path, above):
    _, grades, _ = _grades(tmp_path, [*TITLE, *above, *AFTER])
    assert grades == {("overall_effectiveness", "Inadequate")}
