"""Make the PDFs under tests/data/shape_bullets/: invented councils' Ofsted-style reports and letters printed by
headless Chromium from HTML whose list bullets are drawn as CSS shapes (no glyph in the text layer, as Ofsted's own
PDFs draw them). Chromium paints each such item (a positioned box) after the rest of the page, so the PDF's text
gives the list's lines after the lines printed below it: what findings/read/pdf_order.py puts back. Run from the
project root: `python tests/data/shape_bullets/make_shape_bullets.py` (needs chromium); the files are committed, so tests never
depend on this running, nor on how another Chromium would order a page."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from findings.viz.chromium import run_chromium  # noqa: E402

OUT = Path(__file__).resolve().parent

STYLE = """@page { size: A4; margin: 18mm 16mm; }
body { font-family: sans-serif; font-size: 11pt; }
.page { page-break-after: always; position: relative; min-height: 250mm; }
.hdr { font-size: 8.5pt; border-bottom: 1px solid #999; margin-bottom: 8mm; }
.ftr { font-size: 8.5pt; position: absolute; bottom: 0; width: 100%; }
ul { list-style: none; padding-left: 7mm; } li { position: relative; margin-bottom: 5px; }
li::before { content: ''; position: absolute; left: -5mm; top: 6px; width: 5px; height: 5px; background: #333; }
"""


def _page(header: str, body: str, number: int) -> str:
    return f'<div class="page"><div class="hdr">{header}</div>{body}<div class="ftr">{number}</div></div>'


def _items(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


TITLE = "Inspection of Harrowfield local authority children's services"
ILACS = _page(
    TITLE,
    "<p>Harrowfield Borough Council</p><h1>Inspection of Harrowfield local authority children's services</h1>"
    "<p>Inspection dates: 3 to 14 March 2025</p><p>Lead inspector: Sam Rowe, His Majesty's Inspector</p>"
    "<table><tr><td>Judgement</td><td>Grade</td></tr><tr><td>Overall effectiveness</td><td>Good</td></tr></table>"
    "<h2>What needs to improve?</h2>"
    + _items(
        "The timeliness of initial health assessments for children who come into care.",
        "Oversight of children placed at home with their parents under a care order.",
        "The range of homes for older children in care, so that fewer live far from Harrowfield.",
    )
    + "<h2>The experiences and progress of children who need help and protection: good</h2>"
    "<p>1. Children and families get a prompt and proportionate response at the front door.</p>"
    "<p>Published: 22 April 2025</p>",
    1,
)

LETTER = _page(
    "Focused visit to Kestrel Vale local authority children's services",
    "<p>9 October 2025</p><p>Robin Hale<br>Director of Children's Services<br>Kestrel Vale Council</p>"
    "<p>Dear Robin</p><h2>Focused visit to Kestrel Vale local authority children's services</h2>"
    "<p>This letter summarises the findings of a focused visit to Kestrel Vale local authority children's services on"
    " 10 and 11 September 2025. The inspectors were Ali Brook and Dee Marsh, His Majesty's Inspectors.</p>"
    "<h3>Areas for priority action</h3>"
    + _items(
        "Make sure that strategy discussions include the police and health for every child at risk of harm.",
        "Reduce the caseloads of social workers in the assessment teams.",
    )
    + "<h3>Findings</h3><p>Most children receive a timely response when they need help.</p>"
    "<p>Yours sincerely</p><p>Ali Brook<br>His Majesty's Inspector</p>",
    1,
)

RUNNING = "Northwold County Council: inspection of children's services, 5 to 16 May 2025"
ACROSS = _page(
    RUNNING,
    "<h1>Inspection of Northwold County Council children's services</h1>"
    "<p>Inspection dates: 5 to 16 May 2025</p><p>Lead inspector: Kit Ames, His Majesty's Inspector</p>"
    "<table><tr><td>Judgement</td><td>Grade</td></tr><tr><td>Overall effectiveness</td>"
    "<td>Requires improvement to be good</td></tr></table>"
    "<p>Since the last inspection, leaders have strengthened the front door and the oversight of care plans.</p>"
    "<h2>What needs to improve?</h2>"
    + _items(
        "The quality of return home interviews for children who go missing.",
        "Management oversight of decisions to end child protection plans.",
    ),
    1,
) + _page(
    RUNNING,
    _items(
        "The stability of placements for children in care aged over 12.",
        "Support for care leavers aged 21 and over who live outside the county.",
        "The recording of children's wishes and feelings in their assessments and plans, so that"
        " workers who come new to a child's case can see what the child has said.",
    )
    + "<h2>The experiences and progress of children who need help and protection: requires improvement to be good</h2>"
    "<p>1. Children's needs are identified early by partners.</p><p>Published: 20 June 2025</p>",
    2,
)

CRA_HEAD = "Torbay Council: unannounced inspection of contact, referral and assessment"
CRA = (
    _page(
        CRA_HEAD,
        "<p>15 February 2010</p><p>Ms Jane Doyle<br>Director of Children's Services<br>Torbay Council</p>"
        "<p>Dear Ms Doyle</p><h3>Unannounced inspection of contact, referral and assessment arrangements within local"
        " authority children's services in Torbay</h3><p>This letter summarises the findings of the unannounced"
        " inspection of contact, referral and assessment arrangements within local authority children's services in"
        " Torbay, which was conducted on 26 and 27 January 2010.</p>"
        "<p>The inspection identified one area for priority action and three areas for development.</p>",
        1,
    )
    + _page(
        CRA_HEAD,
        "<h3>Strengths</h3>"
        + _items(
            "Thresholds for referral are well understood by partner agencies across the city.",
            "Managers are visible and accessible to staff in the duty teams.",
        )
        + "<h3>Areas for priority action</h3>"
        + _items("Ensure that every referral is screened by a qualified social worker within one working day.")
        + "<h3>Areas for development</h3>"
        + _items(
            "Improve the recording of the reasons for decisions to take no further action.",
            "Ensure that initial assessments record the views of the child.",
        )
        + "<p>"
        + "<br>" * 26
        + "</p>",
        2,
    )
    + _page(
        CRA_HEAD,
        _items("Develop the use of chronologies in the assessment teams.")
        + "<p>Any areas for improvement will be considered at the next annual assessment of children's services.</p>"
        "<p>Yours sincerely</p><p>Lee Carr<br>Divisional Manager</p>",
        3,
    )
)

CP_HEAD = "Inspection of local authority arrangements for the protection of children – Eastmere Borough Council"
CP = _page(
    CP_HEAD,
    "<h1>Inspection of local authority arrangements for the protection of children</h1><h2>Eastmere Borough Council</h2>"
    "<p>Inspection dates: 4 – 13 February 2013</p><p>Reporting inspector: Pat Moss HMI</p>"
    "<p>Published: 15 March 2013</p><h2>Areas for improvement</h2>"
    "<p>In order to improve the quality of help and protection given to children and young people in Eastmere, the"
    " local authority and its partners should take the following action.</p><p><b>Within three months:</b></p>"
    + _items("ensure that core groups meet within ten working days of the initial conference")
    + "<p><b>Within six months:</b></p>"
    + _items(
        "develop an early help offer that partners understand and use",
        "improve the quality of supervision records so that they show reflective discussion and managerial challenge",
    )
    + "<h2>About this inspection</h2><p>The inspection team consisted of three of Her Majesty's Inspectors.</p>",
    1,
)

DOCUMENTS = {
    "harrowfield-ilacs": ILACS,
    "kestrel-vale-fv": LETTER,
    "northwold-ilacs": ACROSS,
    "torbay-cra": CRA,
    "eastmere-cp": CP,
}


def main() -> None:
    for name, body in DOCUMENTS.items():
        with tempfile.TemporaryDirectory() as scratch:
            source = Path(scratch) / f"{name}.html"
            source.write_text(f"<html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{body}</body></html>")
            run_chromium(["--no-pdf-header-footer", f"--print-to-pdf={OUT / (name + '.pdf')}", source.as_uri()], timeout=120)
            print(OUT / f"{name}.pdf", file=sys.stderr)


if __name__ == "__main__":
    main()
