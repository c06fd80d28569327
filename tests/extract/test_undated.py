"""A plan or peer review that never dates its inspection is keyed 'undated', never given a made-up year."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA


def test_an_undated_table_plan_is_keyed_undated(tmp_path):
    text = (DATA / "other_councils" / "riverton_plan_table.txt").read_text(encoding="utf-8")
    undated = text.replace(
        "The inspection took place between 3 March and 14 March 2025 and the report was published on 25 April 2025.",
        "This plan answers the recent inspection of children's services.",
    )
    assert undated != text
    path = tmp_path / "plan.txt"
    path.write_text(undated, encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert part.actions, "the plan's actions are still read"
    assert {a.assessment for a in part.actions} == {"riverton/ofsted-undated"}
    assessment = part.assessments["riverton/ofsted-undated"]
    assert (assessment.ended, assessment.issued, assessment.label) == (None, None, "Ofsted (undated)")
