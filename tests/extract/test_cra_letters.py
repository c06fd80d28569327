"""The 2009–2012 letters after Ofsted's annual unannounced inspection of a council's contact, referral and assessment
arrangements: each is an inspection of its council keyed by the visit's last day, its 'Areas for priority action' and
'Areas for development' its recommendations numbered across both lists and kept apart by scope, every quote exact."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.extract.visits import letter_numbers
from findings.read import read_document
from tests.conftest import DATA

LETTERS = DATA / "visit_letters"

EXPECTED = {  # file → (key, started, ended, issued, lead inspector, recommendations as (identifier, scope, first words))
    "suffolk_cra_letter_2010.txt": (
        "suffolk/ofsted-cra-2010-01-13",
        "2010-01-12",
        "2010-01-13",
        "2010-01-22",
        "Jane Doe",
        [
            ("1", "Areas for priority action", "Ensure that all contacts and referrals"),
            ("2", "Areas for development", "Improve the recording of management decisions"),
            ("3", "Areas for development", "Ensure that initial assessments"),
        ],
    ),
    "warrington_cra_letter_2009.html": (
        "warrington/ofsted-cra-2009-08-20",
        "2009-08-19",
        "2009-08-20",
        "2009-09-09",
        "John Doe",
        [
            ("1", "Areas for priority action", "Ensure that thresholds for access"),
            ("2", "Areas for development", "Improve the quality of referral information"),
            ("3", "Areas for development", "Ensure that social workers"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_cra_letter_is_an_inspection_with_its_priority_actions_and_areas_for_development(name):
    doc = read_document(LETTERS / name, name)
    part = extract_document(doc)
    key, started, ended, issued, lead, recs = EXPECTED[name]
    assert doc.kinds == ["visit letter"]
    (inspection,) = part.assessments.values()
    got = (inspection.key, str(inspection.started), str(inspection.ended), str(inspection.issued), inspection.lead_inspector)
    assert got == (key, started, ended, issued, lead)
    assert inspection.framework == "unannounced inspection of contact, referral and assessment"
    pairs = zip(part.recommendations, recs, strict=True)
    assert [(r.identifier, r.scope, r.text[: len(first)]) for r, (_, _, first) in pairs] == recs
    assert not part.judgements
    quoted = [doc.text[s.start : s.end] for s in inspection.spans]
    assert any(q.startswith("Annual unannounced inspection of contact, referral and assessment") for q in quoted)
    assert any(q.startswith("This letter summarises the findings of the unannounced") for q in quoted)
    for item in part.recommendations + part.findings:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split(), item.identifier
    assert not any("will be considered" in f.text for f in part.findings)  # the letter's closing is no finding


def test_a_paper_naming_an_area_for_development_numbers_it_after_the_priority_actions():
    numbers = letter_numbers([("Area for priority action", 1), ("Area for development", 1), ("Area for development", 2)])
    assert numbers[(2, 1)] == 2 and numbers[(2, 2)] == 3


@pytest.mark.parametrize("tail", ["", " \u2013 Suffolk County Council"])
def test_a_cra_letter_whose_subject_leaves_the_council_out_or_dashes_it_is_read(tmp_path, tail):
    """'Annual unannounced inspection of … children's services' with no council (named in the address and the
    summary), or '… – Suffolk County Council' (reviewer helper-111: neither was read, silently)."""
    subject = (
        "Annual unannounced inspection of contact, referral and assessment arrangements within local authority"
        " children's services"
    )
    text = (LETTERS / "suffolk_cra_letter_2010.txt").read_text(encoding="utf-8")
    path = tmp_path / "letter.txt"
    path.write_text(text.replace(subject + " in Suffolk\n", subject + tail + "\n", 1), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert list(part.assessments) == ["suffolk/ofsted-cra-2010-01-13"]
    assert len(part.recommendations) == 3
