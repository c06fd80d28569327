"""A tracker the tool wrote, edited by a person and put back in the corpus: the edits become that person's dated
progress on the same items, and nothing is duplicated."""

from __future__ import annotations

import datetime as dt
import io
import shutil

import openpyxl
import pytest
from click.testing import CliRunner
from rdflib import RDF, Literal
from rdflib.namespace import DCTERMS

from findings.build import build, write_graph
from findings.cli import cli
from findings.rdf._fo import FO
from findings.tracker.stable import stable_zip
from tests.conftest import CORPUS

NOTE = "Tracking of plans for children who become looked after is now embedded in weekly meetings."
SAVED = dt.datetime(2019, 3, 15)


@pytest.fixture(scope="module")
def written(corpus_build, tmp_path_factory):
    folder = tmp_path_factory.mktemp("written")
    write_graph(corpus_build.graph, folder / "graph")
    result = CliRunner().invoke(
        cli,
        [
            "open",
            "--as-of",
            "2019-02-28",
            "--graph",
            str(folder / "graph"),
            "--format",
            "xlsx",
            "--out",
            str(folder / "tracker.xlsx"),
        ],
    )
    assert result.exit_code == 0, result.output
    return folder / "tracker.xlsx"


def _edited(written, edits: dict[str, dict[str, object]]) -> bytes:
    """The workbook as a QA lead saves it after typing `edits` ({reference tail: {heading: value}})."""
    book = openpyxl.load_workbook(written)
    sheet = book["Open items"]
    head = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        for tail, values in edits.items():
            if row[0].value.endswith(tail):
                for heading, value in values.items():
                    row[head.index(heading)].value = value
    book.properties.lastModifiedBy = "QA lead"
    out = io.BytesIO()
    book.save(out)
    return stable_zip(out.getvalue(), SAVED)  # as Excel stamps the day it was saved


def _with(tmp_path, name: str, data: bytes):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "central-bedfordshire" / name).write_bytes(data)
    return build([corpus])


def test_edits_become_dated_progress_on_the_same_items_and_nothing_is_duplicated(written, tmp_path, corpus_build):
    data = _edited(
        written,
        {
            "ofsted-2017/recommendation/3": {"Progress note": NOTE},
            "ofsted-2017/recommendation/6": {"Due by": dt.datetime(2019, 6, 30)},
        },
    )
    result = _with(tmp_path, "tracker-march.xlsx", data)
    x, before = result.extraction, corpus_build.extraction
    assert not result.skipped
    for kind in (FO.Recommendation, FO.Action, FO.Finding, FO.Judgement):
        assert set(result.graph.subjects(RDF.type, kind)) == set(corpus_build.graph.subjects(RDF.type, kind))
    doc = next(d for d in x.documents if d.path.endswith("tracker-march.xlsx"))
    assert doc.kinds == ["tracker"] and doc.date == SAVED.date() and doc.author == "QA lead"
    added = [u for u in x.updates if u.spans[0].doc == doc.sha256]
    assert len(x.updates) == len(before.updates) + 2 == len(before.updates) + len(added)
    note = next(u for u in added if u.about == "3")
    assert (note.assessment, note.about_kind, note.as_at, note.text) == (
        "central-bedfordshire/ofsted-2017",
        "recommendation",
        SAVED.date(),
        NOTE,
    )
    assert doc.text[note.spans[0].start : note.spans[0].end] == NOTE and note.spans[0].ref.startswith("Open items!Q")
    moved = next(u for u in added if u.about == "6")
    assert moved.text == "Due by 2019-06-30" and [s.ref[:12] for s in moved.spans] == ["Open items!G", "Open items!G"]
    statuses = [
        s
        for s in x.statuses
        if s.as_of == SAVED.date() and s.item.identifier in ("3", "6") and s.item.assessment.endswith("ofsted-2017")
    ]
    assert {(s.item.identifier, s.status, s.assurance) for s in statuses} == {
        ("3", "ReportedComplete", "SelfReported"),
        ("6", "InProgress", "SelfReported"),
    }
    node = next(result.graph.subjects(FO.sha256, Literal(doc.sha256)))
    assert (node, DCTERMS.creator, Literal("QA lead")) in result.graph


def test_an_unedited_tracker_put_back_adds_a_document_and_nothing_else(written, tmp_path, corpus_build):
    result = _with(tmp_path, "tracker.xlsx", written.read_bytes())
    assert len(result.extraction.updates) == len(corpus_build.extraction.updates)
    assert len(result.extraction.recommendations) == len(corpus_build.extraction.recommendations)
    assert len(result.extraction.actions) == len(corpus_build.extraction.actions)
    assert [d.kinds for d in result.extraction.documents if d.path.endswith("tracker.xlsx")] == [["tracker"]]


def test_a_note_typed_on_a_meetings_request_row_is_progress_on_that_request(written, tmp_path):
    """The open items list a meeting's request for a paper not yet answered; a note typed on its row was dropped when
    the tracker came back (helper-88's review)."""
    said = "The data broken down by gender and age was circulated to the Panel on 1 March 2019."
    result = _with(tmp_path, "tracker-march.xlsx", _edited(written, {"2018-12-20/resolution/request-1": {"Progress note": said}}))
    (note,) = [u for u in result.extraction.updates if u.text == said]
    assert (note.about_kind, note.about, note.assessment.endswith("corporate-parenting-panel-2018-12-20")) == (
        "recommendation",
        "request-1",
        True,
    )
    request = next(
        s for s in result.graph.subjects(RDF.type, FO.Resolution) if str(s).endswith("2018-12-20/resolution/request-1")
    )
    assert any(str(u).startswith(f"{request}/update/") for u in result.graph.subjects(FO.about, request))
