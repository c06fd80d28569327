"""Action plans kept in Word and Excel give the same items as the plan in text, with a cell behind every quote."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Namespace
from rdflib.namespace import PROV

from findings.build import build, write_graph
from findings.cli import cli
from findings.evaluate.report import evaluate
from findings.extract.document import extract_document
from findings.extract.plan import extract_plan
from findings.model import Extraction
from findings.rdf._fo import FO
from findings.read import read_document
from tests.conftest import CORPUS, DATA, ROOT

OA = Namespace("http://www.w3.org/ns/oa#")
TRACKERS = DATA / "trackers"
WORD = TRACKERS / "central_bedfordshire_action_plan.docx"
EXCEL = TRACKERS / "central_bedfordshire_tracker.xlsx"
OTHER = TRACKERS / "westmarch_tracker.xlsx"


def _text_plan() -> Extraction:
    """The corpus's action plan in text (a PDF table flattened), extracted as `findings build` does."""
    for path in sorted(CORPUS.rglob("*.txt")):
        doc = read_document(path, path.name)
        part = Extraction(documents=[doc])
        if extract_plan(doc, part):
            return part
    raise AssertionError("the corpus holds no flattened action plan")


def _actions(part: Extraction) -> dict[str, tuple]:
    return {a.identifier: (a.responds_to, " ".join(a.text.split()), a.lead, a.due_by) for a in part.actions}


@pytest.mark.parametrize("path", [WORD, EXCEL, OTHER], ids=lambda p: p.name)
def test_each_layout_alone_gives_the_text_plans_actions_leads_and_due_dates(path: Path):
    expected = _text_plan()
    part = extract_document(read_document(path, path.name))
    assert len(expected.actions) == 27
    assert _actions(part) == _actions(expected)
    recommendations = {r.identifier: " ".join(r.text.split()) for r in part.recommendations}
    assert recommendations == {r.identifier: " ".join(r.text.split()) for r in expected.recommendations}
    org = "westmarch" if path == OTHER else "central-bedfordshire"  # another council's tracker is its own council's
    assert {a.assessment for a in part.actions} == {f"{org}/ofsted-2017"}
    dated = [u for u in part.updates if u.about_kind == "action"]
    assert {u.about for u in dated} == set(_actions(expected)) and {str(u.as_at) for u in dated} == {"2018-09-30"}


def test_each_layout_meets_its_gold_in_findings_evaluate():
    result = evaluate(TRACKERS / "gold", ROOT)
    assert result.failures == [] and result.problems == []
    assert result.documents == {"gold": 3}
    scores = result.collections["gold"]
    exact = {kind: (s.exact.tp, s.exact.gold) for kind, s in scores.items()}
    assert exact == {"recommendation": (27, 27), "action": (81, 81), "update": (81, 81)}  # one a row: its RAG and its words
    action = scores["action"].attributes
    assert all((action[a].tp, action[a].gold) == (81, 81) for a in ("identifier", "responds_to", "lead", "due_by", "timescale"))


def test_the_rag_column_is_the_councils_word_on_the_plans_date_never_assurance():
    result = build([EXCEL])
    excel = result.extraction.documents[0].sha256
    rag = [u for u in result.extraction.updates if u.text.split()[0] in ("Green", "Amber")]  # the RAG cell, then the words
    assert len(rag) == 27 and all(str(u.as_at) == "2018-09-30" and u.spans[0].ref.startswith("Action plan!G") for u in rag)
    cells = {u.spans[0] for u in rag}
    assert {span.doc for span in cells} == {excel}
    from_rag = [s for s in result.extraction.statuses if cells & set(s.evidence)]
    assert from_rag and {s.assurance for s in from_rag} == {"SelfReported"}  # progress axis, the council's own word
    assert {s.status for s in from_rag} <= {"ActionPlanned", "InProgress", "ReportedComplete"}


def test_every_node_from_word_or_excel_quotes_its_exact_text_and_names_its_cell():
    result = build([WORD, EXCEL, OTHER])
    graph = result.graph
    texts = {d.sha256: d.text for d in result.extraction.documents}
    checked = 0
    for span in set(graph.subjects(RDF.type, FO.TextSpan)):
        source = graph.value(span, OA.hasSource)
        sha = str(graph.value(source, FO.sha256))
        start = end = exact = None
        for selector in graph.objects(span, OA.hasSelector):
            if (selector, RDF.type, OA.TextPositionSelector) in graph:
                start, end = int(graph.value(selector, OA.start)), int(graph.value(selector, OA.end))
            else:
                exact = str(graph.value(selector, OA.exact))
        assert texts[sha][start:end] == exact
        location = graph.value(span, FO.location)
        assert location is not None and (" row " in location or "!" in location or location.startswith("paragraph "))
        checked += 1
    derived = {o for o in graph.objects(None, PROV.wasDerivedFrom) if (o, RDF.type, FO.TextSpan) in graph}
    assert checked == len(derived) > 3 * 27 * 2  # every action's text and lead in each file, at least


