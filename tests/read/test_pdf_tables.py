"""A post-inspection plan kept as a Word table and published as a PDF: read as a table, a row a line, so its actions,
leads and due dates are found (PDFium's own text runs the cells of a row apart or together, and no plan reader could
tell one column from another)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from findings.build import build
from findings.read import read_document
from tests.pdfmaker import make_pdf, make_table_pdf

COLUMNS = (50, 85, 235, 395, 500)
HEADING = ("Ref", "Recommendation", "Action", "Lead", "Target date")
TOP = [
    "Westmere Borough Council",
    "Post-Inspection Action Plan: Ofsted inspection of children's services, 9 to 20 May 2022",
    "Version 1.0, September 2022",
    "",
]
ROWS = [
    (
        "1.1",
        ["The level of management", "oversight regarding", "screening decisions at the", "front door."],
        ["Daily management review of", "all contacts awaiting a", "screening decision, with the", "rationale recorded."],
        ["Service Manager,", "Front Door"],
        "31/10/2022",
    ),
    (
        "1.2",
        "",
        ["New screening workflow and", "templates in the case", "management system."],
        ["Head of Service,", "Front Door"],
        "31/01/2023",
    ),
    (
        "2.1",
        ["Strategy discussions, to", "ensure that multi-agency", "decision-making is timely."],
        ["Escalation protocol agreed", "with the police for strategy", "discussions not held in time."],
        ["Assistant Director,", "Children's Social Care"],
        "30/09/2022",
    ),
]
SECOND = [
    "Westmere Borough Council - Post-Inspection Action Plan",
    HEADING,
    (
        "3.1",
        ["Support for care leavers at", "the point of transition."],
        ["Transition protocol between", "children in care teams."],
        ["Service Manager,", "Leaving Care"],
        "31/12/2022",
    ),
    "",
    "",
    "Page 2 of 2",
]


def _plan(tmp_path: Path, by_line: bool = False, pages: list | None = None) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir(exist_ok=True)
    path = folder / "action plan.pdf"
    path.write_bytes(make_table_pdf(pages or [[*TOP, HEADING, *ROWS], SECOND], COLUMNS, by_line=by_line))
    return path


def test_a_plan_table_in_a_pdf_gives_its_actions_leads_and_due_dates(tmp_path):
    out = build([_plan(tmp_path).parent]).extraction
    actions = {a.identifier: a for a in out.actions}
    assert sorted(actions) == ["1.1", "1.2", "2.1", "3.1"]
    assert (
        actions["1.1"].text
        == "Daily management review of all contacts awaiting a screening decision, with the rationale recorded."
    )
    assert actions["2.1"].lead == "Assistant Director, Children’s Social Care"
    assert str(actions["1.2"].due_by) == "2023-01-31"
    assert str(actions["3.1"].due_by) == "2022-12-31"
    recommendations = {r.identifier: r.text for r in out.recommendations}
    assert recommendations == {
        "1": "The level of management oversight regarding screening decisions at the front door.",
        "2": "Strategy discussions, to ensure that multi-agency decision-making is timely.",
        "3": "Support for care leavers at the point of transition.",
    }
    doc = out.documents[0]
    for item in [*out.actions, *out.recommendations]:  # every quote is the document's text at its offsets
        assert doc.text[item.spans[0].start : item.spans[0].end] == item.text
    quoted = {doc.text[s.start : s.end] for s in actions["2.1"].spans}
    assert {"Assistant Director, Children’s Social Care", "30/09/2022"} <= quoted
    assert actions["3.1"].spans[0].page == 2  # the second page's row stays on the second page
    assert actions["2.1"].spans[0].page == 1


def test_the_table_reads_the_same_whatever_order_the_file_keeps_its_words_in(tmp_path):
    by_cell = read_document(_plan(tmp_path)).text
    by_line = read_document(_plan(tmp_path, by_line=True)).text
    assert by_cell == by_line
    assert (
        "1.2\t\tNew screening workflow and templates in the case management system.\tHead of Service, Front Door\t31/01/2023"
        in by_cell
    )
    assert by_cell.endswith("Page 2 of 2")  # a page's foot below the table is a line of its own, not a cell


def test_a_row_the_page_breaks_is_read_whole(tmp_path):
    first = [
        *TOP,
        HEADING,
        (
            "1.1",
            ["The level of management", "oversight regarding"],
            ["Daily management review of"],
            ["Service Manager,"],
            "31/10/2022",
        ),
    ]
    second = [HEADING, ("", ["screening decisions."], ["all contacts awaiting a decision."], ["Front Door"], ""), *ROWS[1:]]
    text = read_document(_plan(tmp_path, pages=[first, second])).text
    assert (
        "1.1\tThe level of management oversight regarding screening decisions.\tDaily management review of all contacts "
        "awaiting a decision.\tService Manager, Front Door\t31/10/2022\n" in text
    )
    out = build([tmp_path / "plans"]).extraction
    assert sorted(a.identifier for a in out.actions) == ["1.1", "1.2", "2.1"]


def test_a_page_without_a_plan_heading_is_read_as_pdfium_prints_it(tmp_path):
    lines = ["Inspection of Westmere local authority children's services", "Judgement Grade", "Overall effectiveness Good"]
    data = make_pdf([lines])
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    pdf = pdfium.PdfDocument(data)
    printed = pdf[0].get_textpage().get_text_bounded().replace("\r\n", "\n")
    assert read_document(path).text == "\n".join(line.rstrip() for line in printed.split("\n"))


def test_text_below_the_table_ends_it(tmp_path):
    after = "The board will review progress against every action at each of its meetings until the plan is completed."
    text = read_document(_plan(tmp_path, pages=[[*TOP, HEADING, *ROWS[:1], after]])).text
    assert text.endswith("\n" + after)
    assert "\t" not in text.splitlines()[-1]


@pytest.mark.parametrize("words", ["Ref Action Lead", "Recommendation Action"])
def test_too_few_headings_are_no_plan_table(words):
    from findings.read.pdf_headings import heading_line

    assert not heading_line(words)
    assert heading_line("Ref Recommendation Action Lead Target date")


class _Counted:
    """The heading pattern, counting the lines it is run over."""

    def __init__(self, pattern) -> None:
        self.pattern, self.lines = pattern, 0

    def finditer(self, text: str):
        self.lines += 1
        return self.pattern.finditer(text)


@pytest.fixture
def counted_heading(monkeypatch):
    from findings.read.pdf_headings import table_settings as _settings

    counted = _Counted(_settings()["heading"])
    monkeypatch.setitem(_settings(), "heading", counted)
    return counted


def test_a_line_of_prose_is_passed_over_before_the_heading_pattern(counted_heading):
    """Most printed lines are prose: one without enough of the heading words in it, even as text, is no plan's
    heading row, told without running the pattern (half the time the PDF reader spent looking for plan tables)."""
    from findings.read.pdf_headings import heading_line

    prose = [
        "Leaders have taken action to improve the quality of plans, and progress is evident in most teams.",
        "The local authority's response to children who go missing is not consistently effective.",
        "Status and outcomes",
    ]
    assert not any(heading_line(line) for line in prose)
    assert counted_heading.lines == 0
    assert heading_line("No. Area for improvement What we will do Lead Timescale")
    assert counted_heading.lines == 1


ODD_LINES = [
    "REF   ACTION   LEAD   TARGET DATE",
    "Ref Action Lead Target",
    "Refs Actioned Leader Targeted Statuses",  # the words as parts of others: the pattern's ends refuse them
    "xref no.action lead-in target-date",
    "Progress update: status outcome (RAG)",
    "Priority \u2013 Action \u2013 Owner \u2013 Due date",  # not ASCII: the pattern alone decides
    "\u0130tem  Act\u0131on  Lead  Target date  \u017ftatus",  # letters that match ASCII ones without case
    "Recommendation Accountable Deliverables Evidence",
    "recommendationactionleadtarget",
    "",
]


@pytest.mark.parametrize("line", ODD_LINES)
def test_the_lines_passed_over_are_those_the_pattern_refuses(line):
    """Passing a line over early changes no answer: each is what the heading pattern alone says."""
    from findings.read.pdf_headings import heading_line
    from findings.read.pdf_headings import table_settings as _settings

    settings = _settings()
    found = {m.group().casefold() for m in settings["heading"].finditer(line)}
    assert heading_line(line) == (len(line) <= settings["longest"] and len(found) >= settings["least"])


def test_a_page_of_prose_with_curly_quotes_is_passed_over_before_the_heading_pattern(counted_heading):
    """Nearly every line of a report holds a curly quote or a dash, which the test of the heading words as text had
    left to the pattern: the words standing on the page are found once, and a page (or a few lines read together)
    without enough of them at a word's start is passed over without the pattern."""
    from findings.read.pdf_headings import has_heading

    prose = "\n".join(
        [
            "Leaders\u2019 actions have updated the service\u2019s plans \u2013 targeted work is under way.",
            "Children\u2019s records show progress; the status of each referral is clear.",
            "Managers review cases \u201cregularly\u201d and the lead practitioner attends.",
            "Caf\u00e9 meetings with parents are planned.",
            "An action plan was agreed.",
            "Timescales are met.",
            "No decisions are delayed; owners are named.",
        ]
    )
    assert not has_heading(prose)
    assert counted_heading.lines == 0
    assert has_heading(prose + "\nNo.  Area for improvement \u2013 What we will do  Lead  Timescale")
    assert counted_heading.lines >= 1


