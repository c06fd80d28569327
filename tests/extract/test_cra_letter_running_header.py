"""A contact, referral and assessment letter given as a text copy (tester bb294, cra-header-as-rec): the head of its
second page ('Annual unannounced inspection of contact, referral and assessment: Anyshire   2', the subject shortened,
the council and the page's number) fell inside the last list and was read as one more area for development. The
kind's 'running_header' (extract/visit_letter_layout.json) makes it page furniture, with its number or at a page's top."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

LETTER = """4 February 2010

Ms C Director
Director of Children's Services
Anyshire County Council

Dear Ms Director
{subject}

This letter summarises the findings of the unannounced inspection of contact, referral and
assessment arrangements within local authority children's services in Anyshire which was
conducted on 12 and 13 January 2010.

Areas for priority action
None.

Areas for development
{indent}Make sure that every contact is screened by a qualified social worker on the day
{indent}it arrives.
{indent}Record the reasons for each decision to take no further action.
{break}{header}

Any areas for development identified during this inspection will be considered as part of the
next annual unannounced inspection.

Yours sincerely

Sam Inspector
Divisional Manager
{foot}"""

SUBJECT = (  # one line, as the letter's subject
    "Annual unannounced inspection of contact, referral and assessment arrangements within local authority children's"
    " services in Anyshire"
)
FOOT = "\n\nOfsted, Any Street, Anytown AN1 1AA www.ofsted.gov.uk   Page {n} of 2\n"
HEAD = "Annual unannounced inspection of contact, referral and assessment: Anyshire"
ASKS = [
    "Make sure that every contact is screened by a qualified social worker on the day it arrives.",
    "Record the reasons for each decision to take no further action.",
]


@pytest.mark.parametrize(
    ("indent", "brk", "header"),
    [
        ("    ", FOOT.format(n=1) + "\f", HEAD + " " * 23 + "2"),  # pdftotext -layout: the number at the header's end
        ("", FOOT.format(n=1) + "\f", HEAD + "\n2"),  # raw pdftotext: the number a line of its own under it
        ("", "\n\n", HEAD + "  2"),  # a copy with no page breaks: the number tells it
    ],
)
def test_a_letters_running_header_is_no_area_for_development(tmp_path, indent, brk, header):
    path = tmp_path / "letter.txt"
    foot = FOOT.format(n=2) if "\f" in brk else ""  # a paged copy's foot on both its pages
    text = LETTER.format(subject=SUBJECT, indent=indent, **{"break": brk}, header=header, foot=foot)
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [" ".join(r.text.split()) for r in recs] == ASKS
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
