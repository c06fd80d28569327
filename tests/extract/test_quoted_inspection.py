"""How a council paper dates the inspection it answers: its fieldwork, with or without 'from', a dash or 'to'."""

from __future__ import annotations

import pytest

from findings.extract.context import inspection_mention


@pytest.mark.parametrize(
    "sentence",
    [
        "Responding to the Ofsted inspection of local authority children’s services, fieldwork 16–27 September 2024.",
        "The on-site fieldwork took place from 16 September to 27 September 2024.",
        "The inspection took place 16 – 27 September 2024.",
        "The Ofsted inspection (16–27 September 2024) found that leaders know their services well.",
        "Ofsted’s inspection fieldwork: 16 September – 27 September 2024.",
    ],
)
def test_a_council_paper_dates_the_inspection_it_answers_by_its_fieldwork_however_written(sentence):
    found = inspection_mention(sentence)
    assert (str(found.get("started")), str(found.get("ended"))) == ("2024-09-16", "2024-09-27")
    start, end = found["fieldwork_span"]  # type: ignore[misc]
    assert sentence[start:end].endswith("27 September 2024")
