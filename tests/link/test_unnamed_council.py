"""A committee report whose council stands only in its Word header names no council in its text: its updates are
the council's whose inspection report holds the inspection it answers, or, that failing, the only council built;
never a guess between two. Written in another council's house style (helper-63): 'R1 (neglect): … R1 is complete',
a heading dated 'PANEL – 14 JULY 2025', a table of actions after the last paragraph."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from findings.build import build
from findings.status.cues import progress_of
from tests.conftest import SHARED, need_shared

REPORT = SHARED / "ofsted" / "kensington-and-chelsea" / "children's services inspection - 13 january 2025.pdf"
OTHER = SHARED / "ofsted" / "westminster" / "children's services inspection - 15 october 2019.pdf"


def _progress_report(path: Path) -> None:
    paper = docx.Document()
    for line in (
        "Division(s): N/A",
        "CHILDREN'S SERVICES SCRUTINY PANEL – 14 JULY 2025",
        "Ofsted improvement plan: progress report",
        "1. This report updates the Panel on the plan agreed after Ofsted's inspection of local authority children's "
        "services in November 2024.",
        "2. R1 (permanence): the permanence tracker has been in use since March and is reviewed monthly. R1 is complete.",
        "3. R2 (supervision): not yet started – the relaunch of the supervision policy was postponed and is now due in "
        "October 2025.",
        "Summary of actions",
    ):
        paper.add_paragraph(line)
    table = paper.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("Action", "Status"), ("1.1", "Complete")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    paper.add_paragraph("Director of Children's Services")
    paper.save(path)


def test_a_progress_report_naming_no_council_answers_the_report_it_names_by_month(tmp_path):
    need_shared()
    folder = tmp_path / "papers"
    folder.mkdir()
    _progress_report(folder / "progress.docx")
    shutil.copy(REPORT, folder / REPORT.name)
    x = build([folder]).extraction
    updates = sorted(x.updates, key=lambda u: u.about)
    assert [(u.assessment, u.about, u.as_at.isoformat()) for u in updates] == [
        ("kensington-and-chelsea/ofsted-2024", "1", "2025-07-14"),
        ("kensington-and-chelsea/ofsted-2024", "2", "2025-07-14"),
    ]
    assert updates[1].text.endswith("now due in October 2025.")  # not the table of actions after it
    assert [progress_of(u.text) for u in updates] == ["Done", "NotStarted"]  # 'not yet started', though 'started'
    assert any("progress.docx: names no council; read as Kensington and Chelsea's" in note for note in x.notes)
    assert "unknown" not in {a.org.key for a in x.assessments.values()}


@pytest.mark.parametrize("with_other", [False, True])
def test_a_paper_naming_no_council_is_not_given_one_by_guess(tmp_path, with_other):
    """Without the report it answers, and with two councils built (neither holds that inspection), the paper's
    updates stay with no council: they are left out and named, as before."""
    need_shared()
    folder = tmp_path / "papers"
    folder.mkdir()
    _progress_report(folder / "progress.docx")
    if with_other:
        shutil.copy(OTHER, folder / OTHER.name)
        shutil.copy(next((SHARED / "ofsted" / "derby").glob("*.pdf")), folder)
    x = build([folder]).extraction
    assert x.updates == []
    assert [n for n in x.notes if "names no council" in n] == [
        "papers/progress.docx: names no council, and the build cannot tell whose it is (none of those built)"
    ]


@pytest.mark.parametrize("month", ["November 2024", "January 2025"])
def test_a_progress_report_naming_the_inspection_by_its_reports_month_answers_that_report(tmp_path, month):
    """'the Ofsted inspection reported in January 2025' (fieldwork in November 2024): the report published that month,
    keyed by its fieldwork's year (helper-65: 'found no assessment or item in it')."""
    need_shared()
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "progress.txt").write_text(
        "Royal Borough of Kensington and Chelsea\nReport to: Scrutiny Committee\nDate: 12 September 2025\n\n"
        f"1. This report updates Members on the plan adopted in response to the Ofsted inspection reported in {month}.\n\n"
        "R1 – complete. The permanence tracker has been in use since March.\n\n"
        "R2 – on track. Supervision audits are under way.\n",
        encoding="utf-8",
    )
    shutil.copy(REPORT, folder / REPORT.name)
    x = build([folder]).extraction
    assert sorted((u.assessment, u.about) for u in x.updates) == [
        ("kensington-and-chelsea/ofsted-2024", "1"),
        ("kensington-and-chelsea/ofsted-2024", "2"),
    ]
    assert sorted(k for k, a in x.assessments.items() if a.kind == "Inspection") == ["kensington-and-chelsea/ofsted-2024"]


