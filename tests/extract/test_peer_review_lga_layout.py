"""LGA children's services peer reviews as councils publish them (tester helper-286, issue #9): 'Key recommendations'
near the front, the key lines of enquiry listed as questions ('Key lines of enquiry: The council asked the peer team
to consider the following:') each heading a section of the feedback ('4.1 How well …?'); and a list of recommendations
introduced by a sentence ('The following are the peer team's key recommendations to the council:'), which is no item,
its items' numbers or bullets no part of their text. Such a report was read as no document at all, or with the
sentence as recommendation 1 and every number after it shifted."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_RECS = [
    "Agree a single threshold document with partners so that referrals to the front door are consistent.",
    "Strengthen the quality assurance of return home interviews and report their themes to the exploitation panel.",
    "Review the caseloads of the assessment teams so that no social worker holds more than 22 children.",
]
_KLOES = [
    "How effective is the front door in ensuring children get the right help at the right time?",
    "How well are children who go missing from home or care protected?",
]


def _quoted(doc, item) -> str:
    return " ".join(" ".join(doc.text[s.start : s.end] for s in item.spans).split())


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _checked(doc, part, key: str) -> None:
    """The review, its lines of enquiry and its recommendations as printed, each quoting its own words only."""
    assert [a.key for a in part.assessments.values() if a.kind == "PeerReview"] == [key]
    assert [(k.identifier, k.title) for k in part.kloes] == [("1", _KLOES[0]), ("2", _KLOES[1])]
    assert [(r.identifier, r.kloe, r.text) for r in part.recommendations] == [
        (str(n), None, text) for n, text in enumerate(_RECS, start=1)
    ]
    for item in part.kloes + part.recommendations:
        assert _quoted(doc, item) == (item.title if hasattr(item, "title") else item.text)


_LABELLED = (
    "Local Government Association\n\n"
    "Children's Services Peer Review\n"
    "Wokingham Borough Council\n"
    "14 – 16 November 2022\n"
    "Feedback report\n\n"
    "1. Introduction\n"
    "Wokingham Borough Council invited the LGA to carry out a peer review of its children's services.\n\n"
    "{front}"
    "2. Key lines of enquiry\n"
    f"KLOE 1: {_KLOES[0]}\n"
    f"KLOE 2: {_KLOES[1]}\n\n"
    f"3. KLOE 1: {_KLOES[0]}\n"
    "3.1 Partners understand the thresholds. However, too many contacts wait more than a day for a decision.\n\n"
    f"4. KLOE 2: {_KLOES[1]}\n"
    "4.1 Return home interviews are timely and well regarded by children.\n\n"
    "{back}"
)


def _listed(intro: str, marker: str) -> str:
    items = "".join(f"{marker.format(n=n)}{text}\n" for n, text in enumerate(_RECS, start=1))
    return f"{intro}\n{items}\n"


@pytest.mark.parametrize("marker", ["{n}. ", "- ", "{n}) "])
@pytest.mark.parametrize(
    "intro",
    [
        "The following are the peer team's key recommendations to the council:",
        "There are a range of suggestions within the report. The peer team would highlight the following:",
    ],
)
def test_a_sentence_introducing_the_list_is_no_recommendation(tmp_path, intro, marker):
    """'5. Areas to consider' over a sentence introducing the list: three recommendations numbered 1 to 3 as the
    report numbers them, their text from the first word (the lead-in was recommendation 1, the others shifted)."""
    back = "5. Areas to consider\n" + _listed(intro, marker)
    doc, part = _read(tmp_path, "peer review.txt", _LABELLED.format(front="", back=back))
    _checked(doc, part, "wokingham/peer-review-2022")


@pytest.mark.parametrize("heading", ["2. Key recommendations", "Recommendations"])
def test_key_recommendations_before_the_lines_of_enquiry_are_the_teams(tmp_path, heading):
    """The team's key recommendations listed near the front, before the lines of enquiry: the review's own (none were
    read)."""
    front = f"{heading}\n" + _listed("The following are the peer team's key recommendations to the council:", "{n}. ")
    doc, part = _read(tmp_path, "peer review.txt", _LABELLED.format(front=front, back=""))
    _checked(doc, part, "wokingham/peer-review-2022")


def test_what_a_committee_is_asked_to_do_is_no_recommendation_of_the_team(tmp_path):
    """A council's covering report ('Recommendations' / 'The Panel is asked to:' / '1. Note …') above the review:
    the committee's decisions, not the team's recommendations."""
    front = "Recommendations\nThe Panel is asked to:\n1. Note the contents of the report.\n2. Agree a plan in response.\n\n"
    doc, part = _read(tmp_path, "peer review.txt", _LABELLED.format(front=front, back=""))
    assert len(part.kloes) == 2 and part.recommendations == []


_HTML = """<html><body>
<p>Local Government Association</p>
<h1>Children's Services Peer Challenge</h1>
<h2>North Somerset Council</h2>
<p>21st – 23rd June 2021</p>
<h2>1. Key recommendations</h2>
<p>Suggestions are made throughout the report. The following are the peer team's key recommendations to the council:</p>
<{lists}>{recs}</{lists}>
<h2>2. The peer challenge approach</h2>
<p>The peer team was: Sam Okoro, Director of Children's Services (lead peer); Cllr Ann Bell, member peer.</p>
<p>Key lines of enquiry: The council asked the peer team to explore the following:</p>
<ol>{kloes}</ol>
<h2>3. Feedback</h2>
<h3>3.1 {k1}</h3>
<p>Strengths</p>
<p>Partners understand the thresholds well and the multi-agency hub is well regarded.</p>
<p>Areas for consideration</p>
<p>Too many contacts wait more than a day for a decision, and the reasons for delay are not recorded.</p>
<h3>3.2 {k2}</h3>
<p>Return home interviews are timely. However, the themes of interviews are not analysed.</p>
<h2>4. Next steps</h2>
<p>The LGA would be happy to support the council in taking these recommendations forward. The council is well placed
to make further progress.</p>
</body></html>"""


@pytest.mark.parametrize("lists", ["ol", "ul"])
def test_an_lga_report_with_key_recommendations_first_and_questions_for_its_kloes(tmp_path, lists):
    """An LGA feedback report (HTML): key recommendations first, the lines of enquiry as a list of questions, each
    heading its section of the feedback ('3.1 How effective …?'): a peer review with its three recommendations, its
    two lines of enquiry and the findings under each (it was read as no document at all). The report's next section
    ('4. Next steps') states no finding of the last line of enquiry."""
    html = _HTML.format(
        lists=lists,
        recs="".join(f"<li>{text}</li>" for text in _RECS),
        kloes="".join(f"<li>{text}</li>" for text in _KLOES),
        k1=_KLOES[0],
        k2=_KLOES[1],
    )
    doc, part = _read(tmp_path, "peer challenge.html", html)
    _checked(doc, part, "north-somerset/peer-review-2021")
    [review] = [a for a in part.assessments.values() if a.kind == "PeerReview"]
    assert (review.started, review.ended) == (date(2021, 6, 21), date(2021, 6, 23))
    assert review.team == "Sam Okoro, Director of Children's Services (lead peer); Cllr Ann Bell, member peer"
    weaknesses = [(f.kloe, f.text) for f in part.findings if f.polarity == "Weakness"]
    assert ("1", "Too many contacts wait more than a day for a decision, and the reasons for delay are not recorded.") in (
        weaknesses
    )
    assert ("2", "However, the themes of interviews are not analysed.") in weaknesses
    assert not [f for f in part.findings if "LGA" in f.text or "well placed" in f.text]


_UNLISTED = """<html><body>
<h1>Children's Services Peer Review</h1>
<h2>Wokingham Borough Council</h2>
<p>14 – 16 November 2022</p>
<h2>Key recommendations</h2>
<ul>{recs}</ul>
<h2>Feedback</h2>
<h3>{k1}</h3>
<p>Strengths</p>
<p>Partners understand the thresholds well and the multi-agency hub is well regarded.</p>
<p>Areas for consideration</p>
<p>Too many contacts wait more than a day for a decision, and the reasons for delay are not recorded.</p>
<h3>{k2}</h3>
<p>Return home interviews are timely. However, the themes of interviews are not analysed.</p>
</body></html>"""


def test_lines_of_enquiry_listed_nowhere_but_heading_their_sections_as_questions(tmp_path):
    """No list of the lines of enquiry: each heads its section as a question under the review's title ('How effective
    is the front door …?'), with strengths and areas for consideration under it (it was read as no document)."""
    html = _UNLISTED.format(recs="".join(f"<li>{text}</li>" for text in _RECS), k1=_KLOES[0], k2=_KLOES[1])
    doc, part = _read(tmp_path, "peer review feedback.html", html)
    _checked(doc, part, "wokingham/peer-review-2022")
    assert [(f.kloe, f.polarity) for f in part.findings if f.text.startswith(("Too many", "However"))] == [
        ("1", "Weakness"),
        ("2", "Weakness"),
    ]


def test_a_list_of_questions_heads_no_sections(tmp_path):
    """Questions one after another ('How well …?' / 'How effective …?') are a list, not headings: a paper under a peer
    review's title that only lists questions to explore has no lines of enquiry read from them."""
    text = (
        "Children's Services Peer Review\nWokingham Borough Council\n\nPreparing for the review\n"
        f"Officers will prepare evidence on these questions:\n{_KLOES[0]}\n{_KLOES[1]}\n\nThe review will take place in May.\n"
    )
    _, part = _read(tmp_path, "peer review preparation.txt", text)
    assert part.kloes == []
