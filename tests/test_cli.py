"""The command line, in-process: exact output, exit codes, bad input named on stderr and nothing else lost."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from findings.cli import EXIT_SKIPPED, cli
from tests.conftest import DATA
from tests.pdfmaker import make_pdf


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_build_summary_and_show(tmp_path):
    out = tmp_path / "out"
    result = run("--silent", "build", str(DATA / "plan_other_council.txt"), "--out", str(out), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == ["what,count", "documents,1"]
    assert "actions,3" in result.stdout and "recommendations,2" in result.stdout
    assert (out / "graph.ttl").exists() and (out / "graph.nt").exists()
    shown = run("show", "ofsted-2019/action/1.2", "--graph", str(out / "graph.ttl"), "--format", "csv")
    assert shown.exit_code == 0
    lines = shown.stdout.splitlines()
    assert lines[0] == "item,type,field,value"
    assert "fo:lead,Head of Children in Care" in shown.stdout
    assert "fo:dueBy,2019-09-30" in shown.stdout
    assert any("plan_other_council.txt [" in line and "“Sept 19”" in line for line in lines)


def test_show_unknown_item_is_a_one_line_error(tmp_path):
    out = tmp_path / "out"
    run("--silent", "build", str(DATA / "plan_other_council.txt"), "--out", str(out))
    result = CliRunner().invoke(cli, ["show", "nothing/here", "--graph", str(out / "graph.ttl")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: no item ends with 'nothing/here' in {out}{SEARCH}\n"


SEARCH = " (`findings search WORDS` finds one by its words)"


def test_show_and_lineage_say_alike_that_an_item_is_missing_and_name_the_nearest(tmp_path):
    """tester helper-117 D14: `show` said 'no item matches …' and `lineage` 'no item ends with …', and neither named
    the near miss ('ofsted-2104' for 'ofsted-2019'); both say the same and suggest the nearest item."""
    out = tmp_path / "out"
    run("--silent", "build", str(DATA / "plan_other_council.txt"), "--out", str(out))
    said = set()
    for command in ("show", "lineage"):
        result = CliRunner().invoke(cli, [command, "ofsted-2091/recommendation/1", "--graph", str(out)])
        assert result.exit_code == 1
        said.add(result.stderr)
    (message,) = said
    assert message.startswith("Error: no item ends with 'ofsted-2091/recommendation/1' in ")
    assert message.endswith(f"; did you mean '{_tail('ofsted-2019/recommendation/1', out)}'?{SEARCH}\n")


def _tail(tail: str, out) -> str:
    """The whole tail of the one item ending with `tail` (its council's key before it)."""
    import json

    rows = json.loads(CliRunner().invoke(cli, ["show", tail, "--graph", str(out), "--format", "json"]).stdout)
    return rows[0]["item"]


def test_bad_files_are_named_and_the_rest_still_built(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(DATA / "plan_other_council.txt", docs / "plan.txt")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (docs / "fake.pdf").write_bytes(b"%PDF-1.7 garbage")
    (docs / "garbled.txt").write_bytes(b"na\x81ve")  # neither UTF-8 nor Windows-1252 ('ANSI' text is read)
    (docs / "real.pdf").write_bytes(make_pdf([["A report with no plan in it"]]))
    result = CliRunner().invoke(cli, ["--silent", "build", str(docs), "--out", str(tmp_path / "out"), "--format", "csv"])
    assert result.exit_code == EXIT_SKIPPED
    assert "Traceback" not in result.output
    assert result.stderr.splitlines() == [
        "skipped docs/empty.txt: empty file",
        "skipped docs/fake.pdf: not a readable PDF (PDFium: Data format error)",
        "skipped docs/garbled.txt: neither UTF-8 nor Windows-1252 text (byte 2)",
        "skipped docs/noise.txt: binary data, not text",
    ]
    assert "documents,2" in result.stdout and "actions,3" in result.stdout


def test_validate_exit_codes(tmp_path):
    out = tmp_path / "out"
    run("--silent", "build", str(DATA / "plan_other_council.txt"), "--out", str(out))
    assert run("validate", str(out / "graph.ttl")).exit_code == 0
    broken = tmp_path / "broken.ttl"
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    broken.write_text(text.replace("fo:respondsTo", "fo:about"), encoding="utf-8")
    result = run("validate", str(broken))
    assert result.exit_code == 1 and "Conforms: False" in result.stdout
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle {", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(garbage)])
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: could not load {garbage}")


def test_every_command_is_documented_in_the_readme():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(cli.commands) > 5
    for name in cli.commands:
        assert f"findings {name}" in readme, name


def test_table_rows_stay_on_one_line():
    from findings.output import render

    assert render(["a", "b"], [["x\ny", "z"]], "table") == "a    b\n---  -\nx y  z\n"


def test_show_a_kloe_and_a_resolution_from_the_committed_graph():
    from tests.conftest import ROOT

    graph = str(ROOT / "graphs" / "graph.ttl")
    result = CliRunner().invoke(cli, ["show", "peer-review-2018/kloe/4", "--graph", graph, "--format", "csv"])
    assert result.exit_code == 0
    assert "dcterms:title,Permanence planning and achieving permeance" in result.stdout
    result = CliRunner().invoke(
        cli, ["show", "corporate-parenting-panel-2018-12-20/resolution/request-1", "--graph", graph, "--format", "csv"]
    )
    assert result.exit_code == 0 and "A request was made for the data to broken down" in result.stdout


def test_show_gives_an_items_status_themes_and_what_it_raises_again():
    from tests.conftest import ROOT

    graph = str(ROOT / "graphs" / "graph.ttl")
    result = CliRunner().invoke(cli, ["show", "ofsted-2017/recommendation/7", "--graph", graph, "--format", "csv"])
    assert result.exit_code == 0
    assert ",fo:currentStatus,fo:ReportedComplete" in result.stdout  # the council reported it done in February 2019
    assert ",fo:theme,https://w3id.org/findings/id/concept/theme/health" in result.stdout
    assert ",fo:recurs,https://w3id.org/findings/id/central-bedfordshire/ofsted-2012/recommendation/lac-1" in result.stdout
    from_nt = CliRunner().invoke(cli, ["show", "ofsted-2017/recommendation/7", "--graph", graph.replace(".ttl", ".nt")])
    assert from_nt.exit_code == 0 and "fo:Recommendation" in from_nt.stdout and "ns1:" not in from_nt.stdout


def test_show_names_what_an_item_points_at_by_its_tail_for_people_and_whole_for_tools():
    """A table or Markdown gives the assessment, themes, the earlier item it raises again and the later items that
    raise it by the tails `show` and `lineage` take back; CSV and JSON keep each IRI whole."""
    from tests.conftest import ROOT

    graph = str(ROOT / "graphs" / "graph.ttl")
    table = CliRunner().invoke(cli, ["show", "central-bedfordshire/ofsted-2012/recommendation/lac-1", "--graph", graph])
    assert table.exit_code == 0
    rows = {tuple(line.split()[2:4]) for line in table.stdout.splitlines()[2:]}
    assert ("fo:madeIn", "central-bedfordshire/ofsted-2012") in rows
    assert ("fo:theme", "concept/theme/health") in rows
    assert ("fo:currentStatus", "fo:Recurred") in rows
    incoming = [line.split()[-1] for line in table.stdout.splitlines() if "fo:recurs (incoming)" in line]
    assert incoming == ["central-bedfordshire/ofsted-2017/recommendation/7"]
    assert "https://" not in "".join(line for line in table.stdout.splitlines() if " source " not in line)
    md = CliRunner().invoke(cli, ["show", "ofsted-2012/recommendation/lac-1", "--graph", graph, "--format", "md"])
    assert "| fo:recurs (incoming) | central-bedfordshire/ofsted-2017/recommendation/7 |" in md.stdout
    data = json.loads(
        CliRunner().invoke(cli, ["show", "ofsted-2012/recommendation/lac-1", "--graph", graph, "--format", "json"]).stdout
    )
    made = [row["value"] for row in data if row["field"] == "fo:madeIn"]
    assert made == ["https://w3id.org/findings/id/central-bedfordshire/ofsted-2012"]


def test_show_refuses_a_reference_two_councils_share(tmp_path):
    item = "<https://w3id.org/findings/id/{}/ofsted-2017/recommendation/7> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/findings/ontology#Recommendation> .\n"
    graph = tmp_path / "two.nt"
    text = '<https://w3id.org/findings/id/{}/ofsted-2017/recommendation/7> <https://w3id.org/findings/ontology#text> "Plans" .\n'
    graph.write_text("".join(line.format(town) for town in ("anytown", "othertown") for line in (item, text)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["show", "ofsted-2017/recommendation/7", "--graph", str(graph)])
    assert result.exit_code == 1 and result.stdout == ""
    assert "matches 2 items" in result.stderr and "anytown/ofsted-2017/recommendation/7" in result.stderr
    assert CliRunner().invoke(cli, ["show", "anytown/ofsted-2017/recommendation/7", "--graph", str(graph)]).exit_code == 0


def test_the_readme_shows_the_summary_the_bundled_corpus_builds_to(corpus_build):
    from findings.output import render
    from findings.summary import summary_rows
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("```\nwhat") + 4
    shown = readme[start : readme.index("\nitem ", start) + 1]  # up to the item shown after it
    assert shown == render(["what", "count"], summary_rows(corpus_build), "table")


def test_a_base_that_is_no_iri_is_refused_before_anything_is_written(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["build", str(DATA / "other_councils"), "--base", "https://ex.org/my graph/", "--out", str(out)]
    )
    assert result.exit_code == 2
    assert "Invalid value for '--base': 'https://ex.org/my graph/' is not an IRI" in result.output
    assert not out.exists()


def test_show_and_validate_take_the_folder_a_build_wrote_as_every_other_command_does():
    from tests.conftest import ROOT

    folder = ROOT / "graphs"
    shown = CliRunner().invoke(cli, ["show", "ofsted-2017/recommendation/3", "--graph", str(folder), "--format", "csv"])
    assert shown.exit_code == 0 and "ofsted-2017/recommendation/3" in shown.output
    checked = CliRunner().invoke(cli, ["validate", str(folder)])
    assert checked.exit_code == 0 and f"{folder / 'graph.ttl'}: conforms" in checked.output
    empty = CliRunner().invoke(cli, ["show", "x", "--graph", str(ROOT / "ontology")])
    assert empty.exit_code == 2 and "a folder without graph.ttl" in empty.output


def test_show_says_when_it_names_only_some_of_the_items_a_reference_matches(tmp_path):
    node = "<https://w3id.org/findings/id/{}/ofsted-2017/recommendation/1>"
    lines = [node + ' <https://w3id.org/findings/ontology#text> "Plans" .\n']
    lines.append(
        node + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/findings/ontology#Recommendation> .\n"
    )
    graph = tmp_path / "many.nt"
    graph.write_text("".join(line.format(f"town{n}") for n in range(8) for line in lines), encoding="utf-8")
    result = CliRunner().invoke(cli, ["show", "recommendation/1", "--graph", str(graph)])
    assert result.exit_code == 1 and "matches 8 items: town0/ofsted-2017/recommendation/1," in result.stderr
    assert result.stderr.count("/recommendation/1") == 5 and ", …; give more of the IRI" in result.stderr


def test_a_graph_built_by_another_vocabulary_is_answered_with_a_warning(tmp_path):
    """A graph written before this version's terms existed (its build's record names another vocabulary, or none)
    would be answered without them, quietly: the answer is given, with one line on stderr saying to build again;
    nothing with --silent, and nothing for a graph this version built."""
    out = tmp_path / "out"
    assert run("--silent", "build", str(DATA / "plan_other_council.txt"), "--out", str(out)).exit_code == 0
    fresh = run("open", "--graph", str(out), "--format", "csv")
    assert fresh.exit_code == 0 and fresh.stderr == ""
    manifest = out / ".cache" / "manifest.json"
    record = json.loads(manifest.read_text(encoding="utf-8"))
    assert len(record["vocabulary"]) == 16
    for older in ("0123456789abcdef", None):  # another vocabulary; a build from before builds recorded theirs
        if older is None:
            record.pop("vocabulary")
        else:
            record["vocabulary"] = older
        manifest.write_text(json.dumps(record), encoding="utf-8")
        stale = run("open", "--graph", str(out), "--format", "csv")
        assert stale.exit_code == 0 and stale.stdout == fresh.stdout
        assert stale.stderr == (
            f"Warning: the graph in {out} was built by another version of findings, whose vocabulary differs from this "
            "one's: answers may miss terms this version writes; build it again with `findings build`\n"
        )
        assert run("show", "ofsted-2019/action/1.2", "--graph", str(out)).stderr.startswith("Warning: the graph in ")
        assert run("--silent", "open", "--graph", str(out)).stderr == ""
