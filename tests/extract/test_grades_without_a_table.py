"""A later framework's report copied without its judgement table (a web page's text, tester helper-181) still grades
every area: its sections' headings carry their grades ('The experiences and progress of children in care and care
leavers: good'), and its summary says the overall one ('Inspectors judged the overall effectiveness of children's
services in Anytown to require improvement to be good.'). With the table, the table's grades stand alone."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Inspection of Rutland local authority children’s services
Inspection dates: 7 to 18 March 2022
Lead inspector: Ann Example, Her Majesty’s Inspector
{table}
Inspectors judged the overall effectiveness of children’s services in Rutland to require improvement to be good.

What needs to improve?
1. The quality of supervision, so that it is reflective and challenges drift in children’s plans.

The experiences and progress of children who need help and protection: requires improvement to be good
1. Thresholds at the front door are not consistently applied.

The experiences and progress of children in care and care leavers: good
2. Permanence planning is timely for most children.

The impact of leaders on social work practice with children and families: requires improvement to be good
3. Leaders have a clear understanding of where practice needs to improve.

Ofsted has published this report. Published: 29 April 2022
"""

TABLE = """Judgement Grade
Overall effectiveness Requires improvement to be good
The impact of leaders on social work practice with children and families Requires improvement to be good
The experiences and progress of children who need help and protection Good
The experiences and progress of children in care and care leavers Good
"""


def _grades(tmp_path, table: str) -> dict[str, tuple[str, str]]:
    path = tmp_path / "rutland-2022.txt"
    path.write_text(REPORT.format(table=table), encoding="utf-8")
    doc = read_document(path, path.name)
    out = extract_document(doc)
    for j in out.judgements:  # each quoted where it is said
        quoted = " ".join(doc.text[s.start : s.end] for s in j.spans).casefold()
        assert "good" in quoted or "improvement" in quoted
    return {j.key: (j.grade, j.scope) for j in out.judgements}


def test_headings_and_the_summary_grade_a_report_without_its_table(tmp_path):
    assert _grades(tmp_path, "") == {
        "overall_effectiveness": ("RequiresImprovement", "Judgements"),
        "help_and_protection": ("RequiresImprovement", "Judgements"),
        "in_care": ("Good", "Judgements"),
        "impact_of_leaders": ("RequiresImprovement", "Judgements"),
    }


def test_what_the_last_inspection_was_judged_is_not_this_ones_grade(tmp_path):
    """'When Ofsted last inspected, the overall effectiveness of children's services in X was judged to be inadequate.'
    before the summary's own sentence (reviewer helper-186)."""
    last = "When Ofsted last inspected in 2017, the overall effectiveness of children’s services in Rutland was judged "
    report = REPORT.replace("Inspectors judged", last + "to be inadequate.\nInspectors judged")
    path = tmp_path / "rutland-2022.txt"
    path.write_text(report.format(table=""), encoding="utf-8")
    judged = {j.key: j.grade for j in extract_document(read_document(path, path.name)).judgements}
    assert judged["overall_effectiveness"] == "RequiresImprovement"


def test_the_tables_grades_stand_alone_where_it_prints_one(tmp_path):
    """The table grades help and protection good: a heading further on does not add a second judgement of it."""
    got = _grades(tmp_path, TABLE)
    assert got["help_and_protection"] == ("Good", "Judgements") and len(got) == 4
