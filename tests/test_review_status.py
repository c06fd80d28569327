"""Status calls in the review queue: a later inspection's word on the last one is a low-confidence status call that
waits for a person; rejected, it leaves the graph and the item's current status changes back; accepted, it stays,
attributed to that person. Decisions persist across rebuilds."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS

from findings.cli import cli
from findings.model import Extraction, ItemRef, Span, StatusAssessment
from findings.rdf._fo import FO
from findings.review import Decision, apply_status_decisions, needs_review, read_decisions, review_below, status_id
from tests.conftest import CORPUS, DATA, OFSTED, need_shared

ID = "https://w3id.org/findings/id/"
WESTMARSH = DATA / "review"  # an earlier inspection as a web page, the later one as flattened PDF text
VERIFIED, UNRESOLVED = "a1a5bf5247", "0d0869afc2"

QUEUE = """\
id,type,score,proposed,decision,from,from quote,from page,to,to quote,to page
a1a5bf5247,status,0.553,IndependentlyVerified as of 2023-03-17 (later inspection confirms improvement),,\
westmarsh/ofsted-2023/finding/p1-1,"Since the last inspection, the response to children at risk of criminal and
sexual exploitation has improved.",,westmarsh/ofsted-2019/recommendation/1,\
"The response to children at risk of criminal and sexual exploitation, so that risks are assessed and reduced.",
0d0869afc2,status,0.522,Recurred as of 2023-03-17 (later inspection finds it not yet resolved),,\
westmarsh/ofsted-2023/finding/p2-1,"The quality of pathway plans for care leavers remains inconsistent, as it was at
the last inspection.",,westmarsh/ofsted-2019/recommendation/2,\
"The quality of pathway plans for care leavers, so that they are specific and updated when circumstances change.",
"""

LINK = """\
westmarsh/ofsted-2023/recommendation/1,westmarsh/ofsted-2019/recommendation/3,0.668
"""  # the sufficiency of placements both name near their heads: a recurrence, not a candidate waiting

OPEN_REST = """\
westmarsh/ofsted-2019/recommendation/2,{second},2019-02-15,2023-03-17,"The quality of pathway plans for care leavers, so that \
they are specific and updated when circumstances change."
westmarsh/ofsted-2019/recommendation/3,Recurred,2019-02-15,2023-03-17,The sufficiency of local foster placements for brothers \
and sisters.
westmarsh/ofsted-2023/recommendation/1,Open,2023-03-17,2023-03-17,The sufficiency of placements for children in care \
living at a distance.
westmarsh/ofsted-2023/recommendation/2,Open,2023-03-17,2023-03-17,The help that care leavers receive to find suitable homes.
"""

HEADER = "item,status,raised,statusDate,text\n"
RISK = "The response to children at risk of criminal and sexual exploitation, so that risks are assessed and reduced."
# the tool's own verification is not assurance: the item stays open, so marked, until a person accepts the call
AWAITING = "IndependentlyVerified (awaiting review),2019-02-15,2023-03-17"
# so is the tool's own reading that a matter persists (a later recommendation raising it, rec 3, is the link's call)
UNSURE, SURE = OPEN_REST.format(second="Recurred (awaiting review)"), OPEN_REST.format(second="Recurred")
OPEN_BEFORE = f'{HEADER}westmarsh/ofsted-2019/recommendation/1,{AWAITING},"{RISK}"\n{UNSURE}'
OPEN_AFTER = (
    f'{HEADER}westmarsh/ofsted-2019/recommendation/1,Open,2019-02-15,2019-02-15,"{RISK}"\n{SURE}'  # 1 rejected, 2 accepted
)
OPEN_ACCEPTED = HEADER + UNSURE  # 1 accepted


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _current(graph: Graph, item: str) -> URIRef | None:
    return graph.value(URIRef(ID + item), FO.currentStatus)


@pytest.fixture()
def westmarsh(tmp_path):
    """The two Westmarsh reports in a folder of their own (its curation file is the test's), built."""
    corpus = tmp_path / "westmarsh"
    shutil.copytree(WESTMARSH, corpus)
    out = tmp_path / "graphs"
    _run("--silent", "build", str(corpus), "--out", str(out), "--no-pictures")
    return corpus, out


def test_a_later_inspections_verdicts_wait_in_the_queue_with_both_quotes(westmarsh):
    _, out = westmarsh
    assert _run("review", "--graph", str(out), "--format", "csv") == QUEUE
    assert _run("review", "--graph", str(out), "--type", "status", "--format", "csv") == QUEUE
    assert _run("review", "--graph", str(out), "--type", "link", "--format", "csv").startswith(QUEUE.split("\n", 1)[0] + "\nno ")
    recurring = _run("recurring", "--graph", str(out), "--format", "json")
    assert [f"{r['later']},{r['earlier']},{r['score']}\n" for r in json.loads(recurring)] == [LINK]
    queued = json.loads((out / "review.json").read_text(encoding="utf-8"))["candidates"]
    (first, second) = [c for c in queued if c["type"] == "status"]
    assert (first["status"], first["as_of"], first["basis"], first["axes"]) == (
        "IndependentlyVerified",
        "2023-03-17",
        "later inspection confirms improvement",
        {"assurance": "Verified"},
    )
    assert (second["status"], second["axes"], second["current"]) == ("Recurred", {"assurance": "OutcomeNotMet"}, True)
    assert first["from"]["document"].endswith("westmarsh_ilacs_2023.txt") and first["to"]["document"].endswith(".html")
    # unreviewed, a call stays in the graph as evidence with its low confidence
    graph = Graph().parse(out / "graph.nt")
    assert _current(graph, "westmarsh/ofsted-2019/recommendation/1") == FO.IndependentlyVerified
    node = URIRef(ID + "westmarsh/ofsted-2019/recommendation/1/status/2023-03-17-1")
    assert graph.value(node, FO.confidence).toPython() == Decimal("0.553")
    assert graph.value(node, PROV.wasAttributedTo) is None
    assert _run("open", "--graph", str(out), "--format", "csv") == OPEN_BEFORE


def test_a_rejected_call_leaves_the_graph_and_an_accepted_one_is_attributed(westmarsh):
    corpus, out = westmarsh
    runner = CliRunner()
    done = runner.invoke(cli, ["review", "--graph", str(out), "--reject", VERIFIED, "--accept", UNRESOLVED, "--by", "Pat Lead"])
    assert done.exit_code == 0, done.output
    assert done.output == (
        f"recorded 1 accepted, 1 rejected, 0 corrected by Pat Lead in {corpus / 'curation.json'}; run `findings build` to apply\n"
    )
    listed = _run("review", "--graph", str(out), "--type", "status", "--format", "json")
    assert [(r["id"], r["decision"]) for r in json.loads(listed)] == [(VERIFIED, "reject"), (UNRESOLVED, "accept")]
    recorded = json.loads((corpus / "curation.json").read_text(encoding="utf-8"))["decisions"]
    today = dt.date.today().isoformat()
    assert sorted(recorded, key=lambda d: d["id"] != VERIFIED) == [  # the file keeps them by id
        {
            "id": VERIFIED,
            "decision": "reject",
            "by": "Pat Lead",
            "at": today,
            "candidate": {
                "type": "status",
                "from": "westmarsh/ofsted-2023/finding/p1-1",
                "to": "westmarsh/ofsted-2019/recommendation/1",
                "status": "IndependentlyVerified",
                "as_of": "2023-03-17",
            },
        },
        {
            "id": UNRESOLVED,
            "decision": "accept",
            "by": "Pat Lead",
            "at": today,
            "candidate": {
                "type": "status",
                "from": "westmarsh/ofsted-2023/finding/p2-1",
                "to": "westmarsh/ofsted-2019/recommendation/2",
                "status": "Recurred",
                "as_of": "2023-03-17",
            },
        },
    ]
    for _ in range(2):  # the decisions hold on the next build and on every one after it
        _run("--silent", "build", str(corpus), "--out", str(out), "--no-pictures")
        empty = _run("review", "--graph", str(out), "--type", "status", "--format", "csv")
        assert empty.startswith(QUEUE.split("\n", 1)[0] + "\nno status call waits")  # the header, and why it is empty
        graph = Graph().parse(out / "graph.nt")
        rejected = URIRef(ID + "westmarsh/ofsted-2019/recommendation/1/status/2023-03-17-1")
        assert (rejected, None, None) not in graph
        assert _current(graph, "westmarsh/ofsted-2019/recommendation/1") == FO.Open  # as raised, once more
        statuses = sorted(graph.subjects(FO.of, URIRef(ID + "westmarsh/ofsted-2019/recommendation/1")))
        assert [str(s).rsplit("/", 1)[1] for s in statuses] == ["2019-02-15-1"]
        accepted = URIRef(ID + "westmarsh/ofsted-2019/recommendation/2/status/2023-03-17-1")
        person = URIRef(ID + "person/pat-lead")
        assert graph.value(accepted, FO.status) == FO.Recurred
        assert graph.value(accepted, PROV.wasAttributedTo) == person
        assert graph.value(accepted, DCTERMS.date).toPython() == dt.date.today()
        assert (person, RDF.type, PROV.Person) in graph and graph.value(person, RDFS.label) == Literal("Pat Lead")
        assert graph.value(accepted, PROV.wasGeneratedBy) is not None  # still the rule's call, now vouched for
        assert [s for s in graph.subjects(PROV.wasAttributedTo, person)] == [accepted]
        assert _run("open", "--graph", str(out), "--format", "csv") == OPEN_AFTER
        assert re.fullmatch(r".*graph\.ttl: conforms \(\d+ triples\)\n", _run("validate", str(out / "graph.ttl")))


def test_an_accepted_verification_closes_the_item(westmarsh):
    corpus, out = westmarsh

    def current() -> list[str]:
        rows = json.loads(_run("show", "westmarsh/ofsted-2019/recommendation/1", "--graph", str(out), "--format", "json"))
        return [row["value"] for row in rows if row["field"] == "fo:currentStatus"]

    assert current() == ["fo:IndependentlyVerified (awaiting review)"]  # as `open` says it (helper-42)
    _run("review", "--graph", str(out), "--accept", VERIFIED, "--by", "Pat Lead")
    _run("--silent", "build", str(corpus), "--out", str(out), "--no-pictures")
    assert _run("open", "--graph", str(out), "--format", "csv") == OPEN_ACCEPTED
    assert current() == ["fo:IndependentlyVerified"]


def test_the_central_bedfordshire_reports_queue_their_later_inspection_calls(tmp_path):
    """The bundled corpus with the 2022 and 2025 inspections read in place: rejecting the 2022 report's word on the
    2017 recommendation on performance management takes its 2022 status away (the council's 2019 word stands until
    the 2025 report's findings on its concerns); the later reports' findings on the concerns wait in the queue too."""
    need_shared()
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "curation.json").unlink(missing_ok=True)
    out = tmp_path / "graphs"
    later = OFSTED / "central-bedfordshire"
    _run("--silent", "build", str(corpus), str(later), "--out", str(out), "--no-pictures")
    queued = json.loads(_run("review", "--graph", str(out), "--type", "status", "--format", "json"))
    calls = [c for c in queued if "(later inspection" in c["proposed"]]  # its word on the last inspection
    found = [c for c in queued if "findings on its concerns" in c["proposed"]]  # its findings on the concerns
    assert len(queued) == len(calls) + len(found)
    assert ("central-bedfordshire/ofsted-2012/recommendation/lac-3", "IndependentlyVerified as of 2017-08-25") in [
        (c["to"], c["proposed"].split(" (")[0]) for c in found
    ]  # pathway plans for care leavers, which the 2017 report finds good
    assert any("\n+ " in c["from quote"] for c in found)  # every sentence weighed is quoted, one a line
    assert [(c["to"], c["proposed"].split(" (")[0]) for c in calls] == [
        ("central-bedfordshire/ofsted-2022/recommendation/2", "IndependentlyVerified as of 2025-04-24"),  # two sentences
        ("central-bedfordshire/ofsted-2017/recommendation/7", "IndependentlyVerified as of 2022-03-04"),
        ("central-bedfordshire/ofsted-2017/recommendation/4", "IndependentlyVerified as of 2022-03-04"),  # two sentences
        ("central-bedfordshire/ofsted-2017/recommendation/3", "IndependentlyVerified as of 2022-03-04"),
    ]
    for item, day in (("ofsted-2022/recommendation/1", "2025-04-24"), ("ofsted-2017/recommendation/5", "2022-03-04")):
        # reached by the later report's word on a shared concern only (the 2022 summary's 'Support for children in
        # care and care leavers is now better …' against the corporate parenting panel's call): its findings on the
        # item's own concerns make the call instead, for a person to judge as well
        assert (f"central-bedfordshire/{item}", f"IndependentlyVerified as of {day}") in [
            (c["to"], c["proposed"].split(" (")[0]) for c in found
        ]
    assert [c["from quote"].count("\n+ ") for c in calls] == [1, 0, 1, 0]  # one call, every sentence quoted
    assert all(c["from quote"] and c["to quote"] and c["score"] < review_below() for c in calls)
    graph = Graph().parse(out / "graph.nt")
    # the latest evidence decides: the 2025 report's findings, 'a revised and strengthened quality assurance and
    # performance framework …'
    assert _current(graph, "central-bedfordshire/ofsted-2017/recommendation/4") == FO.IndependentlyVerified
    rejected = [calls[2]["id"]]  # both 2022 sentences on recommendation 4 speak of missing children only
    accept = calls[3]["id"]
    assert rejected == ["83280c5f9d"]  # the id the README shows
    _run(
        "review", "--graph", str(out), *[a for r in rejected for a in ("--reject", r)], "--accept", accept, "--by", "Sam Reviewer"
    )
    _run("--silent", "build", str(corpus), str(later), "--out", str(out), "--no-pictures")
    graph = Graph().parse(out / "graph.nt")
    four = URIRef(ID + "central-bedfordshire/ofsted-2017/recommendation/4")
    dates = sorted(str(graph.value(s, FO.asOf)) for s in graph.subjects(FO.of, four))
    assert "2022-03-04" not in dates and dates[-2:] == ["2019-02-11", "2025-04-24"]  # the council's 2019 word, then
    assert _current(graph, "central-bedfordshire/ofsted-2017/recommendation/4") == FO.IndependentlyVerified  # 2025's
    verified = URIRef(ID + "central-bedfordshire/ofsted-2017/recommendation/3/status/2022-03-04-1")
    assert graph.value(verified, FO.status) == FO.IndependentlyVerified
    assert graph.value(graph.value(verified, PROV.wasAttributedTo), RDFS.label) == Literal("Sam Reviewer")
    lineage = json.loads(
        _run("lineage", "central-bedfordshire/ofsted-2017/recommendation/3", "--graph", str(out), "--format", "json")
    )
    accepted = [r["detail"] for r in lineage if r["relation"] == "status" and r["date"] == "2022-03-04"]
    assert accepted == ["IndependentlyVerified: later inspection confirms improvement (accepted by Sam Reviewer)"]
    left = json.loads(_run("review", "--graph", str(out), "--type", "status", "--format", "json"))
    assert [c["id"] for c in left if "(later inspection" in c["proposed"]] == [calls[i]["id"] for i in (0, 1)]
    assert [c["id"] for c in left if "findings on its concerns" in c["proposed"]] == [c["id"] for c in found]


