"""The review queue and the ways to find an item: a reviewer's decision persists across rebuilds and enters the
graph attributed to that person; `list`, `search` and `show` find items without knowing their IRIs."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import PROV, RDFS

from findings.cli import cli
from findings.rdf._fo import FO
from findings.resources import bundled_corpus
from findings.store import open_store


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A copy of the bundled corpus (its curation file is the test's own) built into a folder."""
    root = tmp_path_factory.mktemp("review")
    corpus = root / "corpus"
    shutil.copytree(bundled_corpus(), corpus)
    (corpus / "curation.json").unlink(missing_ok=True)
    out = root / "graphs"
    result = CliRunner().invoke(cli, ["--silent", "build", str(corpus), "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    return corpus, out


def _queue(out):
    return json.loads((out / "review.json").read_text(encoding="utf-8"))


def test_the_queue_holds_candidates_below_the_threshold_with_both_quotes(built):
    _, out = built
    queue = _queue(out)
    assert queue["candidates"], "the bundled corpus has candidate links below the threshold"
    assert all(c["score"] >= 0.4 for c in queue["candidates"])  # at or above the review floor
    first = next(c for c in queue["candidates"] if c["score"] < 0.7)  # a pair a rule holds may score higher
    assert first["from"]["quote"] and first["to"]["quote"]
    shown = CliRunner().invoke(cli, ["review", "--graph", str(out), "--format", "json"])
    assert shown.exit_code == 0, shown.output
    rows = json.loads(shown.output)
    assert [r["id"] for r in rows] == [c["id"] for c in queue["candidates"]]
    said = {r["type"]: r["proposed"] for r in rows if r["type"] != "status"}  # the link in words, by its columns
    assert said.get("recurs", "'from' raises 'to' again") == "'from' raises 'to' again" and said
    assert set(said.values()) <= {"'from' raises 'to' again", "'from' follows up 'to'", "'from' fulfils 'to'"}


def test_an_accepted_link_survives_the_rebuild_attributed_to_its_reviewer(built):
    corpus, out = built
    candidate = _queue(out)["candidates"][0]
    runner = CliRunner()
    done = runner.invoke(cli, ["review", "--graph", str(out), "--accept", candidate["id"], "--by", "Pat Lead"])
    assert done.exit_code == 0, done.output
    decisions = json.loads((corpus / "curation.json").read_text(encoding="utf-8"))["decisions"]
    assert [(d["id"], d["decision"], d["by"]) for d in decisions] == [(candidate["id"], "accept", "Pat Lead")]
    rebuilt = runner.invoke(cli, ["--silent", "build", str(corpus), "--out", str(out)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert candidate["id"] not in {c["id"] for c in _queue(out)["candidates"]}
    graph = Graph().parse(out / "graph.nt")
    people = set(graph.subjects(RDFS.label, None)) & set(graph.objects(None, PROV.wasAttributedTo))
    assert [str(graph.value(p, RDFS.label)) for p in people] == ["Pat Lead"]
    (link,) = graph.subjects(PROV.wasAttributedTo, next(iter(people)))
    source = graph.value(predicate=FO.qualifiedLink, object=link)
    target = graph.value(link, FO.target)
    assert (source, getattr(FO, candidate["type"]), target) in graph
    assert str(source).endswith(candidate["from"]["item"].replace("/recommendation/", "/recommendation/"))


def test_decisions_can_live_outside_the_corpus(tmp_path):
    """`build --curation FILE` reads the decisions from FILE and `review` records new ones there: a read-only or
    shared corpus folder stays untouched."""
    corpus = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), corpus)
    (corpus / "curation.json").unlink(missing_ok=True)
    mine, out, runner = tmp_path / "qa" / "decisions.json", tmp_path / "graphs", CliRunner()
    mine.parent.mkdir()
    args = ["--silent", "build", str(corpus), "--out", str(out), "--curation", str(mine), "--no-pictures"]
    first = runner.invoke(cli, ["build", str(corpus), "--out", str(out), "--no-pictures"])
    assert first.exit_code == 0 and "curation" not in first.stderr  # built once without the option
    told = runner.invoke(cli, args)
    assert told.exit_code == 0 and f"no decisions in {mine} yet" in told.stderr
    assert json.loads((out / "review.json").read_text(encoding="utf-8"))["curation"] == "../qa/decisions.json"  # not the
    # cache's: relative to the graph's folder, so `findings review` finds it from anywhere
    candidate = _queue(out)["candidates"][0]
    done = runner.invoke(cli, ["review", "--graph", str(out), "--reject", candidate["id"], "--by", "Pat Lead"])
    assert done.exit_code == 0, done.output
    assert not (corpus / "curation.json").exists()
    assert [d["id"] for d in json.loads(mine.read_text(encoding="utf-8"))["decisions"]] == [candidate["id"]]
    assert runner.invoke(cli, args).exit_code == 0
    assert candidate["id"] not in {c["id"] for c in _queue(out)["candidates"]}


def test_a_decision_a_build_applied_is_overturned_by_another_person(tmp_path):
    """Once a build applied Pat's accept, the candidate left the queue, and Sam's reject was refused: 'not in the review
    queue' (helper-146); it is overturned from the curation file's record of it, and says whose call it replaces."""
    corpus = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), corpus)
    (corpus / "curation.json").unlink(missing_ok=True)
    out = tmp_path / "graphs"
    runner = CliRunner()
    build = ["--silent", "build", str(corpus), "--out", str(out), "--no-pictures"]
    assert runner.invoke(cli, build).exit_code == 0
    candidate = _queue(out)["candidates"][0]["id"]
    assert runner.invoke(cli, ["review", "--graph", str(out), "--accept", candidate, "--by", "Pat Lead"]).exit_code == 0
    assert runner.invoke(cli, build).exit_code == 0
    assert candidate not in {c["id"] for c in _queue(out)["candidates"]}
    again = runner.invoke(cli, ["review", "--graph", str(out), "--reject", candidate, "--by", "Sam Panel"])
    assert again.exit_code == 0, again.output
    assert f"{candidate}: replaces the accept by Pat Lead on " in again.stderr
    decisions = json.loads((corpus / "curation.json").read_text(encoding="utf-8"))["decisions"]
    (decision,) = [d for d in decisions if d["id"] == candidate]
    assert (decision["decision"], decision["by"]) == ("reject", "Sam Panel") and decision["candidate"]["to"]


