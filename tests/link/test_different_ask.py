"""Two recommendations on one topic that ask different things of it: what one asks to have reviewed, tracked or
overseen the other asks to be made better (linking.json, recurrence.asks), or two that name one body or function of
how the service is run and share nothing of what they ask of it (recurrence.machinery beyond_labels). Such a pair
waits for a person with its score; it is not linked."""

from __future__ import annotations

from findings.build import build
from findings.extract.lexicons import load_json
from findings.link.parts import objects_of
from tests.link.test_recurrence import _report


def _candidates(folder, earlier: list[str], later: list[str]) -> dict[tuple[str, str], tuple[float, bool]]:
    """(later item, earlier item) → (score, asserted) of every recurrence candidate between two reports of a council."""
    (folder / "brookvale-2020.md").write_text(_report(2020, earlier), encoding="utf-8")
    (folder / "brookvale-2024.md").write_text(_report(2024, later), encoding="utf-8")
    return {
        (link.source.identifier, link.target.identifier): (link.score, link.asserted)
        for link in build([folder]).extraction.links
        if link.kind == "recurs"
    }


def test_what_an_item_asks_to_have_reviewed_is_read_up_to_the_clause_it_opens():
    rule = load_json("lexicons/linking.json")["recurrence"]["asks"]
    assert objects_of("Make sure the progress of child protection and child in need plans, when reviewed, is timely.", rule) == [
        "child protection and child in need plans"
    ]
    assert objects_of("Rigorous oversight and tracking of children's plans when they come into care.", rule) == [
        "children's plans"
    ]
    assert objects_of("Reviews of the plans for disabled children are held on time.", rule) == ["plans for disabled children"]
    assert objects_of("The quality of children's plans, so that they are specific.", rule) == []
    assert objects_of("Complete the review of every child waiting for a placement.", rule) == []  # a review to carry out once
    assert objects_of("Supervision that is regular and focused on progressing children's plans.", rule) == ["children's plans"]
    assert objects_of("Managers reviewing the plans of disabled children, so that they are current.", rule) == [
        "plans of disabled children"
    ]


def test_supervision_focused_on_progressing_plans_is_no_recurrence_of_plans_to_be_made_better(tmp_path):
    """'Supervision … focused on progressing children's plans' asks for supervision that moves plans on, not for better
    plans: a later item on the quality of child protection plans raises the earlier item on those plans again, not the
    supervision one (helper-213's unseen council)."""
    earlier = [
        "Improve the quality of management oversight and supervision so that it is frequent, recorded and focused on "
        "progressing children's plans.",
        "Ensure that child protection plans are outcome-focused and say clearly what must change for each child.",
    ]
    later = ["The quality of child in need and child protection plans, so that they state what must change for children."]
    found = _candidates(tmp_path, earlier, later)
    assert {pair for pair, (_, asserted) in found.items() if asserted} == {("1", "2")}
    # the plans supervision acts on ('so that it is … focused on progressing children's plans') are no part of the
    # earlier item's list (recurrence.parts.refers_back, issue #9): the pair scores below the threshold, not only held
    assert found.get(("1", "1"), (0.0, False))[0] < load_json("lexicons/linking.json")["recurrence"]["threshold"]["recurs"]


def test_plans_to_be_tracked_are_no_recurrence_of_plans_to_be_made_better(tmp_path):
    """'The quality of children's plans' asks for better plans; 'the tracking of children's plans' for watching their
    progress: the same topic, another ask (blind pairs p41, p73, p87, p147 of tests/gold/pairs). Two items that both
    ask to follow plans' progress are one ask."""
    earlier = [
        "Improve the tracking of children's plans so that managers see when they stall.",
        "Strengthen the monitoring of child in need plans by team managers.",
    ]
    later = [
        "The quality of children's plans, so that each sets out clear, measurable outcomes.",
        "The oversight of children's plans by team managers, so that they do not drift.",
    ]
    found = _candidates(tmp_path, earlier, later)
    assert {pair for pair, (_, asserted) in found.items() if asserted} == {("2", "1"), ("2", "2")}
    score, asserted = found[("1", "1")]
    assert not asserted and score >= load_json("lexicons/linking.json")["recurrence"]["threshold"]["recurs"]  # for review


