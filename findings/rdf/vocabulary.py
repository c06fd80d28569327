"""The vocabularies the graph is written in, as plain strings: the findings vocabulary closed to the terms
ontology/findings.ttl declares (a misspelt term raises AttributeError), read from it as findings/rdf/_fo.py is
generated, so the build does not import rdflib; and the vocabulary's own individuals and class tree a graph uses."""

from __future__ import annotations

import json
from datetime import date
from functools import cache

from findings.rdf.triples import XSD, Triples, from_oxigraph, quoted
from findings.resources import ontology_file

FO_NS = "https://w3id.org/findings/ontology#"
XSD_DATE = XSD + "date"
XSD_DECIMAL = XSD + "decimal"


@cache
def _vocabulary_triples() -> tuple:
    """ontology/findings.ttl's triples, parsed once for the terms, individuals and class tree read from it."""
    import pyoxigraph as ox

    return tuple(ox.parse(path=str(ontology_file("findings.ttl")), format=ox.RdfFormat.TURTLE))


@cache
def _fo_terms() -> frozenset[str]:
    """Local names of every term ontology/findings.ttl declares (subjects in the fo: namespace)."""
    subjects = (t.subject.value for t in _vocabulary_triples() if _named(t.subject))
    return frozenset(s[len(FO_NS) :] for s in subjects if s.startswith(FO_NS))


def _named(term) -> bool:
    return type(term).__name__ == "NamedNode"  # no pyoxigraph import for an isinstance on the start-up path


@cache
def _individuals() -> dict[str, list[tuple[str, str]]]:
    """Each individual of ontology/findings.ttl (a term typed with one of its own classes: fo:Good a fo:Grade) with
    its (predicate, object as a graph term) pairs."""
    triples = _vocabulary_triples()
    typed = {
        t.subject.value
        for t in triples
        if t.predicate.value == RDF.type and _named(t.object) and t.object.value.startswith(FO_NS)
    }
    found: dict[str, list[tuple[str, str]]] = {}
    for t in triples:
        if t.subject.value in typed and _named(t.subject):
            found.setdefault(t.subject.value, []).append((t.predicate.value, from_oxigraph(t.object)))
    return found


@cache
def _superclasses() -> dict[str, list[str]]:
    """Each class ontology/findings.ttl places under others (fo:Inspection ⊑ fo:Assessment ⊑ prov:Activity)."""
    found: dict[str, list[str]] = {}
    for t in _vocabulary_triples():
        if t.predicate.value == RDFS.subClassOf and _named(t.object):
            found.setdefault(t.subject.value, []).append(t.object.value)
    return {k: sorted(v) for k, v in found.items()}


class _Terms:
    """A namespace's terms as plain strings (what the triples hold); closed when it knows its terms."""

    def __init__(self, base: str, closed: bool = False) -> None:
        self._base, self._closed = base, closed

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or (self._closed and name not in _fo_terms()):
            raise AttributeError(f"{self._base}{name} is not a term of the vocabulary")
        value = self._base + name
        setattr(self, name, value)
        return value


FO = _Terms(FO_NS, closed=True)
RDF = _Terms("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = _Terms("http://www.w3.org/2000/01/rdf-schema#")
OA = _Terms("http://www.w3.org/ns/oa#")
DCTERMS = _Terms("http://purl.org/dc/terms/")
OWL = _Terms("http://www.w3.org/2002/07/owl#")
PROV = _Terms("http://www.w3.org/ns/prov#")
SKOS = _Terms("http://www.w3.org/2004/02/skos/core#")


@cache
def prefixes() -> dict[str, str]:
    """The prefixes graph.ttl may declare (ontology/prefixes.json)."""
    return json.loads(ontology_file("prefixes.json").read_text(encoding="utf-8"))["prefixes"]


def date_literal(value: date) -> str:
    return f"{quoted(value.isoformat())}^^<{XSD_DATE}>"


def add_vocabulary(g: Triples) -> None:
    """The vocabulary's individuals the graph points at (a grade, a status, an axis value), with their type,
    label and values as ontology/findings.ttl gives them: `?j fo:grade/fo:gradeValue ?v` answers from the
    graph alone, as the themes' labels do."""
    individuals = _individuals()
    index = g.index()
    pointing = (FO.grade, FO.status, FO.currentStatus, FO.acceptance, FO.progress, FO.assurance, FO.closureReason)
    pointing += (FO.polarity, FO.indicates, FO.linkType)  # the predicates whose objects are the vocabulary's own
    used: set[str] = set()
    for p in pointing:  # each subject's objects taken in at once (a finding's polarity: thousands of subjects)
        used.update(*index.get(p, {}).values())
    used &= individuals.keys()
    for iri in sorted(used):
        for p, o in individuals[iri]:
            g.add(iri, p, o)
    supers = _superclasses()  # and the class tree above the classes it uses: rdf:type/rdfs:subClassOf* answers
    typed: set[str] = set()
    typed.update(*g.index().get(RDF.type, {}).values())
    todo = sorted(typed & supers.keys())
    seen = set(todo)
    while todo:
        cls = todo.pop()
        for parent in supers.get(cls, ()):
            g.add(cls, RDFS.subClassOf, parent)
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
