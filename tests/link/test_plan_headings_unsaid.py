"""A plan whose table has a row across per recommendation ('Recommendation 2: The quality of …') over that
recommendation's actions: the rows are the plan's headings, read as such, and nothing is said of them on the build's
notes (helper-215: 'recommendation 2 restated there (its own words, no progress): not read as an update' for 2 to 6,
not 1, made a lead wonder what was lost). A paper that restates a recommendation without its actions is still said."""

from __future__ import annotations

from findings.build import build
from tests.conftest import DATA

PLAN = (
    "Telford and Wrekin Council\nChild protection improvement plan\nVersion 2 - 30 April 2013\n\nThis plan answers the "
    "Ofsted inspection of child protection that took place between 4 March and 15 March 2013.\n\n"
    "Action no\tWhat we will do\tOwner\tDue by\n"
    "Recommendation 3: Ensure that supervision of social workers is regular, reflective and recorded on the child's file.\n"
    "3.1\tAudit supervision records every quarter.\tPrincipal Social Worker\t30 June 2013\n"
    "Recommendation 4: Ensure that the performance information available to managers is accurate and used to drive "
    "improvement.\n"
    "4.1\tRebuild the performance dashboard.\tHead of Performance\t31 July 2013\n"
)


def test_a_plans_rows_across_are_its_headings_and_unsaid(tmp_path):
    report = (DATA / "other_councils" / "telford_child_protection_2013.txt").read_text(encoding="utf-8")
    (tmp_path / "report.txt").write_text(report, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    built = build([tmp_path]).extraction
    assert sorted((a.identifier, a.responds_to) for a in built.actions) == [("3.1", "3"), ("4.1", "4")]
    assert not [u for u in built.updates if u.about_kind == "recommendation"]  # no heading read as progress
    assert not any("restated" in note for note in built.notes)
