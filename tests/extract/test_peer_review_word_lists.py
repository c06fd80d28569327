"""A peer challenge written in Word (unseen tester bb316 peer-docx-recs): its key lines of enquiry a numbered list
run straight into the next heading ('3. Recommendations', or 'Recommendations' with no number) and the paragraph
after it ('The peer team was: …'), its recommendations a list that Word numbers on from the one before ('3.
Strengthen …'). No recommendation was read, and the heading (then the recommendations) became lines of enquiry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_QUESTIONS = ["How well are children at risk of exploitation kept safe?", "How effective is supervision in improving plans?"]
_RECOMMENDATIONS = [
    "Complete every return home interview within three days.",
    "Record the reasons for decisions in supervision, so that plans show them.",
]


def _challenge(path: Path, heading: str, typed_numbers: bool) -> Path:
    """An Anyshire peer challenge: its questions and its recommendations each a Word numbered list (one list style,
    so Word numbers the second on from the first), or the recommendations typed '1. …'."""
    document = docx.Document()
    document.add_heading("Anyshire County Council", level=1)
    document.add_heading("Children's Services Peer Challenge", level=1)
    document.add_paragraph("3 to 6 May 2021")
    document.add_paragraph("Anyshire asked the peer team to look at two key lines of enquiry:")
    for question in _QUESTIONS:
        document.add_paragraph(question, style="List Number")
    document.add_paragraph("The peer team was: Jo Bloggs (Director of Children's Services, Othershire) and Sam Roe.")
    document.add_heading(heading, level=2)
    for n, recommendation in enumerate(_RECOMMENDATIONS, start=1):
        if typed_numbers:
            document.add_paragraph(f"{n}. {recommendation}")
        else:
            document.add_paragraph(recommendation, style="List Number")
    document.add_heading("4. Key line of enquiry 1: exploitation", level=2)
    document.add_paragraph("Areas for consideration")
    document.add_paragraph("Return home interviews are often late.", style="List Bullet")
    document.add_paragraph("Contact: Jo Bloggs, Peer Challenge Manager, Local Government Association")
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("heading", "typed_numbers"),
    [("3. Recommendations", False), ("Recommendations", False), ("Recommendations", True), ("Key recommendations", False)],
)
def test_word_lists_give_the_lines_of_enquiry_and_the_recommendations(tmp_path: Path, heading: str, typed_numbers: bool):
    """Two lines of enquiry (the paragraph after the list no part of the last), two recommendations for the review as
    a whole, each quoting its exact characters; the review dated by its cover."""
    doc = read_document(_challenge(tmp_path / "peer_challenge.docx", heading, typed_numbers))
    out = extract_document(doc)
    (review,) = [a for a in out.assessments.values() if a.kind == "PeerReview"]
    assert (review.started, review.ended) == (date(2021, 5, 3), date(2021, 5, 6))
    assert [(k.identifier, k.title) for k in out.kloes] == [("1", _QUESTIONS[0]), ("2", _QUESTIONS[1])]
    recommendations = [r for r in out.recommendations if r.assessment == review.key]
    assert [(r.identifier, r.text, r.kloe) for r in recommendations] == [
        ("1", _RECOMMENDATIONS[0], None),
        ("2", _RECOMMENDATIONS[1], None),
    ]
    for kloe in out.kloes:
        assert " ".join(doc.text[s.start : s.end] for s in kloe.spans) == kloe.title
    for recommendation in recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in recommendation.spans) == recommendation.text


def test_the_contact_line_after_the_last_section_is_no_finding(tmp_path: Path):
    """'Contact: Jo Bloggs, Peer Challenge Manager, …' is back matter, not the last line of enquiry's weakness."""
    doc = read_document(_challenge(tmp_path / "peer_challenge.docx", "Recommendations", False))
    out = extract_document(doc)
    assert [(f.kloe, f.text) for f in out.findings] == [("1", "Return home interviews are often late.")]


def test_the_team_named_just_after_the_list_staffs_the_review(tmp_path: Path):
    """'The peer team was: Jo Bloggs (…) and Sam Roe.' after the last line of enquiry: the review's team, quoted."""
    doc = read_document(_challenge(tmp_path / "peer_challenge.docx", "Recommendations", False))
    (review,) = [a for a in extract_document(doc).assessments.values() if a.kind == "PeerReview"]
    assert review.team == "Jo Bloggs (Director of Children's Services, Othershire) and Sam Roe"
    assert any(doc.text[s.start : s.end].startswith("The peer team was: Jo Bloggs") for s in review.spans)
