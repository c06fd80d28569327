"""A report (or a council's copy of one) that prints its overall grade on a line or in a sentence of its own, with no
judgement table, and each judgement as a section heading with its grade ('The experiences and progress of children
in care: good'): the overall grade is read, and so is every section's. The section heading of the leaders' judgement
had been taken for the table's first row, below the overall line, which was then never read; and the overall grade
written 'Overall effectiveness Good' (a single space) or 'The overall effectiveness of children's services in X is
inadequate' was not read at all; nor the label and the sentence on one line ('Overall effectiveness: Children's
services in X are inadequate.', a council web page's copy of a SIF report)."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

ILACS = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"
SECTIONS = {"help_and_protection": "RequiresImprovement", "in_care": "Good", "impact_of_leaders": "RequiresImprovement"}


@pytest.mark.parametrize(
    "overall,grade",
    [
        ("Overall effectiveness: Requires improvement to be good", "RequiresImprovement"),
        ("Overall effectiveness\tInadequate", "Inadequate"),
        ("Overall effectiveness Good", "Good"),
        ("OVERALL EFFECTIVENESS: OUTSTANDING", "Outstanding"),
        ("The overall effectiveness of children's services in Northwick is inadequate.", "Inadequate"),
        ("The overall effectiveness of services for children and young people is good.", "Good"),
        ("Overall effectiveness: Children's services in Northwick are inadequate.", "Inadequate"),  # bb314 web-copy-with-intro
        ("Overall effectiveness – Children's services in Northwick are good.", "Good"),
    ],
)
def test_the_overall_grade_on_its_own_and_each_sections_grade_are_read(tmp_path, overall, grade):
    text = ILACS.read_text(encoding="utf-8")
    table = text[text.index("Judgement\tGrade") : text.index("Children's services in Torbay have improved")]
    doc, part = _variant(tmp_path, ILACS.name, text.replace(table, overall + "\n\n"))
    grades = {j.key: j.grade for j in part.judgements}
    assert grades.get("overall_effectiveness") == grade
    assert {k: grades.get(k) for k in SECTIONS} == SECTIONS
    (judged,) = [j for j in part.judgements if j.key == "overall_effectiveness"]
    assert [doc.text[s.start : s.end] for s in judged.spans] == [overall]  # the quote is the line as printed
