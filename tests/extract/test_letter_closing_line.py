"""A visit letter's closing line ('I am copying this letter to the Department for Education.') ends the list above it:
in a PDF whose bullets are drawn, not printed, it stood straight after the last priority action and was read as a
third one (tester helper-203, a monitoring visit letter)."""

from __future__ import annotations

import pytest

LETTER = """Ofsted
Piccadilly Gate
Store Street
Manchester
M1 2WD

4 December 2019

Jane Smith
Director of Children's Services
Sandwell Metropolitan Borough Council

Dear Jane

Monitoring visit to Sandwell children's services

This letter summarises the findings of the monitoring visit to Sandwell children's services on 12
and 13 November 2019. The inspectors were Tom Grey, Her Majesty's Inspector, and Ann Hall, Her
Majesty's Inspector.

Overview

Leaders have made some progress since the inspection.
The timeliness of assessments has improved, but the quality of analysis remains too variable.

Areas for priority action
The quality of assessments for children in need of help and protection.
The consistency of management oversight of frontline practice.
{closing}
Yours sincerely

Tom Grey
Her Majesty's Inspector
"""


@pytest.mark.parametrize(
    "closing",
    [
        "I am copying this letter to the Department for Education.",
        "I am copying this letter to the Department for Education and the local MP.",
    ],
)
def test_the_closing_line_is_no_priority_action(tmp_path, closing):
    from findings.extract.document import extract_document
    from findings.read import read_document

    path = tmp_path / "monitoring visit letter - 4 december 2019.txt"
    path.write_text(LETTER.format(closing=closing), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "The quality of assessments for children in need of help and protection.",
        "The consistency of management oversight of frontline practice.",
    ]
