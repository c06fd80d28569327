"""Peer reviews whose lines of enquiry no sentence announces (unseen tester helper-225, issue #9): a report whose
'KLOE 1: …?' list sits straight under a numbered heading ('2. Key lines of enquiry'), and a letter whose numbered
question headings follow its subject line ('… Children's Services Peer Challenge – 7 to 9 June 2022') and its
thanks. Both were read as no peer review at all, their headings as subjects of the council's own progress."""

from __future__ import annotations

from datetime import date

from findings.extract.document import extract_document
from findings.read import read_document

_REPORT = (
    "Children’s Services Peer Review\n"
    "London Borough of Barnet\n"
    "7 – 9 June 2022\n"
    "\n"
    "1. Introduction\n"
    "\n"
    "1.1 The council asked the Local Government Association for a peer review of its children's services.\n"
    "\n"
    "{heading}\n"
    "\n"
    "KLOE 1: How well are children who go missing from home or care kept safe?\n"
    "KLOE 2: How well do managers use audits to improve the quality of plans?\n"
    "\n"
    "3. KLOE 1: How well are children who go missing from home or care kept\n"
    "safe?\n"
    "\n"
    "3.1 Return home interviews are timely and the exploitation panel is well attended.\n"
    "\n"
    "4. KLOE 2: How well do managers use audits to improve the quality of plans?\n"
    "\n"
    "4.1 Audits are completed each month. Managers do not yet use their findings to improve plans.\n"
    "\n"
    "5. Areas to consider\n"
    "\n"
    "- Use audit findings in supervision so that plans improve.\n"
    "- Share the learning from return home interviews with schools.\n"
)

_LETTER = (
    "Ms A Patel\n"
    "Director of Children's Services\n"
    "London Borough of Barnet\n"
    "\n"
    "20 June 2022\n"
    "\n"
    "Dear Asha\n"
    "\n"
    "Barnet Children's Services Peer Challenge – 7 to 9 June 2022\n"
    "\n"
    "Thank you for inviting the peer team to Barnet.\n"
    "\n"
    "1. How well are children who go missing from home or care kept safe?\n"
    "\n"
    "Return home interviews are timely and the exploitation panel is well attended.\n"
    "\n"
    "2. How well do managers use audits to improve the quality of plans?\n"
    "\n"
    "Managers do not yet use audit findings to improve plans.\n"
    "\n"
    "Areas to consider\n"
    "\n"
    "- Use audit findings in supervision so that plans improve.\n"
    "- Share the learning from return home interviews with schools.\n"
    "\n"
    "Yours sincerely\n"
)

_KLOES = [
    ("1", "How well are children who go missing from home or care kept safe?"),
    ("2", "How well do managers use audits to improve the quality of plans?"),
]
_RECOMMENDATIONS = [
    ("1", "Use audit findings in supervision so that plans improve."),
    ("2", "Share the learning from return home interviews with schools."),
]


def _read(tmp_path, text, name="review.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _quoted(doc, item) -> str:
    return " ".join(" ".join(doc.text[s.start : s.end] for s in item.spans).split())


def _check(doc, part):
    review = next(a for a in part.assessments.values() if a.kind == "PeerReview")
    assert (review.key, review.started, review.ended) == ("barnet/peer-review-2022", date(2022, 6, 7), date(2022, 6, 9))
    assert [(k.identifier, " ".join(k.title.split())) for k in part.kloes] == _KLOES
    assert [(r.identifier, r.text) for r in part.recommendations] == _RECOMMENDATIONS
    assert {f.kloe for f in part.findings} == {"1", "2"}
    assert not part.updates
    for item in part.kloes + part.findings + part.recommendations:
        assert _quoted(doc, item) == " ".join((item.title if hasattr(item, "title") else item.text).split())


def test_a_report_whose_kloe_list_sits_under_a_numbered_heading_is_a_peer_review(tmp_path):
    doc, part = _read(tmp_path, _REPORT.format(heading="2. Key lines of enquiry"))
    _check(doc, part)


def test_a_letter_whose_question_headings_follow_its_subject_line_is_a_peer_review(tmp_path):
    doc, part = _read(tmp_path, _LETTER)
    _check(doc, part)
    review = next(a for a in part.assessments.values())
    assert review.issued == date(2022, 6, 20)


def test_numbered_headings_that_ask_nothing_under_a_peer_review_title_are_no_lines_of_enquiry(tmp_path):
    """A committee paper about a peer review, its sections numbered ('1. Purpose of the report'), has no KLOEs."""
    paper = (
        "Update on the Children's Services Peer Review\n"
        "\n"
        "1. Purpose of the report\n"
        "\n"
        "This report tells the committee about the peer review held in June.\n"
        "\n"
        "2. Background\n"
        "\n"
        "The review looked at children who go missing and at audits.\n"
    )
    _, part = _read(tmp_path, paper)
    assert not part.kloes
    assert not any(a.kind == "PeerReview" for a in part.assessments.values())
