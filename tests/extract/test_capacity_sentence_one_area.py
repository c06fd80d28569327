"""A SLAC report's 'The capacity for improvement is good.' judges the same area as its 'Capacity for improvement
Grade 2 (good)' line (black-box tester helper-359): the grades lexicon keys 'capacity for improvement', so a leading
'The' makes no area of its own (the judgement's label stays the report's wording, an altLabel of the one concept)."""

from __future__ import annotations

from findings.extract.context import slug
from findings.extract.document import extract_document
from findings.read import read_document

LINES = [
    "Inspection of safeguarding and looked after children services",
    "",
    "Tolworth Vale",
    "",
    "Inspection dates: 15 – 26 March 2010",
    "",
    "Published: 30 April 2010",
    "",
    "Safeguarding services",
    "",
    "Capacity for improvement Grade 3 (adequate)",
    "",
    "1. Leaders know what needs to be done.",
    "",
    "Services for looked after children",
    "",
    "Capacity for improvement",
    "",
    "2. The capacity for improvement is good.",
    "",
    "Record of main findings",
    "",
]


def test_a_leading_the_makes_no_area_of_its_own(tmp_path):
    path = tmp_path / "tolworth-vale-2010.txt"
    path.write_text("\n".join(LINES), encoding="utf-8")
    judgements = extract_document(read_document(path, path.name)).judgements
    found = {(j.scope, j.area, j.grade, j.key) for j in judgements}
    assert found == {
        ("Safeguarding services", "Capacity for improvement", "Adequate", "capacity_for_improvement"),
        ("Services for looked after children", "The capacity for improvement", "Good", "capacity_for_improvement"),
    }
    assert {slug(j.key or j.area) for j in judgements} == {"capacity-for-improvement"}  # one judgement-area concept


def test_a_2013_reports_capacity_to_improve_is_the_same_area(tmp_path):
    """A 2013 looked after children report's 'Capacity to improve' judges what the 2012 reports call 'Capacity for
    improvement': one area key, so an analyst compares the council's capacity across the two frameworks."""
    lines = [line.replace("Capacity for improvement Grade 3", "Capacity to improve Grade 3") for line in LINES]
    path = tmp_path / "tolworth-vale-2013.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    judgements = extract_document(read_document(path, path.name)).judgements
    assert ("Capacity to improve", "capacity_for_improvement") in {(j.area, j.key) for j in judgements}
