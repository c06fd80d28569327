"""A SIF report's board section printed without its own heading: the board's verdict as a heading ('The LSCB requires
improvement', no stop) over its list, headed 'Recommendation' when it makes one (tester bb307's sif-lscb-one: the one
item was lost) or 'Recommendations' / 'Areas for improvement' (read, but as the council's): the items are the board
review's, numbered afresh; the council's list above stays the council's."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Exampleshire County Council",
    "Inspection of services for children in need of help and",
    "protection, children looked after and care leavers",
    "and",
    "Review of the effectiveness of the Local Safeguarding",
    "Children Board",
    "Inspection date: 9 May 2016 to 2 June 2016",
    "Report published: 12 July 2016",
    "Children's services in Exampleshire require improvement to be good Requires improvement",
    "1. Children who need help and protection Requires improvement",
    "The Local Safeguarding Children Board (LSCB) is good.",
    "1",
]


def _pages(verdict: str, heading: str, items: list[str]) -> list[list[str]]:
    return [
        TITLE,
        [
            "What does the local authority need to improve?",
            "Areas for improvement",
            "1. Ensure that return home interviews are offered to every child who goes missing.",
            verdict,
            heading,
            *items,
            "2",
        ],
    ]


ONE = ["1. Ensure that the board evaluates the impact of its training on frontline practice."]
TWO = [*ONE, "2. Strengthen the scrutiny by the board of early help across the partnership."]


@pytest.mark.parametrize(
    "verdict, heading, items",
    [
        ("The LSCB requires improvement", "Recommendation", ONE),
        ("The LSCB is good", "Recommendations", TWO),
        ("The LSCB is inadequate", "Areas for improvement", TWO),
    ],
)
def test_the_list_under_the_boards_verdict_is_the_boards(tmp_path, verdict, heading, items):
    path = tmp_path / "exampleshire-2016.pdf"
    path.write_bytes(make_pdf(_pages(verdict, heading, items)))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
    assert [(r.assessment.endswith("-lscb"), r.identifier, r.text) for r in recs] == [
        (False, "1", "Ensure that return home interviews are offered to every child who goes missing."),
        *((True, str(n), item[3:]) for n, item in enumerate(items, 1)),
    ]
