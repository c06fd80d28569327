"""A council the register does not know gets an identity of its own, and the build says so (helper-115 #1: a paper
signed 'North Northants Council' made a council and an inspection of its own, and the real one stayed open)."""

from __future__ import annotations

import shutil

from findings.build import build
from tests.conftest import DATA


def test_an_unregistered_council_is_named_with_its_documents_and_where_to_add_it(tmp_path):
    shutil.copy(DATA / "other_councils" / "riverton_ilacs_report.md", tmp_path / "riverton-2025.md")
    shutil.copy(DATA / "other_councils" / "dudley_ilacs_report.txt", tmp_path / "dudley.txt")
    notes = [n for n in build([tmp_path]).extraction.notes if "registered" in n]
    assert notes == [
        f"{tmp_path.name}/riverton-2025.md: council 'Riverton' (riverton) is not a registered English children's "
        "services authority, so what it holds stands apart from every registered council's; if it is another name "
        "of a registered council, add it to that council's aliases in extract/lexicons/authorities.json"
    ]


def test_a_paper_signed_with_a_councils_short_name_answers_its_registered_inspection(tmp_path):
    report = (DATA / "other_councils" / "riverton_ilacs_report.md").read_text(encoding="utf-8")
    (tmp_path / "report.md").write_text(report.replace("Riverton", "North Northamptonshire"), encoding="utf-8")
    (tmp_path / "update.txt").write_text(
        "North Northants Council\n\nOfsted action plan update, September 2025\n\n"
        "Progress against the recommendations of the Ofsted inspection of March 2025.\n\n"
        "Recommendation 2: The quality and consistency of pathway plans for care leavers.\n\n"
        "All pathway plans have been reviewed. This action is complete.\n",
        encoding="utf-8",
    )
    out = build([tmp_path]).extraction
    assert {a.org.key for a in out.assessments.values()} == {"north-northamptonshire"}
    assert [(u.assessment, u.about) for u in out.updates] == [("north-northamptonshire/ofsted-2025", "2")]
    assert not [n for n in out.notes if "registered" in n]
