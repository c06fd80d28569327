"""A list that names what must improve a line each, with neither glyph, number nor full stop ('The quality of
supervision and management oversight' over 'Timeliness of assessments'), under a list heading: each line an item
(helper-158: the list had been lost whole, or run together with the prose after it). Text, Markdown and PDF copies;
a line in lower case goes on with the item above; the heading over the prose after the list is no item."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

_HEAD = [
    "Harrowgate Vale Borough Council",
    "Inspection of Harrowgate Vale local authority children's services",
    "",
    "Inspection dates: 13 to 24 May 2024",
    "Lead inspector: Peter Quince, His Majesty's Inspector",
    "",
    "Judgement\tGrade",
    "The impact of leaders on social work practice with children and families\tGood",
    "The experiences and progress of children who need help and protection\tGood",
    "The experiences and progress of children in care\tRequires improvement to be good",
    "The experiences and progress of care leavers\tGood",
    "Overall effectiveness\tGood",
    "",
    "Services for children in Harrowgate Vale are good and leaders have a firm grip on practice.",
    "",
    "What needs to improve?",
    "",
]
_TAIL = [
    "",
    "The experiences and progress of children in care: requires improvement to be good",
    "",
    "1. Children come into care when they need to, but some wait too long for a permanent home.",
    "",
    "Ofsted published this report on 5 July 2024.",
]
_ITEMS = [
    "Timeliness of permanence planning for children in care",
    "The quality of supervision and management oversight",
    "Support for care leavers to find suitable homes",
]


def _read(tmp_path, lines: list[str], name: str = "harrowgate-vale.txt"):
    path = tmp_path / name
    if name.endswith(".pdf"):
        path.write_bytes(make_pdf([[line.replace("\t", " ") for line in lines]]))
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    for rec in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
    return part


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize("name", ["harrowgate-vale.txt", "harrowgate-vale.md", "harrowgate-vale.pdf"])
def test_items_named_a_line_each_without_stops_are_the_list(tmp_path, name, gap):
    listed = [item + gap for item in _ITEMS]
    part = _read(tmp_path, _HEAD + listed + _TAIL, name)
    assert [(r.identifier, r.text) for r in part.recommendations] == [
        ("1", "Timeliness of permanence planning for children in care"),
        ("2", "The quality of supervision and management oversight"),
        ("3", "Support for care leavers to find suitable homes"),
    ]


def test_a_named_item_that_wraps_goes_on_in_lower_case(tmp_path):
    listed = ["Timeliness of permanence planning for children in care and the", "tracking of their plans", *_ITEMS[1:]]
    part = _read(tmp_path, _HEAD + listed + _TAIL)
    assert [r.text for r in part.recommendations] == [
        "Timeliness of permanence planning for children in care and the tracking of their plans",
        *_ITEMS[1:],
    ]


def test_the_heading_over_prose_after_the_list_is_no_item(tmp_path):
    after = ["", "Leadership", "Leaders know their services well and act on what audits tell them about practice."]
    part = _read(tmp_path, _HEAD + _ITEMS + after + _TAIL)
    assert [r.text for r in part.recommendations] == _ITEMS


def test_a_single_unpunctuated_line_is_no_list(tmp_path):
    """One line under the heading with nothing to tell it from a heading is left alone, as before."""
    part = _read(
        tmp_path, _HEAD + _ITEMS[:1] + ["", "Leaders know their services well and act on what audits tell them."] + _TAIL
    )
    assert part.recommendations == []
