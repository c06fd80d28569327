"""A progress report that names each recommendation by its subject, not its number ('2.1 Supervision and management
oversight to prevent drift and delay. … This recommendation is now complete.'): it had been read as nothing ('found
no assessment or item in it', helper-179). Each paragraph that opens with a short subject is now an update on the
recommendation of the inspection it answers whose words that subject shares, clearly more than any other's
(findings/extract/titled_progress.py, findings/link/titled.py; linking.json titled); a subject no one
recommendation shares is left out, and said."""

from __future__ import annotations

import shutil
from datetime import date

from findings.build import build
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "barnsley_style_ilacs_2023.txt"
PROGRESS = DATA / "other_councils" / "barnsley_style_progress_by_subject_2024.txt"


def _built(tmp_path, progress: str):
    shutil.copy(REPORT, tmp_path / REPORT.name)
    (tmp_path / PROGRESS.name).write_text(progress, encoding="utf-8")
    return build([tmp_path]).extraction


def test_each_paragraph_is_an_update_on_the_recommendation_its_subject_names(tmp_path):
    built = _built(tmp_path, PROGRESS.read_text(encoding="utf-8"))
    updates = [(u.about, u.as_at, u.text.split(".")[0]) for u in built.updates if u.source.startswith("titled-")]
    assert updates == [
        ("1", date(2024, 10, 10), "Supervision and management oversight to prevent drift and delay"),
        ("2", date(2024, 10, 10), "Response to children who go missing"),
        ("3", date(2024, 10, 10), "Plans for disabled children"),
        ("4", date(2024, 10, 10), "Workforce stability"),
        ("5", date(2024, 10, 10), "Foster homes for older children and siblings"),
    ]
    docs = {d.sha256: d for d in built.documents}
    for update in built.updates:
        quoted = " ".join(docs[s.doc].text[s.start - docs[s.doc].offset : s.end - docs[s.doc].offset] for s in update.spans)
        assert quoted.split() == update.text.split()
    status = {(s.item.identifier, s.as_of): s.status for s in built.statuses if s.item.assessment == "barnsley/ofsted-2023"}
    assert status[("1", date(2024, 10, 10))] == "ReportedComplete"  # the council's word, not a later inspection's
    assert status[("4", date(2024, 10, 10))] == "InProgress"


def test_a_subject_no_one_recommendation_shares_is_left_out_and_said(tmp_path):
    text = PROGRESS.read_text(encoding="utf-8").replace(
        "3. Recommendation", "2.6 Youth justice partnership. The board met twice. In progress.\n\n3. Recommendation"
    )
    built = _built(tmp_path, text)
    assert [u.about for u in built.updates if u.source.startswith("titled-")] == ["1", "2", "3", "4", "5"]
    assert any("“Youth justice partnership” as the subject of a progress update" in note for note in built.notes)


def test_bulleted_subjects_in_a_scrutiny_update_are_updates_too(tmp_path):
    """'- **Private fostering:** the monthly oversight panel started in December 2022. Complete.' under a paper on the
    ILACS inspection in June and July 2022; 'Stability for 11–15 year olds' shares too few of the words of the
    recommendation on placement stability for children aged 11 to 15 to be given it, and is said to be left out."""
    for name in ("merton_style_ilacs_2022_lettered_list.html", "merton_style_scrutiny_update_bullets_2023.md"):
        shutil.copy(DATA / "other_councils" / name, tmp_path / name)
    built = build([tmp_path]).extraction
    titled = [(u.about, u.as_at, u.text.split(":")[0]) for u in built.updates if u.source.startswith("titled-")]
    assert titled == [
        ("1", date(2023, 3, 15), "Pathway plans for care leavers"),
        ("2", date(2023, 3, 15), "Health in strategy meetings"),
        ("3", date(2023, 3, 15), "Private fostering"),
    ]
    assert any("“Stability for 11–15 year olds”" in note for note in built.notes)


def test_a_paper_whose_subjects_name_no_recommendation_leaves_no_inspection_behind(tmp_path):
    """A letter of a kind no reader knows, with short numbered subjects, had been read as such a paper and left an
    inspection node with nothing in it (helper-180's JTAI letter); now it is left out with its candidates, and said.
    A call for something ('1. Improve the quality assurance …') is never read as a subject."""
    (tmp_path / "update.txt").write_text(
        "Shropshire Council\nCabinet\n10 October 2024\nUpdate following the Ofsted inspection in March 2023\n\n"
        "2.1 Youth justice partnership. The board met twice. In progress.\n"
        "2.2 Short breaks for families. Two new providers started. Complete.\n"
        "2.3 Improve the quality assurance of early help assessments across all agencies. Done.\n",
        encoding="utf-8",
    )
    built = build([tmp_path]).extraction
    assert built.assessments == {} and built.updates == []
    assert sum("as the subject of a progress update" in note for note in built.notes) == 2
    assert any("left out the inspection it names" in note for note in built.notes)
