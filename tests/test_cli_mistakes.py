"""A user's likely mistakes get a usage error (exit 2) or a one-line error naming what was wrong (exit 1), never
an empty answer that looks like a real one."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from findings.cli import cli
from tests.conftest import DATA, ROOT

GRAPHS = str(ROOT / "graphs")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("command", [["open"], ["lineage", "x"], ["list"], ["search", "x"], ["report"], ["review"]])
def test_a_graph_folder_that_does_not_exist_is_a_usage_error(command, tmp_path):
    result = run(*command, "--graph", str(tmp_path / "nothing"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_a_kind_that_is_no_kind_of_item_is_named():
    for command in (["list", "--kind", "Inspection"], ["search", "health", "--kind", "Recomendation"]):
        result = run(*command, "--graph", GRAPHS)
        assert result.exit_code == 2 and "is not a kind of item: Recommendation, KeyLineOfEnquiry" in result.stderr
        assert "`findings query assessments`" in " ".join(result.stderr.split())  # where inspections are listed
    assert run("list", "--kind", "kloe", "--graph", GRAPHS).exit_code == 0


def test_the_assessments_are_listed_with_their_dates_and_grades():
    """tester helper-271: inspections and their grades could be found only one council at a time (`findings show`)."""
    rows = json.loads(run("query", "assessments", "--graph", GRAPHS, "--format", "json").stdout)
    by = {row["assessment"].rsplit("/", 1)[-1]: row for row in rows}
    assert by["ofsted-2017"]["kind"] == "Inspection" and by["ofsted-2017"]["framework"] == "SIF"
    assert (by["ofsted-2017"]["started"], by["ofsted-2017"]["ended"], by["ofsted-2017"]["issued"]) == (
        "2017-06-12",
        "2017-07-06",
        "2017-08-25",
    )
    assert by["ofsted-2017"]["overall"] == "Good" and by["ofsted-2017"]["recommendations"] == 9
    assert by["ofsted-2012"]["overall"] == "Safeguarding services: Good; Services for looked after children: Adequate"
    assert by["peer-review-2018"]["recommendations"] == 18


def test_a_misspelt_assessment_is_said_to_match_nothing():
    result = run("list", "--assessment", "centrl-bedfordshire", "--graph", GRAPHS)
    assert result.exit_code == 1 and "no assessment's IRI holds 'centrl-bedfordshire'" in result.stderr


def test_draw_refuses_a_date_in_another_form_and_a_council_or_theme_it_does_not_have(tmp_path):
    for option, value, code, said in (
        ("--as-of", "28/02/2019", 2, "does not match the format '%Y-%m-%d'"),
        ("--council", "Wign", 1, "no council matching 'Wign' in the graph (it has Central Bedfordshire)"),
        ("--theme", "zzz", 1, "no theme matching 'zzz'"),
    ):
        result = run("draw", "overview", "--graph", GRAPHS, "--out", str(tmp_path), "--no-static", option, value)
        assert result.exit_code == code and said in result.stderr, result.stderr
    assert not list(tmp_path.iterdir())  # nothing drawn


def test_push_wants_an_address_and_the_projects_own_errors_read_without_class_names(tmp_path):
    assert run("push", "--store", "notaurl").exit_code == 2
    done = subprocess.run(
        [sys.executable, "-m", "findings", "lineage", "x", "--graph", str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr == f"Error: no graph in {tmp_path}: run 'findings build' first (looked for {tmp_path / 'graph.nt'})\n"


def test_one_candidate_accepted_and_rejected_at_once_is_refused():
    result = run("review", "--graph", GRAPHS, "--accept", "0123456789", "--reject", "0123456789")
    assert result.exit_code == 2 and "0123456789 is decided twice at once" in result.stderr


def test_a_table_cuts_long_cells_only_on_a_terminal(monkeypatch):
    from findings import output

    rows = [["x " * 75]]
    assert output.render(["text"], rows, "table").splitlines()[2] == ("x " * 75).rstrip()  # piped: whole
    monkeypatch.setattr(output.sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(output, "_terminal_width", lambda: 500)
    assert output.render(["text"], rows, "table").splitlines()[2] == ("x " * 75)[:99] + "…"
    assert output.render(["text"], rows, "csv").splitlines()[1] == "x " * 75


def test_the_lineage_of_an_iri_the_graph_lacks_is_an_error_not_an_empty_table():
    result = run("lineage", "https://w3id.org/findings/id/nowhere/ofsted-2017/recommendation/1", "--graph", GRAPHS)
    assert result.exit_code == 1 and result.stdout == ""
    assert "no item https://w3id.org/findings/id/nowhere/ofsted-2017/recommendation/1" in result.stderr


def test_lineage_of_an_assessment_or_an_ambiguous_tail_says_what_to_do_instead(tmp_path):
    """An assessment has no lineage: the error names `show` and `list --assessment`; a tail two councils share
    names both items, not one 'e.g.'."""
    assessment = run("lineage", "central-bedfordshire/ofsted-2017", "--graph", GRAPHS)
    assert assessment.exit_code == 1 and "is not an item with a text" in assessment.stderr
    assert "findings show central-bedfordshire/ofsted-2017" in assessment.stderr
    two = tmp_path / "two.nt"
    nt = (ROOT / "graphs" / "graph.nt").read_text(encoding="utf-8")
    two.write_text(nt + nt.replace("/id/central-bedfordshire/", "/id/othertown/"), encoding="utf-8")
    both = run("lineage", "ofsted-2017/recommendation/7", "--graph", str(two))
    assert both.exit_code == 1
    assert "central-bedfordshire/ofsted-2017/recommendation/7, othertown/ofsted-2017/recommendation/7" in both.stderr


def test_judgements_are_listed_with_their_grade_and_shown_with_their_assessment():
    listed = run("list", "--kind", "judgement", "--assessment", "ofsted-2017", "--format", "csv", "--graph", GRAPHS)
    assert listed.exit_code == 0, listed.output
    assert "central-bedfordshire/ofsted-2017/judgement/in-care,Judgement,central-bedfordshire/ofsted-2017," in listed.stdout
    assert " — Requires improvement" in listed.stdout
    shown = run("show", "central-bedfordshire/ofsted-2017", "--graph", GRAPHS, "--format", "csv")
    assert shown.exit_code == 0 and "fo:Judgement (incoming)" in shown.stdout and ": Requires improvement)" in shown.stdout


def test_an_area_not_judged_is_listed_and_shown_as_its_report_words_it(tmp_path):
    """A 2014 report of a council never tuned on, one area 'Not judged': no grade, yet listed by its area as not
    judged (it was a blank line), and `show` gives the area."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "wolverhampton-2014.txt").write_text(
        "City of Wolverhampton Council\n"
        "Inspection of services for children in need of help and protection, children looked after and care leavers\n"
        "Inspection date: 3 March 2014 - 26 March 2014\n"
        "Report published: 12 May 2014\n"
        "Children's services in Wolverhampton require improvement\n"
        "1. Children who need help and protection Good\n"
        "2. Children looked after and achieving permanence Requires improvement\n"
        "2.1 Adoption performance Not judged\n"
        "2.2 Experiences and progress of care leavers Outstanding\n"
        "3. Leadership, management and governance Requires improvement\n",
        encoding="utf-8",
    )
    built = run("build", str(folder), "--out", str(tmp_path / "out"), "--no-pictures", "--no-cache")
    assert built.exit_code == 0, built.output
    listed = run("list", "--kind", "judgement", "--format", "csv", "--graph", str(tmp_path / "out"))
    adoption = "wolverhampton/ofsted-2014/judgement/adoption,Judgement,wolverhampton/ofsted-2014,"
    assert adoption + "Adoption performance — not judged" in listed.stdout
    assert ",Experiences and progress of care leavers — Outstanding" in listed.stdout
    shown = run("show", "wolverhampton/ofsted-2014/judgement/adoption", "--format", "csv", "--graph", str(tmp_path / "out"))
    assert ",rdfs:label,Adoption performance" in shown.stdout and ",fo:judgementArea," in shown.stdout
    assert ",fo:grade," not in shown.stdout