ODD_PAGES = [
    "Ref Action Lead Date Measure of\nsuccess\nRAG",  # a heading row PDFium prints cell by cell
    "Our plan\nRef\nAction\nLead\nTarget date\nmore",  # a word a line: more lines than are read together
    "Children\u2019s plans\nNo. Recommendation \u2013 Action \u2013 Lead \u2013 Timescale",
    "\u0130tem  Act\u0131on  Lead  Target date  \u017ftatus",  # letters that match ASCII ones without case
    "K\u212aey actions\nOwner\nTarget\nStatus",
    "Leaders\nupdated\ntargeted\nstatuses\nreference\nfragile",  # heading words only as parts of others
    "_lead 2action x-target due-date status",
    "measure of\nsuccess update progress",
    "Ref Action Lead " + "x" * 160 + "\nTarget date",
    "",
    "\n\n\nRAG status owner deadline\n",
]


@pytest.mark.parametrize("page", ODD_PAGES)
def test_a_page_is_found_headed_as_the_pattern_finds_its_lines(page):
    """Passing pages and lines over early changes no answer: a page is headed when the pattern finds a heading row
    on a line, or on up to `heading_lines` lines read together, as it did line by line."""
    from findings.read.pdf_headings import has_heading, heading_line
    from findings.read.pdf_headings import table_settings as _settings

    settings = _settings()
    lines = page.split("\n")
    windows = [" ".join(lines[i:j]) for i in range(len(lines)) for j in range(i + 1, min(i + settings["window"], len(lines)) + 1)]
    assert has_heading(page) == any(heading_line(w) for w in windows if len(w) <= settings["longest"])


