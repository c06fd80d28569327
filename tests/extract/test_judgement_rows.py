"""A judgement table whose rows print a mark between the area and its grade ('Overall effectiveness: Inadequate',
'… care leavers – Good', a copy's '|'): the area is named without it (helper-151; it had kept the mark, 'Overall
effectiveness:'); and an overall judgement worded 'Overall judgement: Inadequate' or 'The overall judgement
for children’s services in X is inadequate' (it had been lost)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_REPORT = """Calderbridge Metropolitan Borough Council
Inspection of Calderbridge local authority children's services

Inspection dates: 27 November to 8 December 2023
Lead inspector: Joan Pike, His Majesty's Inspector

Judgement Grade
The impact of leaders on social work practice with children and families{mark} Inadequate
The experiences and progress of children who need help and protection{mark} Inadequate
The experiences and progress of children in care{mark} Requires improvement to be good
The experiences and progress of care leavers{mark} Good
Overall effectiveness{mark} Inadequate

Children's services in Calderbridge are inadequate. Leaders have not acted quickly enough.

What needs to improve?
◼ The response to children who go missing from home.

Ofsted published this report on 19 January 2024.
"""


@pytest.mark.parametrize("mark", [":", " –", " -", " |", ","])
def test_a_mark_between_area_and_grade_is_no_part_of_the_area(tmp_path, mark):
    path = tmp_path / "calderbridge-ilacs.txt"
    path.write_text(_REPORT.format(mark=mark), encoding="utf-8")
    doc = read_document(path, path.name)
    judged = {(j.area, j.grade) for j in extract_document(doc).judgements}
    assert judged == {
        ("The impact of leaders on social work practice with children and families", "Inadequate"),
        ("The experiences and progress of children who need help and protection", "Inadequate"),
        ("The experiences and progress of children in care", "RequiresImprovement"),
        ("The experiences and progress of care leavers", "Good"),
        ("Overall effectiveness", "Inadequate"),
    }


_SIF = """Calderbridge
Inspection of services for children in need of help and protection, children looked after and care leavers

Inspection date: 30 December 2014 to 22 January 2015
Report published: 3rd March 2015

{headline}
There are widespread or serious failures in the services for children who need help and protection.
The judgements on areas of the service that contribute to overall effectiveness are:
1. Children who need help and protection Inadequate
2. Children looked after and achieving permanence Requires improvement
2.1 Adoption performance Good
2.2 Experiences and progress of care leavers Requires improvement
3. Leadership, management and governance Inadequate

Executive summary
Services for children have declined since the last inspection.
"""


@pytest.mark.parametrize(
    "headline",
    [
        "Overall judgement: Inadequate",
        "Overall judgement Inadequate",
        "The overall judgement for children’s services in Calderbridge is inadequate",
        "The overall judgement of children’s services is inadequate.",
        "The overall judgement is that children’s services are inadequate",
    ],  # the wording the 26 reports print
)
def test_the_overall_judgement_worded_another_way_is_read(tmp_path, headline):
    path = tmp_path / "calderbridge-sif.txt"
    path.write_text(_SIF.format(headline=headline), encoding="utf-8")
    doc = read_document(path, path.name)
    judged = {(j.key, j.grade) for j in extract_document(doc).judgements}
    assert ("overall_effectiveness", "Inadequate") in judged and len(judged) == 6
