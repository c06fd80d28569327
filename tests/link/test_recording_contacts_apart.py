"""Recording contacts as they come in is a front-door procedure of its own (linking.json recurrence.senses_apart,
screening): a later ask to take referrals that reach the threshold for a strategy meeting forward, with the reasons for
decisions recorded, does not raise it again, and waits for review; recording contacts asked again still recurs
(black-box tester bb316: 'all contacts are recorded on the electronic system on the day they are received' had read
as Recurred)."""

from __future__ import annotations

from findings.build import build
from tests.link.test_recurrence import _recurrences

EARLIER = [
    "Make sure that all contacts are entered on the electronic system on the day they come in.",
    "Ensure that supervision of social workers is regular and challenges drift in children's plans.",
    "Improve the timeliness of initial health assessments for children in care.",
]
STRATEGY = (
    "Ensure that all referrals to children's services that reach the threshold for a strategy meeting are taken forward "
    "within 24 hours and that the reasons for each decision are recorded on the child's record."
)


def test_strategy_meetings_on_referrals_do_not_raise_recording_contacts_again(tmp_path):
    assert _recurrences(tmp_path, EARLIER, [STRATEGY]) == set()


def test_in_other_words_neither(tmp_path):
    later = [
        "Ensure that referrals reaching the threshold for a strategy meeting are taken forward within a day, "
        "with the reasons for decisions recorded."
    ]
    assert _recurrences(tmp_path, EARLIER, later) == set()


def test_the_pair_waits_for_review(tmp_path):
    _recurrences(tmp_path, EARLIER, [STRATEGY])
    links = [k for k in build([tmp_path]).extraction.links if k.kind == "recurs"]
    assert [(k.source.identifier, k.target.identifier, k.asserted) for k in links] == [("1", "1", False)]
    assert "senses_apart" in links[0].why


def test_recording_contacts_asked_again_still_recurs(tmp_path):
    later = ["Ensure that all contacts are logged on the electronic recording system promptly."]
    assert _recurrences(tmp_path, EARLIER, later) == {("ofsted-2025", "1", "1")}
