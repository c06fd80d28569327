"""An LGA peer review report laid out as a cover ('Children's Services Peer Review' / the council / '4 – 6 March 2024'
/ 'Feedback report'), its team after 'The peer review team:', its lines of enquiry listed as 'KLOE 1: How well …?',
each over a numbered section '3. KLOE 1: How well …' of paragraphs '3.1 …', and the team's recommendations under
'5. Areas to consider' (tester helper-220, issue #9): it was read as no peer review at all, and its paragraphs as the
council's own undated progress on the inspection's recommendations. The same findings as a letter were read."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_COVER = (
    "Children's Services Peer Review\n"
    "London Borough of Hillingdon\n"
    "4 – 6 March 2019\n"
    "Feedback report\n"
    "1. Introduction\n"
    "The London Borough of Hillingdon invited a peer review team to test the progress it has made since the Ofsted\n"
    "inspection of its children's services in 2018.\n"
    "The peer review team: Alan Price, former Director of Children's Services (lead peer); Cllr Mary Hunt, member\n"
    "peer; Dev Shah, LGA Peer Review Manager.\n"
    "2. Key Lines of Enquiry\n"
    "The council asked the team to consider two key lines of enquiry:\n"
    "KLOE 1: How timely and thorough are return home interviews for children who go missing?\n"
    "KLOE 2: How timely and effective are permanence plans for children in long-term foster placements?\n"
)
_SECTIONS = (
    "3. KLOE 1: How timely and thorough are return home interviews for children who go\n"
    "missing?\n"
    "3.1 {first} Managers track every interview each week. However, too many interviews\n"
    "are completed late and do not explore why the child went missing.\n"
    "3.2 Partners value the new exploitation panel.\n"
    "4. KLOE 2: How timely and effective are permanence plans for children in long-term foster placements?\n"
    "4.1 {second} Too many children wait more than a year for their long-term match to be\n"
    "ratified, and the permanence panel does not track the delay.\n"
    "5. Areas to consider\n"
    "- Set a timescale for ratifying long-term foster care matches and track it at the permanence\n"
    "panel.\n"
    "- Report the themes of return home interviews to the exploitation panel each quarter.\n"
)


def _write(tmp_path, first="The return home interview service is well regarded.", second="Permanence is a priority."):
    path = tmp_path / "peer review feedback.txt"
    path.write_text(_COVER + _SECTIONS.format(first=first, second=second), encoding="utf-8")
    return path


def _quoted(doc, item) -> str:
    return " ".join(" ".join(doc.text[s.start : s.end] for s in item.spans).split())


def test_a_report_listing_its_kloes_by_label_is_a_peer_review_with_its_kloes_findings_and_recommendations(tmp_path):
    path = _write(tmp_path)
    doc = read_document(path, path.name)
    part = extract_document(doc)
    [review] = [a for a in part.assessments.values() if a.kind == "PeerReview"]
    assert (review.key, review.label, review.started, review.ended) == (
        "hillingdon/peer-review-2019",
        "Children's Services Peer Review",
        date(2019, 3, 4),
        date(2019, 3, 6),
    )
    assert review.team == (
        "Alan Price, former Director of Children's Services (lead peer); Cllr Mary Hunt, member peer; Dev Shah, LGA Peer "
        "Review Manager"
    )
    assert [(k.identifier, k.title) for k in part.kloes] == [
        ("1", "How timely and thorough are return home interviews for children who go missing?"),
        ("2", "How timely and effective are permanence plans for children in long-term foster placements?"),
    ]
    assert [(f.kloe, f.polarity, f.text) for f in part.findings if f.text.startswith(("However", "Too many"))] == [
        ("1", "Weakness", "However, too many interviews are completed late and do not explore why the child went missing."),
        (
            "2",
            "Weakness",
            "Too many children wait more than a year for their long-term match to be ratified, and the permanence panel "
            "does not track the delay.",
        ),
    ]
    assert not any(f.text[:1].isdigit() for f in part.findings)  # '3.1' is the paragraph's number, not its words
    assert [(r.identifier, r.kloe, r.text.split()[0]) for r in part.recommendations] == [
        ("1", None, "Set"),
        ("2", None, "Report"),
    ]
    assert part.recommendations[0].text.endswith("track it at the permanence panel.")
    assert part.updates == []
    for item in part.kloes + part.findings + part.recommendations:
        assert _quoted(doc, item) == " ".join((item.title if hasattr(item, "title") else item.text).split())


def test_a_review_naming_the_inspections_recommendations_gives_no_progress_on_them(tmp_path):
    """'Recommendation 2 of the Ofsted inspection asked for …' in the team's paragraphs: the independent team's
    findings, not the council's progress on recommendation 2 (a progress reader took each such paragraph)."""
    path = _write(
        tmp_path,
        first="Recommendation 2 of the Ofsted inspection asked for timely return home interviews.",
        second="Recommendation 4 of the Ofsted inspection asked for timely permanence.",
    )
    part = extract_document(read_document(path, path.name))
    assert [a.kind for a in part.assessments.values()].count("PeerReview") == 1
    assert len(part.kloes) == 2 and len(part.recommendations) == 2
    assert part.updates == []