def _status(confidence: float, status: str = "Open", **kw) -> StatusAssessment:
    ref = ItemRef("recommendation", "c/ofsted-2019", "1")
    return StatusAssessment(ref, date(2023, 3, 17), status, confidence, [Span("abc", 10, 20)], "why", **kw)


def test_a_status_calls_id_is_what_it_says_not_how_sure_it_is():
    assert status_id(_status(0.3)) == status_id(_status(0.6))
    assert status_id(_status(0.3)) != status_id(_status(0.3, "IndependentlyVerified"))
    assert needs_review(_status(0.5), 0.75) and not needs_review(_status(0.8), 0.75)
    assert not needs_review(_status(0.5, "Recurred", via_link=True), 0.75)  # reviewed as the link it rests on
    assert not needs_review(_status(0.5, decided_by="Pat Lead"), 0.75)


def test_rejecting_the_current_status_makes_the_latest_other_one_current():
    raised = _status(1.0)
    raised.as_of = date(2019, 2, 15)
    verified = _status(0.5, "IndependentlyVerified", current=True)
    out = Extraction(statuses=[raised, verified])
    apply_status_decisions(out, {status_id(verified): Decision(status_id(verified), "reject", "Pat", "2024-01-02", {})})
    assert out.statuses == [raised] and raised.current