@pytest.mark.parametrize(("initials", "council"), [("", None), ("RBKC", "kensington-and-chelsea")])
def test_among_several_councils_a_paper_naming_none_is_read_only_by_its_initials(tmp_path, initials, council):
    """With two councils built, the month of the inspection a paper answers is no evidence of whose it is (helper-66:
    one of twenty councils whose report ended that year took its updates); its initials are ('RBKC', helper-67)."""
    need_shared()
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "progress.txt").write_text(
        f"{initials} Scrutiny Committee\nDate: 12 September 2025\n\n"
        "1. This report updates Members on the plan adopted after the Ofsted inspection in November 2024.\n\n"
        "R1 – complete. The permanence tracker has been in use since March.\n",
        encoding="utf-8",
    )
    shutil.copy(REPORT, folder / REPORT.name)
    shutil.copy(OTHER, folder / OTHER.name)
    x = build([folder]).extraction
    assert [(u.assessment.split("/")[0], u.about) for u in x.updates] == ([(council, "1")] if council else [])


def test_initials_are_the_councils_own_not_a_common_abbreviation_a_suffix_or_another_royal_borough():
    """helper-69: 'The BBC reported' read as Bolton's, 'Wigan MBC' as Middlesbrough's, 'the Royal Borough of Greenwich'
    as Kensington and Chelsea's."""
    from findings.link.unnamed import _by_initials
    from findings.model import Organisation

    built = {
        key: Organisation(key, name, code)
        for key, name, code in (
            ("bolton", "Bolton", "E08000001"),
            ("middlesbrough", "Middlesbrough", "E06000002"),
            ("kensington-and-chelsea", "Kensington and Chelsea", "E09000020"),
            ("lambeth", "Lambeth", "E09000022"),
        )
    }
    assert _by_initials("Scrutiny papers\n\n\n\n\n\nThe BBC reported it. The BBC filmed it.", built) == []
    assert _by_initials("Scrutiny papers\n\n\n\n\n\nWigan MBC agreed. Wigan MBC met.", built) == []
    assert _by_initials("Panel papers\n\n\n\n\n\nThe Royal Borough of Greenwich shares our MASH.", built) == []
    assert _by_initials("LBL Ofsted tracker\nAction log\n", built) == ["lambeth"]
    assert _by_initials("Panel papers\n\n\n\n\n\nThe Royal Borough's plan. RBKC agreed. RBKC met.", built) == [
        "kensington-and-chelsea"
    ]


def test_the_inspection_day_a_paper_answers_outranks_initials_it_uses_in_passing(tmp_path):
    """A paper naming no council, answering the report 'published on 12 May 2015' (Lambeth's), that compares itself
    with 'RBKC' twice: Lambeth's (helper-69: Kensington and Chelsea's, whose build has no 2015 inspection)."""
    need_shared()
    folder = tmp_path / "papers"
    folder.mkdir()
    lambeth = next((SHARED / "ofsted" / "lambeth").glob("*.pdf"))
    (folder / "progress.txt").write_text(
        "Corporate Parenting Panel\nDate: 22 March 2016\n\n1. This report updates the Panel on the plan answering the "
        "Ofsted inspection report published on 12 May 2015. Our timeliness compares well with RBKC and with RBKC's "
        "neighbours.\n\nRecommendation 1 – complete. Every child returning from a missing episode is offered an "
        "interview.\n",
        encoding="utf-8",
    )
    shutil.copy(lambeth, folder / lambeth.name)
    shutil.copy(REPORT, folder / REPORT.name)
    x = build([folder]).extraction
    assert [(u.assessment, u.about) for u in x.updates] == [("lambeth/ofsted-2015", "1")]


