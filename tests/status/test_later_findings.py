"""A later report describes practice sentence by sentence, rarely naming the last report's recommendations: its
strengths and weaknesses on a recommendation's concerns say whether it improved (fo:IndependentlyVerified), persists
(fo:Recurred) or is not settled, each call resting on the sentences it read and waiting for a person's review."""

from __future__ import annotations

from findings.build import build
from tests.link.test_recurrence import _report

EARLIER = [
    "The quality of pathway plans for care leavers.",
    "The timeliness of initial health assessments for children in care.",
    "Disruption of county lines activity around the town's schools.",
]
BODY = """\
The experiences and progress of children who need help and protection: good

1. Pathway plans for care leavers are now detailed and regularly updated. Care leavers' pathway plans are of
good quality and reflect their views well.

2. Initial health assessments for children in care are not completed on time. Too many children wait for their
initial health assessments, and health assessments do not always identify emotional health needs.

3. Children and families receive timely help from a well-established early help offer.
"""


def _later(tmp_path, body: str) -> None:
    text = _report(2025, ["How well the corporate parenting board hears the views of children in care."])
    head = text.split("The experiences and progress of children who need help and protection: good", 1)[0]
    (tmp_path / "riverton-2025.md").write_text(head + body, encoding="utf-8")


def test_strengths_confirm_weaknesses_persist_and_silence_settles_nothing(tmp_path):
    (tmp_path / "riverton-2021.md").write_text(_report(2021, EARLIER), encoding="utf-8")
    _later(tmp_path, BODY)
    result = build([tmp_path])
    later = {
        s.item.identifier: s
        for s in result.extraction.statuses
        if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025
    }
    assert {k: s.status for k, s in later.items()} == {"1": "IndependentlyVerified", "2": "Recurred"}  # 3: nothing said
    docs = {d.sha256: d.text for d in result.extraction.documents}
    verified = [docs[span.doc][span.start : span.end] for span in later["1"].evidence]
    assert verified and all("pathway plans" in quote.lower() for quote in verified)  # the strengths it rests on
    assert all(
        "health assessments" in docs[span.doc][span.start : span.end].lower() for span in later["2"].evidence
    )  # the weaknesses
    assert "2 strengths, 0 weaknesses" in later["1"].basis and later["1"].confidence < 0.75  # a call for review


def test_a_peer_reviews_own_recommendation_on_the_concern_raises_it_again_once(corpus_build):
    """The peer review recommends more work on permanence planning (fo:followsUp from its recommendations): the 2017
    recommendation on permanence is raised again as of the review, once however many of its recommendations do so,
    and its praise of the same practice does not count as confirmation."""
    statuses = [
        s
        for s in corpus_build.extraction.statuses
        if s.item.assessment.endswith("/ofsted-2017") and s.item.identifier == "3" and s.as_of.isoformat() == "2018-11-29"
    ]
    assert [(s.status, s.via_link) for s in statuses] == [("Recurred", True)]
    assert "Peer Review" in statuses[0].basis


def test_a_groups_concern_counts_in_a_section_on_that_group_or_where_the_sentence_names_it(tmp_path):
    """'Suitable accommodation' for homeless 16- and 17-year-olds under help and protection is not care leavers'
    accommodation (helper-60: such a paragraph raised a care leavers' recommendation again); under the care leavers'
    judgement, or naming them, it is (linking.json, later_findings.section_bound)."""
    (tmp_path / "riverton-2021.md").write_text(_report(2021, ["The choice of suitable accommodation for care leavers."]))
    homeless = "When children aged 16 and 17 present as homeless, they are not supported to find suitable accommodation."
    leavers = "Young people are not supported quickly enough to find suitable accommodation."

    def verdicts(body: str) -> set[str]:
        _later(tmp_path, body)
        statuses = build([tmp_path]).extraction.statuses
        return {s.status for s in statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025}

    help_and_protection = "The experiences and progress of children who need help and protection: good\n\n"
    care_leavers = "The experiences and progress of care leavers: requires improvement to be good\n\n"
    assert verdicts(f"{help_and_protection}1. {homeless}\n") == set()
    assert verdicts(f"{care_leavers}1. {leavers}\n") == {"Recurred"}
    assert verdicts(f"{help_and_protection}1. Care leavers are not supported to find suitable accommodation.\n") == {"Recurred"}


