"""Judgements in the forms older reports and other file formats print them: a web page's two-column judgement table
(a cell a line), the child protection and looked after children reports' overall sentence, 'Judgement: Adequate'
under a section's heading, and a SLAC section's 'Overall effectiveness: adequate' lines; each quoting its words exactly."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

FORMS = DATA / "older_forms"


def _read(name: str):
    doc = read_document(FORMS / name, name)
    return doc, extract_document(doc)


def _quoted(doc, judgement) -> str:
    return " ".join(" ".join(doc.text[s.start : s.end] for s in judgement.spans).split())


def test_a_web_pages_two_column_judgement_table_is_read_row_by_row():
    doc, part = _read("lincolnshire_ilacs_2019.html")
    got = {(j.area, j.grade) for j in part.judgements}
    assert got == {
        ("The impact of leaders on social work practice with children and families", "Good"),
        ("The experiences and progress of children who need help and protection", "RequiresImprovement"),
        ("The experiences and progress of children in care and care leavers", "Good"),
        ("Overall effectiveness", "Good"),
    }
    for j in part.judgements:  # the area's cell and the grade's cell, nothing between
        quoted = _quoted(doc, j)
        assert quoted.startswith(j.area) and quoted.removeprefix(j.area).strip() in ("Good", "Requires improvement to be good")
    assert len(part.recommendations) == 4