def test_initials_choose_among_the_councils_whose_inspection_the_day_fits():
    """Two councils' reports published the same day: the paper's 'LBL' decides (helper-71: left unknown)."""
    from datetime import date

    from findings.link.unnamed import councils_for_unnamed
    from findings.model import Assessment, Document, Extraction, Organisation, ProgressUpdate

    def report(key: str, name: str, code: str) -> Extraction:
        org = Organisation(key, name, code)
        a = Assessment(key=f"{key}/ofsted-2015", kind="Inspection", org=org, label="Ofsted 2015")
        a.issued = date(2015, 6, 23)
        doc = Document(f"{key}.pdf", "report", key * 4, "", "application/pdf", kinds=["inspection report"])
        return Extraction(documents=[doc], assessments={a.key: a})

    unknown = Organisation("unknown", "Unknown organisation")
    answered = Assessment(key="unknown/ofsted-2015", kind="Inspection", org=unknown, label="Ofsted 2015")
    answered.issued = date(2015, 6, 23)
    tracker = Extraction(
        documents=[Document("tracker.txt", "LBL tracker\nLBL actions\n", "t" * 64, "", "text/plain")],
        assessments={answered.key: answered},
        updates=[ProgressUpdate("unknown/ofsted-2015", "1", None, "Done", [])],
    )
    parts = [report("lambeth", "Lambeth", "E09000022"), report("derby", "Derby", "E06000015"), tracker]
    (note,) = councils_for_unnamed(parts)
    assert "read as Lambeth's" in note and [u.assessment for u in tracker.updates] == ["lambeth/ofsted-2015"]


def test_a_paper_the_build_cannot_place_is_named():
    """helper-72: a paper whose initials fit two councils built went to 'unknown' without a word."""
    from findings.link.unnamed import councils_for_unnamed
    from findings.model import Assessment, Document, Extraction, Organisation, ProgressUpdate

    def council(key: str, name: str, code: str) -> Extraction:
        a = Assessment(key=f"{key}/ofsted-2019", kind="Inspection", org=Organisation(key, name, code), label="Ofsted")
        return Extraction(documents=[Document(f"{key}.pdf", "x", key * 8, "", "application/pdf")], assessments={a.key: a})

    paper = Extraction(
        documents=[Document("update.html", "DCC update\nDCC scrutiny\n", "u" * 64, "", "text/html")],
        updates=[ProgressUpdate("unknown/ofsted-2019", "1", None, "Done", [])],
    )
    notes = councils_for_unnamed([council("derby", "Derby", "E06000015"), council("durham", "County Durham", "E06000047"), paper])
    assert notes == ["update.html: names no council, and the build cannot tell whose it is (County Durham, Derby)"]


def test_minutes_naming_no_council_are_the_councils_whose_own_papers_name_their_body(tmp_path):
    """Minutes whose council stands only in the web page's banner name their body alone ('People Scrutiny Commission
    – Minutes'): with two councils built, they are the one whose own papers name that body (helper-208 d2: they were
    an 'unknown' organisation, so no later paper could answer their requests)."""
    from tests.conftest import DATA

    folder = tmp_path / "papers"
    folder.mkdir()
    named = (DATA / "other_councils" / "bristol_style_minutes_march.txt").read_text(encoding="utf-8")
    (folder / "psc-2024-03-25.txt").write_text(named, encoding="utf-8")
    lines = named.replace("College Green, Bristol", "College Green").splitlines()
    unnamed = "\n".join(line for line in lines if "Bristol" not in line and "BRISTOL" not in line)
    unnamed = unnamed.replace("25 March 2024", "24 June 2024").replace("PSC/24/1", "PSC/24/3")
    (folder / "psc-2024-06-24.txt").write_text(unnamed, encoding="utf-8")
    shutil.copy(DATA / "other_councils" / "leeds_style_minutes_march.txt", folder / "leeds.txt")
    x = build([folder]).extraction
    orgs = {a.key: a.org.key for a in x.assessments.values() if a.kind == "Meeting"}
    assert orgs.get("bristol/people-scrutiny-commission-2024-06-24") == "bristol", orgs
    assert "unknown" not in set(orgs.values())
    assert any("psc-2024-06-24.txt: names no council; read as Bristol's, the only council whose own papers" in n for n in x.notes)


def test_a_paper_naming_no_council_answers_an_inspected_council_the_register_lacks(tmp_path):
    """Reviewer helper-214: a paper naming no council beside the report of a council the ONS register lacks stopped
    the build with KeyError; it is that council's, whose inspection ended on the day the paper names."""
    from tests.conftest import DATA

    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(DATA / "other_councils" / "riverton_ilacs_report.md", folder / "report.md")
    paper = (DATA / "other_councils" / "dudley_progress_report.txt").read_text(encoding="utf-8")
    paper = paper.replace("DUDLEY METROPOLITAN BOROUGH COUNCIL\n", "")
    paper = paper.replace("carried out between 10 and 21 February 2025", "carried out between 3 and 14 March 2025")
    (folder / "paper.txt").write_text(paper, encoding="utf-8")
    x = build([folder]).extraction
    assert "unknown" not in {a.org.key for a in x.assessments.values()}
    assert any("paper.txt: names no council; read as Riverton's" in n for n in x.notes)


