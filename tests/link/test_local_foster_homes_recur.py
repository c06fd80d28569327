"""Two consecutive ILACS reports of a council never seen (helper-179): 2023 asks for 'the availability of foster homes
close to Barnsley for older children and siblings', 2019 for 'the sufficiency of local foster placements for older
children and sibling groups'. 'Local' foster placements had named no concern of sufficiency, so the one
recurrence a reader sees first was missed; now they are the sufficiency of foster homes (ontology/themes.ttl)."""

from __future__ import annotations

import shutil

from findings.build import build
from tests.conftest import DATA

EARLIER = DATA / "other_councils" / "barnsley_style_ilacs_2019.txt"
LATER = DATA / "other_councils" / "barnsley_style_ilacs_2023.txt"


def test_a_call_for_local_foster_homes_raises_the_last_inspections_again(tmp_path):
    for path in (EARLIER, LATER):
        shutil.copy(path, tmp_path / path.name)
    links = build([tmp_path]).extraction.links
    recurs = sorted((k.source.identifier, k.target.identifier) for k in links if k.kind == "recurs" and k.asserted)
    assert recurs == [("1", "2"), ("2", "1"), ("5", "4")]
