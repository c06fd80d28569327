"""The review of the safeguarding board read as the board's wherever the report prints its heading: on the report's
first page, below the council's list (a short report whose second page holds only its back matter), its items numbered
on from the council's ('3.', '4.' after '1.', '2.'); or wrapped late, the heading set in the body's type ('Review of
the effectiveness of the local safeguarding children' / 'board (LSCB)', a first line longer than a heading's usually
is). Tester helper-198: in both, the board's items were filed as the council's."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

FIRST_PAGE = [
    "Exampleton",
    "Inspection of services for children in need of help and",
    "protection, children looked after and care leavers",
    "and",
    "Review of the effectiveness of the Local Safeguarding",
    "Children Board",
    "Inspection date: 11 May 2015 - 3 June 2015",
    "Report published: 10 July 2015",
    "Lead inspector: Ann Example",
    "1. Children who need help and protection Requires improvement",
    "The Local Safeguarding Children Board (LSCB) requires improvement.",
    "What does the local authority need to improve?",
    "Areas for improvement",
    "1. Ensure that managers provide regular, reflective supervision to social workers and that it is",
    "recorded on case files.",
    "2. Improve the timeliness of initial health assessments for children who become looked after.",
    "Review of the effectiveness of the local safeguarding",
    "children board (LSCB)",
    "The LSCB requires improvement",
    "Executive summary",
    "The LSCB meets its statutory responsibilities.",
    "Recommendations",
    "3. Ensure that the board evaluates the impact of multi-agency safeguarding training on frontline",
    "practice.",
    "4. Develop a learning and improvement framework that tracks the implementation of actions",
    "from serious case reviews.",
    "Inspection findings - the Local Safeguarding Children Board (LSCB)",
    "101. The chair is independent and provides effective challenge to partners.",
]


def _filed(out) -> list[tuple[bool, str]]:
    return [(r.assessment.endswith("-lscb"), r.identifier) for r in out.recommendations]


def test_the_boards_section_on_the_first_page_below_the_council_list_is_the_boards(tmp_path):
    path = tmp_path / "exampleton-2015.pdf"
    path.write_bytes(make_pdf([FIRST_PAGE, ["(c) Crown copyright 2015"]]))
    doc = read_document(path, path.name)
    out = extract_document(doc)
    assert _filed(out) == [(False, "1"), (False, "2"), (True, "3"), (True, "4")]
    assert doc.text[out.recommendations[-1].spans[-1].start : out.recommendations[-1].spans[-1].end].endswith("case reviews.")


def test_a_board_heading_wrapped_late_opens_the_boards_section(tmp_path):
    lines = [*FIRST_PAGE[:16], "10. Inspectors found that supervision is regular.", *FIRST_PAGE[16:]]
    at = lines.index("Review of the effectiveness of the local safeguarding")
    lines[at : at + 2] = ["Review of the effectiveness of the local safeguarding children", "board (LSCB)"]
    path = tmp_path / "exampleton-2015.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = extract_document(read_document(path, path.name))
    assert _filed(out) == [(False, "1"), (False, "2"), (True, "3"), (True, "4")]