def test_an_unknown_id_is_refused_with_one_line(built):
    _, out = built
    result = CliRunner().invoke(cli, ["review", "--graph", str(out), "--reject", "nosuchid"])
    assert result.exit_code == 1
    assert "neither in the review queue" in result.output and "nor decided in" in result.output


def test_list_search_and_show_find_items_by_kind_words_and_incoming_links(built):
    _, out = built
    runner = CliRunner()
    kloes = runner.invoke(cli, ["list", "--graph", str(out), "--kind", "kloe", "--format", "json"])
    assert kloes.exit_code == 0, kloes.output
    assert [r["item"].rsplit("/", 1)[1] for r in json.loads(kloes.output)] == ["1", "2", "3", "4", "5"]
    found = runner.invoke(
        cli, ["search", "return", "interviews", "--graph", str(out), "--kind", "recommendation", "--evidence", "--format", "json"]
    )
    assert found.exit_code == 0, found.output
    rows = json.loads(found.output)
    assert {r["item"] for r in rows} >= {"central-bedfordshire/ofsted-2012/recommendation/safeguarding-4"}
    assert all("return" in r["text"].lower() and r["document"] for r in rows)
    shown = runner.invoke(
        cli, ["show", "ofsted-2012/recommendation/safeguarding-4", "--graph", str(out / "graph.ttl"), "--format", "json"]
    )
    incoming = [r for r in json.loads(shown.output) if r["field"] == "fo:recurs (incoming)"]
    assert [r["value"].rsplit("/id/", 1)[1] for r in incoming] == ["central-bedfordshire/ofsted-2017/recommendation/4"]


def test_search_finds_the_actions_one_lead_owns(built):
    """'findings search Principal Social Worker' said no item holds it: a QA lead looks up what one role owns by the
    lead a plan names (helper-140)."""
    _, out = built
    with open_store(out) as store:
        led = {str(a) for (a,) in store.select("SELECT ?a WHERE { ?a fo:lead ?l FILTER(CONTAINS(LCASE(?l), 'pat elliott')) }")[1]}
    assert led
    found = CliRunner().invoke(cli, ["search", "pat", "elliott", "--graph", str(out), "--kind", "action", "--format", "json"])
    assert found.exit_code == 0, found.output
    assert {"https://w3id.org/findings/id/" + r["item"] for r in json.loads(found.output)} == led