def test_a_document_no_reader_knows_is_named_not_lost_in_silence(tmp_path):
    """A focused visit letter beside a report: the report is read as before; the letter, in which no reader finds an
    assessment or an item, is named on stderr (exit 0: it was read, not refused)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "letter.txt").write_text(
        "Dear Ms Doe\nFocused visit to Wirral local authority children's services\nThis letter summarises the findings.\n",
        encoding="utf-8",
    )
    shutil.copy(DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt", folder / "report.txt")
    built = run("build", str(folder), "--out", str(tmp_path / "out"), "--no-pictures", "--no-cache")
    assert built.exit_code == 0, built.output
    assert "read reports/letter.txt, but found no assessment or item in it" in built.stderr
    assert "report.txt, but" not in built.stderr and "recommendations   3" in built.stdout


def test_a_paper_in_a_format_no_reader_reads_is_named_with_what_to_save_it_as(tmp_path):
    """An old Word .doc and an .rtf beside a report are named on stderr with what to save them as, not passed over in
    silence; a picture, the Finder's .DS_Store and a graph's own output are passed over quietly; a .doc given by
    name is refused for what it is, not for 'not valid UTF-8' (an old Office file under a text name already was)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    ole2 = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(500)
    (folder / "minutes.doc").write_bytes(ole2)
    (folder / "plan.rtf").write_bytes(b"{\\rtf1\\ansi Improvement plan}")
    (folder / "slides.PPTX").write_bytes(b"PK\x03\x04")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n")
    (folder / ".DS_Store").write_bytes(bytes(8))
    (folder / "graph.nt").write_text("", encoding="utf-8")
    shutil.copy(DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt", folder / "report.txt")
    built = run("build", str(folder), "--out", str(tmp_path / "out"), "--no-pictures", "--no-cache")
    assert built.exit_code == 3, built.output  # written, with inputs not read: as for a damaged file
    assert "recommendations   3" in built.stdout  # the report is read as before
    said = [line for line in built.stderr.splitlines() if line.startswith("skipped ")]
    assert said == [
        "skipped reports/minutes.doc: an old Word .doc file: save it as .docx or PDF",
        "skipped reports/plan.rtf: a Rich Text (.rtf) file: save it as .docx, PDF or plain text",
        "skipped reports/slides.PPTX: a PowerPoint file: save it as PDF",
    ]
    (tmp_path / "minutes.txt").write_bytes(ole2)
    for name, reason in (("minutes.doc", "an old Word .doc file"), ("minutes.txt", "binary data, not text (an old-format")):
        given = run("build", str(folder / name if name.endswith(".doc") else tmp_path / name), "--out", str(tmp_path / "o"))
        assert given.exit_code != 0 and f"skipped {name}: {reason}" in given.stderr, given.output
        assert "UTF-8" not in given.stderr


def test_query_list_needs_no_graph_and_an_ambiguous_item_draws_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no graphs/ here
    listed = run("query", "--list", "--format", "csv")
    assert listed.exit_code == 0 and listed.stdout.startswith("name,title,params\n")
    assert run("query", "--list", "--graph", "graphs").exit_code == 0  # --list reads no graph, given or not
    two = tmp_path / "two.nt"
    nt = (ROOT / "graphs" / "graph.nt").read_text(encoding="utf-8")
    two.write_text(nt + nt.replace("/id/central-bedfordshire/", "/id/othertown/"), encoding="utf-8")
    out = tmp_path / "out"
    args = ["draw", "overview", "lineage", "--graph", str(two), "--out", str(out), "--no-static"]
    result = run(*args, "--item", "ofsted-2017/recommendation/7")
    assert result.exit_code == 1 and "matches 2 items" in result.stderr
    assert not out.exists() or not list(out.iterdir())


def test_draw_refuses_an_item_the_filters_leave_out_before_writing(tmp_path):
    args = ["draw", "overview", "lineage", "--graph", GRAPHS, "--out", str(tmp_path), "--no-static"]
    result = run(*args, "--item", "ofsted-2017/recommendation/7", "--as-of", "2010-01-01")
    assert result.exit_code == 1 and "is not in the picture asked for" in result.stderr
    assert not list(tmp_path.iterdir())


def test_a_search_for_no_words_is_a_usage_error_not_every_item():
    for words in ([""], ["  ", ""]):
        result = run("search", *words, "--graph", GRAPHS)
        assert result.exit_code == 2 and "give the words to search for" in result.stderr and result.stdout == ""


def test_a_table_on_a_narrow_terminal_narrows_its_prose_and_keeps_references_whole(monkeypatch, capsys):
    """On a terminal 80 characters wide the texts are cut to fit, never below 24 characters, and an item's reference
    (no spaces) stays whole to be copied; piped, every cell is whole."""
    from findings import output

    iri = "council/ofsted-2017/recommendation/" + "1" * 80
    rows = [[iri, "Open", "word " * 30], ["short/ref", "Recurred", "brief text"]]
    monkeypatch.setattr(output.sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(output, "_terminal_width", lambda: 160)
    lines = output.render(["item", "status", "text"], rows, "table").splitlines()
    assert lines[2].split()[0] == iri and len(lines[2]) == 160 and lines[2].endswith("…")
    assert lines[3].endswith("brief text")
    monkeypatch.setattr(output, "_terminal_width", lambda: 80)
    assert output.render(["item", "status", "text"], rows, "table").splitlines()[2].endswith("word word word wor…")
    assert output.fit([10, 50, 60], [False, True, True], 80) == [10, 33, 33]
    assert capsys.readouterr().err.count(output.CUT_HINT) == 2  # said, once a table, where something was cut
    output.render(["item", "status", "text"], rows[1:], "table")
    assert capsys.readouterr().err == ""
    assert output.fit([10, 50], [False, True], 200) == [10, 50]


def test_a_narrowed_column_of_prose_and_references_keeps_the_references_whole_and_a_paths_council(monkeypatch):
    """helper-177 on a 100-column terminal: `show`'s value column holds quotes and the items a link points at, and
    cut the items ('wigan/ofsted-2022/recom…'), though a reference is kept whole to be copied; and a document's path
    cut from its start lost the council ('…ion - 31 march 2017.pdf')."""
    from findings import output

    ref = "wigan/ofsted-2022/recommendation/1"
    path = "ofsted/wigan/children's services inspection - 31 march 2017.pdf"
    rows = [["fo:text", "word " * 40, path], ["fo:recurs", ref, path]]
    monkeypatch.setattr(output.sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(output, "_terminal_width", lambda: 70)
    lines = output.render(["field", "value", "document"], rows, "table").splitlines()
    assert ref in lines[3].split()
    assert all(line.rstrip().endswith("31 march 2017.pdf") and "wigan/…" in line for line in lines[2:])
    assert "…" in lines[2].split("fo:text", 1)[1].split("wigan/")[0]  # the prose was cut


def test_a_source_cut_to_fit_keeps_its_offsets_and_page_and_cuts_its_quote_first(monkeypatch):
    """helper-177: on a narrow terminal `show`'s source cell ('path [start:end] p.N “quote”') was cut as prose,
    'ofsted/wigan/children's…', losing the offsets and the page a reader looks the quote up by. Now the quote is cut
    first, then the path (its council's folder and its file's end kept); with no room for a quote, the path's end and
    where in it."""
    from findings import output

    path = "ofsted/wigan/children's services inspection - 05 july 2022.pdf"
    source = f"{path} [2706:2788] p.3 “The level of management oversight is not consistently strong.”"
    rows = [["wigan/ofsted-2022/recommendation/1", "source", source]]
    monkeypatch.setattr(output.sys.stdout, "isatty", lambda: True)
    cells = {}
    for room in (160, 130, 80):
        monkeypatch.setattr(output, "_terminal_width", lambda room=room: room)
        cells[room] = output.render(["item", "field", "value"], rows, "table").splitlines()[2].split("source", 1)[1].strip()
    assert cells == {
        160: f"{path} [2706:2788] p.3 “The level of manag…”",  # a cell of prose is at most 100 characters
        130: "wigan/…hildren's services inspection - 05 july 2022.pdf [2706:2788] p.3 “The level…”",
        80: "wigan/…july 2022.pdf [2706:2788] p.3",
    }


def test_a_narrowed_table_keeps_statuses_whole_and_the_end_of_documents_paths(monkeypatch):
    """helper-136 on a 120-column terminal: statuses were cut to 'IndependentlyVerified (…' and every document to
    the same 'ofsted/rochdale/childre…'. A short label (≤ 40 characters) is never narrowed, and a path keeps its
    end, where one report's file name differs from the next's."""
    from findings import output

    status = "IndependentlyVerified (awaiting review)"
    rows = [
        [
            "rochdale/ofsted-2014/recommendation/1",
            status,
            "word " * 40,
            "ofsted/rochdale/children's services inspection - 12 may 2015.pdf",
        ],
        [
            "rochdale/ofsted-2018/recommendation/2",
            "Open",
            "word " * 40,
            "ofsted/rochdale/children's services inspection - 9 march 2018.pdf",
        ],
    ]
    monkeypatch.setattr(output.sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(output, "_terminal_width", lambda: 160)
    lines = output.render(["item", "status", "text", "document"], rows, "table").splitlines()
    assert all(len(line) <= 160 for line in lines)
    assert status in lines[2]
    assert lines[2].endswith("12 may 2015.pdf") and lines[3].endswith("9 march 2018.pdf")
    assert "…" in lines[2].split(status)[1]  # the text and the path were cut, not the status


def test_list_gives_items_as_a_report_numbers_them():
    """helper-136: `list` gave recommendation/1, /10, /2 (the query's string order) where `open` gave 1 … 10."""
    result = run("list", "--kind", "recommendation", "--assessment", "ofsted-2012", "--graph", GRAPHS, "--format", "csv")
    tails = [line.split(",", 1)[0].rsplit("/", 1)[-1] for line in result.stdout.splitlines()[1:]]
    assert tails[:14] == [f"lac-{n}" for n in range(1, 14)] + ["safeguarding-1"]


def test_open_says_why_a_table_is_empty_and_when_the_date_is_yet_to_come():
    """helper-136: `open --as-of 2010-01-01` printed an empty table and nothing else, and a date to come passed in
    silence."""
    before = run("open", "--as-of", "1990-01-01", "--graph", GRAPHS)
    assert before.exit_code == 0 and len(before.stdout.splitlines()) == 2
    assert "no item open as of 1990-01-01" in before.stderr
    later = run("open", "--as-of", "2999-01-01", "--graph", GRAPHS, "--format", "csv")
    assert later.exit_code == 0 and len(later.stdout.splitlines()) > 1
    assert "2999-01-01 is after today" in later.stderr
    today = run("open", "--graph", GRAPHS, "--format", "csv")
    assert today.stderr == ""


def test_search_finds_a_word_with_or_without_its_hyphen():
    """helper-137: 'pre-proceedings' did not find 2017's recommendation the pack spells 'preproceedings'."""

    def items(word: str) -> list[str]:
        result = run("search", word, "--kind", "Recommendation", "--graph", GRAPHS, "--format", "csv")
        return [line.split(",", 1)[0] for line in result.stdout.splitlines()[1:]]

    assert "central-bedfordshire/ofsted-2017/recommendation/2" in items("pre-proceedings")
    assert items("pre-proceedings") == items("preproceedings")


def test_search_finds_whole_words_not_parts_of_others():
    """helper-177: 'PLO' gave 267 items, most for 'exploitation'; 'age' 1,371, most for 'management'. A word is found
    where it stands as a word (or with a plural's ending: 'plan' finds 'plans'), never inside another."""

    def texts(*words: str) -> list[str]:
        result = run("search", *words, "--graph", GRAPHS, "--format", "json")
        return [row["text"].casefold() for row in json.loads(result.stdout)] if result.exit_code == 0 else []

    assert texts("PLO") and all(re.search(r"\bplo\b", t) for t in texts("PLO"))
    assert any("exploitation" in t for t in texts("exploitation")) and not texts("ploitation")
    assert all(re.search(r"\bplans?\b", t) for t in texts("plan"))
    assert any(re.search(r"\bplans\b", t) for t in texts("plan"))


def test_json_gives_numbers_as_numbers_and_lists_as_lists(tmp_path):
    """helper-177: the build's counts came as strings ('"count": "3"') and the concerns two recurring items share as
    one '; '-joined string."""
    report = str(DATA / "other_councils" / "york_style_sif_sections_2016.txt")
    for _ in range(2):  # a fresh build, then one that reuses the last
        result = run("build", report, "--out", str(tmp_path / "g"), "--format", "json")
        assert result.exit_code == 0, result.output
        counts = {row["what"]: row["count"] for row in json.loads(result.stdout)}
        assert counts["documents"] == 1 and counts["recommendations"] == 3
        assert all(type(n) is int for n in counts.values())
    rows = json.loads(run("recurring", "--graph", GRAPHS, "--format", "json").stdout)
    assert rows and all(isinstance(row["themes"], list) and all(isinstance(t, str) for t in row["themes"]) for row in rows)
    assert all(isinstance(row["score"], float | int) for row in rows)


def test_a_fault_of_the_tools_on_one_paper_skips_that_paper_and_keeps_the_rest(tmp_path, monkeypatch):
    """An extractor failing on one paper (an AttributeError the tool raised on a layout it had not met) ended the
    whole build with one line and no graph: now that paper is skipped, named with the fault, the build exits 3 as for
    a damaged file, and every other paper is in the graph. With --debug the fault is raised, for its traceback."""
    import findings.extract.document as document

    extract = document.extract_document

    def failing(doc):
        if doc.path.endswith("odd.txt"):
            raise AttributeError("'NoneType' object has no attribute 'text'")
        return extract(doc)

    monkeypatch.setattr(document, "extract_document", failing)
    monkeypatch.delenv("FINDINGS_DEBUG", raising=False)
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt", folder / "report.txt")
    shutil.copy(DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt", folder / "odd.txt")
    (folder / "odd.txt").write_text((folder / "odd.txt").read_text(encoding="utf-8") + "\nAnother copy.\n", encoding="utf-8")
    built = run("build", str(folder), "--out", str(tmp_path / "out"), "--no-pictures", "--no-cache", "-j", "1")
    assert built.exit_code == 3, built.output
    assert "recommendations   3" in built.stdout and (tmp_path / "out" / "graph.nt").exists()
    assert [line for line in built.stderr.splitlines() if line.startswith("skipped ")] == [
        "skipped reports/odd.txt: the tool failed on it (AttributeError: 'NoneType' object has no attribute 'text');"
        " please report it (--debug shows where)"
    ]
    monkeypatch.setenv("FINDINGS_DEBUG", "1")
    debugged = run("build", str(folder), "--out", str(tmp_path / "out2"), "--no-pictures", "--no-cache", "-j", "1")
    assert isinstance(debugged.exception, AttributeError)


def test_search_finds_a_word_typed_with_a_keyboard_apostrophe_as_printed_with_a_curly_one():
    """helper-213 #6: reports print 'children’s'; 'children's' typed on a keyboard found nothing."""

    def items(*words: str) -> list[str]:
        result = run("search", *words, "--graph", GRAPHS, "--format", "csv")
        return [line.split(",", 1)[0] for line in result.stdout.splitlines()[1:]] if result.exit_code == 0 else []

    assert items("children’s", "plans") and items("children's", "plans") == items("children’s", "plans")


def test_recurring_says_what_waits_for_review():
    """tester helper-265: an empty `findings recurring` table gave no hint that candidates scored below the threshold
    wait in the review queue; stderr says how many (none with --silent, and stdout stays the data)."""
    queued = json.loads((ROOT / "graphs" / "review.json").read_text(encoding="utf-8"))["candidates"]
    waiting = sum(c["type"] == "recurs" for c in queued)
    assert waiting >= 1
    told = run("recurring", "--graph", GRAPHS, "--format", "csv")
    assert told.exit_code == 0
    below = sum(c["type"] == "recurs" and c["why"].startswith("scored below") for c in queued)
    held = waiting - below
    said = "; ".join(
        ([f"{below} scored below the threshold"] if below else [])
        + ([f"{held} held for a person by a rule however high they score (its 'why' says which)"] if held else [])
    )
    assert told.stderr == f"{waiting} more candidate recurrence(s) wait in `findings review`: {said}\n"
    assert "findings review" not in told.stdout
    assert run("--silent", "recurring", "--graph", GRAPHS).stderr == ""
