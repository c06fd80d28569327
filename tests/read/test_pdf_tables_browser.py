"""A council's plan kept as a web page and printed to PDF by a real browser (headless Chromium), over three pages:
read as a table, every action with its lead, due date and progress, whatever Chromium's PDF writer does with fonts,
borders and the heading it repeats on each page. Skipped where no Chromium is installed (CI installs it)."""

from __future__ import annotations

import html

import pytest

from findings.build import build
from findings.read import read_document
from findings.viz.chromium import find_chromium, run_chromium

STYLE = (
    "body{font-family:sans-serif;font-size:10pt;margin:1.5cm} table{border-collapse:collapse;width:100%}"
    " td,th{border:1px solid #000;padding:4px;vertical-align:top;text-align:left}"
)
HEADING = ("Ref", "Recommendation", "Action", "Lead", "Target date", "Progress update")


def _row(recommendation: int, action: int) -> tuple[str, ...]:
    words = (
        f"Recommendation {recommendation}: improve the quality of practice so that children receive timely help and"
        " their plans progress without drift or delay."
    )
    return (
        f"{recommendation}.{action}",
        words if action == 1 else "",
        f"Deliver action {recommendation}.{action} with partners, reporting monthly to the improvement board on"
        " its progress and its impact for children.",
        f"Head of Service {recommendation}",
        f"{10 + action}/0{action + 2}/2024",
        "Under way; first review with the board in the autumn." if action < 3 else "Not started.",
    )


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if find_chromium() is None:
        pytest.skip("chromium is not installed (apt-get install chromium): this test prints a web page to PDF")
    folder = tmp_path_factory.mktemp("printed")
    cells = lambda row, tag: "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row)  # noqa: E731
    body = "\n".join(f"<tr>{cells(_row(r, a), 'td')}</tr>" for r in range(1, 8) for a in range(1, 4))
    page = (
        f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        "<h2>Northmoor City Council</h2><p>Post-Inspection Action Plan: Ofsted inspection of local authority"
        " children's services, 6 to 17 March 2023</p><p>Version 2, agreed 12 June 2023</p>"
        f"<table><thead><tr>{cells(HEADING, 'th')}</tr></thead><tbody>{body}</tbody></table>"
        "<p>The plan is monitored by the Children's Improvement Board.</p></body></html>"
    )
    source = folder / "plan.html"
    source.write_text(page, encoding="utf-8")
    (folder / "in").mkdir()
    pdf = folder / "in" / "plan.pdf"
    run_chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri()], timeout=90)
    if not pdf.is_file():
        pytest.skip("chromium printed no PDF here")
    return pdf


def test_a_plan_a_browser_printed_reads_as_its_table(printed):
    doc = read_document(printed)
    assert len(doc.page_starts) >= 2  # the table runs over pages: the heading repeated, rows broken by a page
    rows = [line.split("\t") for line in doc.text.splitlines() if "\t" in line and not line.startswith("Ref\t")]
    assert [row[0] for row in rows] == [f"{r}.{a}" for r in range(1, 8) for a in range(1, 4)]
    for row in rows:
        recommendation, action = (int(n) for n in row[0].split("."))
        assert tuple(row) == _row(recommendation, action)[: len(row)]
    assert doc.text.rstrip().endswith("The plan is monitored by the Children's Improvement Board.")


def test_a_plan_a_browser_printed_gives_its_actions_and_progress(printed):
    out = build([printed.parent]).extraction
    assert len(out.recommendations) == 7
    assert len(out.actions) == 21
    action = next(a for a in out.actions if a.identifier == "4.2")
    assert (action.responds_to, action.lead, str(action.due_by)) == ("4", "Head of Service 4", "2024-04-12")
    assert {str(u.as_at) for u in out.updates} == {"2023-06-12"}
    doc = out.documents[0]
    for item in [*out.actions, *out.recommendations]:
        assert doc.text[item.spans[0].start : item.spans[0].end] == item.text


BORDERLESS = (
    ("1", "Area for improvement 1: the timeliness of strategy discussions.", "Agree an escalation protocol with the police.",
     "Head of Safeguarding", "December 2023", "Green"),
    ("", "", "Report timeliness weekly to the leadership team.", "Performance Manager", "January 2024", "Amber"),
    ("2", "Area for improvement 2: the quality of pathway plans.", "Introduce a new pathway plan template.",
     "Service Manager, Leaving Care", "March 2024", "Amber"),
    ("", "", "Audit twenty pathway plans each quarter.", "Principal Social Worker", "June 2024", "Red"),
)  # fmt: skip


def test_a_borderless_plan_a_browser_printed_keeps_each_action_its_own_row(tmp_path):
    """No borders, the heading's 'Area for improvement' over two lines, 'What we will do', the recommendation's cell
    empty on its second action's row, and a browser naming its text's size in pixels (11pt as 14.67): each action
    its own row with its own owner and date (the first read no table at all; then both actions and both owners ran
    together into one cell)."""
    if find_chromium() is None:
        pytest.skip("chromium is not installed (apt-get install chromium): this test prints a web page to PDF")
    cells = lambda row, tag: "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row)  # noqa: E731
    body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in BORDERLESS)
    heading = ("No.", "Area for improvement", "What we will do", "Owner", "By when", "RAG")
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><style>body{font-family:serif;font-size:11pt;margin:2cm}"
        " table{width:100%;border-collapse:separate;border-spacing:14px 6px} td,th{vertical-align:top;text-align:left}"
        "</style></head><body><p>Eastfield Metropolitan Borough Council</p><p>Improvement plan in response to the Ofsted"
        " inspection of local authority children's services, 4 to 15 September 2023</p>"
        f"<table><tr>{cells(heading, 'th')}</tr>{body}</table></body></html>"
    )
    source = tmp_path / "plan.html"
    source.write_text(page, encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    run_chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri()], timeout=90)
    if not pdf.is_file():
        pytest.skip("chromium printed no PDF here")
    rows = [line.split("\t") for line in read_document(pdf).text.splitlines() if "\t" in line]
    assert rows[0] == list(heading)
    assert [tuple(row + [""] * (6 - len(row))) for row in rows[1:]] == list(BORDERLESS)