def test_overturning_someone_elses_decision_says_whose_it_was(built):
    _, out = built
    candidate = _queue(out)["candidates"][-1]["id"]
    runner = CliRunner()
    assert runner.invoke(cli, ["review", "--graph", str(out), "--accept", candidate, "--by", "Pat Lead"]).exit_code == 0
    again = runner.invoke(cli, ["review", "--graph", str(out), "--reject", candidate, "--by", "Sam Panel"])
    assert again.exit_code == 0
    assert f"{candidate}: replaces the accept by Pat Lead on " in again.stderr
    quiet = runner.invoke(cli, ["review", "--graph", str(out), "--reject", candidate, "--by", "Sam Panel"])
    assert "replaces" not in quiet.stderr  # the same call again overturns nobody


def test_an_empty_queue_says_so(tmp_path):
    """After every candidate was decided, 'findings review --type link' printed a header and nothing else (helper-146)."""
    from tests.conftest import DATA

    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(DATA / "other_councils" / "sutton_ilacs_report.txt", folder)
    out = tmp_path / "graphs"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(folder), "--out", str(out), "--no-pictures"]).exit_code == 0
    result = runner.invoke(cli, ["review", "--graph", str(out), "--type", "link", "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout == "id,type,score,proposed,decision,from,from quote,from page,to,to quote,to page\n"
    assert result.stderr == f"no candidate link waits for review in {out} (decided ones are in {folder / 'curation.json'})\n"


def test_the_review_list_gives_the_page_of_each_quote(tmp_path):
    """The list gave the quotes but not where to find them in the PDF; 'finding/p19-3' read as page 19, though it is
    the report's paragraph 19 (helper-146)."""
    from tests.conftest import OFSTED, need_shared

    need_shared()
    out = tmp_path / "graphs"
    runner = CliRunner()
    built = runner.invoke(
        cli, ["--silent", "build", str(bundled_corpus()), str(OFSTED / "central-bedfordshire"), "--out", str(out)]
    )
    assert built.exit_code == 0, built.output
    rows = json.loads(runner.invoke(cli, ["review", "--graph", str(out), "--type", "status", "--format", "json"]).stdout)
    queued = {c["id"]: c for c in _queue(out)["candidates"]}
    paged = [r for r in rows if r["from page"] is not None]
    assert paged and all(r["from page"] == queued[r["id"]]["from"]["page"] for r in rows)
    assert all(isinstance(r["from page"], int) for r in paged)


def test_review_records_beside_the_corpus_whatever_folder_it_runs_in(tmp_path, monkeypatch):
    """The decision lands in the corpus folder the build read, though `findings review` runs elsewhere (tester
    helper-266: it wrote ./corpus/curation.json under the folder it ran in, and the next build never applied it)."""
    corpus, out, runner = tmp_path / "council" / "corpus", tmp_path / "council" / "graphs", CliRunner()
    shutil.copytree(bundled_corpus(), corpus)
    (corpus / "curation.json").unlink(missing_ok=True)
    monkeypatch.chdir(tmp_path / "council")
    assert runner.invoke(cli, ["--silent", "build", "corpus", "--out", "graphs", "--no-pictures"]).exit_code == 0
    candidate = _queue(out)["candidates"][0]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    done = runner.invoke(cli, ["review", "--graph", str(out), "--accept", candidate["id"], "--by", "Pat Lead"])
    assert done.exit_code == 0, done.output
    assert list(elsewhere.iterdir()) == []
    assert [d["id"] for d in json.loads((corpus / "curation.json").read_text(encoding="utf-8"))["decisions"]] == [candidate["id"]]
    assert runner.invoke(cli, ["--silent", "build", str(corpus), "--out", str(out), "--no-pictures"]).exit_code == 0
    assert candidate["id"] not in {c["id"] for c in _queue(out)["candidates"]}


def test_a_corpus_folder_gone_is_a_clear_error(tmp_path):
    corpus, out, runner = tmp_path / "corpus", tmp_path / "graphs", CliRunner()
    shutil.copytree(bundled_corpus(), corpus)
    assert runner.invoke(cli, ["--silent", "build", str(corpus), "--out", str(out), "--no-pictures"]).exit_code == 0
    candidate = _queue(out)["candidates"][0]
    shutil.rmtree(corpus)
    done = runner.invoke(cli, ["review", "--graph", str(out), "--accept", candidate["id"], "--by", "Pat Lead"])
    assert done.exit_code == 1 and "is not there: give the curation file with --curation" in done.output
    assert not corpus.exists()
