"""SHACL validation of a built graph against ontology/shapes.ttl (fast on Oxigraph, findings.shacl; pySHACL as the
reference), then the closure rules of ontology/rules/ (findings.rules)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from findings.resources import ontology_file


@dataclass
class Validation:
    conforms: bool
    report: str


def validate_graph(graph: Graph) -> Validation:
    """Check `graph` against the shapes where it is (findings.shacl); pySHACL when the shapes need more."""
    from findings.shacl import Unsupported, check_rdflib

    try:
        report = check_rdflib(graph)
    except Unsupported:
        return validate_graph_pyshacl(graph)
    return Validation(report.conforms, report.text())


def validate_graph_pyshacl(graph: Graph) -> Validation:
    """pySHACL with RDFS inference so subclasses (e.g. fo:Inspection ⊑ fo:Assessment) satisfy sh:class."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_file("shapes.ttl"))
    ontology = Graph().parse(ontology_file("findings.ttl"))
    conforms, _, text = validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True)
    return Validation(bool(conforms), text)


class LoadError(Exception):
    """The graph file could not be read or parsed."""


def validate_file(path: Path, pyshacl: bool = False) -> tuple[Validation, int]:
    """(the validation, the number of triples) of a graph file, read by Oxigraph (or rdflib for pySHACL)."""
    if pyshacl:
        try:
            graph = load_graph(path)
        except Exception as err:  # any parse failure is "could not load"
            raise LoadError(_first_line(err)) from None
        return validate_graph_pyshacl(graph), len(graph)
    import pyoxigraph as ox

    from findings.shacl import Unsupported, check_store

    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl"))
    except (SyntaxError, OSError, ValueError) as err:
        raise LoadError(_first_line(err)) from None
    try:
        report = check_store(store)
    except Unsupported:
        return validate_file(path, pyshacl=True)
    from findings.rules import rule_violations

    report.violations = sorted(set(report.violations) | set(rule_violations(store)))
    report.conforms = not report.violations
    return Validation(report.conforms, report.text()), len(store)


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def load_graph(path: Path) -> Graph:
    """Parse a graph file by its suffix (Turtle, N-Triples, RDF/XML, JSON-LD)."""
    fmt = {".ttl": "turtle", ".nt": "nt", ".rdf": "xml", ".xml": "xml", ".jsonld": "json-ld", ".nq": "nquads"}.get(
        path.suffix.lower(), "turtle"
    )
    return Graph().parse(path, format=fmt)
