"""The recorded reasons for a manager's decision are the recording of decisions (ontology/themes.ttl, th:case-records),
however the words run, so a later item asking for them at one point of a child's journey raises the earlier ask."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences


def test_reasons_for_management_decisions_raise_recorded_decisions_again(tmp_path):
    earlier = [
        "Ensure that managers' decisions, and why they were made, are written on children's case files.",
        "The timeliness of initial health assessments for children in care.",
    ]
    later = ["The recording of the reasons for management decisions when children's cases are closed."]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "1", "1")}
