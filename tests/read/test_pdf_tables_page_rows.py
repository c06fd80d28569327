"""A plan's PDF table whose recommendation cell spans its actions' rows (printed once, in the first of them): the first
row atop a new page, below the repeated heading row, is a row of its own when it holds its own action number, though
its first cell is empty; and a word too wide for a narrow cell, broken over two of its lines, is read whole."""

from __future__ import annotations

from pathlib import Path

from findings.build import build
from findings.read import read_document
from tests.pdfmaker import make_table_pdf

COLUMNS = (40, 170, 200, 370, 450, 520)
HEADING = ("Recommendation", "Ref", "Action", "Lead officer", "Timescale", "Measure")
TOP = ["Eastmoor Borough Council", "Improvement plan: Ofsted inspection of children's services, March 2023", ""]
REC = ["The quality of return", "home interviews for", "children who go missing."]


def _plan(tmp_path: Path, first: list, second: list) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir(exist_ok=True)
    path = folder / "plan.pdf"
    path.write_bytes(make_table_pdf([[*TOP, HEADING, *first], [HEADING, *second]], COLUMNS))
    return path


def test_a_numbered_row_atop_a_page_with_its_first_cell_empty_is_a_row_of_its_own(tmp_path):
    first = [
        (
            REC,
            "4.1",
            ["Commission a new return", "home interview service."],
            ["Head of", "Commissioning"],
            "30/09/2023",
            "Audits",
        ),
        ("", "4.2", ["Set up a missing children", "panel each month."], ["Head of", "Safeguarding"], "31/10/2023", "Audits"),
    ]
    second = [
        ("", "4.3", ["Train all social workers in", "return home interviews."], ["Workforce", "Manager"], "30/11/2023", "Audits")
    ]
    text = read_document(_plan(tmp_path, first, second)).text
    assert "\t4.2\tSet up a missing children panel each month.\tHead of Safeguarding\t31/10/2023\tAudits\n" in text
    assert "\t4.3\tTrain all social workers in return home interviews.\tWorkforce Manager\t30/11/2023\tAudits" in text
    actions = {a.identifier: a for a in build([tmp_path / "plans"]).extraction.actions}
    assert sorted(actions) == ["4.1", "4.2", "4.3"]
    assert actions["4.2"].lead == "Head of Safeguarding" and str(actions["4.2"].due_by) == "2023-10-31"
    assert actions["4.3"].lead == "Workforce Manager" and str(actions["4.3"].due_by) == "2023-11-30"


def test_a_row_the_page_broke_still_goes_on_below_the_heading_when_its_lines_have_no_number(tmp_path):
    first = [(REC, "4.1", ["Commission a new return", "home interview"], ["Head of"], "30/09/2023", "Audits")]
    second = [("", "", ["service."], ["Commissioning"], "", "")]
    text = read_document(_plan(tmp_path, first, second)).text
    assert "\t4.1\tCommission a new return home interview service.\tHead of Commissioning\t30/09/2023\tAudits\n" in text


def test_a_word_broken_over_a_narrow_cells_lines_is_read_whole(tmp_path):
    first = [
        (
            REC,
            "4.1",
            ["Agree the plan with the team", "for mal review."],
            ["Head of Com", "missioning"],
            ["30 Septe", "mber 2023"],
            "A",
        ),
    ]
    text = read_document(_plan(tmp_path, first, [])).text
    assert "\tHead of Commissioning\t30 September 2023\t" in text
    assert "Agree the plan with the team for mal review." in text  # a break between words: the word fitted the cell
    actions = {a.identifier: a for a in build([tmp_path / "plans"]).extraction.actions}
    assert actions["4.1"].lead == "Head of Commissioning" and str(actions["4.1"].due_by) == "2023-09-30"