def test_a_progress_reports_paragraphs_and_its_summary_table_both_count(tmp_path):
    """A progress report's 'Area for improvement 1: …' paragraphs are its progress on the recommendations even when
    the paper's appendix is a table of the plan's actions (before, the table's actions made every such paragraph
    read as a plan's heading over its actions, and the report's progress was lost)."""
    report = [
        "Westmere Borough Council",
        "Report to: Children's Scrutiny Committee",
        "Date: 10 October 2023",
        "Subject: Ofsted Post-Inspection Action Plan - Progress Report",
        "1. Purpose of the report",
        "1.1 To update the Committee on progress against the post-inspection action plan agreed",
        " after the Ofsted inspection of 9 to 20 May 2022.",
        "2. Recommendation",
        "2.1 That the Committee notes the progress made.",
        "3. Summary",
        "3.1 Of the three actions in the plan, three are complete.",
        "4. Progress",
        "4.1 Area for improvement 1: management oversight of screening decisions",
        " Actions 1.1 and 1.2 are complete. The March 2023 audit found the rationale for the",
        " screening decision recorded in 92% of contacts. RAG: Green.",
        "4.2 Area for improvement 2: strategy discussions",
        " Action 2.1 is complete and strategy discussions held within timescale have risen from",
        " 61% to 88%. RAG: Green.",
    ]
    table = [
        "Appendix A - Action plan progress summary as at 31 August 2023",
        ("Ref", "Action", "Target date", "Status", "RAG"),
        ("1.1", "Daily management review of contacts", "31/10/2022", "Complete", "Green"),
        ("1.2", "New screening workflow", "31/01/2023", "Complete", "Green"),
        ("2.1", "Escalation protocol with the police", "30/09/2022", "Complete", "Green"),
    ]
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(make_table_pdf([report, table], (50, 90, 330, 410, 480)))
    out = build([folder]).extraction
    assert sorted(a.identifier for a in out.actions) == ["1.1", "1.2", "2.1"]
    on_recommendations = {u.about: u.text for u in out.updates if "." not in u.about}
    assert sorted(on_recommendations) == ["1", "2"]
    assert on_recommendations["2"].startswith("Area for improvement 2: strategy discussions Action 2.1 is complete")
    assert {u.about for u in out.updates if u.text == "Complete"} == {"1.1", "1.2", "2.1"}  # the table's statuses