def test_supervision_of_foster_carers_is_not_confirmed_by_social_workers_supervision(tmp_path):
    """'Ensure that all foster carers receive regular supervision' is about foster carers (linking.json,
    recurrence.for_a_group, read for later findings too): a sentence on social workers' supervision is not evidence on
    it (helper-60), nor one on foster carers that says nothing of their supervision (tester helper-117 D6); one on
    their supervising social workers' visits is."""
    (tmp_path / "riverton-2021.md").write_text(_report(2021, ["Ensure that all foster carers receive regular supervision."]))
    _later(
        tmp_path,
        "The experiences and progress of children in care: good\n\n1. Foster carers are well matched to children. "
        "Foster carers value the training they receive. Social workers receive regular and reflective supervision. "
        "Supervising social workers visit foster carers often and record the visits well.\n",
    )
    result = build([tmp_path]).extraction
    docs = {d.sha256: d.text for d in result.documents}
    (later,) = [s for s in result.statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025]
    quotes = [docs[span.doc][span.start : span.end] for span in later.evidence]
    assert later.status == "IndependentlyVerified"
    assert quotes == ["Supervising social workers visit foster carers often and record the visits well."]


def test_a_word_on_the_group_or_in_another_sense_is_no_evidence_on_what_is_done_for_it(tmp_path):
    """A recommendation on what is done for a group (the supervision of foster carers; an independent advocate for
    children) is not confirmed by a later sentence that only names the group (foster carers who care well), nor by
    one that uses its word in another sense (personal advisers who are 'tenacious advocates for' care leavers); a
    sentence saying children have access to advocates is a strength, and the evidence (tester helper-117 D6)."""
    earlier = [
        "Make sure that the supervision of foster carers is regular and recorded in their files.",
        "Ensure that children in care can have an independent advocate when they want one.",
    ]
    (tmp_path / "riverton-2021.md").write_text(_report(2021, earlier), encoding="utf-8")
    _later(
        tmp_path,
        "The experiences and progress of children in care: good\n\n"
        "1. Children live with committed foster carers who know them well.\n\n"
        "2. Care leavers value their personal advisers, who are tenacious advocates for them.\n\n"
        "3. Children in care have access to an advocacy service and to independent visitors.\n",
    )
    result = build([tmp_path]).extraction
    docs = {d.sha256: d.text for d in result.documents}
    later = {s.item.identifier: s for s in result.statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025}
    assert sorted(later) == ["2"]  # the foster carers' supervision: nothing said of it
    quotes = [docs[span.doc][span.start : span.end] for span in later["2"].evidence]
    assert later["2"].status == "IndependentlyVerified"
    assert quotes == ["Children in care have access to an advocacy service and to independent visitors."]


def test_children_taking_part_in_their_reviews_confirms_a_call_for_their_contribution(tmp_path):
    """'Children are supported to take part in their reviews' is the contribution to their plans and reviews an
    earlier report asked for (ontology/themes.ttl, th:involvement-in-plans), so it confirms the improvement."""
    earlier = ["Strengthen the contribution of children and young people to their plans and reviews."]
    (tmp_path / "riverton-2021.md").write_text(_report(2021, earlier), encoding="utf-8")
    body = (
        "The experiences and progress of children in care: good\n\n"
        "1. Children are supported well to take part in their reviews, and their independent reviewing officers "
        "visit them before each one.\n"
    )
    _later(tmp_path, body)
    statuses = build([tmp_path]).extraction.statuses
    assert {s.status for s in statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025} == {
        "IndependentlyVerified"
    }


def test_a_finding_on_another_thing_that_shares_only_oversight_or_plans_says_nothing_of_it(tmp_path):
    """Testers helper-181 and helper-183: a later sentence that shares with a recommendation only its oversight, or only
    the word plans beside a different kind of plan, is no word on it (findings/link/later.py); a sentence on the same
    thing still is."""
    cases = [
        (  # oversight of one group of children, against managers' acting on audits
            "Management oversight of work with children who are privately fostered.",
            "Learning from audits is not consistently acted on by frontline managers.",
            "Management oversight of private fostering arrangements is weak.",
        ),
        (  # supervision in general, against foster carers' supervision
            "Improve the quality of supervision so that it is reflective, regular and challenges drift.",
            "Foster carers do not always receive regular supervision from their supervising social workers.",
            "Supervision is not regular or reflective, and it does not challenge drift.",
        ),
        (  # child protection plans' visits, against pathway plans
            "Ensure that children subject to child protection plans are visited within timescales and seen alone.",
            "Pathway plans are mostly up to date but do not consistently address education, employment or training.",
            "Children subject to child protection plans are not always visited within timescales.",
        ),
        (  # reviewing officers' challenge of plans for children looked after, against child protection plans
            "Ensure that independent reviewing officers challenge drift in plans for children looked after.",
            "Child protection plans are clearer than at the last inspection, although contingency plans are not always specific.",
            "Independent reviewing officers rarely escalate concerns when plans for children looked after drift.",
        ),
    ]
    for n, (item, other, same) in enumerate(cases):
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "riverton-2021.md").write_text(_report(2021, [item]), encoding="utf-8")
        found, heading = [], "The experiences and progress of children who need help and protection: good"
        if "looked after" in item:  # a concern of children in care counts from a section on them
            heading = "The experiences and progress of children in care and care leavers: good"
        for sentence in (other, same):
            _later(folder, f"{heading}\n\n1. {sentence}\n")
            statuses = build([folder]).extraction.statuses
            found.append([s.status for s in statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025])
        assert found == [[], ["Recurred"]], item


