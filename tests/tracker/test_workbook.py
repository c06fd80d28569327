"""The QA lead's tracker workbook: opened with openpyxl as a person's Excel would show it."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import shutil
import subprocess

import openpyxl
import pytest
from click.testing import CliRunner

from findings.build import build, write_graph
from findings.cli import cli
from findings.viz.style import STATUS_COLOURS, STATUS_NAMES
from tests.conftest import CORPUS, DATA, ROOT

EXCEL = DATA / "trackers" / "central_bedfordshire_tracker.xlsx"


@pytest.fixture(scope="module")
def built(corpus_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("graph")
    write_graph(corpus_build.graph, out)
    return out


def _write(graph, out, day="2019-02-28"):
    result = CliRunner().invoke(cli, ["open", "--as-of", day, "--graph", str(graph), "--format", "xlsx", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result


def test_the_workbook_has_one_row_per_open_item_with_real_dates_numbers_colours_and_filters(built, tmp_path):
    result = _write(built, tmp_path / "tracker.xlsx")
    assert result.stdout == "" and "64 open items as of 2019-02-28" in result.stderr
    listed = json.loads(
        CliRunner().invoke(cli, ["open", "--as-of", "2019-02-28", "--graph", str(built), "--format", "json"]).stdout
    )
    book = openpyxl.load_workbook(tmp_path / "tracker.xlsx")
    assert book.sheetnames == ["Open items", "Lineage", "Sources"]
    sheet = book["Open items"]
    head = [c.value for c in sheet[1]]
    assert head[:4] == ["Reference", "Assessment", "Raised", "Recommendation"] and head[8] == "Status on 2019-02-28"
    rows = [dict(zip(head, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert [r["Reference"] for r in rows] == [r["item"] for r in listed] and len(rows) == 64
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref == "A1:S65"
    assert head[16:] == ["Progress note", "Due by as written", "Slipped to as written"]  # for the round trip
    assert not sheet.column_dimensions["Q"].hidden and sheet.column_dimensions["R"].hidden and sheet.column_dimensions["S"].hidden
    assert all(r["Progress note"] is None and r["Due by as written"] == r["Due by"] for r in rows)
    assert sheet.column_dimensions["D"].width == 60  # wrapped text: a set width; the reference as wide as its text
    assert sheet.column_dimensions["A"].width == min(70, max(len(r["item"]) for r in listed) + 2)
    long = next(i for i, r in enumerate(listed, start=2) if len(r["text"]) > 130)
    assert sheet.row_dimensions[long].height >= 45  # three lines or more of wrapped text: the row is that tall
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"
    for row, listed_row in zip(sheet.iter_rows(min_row=2), listed, strict=True):
        cells = dict(zip(head, row, strict=True))
        assert cells["Raised"].is_date and cells["Raised"].value.date().isoformat() == listed_row["raised"]
        assert cells["Status date"].is_date and cells["Status date"].number_format == "yyyy-mm-dd"
        assert isinstance(cells["Times recurred"].value, int)
        status = listed_row["status"]
        assert cells["Status on 2019-02-28"].value == STATUS_NAMES[status]
        assert cells["Status on 2019-02-28"].fill.fgColor.rgb.endswith(STATUS_COLOURS[status].lstrip("#").upper())
    statuses = {r["Status on 2019-02-28"] for r in rows}
    assert {"Recurred", "Open", "Reported complete"} <= statuses and "Independently verified" not in statuses
    recurred = next(r for r in rows if r["Reference"].endswith("ofsted-2012/recommendation/lac-1"))
    assert recurred["Times recurred"] == 1 and recurred["Theme"]
    # the peer review's own recommendations raise 2017's third again, as its lineage's 'Recurred' status says (helper-137:
    # the workbook said 0, counting only later recommendations that recur it, not a review's that follow it up)
    permanence = next(r for r in rows if r["Reference"].endswith("ofsted-2017/recommendation/3"))
    assert permanence["Times recurred"] >= 1
    assert any(r["Lead"] and r["Due by"] for r in rows)  # the 2017 recommendations: their actions' leads and dates


def test_every_latest_evidence_quote_is_the_exact_text_at_the_place_it_names(built, tmp_path):
    _write(built, tmp_path / "tracker.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "tracker.xlsx")["Open items"]
    head = [c.value for c in sheet[1]]
    checked = 0
    for row in sheet.iter_rows(min_row=2, values_only=True):
        r = dict(zip(head, row, strict=True))
        path, start, end = re.match(r"(.+?) \[(\d+):(\d+)\]", r["Evidence source"]).groups()
        text = (ROOT / path).read_text(encoding="utf-8").replace("\r\n", "\n")
        assert text[int(start) : int(end)] == r["Latest evidence"]
        checked += 1
    assert checked == 64


def test_the_lineage_and_sources_sheets(built, tmp_path):
    _write(built, tmp_path / "tracker.xlsx")
    book = openpyxl.load_workbook(tmp_path / "tracker.xlsx")
    open_refs = {c.value for c in book["Open items"]["A"][1:]}
    lineage = list(book["Lineage"].iter_rows(min_row=2, values_only=True))
    assert [c.value for c in book["Lineage"][1]] == ["Item", "Date", "Relation", "Node", "Kind", "Detail"]
    assert {row[0] for row in lineage} == open_refs
    relations = {row[2] for row in lineage}
    assert {"raised by", "action", "progress on an action", "status"} <= relations
    assert all(isinstance(row[1], dt.datetime) for row in lineage if row[1] is not None)
    sources = list(book["Sources"].iter_rows(min_row=2, values_only=True))
    assert sorted(row[0] for row in sources) == sorted(
        f"corpus/{p.relative_to(CORPUS).as_posix()}" for p in CORPUS.rglob("*.txt")
    )
    assert book["Sources"].auto_filter.ref == "A1:F6" and book["Lineage"].freeze_panes == "B2"


def test_the_same_graph_and_date_give_the_same_bytes(built, tmp_path):
    _write(built, tmp_path / "a.xlsx")
    _write(built, tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()


def test_a_workbook_that_cannot_be_written_is_one_line(built, tmp_path):
    (tmp_path / "taken").write_text("a file, not a folder")
    target = tmp_path / "taken" / "t.xlsx"
    result = CliRunner().invoke(cli, ["open", "--graph", str(built), "--format", "xlsx", "--out", str(target)])
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: cannot write {target}: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("args", [["--format", "xlsx"], ["--format", "csv", "--out", "x.xlsx"]])
def test_xlsx_and_out_go_together(built, args):
    result = CliRunner().invoke(cli, ["open", "--graph", str(built), *args])
    assert result.exit_code == 2 and "--format xlsx and --out FILE go together" in result.stderr


def test_a_status_read_from_an_excel_plan_points_to_its_cell(tmp_path):
    graph = tmp_path / "graph"
    write_graph(build([CORPUS, EXCEL]).graph, graph)
    _write(graph, tmp_path / "tracker.xlsx", day="2018-10-31")
    sheet = openpyxl.load_workbook(tmp_path / "tracker.xlsx")["Open items"]
    head = [c.value for c in sheet[1]]
    sources = [dict(zip(head, row, strict=True))["Evidence source"] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(re.search(r"central_bedfordshire_tracker\.xlsx \[\d+:\d+\] Action plan![A-Z]+\d+", s) for s in sources)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_workbook(built, tmp_path):
    _write(built, tmp_path / "tracker.xlsx")
    utf8_csv = "csv:Text - txt - csv (StarCalc):44,34,76"  # comma, double quote, UTF-8
    subprocess.run(
        ["soffice", "--headless", "--convert-to", utf8_csv, "--outdir", str(tmp_path), str(tmp_path / "tracker.xlsx")],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    with (tmp_path / "tracker.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["Reference", "Assessment", "Raised", "Recommendation"] and len(rows) == 66
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rows[1][2])  # a real date, shown in the sheet's date format


def test_an_xlsx_out_file_says_the_format(built, tmp_path):
    """'--out tracker.xlsx' alone writes the same workbook as with '--format xlsx'; another suffix still needs it."""
    _write(built, tmp_path / "with.xlsx")
    alone = CliRunner().invoke(
        cli, ["open", "--as-of", "2019-02-28", "--graph", str(built), "--out", str(tmp_path / "alone.xlsx")]
    )
    assert alone.exit_code == 0, alone.output
    rows = [
        list(openpyxl.load_workbook(tmp_path / name).worksheets[0].iter_rows(values_only=True))
        for name in ("with.xlsx", "alone.xlsx")
    ]
    assert rows[0] == rows[1]
    other = CliRunner().invoke(cli, ["open", "--graph", str(built), "--out", str(tmp_path / "tracker.csv")])
    assert other.exit_code == 2 and "--format xlsx and --out FILE go together" in other.output
