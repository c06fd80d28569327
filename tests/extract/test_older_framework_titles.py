"""A 2012–13 looked after or child protection report is read under every title Ofsted published it with, not one
wording only (tester bb326: 'Inspection of services for looked after children' gave an inspection with its dates and
nothing else)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_BODY = """{title}
Anyshire County Council
Inspection dates: 14 January 2013 – 25 January 2013

Report published: 1 March 2013

Summary of inspection judgements

Overall effectiveness                 Good
Capacity for improvement              Adequate

Areas for improvement

Within three months:

ensure that every child in care has an up-to-date personal education plan

Within six months:

increase the proportion of care leavers in education, employment or training
"""


@pytest.mark.parametrize(
    ("title", "framework"),
    [
        ("Inspection of looked after children services", "LAC"),
        ("Inspection of services for looked after\nchildren", "LAC"),
        ("Inspection of services for children looked after", "LAC"),
        ("Inspection of looked after children's services", "LAC"),
        ("Inspection of local authority arrangements for looked after children", "LAC"),
        ("Inspection of local authority arrangements for the\nprotection of children", "CP"),
        ("Inspection of child protection services", "CP"),
    ],
)
def test_an_older_reports_published_title_variants_are_all_read_whole(tmp_path, title, framework):
    path = tmp_path / "anyshire-2013.txt"
    path.write_text(_BODY.format(title=title), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    (inspection,) = part.assessments.values()
    assert (inspection.framework, str(inspection.issued)) == (framework, "2013-03-01")
    grades = sorted((j.area, j.grade) for j in part.judgements)
    assert grades == [("Capacity for improvement", "Adequate"), ("Overall effectiveness", "Good")]
    assert [r.text for r in part.recommendations] == [
        "ensure that every child in care has an up-to-date personal education plan",
        "increase the proportion of care leavers in education, employment or training",
    ]


def test_a_title_page_under_a_title_no_framework_knows_is_said_not_lost_silently(tmp_path):
    path = tmp_path / "anyshire-2013.txt"
    path.write_text(_BODY.format(title="3\nInspection of the council's services for children in care"), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert not part.recommendations
    (note,) = [n for n in part.notes if "title page" in n]
    assert "Inspection of the council's services for children in care Anyshire County Council" in note


def test_a_known_title_says_nothing_of_its_title(tmp_path):
    path = tmp_path / "anyshire-2013.txt"
    path.write_text(_BODY.format(title="Inspection of services for looked after children"), encoding="utf-8")
    assert not [n for n in extract_document(read_document(path, path.name)).notes if "title page" in n]
