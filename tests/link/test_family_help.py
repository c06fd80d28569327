"""Reports from 2026 write 'family help' where earlier ones wrote 'early help' (ontology/themes.ttl th:early-help): a
later item on family help raises an earlier one on early help again (black-box tester helper-352: no link, no
candidate), and not one on children in care."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences

_FILLER_EARLIER = "The quality of return home interviews for children who go missing."
_FILLER_LATER = "The timeliness of initial health assessments for children entering care."


def test_family_help_raises_early_help_again(tmp_path):
    earlier = ["The quality of targeted early help for families.", _FILLER_EARLIER]
    later = [_FILLER_LATER, "The quality of targeted family help for families. (outcome 1, national framework)"]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "2", "1")}
