"""A council named by its short form ('Richmond' for Richmond upon Thames) is the one registered authority whose name
opens with it, where only one does: a letter saying '… children's services in Richmond' and a report headed 'Richmond
upon Thames' assess one council; 'Kingston' (upon Thames or upon Hull) stays no council (black-box tester bb316
council-short-name)."""

from __future__ import annotations

import pytest

from findings.extract.authorities import _short_forms, resolve
from findings.extract.document import extract_document
from findings.read import read_document


@pytest.mark.parametrize(
    ("written", "key"),
    [("Richmond", "richmond-upon-thames"), ("Stockton", "stockton-on-tees"), ("Richmond upon Thames", "richmond-upon-thames")],
)
def test_a_short_form_only_one_authority_has_is_that_authority(written, key):
    org = resolve(written)
    assert org is not None and org.key == key


def test_a_short_form_two_authorities_share_is_neither():
    assert resolve("Kingston") is None
    assert resolve("Kingston upon Hull").key == "kingston-upon-hull"  # type: ignore[union-attr]


def test_short_forms_come_from_the_names_not_from_a_list():
    names = {"riverton upon avon": ("E1", "Riverton upon Avon"), "riverton upon tees": ("E2", "Riverton upon Tees")}
    names |= {"marsh on sea": ("E3", "Marsh-on-Sea"), "fenby": ("E4", "Fenby"), "fenby on the wold": ("E5", "x")}
    assert _short_forms(names, ["upon", "on"]) == {"marsh": "marsh on sea"}


LETTER = """9 July 2010
Unannounced inspection of contact, referral and assessment arrangements within local authority children's services in Richmond
This letter summarises the findings of the unannounced inspection of contact, referral and assessment
arrangements within local authority children's services in Richmond, which was conducted on 15 and 16 June
2010.
Areas for development
1. Improve the quality of information shared by the police at the point of referral.
Yours sincerely
Ruth Lane
Her Majesty's Inspector
"""


def test_a_letter_naming_the_council_short_is_the_registered_council_s(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    (inspection,) = extract_document(read_document(path, path.name)).assessments.values()
    assert (inspection.key, inspection.org.code) == ("richmond-upon-thames/ofsted-cra-2010-06-16", "E09000027")