def test_a_curation_file_written_before_status_calls_is_still_read(tmp_path):
    path = tmp_path / "curation.json"
    old = {"id": "abc", "decision": "accept", "by": "Pat", "at": "2024-01-02", "link": {"type": "recurs"}}
    path.write_text(json.dumps({"decisions": [old]}), encoding="utf-8")
    assert read_decisions(path)["abc"].candidate == {"type": "recurs"}


def test_review_help_says_what_happens_to_a_status_call():
    text = _run("review", "--help")
    assert "status calls whose confidence is below" in text
    assert "a status call stays in it, with its low confidence" in text
    assert "the item's current status is the latest of its other statuses" in text


def test_a_corrected_call_keeps_the_evidence_with_the_persons_verdict(westmarsh):
    """The tool read the later report as verifying recommendation 1; the reviewer reads the same sentence as saying it
    persists: `--correct ID=Recurred` keeps the call, with the person's verdict, attributed to them, and the item
    stays open (a rejection could only drop the call, and the item fell back to its earlier status)."""
    corpus, out = westmarsh
    runner = CliRunner()
    done = runner.invoke(cli, ["review", "--graph", str(out), "--correct", f"{VERIFIED}=Recurred", "--by", "Pat Lead"])
    assert done.exit_code == 0, done.output
    recorded = json.loads((corpus / "curation.json").read_text(encoding="utf-8"))["decisions"]
    assert [(d["id"], d["decision"], d["candidate"]["corrected_to"]) for d in recorded] == [(VERIFIED, "correct", "Recurred")]
    _run("--silent", "build", str(corpus), "--out", str(out), "--no-pictures")
    graph = Graph().parse(out / "graph.nt")
    assert _current(graph, "westmarsh/ofsted-2019/recommendation/1") == FO.Recurred
    node = URIRef(ID + "westmarsh/ofsted-2019/recommendation/1/status/2023-03-17-1")
    assert graph.value(node, FO.status) == FO.Recurred and graph.value(node, FO.assurance) == FO.OutcomeNotMet
    assert graph.value(node, FO.closureReason) is None and graph.value(node, PROV.wasAttributedTo) is not None
    assert "Pat Lead read the evidence as Recurred (the tool read IndependentlyVerified" in str(graph.value(node, RDFS.comment))
    assert VERIFIED not in {c["id"] for c in json.loads((out / "review.json").read_text(encoding="utf-8"))["candidates"]}
    opened = _run("open", "--graph", str(out), "--format", "csv")
    assert "westmarsh/ofsted-2019/recommendation/1,Recurred," in opened
    wrong = runner.invoke(cli, ["review", "--graph", str(out), "--correct", f"{UNRESOLVED}=Done"])
    assert wrong.exit_code == 2 and "STATUS one of IndependentlyVerified, Recurred" in wrong.stderr


