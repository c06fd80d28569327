"""Peer reviews read whatever words introduce their key lines of enquiry (unseen tester bb316 peer-html-unread): a
page saved from a council's site ('Anyshire children's safeguarding peer review') whose list follows 'The review
considered two key lines of enquiry:' was read as no peer review at all; only 'asked … to consider …' was known."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_PAGE = """<html><body>
<h1>Anyshire children's safeguarding peer review</h1>
<p>3 to 6 May 2021</p>
<p>{lead_in}</p>
<ol>
<li>How well are children at risk of exploitation kept safe?</li>
<li>How effective is supervision in improving plans?</li>
</ol>
<h2>Key line of enquiry 1: exploitation</h2>
<p>The exploitation panel meets monthly, but return home interviews are often late.</p>
<h2>Key line of enquiry 2: supervision</h2>
<p>Supervision is regular, but records rarely show the reasons for decisions.</p>
<h2>Recommendations</h2>
<ul>
<li>Complete every return home interview within three days.</li>
<li>Record the reasons for decisions in supervision.</li>
</ul>
</body></html>
"""


@pytest.mark.parametrize(
    "lead_in",
    [
        "The review considered two key lines of enquiry:",
        "We looked at two KLOEs:",
        "Our work focused on these key lines of enquiry:",
    ],
)
def test_any_sentence_naming_the_lines_of_enquiry_announces_them(tmp_path: Path, lead_in: str) -> None:
    """The review, its dates, both questions and both recommendations, each quoting its exact characters."""
    path = tmp_path / "peer_review.html"
    path.write_text(_PAGE.format(lead_in=lead_in), encoding="utf-8")
    doc = read_document(path)
    out = extract_document(doc)
    (review,) = [a for a in out.assessments.values() if a.kind == "PeerReview"]
    assert (review.started, review.ended) == (date(2021, 5, 3), date(2021, 5, 6))
    assert [k.title for k in out.kloes] == [
        "How well are children at risk of exploitation kept safe?",
        "How effective is supervision in improving plans?",
    ]
    recommendations = [r for r in out.recommendations if r.assessment == review.key]
    assert [r.text for r in recommendations] == [
        "Complete every return home interview within three days.",
        "Record the reasons for decisions in supervision.",
    ]
    for kloe in out.kloes:
        assert " ".join(doc.text[s.start : s.end] for s in kloe.spans) == kloe.title
    for recommendation in recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in recommendation.spans) == recommendation.text


def test_a_lead_in_under_no_peer_review_title_announces_nothing(tmp_path: Path) -> None:
    """The loose wording needs the paper to call itself a peer review: a cabinet report is none."""
    path = tmp_path / "cabinet.html"
    page = _PAGE.replace("Anyshire children's safeguarding peer review", "Anyshire Council: report to Cabinet")
    path.write_text(page.format(lead_in="Officers suggest two key lines of enquiry:"), encoding="utf-8")
    out = extract_document(read_document(path))
    assert out.kloes == [] and not [a for a in out.assessments.values() if a.kind == "PeerReview"]


_BULLETED = """<html><body>
<h1>Anyshire Children's Services Peer Challenge</h1>
<p>Fieldwork: 3 to 6 May 2021</p>
<p>We looked at three key lines of enquiry:</p>
<ol><li>How well are children at risk of exploitation kept safe?</li><li>How effective is supervision?</li>
<li>How stable are placements?</li></ol>
<p>The peer team was: Jo Bloggs (Director, Othershire) and Sam Roe (LGA).</p>
<h2>{heading}</h2>
<ul><li>{first}</li><li>Record the reasons for decisions in supervision.</li></ul>
</body></html>
"""


def test_a_bulleted_list_under_recommendations_before_any_section_is_the_reviews(tmp_path: Path) -> None:
    """'Recommendations' over bullets, straight after the lines of enquiry: the review's recommendations '1', '2',
    of no line of enquiry; the review dated by its labelled fieldwork ('Fieldwork: 3 to 6 May 2021')."""
    path = tmp_path / "challenge.html"
    path.write_text(_BULLETED.format(heading="Recommendations", first="Complete every return interview."), encoding="utf-8")
    doc = read_document(path)
    out = extract_document(doc)
    (review,) = [a for a in out.assessments.values() if a.kind == "PeerReview"]
    assert (review.started, review.ended) == (date(2021, 5, 3), date(2021, 5, 6))
    assert len(out.kloes) == 3
    assert [(r.identifier, r.text, r.kloe) for r in out.recommendations] == [
        ("1", "Complete every return interview.", None),
        ("2", "Record the reasons for decisions in supervision.", None),
    ]
    assert all(doc.text[r.spans[0].start : r.spans[-1].end] == r.text for r in out.recommendations)


def test_statements_under_areas_for_consideration_before_any_section_are_no_recommendations(tmp_path: Path) -> None:
    """'Areas for consideration' over a statement ('Supervision is rarely reflective.') advises nothing."""
    path = tmp_path / "challenge.html"
    page = _BULLETED.format(heading="Areas for consideration", first="Supervision is rarely reflective.")
    path.write_text(page, encoding="utf-8")
    out = extract_document(read_document(path))
    assert len(out.kloes) == 3 and out.recommendations == []
