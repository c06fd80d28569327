"""`--evidence` on open, lineage and recurring: the quote, document and page behind each row, exactly as printed."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from findings.build import write_graph
from findings.cli import cli
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def built(corpus_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("graph")
    write_graph(corpus_build.graph, out)
    return out


def _json(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _source(document: str) -> str:
    return (ROOT / document).read_text(encoding="utf-8")


def _quoted(quote: str, document: str) -> bool:
    """Is every piece of the quote (pieces joined by ' … ': an item wrapped over a page) a slice of the document?"""
    text = _source(document)
    return all(piece in text for piece in quote.split(" … "))


def test_open_with_evidence_gives_the_items_document_and_the_quote_its_status_rests_on(built):
    rows = _json("open", "--as-of", "2019-02-28", "--graph", str(built), "--evidence")
    plain = _json("open", "--as-of", "2019-02-28", "--graph", str(built))
    assert [r["item"] for r in rows] == [r["item"] for r in plain] and len(rows) == 64
    assert list(rows[0]) == ["item", "status", "raised", "statusDate", "text", "document", "page", "evidence",
                             "evidenceDocument", "evidencePage"]  # fmt: skip
    row = next(r for r in rows if r["item"] == "central-bedfordshire/ofsted-2017/recommendation/5")
    assert row["status"] == "ReportedComplete" and row["statusDate"] == "2019-02-11"
    # the quote its status rests on is the February 2019 update, word for word in the file it names
    assert row["evidence"] and _quoted(row["evidence"], row["evidenceDocument"])
    assert row["evidence"].startswith("Recommendation Five addresses the need to ensure and evidence that the Corporate")
    for r in rows:  # every row's evidence is a slice of the document it names
        assert r["document"] and r["evidenceDocument"]
        assert _quoted(r["evidence"], r["evidenceDocument"])


def test_lineage_with_evidence_quotes_each_row_from_its_document(built):
    rows = _json("lineage", "ofsted-2017/recommendation/7", "--graph", str(built), "--evidence")
    assert [r["relation"] for r in rows][:2] == ["recurs (earlier)", "raised by"]
    assert all(r["document"] for r in rows)
    for r in rows:
        if r["quote"] is not None:
            assert _quoted(r["quote"], r["document"])
    update = next(r for r in rows if r["relation"] == "progress on it")
    assert " ".join(update["detail"].split()) in " ".join(update["quote"].split())  # its text, in its numbered paragraph


def test_recurring_with_evidence_names_where_both_items_are_printed(built):
    rows = _json("recurring", "--graph", str(built), "--evidence")
    row = next(r for r in rows if r["later"].endswith("ofsted-2017/recommendation/7"))
    assert row["earlier"].endswith("ofsted-2012/recommendation/lac-1")
    assert row["earlierText"].split()[0] in _source(row["earlierDocument"])
    assert row["laterDocument"] == "corpus/central-bedfordshire/000_6c46fe09eff2521f.txt"  # no Ofsted report in the corpus
    assert {"laterDocument", "laterPage", "earlierDocument", "earlierPage"} <= set(row)


def test_an_item_is_quoted_from_the_report_that_made_it_not_the_plan_restating_it(tmp_path):
    """With the Ofsted report beside the council's action plan (which restates its recommendations), the evidence and
    the panel report quote the report itself, with its page."""
    from tests.conftest import CORPUS, OFSTED, need_shared

    need_shared()
    docs = tmp_path / "docs"
    docs.mkdir()
    plan = next(CORPUS.glob("central-bedfordshire/000_*.txt"))
    (docs / plan.name).write_bytes(plan.read_bytes())
    report = OFSTED / "central-bedfordshire" / "children's services inspection - 25 august 2017.pdf"
    (docs / report.name).write_bytes(report.read_bytes())
    out = tmp_path / "graphs"
    assert CliRunner().invoke(cli, ["build", str(docs), "--out", str(out), "--no-pictures"]).exit_code == 0
    rows = _json("open", "--as-of", "2018-01-01", "--graph", str(out), "--evidence")
    row = next(r for r in rows if r["item"] == "central-bedfordshire/ofsted-2017/recommendation/3")
    assert row["document"].endswith("25 august 2017.pdf") and row["page"] == 7
    result = CliRunner().invoke(cli, ["report", "--as-of", "2018-01-01", "--graph", str(out), "--out", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "r.md").read_text(encoding="utf-8")
    section = text[text.index("### central-bedfordshire/ofsted-2017/recommendation/3 ") :]
    cited = section.split("> — ", 1)[1].split("\n", 1)[0]  # the report by its title and the day it was published
    assert cited.startswith("*Central Bedfordshire Inspection of services") and cited.endswith(", 25 August 2017, page 7")


def test_an_item_two_papers_hold_is_quoted_from_the_earliest_whole(tmp_path):
    """Reviewer helper-93: an action logged in January and carried in March's log was quoted from March's minutes
    (their file name sorted first), and a cell wrapped over two lines lost its second line."""
    from tests.conftest import DATA

    docs = tmp_path / "docs"
    docs.mkdir()
    logs = DATA / "action_logs"
    (docs / "board-1.txt").write_bytes((logs / "westmere_board_minutes_march.txt").read_bytes())
    (docs / "board-2.txt").write_bytes((logs / "westmere_board_minutes_january.txt").read_bytes())
    out = tmp_path / "graphs"
    assert CliRunner().invoke(cli, ["build", str(docs), "--out", str(out), "--no-pictures"]).exit_code == 0
    rows = _json("open", "--as-of", "2025-02-28", "--graph", str(out), "--evidence")
    logged = [r for r in rows if "/resolution/log-" in r["item"]]
    assert logged and all(r["document"].endswith("board-2.txt") for r in logged)  # January's minutes set them
    for r in logged:
        text = (docs / r["document"].rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        assert all(piece in text for piece in r["evidence"].split(" … "))


def test_evidence_with_the_workbook_is_a_usage_error(built, tmp_path):
    args = ["open", "--graph", str(built), "--format", "xlsx", "--out", str(tmp_path / "t.xlsx"), "--evidence"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "--evidence is for the listing formats" in result.output
    assert not (tmp_path / "t.xlsx").exists()
