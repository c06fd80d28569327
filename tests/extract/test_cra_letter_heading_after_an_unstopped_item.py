"""A contact, referral and assessment letter whose bulleted items end without a full stop, one list after the other
(unseen tester helper-224, cra-heading-swallowed): the next list's heading ('Areas for priority action', a heading
the layout names) had been read as the last words of the item above it ('… on referral records Areas for priority
action'). A heading the layout lists, on a line of its own, ends the item before it whatever its punctuation."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

LETTER = """12 March 2010

Ms C Director
Director of Children's Services
Anyshire County Council

Dear Ms Director

{subject}

{summary}

{first}
{bullet}ensure that contacts are logged on the day they arrive
{bullet}improve the recording of each child's first language on contact records

{second}
{bullet}ensure that every referral is seen by a team manager within one working day

Yours sincerely

Sam Inspector
Her Majesty's Inspector
"""

SUBJECT = (  # each a line of its own, as a PDF's text gives it
    "Annual unannounced inspection of contact, referral and assessment arrangements within local authority"
    " children's services in Anyshire"
)
SUMMARY = (
    "This letter summarises the findings of the unannounced inspection of contact, referral and assessment arrangements"
    " within local authority children's services in Anyshire, which was conducted on 2 and 3 March 2010."
)
DEVELOPMENT, PRIORITY = "Areas for development", "Areas for priority action"


@pytest.mark.parametrize("bullet", ["\uf0b7 ", "\u2022 ", "- "])
@pytest.mark.parametrize(("first", "second"), [(DEVELOPMENT, PRIORITY), (PRIORITY, DEVELOPMENT)])
def test_the_next_lists_heading_is_no_part_of_the_last_item(tmp_path, bullet, first, second):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER.format(subject=SUBJECT, summary=SUMMARY, bullet=bullet, first=first, second=second), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(r.text, r.scope) for r in recs] == [
        ("ensure that contacts are logged on the day they arrive", first),
        ("improve the recording of each child's first language on contact records", first),
        ("ensure that every referral is seen by a team manager within one working day", second),
    ]
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans) == rec.text