@pytest.mark.parametrize(
    ("banner", "council"),
    [
        ("KENSINGTON AND CHELSEA CHILDREN’S SERVICES IMPROVEMENT BOARD", "kensington-and-chelsea"),
        ("Kensington and Chelsea Corporate Parenting Board", "kensington-and-chelsea"),
        ("CHILDREN’S SERVICES IMPROVEMENT BOARD", None),  # no place named: the build cannot tell (two councils built)
    ],
)
def test_a_board_paper_headed_by_its_place_name_alone_is_that_councils(tmp_path, banner, council):
    """A board's paper whose banner names the place and the board, never '<Name> Council' (helper-220: its updates were
    dropped as an unknown organisation's whenever another council was built beside it)."""
    need_shared()
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "board.txt").write_text(
        f"{banner}\nWednesday 10 September 2025\nOfsted improvement plan: progress report\n\n"
        "1. This report updates the Board on the recommendations of the Ofsted inspection.\n\n"
        "R1 (permanence): complete. The permanence tracker has been in use since March.\n",
        encoding="utf-8",
    )
    shutil.copy(REPORT, folder / REPORT.name)
    shutil.copy(OTHER, folder / OTHER.name)
    x = build([folder]).extraction
    assert [(u.assessment.split("/")[0], u.about) for u in x.updates] == ([(council, "1")] if council else [])


def test_a_place_name_opening_another_bodys_name_or_inside_a_line_is_no_letterhead():
    from findings.extract.authorities import line_head_mentions

    assert line_head_mentions("Durham Constabulary\nReport to the Safeguarding Board\n") == []
    assert line_head_mentions("Report to the Board on work with Wigan schools\n") == []
    assert line_head_mentions("County Hall\nWest Bridgford\nNottingham NG2 7QP\n") == []  # an address (reviewer helper-223)
    assert line_head_mentions("Leicester, Leicestershire and Rutland Safeguarding Children Partnership\n") == []
    assert [org.key for _, _, org in line_head_mentions("WIGAN CHILDREN’S IMPROVEMENT BOARD\n")] == ["wigan"]


def _tracker(path: Path, title: str) -> None:
    """A QA lead's workbook: a title row, then one row per action beside the inspection's recommendation it answers,
    quoted word for word, and no council named anywhere unless the title names its service."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Plan"
    sheet.append([title])
    sheet.append(["Ref", "Ofsted recommendation", "Action", "Lead officer", "Target date", "RAG", "Update"])
    rows = (
        ("1.1", "1. Access for all children to life-story work that helps them to understand their histories."),
        ("1.2", "1. Access for all children to life-story work that helps them to understand their histories."),
        ("2.1", "2. Sufficiency of placement choice and location for children in care."),
    )
    actions = (
        "Train every children in care social worker in life-story work",
        "Audit life-story books each quarter",
        "Open two new local children's homes",
    )
    for (ref, quoted), action in zip(rows, actions, strict=True):
        sheet.append([ref, quoted, action, "Head of Service, Children in Care", "2022-12-31", "Green", "On track."])
    book.save(path)


@pytest.mark.parametrize(
    "title",
    [
        "Children's Services - Improvement Plan tracker",  # no council named: the recommendations it quotes say whose
        "Derby Children and Families Service - Improvement Plan tracker",  # its service's name names the council
    ],
)
def test_a_tracker_with_two_councils_built_is_the_council_whose_recommendations_it_quotes(tmp_path, title):
    """With two councils built, a tracker headed by its service's name alone, or by no name, quoting one inspection
    report's recommendations word for word (unseen tester helper-225): it named no council, its actions and their
    recommendations were made again under 'unknown/ofsted-undated', and the report's own recommendations had none."""
    need_shared()
    folder = tmp_path / "papers"
    folder.mkdir()
    _tracker(folder / "tracker.xlsx", title)
    shutil.copy(OTHER, folder / OTHER.name)
    shutil.copy(next((SHARED / "ofsted" / "derby").glob("*.pdf")), folder)
    x = build([folder]).extraction
    assert sorted((a.assessment, a.identifier) for a in x.actions) == [
        ("derby/ofsted-2022", "1.1"),
        ("derby/ofsted-2022", "1.2"),
        ("derby/ofsted-2022", "2.1"),
    ]
    assert "unknown" not in {a.org.key for a in x.assessments.values()}
    assert not [n for n in x.notes if "cannot tell whose it is" in n]
