"""A visit letter's subject line names the council as its letters do: by the trust that runs its children's services
('Monitoring visit of Wexmoor Children's Services Trust', 'Children First Wexmoor'), or in full with 'the' ('… to the
London Borough of Wexmoor children's services'): each is the letter of council Wexmoor, its inspection and areas for
improvement read, for every kind of letter (black-box tester helper-346: a trust's monitoring letter was left out
whole)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

LETTER = """5 January 2027

Ms Ann Roe
Chief Executive
Wexmoor Children’s Services Trust
1 High Street
Wexmoor

Dear Ms Roe

{kind} visit {to} {council}

This letter summarises the findings of the {lower} visit to Wexmoor children’s services on 30 November and 1 December
2026. The inspectors were Jane Doe HMI and Ann Poe HMI.

Areas for improvement

1. Ensure that all privately fostered children are visited within statutory timescales and that their arrangements are assessed.
2. Reduce the number of changes of social worker experienced by children in care.

Yours sincerely

Jane Doe
Her Majesty’s Inspector
"""

SUBJECTS = [
    ("of", "Wexmoor Children’s Services Trust"),
    ("of", "Wexmoor Children’s Trust"),
    ("of", "Children First Wexmoor"),
    ("of", "Wexmoor Children First"),
    ("to", "the London Borough of Wexmoor children’s services"),
    ("to", "The Royal Borough of Wexmoor children’s services"),
    ("to", "Wexmoor City Council’s children’s services"),
    ("to", "Wexmoor Metropolitan Borough Council’s children’s services"),
]


@pytest.mark.parametrize("kind", ["Focused", "Monitoring", "Assurance"])
@pytest.mark.parametrize(("to", "council"), SUBJECTS)
def test_a_letter_naming_its_council_by_its_trust_or_in_full_is_read(tmp_path, kind, to, council):
    path = tmp_path / "visit letter.txt"
    path.write_text(LETTER.format(kind=kind, lower=kind.lower(), to=to, council=council), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert doc.kinds == ["visit letter"]
    key = f"wexmoor/ofsted-{kind.lower()}-visit-2026-12-01"
    assert list(part.assessments) == [key]
    assert part.assessments[key].org.key == "wexmoor"
    assert [r.identifier for r in part.recommendations if r.assessment == key] == ["1", "2"]
    (subject, *_) = part.assessments[key].spans
    assert doc.text[subject.start : subject.end] == f"{kind} visit {to} {council}"


JTAI = """5 January 2027

Dear Ms Roe

Joint targeted area inspection of the multi-agency response to children’s mental health in {council}

This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to
children’s mental health in Wexmoor. This inspection took place from 30 November to 4 December 2026.

Yours sincerely

Jane Doe
Her Majesty’s Inspector
"""


@pytest.mark.parametrize(
    "council", ["Wexmoor Children’s Trust", "Children First Wexmoor", "the London Borough of Wexmoor", "Wexmoor City Council"]
)
def test_a_jtai_letter_naming_its_council_so_is_of_that_council(tmp_path, council):
    path = tmp_path / "jtai letter.txt"
    path.write_text(JTAI.format(council=council), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert {a.org.key for a in part.assessments.values()} == {"wexmoor"}
