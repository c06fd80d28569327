"""A later item that asks for managers' oversight of a concern raises an earlier item on that concern again: the
oversight is a generic concern the earlier item does not name, which weighs only recurrence.unshared_generic's weight
in the later item's theme mass (extract/lexicons/linking.json), so it no longer keeps the shared concern, what the
item is about, under the threshold (the blind readings' p153 and p160 in other words: 'the level of management
oversight regarding screening decisions at the front door' against the appraisal of information to decide on
contacts)."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences


def test_oversight_of_screening_decisions_raises_the_screening_decisions_again(tmp_path):
    earlier = [
        "The timeliness of strategy discussions and of child protection enquiries, and the quality of screening "
        "decisions at the front door.",
        "Ensure that care leavers live in suitable accommodation.",
        "Increase the number of foster carers recruited locally.",
    ]
    later = ["The impact of management oversight on screening decisions at the front door."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}
