"""A contact, referral and assessment letter's subject wrapped after 'within local' ('… arrangements within local' /
'authority children's services in Westmere') names the council after 'in', never a council 'local': a council as
written opens with a capital (black-box tester bb316 council-local)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

LETTER = """9 July 2010
{subject}
This letter summarises the findings of the unannounced inspection of contact, referral and assessment
arrangements within local authority children's services in Westmere, which was conducted on 15 and 16 June
2010.
Areas for development
1. Improve the quality of information shared by the police at the point of referral.
Yours sincerely
Ruth Lane
Her Majesty's Inspector
"""

START = "Annual unannounced inspection of contact, referral and assessment arrangements"


@pytest.mark.parametrize(
    "subject",
    [
        f"{START} within local\nauthority children's services in Westmere",
        f"{START} within\nlocal authority children's services in Westmere",
        f"{START} within local authority\nchildren's services in Westmere",
    ],
    ids=["after-local", "after-within", "after-authority"],
)
def test_the_council_is_the_one_after_in_whatever_the_wrap(tmp_path, subject):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER.format(subject=subject), encoding="utf-8")
    (inspection,) = extract_document(read_document(path, path.name)).assessments.values()
    assert (inspection.key, inspection.org.name) == ("westmere/ofsted-cra-2010-06-16", "Westmere")