def test_a_table_drawn_with_borders_starts_its_rows_at_them(tmp_path):
    """A plan with no numbers in its first column (the recommendation's own words, on one row, its cell empty on the
    actions below it), its rows apart only by the borders Word draws: each action its own row, whatever its first
    column holds; a heading's words over two lines read as one heading."""
    heading = ("Recommendation", "Action", "Lead", ["Target", "date"])
    rows = [
        heading,
        (
            ["The quality of plans for", "children in need."],
            ["Training for all", "social workers."],
            "Head of Service",
            "31/10/2022",
        ),
        ("", ["Audit of plans every", "quarter."], "Principal Social Worker", "31/12/2022"),
        (["The timeliness of", "assessments."], "Weekly performance report.", "Head of Performance", "30/11/2022"),
    ]
    pages = [[*TOP, *rows]]
    folder = tmp_path / "ruled"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(make_table_pdf(pages, (50, 200, 350, 480), ruled=True))
    text = read_document(folder / "plan.pdf").text
    assert "Recommendation\tAction\tLead\tTarget date\n" in text
    assert "The quality of plans for children in need.\tTraining for all social workers.\tHead of Service\t31/10/2022\n" in text
    assert "\tAudit of plans every quarter.\tPrincipal Social Worker\t31/12/2022\n" in text
    assert "The timeliness of assessments.\tWeekly performance report.\tHead of Performance\t30/11/2022" in text
    out = build([folder]).extraction
    quality, timeliness = "The quality of plans for children in need.", "The timeliness of assessments."
    assert [r.text for r in out.recommendations] == [quality, timeliness]
    assert sorted((a.responds_to, a.text) for a in out.actions) == [
        ("1", "Audit of plans every quarter."),
        ("1", "Training for all social workers."),
        ("2", "Weekly performance report."),
    ]


