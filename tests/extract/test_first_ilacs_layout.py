"""A report in the first ILACS layout from a council the extractors were not tuned on: the authority on the line
above the title, grades wrapped over two lines, and a recommendation whose sub-points follow a colon."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt"


def test_the_council_resolves_to_its_ons_code_and_the_inspection_to_its_fieldwork():
    part = extract_document(read_document(REPORT, REPORT.name))
    (inspection,) = part.assessments.values()
    assert (inspection.org.key, inspection.org.code) == ("stockton-on-tees", "E06000004")
    assert (inspection.framework, str(inspection.started), str(inspection.ended)) == ("ILACS", "2018-06-04", "2018-06-15")
    assert {(j.key, j.grade) for j in part.judgements} == {
        ("impact_of_leaders", "RequiresImprovement"),
        ("help_and_protection", "RequiresImprovement"),
        ("in_care", "Good"),
        ("overall_effectiveness", "RequiresImprovement"),
    }


def test_sub_points_stay_in_their_recommendation_and_every_quote_is_exact():
    doc = read_document(REPORT, REPORT.name)
    part = extract_document(doc)
    recs = part.recommendations
    assert [r.identifier for r in recs] == ["1", "2", "3"]
    assert recs[0].text == (
        "Strengthen senior managers’ oversight and monitoring of: the quality of plans for children in "
        "need supervision, so that it is regular and reflective the timeliness of return home interviews."
    )
    assert recs[2].text.endswith("specific and updated when circumstances change.")
    for rec in recs:
        for span in rec.spans:
            assert doc.text[span.start : span.end].strip()
        assert doc.text[rec.spans[0].start :].startswith(rec.text.split()[0])