def test_a_calls_id_is_its_evidence_in_document_order_not_by_how_sure(westmarsh):
    """helper-43: a call resting on several sentences listed them surest first, so its id (and every decision on it)
    changed when a theme tweak reordered their scores."""
    item = ItemRef("recommendation", "westmarsh/ofsted-2019", "1")
    spans = [Span("d" * 64, 90, 120), Span("d" * 64, 10, 40)]
    one = StatusAssessment(item, date(2023, 3, 17), "IndependentlyVerified", 0.5, spans, "later inspection …")
    other = StatusAssessment(item, date(2023, 3, 17), "IndependentlyVerified", 0.6, spans[::-1], "later inspection …")
    assert status_id(one) == status_id(other)


def test_a_decision_that_meets_nothing_is_named_on_the_next_build(westmarsh):
    """A decision on a call the build no longer proposes (its evidence changed) is not dropped in silence."""
    corpus, out = westmarsh
    _run("review", "--graph", str(out), "--accept", VERIFIED, "--by", "Pat Lead")
    curation = corpus / "curation.json"
    data = json.loads(curation.read_text(encoding="utf-8"))
    data["decisions"].append({**data["decisions"][0], "id": "0123456789"})  # as if decided on an older call
    curation.write_text(json.dumps(data), encoding="utf-8")
    for _ in range(2):  # and again when nothing changed and the build is reused (helper-45)
        result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--no-pictures"])
        assert result.exit_code == 0, result.output
        assert "1 review decision in the curation file met nothing in this build (0123456789)" in result.stderr
        assert VERIFIED not in result.stderr  # the decision that met its call is applied, not named
    assert "nothing changed since the last build" in result.stderr


