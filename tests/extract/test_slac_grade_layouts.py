"""Other layouts of a 2009–12 safeguarding and looked after children report's grades (helper-338, after tester
helper-335): a section's table whose grade cell stands on the line under the judgement's name ('Overall effectiveness'
/ 'Outstanding'), read for 'Capacity for improvement' but not for overall effectiveness; and a label parted from its
grade by a colon ('Overall effectiveness: Grade 3 (Adequate)', 'Capacity for improvement: Good' in the Record of main
findings), read with the colon in the area's name, a second judgement beside the one the body's line gave; and the
word 'Grade' before the colon, the number and the word after it ('Overall effectiveness Grade: 4 Inadequate'), once
read with 'Grade' in the area's name (black-box tester bb383). Each is read under its name alone."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

COVER = [
    "Inspection of safeguarding and looked after children services",
    "Eastmoor",
    "Inspection dates: 7 - 18 November 2011",
    "Reporting inspector: Sam Example HMI",
    "Published: 13 January 2012",
]
SAFE, LAC = "Safeguarding services", "Services for looked after children"
CELL_BELOW = [
    SAFE,
    "Overall effectiveness",
    "Outstanding",
    "Capacity for improvement",
    "Good",
    "1. Leaders know their services well.",
    LAC,
    "Overall effectiveness",
    "Adequate",
    "Capacity for improvement",
    "Adequate",
    "2. Leaders know the children in care well.",
]
COLON = [
    SAFE,
    "Overall effectiveness: Grade 3 (Adequate)",
    "Capacity for improvement: Grade 2 (Good)",
    "1. Leaders know their services well.",
    "Record of main findings",
    SAFE,
    "Overall effectiveness: Adequate",
    "Capacity for improvement: Good",
    LAC,
    "Overall effectiveness: Good",
    "Being healthy: Outstanding",
]
GRADE_COLON = [
    SAFE,
    "Overall effectiveness Grade: 4 Inadequate",
    "1. Leaders do not know their services well.",
    "Capacity for improvement Grade: 3 Adequate",
    "2. Leaders have begun to act.",
    LAC,
    "Overall effectiveness Grade: 2 Good",
    "3. Leaders know the children in care well.",
]
WANTED = {
    "cell_below": {
        (SAFE, "Overall effectiveness", "Outstanding"),
        (SAFE, "Capacity for improvement", "Good"),
        (LAC, "Overall effectiveness", "Adequate"),
        (LAC, "Capacity for improvement", "Adequate"),
    },
    "colon": {
        (SAFE, "Overall effectiveness", "Adequate"),
        (SAFE, "Capacity for improvement", "Good"),
        (LAC, "Overall effectiveness", "Good"),
        (LAC, "Being healthy", "Outstanding"),
    },
    "grade_colon": {
        (SAFE, "Overall effectiveness", "Inadequate"),
        (SAFE, "Capacity for improvement", "Adequate"),
        (LAC, "Overall effectiveness", "Good"),
    },
}


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
@pytest.mark.parametrize(("layout", "body"), [("cell_below", CELL_BELOW), ("colon", COLON), ("grade_colon", GRADE_COLON)])
def test_each_grade_once_under_its_name(tmp_path, suffix, layout, body):
    path = tmp_path / f"eastmoor-slac-2011{suffix}"
    if suffix == ".pdf":
        path.write_bytes(make_pdf([[*COVER, *body[:4]], body[4:]]))
    else:
        path.write_text("\n".join([*COVER, *body]) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    judgements = extract_document(doc).judgements
    assert {(j.scope, j.area, j.grade) for j in judgements} == WANTED[layout]
    assert len(judgements) == len(WANTED[layout])
    for j in judgements:  # each quote holds the area's words and its grade's
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in j.spans)
        assert j.area in quoted


UNSECTIONED_RECORD = [  # a text copy's record that lost its sections' headings (tester helper-335, r1)
    SAFE,
    "Overall effectiveness",
    "Grade 3 (Adequate)",
    "1. Leaders know their services well.",
    "Quality of provision",
    "Grade 3 (Adequate)",
    LAC,
    "Overall effectiveness",
    "Grade 2 (Good)",
    "2. Leaders know the children in care well.",
    "Being healthy",
    "Grade 2 (Good)",
    "Record of main findings",
    "Overall effectiveness\tAdequate",
    "Quality of provision\tAdequate",
    "Overall effectiveness\tGood",
    "Being healthy\tGood",
]


def test_a_record_without_its_sections_grades_no_area_of_the_last_section(tmp_path):
    path = tmp_path / "eastmoor-slac-2011.txt"
    path.write_text("\n".join([*COVER, *UNSECTIONED_RECORD]) + "\n", encoding="utf-8")
    judgements = extract_document(read_document(path, path.name)).judgements
    assert {(j.scope, j.area, j.grade) for j in judgements} == {
        (SAFE, "Overall effectiveness", "Adequate"),
        (SAFE, "Quality of provision", "Adequate"),
        (LAC, "Overall effectiveness", "Good"),
        (LAC, "Being healthy", "Good"),
    }
