"""A text copy's contents page whose entries give their pages ('Recommendations 3') lists no line without one: the
council's 'Recommendations' heading on the next page, with the board's 'Recommendations' further on, had been taken
for a contents entry, so the council's items were lost to findings (tester helper-187)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """1
Anyshire County Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: 11 January 2016 to 2 February 2016
Report published: 14 March 2016
Children's services in Anyshire require improvement to
be good

2
Contents
Recommendations 3
Information about this inspection 4

3
Recommendations
1. Ensure that initial health assessments for children who become looked after are
completed promptly and that review health assessments are of good quality.
2. Improve the quality of pathway plans for care leavers so that they are specific,
measurable and reviewed regularly.

5
The Local Safeguarding Children Board (LSCB)
Recommendations
80. Ensure that the learning from serious case reviews is disseminated effectively to
frontline practitioners.

6
Information about this inspection
Lead inspector: Ann Example HMI
"""


def _recommendations(tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "children's services inspection - 14 march 2016.txt"
    path.write_text(text, encoding="utf-8")
    return [(r.identifier, r.text.split()[2]) for r in extract_document(read_document(path, path.name)).recommendations]


def test_the_section_after_a_contents_page_with_page_numbers_is_read(tmp_path):
    assert _recommendations(tmp_path, REPORT) == [("1", "initial"), ("2", "quality"), ("80", "the")]


def test_a_contents_list_without_page_numbers_is_still_no_section(tmp_path):
    """'Contents' over titles without pages, the same titles below: the entries are no list heading."""
    paged = "Recommendations 3\nInformation about this inspection 4"
    text = REPORT.replace(paged, "Recommendations\nInformation about this inspection")
    assert _recommendations(tmp_path, text) == [("1", "initial"), ("2", "quality"), ("80", "the")]
