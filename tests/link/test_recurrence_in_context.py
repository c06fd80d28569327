"""A later item's concern raised again must be the concern the item is about where it stands, not a word read out of
its context: a part of a list reads only what the whole item names, a list of things ends where a phrase opens, and
one management function done for two different groups of children is two concerns (linking.json, recurrence.parts
and recurrence.for_a_group; the blind readings of tests/gold/pairs)."""

from __future__ import annotations

from findings.extract.lexicons import load_json
from findings.link.parts import parts_of
from tests.link.test_recurrence import _recurrences

LATER = "ofsted-2025"


def test_a_part_reads_no_concern_its_whole_item_names_only_inside_a_longer_label(tmp_path):
    """'Training' at the end of 'education, employment and training' is what care leavers do, not staff training; a
    part 'training' split out of that list must not raise an earlier item on training staff."""
    earlier = [
        "Make sure that staff in the disabled children's team receive training so that they can meet children's needs.",
        "Ensure that care leavers live in suitable accommodation.",
    ]
    later = [
        "Ensure that care leavers have pathway plans that are specific and measurable, in particular about their "
        "education, employment and training."
    ]
    assert (LATER, "1", "1") not in _recurrences(tmp_path, earlier, later)
    # the same later item still raises an earlier one on what care leavers do
    earlier[1] = "Increase the number of care leavers in education, employment or training."
    assert (LATER, "1", "2") in _recurrences(tmp_path, earlier, later)


def test_a_part_that_loses_the_thing_its_head_was_about_reads_nothing_new(tmp_path):
    """'The sufficiency of the workforce so that caseloads are manageable and allow managers to …' split at its 'and's
    gives 'the sufficiency of allow managers …', which would read as placement sufficiency."""
    earlier = [
        "Continue to review the sufficiency of the social care workforce so that caseloads are manageable and allow "
        "front line workers and managers to meet required standards.",
        "Ensure that care leavers live in suitable accommodation.",
    ]
    assert _recurrences(tmp_path, earlier, ["The sufficiency of placement choice and location for children in care."]) == set()


def test_a_list_of_things_ends_where_a_phrase_opens():
    rule = load_json("lexicons/linking.json")["recurrence"]["parts"]
    text = "Ensure that the review of children's plans at core groups and in supervision is focused on reducing risk."
    assert not any("of in supervision" in part for part in parts_of(text, rule))
    assert parts_of("The help given to young carers, children in custody and children who are privately fostered.", rule) == [
        "the help given to young carers",
        "the help given to children in custody",
        "the help given to children who are privately fostered",
    ]


def test_plans_discussed_in_supervision_are_not_raised_again_by_management_oversight(tmp_path):
    """An earlier item on how plans progress when reviewed 'in meetings and in supervision' is about plans; the
    supervision is where they are reviewed. Its list read on past 'in supervision' gave a part on supervision alone."""
    earlier = [
        "Ensure that the progress of child protection and child in need plans when reviewed in meetings and in "
        "supervision is focused on the reduction of risk.",
        "Ensure that care leavers live in suitable accommodation.",
    ]
    assert _recurrences(tmp_path, earlier, ["The quality of practice and management oversight."]) == set()


def test_one_function_for_two_different_groups_of_children_is_two_concerns(tmp_path):
    """Assessments for children going home from care and assessments for all children, care leavers among them, share
    no concern by the assessments (recurrence.for_a_group); assessments of care leavers raised again still link."""
    earlier = [
        "Improve the quality of social work assessments for all children, including care leavers, and analyse the "
        "risks to children within their family.",
        "Ensure that foster carers receive regular supervision.",
    ]
    assert _recurrences(tmp_path, earlier, ["The timeliness of assessments and support for children who return home."]) == set()
    assert _recurrences(tmp_path, earlier, ["The quality of assessments of care leavers' needs."]) == {(LATER, "1", "1")}