@pytest.mark.parametrize("blank", [False, True])
def test_the_reviews_kloes_follow_up_the_inspections_recommendations(tmp_path, blank):
    """Read with the council's 2018 report, each line of enquiry follows up the recommendation on its concern
    (return home interviews, permanence), whether the report's text keeps blank lines between its paragraphs or not."""
    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    need_shared()
    path = _write(tmp_path)
    if blank:
        path.write_text(path.read_text(encoding="utf-8").replace("\n3.", "\n\n3.").replace("\n4.", "\n\n4."), encoding="utf-8")
    x = build([path, OFSTED / "hillingdon"]).extraction
    follows = {
        (link.source.identifier, link.target.identifier)
        for link in x.links
        if link.kind == "followsUp" and link.asserted and link.source.kind == "kloe"
    }
    assert follows == {("1", "2"), ("2", "4")}
    recommended = {
        (link.source.identifier, link.target.identifier)
        for link in x.links
        if link.kind == "followsUp" and link.asserted and link.source.kind == "recommendation"
    }
    assert recommended == {("1", "4"), ("2", "2")}  # the team's recommendations under 'Areas to consider' too
    assert not [u for u in x.updates if u.spans and u.spans[0].doc == read_document(path, path.name).sha256]


def test_a_report_on_one_line_of_enquiry_is_a_peer_review_too(tmp_path):
    """'The council asked the team to consider one key line of enquiry:' over 'KLOE 1: …' alone: the label says
    what the one item is, as a list of two does (it was read as no peer review at all)."""
    one = _COVER.replace("consider two key lines of enquiry:", "consider one key line of enquiry:").replace(
        "KLOE 2: How timely and effective are permanence plans for children in long-term foster placements?\n", ""
    )
    sections = _SECTIONS.split("4. KLOE 2:")[0] + "5. Areas to consider" + _SECTIONS.split("5. Areas to consider")[1]
    path = tmp_path / "peer review feedback.txt"
    path.write_text(one + sections.format(first="The service is well regarded."), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert [a.key for a in part.assessments.values() if a.kind == "PeerReview"] == ["hillingdon/peer-review-2019"]
    assert [(k.identifier, k.title) for k in part.kloes] == [
        ("1", "How timely and thorough are return home interviews for children who go missing?")
    ]
    assert [_quoted(doc, r) for r in part.recommendations] == [
        "Set a timescale for ratifying long-term foster care matches and track it at the permanence panel.",
        "Report the themes of return home interviews to the exploitation panel each quarter.",
    ]


def test_a_scrutiny_review_of_one_line_of_enquiry_is_no_peer_review(tmp_path):
    """A members' task and finish group that names its one 'key line of enquiry' is the committee's own review, not
    a peer review: one line of enquiry alone is read only under a peer review's title (reviewer helper-233)."""
    path = tmp_path / "task and finish group report.txt"
    path.write_text(
        "Children and Young People Scrutiny Committee\n"
        "London Borough of Hillingdon\n"
        "12 March 2024\n"
        "Report of the Task and Finish Group on School Exclusions\n"
        "2. Scope of the review\n"
        "2.1 Members agreed that the key line of enquiry for the review was:\n"
        "KLOE 1: How effective is the support for children in care at risk of exclusion?\n"
        "3. Findings\n"
        "3.1 The inclusion team is well regarded by schools.\n"
        "4. Recommendations\n"
        "4.1 The council should report the number of exclusions of children in care each term.\n",
        encoding="utf-8",
    )
    part = extract_document(read_document(path, path.name))
    assert [a.kind for a in part.assessments.values() if a.kind == "PeerReview"] == [] and part.kloes == []
