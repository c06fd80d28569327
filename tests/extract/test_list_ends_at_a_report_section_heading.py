"""A 2013–2017 report numbers its paragraphs on through its recommendations into its next section, so the paragraph
after the section's heading ('Inspection judgements about the local authority', '3. Domestic abuse notifications wait
…') is numbered on from the list's last item: a known section heading of the report (report_layout.json
list_end_headings, the headings of its contents page) ends the list there, with a page break and its number before the
heading or not. Tester helper-346: the paragraph was read as the list's third recommendation."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

HEAD = """Wyvern Vale Council
Inspection of services for children in need of help and protection, children looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children Board
Inspection dates: 27 February 2017 to 23 March 2017
Report published: 12 May 2017
Children’s services in Wyvern Vale are inadequate

What does the local authority need to improve?
Areas for improvement
1. Ensure that the response to domestic abuse notifications is timely.
2. Ensure that children subject to child protection plans are visited at the frequency set out in their plans.
"""
TAIL = """Inspection judgements about the local authority
3. Domestic abuse notifications wait up to a week for screening.
4. Strategy discussions are timely and well attended.

Information about this inspection
Lead inspector: Ann Example
"""
BOARD = """
Review of the effectiveness of the local safeguarding children board
The LSCB requires improvement
What does the LSCB need to improve?
Areas for improvement
5. Ensure that the LSCB evaluates the impact of its training
Inspection judgements about the local safeguarding children board
6. The board has not evaluated its training.
"""


@pytest.mark.parametrize("between", ["\n", "\f4\n"], ids=["straight", "over-a-page"])
def test_a_section_heading_ends_the_list_though_its_paragraphs_number_on(tmp_path, between):
    path = tmp_path / "children's services inspection - 12 may 2017.txt"
    path.write_text(HEAD + between + TAIL, encoding="utf-8")
    doc = read_document(path, path.name)
    got = [(r.identifier, r.text) for r in extract_document(doc).recommendations]
    assert got == [
        ("1", "Ensure that the response to domestic abuse notifications is timely."),
        ("2", "Ensure that children subject to child protection plans are visited at the frequency set out in their plans."),
    ]


def test_the_boards_section_heading_ends_its_list_after_an_unstopped_item(tmp_path):
    path = tmp_path / "children's services inspection - 12 may 2017.txt"
    path.write_text(HEAD + BOARD, encoding="utf-8")
    doc = read_document(path, path.name)
    got = [(r.assessment.endswith("-lscb"), r.identifier, r.text) for r in extract_document(doc).recommendations]
    assert got[-1] == (True, "5", "Ensure that the LSCB evaluates the impact of its training")
    assert len(got) == 3


def test_a_stated_paragraph_under_a_heading_no_list_names_is_no_item(tmp_path):
    """Under a heading the layout does not know, a numbered paragraph that states ('… wait up to a week') after items
    that each ask is the next section's, not an item; a list whose items state stays whole across its sub-headings."""
    path = tmp_path / "children's services inspection - 12 may 2017.txt"
    unknown = TAIL.replace("Inspection judgements about the local authority", "Help for families")
    path.write_text(HEAD + unknown, encoding="utf-8")
    got = [r.identifier for r in extract_document(read_document(path, path.name)).recommendations]
    assert got == ["1", "2"]
    stating = HEAD.replace("1. Ensure that the response to", "1. The response to").replace(
        "2. Ensure that children subject", "2. Children subject"
    )
    path.write_text(stating + unknown, encoding="utf-8")
    got = [r.identifier for r in extract_document(read_document(path, path.name)).recommendations]
    assert got[:3] == ["1", "2", "3"]