def test_a_bordered_table_parts_its_columns_at_its_borders(tmp_path):
    """A browser's print of a bordered HTML table (cells padded by a few points): 'Ref' and 'Recommendation' stand
    closer than any gap the heading's words alone could be told apart by, so the table's drawn borders part the
    columns; and a plan 'agreed 12 June 2023' is dated by it, so its progress column is progress on that day."""
    columns = (50, 71, 180, 300, 380, 440)
    heading = ("Ref", "Recommendation", "Action", "Lead", ["Target", "date"], ["Progress", "update"])
    rows = [
        (
            "1.1",
            ["The quality of", "supervision."],
            ["Audit supervision", "monthly."],
            "Head of Service",
            "30/09/2023",
            ["Audits", "launched."],
        ),
        ("1.2", "", ["Train team", "managers."], ["Principal Social", "Worker"], "31/12/2023", "Not started."),
        ("2.1", ["Health", "assessments."], "Joint protocol.", "Head of Care", "31/10/2023", ["Protocol", "agreed."]),
    ]
    top = [
        "Northmoor City Council",
        "Post-Inspection Action Plan: Ofsted inspection, 6 to 17 March 2023",
        "Version 2, agreed 12 June 2023",
    ]
    folder = tmp_path / "boxed"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(make_table_pdf([[*top, heading, *rows]], columns, ruled=True, boxed=True))
    text = read_document(folder / "plan.pdf").text
    assert "Ref\tRecommendation\tAction\tLead\tTarget date\tProgress update\n" in text
    assert "1.2\t\tTrain team managers.\tPrincipal Social Worker\t31/12/2023\tNot started.\n" in text
    out = build([folder]).extraction
    assert sorted((a.identifier, a.responds_to) for a in out.actions) == [("1.1", "1"), ("1.2", "1"), ("2.1", "2")]
    assert {(u.about, str(u.as_at)) for u in out.updates} == {
        ("1.1", "2023-06-12"),
        ("1.2", "2023-06-12"),
        ("2.1", "2023-06-12"),
    }


@pytest.mark.parametrize("drawn", [False, True])
def test_a_row_the_page_breaks_goes_on_below_the_repeated_heading(tmp_path, drawn):
    """A browser repeats a table's heading row atop each page, and draws its border under it: the rest of a row the
    page broke, below it, is that row's, not a row of its own (nor the heading's second line)."""
    columns = (50, 71, 180, 300, 380, 440) if drawn else (50, 85, 200, 320, 400, 470)  # borders part closer columns
    heading = ("Ref", "Recommendation", "Action", "Lead", ["Target", "date"], ["Progress", "update"])
    first = [*TOP, heading, ("1.1", ["The quality of", "supervision."], ["Audit supervision"], "Head", "30/09/2023", "Begun.")]
    second = [heading, ("", "", ["records monthly."], "", "", ""), ("1.2", "", "Train managers.", "Head", "31/12/2023", "")]
    path = tmp_path / "plan.pdf"
    path.write_bytes(make_table_pdf([first, second], columns, ruled=drawn, boxed=drawn))
    text = read_document(path).text
    assert "1.1\tThe quality of supervision.\tAudit supervision records monthly.\tHead\t30/09/2023\tBegun.\n" in text
    assert text.count("Ref\tRecommendation\tAction\tLead\tTarget date\tProgress update\n") == 2


WIDTHS = (3, 28, 29, 22, 10)  # a plan typed as text: each column padded out with spaces to its width, two more between


def _typed(*cells: str) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, WIDTHS, strict=False)).rstrip()


TYPED_HEADING = _typed("Ref", "Recommendation", "Action", "Lead", "Target date")
TYPED = [
    "Westmere Borough Council",
    "Post-Inspection Action Plan: Ofsted inspection of children's services, 9 to 20 May 2022",
    "",
    TYPED_HEADING,
    _typed("1.1", "The level of management", "Daily management review of", "Service Manager,", "31/10/2022"),
    _typed("", "oversight regarding", "all contacts awaiting a", "Front Door"),
    _typed("", "screening decisions.", "screening decision."),
    _typed("1.2", "", "New screening workflow and", "Head of Service,", "31/01/2023"),
    _typed("", "", "templates in the case", "Front Door"),
    _typed("", "", "management system."),
    _typed("2.1", "Strategy discussions, to", "Escalation protocol agreed", "Assistant", "30/09/2022"),
    _typed("", "ensure that multi-agency", "with the police for strategy", "Director,"),
]
TYPED_NEXT = [  # the next page repeats the heading row; the row the page broke goes on below it
    "Westmere Borough Council - Post-Inspection Action Plan",
    TYPED_HEADING,
    _typed("", "decision-making is timely.", "discussions not held in time.", "Children's Social Care"),
    _typed("3.1", "Support for care leavers at", "Transition protocol between", "Service Manager,", "31/12/2022"),
    _typed("", "the point of transition.", "children in care teams.", "Leaving Care"),
]