def test_a_generic_concern_named_in_passing_is_no_recurrence_but_a_specific_one_is(tmp_path):
    """Assessments asked 'as part of' prompt pre-proceedings work do not raise an earlier item on up-to-date
    assessments again (linking.json, recurrence.in_passing: a generic practice concern one item names in passing); an
    item on assessments itself does, and so does a specific concern named in passing (return home interviews)."""
    earlier = [
        "Ensure that children in care for the long term have up-to-date assessments of their needs.",
        "Ensure that children who go missing from home or care are offered a return home interview.",
        "Ensure that care leavers live in suitable accommodation.",
    ]
    passing = (
        "Ensure that pre-proceedings work starts promptly when children's circumstances do not improve and, as part of "
        "this, that thorough assessments are carried out to inform future planning."
    )
    assert (LATER, "1", "1") not in _recurrences(tmp_path, earlier, [passing])
    assert (LATER, "1", "1") in _recurrences(
        tmp_path, earlier, ["The timeliness and quality of assessments of children's needs."]
    )
    specific = "Improve the quality of plans, including the timely offer of return home interviews."
    assert (LATER, "1", "2") in _recurrences(tmp_path, earlier, [specific])


def test_what_an_item_asks_before_its_examples_is_a_part_of_its_own(tmp_path):
    """'The quality of management oversight, including that of reviewing officers' asks first for management
    oversight; read whole, the reviewing officers named after 'including' dilute it, and an earlier item that asks for
    supervision in its second sentence was not raised again (blind readings of tests/gold/pairs p32, p63, p86). The
    clause before an 'including' list is read as a part when the list names a concern the clause does not
    (linking.json, recurrence.parts); a clause whose examples name nothing new is no part ('… pre-proceedings work,
    including the early response to unborn babies', p115)."""
    earlier = [
        "Make sure that care plans are specific and are reviewed on time. Ensure that social workers receive regular "
        "supervision which challenges drift.",
        "Ensure that care leavers live in suitable accommodation.",
    ]
    later = ["The effectiveness of management oversight, including that of independent reviewing officers."]
    assert (LATER, "1", "1") in _recurrences(tmp_path, earlier, later)
    rule = load_json("lexicons/linking.json")["recurrence"]["parts"]
    text = "The timeliness of pre-proceedings work, including the early response to concerns about unborn babies."
    assert "the timeliness of preproceedings work" not in parts_of(text, rule)
    text = "The timeliness of pre-proceedings work, including the viability assessments of relatives."
    assert "the timeliness of preproceedings work" in parts_of(text, rule)


def test_a_group_named_only_among_an_items_examples_does_not_make_it_that_groups_oversight(tmp_path):
    """'Strengthen the performance management framework … in every service, including the offer of return home
    interviews …' asks for performance management of the whole service: the missing children among its examples do not
    make it data on missing children (linking.json, recurrence.for_a_group), so it raises an earlier call for better
    performance data again (blind reading of tests/gold/pairs p147), as well as the earlier one on return home interviews."""
    earlier = [
        "Improve the collection and analysis of performance data so that leaders can see trends and act on them.",
        "Ensure that care leavers live in suitable accommodation.",
        "Make sure that return home interviews are offered to every child who goes missing.",
    ]
    later = [
        "Strengthen the performance management framework so that managers see practice in every service, including the "
        "offer of return home interviews and the use of exploitation screening tools."
    ]
    assert _recurrences(tmp_path, earlier, later) == {(LATER, "1", "1"), (LATER, "1", "3")}
    # an item that asks for the group's data in its own words is still that group's
    later = ["Make sure that performance information about children who go missing is accurate and used by managers."]
    assert (LATER, "1", "1") not in _recurrences(tmp_path, earlier, later)


def test_entitlements_told_to_one_group_do_not_raise_another_groups_offer(tmp_path):
    """Homeless 16- and 17-year-olds told of their entitlements under section 20 raise no care leavers' pledge of
    their entitlements again (ontology/themes.ttl entitlements, a function of linking.json recurrence.for_a_group;
    the sixteenth and seventeenth blind readings of tests/gold/pairs), while care leavers' entitlements are still their
    local offer (recurrence.covers): an item on the offer raises one on knowing and receiving those entitlements."""
    earlier = [
        "Ensure that a pledge is developed for children leaving care, so that they understand clearly their entitlements "
        "and the continued support that will be available to them.",
        "Ensure that all children looked after and care leavers are aware of, and receive, their full entitlements.",
        "Ensure that foster carers receive regular supervision.",
    ]
    homeless = (
        "Ensure that 16- and 17-year-old homeless children are provided with clear information about their entitlements "
        "to accommodation and support under section 20 of the Children Act 1989."
    )
    assert _recurrences(tmp_path, earlier, [homeless]) == set()
    offer = "The accessibility of the local offer for care-experienced young people."
    assert {(LATER, "1", "1"), (LATER, "1", "2")} <= _recurrences(tmp_path, earlier, [offer])
