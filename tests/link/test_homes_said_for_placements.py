"""From 2023 Ofsted writes of children's 'homes' where it wrote 'placements': the availability of homes near where
children live raises again an earlier ask for enough local placements, so fewer live at a distance (themes.ttl
placement-sufficiency and distance; tester helper-265: no link and no candidate)."""

from __future__ import annotations

from tests.link.test_recurrence import _recurrences


def test_homes_close_to_where_children_live_raise_local_placements_again(tmp_path):
    earlier = [
        "Increase the number of local foster placements, so that fewer children in care are placed at a distance.",
        "The quality of return home interviews for children who go missing.",
    ]
    later = [
        "The timeliness of initial health assessments for children entering care.",
        "The availability of homes for children in care near to where they live, so that fewer live far from home.",
    ]
    assert _recurrences(tmp_path, earlier, later) == {("ofsted-2025", "2", "1")}