def test_with_the_corpus_the_word_and_excel_plans_resolve_to_the_same_recommendations(corpus_build):
    alone = corpus_build.graph
    both = build([CORPUS, WORD, EXCEL]).graph

    def recommendations(graph):
        return {s for s in graph.subjects(RDF.type, FO.Recommendation) if "/ofsted-2017/" in str(s)}

    def answered(graph):
        return {
            (str(a), str(graph.value(a, FO.respondsTo))) for a in graph.subjects(RDF.type, FO.Action) if "/ofsted-2017/" in str(a)
        }

    assert recommendations(both) == recommendations(alone) and len(recommendations(alone)) == 9
    assert answered(both) == answered(alone) and len(answered(alone)) == 27
    word, excel = (read_document(p).sha256 for p in (WORD, EXCEL))
    for sha in (word, excel):  # the Word and Excel statements sit on the same action nodes as the text plan's
        document = next(d for d in both.subjects(FO.sha256, None) if str(both.value(d, FO.sha256)) == sha)
        spans = set(both.subjects(OA.hasSource, document))
        actions = {a for a in both.subjects(RDF.type, FO.Action) if set(both.objects(a, PROV.wasDerivedFrom)) & spans}
        assert len(actions) == 27 and {str(a) for a, _ in answered(alone)} >= {str(a) for a in actions}


def test_a_word_plan_whose_recommendations_are_rows_across_the_table(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph(
        "Riverton Borough Council: improvement plan after the Ofsted inspection of children's services "
        "that took place between 3 March and 14 March 2025, published on 25 April 2025."
    )
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Action", "Owner", "Target date", "Progress"), strict=True):
        cell.text = text
    rows = [
        ("Recommendation 1: Improve the timeliness of initial health assessments.",),
        ("Agree one referral route with health partners.", "Designated Nurse", "June 2025"),
        ("Report timeliness to the board every quarter.", "Head of Children in Care", "September 2025"),
        ("Recommendation 2 – Improve the quality of pathway plans.",),
        ("Refresh the pathway plan template.", "Service Manager, Leaving Care", "December 2025"),
    ]
    for values in rows:
        cells = table.add_row().cells
        if len(values) == 1:
            cells[0].merge(cells[3]).text = values[0]
        else:
            for cell, text in zip(cells, values, strict=False):
                cell.text = text
    document.save(tmp_path / "plan.docx")
    doc = read_document(tmp_path / "plan.docx", "plan.docx")
    part = extract_document(doc)
    recs = {r.identifier: r.text for r in part.recommendations}
    assert recs == {"1": "Improve the timeliness of initial health assessments.", "2": "Improve the quality of pathway plans."}
    got = {(a.identifier, a.responds_to, a.lead, a.due_by.isoformat()) for a in part.actions}
    assert got == {
        ("1.1", "1", "Designated Nurse", "2025-06-30"),
        ("1.2", "1", "Head of Children in Care", "2025-09-30"),
        ("2.1", "2", "Service Manager, Leaving Care", "2025-12-31"),
    }
    rec = next(r for r in part.recommendations if r.identifier == "2")
    assert doc.text[rec.spans[0].start : rec.spans[0].end] == rec.text and rec.spans[0].ref == "table 1 row 5 cell 1"


def test_a_revised_date_column_is_the_date_an_action_slipped_to(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Riverton Borough Council: action plan after the Ofsted inspection."])
    sheet.append(["The inspection took place between 3 March and 14 March 2025 and the report was published on 25 April 2025."])
    sheet.append(["Ref", "Recommendation", "Action", "Lead", "Target date", "Revised date"])
    sheet.append(
        [
            1,
            "Improve the timeliness of health assessments.",
            "Agree one referral route.",
            "Designated Nurse",
            datetime(2025, 6, 30),
            datetime(2025, 9, 30),
        ]
    )
    sheet.append(
        [None, None, "Report timeliness every quarter.", "Head of Children in Care", datetime(2025, 9, 30), datetime(2025, 9, 30)]
    )
    sheet.merge_cells("A4:A5")
    sheet.merge_cells("B4:B5")
    book.save(tmp_path / "plan.xlsx")
    result = build([tmp_path / "plan.xlsx"])
    actions = {a.identifier: a for a in result.extraction.actions}
    assert [str(d) for d, _ in actions["1.1"].slips] == ["2025-09-30"] and actions["1.2"].slips == []  # same date: no slip
    slipped = {(str(s), str(o)) for s, o in result.graph.subject_objects(FO.dueBySlipped)}
    assert len(slipped) == 1 and next(iter(slipped))[0].endswith("/action/1.1") and next(iter(slipped))[1] == "2025-09-30"
    graph = tmp_path / "graph"
    write_graph(result.graph, graph)
    out = tmp_path / "tracker.xlsx"
    args = ["open", "--as-of", "2025-12-31", "--graph", str(graph), "--format", "xlsx", "--out", str(out)]
    answer = CliRunner().invoke(cli, args)
    assert answer.exit_code == 0, answer.output
    sheet = openpyxl.load_workbook(out)["Open items"]
    row = {c.value: v.value for c, v in zip(sheet[1], sheet[2], strict=True)}
    assert (row["Due by"].date().isoformat(), row["Slipped to"].date().isoformat()) == ("2025-09-30", "2025-09-30")
    assert row["Lead"] == "Designated Nurse; Head of Children in Care"