def test_a_plan_typed_as_text_with_its_columns_padded_by_spaces_reads_as_a_table(tmp_path):
    """A plan table typed as text, its columns padded out with spaces, printed in a font whose letters are not all as
    wide: its columns start at the same character on every line but not at the same point, and PDFium prints each
    line's run of spaces as one ('1.1 The level of management Daily management review of Service Manager,
    31/10/2022'), so no column was found and no action read (before, no row came of it: the page was read as
    PDFium prints it)."""
    folder = tmp_path / "typed"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(make_pdf([TYPED, TYPED_NEXT]))
    text = read_document(folder / "plan.pdf").text
    assert (
        "1.1\tThe level of management oversight regarding screening decisions.\tDaily management review of all "
        "contacts awaiting a screening decision.\tService Manager, Front Door\t31/10/2022\n" in text
    )
    assert "1.2\t\tNew screening workflow and templates in the case management system.\tHead of Service, Front Door\t" in text
    assert (  # the row the page broke read whole where it starts, not as the repeated heading's second line
        "2.1\tStrategy discussions, to ensure that multi-agency decision-making is timely.\tEscalation protocol agreed "
        "with the police for strategy discussions not held in time.\tAssistant Director, Children's Social Care\t30/09/2022\n"
        in text.replace("’", "'")
    )
    assert "\nRef\tRecommendation\tAction\tLead\tTarget date\n3.1\t" in text
    out = build([folder]).extraction
    actions = {a.identifier: a for a in out.actions}
    assert sorted(actions) == ["1.1", "1.2", "2.1", "3.1"]
    assert actions["1.2"].lead == "Head of Service, Front Door"
    assert str(actions["2.1"].due_by) == "2022-09-30"
    assert actions["3.1"].responds_to == "3" and actions["3.1"].spans[0].page == 2
    assert [r.text for r in out.recommendations] == [
        "The level of management oversight regarding screening decisions.",
        "Strategy discussions, to ensure that multi-agency decision-making is timely.",
        "Support for care leavers at the point of transition.",
    ]
    doc = out.documents[0]
    cells = {cell for line in doc.text.split("\n") for cell in line.split("\t")}
    for item in [*out.actions, *out.recommendations]:  # every quote is the document's text at its offsets: a cell's
        assert doc.text[item.spans[0].start : item.spans[0].end] == item.text
        assert all(doc.text[span.start : span.end] in cells for span in item.spans)
    quoted = {doc.text[s.start : s.end] for s in actions["2.1"].spans}
    assert {"Assistant Director, Children’s Social Care", "30/09/2022"} <= quoted


def test_a_two_column_page_is_not_read_as_a_table(tmp_path):
    """A newsletter's two columns of prose, one line of them naming a plan's headings: no table is read."""
    left = [
        "The action plan sets out each recommendation,",
        "its action, lead, target date and progress.",
        "The board reviews it at every meeting and",
        "asks the service for evidence of impact.",
    ]
    right = [
        "Leaders have strengthened the front door,",
        "and audits show better recording of the",
        "rationale for decisions on each contact,",
        "though some plans remain too general.",
    ]
    data = make_table_pdf([[(a, b) for a, b in zip(left, right, strict=True)]], (50, 320))
    path = tmp_path / "newsletter.pdf"
    path.write_bytes(data)
    printed = pdfium.PdfDocument(data)[0].get_textpage().get_text_bounded().replace("\r\n", "\n")
    assert read_document(path).text == "\n".join(line.rstrip() for line in printed.split("\n"))


