"""Two consecutive ILACS reports of a council never seen (helper-179): 2023 asks for 'the availability of foster homes
close to Barnsley for older children and siblings', 2019 for 'the sufficiency of local foster placements for older
children and sibling groups'. 'Local' foster placements had named no concern of sufficiency, so the one
recurrence a reader sees first was missed; now they are the sufficiency of foster homes (ontology/themes.ttl)."""

from __future__ import annotations

from tests.conftest import DATA
from tests.link.recurrences import asserted_recurrences

EARLIER = DATA / "other_councils" / "barnsley_style_ilacs_2019.txt"
LATER = DATA / "other_councils" / "barnsley_style_ilacs_2023.txt"


def test_a_call_for_local_foster_homes_raises_the_last_inspections_again(tmp_path):
    recurs = asserted_recurrences(tmp_path, EARLIER, LATER)
    assert recurs == [("1", "2"), ("2", "1"), ("5", "4")]
