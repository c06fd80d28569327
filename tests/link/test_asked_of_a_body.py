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
