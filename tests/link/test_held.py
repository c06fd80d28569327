"""Each rule that holds a recurrence candidate for review (findings/link/held.py), on plain readings: what it holds
and what it lets through. The builds that show each rule on real items are in the tests named in its docstring's
linking.json entry (test_recurrence_in_context.py, test_follow_up_whom_only.py, test_recurrence.py,
test_generic_concern_of_another_group.py, test_different_ask.py, test_asked_of_a_body.py,
test_information_of_examples.py)."""

from __future__ import annotations

from findings.extract.lexicons import load_json
from findings.link.held import (
    asked_apart,
    asked_of_a_body,
    for_other_groups,
    for_the_group_only,
    functions_and_words,
    named_in_passing,
    names_the_body,
    nothing_asked_alike,
    of_its_examples,
    whom_only,
)
from findings.link.parts import without_examples
from findings.link.previous import content_words
from findings.link.scores import shared
from findings.link.themes import concerns_of, lexicon_concepts, under
from findings.model import ItemRef

RULES = load_json("lexicons/linking.json")["recurrence"]


def th(*names: str) -> set[str]:
    """The theme IRIs of `names` (local names in ontology/themes.ttl)."""
    return set(lexicon_concepts(names))


def one(name: str) -> str:
    return th(name).pop()


def concerns(text: str) -> dict[str, float]:
    return concerns_of(text, RULES["broader_credit"])


def test_a_generic_concern_one_item_names_in_passing_holds_the_pair_and_a_specific_one_does_not():
    rule = (under(th("assessments", "plan-quality")), 0.5)
    assessments, adoption = one("assessments"), one("adoption")
    later = ({adoption: 1.0, assessments: 0.3}, set())
    earlier = ({assessments: 1.0}, set())
    assert named_in_passing((later, earlier), {assessments}, {}, rule)
    assert not named_in_passing((({adoption: 1.0, assessments: 0.8}, set()), earlier), {assessments}, {}, rule)
    assert not named_in_passing((({adoption: 0.3, assessments: 1.0}, set()), ({adoption: 1.0}, set())), {adoption}, {}, rule)
    assert not named_in_passing((later, earlier), set(), {}, rule)


def test_a_review_sharing_only_whom_with_a_recommendation_asking_more_is_held():
    leavers, adoption = one("care-leavers"), one("adoption")
    assert whom_only({leavers}, {leavers: 1.0, adoption: 1.0}, {leavers})
    assert not whom_only({leavers}, {leavers: 1.0}, {leavers})  # the recommendation asks nothing else
    assert not whom_only({adoption}, {leavers: 1.0, adoption: 1.0}, {leavers})  # not only whom
    assert not whom_only({leavers}, {leavers: 1.0, adoption: 1.0}, set())  # the rule off: no group areas


def test_a_function_asked_for_one_group_is_held_against_the_function_in_general():
    functions = under(th("assessments"))
    assessments, exploitation = one("assessments"), one("exploitation")
    whole = {exploitation: 1.0, assessments: 0.5}
    mine = frozenset({exploitation})
    assert for_the_group_only({assessments}, whole, mine, frozenset(), functions)
    assert not for_the_group_only({assessments}, whole, mine, mine, functions)  # the earlier names the group too
    assert not for_the_group_only({assessments}, {exploitation: 0.5, assessments: 1.0}, mine, frozenset(), functions)
    assert not for_the_group_only({assessments}, whole, frozenset(), frozenset(), functions)  # no group named
    assert not for_the_group_only({exploitation}, whole, mine, frozenset(), functions)  # not a function shared


def test_a_generic_concern_asked_of_two_different_staff_groups_is_held():
    rule, generic, supervision = RULES["apart_by_whom"], under(th("supervision")), one("supervision")
    advisers, assessment, social_work = frozenset({"care-leavers"}), frozenset({"assessment-teams"}), frozenset({"social-work"})
    assert for_other_groups({supervision}, advisers, assessment, generic, rule)
    assert not for_other_groups({supervision}, social_work, assessment, generic, rule)  # the assessment teams are social work
    assert not for_other_groups({supervision}, advisers, frozenset(), generic, rule)  # no group named by one
    assert not for_other_groups({one("adoption")}, advisers, assessment, generic, rule)  # not a generic concern


def test_reviewing_a_generic_concern_against_making_it_better_is_held():
    generic, plans, permanence = under(th("plan-quality")), one("plan-quality"), one("permanence")
    assert asked_apart({plans}, {plans}, set(), generic)
    assert not asked_apart({plans}, {plans}, {plans}, generic)  # both ask to review the plans
    assert not asked_apart({permanence}, {permanence}, set(), generic | {plans})  # a specific concern is the ask itself


def test_an_item_asking_a_body_of_its_own_work_is_raised_only_by_one_naming_the_body_or_its_successor():
    board, audits, partnership, other_board = (ItemRef("recommendation", "a", n) for n in "1234")
    texts = {
        board: "Ensure that the Local Safeguarding Children Board has a robust multi-agency audit programme.",
        audits: "Ensure that the quality assurance framework, including case audits, improves practice.",
        partnership: "Strengthen the audit programme of the safeguarding partnership.",
        other_board: "Ensure that the LSCB evaluates the quality of frontline practice.",
    }
    bodies = asked_of_a_body(texts)
    assert sorted(bodies) == [board, other_board]
    assert not names_the_body(bodies, audits, board, texts)
    assert names_the_body(bodies, partnership, board, texts)
    assert names_the_body(bodies, board, partnership, texts)  # either way round
    assert names_the_body(bodies, other_board, board, texts)  # asked of it too


def test_information_on_what_an_item_names_only_among_its_examples_is_held_against_the_thing_itself():
    later = (
        "Ensure that the corporate parenting board has the performance information it needs to hold services for "
        "children looked after to account, including the progress of care leavers in education, employment and training."
    )
    earlier = "Improve the support for care leavers who are not in education, employment or training."
    rule = functions_and_words(RULES)
    assert rule is not None
    both = shared(concerns(later), concerns(earlier), False)
    asked = concerns(without_examples(later, RULES["parts"]))
    assert of_its_examples(both, asked, concerns(earlier), earlier, rule)
    said = earlier.replace(".", ", and the data on them.")  # the earlier item says a word of information
    assert not of_its_examples(both, asked, concerns(said), said, rule)
    assert not of_its_examples(both, concerns(later), concerns(earlier), earlier, rule)  # named in what it asks


def test_items_naming_one_body_or_function_and_nothing_alike_asked_of_it_are_held():
    def held(later: str, earlier: str, council: frozenset[str] = frozenset()) -> bool:
        mine, theirs = concerns(later), concerns(earlier)
        return nothing_asked_alike(shared(mine, theirs, False), mine, theirs, later, earlier, council)

    assert held(
        "Ensure that the corporate parenting panel hears from care leavers.",
        "Ensure that members of the corporate parenting panel are trained in their duties.",
    )
    assert not held(
        "Improve the use of audits to evaluate the impact of practice.",
        "Ensure that case audits are used to improve practice.",  # both ask it of practice
    )
    later = "Ensure that the Northshire corporate parenting panel hears from care leavers."
    earlier = "Ensure that members of the Northshire corporate parenting panel are trained in their duties."
    assert not held(later, earlier)  # they share a word beyond the labels: the council's name
    assert held(later, earlier, content_words("Northshire County Council"))  # which tells nothing asked alike