def test_one_body_named_with_nothing_asked_of_it_alike_is_no_recurrence(tmp_path):
    """A corporate parenting panel asked to hear care leavers and one asked to train its members share the panel, not
    an ask (blind pairs p31, p54, p62, p64); the same training asked again recurs. Two items that name nothing but the
    body or function ask for it alike ('leaders' self-evaluation' against 'strengthen quality assurance':
    tests/link/test_recurrence.py)."""
    earlier = ["Ensure that members of the corporate parenting panel are trained in their statutory duties."]
    later = [
        "Ensure that the corporate parenting panel hears from care leavers about their homes.",
        "Ensure that members of the corporate parenting panel receive training on their statutory duties.",
    ]
    found = _candidates(tmp_path, earlier, later)
    assert {pair for pair, (_, asserted) in found.items() if asserted} == {("2", "1")}
    score, asserted = found[("1", "1")]
    assert not asserted and score >= load_json("lexicons/linking.json")["recurrence"]["machinery"]["threshold"]["recurs"]


def test_quality_assurance_of_one_paper_is_no_recurrence_of_quality_assurance_that_improves_practice(tmp_path):
    """Quality assurance named by both, and nothing else alike: 'quality assurance of the reports to the fostering
    panel' does not ask again for 'audits whose findings improve practice' (blind pair p138); an item asking audits to
    improve practice again does, in other words (the words of the labels it is named by set aside, not every label's)."""
    earlier = ["Ensure that audits are completed regularly and that their findings are used to improve practice."]
    later = [
        "Ensure robust quality assurance of the reports presented to the fostering panel.",
        "The impact of audit on practice, and the learning taken from it.",
    ]
    found = _candidates(tmp_path, earlier, later)
    assert {pair for pair, (_, asserted) in found.items() if asserted} == {("2", "1")}


def test_a_body_s_duty_in_other_words_is_nothing_asked_alike(tmp_path):
    """'The corporate parenting response for …' and '… meet their statutory responsibilities' share the first letters
    of a word for any body's duty ('respo'), not an ask (recurrence.machinery duty_words): such a pair waits for
    review, as two items sharing only the body named do; the same ask in other words still recurs."""
    earlier = [
        "Ensure that elected members and senior leaders meet their statutory responsibilities as corporate parents by "
        "strengthening scrutiny."
    ]
    later = [
        "The corporate parenting response for ongoing support to care leavers aged over 21.",
        "Elected members' scrutiny of the work of the corporate parenting panel.",
    ]
    found = _candidates(tmp_path, earlier, later)
    assert {pair for pair, (_, asserted) in found.items() if asserted} == {("2", "1")}
    score, asserted = found[("1", "1")]
    assert not asserted and score >= load_json("lexicons/linking.json")["recurrence"]["machinery"]["threshold"]["recurs"]


def test_audit_analysing_the_quality_of_practice_is_no_recurrence_of_better_practice(tmp_path):
    """Audit work 'analysing the quality of practice' asks to have practice reviewed, as tracking or monitoring plans
    does (recurrence.asks: 'analysing', 'evaluating'); 'the quality of social work
    practice' asks for better practice (tests/gold/pairs p124, wrong): the pair waits for review, while an
    item asking again for audits that analyse practice recurs."""
    rule = load_json("lexicons/linking.json")["recurrence"]["asks"]
    assert objects_of("Make audit work more effective in analysing the quality of practice alongside compliance.", rule) == [
        "quality of practice alongside compliance"
    ]
    assert objects_of("Improve the collection and analysis of performance data.", rule) == []  # the data work itself
    earlier = [
        "Ensure that the quality assurance framework makes audit work more effective in analysing the quality of social "
        "work practice alongside compliance.",
        "Ensure that care leavers receive their health histories.",
        "Reduce delay for children who need adoption.",
        "Improve the quality of return home interviews.",
    ]
    later = [
        "The quality of social work practice for children.",
        "Audit work that analyses the quality of practice, not compliance alone.",
    ]
    found = _candidates(tmp_path, earlier, later)
    assert {pair for pair, (_, asserted) in found.items() if asserted} == {("2", "1")}
    score, asserted = found[("1", "1")]
    assert not asserted and score >= load_json("lexicons/linking.json")["recurrence"]["threshold"]["recurs"]
