"""A visit letter's list heading whose question wraps onto a second line ('What needs to improve in this area of social
care' / 'practice?', tester bb306's fv-wrapped-heading: Chromium wrapped the heading and the item was lost, 'a layout
the readers do not know'): the heading is both lines and the items under it are read, as under the heading on one
line."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf


def _pages(heading: list[str]) -> list[list[str]]:
    return [
        [
            "12 May 2022",
            "Ms Jo Bloggs",
            "Director of Children's Services",
            "Dorset Council",
            "Dear Ms Bloggs",
            "Focused visit to Dorset children's services",
            "This letter summarises the findings of the focused visit to Dorset children's services on 5 and",
            "6 April 2022. The visit was carried out by His Majesty's Inspectors Sam Roe and Kim Poe.",
            "Inspectors looked at the arrangements for children in need and children subject to a plan.",
            "Headline findings",
            "Children in need are seen regularly by social workers who know them well.",
            *heading,
            "The timeliness of reviews of child in need plans, so that drift is identified and acted on",
            "quickly.",
            "Main findings",
            "Social workers visit children regularly and know them well.",
            "Yours sincerely",
            "Sam Roe",
            "His Majesty's Inspector",
        ]
    ]


@pytest.mark.parametrize(
    "heading",
    [
        ["What needs to improve in this area of social care", "practice?"],
        ["What needs to improve in this area of social", "care practice?"],
        ["What needs to improve in this area of social care practice?"],
    ],
)
def test_the_item_under_a_wrapped_question_is_read(tmp_path, heading):
    path = tmp_path / "dorset-focused-visit-2022.pdf"
    path.write_bytes(make_pdf(_pages(heading)))
    doc = read_document(path, path.name)
    out = extract_document(doc)
    assert [" ".join(r.text.split()) for r in out.recommendations] == [
        "The timeliness of reviews of child in need plans, so that drift is identified and acted on quickly."
    ]
    rec = out.recommendations[0]
    assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
    assert not [note for note in out.notes if "no recommendation" in note]