def test_a_judgement_table_of_two_columns_is_read_as_pdfium_prints_it(tmp_path):
    """An inspection report's judgement table ('Judgement | Grade'), placed at its two columns as a report prints it,
    and its lists typed with padded columns: read as before, not as a plan's table."""
    rows = [
        "Inspection of Westmere local authority children's services",
        ("Judgement", "Grade"),
        ("The impact of leaders on social work practice with children and families", "Good"),
        ("The experiences and progress of children who need help and protection", "Requires improvement to be good"),
        ("The experiences and progress of children in care", "Good"),
        ("Overall effectiveness", "Good"),
        "What needs to improve in this local authority?",
        "Ref  Action   Lead   Progress   Outcome",
    ]
    data = make_table_pdf([rows], (50, 380))
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    printed = pdfium.PdfDocument(data)[0].get_textpage().get_text_bounded().replace("\r\n", "\n")
    assert read_document(path).text == "\n".join(line.rstrip() for line in printed.split("\n"))


def test_a_table_at_a_pages_foot_does_not_go_on_into_the_next_paper(tmp_path):
    """A plan's table that fills its page to the foot may go on overleaf, but a next page that opens with text of its
    own (the next paper of an agenda pack) has none of it, even where that paper's own columns fall into the plan's
    (before, its 'Meeting | Item | Lead' line was read as the plan's row)."""
    work_programme = [
        "Children's Scrutiny Committee",
        "Agenda Item 7",
        "Work Programme 2022/23",
        ("Meeting", "Item", "", "Lead"),
        ("11 October 2022", "Ofsted outcome and plan", "", "Director"),
    ]
    data = make_table_pdf([[*TOP, HEADING, *ROWS, "", "", "", "Page 1"], work_programme], COLUMNS)
    path = tmp_path / "pack.pdf"
    path.write_bytes(data)
    printed = pdfium.PdfDocument(data)[1].get_textpage().get_text_bounded().replace("\r\n", "\n")
    text = read_document(path).text
    assert "\n2.1\tStrategy discussions, to ensure" in text  # the plan is read as a table
    assert text.split("\n\f\n")[1] == "\n".join(line.rstrip() for line in printed.split("\n"))


def test_a_typed_table_is_read_in_characters_even_where_its_words_also_fit_the_page_measure(tmp_path):
    """A progress summary typed with padded columns whose every line also falls into columns measured on the page,
    wrongly: a longer action pushes its date past the 'Revised date' heading's point, a shorter one its status back
    before the 'Status' heading's (before, '31/01/2023' was read as a revised date, 'Complete' as another). Counting
    characters starts each cell where its column does, so the table is read that way."""

    def typed(*cells: str) -> str:
        return "".join(cell.ljust(width) for cell, width in zip(cells, (6, 44, 14, 15, 12, 5), strict=False)).rstrip()

    lines = [
        "Appendix A - Action plan progress summary as at 31 August 2023",
        typed("Ref", "Action", "Target date", "Revised date", "Status", "RAG"),
        typed("1.1", "Daily management review of contacts", "31/10/2022", "", "Complete", "Green"),
        typed("1.2", "New screening workflow and templates", "31/01/2023", "", "Complete", "Green"),
        typed("5.2", "Life-story work for every child", "30/06/2023", "31/03/2024", "Delayed", "Red"),
        typed("6.1", "Transition protocol", "31/12/2022", "", "Complete", "Green"),
    ]
    path = tmp_path / "summary.pdf"
    path.write_bytes(make_pdf([lines]))
    assert read_document(path).text.split("\n")[1:] == [
        "Ref\tAction\tTarget date\tRevised date\tStatus\tRAG",
        "1.1\tDaily management review of contacts\t31/10/2022\t\tComplete\tGreen",
        "1.2\tNew screening workflow and templates\t31/01/2023\t\tComplete\tGreen",
        "5.2\tLife-story work for every child\t30/06/2023\t31/03/2024\tDelayed\tRed",
        "6.1\tTransition protocol\t31/12/2022\t\tComplete\tGreen",
    ]