def test_a_sentence_turning_on_the_last_speaks_of_what_it_spoke_of(tmp_path):
    """'… now timely. However, too many are still completed late.' : the qualification names none of the
    recommendation's concerns, yet speaks of them; praise so qualified settles nothing, as a reader takes it (unseen
    tester helper-220: a peer review's praise of a service, qualified at once, had confirmed the recommendation on it;
    linking.json later_findings.turns_on_last). Without the turn the sentence stands alone and the praise confirms."""
    (tmp_path / "riverton-2021.md").write_text(_report(2021, EARLIER[1:2]), encoding="utf-8")
    head = "The experiences and progress of children in care: good\n\n"
    head += "1. Initial health assessments for children in care are now timely and thorough. "

    def verdicts(second: str) -> list[str]:
        _later(tmp_path, head + second + "\n")
        statuses = build([tmp_path]).extraction.statuses
        return [s.status for s in statuses if s.item.assessment.endswith("ofsted-2021") and s.as_of.year == 2025]

    assert verdicts("However, too many are still completed late and do not identify emotional needs.") == []
    assert verdicts("Too many are still completed late and do not identify emotional needs.") == ["IndependentlyVerified"]
    # a sentence between that is no finding: the turn is on that one (reviewer helper-233)
    moved = "The council moved its fostering service into a new directorate in 2024. "
    assert verdicts(moved + "However, the new arrangements are not yet embedded.") == ["IndependentlyVerified"]


PEER_REVIEW = """\
Children's Services Peer Review
Riverton Council
7 – 9 March 2023
Feedback report
1. Introduction
Riverton Council invited a peer review team to test the progress it has made since the Ofsted inspection of 2021.
The peer review team: Alan Price, former Director of Children's Services (lead peer); Dev Shah, LGA Peer Review Manager.
2. Key Lines of Enquiry
The council asked the team to consider one key line of enquiry:
KLOE 1: {kloe}
3. KLOE 1: {kloe}
{body}"""  # a council's peer review of one key line of enquiry: its question, then what the team found


def test_a_later_inspection_speaks_of_a_peer_reviews_recommendation(tmp_path):
    """A peer review's recommendation is an open item like an inspection's: the next inspection's findings on its
    concerns confirm it or find it persists (unseen tester helper-220: a review's call to prioritise life-story work,
    found improved by the next inspection, stayed open; findings/link/later.py reviewed_before)."""
    review = PEER_REVIEW.format(
        kloe="How well are children in care helped to understand their histories?",
        body="3.1 Social workers are enthusiastic about life-story work but few have been trained, and too few children "
        "have a\nlife-story book.\n4. Areas to consider\n- Prioritise life-story work so that every child in care has an "
        "age-appropriate account of their history.\n",
    )
    (tmp_path / "riverton-2021.md").write_text(_report(2021, EARLIER[1:2]), encoding="utf-8")
    (tmp_path / "riverton peer review feedback.txt").write_text(review, encoding="utf-8")
    _later(
        tmp_path,
        "The experiences and progress of children in care: good\n\n1. Life-story work with children in care is now "
        "consistently good, and children have an age-appropriate account of their history.\n",
    )
    result = build([tmp_path])
    recs = [r for r in result.extraction.recommendations if "peer-review" in r.assessment]
    assert [r.text for r in recs] == [
        "Prioritise life-story work so that every child in care has an age-appropriate account of their history."
    ]
    later = [
        (s.status, s.as_of.year)
        for s in result.extraction.statuses
        if s.item.assessment == recs[0].assessment and s.as_of.year == 2025
    ]
    assert later == [("IndependentlyVerified", 2025)]