def test_a_correction_changed_the_same_day_is_built_again(westmarsh):
    """helper-46: the build's key held each decision's id, verdict, person and day, not what a correction read the
    evidence as, so a correction edited in the curation file the same day reused the last build and kept the first."""
    corpus, out = westmarsh
    _run("review", "--graph", str(out), "--correct", f"{VERIFIED}=Recurred", "--by", "Pat Lead")
    curation = corpus / "curation.json"
    for read_as in ("Recurred", "IndependentlyVerified"):
        data = json.loads(curation.read_text(encoding="utf-8"))
        data["decisions"][0]["candidate"]["corrected_to"] = read_as  # the person changes their mind, in the file
        curation.write_text(json.dumps(data), encoding="utf-8")
        _run("--silent", "build", str(corpus), "--out", str(out), "--no-pictures")
        graph = Graph().parse(out / "graph.nt")
        assert _current(graph, "westmarsh/ofsted-2019/recommendation/1") == FO[read_as]


def test_a_hand_written_decision_without_a_candidate_does_not_stop_the_build(westmarsh):
    """helper-47: a decision written by hand with "candidate": null crashed the build once the key read it."""
    corpus, out = westmarsh
    decision = {"id": "0123456789", "decision": "accept", "by": "Pat", "at": "2024-01-01", "candidate": None}
    (corpus / "curation.json").write_text(json.dumps({"decisions": [decision]}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--no-pictures"])
    assert result.exit_code == 0, result.output
    assert "met nothing in this build (0123456789)" in result.stderr


def test_a_hand_written_correction_without_a_candidate_is_a_clear_error(tmp_path):
    """helper-48: a 'correct' decision whose candidate is null crashed reading the curation file."""
    from findings.review import CurationError

    path = tmp_path / "curation.json"
    decision = {"id": "0123456789", "decision": "correct", "by": "Pat", "at": "2024-01-01", "candidate": None}
    path.write_text(json.dumps({"decisions": [decision]}), encoding="utf-8")
    with pytest.raises(CurationError, match="corrects to None"):
        read_decisions(path)


def test_a_hand_written_date_is_a_clear_error_naming_the_decision(tmp_path):
    """'at': '04/12/2026' written by hand stopped the build with 'ValueError: Invalid isoformat string', naming neither
    the file nor the decision (helper-146)."""
    from findings.review import CurationError

    path = tmp_path / "curation.json"
    decision = {"id": "0123456789", "decision": "accept", "by": "Pat", "at": "04/12/2026", "candidate": {}}
    path.write_text(json.dumps({"decisions": [decision]}), encoding="utf-8")
    said = r"curation.json: decision 0123456789 is dated '04/12/2026', not a date written YYYY-MM-DD"
    with pytest.raises(CurationError, match=said):
        read_decisions(path)


def test_a_recurrence_the_tool_read_waits_for_review_and_one_a_later_recommendation_raises_does_not(westmarsh):
    """'Recurred' read from a later report's sentence (0.52) is the tool's call, so marked, in `show` as in `open`; one
    resting on a later recommendation that raises the item again is the recurrence link's (helper-60)."""
    _, out = westmarsh

    def current(item: str) -> list[str]:
        rows = json.loads(_run("show", item, "--graph", str(out), "--format", "json"))
        return [row["value"] for row in rows if row["field"] == "fo:currentStatus"]

    assert current("westmarsh/ofsted-2019/recommendation/2") == ["fo:Recurred (awaiting review)"]
    assert current("westmarsh/ofsted-2019/recommendation/3") == ["fo:Recurred"]
    graph = Graph().parse(out / "graph.nt")
    raised = URIRef(ID + "westmarsh/ofsted-2019/recommendation/3/status/2023-03-17-1")
    assert URIRef(ID + "westmarsh/ofsted-2023/recommendation/1") in set(graph.objects(raised, PROV.wasDerivedFrom))


def test_lineage_and_the_report_mark_the_tools_own_calls_as_open_does(westmarsh):
    """tester helper-117 D8: the lineage row and the report's lineage table said 'IndependentlyVerified: …' for a call
    only the tool made; they say '(awaiting review)' as `open` does, from the same rule, until a person accepts it."""
    corpus, out = westmarsh

    def statuses(item: str) -> list[str]:
        rows = json.loads(_run("lineage", item, "--graph", str(out), "--format", "json"))
        return [row["detail"] for row in rows if row["relation"] == "status"]

    verified, recurred = "westmarsh/ofsted-2019/recommendation/1", "westmarsh/ofsted-2019/recommendation/2"
    awaiting = "IndependentlyVerified (awaiting review): later inspection confirms improvement"
    assert statuses(verified) == ["Open: raised", awaiting]
    assert statuses(recurred) == ["Open: raised", "Recurred (awaiting review): later inspection finds it not yet resolved"]
    report = _run("report", "--graph", str(out))
    assert "| 2023-03-17 | status | Recurred (awaiting review): later inspection finds it not yet resolved |" in report
    _run("review", "--graph", str(out), "--accept", VERIFIED, "--by", "Pat Lead")
    _run("--silent", "build", str(corpus), "--out", str(out), "--no-pictures")
    assert statuses(verified)[-1] == "IndependentlyVerified: later inspection confirms improvement (accepted by Pat Lead)"


def test_an_as_of_report_and_tracker_show_only_what_was_known_that_day(westmarsh, tmp_path):
    """tester helper-117 D7: `report --as-of` and the tracker showed later updates, recurrences and 'Times recurred';
    the lineage as of a date holds only its rows said by then, and the count comes from it."""
    import openpyxl

    _, out = westmarsh

    def recurred(as_of: str) -> int:
        book = tmp_path / f"tracker-{as_of}.xlsx"
        _run("--silent", "open", "--graph", str(out), "--as-of", as_of, "--format", "xlsx", "--out", str(book))
        sheet = openpyxl.load_workbook(book)["Open items"]
        rows = list(sheet.values)
        row = next(r for r in rows if r[0] == "westmarsh/ofsted-2019/recommendation/3")
        return row[rows[0].index("Times recurred")]

    then = _run("report", "--graph", str(out), "--as-of", "2020-01-01")
    assert "2023-03-17 |" not in then and "2019-02-15 | status | Open: raised |" in then
    assert "| 2023-03-17 | recurs it (later) | The sufficiency of placements" in _run("report", "--graph", str(out))
    assert (recurred("2020-01-01"), recurred("2024-01-01")) == (0, 1)


def test_the_tracker_keeps_the_councils_last_word_beside_the_inspections_assurance(westmarsh, tmp_path):
    """tester helper-117 D12: once a later inspection raised an item again (assurance OutcomeNotMet, and nothing on
    the other axes), the tracker left Acceptance and Progress blank; each axis is the latest word said on it."""
    import openpyxl

    _, out = westmarsh
    book = tmp_path / "tracker.xlsx"
    _run("--silent", "open", "--graph", str(out), "--as-of", "2024-01-01", "--format", "xlsx", "--out", str(book))
    rows = list(openpyxl.load_workbook(book)["Open items"].values)
    axes = [rows[0].index(name) for name in ("Acceptance", "Progress", "Assurance")]
    row = next(r for r in rows if r[0] == "westmarsh/ofsted-2019/recommendation/3")
    assert [row[i] for i in axes] == ["NoResponse", "NotStarted", "OutcomeNotMet"]


def test_an_accepted_verification_is_not_undone_by_the_councils_later_word(tmp_path):
    """helper-137: the peer review's verification of the 2017 pre-proceedings recommendation (November 2018),
    accepted, was undone by the council's own 'complete' of February 2019: the item came back on `open`. The council's
    later word is recorded (lineage shows it, and says the verification stands), never the summary
    (extract/lexicons/status.json, accepted_verification)."""
    corpus, out = tmp_path / "corpus", tmp_path / "g"
    shutil.copytree(CORPUS, corpus)
    _run("--silent", "build", str(corpus), "--out", str(out), "--no-pictures")
    item = "central-bedfordshire/ofsted-2017/recommendation/2"
    calls = json.loads(_run("review", "--graph", str(out), "--type", "status", "--format", "json"))
    (verified,) = [c["id"] for c in calls if c["to"] == item and c["proposed"].startswith("IndependentlyVerified")]

    def listed() -> list[str]:
        shown = json.loads(_run("open", "--graph", str(out), "--as-of", "2019-03-01", "--format", "json"))
        return [r["item"] for r in shown]

    assert item in listed()  # the council's 'complete' of February 2019 keeps it on the list before the acceptance
    _run("review", "--graph", str(out), "--accept", verified, "--by", "Pat Lead")
    _run("--silent", "build", str(corpus), "--out", str(out), "--no-pictures")
    assert item not in listed()
    rows = json.loads(_run("lineage", item, "--graph", str(out), "--format", "json"))
    statuses = [(r["date"], r["detail"]) for r in rows if r["relation"] == "status"]
    assert statuses[-1][0] == "2019-02-11" and statuses[-1][1].startswith("ReportedComplete")
    assert "the independent verification of 2018-11-29 that Pat Lead accepted stands" in statuses[-1][1]
    shown = json.loads(_run("show", item, "--graph", str(out), "--format", "json"))
    assert [r["value"] for r in shown if r["field"] == "fo:currentStatus"] == ["fo:IndependentlyVerified"]


def test_a_decision_an_older_curation_file_made_by_the_dated_id_still_applies(westmarsh):
    """Ids of status calls no longer hold the call's date; a decision recorded under the id an older build gave (the
    date in it) is still applied, not reported as stale."""
    corpus, out = westmarsh
    _run("review", "--graph", str(out), "--reject", VERIFIED, "--by", "Pat Lead")
    curation = corpus / "curation.json"
    data = json.loads(curation.read_text(encoding="utf-8"))
    data["decisions"][0]["id"] = "2283a84b5d"  # the id the call had when ids held its date
    curation.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(corpus), "--out", str(out), "--no-pictures"])
    assert result.exit_code == 0, result.output
    assert "met nothing" not in result.stderr
    assert _current(Graph().parse(out / "graph.nt"), "westmarsh/ofsted-2019/recommendation/1") != FO.IndependentlyVerified