def test_a_row_across_the_table_opens_the_recommendation_its_rows_answer(tmp_path):
    """'Recommendation 2: …' printed across a table of actions (a Word row of one merged cell), wrapped or not: a line of
    its own, and the table goes on below it, where it had ended the table and lost every action."""
    pages = [
        [
            "Brindle Heath Council - Ofsted improvement plan, inspection of 4 to 15 March 2024",
            "",
            ("Action", "Lead", "Due date", "RAG"),
            "Recommendation 1: Improve the timeliness of assessments for disabled children so that their needs",
            "are understood early.",
            (["Weekly performance clinic for", "the disabled children's team."], "Team Manager", "30/06/2024", "Green"),
            (["Audit ten assessments each", "month."], "Principal Social Worker", "31/07/2024", "Amber"),
            "Recommendation 2: Strengthen oversight of private fostering arrangements.",
            (["Awareness campaign with", "schools."], "Service Manager", "30/09/2024", "Red"),
        ]
    ]
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(make_table_pdf(pages, (50, 250, 380, 480)))
    doc = read_document(folder / "plan.pdf")
    lines = doc.text.split("\n")
    assert "Action\tLead\tDue date\tRAG" in lines
    assert (
        "Recommendation 1: Improve the timeliness of assessments for disabled children so that their needs "
        "are understood early." in lines
    )
    assert "Awareness campaign with schools.\tService Manager\t30/09/2024\tRed" in lines
    out = build([folder]).extraction
    got = sorted((a.identifier, a.lead, str(a.due_by)) for a in out.actions)
    assert got == [
        ("1.1", "Team Manager", "2024-06-30"),
        ("1.2", "Principal Social Worker", "2024-07-31"),
        ("2.1", "Service Manager", "2024-09-30"),
    ]
    recommendations = {r.identifier: r.text for r in out.recommendations}
    assert recommendations["2"] == "Strengthen oversight of private fostering arrangements."
    for item in [*out.actions, *out.recommendations]:
        for span in item.spans:
            assert doc.text[span.start : span.end].strip() == doc.text[span.start : span.end]


@pytest.mark.parametrize("kept", [0, 1, 32])
def test_a_tables_pages_read_from_the_text_pages_kept_or_made_again_alike(tmp_path, monkeypatch, kept):
    """A page marked as holding a table keeps the text page its text was read from, for the table to be read from its
    characters' positions (at most `KEPT_PAGES` of them; the others, and the pages a table goes on onto, are made
    again): the same text whichever way, a table that goes on over a page break and a bordered one alike."""
    import findings.read.pdf as pdf_reader

    first = [*TOP, HEADING, ("1.1", ["The level of management", "oversight regarding"], ["Daily review"], ["Lead"], "")]
    second = [("", ["screening decisions."], ["of all contacts."], ["Front Door"], "31/10/2022"), *ROWS[1:]]
    (tmp_path / "broken").mkdir()
    (tmp_path / "whole").mkdir()
    plans = [_plan(tmp_path / "broken", pages=[first, second]), _plan(tmp_path / "whole")]
    boxed = tmp_path / "boxed.pdf"
    boxed.write_bytes(make_table_pdf([[*TOP, HEADING, *ROWS], SECOND], COLUMNS, ruled=True, boxed=True))
    made = []
    textpage = pdfium.PdfPage.get_textpage
    monkeypatch.setattr(pdfium.PdfPage, "get_textpage", lambda page, *a, **k: made.append(1) or textpage(page, *a, **k))
    for path in [*plans, boxed]:
        monkeypatch.setattr(pdf_reader, "KEPT_PAGES", 0)
        before, made_before = read_document(path).text, len(made)
        monkeypatch.setattr(pdf_reader, "KEPT_PAGES", kept)
        assert read_document(path).text == before
        assert "\t" in before
        assert len(made) - made_before < made_before if kept else len(made) - made_before == made_before
        made.clear()
