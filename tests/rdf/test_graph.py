"""The built graph: every quote equals the text at its offsets, SHACL conforms, output is deterministic."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import DCTERMS, PROV

from findings.build import build
from findings.rdf._fo import FO
from findings.rdf.gen_namespace import ontology_terms, render
from findings.validate import validate_graph
from findings.write import serialise
from tests.conftest import CORPUS, ROOT

OA = Namespace("http://www.w3.org/ns/oa#")
EXTRACTED = (FO.Recommendation, FO.Action, FO.ProgressUpdate, FO.Judgement, FO.Finding, FO.KeyLineOfEnquiry, FO.Resolution)


def test_every_quote_is_the_text_at_its_offsets(corpus_build):
    assert_quotes_match(corpus_build, at_least=150)


def test_every_quote_of_the_ofsted_reports_is_the_text_at_its_offsets(ofsted_build):
    assert_quotes_match(ofsted_build, at_least=250)
    g = ofsted_build.graph
    for span in g.subjects(RDF.type, FO.TextSpan):  # a PDF's spans all carry their page
        assert g.value(span, FO.page) is not None


def assert_quotes_match(result, at_least: int) -> None:
    g = result.graph
    texts = {d.sha256: d.text for d in result.extraction.documents}
    spans = set(g.subjects(RDF.type, FO.TextSpan))
    assert len(spans) > at_least
    for span in spans:
        doc = g.value(span, OA.hasSource)
        sha = str(g.value(doc, FO.sha256))
        pos = [s for s in g.objects(span, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g]
        quote = [s for s in g.objects(span, OA.hasSelector) if (s, RDF.type, OA.TextQuoteSelector) in g]
        assert len(pos) == len(quote) == 1
        start, end = int(g.value(pos[0], OA.start)), int(g.value(pos[0], OA.end))
        assert str(g.value(quote[0], OA.exact)) == texts[sha][start:end]


def test_every_extracted_node_has_a_span_and_a_run(corpus_build):
    g = corpus_build.graph
    nodes = {n for cls in EXTRACTED for n in g.subjects(RDF.type, cls)}
    # 2017: 9 recommendations, 27 actions, 27 plan updates, 14 report updates (filed alone and again in the pack:
    # one update each, with a span in both, 'pre-proceedings' and 'preproceedings' one word); 2012: 21 recommendations,
    # 22 judgements, and 2017: 1 overall judgement from the update report and 6 the plan lists;
    # minutes: 8 + 9 + 14 resolutions and 1 + 3 requests; peer review: 5 KLOEs, 18 recommendations;
    # Laming 2009: 17 recommendations, 69 actions and 57 updates
    # and the findings: sentences of the 2012 report and the peer review that state a strength or a weakness
    findings = len(corpus_build.extraction.findings)
    assert findings > 300
    assert len(nodes) == 9 + 27 + 27 + 14 + 21 + 22 + 1 + 6 + 8 + 9 + 14 + 1 + 3 + 5 + 18 + 17 + 69 + 57 + findings
    for node in nodes:
        assert list(g.objects(node, PROV.wasDerivedFrom)), node
        assert (g.value(node, PROV.wasGeneratedBy), RDF.type, FO.ExtractionRun) in g


def test_graph_conforms_to_the_shapes(corpus_build):
    result = validate_graph(corpus_build.graph)
    assert result.conforms, result.report


def test_shapes_catch_an_action_without_a_recommendation(corpus_build):
    g = Graph()
    for triple in corpus_build.graph:
        if triple[1] != FO.respondsTo or not str(triple[0]).endswith("/action/2.1"):
            g.add(triple)
    result = validate_graph(g)
    assert not result.conforms and "respond to a recommendation" in result.report


def test_actions_link_to_the_right_recommendation(corpus_build):
    g = corpus_build.graph
    actions = list(g.subjects(RDF.type, FO.Action))
    assert actions
    for action in actions:
        rec = g.value(action, FO.respondsTo)
        assert (rec, RDF.type, FO.Recommendation) in g
        assert str(g.value(rec, FO.identifier)) == str(g.value(action, FO.identifier)).split(".")[0]


def test_two_builds_are_byte_identical(corpus_build):
    again = build([CORPUS])
    assert serialise(again.graph) == serialise(corpus_build.graph)


def test_committed_graph_is_the_build_of_the_bundled_corpus():
    """graphs/ is golden: rebuild in a clean way and compare, with a readable diff when it differs."""
    committed = ROOT / "graphs" / "graph.nt"
    built = build([CORPUS])
    turtle, ntriples = serialise(built.graph)
    if committed.read_bytes() != ntriples:
        old = Graph().parse(committed, format="nt")
        _, only_old, only_new = graph_diff(to_isomorphic(old), to_isomorphic(built.graph))
        lines = [f"- {t}" for t in sorted(only_old)[:10]] + [f"+ {t}" for t in sorted(only_new)[:10]]
        raise AssertionError("graphs/graph.nt is stale; run `findings build`:\n" + "\n".join(lines))
    assert (ROOT / "graphs" / "graph.ttl").read_bytes() == turtle


def test_namespace_module_matches_the_ontology():
    generated = Path(__import__("findings.rdf._fo", fromlist=["x"]).__file__).read_text(encoding="utf-8")
    assert generated == render(ontology_terms())


def test_every_contract_term_is_declared():
    contract = (
        "Document Assessment Inspection PeerReview Meeting ExternalReview ProgressReview describedIn assesses sha256 "
        "sourcePath framework earliestDate latestDate Judgement judgementArea grade scope madeIn Outstanding Good "
        "Adequate RequiresImprovement Inadequate Grade gradeValue Finding polarity Strength Weakness Recommendation "
        "identifier timescale dueBy addressedTo KeyLineOfEnquiry partOf underKLOE Resolution text theme Themes Action "
        "respondsTo lead intendedOutcome ProgressUpdate about indicates Status Open ActionPlanned InProgress "
        "ReportedComplete IndependentlyVerified Recurred StatusAssessment of status asOf confidence currentStatus "
        "acceptance progress assurance Accepted PartlyAccepted NotAccepted NoResponse NotStarted Planned Underway Done "
        "SelfReported Verified OutcomeMet OutcomeNotMet closureReason Implemented Superseded NoLongerApplicable "
        "dueBySlipped recurs followsUp fulfils qualifiedLink Link target linkType score method TextSpan page "
        "normalisation"
    ).split()
    declared = set(ontology_terms())
    assert [t for t in contract if t not in declared] == []
    ontology = Graph().parse(ROOT / "ontology" / "findings.ttl")
    from rdflib import RDFS

    for term in declared:
        iri = FO[term]
        assert ontology.value(iri, RDFS.label) is not None, term
        assert ontology.value(iri, RDFS.comment) is not None, term


def test_each_document_says_which_kinds_of_paper_it_holds(corpus_build):
    g = corpus_build.graph
    held = {
        str(g.value(d, FO.sourcePath)).split("/")[-1][:3]: sorted(str(k) for k in g.objects(d, FO.holds))
        for d in g.subjects(RDF.type, FO.Document)
    }
    assert held == {
        "000": ["action plan", "minutes", "peer review", "progress report"],  # an agenda pack
        "001": ["progress report"],
        "002": ["minutes"],
        "003": ["inspection report"],
        "004": ["action plan", "minutes"],
    }


def test_grades_and_statuses_carry_their_values_in_the_graph_itself(ofsted_build):
    """An analyst ranks judgements by `fo:grade/fo:gradeValue` and labels statuses from the graph alone, without
    loading the ontology beside it."""
    g = ofsted_build.graph
    grades = set(g.objects(None, FO.grade))
    assert grades and {str(grade).split("#")[1]: int(g.value(grade, FO.gradeValue)) for grade in grades} == {
        name: value
        for name, value in {"Outstanding": 1, "Good": 2, "RequiresImprovement": 3, "Inadequate": 4, "Adequate": 3}.items()
        if FO[name] in grades
    }
    for term in grades | set(g.objects(None, FO.status)) | set(g.objects(None, FO.assurance)):
        assert g.value(term, RDFS.label) is not None and g.value(term, RDF.type) is not None, term


def test_the_class_tree_is_in_the_graph_so_a_superclass_finds_its_subclasses(ofsted_build):
    """The contract's subclasses (fo:Inspection ⊑ fo:Assessment, fo:Recommendation ⊑ fo:Finding): `a/rdfs:subClassOf*`
    finds every assessment, and every recommendation as a finding, from the graph alone."""
    g = ofsted_build.graph
    kinds = (FO.Inspection, FO.BoardReview, FO.PeerReview, FO.Meeting)
    assessments = {s for cls in kinds for s in g.subjects(RDF.type, cls)}
    ns = {"fo": FO, "rdfs": RDFS}
    found = {row[0] for row in g.query("SELECT ?a WHERE { ?a a/rdfs:subClassOf* fo:Assessment }", initNs=ns)}
    assert assessments and found == assessments
    # a report is one fo:Inspection of the council; its review of the safeguarding board is an inspection too, by
    # the class tree, and of the board, not the council
    inspections = {row[0] for row in g.query("SELECT ?a WHERE { ?a a/rdfs:subClassOf* fo:Inspection }", initNs=ns)}
    boards = set(g.subjects(RDF.type, FO.BoardReview))
    assert boards and inspections == set(g.subjects(RDF.type, FO.Inspection)) | boards
    assert all(str(g.value(b, FO.assesses)).endswith("-lscb") for b in boards)
    described = {}
    for a in g.subjects(RDF.type, FO.Inspection):
        for doc in g.objects(a, FO.describedIn):
            described.setdefault(doc, []).append(a)
    assert all(len(found) == 1 for found in described.values())  # no report describes two inspections
    recs = set(g.subjects(RDF.type, FO.Recommendation))
    findings = {row[0] for row in g.query("SELECT ?f WHERE { ?f a/rdfs:subClassOf* fo:Finding }", initNs=ns)}
    assert recs and recs <= findings


def test_every_qualified_link_carries_the_spans_it_compared(ofsted_build):
    """ONTOLOGY.md: a fo:Link carries its score, method and the two spans compared, whatever its type (the
    finding → recommendation links of a paragraph marked '(Recommendation)' carried none)."""
    g = ofsted_build.graph
    links = set(g.subjects(RDF.type, FO.Link))
    assert links and [link for link in links if g.value(link, PROV.wasDerivedFrom) is None] == []


def test_each_dated_progress_report_is_a_progress_review_an_analyst_can_join_to_its_updates(corpus_build):
    """fo:ProgressReview (ONTOLOGY.md): one per council and as-at date of the council's own updates, described in
    the documents that carry them, so `?r fo:describedIn ?doc ; dcterms:date ?d . ?u fo:describedIn ?doc ;
    dcterms:date ?d` gives what each review said."""
    g = corpus_build.graph
    reviews = {str(g.value(r, DCTERMS.date)): r for r in g.subjects(RDF.type, FO.ProgressReview)}
    assert sorted(reviews) == ["2009-10-01", "2018-09-30", "2019-02-11"]
    for day, review in reviews.items():
        docs = set(g.objects(review, FO.describedIn))
        said = [u for u in g.subjects(RDF.type, FO.ProgressUpdate) if str(g.value(u, DCTERMS.date)) == day]
        assert said and all(set(g.objects(u, FO.describedIn)) <= docs for u in said), day
        assert (review, FO.assesses, next(g.objects(review, FO.assesses))) in g


def test_a_status_resting_on_the_councils_update_points_at_the_update(corpus_build):
    """ONTOLOGY.md: a status assessment's prov:wasDerivedFrom leads to the evidence it rests on — updates, findings,
    documents. helper-138 found none pointing at a fo:ProgressUpdate: only at its spans."""
    g = corpus_build.graph
    resting = {
        (sa, u)
        for sa in g.subjects(RDF.type, FO.StatusAssessment)
        for u in g.objects(sa, PROV.wasDerivedFrom)
        if (u, RDF.type, FO.ProgressUpdate) in g
    }
    assert len({sa for sa, _ in resting}) > 20
    for sa, update in resting:  # and the update's own words are among the spans the status rests on
        assert set(g.objects(update, PROV.wasDerivedFrom)) & set(g.objects(sa, PROV.wasDerivedFrom)), sa


def test_a_board_reviews_judgement_under_its_sections_heading_is_named_once(tmp_path):
    """A board's grade read under its section's heading ('The Local Safeguarding Children Board (LSCB)') is its
    judgement 'lscb', not 'the-local-safeguarding-children-board-lscb-lscb' (tester helper-191)."""
    from click.testing import CliRunner

    from findings.cli import cli
    from tests.conftest import DATA

    report = DATA / "other_councils" / "rutland_sif_report_2015.txt"
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / report.name).write_bytes(report.read_bytes())
    out = tmp_path / "out"
    CliRunner().invoke(cli, ["--silent", "build", str(tmp_path / "r"), "--out", str(out), "--no-pictures"])
    written = (out / "graph.nt").read_text(encoding="utf-8")
    assert "/rutland/ofsted-2015-lscb/judgement/lscb>" in written
    assert "lscb-lscb" not in written
