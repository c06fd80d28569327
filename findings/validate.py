"""SHACL validation of a built graph against ontology/shapes.ttl (pySHACL, core shapes, with the ontology for classes)."""

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
    """Run pySHACL with RDFS inference so subclasses (e.g. fo:Inspection ⊑ fo:Assessment) satisfy sh:class."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_file("shapes.ttl"))
    ontology = Graph().parse(ontology_file("findings.ttl"))
    conforms, _, text = validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=True)
    return Validation(bool(conforms), text)


def load_graph(path: Path) -> Graph:
    """Parse a graph file by its suffix (Turtle, N-Triples, RDF/XML, JSON-LD)."""
    fmt = {".ttl": "turtle", ".nt": "nt", ".rdf": "xml", ".xml": "xml", ".jsonld": "json-ld", ".nq": "nquads"}.get(
        path.suffix.lower(), "turtle"
    )
    return Graph().parse(path, format=fmt)
