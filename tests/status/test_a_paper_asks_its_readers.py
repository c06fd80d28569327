"""A progress paper's closing paragraph asks its readers to note or agree it ('2. The Board is asked to note progress.'):
it is no update on the recommendation the paragraph before spoke of, nor on the one its number names (ordinals.json
'sections'; tester helper-266: it became a progress update on recommendation 2)."""

from __future__ import annotations

import pytest

from findings.build import build
from tests.status.test_colour_on_a_labelled_line import PLAN

PAPER = """Eastfield Council
Children's Improvement Board
20 May 2024

Progress on the Ofsted improvement plan

1. This report sets out progress against the recommendations of the Ofsted inspection published on 12 September 2023.

Recommendation 2 – Blue. The joint protocol with housing was signed by both services in April 2024.

2. {closing}
"""


@pytest.mark.parametrize(
    "closing",
    [
        "The Board is asked to note progress.",
        "The Children's Improvement Board is asked to note the report and agree the next steps.",
        "Members are asked to note the progress made.",
    ],
)
def test_the_readers_asked_to_note_it_is_no_update(tmp_path, closing):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(PAPER.format(closing=closing), encoding="utf-8")
    updates = [" ".join(u.text.split()) for u in build([tmp_path]).extraction.updates]
    assert closing not in updates
    assert any(u.startswith("Recommendation 2 – Blue.") for u in updates)
