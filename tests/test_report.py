"""`findings report`: every open item of `findings open`, by theme, with its exact quote and its lineage; the HTML
page is self-contained."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from findings.build import write_graph
from findings.cli import cli


@pytest.fixture(scope="module")
def built(corpus_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("graph")
    write_graph(corpus_build.graph, out)
    return out


def test_the_report_holds_every_open_item_with_its_exact_quote_and_lineage(built, corpus_build):
    runner = CliRunner()
    opened = json.loads(runner.invoke(cli, ["open", "--as-of", "2019-02-28", "--graph", str(built), "--format", "json"]).output)
    result = runner.invoke(cli, ["report", "--as-of", "2019-02-28", "--graph", str(built)])
    assert result.exit_code == 0, result.output
    text = result.output
    assert text.startswith("# Open items as of 2019-02-28\n")
    headed = set(re.findall(r"^### (\S+) — ", text, re.MULTILINE))
    assert headed == {row["item"] for row in opened} and len(headed) == len(opened) > 0
    docs = {d.path: d.text for d in corpus_build.extraction.documents}
    files = _files(text)
    quotes = re.findall(r"^> (.+)\n>\n> — (.+)", text, re.MULTILINE)
    assert len(quotes) >= len(opened)
    for quote, where in quotes:  # each piece of it (an item wrapped over a page: pieces joined by ' … ') as printed
        assert all(piece in " ".join(docs[files[where]].split()) for piece in quote.split(" … "))
    section = text.split("### central-bedfordshire/ofsted-2017/recommendation/3 — ", 1)[1].split("\n### ", 1)[0]
    assert "| action |" in section and "| progress on it |" in section and "| followsUp it (later) |" in section


def _files(text: str) -> dict[str, str]:
    """Each source as the report cites it ('*Title*, 10 April 2012') → the file of its Sources row."""
    rows = re.findall(r"^\| (.+?) \| (.+?) \| .*? \| `(.+)` \|$", text.split("\n## Sources\n", 1)[1], re.MULTILINE)
    return {f"*{title}*, {day}": path for title, day, path in rows}


def test_the_html_page_needs_no_network(built, tmp_path):
    out = tmp_path / "panel.html"
    result = CliRunner().invoke(cli, ["report", "--as-of", "2019-02-28", "--graph", str(built), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<table>" in page and "<blockquote>" in page
    assert not re.search(r"(src|href)=\"https?:", page)


def test_an_unknown_suffix_is_a_usage_error(built, tmp_path):
    result = CliRunner().invoke(cli, ["report", "--graph", str(built), "--out", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2 and "give a .md or .html file" in result.output


def test_each_item_shows_the_words_its_status_rests_on_as_findings_open_evidence_does(built, corpus_build):
    """A panel asks 'on what evidence': the report quotes what the item's status rests on (a council update, a later
    report's finding), the same words `findings open --evidence` gives, where they are not the item's own."""
    runner = CliRunner()
    args = ["open", "--as-of", "2019-02-28", "--graph", str(built), "--format", "json", "--evidence"]
    opened = json.loads(runner.invoke(cli, args).output)
    text = runner.invoke(cli, ["report", "--as-of", "2019-02-28", "--graph", str(built)]).output
    shown = 0
    for row in opened:
        section = text.split(f"### {row['item']} — ", 1)[1].split("\n### ", 1)[0]
        own = " ".join((row["evidence"] or "").split()) == " ".join(row["text"].split())
        if row["evidence"] and not own:
            assert f"Its status, {row['status']}, rests on:\n\n> {' '.join(row['evidence'].split())}\n" in section
            cited = section.split(f"> {' '.join(row['evidence'].split())}\n>\n> — ", 1)[1].split("\n", 1)[0]
            assert _files(text)[cited] == row["evidenceDocument"]
            shown += 1
        else:
            assert "rests on:" not in section
    assert shown >= 10  # the 2017 recommendations' updates, the peer review's findings


def test_an_item_restated_in_a_pack_is_quoted_from_the_statement_its_text_comes_from(built):
    """helper-137: the report, and lineage's 'raised' row, quoted 2017's first recommendation as the pack's one-line
    summary ('Improve the effectiveness of frontline managers'), further up the same document than the full
    statement the item's text is taken from."""
    runner = CliRunner()
    text = runner.invoke(cli, ["report", "--as-of", "2019-02-28", "--graph", str(built)]).output
    item = text.split("### central-bedfordshire/ofsted-2017/recommendation/1 — ", 1)[1]
    quote = item.split("\n> ", 1)[1].split("\n", 1)[0]
    assert quote.startswith("Improve the effectiveness of frontline managers, Independent Reviewing Officers")
    rows = json.loads(
        runner.invoke(
            cli, ["lineage", "ofsted-2017/recommendation/1", "--graph", str(built), "--format", "json", "--evidence"]
        ).output
    )
    raised = next(r for r in rows if r["relation"] == "status" and r["detail"].startswith("Open"))
    assert " ".join(raised["quote"].split()).endswith("plans are progressed, and drift is prevented.")