def test_a_later_report_saved_under_another_name_keeps_its_calls_ids(tmp_path):
    """The 2023 report saved as 'Agenda frontsheet.pdf' (no date in its name) stands from another day, and every
    decision on its calls met nothing (helper-146): the ids rest on the evidence, not the date."""
    need_shared()
    queues = []
    for name in (None, "Agenda frontsheet.pdf"):
        folder = tmp_path / (name or "as published")
        folder.mkdir()
        for report in (OFSTED / "rochdale").glob("*.pdf"):
            shutil.copy(report, folder / (name if name and "2023" in report.name else report.name))
        out = tmp_path / f"out-{len(queues)}"
        _run("--silent", "build", str(folder), "--out", str(out), "--no-pictures")
        queue = json.loads((out / "review.json").read_text(encoding="utf-8"))["candidates"]
        queues.append({c["id"] for c in queue if c["type"] == "status" and "ofsted-2023" in c["from"]["item"]})
    assert queues[0] and queues[0] == queues[1]


def test_a_finding_a_page_break_cuts_is_quoted_whole_in_the_queue(tmp_path):
    """'Effective and timely processes are in place for when children's' — the review quote stopped at the page break,
    the sentence going on on the next page (helper-146)."""
    need_shared()
    out = tmp_path / "graphs"
    _run("--silent", "build", str(OFSTED / "rochdale"), "--out", str(out), "--no-pictures")
    queue = json.loads((out / "review.json").read_text(encoding="utf-8"))["candidates"]
    quoted = [
        q
        for c in queue
        for q in [c["from"], *c["from"].get("more", [])]
        if q.get("item", "") == "rochdale/ofsted-2023/finding/p1-6"
    ]
    assert quoted and all(q["quote"].split()[-3:] == ["care", "is", "required."] for q in quoted)
    assert all(q["quote"].startswith("Effective and timely processes") and q["page"] == 2 for q in quoted)
