"""A peer challenge letter whose lines of enquiry are headings ('Key line of enquiry 1: …', 'KLOE 1 – …') over
'Strengths' and 'Areas for consideration' bullets, with the team's recommendations in one list after the last
(helper-180): the letter gave its KLOEs and nothing else."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

MARKDOWN = DATA / "other_councils" / "thurrock_style_peer_challenge_markdown_2023.md"
BULLETS = DATA / "other_councils" / "solihull_style_peer_challenge_bullets_2024.txt"


def _read(path):
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _words(doc, spans) -> str:
    return " ".join(" ".join(doc.text[s.start : s.end] for s in spans).split())


def test_the_numbered_list_after_the_last_line_of_enquiry_is_the_reviews_recommendations():
    doc, part = _read(MARKDOWN)
    assert [k.identifier for k in part.kloes] == ["1", "2", "3"]
    got = [(r.assessment, r.identifier, r.kloe, r.text) for r in part.recommendations]
    assert got == [
        (
            "thurrock/peer-review-2023",
            "1",
            None,
            "Introduce a supervision recording template that sets out actions, owners and timescales.",
        ),
        (
            "thurrock/peer-review-2023",
            "2",
            None,
            "Track every family in pre-proceedings at the legal gateway panel, with a recorded decision at 16 weeks.",
        ),
        (
            "thurrock/peer-review-2023",
            "3",
            None,
            "Agree with Essex Police a protocol for the timely sharing of domestic abuse notifications with schools.",
        ),
    ]


def test_strengths_and_areas_for_consideration_are_the_kloes_findings_as_their_headings_say():
    doc, part = _read(MARKDOWN)
    got = [(f.identifier, f.kloe, f.polarity, f.text) for f in part.findings]
    assert got == [
        ("kloe1-p1-1", "1", "Strength", "Managers know their teams well and staff told us they feel supported."),
        ("kloe1-p2-1", "1", "Weakness", "Supervision records are often brief and do not always set out actions with timescales."),
        ("kloe2-p1-1", "2", "Strength", "A weekly legal gateway panel has been established."),
        ("kloe2-p2-1", "2", "Weakness", "Pre-proceedings frequently exceed 16 weeks without a recorded decision to extend."),
        ("kloe3-p1-1", "3", "Strength", "Police and health are co-located in the Thurrock front door."),
    ]


def test_bulleted_lines_of_enquiry_what_works_well_and_areas_for_development():
    doc, part = _read(BULLETS)
    (review,) = part.assessments.values()
    assert (review.key, str(review.started), str(review.ended), str(review.issued)) == (
        "solihull/peer-review-2024",
        "2024-02-05",
        "2024-02-07",
        "2024-03-12",
    )
    assert [(r.identifier, r.kloe, r.text) for r in part.recommendations] == [
        ("1", None, "Review every pathway plan with the young person within the next six months."),
        (
            "2",
            None,
            "Set a target for care leavers in education, employment or training and report it to the corporate parenting "
            "board each quarter.",
        ),
    ]
    assert [(f.kloe, f.polarity) for f in part.findings] == [
        ("1", "Strength"),
        ("1", "Strength"),
        ("1", "Weakness"),
        ("1", "Weakness"),
        ("2", "Strength"),
        ("2", "Weakness"),
    ]
    assert part.findings[2].text == (
        "Pathway plans are not always updated when circumstances change, and young people are not always involved in "
        "writing them."
    )


@pytest.mark.parametrize("path", [MARKDOWN, BULLETS], ids=["markdown", "bullets"])
def test_every_span_is_exactly_its_text(path):
    doc, part = _read(path)
    for item in [*part.recommendations, *part.findings]:
        assert item.spans and all(s.doc == doc.sha256 and 0 <= s.start < s.end <= len(doc.text) for s in item.spans)
        assert _words(doc, item.spans) == item.text


def test_areas_for_consideration_that_advise_are_the_kloes_recommendations(tmp_path):
    """Under a line of enquiry, 'Areas for consideration' whose items advise ('The council should …') are that KLOE's
    recommendations, numbered under it."""
    path = tmp_path / "letter.md"
    text = MARKDOWN.read_text(encoding="utf-8").replace(
        "- Supervision records are often brief and do not always set out actions with timescales.",
        "- The council should make supervision records set out actions with timescales.\n- Audit supervision quarterly.",
    )
    path.write_text(text, encoding="utf-8")
    doc, part = _read(path)
    assert [(r.identifier, r.kloe) for r in part.recommendations] == [
        ("1.1", "1"),
        ("1.2", "1"),
        ("3.1", "3"),
        ("3.2", "3"),
        ("3.3", "3"),
    ]
    assert [f.identifier for f in part.findings if f.kloe == "1"] == ["kloe1-p1-1"]
