"""A progress report's table in a PDF whose cells are each drawn as a box and whose lines are centred down their row
(a table exported cell by cell): PDFium prints a short cell's line in the middle of a tall one's wrapped lines ('1 Pre-
birth assessments Complete' between the lines of the progress cell), so only the boxes tell where a row starts. Its
heading may open with 'Rec' ('Rec | Recommendation | Update | Status'). Each row is read as an update on its
recommendation, as the same table typed with tabs is (issue #9, a black-box tester: such a table was not read, and
nothing was said). Small documents in another council's wording."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from findings.cli import cli
from tests.pdfmaker import make_table_pdf

REPORT = """Ashbourne County Council
Inspection of children's social care services
Inspection dates: 2 March 2020 to 13 March 2020
Lead inspector: Sam Carter
Her Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve in this area of social care practice?
- The timeliness of pre-birth assessments for unborn babies at risk.
- The consistency of return home interviews for children who go missing.

The experiences and progress of children who need help and protection: requires improvement to be good
1. Pre-birth assessments are too often started late in pregnancy.

© Crown copyright 2020
"""

COLUMNS = (72.0, 130.0, 280.0, 470.0)


def _paper(heading: tuple[str, ...], second: str) -> bytes:
    """The progress paper: its opening lines and its table, the second row rated `second`."""
    return make_table_pdf(
        [
            [
                "Ashbourne County Council",
                "Children's Services Overview and Scrutiny Panel",
                "Date of meeting: 9 December 2020",
                "Progress on the improvement plan after the Ofsted inspection of 2 to 13 March 2020",
                "",
                heading,
                (
                    "1",
                    ["Pre-birth", "assessments"],
                    [
                        "A pre-birth pathway agreed with",
                        "midwifery started in June 2020;",
                        "every assessment since has been",
                        "completed by 24 weeks.",
                    ],
                    "Complete",
                ),
                (
                    "2",
                    ["Return home", "interviews"],
                    ["The commissioned service was", "launched in October 2020 and", "offers are being tracked."],
                    second,
                ),
            ]
        ],
        COLUMNS,
        framed=True,
    )


@pytest.mark.parametrize(
    "heading",
    [
        ("Rec", "Recommendation", "Update", "Status"),
        ("No.", "Area for improvement", "Progress since March", "RAG"),
    ],
)
def test_a_progress_table_of_boxed_cells_in_a_pdf_is_read_row_by_row(tmp_path, heading):
    (tmp_path / "ashbourne-ilacs-2020.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "panel-2020-12-09.pdf").write_bytes(_paper(heading, "In progress"))
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(tmp_path), "--out", str(out), "--no-pictures"]).exit_code == 0
    rows = runner.invoke(cli, ["open", "--as-of", "2021-01-31", "--graph", str(out), "--format", "csv"]).stdout.splitlines()
    statuses = {row.split(",")[0].rsplit("/", 1)[1]: (row.split(",")[1], row.split(",")[3]) for row in rows[1:]}
    assert statuses == {"1": ("ReportedComplete", "2020-12-09"), "2": ("InProgress", "2020-12-09")}
    graph = (out / "graph.nt").read_text(encoding="utf-8")  # each row's progress whole, none of it another row's
    assert '"The commissioned service was launched in October 2020 and offers are being tracked. In progress"' in graph
    assert "24 weeks. The commissioned" not in graph


def test_the_boxed_table_reads_as_its_rows_with_each_cell_whole(tmp_path):
    """The text the PDF reads as: a row a line, each cell's wrapped lines joined in order, whatever line the short
    cells were printed on."""
    from findings.read.pdf import read_pdf

    text = read_pdf(_paper(("Rec", "Recommendation", "Update", "Status"), "In progress"))[0]
    assert (
        "1\tPre-birth assessments\tA pre-birth pathway agreed with midwifery started in June 2020; every assessment "
        "since has been completed by 24 weeks.\tComplete"
    ) in text.splitlines()
    second = "2\tReturn home interviews\tThe commissioned service was launched in October 2020 and offers are being tracked."
    assert f"{second}\tIn progress" in text.splitlines()


@pytest.mark.parametrize(
    "drawn",
    [
        "1 w 20 20 572 752 re S",  # a border round the page
        "0.5 w 66 718 504 34 re S",  # a call-out box round the opening lines
        "0.5 w 66 690 504 18 re S",  # a box round the heading row alone
    ],
)
def test_a_box_that_is_no_grid_of_cells_parts_no_rows_of_a_table_drawn_without_borders(drawn):
    """Only frames that make a grid are a table's cells: a page border, a call-out box or a boxed heading row left
    a borderless table's rows run into one (reviewer helper-252)."""
    from findings.read.pdf import read_pdf
    from tests.pdfmaker import make_table_pdf

    rows = [
        "Eastmoor Borough Council",
        "Improvement plan after the inspection of children's services",
        "The key to the ratings used below is set out in this box.",
        "",
        ("Ref", "Recommendation", "Action", "Lead", "Target date"),
        ("1", ["Improve the quality", "of assessments"], ["Audit assessments", "each month."], "Head of Service", "June 2020"),
        ("2", ["Improve return home", "interviews"], ["Commission a new", "service."], "Service Manager", "May 2020"),
        ("3", ["Strengthen", "supervision"], ["Train managers."], "Team Manager", "July 2020"),
    ]
    text = read_pdf(make_table_pdf([rows], (72.0, 110.0, 250.0, 400.0, 490.0), drawn=drawn))[0]
    lines = [line for line in text.splitlines() if line[:2] in ("1\t", "2\t", "3\t")]
    assert [line.split("\t")[:2] for line in lines] == [
        ["1", "Improve the quality of assessments"],
        ["2", "Improve return home interviews"],
        ["3", "Strengthen supervision"],
    ]