def test_a_date_with_nothing_yet_or_after_today_gets_a_hint_on_stderr_as_findings_open_gives(built):
    """helper-141: `report --as-of 2030-01-01` printed the report silently; `findings open` says a future date rests
    on the evidence held now, and an empty date that nothing was raised by then. The report on stdout is unchanged."""
    runner = CliRunner()
    future = runner.invoke(cli, ["report", "--as-of", "2030-01-01", "--graph", str(built)])
    assert future.exit_code == 0 and future.stdout.startswith("# Open items as of 2030-01-01\n")
    opened = runner.invoke(cli, ["open", "--as-of", "2030-01-01", "--graph", str(built)])
    assert future.stderr == opened.stderr == "2030-01-01 is after today: the picture rests on the evidence the graph holds now\n"
    early = runner.invoke(cli, ["report", "--as-of", "1990-01-01", "--graph", str(built)])
    assert early.exit_code == 0 and early.stdout.startswith("# Open items as of 1990-01-01\n")
    assert early.stderr == runner.invoke(cli, ["open", "--as-of", "1990-01-01", "--graph", str(built)]).stderr
    assert early.stderr.startswith("no item open as of 1990-01-01")
    assert runner.invoke(cli, ["--silent", "report", "--as-of", "2030-01-01", "--graph", str(built)]).stderr == ""


def test_long_lineage_texts_are_cut_where_a_word_ends_and_readable_ones_kept_whole():
    """helper-143: a council's update was cut at 240 characters inside a word, losing its figure ('This is an increase
    fro…'). A text a reader takes in at a glance stays whole; a longer one is cut where a sentence or word ends, never
    inside a word or a figure, and says how many words it leaves out (one barely over the limit stays whole)."""
    from findings.report import KEEP_WHOLE, Holdings, ReportItem, markdown

    readable = "Placement stability has improved: 71% of children have been in the same placement for two years. " * 4
    long = ("The number of care leavers in suitable accommodation rose this quarter. " * 11).strip() + (
        " This is an increase from 1,250 in 2018 to 1,430 in 2019 and work continues."
    )
    assert 240 < len(readable.strip()) <= KEEP_WHOLE and len(long) > KEEP_WHOLE * 5 // 4
    item = ReportItem("x/recommendation/1", "An assessment", "InProgress", "2018-01-01", "2018-02-01", "Do it.")
    item.lineage = [("2018-02-01", "progress on it", readable.strip()), ("2018-03-01", "progress on it", long)]
    text = markdown([item], "2019-01-01", Holdings([], {}))
    assert f"| 2018-02-01 | progress on it | {readable.strip()} |" in text
    cell = text.split("| 2018-03-01 | progress on it | ", 1)[1].split(" |\n", 1)[0]
    kept, _, rest = cell.partition(" … (")
    assert long.startswith(kept) and long[len(kept)] == " " and kept.endswith("quarter.")  # a sentence's end
    assert rest == f"{len(long[len(kept) :].split())} more words)"
    from findings.report import clipped

    figures = "word " * 116 + "an increase from 1 250 to 1 430 " + "more " * 60  # the limit falls in "1 250"
    cut = clipped(figures).split(" … (")[0]
    assert figures.startswith(cut) and cut.endswith("from") and figures[len(cut)] == " "


