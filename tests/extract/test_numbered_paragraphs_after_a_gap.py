"""A report whose paragraph numbers jump (an abridged copy, one pasted in parts: the recommendation numbered 1, the
judgement's paragraphs 20 and 21) still has its findings: the numbering resumes where the next numbered line goes on
from the jump (tester helper-243), so a gap loses no paragraph after it. A number alone out of order (a list's, a
figure's) opens no paragraph: it stays a line of the paragraph it stands in."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

SIF = """Northwick County Council

Inspection of services for children in need of help and protection, children looked after and care leavers

and

Review of the effectiveness of the Local Safeguarding Children Board

Inspection date: 11 April 2016 – 5 May 2016
Report published: 24 June 2016

The overall judgement is that children's services are good

What does the local authority need to improve?

Areas for improvement

1. Ensure that return home interviews are offered to every child who goes missing.

Inspection judgements about the local authority

The experiences and progress of children who need help and protection

Good

{first}. Strategy discussions are now held promptly, and this is a strength.

{second}. Too many assessments are late and do not analyse the risks to children.
"""


def _findings(tmp_path, first: int, second: int) -> dict[str, int]:
    path = tmp_path / "northwick-sif-2016.txt"
    path.write_text(SIF.format(first=first, second=second), encoding="utf-8")
    doc = read_document(path, path.name)
    return {f.text: f.paragraph for f in extract_document(doc).findings}


def test_findings_are_read_where_the_numbers_jump_and_go_on(tmp_path):
    assert _findings(tmp_path, 20, 21) == {
        "Strategy discussions are now held promptly, and this is a strength.": "20",
        "Too many assessments are late and do not analyse the risks to children.": "21",
    }
    assert _findings(tmp_path, 2, 3) == {  # numbered straight through, as before
        "Strategy discussions are now held promptly, and this is a strength.": "2",
        "Too many assessments are late and do not analyse the risks to children.": "3",
    }


def test_a_number_alone_out_of_order_opens_no_paragraph(tmp_path):
    found = _findings(tmp_path, 2, 40)  # '40.' neither follows 2 nor is followed by 41: no paragraph of its own
    assert "Too many assessments are late and do not analyse the risks to children." not in found
