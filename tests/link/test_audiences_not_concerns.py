"""Whom an item's work reaches is not what it is about (linking.json, recurrence.audiences): 'raise awareness of
private fostering among schools, health services and community groups' asks again about private fostering, not about
health; its list of bodies neither splits it into concerns nor links it to an earlier item on health assessments."""

from __future__ import annotations

from findings.extract.lexicons import load_json
from findings.link.audiences import without_audiences
from tests.link.test_different_ask import _candidates

RULE = load_json("lexicons/linking.json")["recurrence"]["audiences"]


def test_a_list_of_bodies_the_work_reaches_is_left_out_of_what_is_read():
    assert (
        without_audiences(
            "Raise awareness of private fostering among schools, health services and community groups so that more privately "
            "fostered children are identified.",
            RULE,
        )
        == "Raise awareness of private fostering so that more privately fostered children are identified."
    )
    assert without_audiences("Partners such as GPs and the police understand the risks of exploitation.", RULE) == (
        "Partners understand the risks of exploitation."
    )
    assert without_audiences("Publicise the local offer to colleges and youth groups.", RULE) == "Publicise the local offer."
    assert without_audiences("Share learning across agencies including schools, health and the police.", RULE) == (
        "Share learning across agencies."
    )


def test_a_list_that_reaches_no_one_or_names_no_body_is_kept():
    for text in (
        "Ensure that referrals to early help services are timely.",  # nothing reaches out: the services are the ask
        "Improve awareness of the access to health information by children in care.",  # 'health information' is no body
        "Raise awareness of the risks to children and young people of online abuse.",  # children are no body
        "Improve the sufficiency of services, including CAMHS and early help.",  # 'services' is no partner
    ):
        assert without_audiences(text, RULE) == text


def test_the_bodies_the_work_reaches_carry_no_link_and_the_subject_does(tmp_path):
    """Two inspections of one invented council four years apart: before, 'health services' in each later item's list
    linked it to the earlier item on health assessments (0.451 and 0.610, both over the threshold) and held a third
    for review; each later item raises its own subject again, private fostering or return home interviews."""
    earlier = [
        "Ensure that children looked after have timely health assessments and that health services share information "
        "about their needs.",
        "Ensure that the local authority is notified of private fostering arrangements and that visits to privately "
        "fostered children are timely.",
        "Improve the quality of supervision so that it challenges drift in children's plans.",
        "Ensure that return home interviews are offered to every child who goes missing.",
    ]
    later = [
        "Raise awareness of private fostering among schools, health services and community groups so that more "
        "privately fostered children are identified.",
        "Ensure that partners such as schools, health services and community groups notify the local authority when a "
        "child is privately fostered.",
        "Promote understanding of return home interviews with schools, health services and the police so that more "
        "missing children take up the offer.",
    ]
    found = _candidates(tmp_path, earlier, later)
    assert {pair for pair, (_, asserted) in found.items() if asserted} == {("1", "2"), ("2", "2"), ("3", "4")}
    assert not any(earlier_item == "1" for _, earlier_item in found)  # not even for review
