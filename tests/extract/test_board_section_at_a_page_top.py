"""A 2013–2017 report whose council sections end at a page's foot, the next page opening with the board's section:
its heading ('Review of the effectiveness of the Local Safeguarding Children Board' / '(LSCB)'), 'Executive summary'
and a summary whose first sentence gives the board's grade, no grade line under the heading. The heading is no
finding, nor any word of the council's last paragraph; the summary's sentences are the board's (as under a heading
that carries the grade), not the council's; the board's grade is still read from the report's table. Tester
helper-209: 'Review of the effectiveness of … (LSCB) Executive summary The Local Safeguarding Children Board requires
improvement to be good.' was a weakness of the council's last paragraph."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

FIRST = [
    "Eastmoor",
    "Inspection of services for children in need of",
    "help and protection, children looked after and",
    "care leavers",
    "and",
    "Review of the effectiveness of the Local",
    "Safeguarding Children Board",
    "Inspection date: 9 June 2015 - 2 July 2015",
    "Report published: 14 August 2015",
    "Lead inspector: Lee Example",
    "1. Children who need help and protection Requires improvement",
    "3. Leadership, management and governance Requires improvement",
    "The effectiveness of the Local Safeguarding Children Board (LSCB) Inadequate",
    "What does the local authority need to improve?",
    "Areas for improvement",
    "1. Ensure that plans for children say who will do what by when.",
]
COUNCIL = [
    "Leadership, management and governance",
    "5. Elected members know the service well and hold leaders to account.",
    "6. Leaders use data well, but audits are not always completed on time and their findings",
    "are not acted on.",
]
BOARD = [
    "Review of the effectiveness of the Local Safeguarding Children Board",
    "(LSCB)",
    "Executive summary",
    "The Local Safeguarding Children Board is inadequate. Its partners do not attend",
    "consistently and its audits are poor.",
    "Recommendations",
    "7. Ensure that all partner agencies attend the board regularly.",
]
FINDINGS = [
    "Inspection findings - the Local Safeguarding Children Board",
    "8. The chair of the board provides strong challenge to partners.",
    "Information about this inspection",
]


@pytest.mark.parametrize("copy", ["pdf", "text"])
def test_the_boards_heading_and_summary_are_no_words_of_the_councils_last_paragraph(tmp_path, copy):
    if copy == "pdf":
        path = tmp_path / "eastmoor-2015.pdf"
        path.write_bytes(make_pdf([FIRST, COUNCIL, BOARD, FINDINGS]))
    else:
        path = tmp_path / "eastmoor-2015.txt"
        path.write_text("\n".join([*FIRST, "", *COUNCIL, *BOARD, *FINDINGS, ""]), encoding="utf-8")
    out = extract_document(read_document(path, path.name))
    council = [(f.identifier, f.text) for f in out.findings if f.assessment == "eastmoor/ofsted-2015"]
    assert [i for i, _ in council] == ["p5-1", "p6-1"]
    assert council[-1][1] == (
        "Leaders use data well, but audits are not always completed on time and their findings are not acted on."
    )
    board = {(f.identifier, f.polarity, f.text) for f in out.findings if f.assessment == "eastmoor/ofsted-2015-lscb"}
    assert board == {
        ("summary1-1", "Weakness", "The Local Safeguarding Children Board is inadequate."),
        ("summary1-2", "Weakness", "Its partners do not attend consistently and its audits are poor."),
        ("p8-1", "Strength", "The chair of the board provides strong challenge to partners."),
    }
    grades = [(j.assessment, j.grade) for j in out.judgements if j.key == "lscb"]
    assert grades == [("eastmoor/ofsted-2015-lscb", "Inadequate")]
