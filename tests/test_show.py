"""`show` reads a build folder's store and a lone graph file alike: the same rows for every item of the graph."""

from findings.show import FO, show_rows
from findings.store import open_store
from tests.conftest import ROOT


def test_the_store_and_the_lone_graph_file_show_every_item_the_same():
    kinds = ("Recommendation", "Action", "KeyLineOfEnquiry", "Resolution", "Finding", "ProgressUpdate", "Inspection")
    with open_store(ROOT / "graphs") as built, open_store(ROOT / "graphs" / "graph.ttl") as lone:
        typed = " ".join(f"fo:{kind}" for kind in kinds)
        items = [row[0] for row in built.select(f"SELECT DISTINCT ?s WHERE {{ VALUES ?t {{ {typed} }} ?s a ?t }} ORDER BY ?s")[1]]
        assert len(items) > 500
        for item in items:
            assert show_rows(built.oxigraph, item) == show_rows(lone.oxigraph, item), item
        tail = show_rows(built.oxigraph, "ofsted-2017/action/2.2")[1]
    assert tail and {row[0] for row in tail} == {"https://w3id.org/findings/id/central-bedfordshire/ofsted-2017/action/2.2"}
    assert FO.endswith("#")


def test_a_status_shows_its_call_and_each_finding_it_rests_on():
    """A status from the peer review's findings: what it says, as of when, how sure, why; each finding it rests on
    with its words and polarity, and each finding's quote; never an empty 'source' row."""
    with open_store(ROOT / "graphs") as built:
        _, rows = show_rows(built.oxigraph, "ofsted-2017/recommendation/5/status/2018-11-29-1")
    fields = {row[2]: row[3] for row in rows}
    assert fields["fo:status"] == "fo:IndependentlyVerified" and fields["fo:asOf"] == "2018-11-29"
    assert fields["fo:confidence"] == "0.6" and "findings on its concerns" in fields["rdfs:comment"]
    derived = [row[3] for row in rows if row[2] == "prov:wasDerivedFrom"]
    sources = [row[3] for row in rows if row[2] == "source"]
    assert derived and all("/peer-review-2018/finding/" in d and d.endswith("(fo:Strength)") for d in derived)
    assert len(sources) == len(derived) and not any("None" in s for s in sources)


def test_a_council_shows_its_ons_code():
    """One identity per council: `show` prints the code the graph holds (helper-63 found only the name)."""
    with open_store(ROOT / "graphs") as built:
        _, rows = show_rows(built.oxigraph, "central-bedfordshire")
    fields = {row[2]: row[3] for row in rows}
    assert fields["skos:notation"] == "E06000056"
    assert fields["owl:sameAs"].endswith("/statistical-geography/E06000056")


def test_an_assessment_shows_its_council_grades_and_recommendations_in_order_and_a_council_its_assessments():
    """helper-213 #7: `show` on an inspection gave neither its council nor what it asks, and on a council none of its
    inspections; a QA lead reads both from here."""
    with open_store(ROOT / "graphs") as built:
        _, rows = show_rows(built.oxigraph, "central-bedfordshire/ofsted-2017")
        _, council = show_rows(built.oxigraph, "central-bedfordshire")
    fields = [(row[2], row[3]) for row in rows]
    assert ("fo:assesses", "https://w3id.org/findings/id/central-bedfordshire") in fields
    asked = [value for field, value in fields if field == "fo:Recommendation (incoming)"]
    assert [a.split(" ", 1)[0].rsplit("/", 1)[-1] for a in asked] == [str(n) for n in range(1, 10)]
    assert asked[1].startswith(f"{asked[1].split(' ', 1)[0]} (Ensure that preproceedings work is initiated promptly when")
    assert len([f for f, _ in fields if f == "fo:Judgement (incoming)"]) == 6
    assessed = {row[3] for row in council if row[2] == "fo:assesses (incoming)"}
    assert {
        f"https://w3id.org/findings/id/central-bedfordshire/{a}" for a in ("ofsted-2012", "ofsted-2017", "peer-review-2018")
    } <= assessed
