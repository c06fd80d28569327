"""`show` reads a build folder's store and a lone graph file alike: the same rows for every item of the graph."""

from rdflib import RDF

from findings.show import FO, show_rows, show_rows_store
from findings.store import open_store
from findings.validate import load_graph
from tests.conftest import ROOT


def test_the_store_and_the_parsed_graph_show_every_item_the_same():
    graph = load_graph(ROOT / "graphs" / "graph.ttl")
    kinds = ("Recommendation", "Action", "KeyLineOfEnquiry", "Resolution", "Finding", "ProgressUpdate", "Inspection")
    items = sorted(
        {str(s) for kind in kinds for s in graph.subjects(RDF.type, graph.namespace_manager.expand_curie(f"fo:{kind}"))}
    )
    assert len(items) > 500
    with open_store(ROOT / "graphs") as store:
        for item in items:
            assert show_rows_store(store.oxigraph, item) == show_rows(graph, item), item
        tail = show_rows_store(store.oxigraph, "ofsted-2017/action/2.2")[1]
    assert tail and {row[0] for row in tail} == {"https://w3id.org/findings/id/central-bedfordshire/ofsted-2017/action/2.2"}
    assert FO.endswith("#")