def test_sources_are_named_as_a_reader_finds_them_and_the_header_says_what_the_graph_was_built_from(built):
    """helper-143: quotes were attributed to hash file names ('003_18dbb9304245f449.txt') and the header said 'From
    `out`'. Each quote now names its document's title and date (and page, where the graph knows one), the header lists
    the assessments the graph was built from with their dates, and the files are listed once, under Sources."""
    text = CliRunner().invoke(cli, ["report", "--as-of", "2019-02-28", "--graph", str(built)]).output
    assert str(built) not in text and "From `" not in text
    built_from, _, body = text.partition("\n## Built from\n")[2].partition("\n## ")
    assert "| 10 April 2012 | Central Bedfordshire: Ofsted 2012 (fieldwork" in built_from  # each assessment, with its date
    body, _, sources = body.partition("\n## Sources\n")
    assert sources and not re.search(r"\w+_[0-9a-f]{16}\.txt", body)  # no file name above the Sources
    assert "> — *Inspection of safeguarding and looked after children services*, 10 April 2012\n" in body
    assert "| Inspection of safeguarding and looked after children services | 10 April 2012 | inspection report |" in sources


def test_a_quote_cites_its_page_where_the_graph_knows_one():
    """A PDF's quote is cited with its page (findings.quotes, as `findings open --evidence` gives it); a paper that
    fulfils a request is named in the lineage by its title and date."""
    from findings.report import Holdings, ReportItem, markdown
    from findings.report.sources import Document

    item = ReportItem("x/recommendation/1", "An inspection", "Open", "2020-01-01", "2020-01-01", "Do it.", "Do it.")
    item.where = ("a/report.pdf", 7)
    item.lineage = [("2020-05-01", "fulfils it (later)", "a/pack.txt")]
    docs = {
        "a/report.pdf": Document("a/report.pdf", "Inspection of a council", "2020-01-02", "inspection report"),
        "a/pack.txt": Document("a/pack.txt", "Panel papers", None, "minutes"),
    }
    text = markdown([item], "2020-06-01", Holdings([], docs))
    assert "> — *Inspection of a council*, 2 January 2020, page 7\n" in text
    assert "| 2020-05-01 | fulfils it (later) | *Panel papers*, undated |" in text


def test_the_html_page_has_linked_contents_and_shows_each_item_in_full_once(built, tmp_path):
    """helper-143: the HTML report had no contents and no links, and an item about several themes was printed in full
    under each (2017 recommendation 4 four times). Now a contents list links to each theme's section, each item is shown
    in full once (under the first of its themes) and the other themes link to it; every link lands on a heading."""
    out = tmp_path / "panel.html"
    assert CliRunner().invoke(cli, ["report", "--as-of", "2019-02-28", "--graph", str(built), "--out", str(out)]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    text = CliRunner().invoke(cli, ["report", "--as-of", "2019-02-28", "--graph", str(built)]).output
    headings = re.findall(r"^### (\S+) — ", text, re.MULTILINE)
    assert len(headings) == len(set(headings))  # each item in full once
    themes = re.findall(r"^## (.+)$", text, re.MULTILINE)
    ids = re.findall(r'<h[1-6] id="([^"]+)"', page)
    links = re.findall(r'href="#([^"]+)"', page)
    assert len(ids) == len(set(ids)) and set(links) <= set(ids)
    contents = page.split('id="contents"', 1)[1].split("</table>", 1)[0]
    linked = re.findall(r'<a href="#([^"]+)">', contents)
    assert len(linked) == len(themes) - 3  # every theme's section (not Contents, Built from, Sources)
    several = re.search(r"^### (\S+/ofsted-2017/recommendation/4) — .+\n\n.+\n\nThemes: (.+)\.$", text, re.MULTILINE)
    assert several and several.group(2).count("](#") >= 2
    assert text.count(f"- [{several.group(1)}](#") == several.group(2).count("](#") - 1  # linked from its other themes
