"""A 2012–13 child protection report's judgement table under a heading row 'Overall effectiveness', its first row the
label 'The overall effectiveness of the arrangements to protect children' and the grade cell, no verb between
(tester bb307's cp-overall): the overall grade is read from that row, with the three sub-judgements below it (it had
been lost: the row was neither a table's start nor a sentence saying the grade)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf


def _pages(row: list[str], grade: str) -> list[list[str]]:
    return [
        [
            "Inspection of local authority arrangements for the",
            "protection of children",
            "Exampleton",
            "Inspection dates: 8 - 19 April 2013",
            "Report published: 24 May 2013",
            "Inspection judgements",
            "Overall effectiveness",
            *row,
            "The effectiveness of the help and protection provided to children, young people, families and",
            "carers",
            "Good",
            "The quality of practice Adequate",
            "Leadership and governance Inadequate",
            "Areas for improvement",
            "Within six months:",
            "1. Ensure that core groups meet within ten working days of each conference.",
        ]
    ]


@pytest.mark.parametrize(
    "row, grade",
    [
        (["The overall effectiveness of the arrangements to protect children Inadequate"], "Inadequate"),
        (["The overall effectiveness of the arrangements to protect children", "Good"], "Good"),
    ],
)
def test_the_overall_row_without_a_verb_is_read(tmp_path, row, grade):
    path = tmp_path / "exampleton-cp.pdf"
    path.write_bytes(make_pdf(_pages(row, grade)))
    doc = read_document(path, path.name)
    judged = extract_document(doc).judgements
    assert [(j.area, j.grade) for j in judged] == [
        ("Overall effectiveness", grade),
        ("The effectiveness of the help and protection provided to children, young people, families and carers", "Good"),
        ("The quality of practice", "Adequate"),
        ("Leadership and governance", "Inadequate"),
    ]
    overall = judged[0]
    assert [" ".join(doc.text[s.start : s.end].split()) for s in overall.spans] == [" ".join(row)]
