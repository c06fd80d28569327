"""Reports and letters printed by a browser from HTML whose list bullets are drawn as CSS shapes (no glyph in the text
layer, as Ofsted's own PDFs draw them): Chromium paints each item after the rest of its page, so PDFium gives the
list's lines under the page's closing words. Tester helper-285: an ILACS report's and a focused visit letter's lists
read as nothing, a list over a page lost its second page's items, and a contact, referral and assessment letter's
'Strengths' read as recommendations and its last area for development lost. The PDFs are under
tests/data/shape_bullets/ (made by its make_shape_bullets.py), each an invented council's."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

DATA = Path(__file__).resolve().parents[1] / "data" / "shape_bullets"


def _recommendations(name: str) -> list[str]:
    path = DATA / f"{name}.pdf"
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # every item quotes its own characters
        assert " ".join(doc.text[s.start - doc.offset : s.end - doc.offset] for s in rec.spans).split() == rec.text.split()
    return [" ".join(rec.text.split()) for rec in recs]


def test_a_report_reads_its_list_in_the_place_it_is_printed():
    doc = read_document(DATA / "harrowfield-ilacs.pdf", "harrowfield-ilacs.pdf")
    heading = doc.text.index("What needs to improve?")
    assert doc.text.index("The timeliness of initial health") > heading
    assert doc.text.index("The timeliness of initial health") < doc.text.index("Published: 22 April 2025")
    assert "a run of lines" in doc.normalisation  # the reading says that it moved lines


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "harrowfield-ilacs",
            [
                "The timeliness of initial health assessments for children who come into care.",
                "Oversight of children placed at home with their parents under a care order.",
                "The range of homes for older children in care, so that fewer live far from Harrowfield.",
            ],
        ),
        (
            "kestrel-vale-fv",
            [
                "Make sure that strategy discussions include the police and health for every child at risk of harm.",
                "Reduce the caseloads of social workers in the assessment teams.",
            ],
        ),
        (
            "northwold-ilacs",
            [
                "The quality of return home interviews for children who go missing.",
                "Management oversight of decisions to end child protection plans.",
                "The stability of placements for children in care aged over 12.",
                "Support for care leavers aged 21 and over who live outside the county.",
                "The recording of children's wishes and feelings in their assessments and plans, so that workers who"
                " come new to a child's case can see what the child has said.",
            ],
        ),
    ],
)
def test_a_list_with_bullets_drawn_as_shapes_is_read_whole(name, expected):
    assert _recommendations(name) == expected


def test_a_letters_strengths_are_no_recommendations_and_its_last_area_over_a_page_is_read():
    recs = _recommendations("torbay-cra")
    assert not any("Thresholds" in rec or "Managers are visible" in rec for rec in recs)
    assert recs[:4] == [
        "Ensure that every referral is screened by a qualified social worker within one working day.",
        "Improve the recording of the reasons for decisions to take no further action.",
        "Ensure that initial assessments record the views of the child.",
        "Develop the use of chronologies in the assessment teams.",
    ]


def test_a_letters_closing_words_on_its_areas_for_improvement_are_no_recommendation():
    recs = _recommendations("torbay-cra")
    assert len(recs) == 4
    assert not any("will be considered" in rec for rec in recs)


def test_an_unstopped_last_item_ends_at_the_next_sections_heading():
    assert _recommendations("eastmere-cp") == [
        "ensure that core groups meet within ten working days of the initial conference",
        "develop an early help offer that partners understand and use",
        "improve the quality of supervision records so that they show reflective discussion and managerial challenge",
    ]


CP_TEXT = """Inspection of local authority arrangements for the protection of children

Westbury Council

Inspection dates: 8 – 17 January 2013
Lead inspector: Lou Grant HMI
Published: 22 February 2013

Areas for improvement
In order to improve the quality of help and protection given to children and young people in Westbury,
the local authority and its partners should take the following action.
Within three months:
review the threshold document with partners so that referrals are made at the right level
ensure that every child subject to a plan is seen alone by their social worker
{heading}
{after}
"""


@pytest.mark.parametrize(
    ("heading", "after"),
    [
        ("About this inspection", "The inspection team was made up of two inspectors."),
        ("Key strengths", "Partners are committed to the local safeguarding arrangements."),
        ("Next steps", "The local authority should prepare a plan within 70 working days."),
    ],
)
def test_an_unstopped_item_in_a_text_copy_ends_at_a_heading_that_ends_a_list(tmp_path, heading, after):
    path = tmp_path / "westbury-2013.txt"
    path.write_text(CP_TEXT.format(heading=heading, after=after), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = [" ".join(rec.text.split()) for rec in extract_document(doc).recommendations]
    assert recs == [
        "review the threshold document with partners so that referrals are made at the right level",
        "ensure that every child subject to a plan is seen alone by their social worker",
    ]


LETTER_TEXT = """4 November 2025

Kim Orr
Director of Children's Services
Rutland County Council

Dear Kim

Focused visit to Rutland local authority children's services

This letter summarises the findings of a focused visit to Rutland local authority children's services on
7 and 8 October 2025. The inspectors were Ali Brook and Dee Marsh, His Majesty's Inspectors.

What needs to improve in this area of social care practice?

Findings

Most children receive a timely response when they need help.

Yours sincerely

Ali Brook
His Majesty's Inspector
"""


def test_a_letters_list_heading_with_no_item_read_is_said(tmp_path):
    path = tmp_path / "rutland-fv-2025.txt"
    path.write_text(LETTER_TEXT, encoding="utf-8")
    out = extract_document(read_document(path, path.name))
    assert out.recommendations == []
    assert any("What needs to improve in this area of social care practice?" in note and "not" in note for note in out.notes)
