"""A report whose title names its council short ('Windsor Council', 'Kingston Council') is about the registered
authority its text names in full, when that name opens with the short one ('the Royal Borough of Windsor and
Maidenhead'): one council across the years, not a new one (tester helper-275: 'Kingston Council' made a council
'Kingston' apart from Kingston upon Thames, and no recurrence was looked for)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.link.test_recurrence import REPORT


def _council(tmp_path, title: str, body_name: str) -> tuple[str, str, str | None]:
    text = REPORT.read_text(encoding="utf-8").replace("Riverton", title, 1)  # the masthead: '<Name> Council'
    text = text.replace(
        "Inspection of Riverton local authority children's services", "Inspection of children's social care services"
    )
    text = text.replace("Riverton", body_name[:1].upper() + body_name[1:])  # the text: its full name
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    (assessment,) = extract_document(read_document(path, path.name)).assessments.values()
    return assessment.key, assessment.org.name, assessment.org.code


@pytest.mark.parametrize(
    "title,body,key",
    [
        ("Windsor Council", "the Royal Borough of Windsor and Maidenhead", "windsor-and-maidenhead/ofsted-2025"),
        ("Kingston Council", "the Royal Borough of Kingston upon Thames", "kingston-upon-thames/ofsted-2025"),
        ("Richmond Council", "the London Borough of Richmond upon Thames", "richmond-upon-thames/ofsted-2025"),
    ],
)
def test_the_short_name_is_the_registered_council_the_text_names_in_full(tmp_path, title, body, key):
    found, _, code = _council(tmp_path, title, body)
    assert found == key and code is not None


def test_a_full_name_that_does_not_open_with_the_short_one_is_another_council(tmp_path):
    found, name, code = _council(tmp_path, "Kingston Council", "the Royal Borough of Windsor and Maidenhead")
    assert (found, code) == ("kingston/ofsted-2025", None)  # a full name it does not open: not that council
