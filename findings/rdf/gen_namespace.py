"""Generate the closed `FO` namespace from ontology/findings.ttl so a misspelt term raises.

Run `python -m findings.rdf.gen_namespace` after editing the ontology; a test fails if they disagree.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from findings.resources import ontology_file

FO_IRI = "https://w3id.org/findings/ontology#"
TARGET = Path(__file__).with_name("_fo.py")


def ontology_terms(path: Path | None = None) -> list[str]:
    """Local names of every term the ontology declares (subjects in the fo: namespace)."""
    graph = Graph().parse(path or ontology_file())
    names = {str(s)[len(FO_IRI) :] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(FO_IRI)}
    return sorted(n for n in names if n)


def render(terms: list[str]) -> str:
    lines = [
        '"""Generated from ontology/findings.ttl by findings.rdf.gen_namespace: do not edit."""',
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class FO(DefinedNamespace):",
        '    """The findings vocabulary, closed: an unknown term raises AttributeError."""',
        "",
        "    _fail = True",
        "",
    ]
    lines += [f"    {term}: URIRef" for term in terms]
    lines += ["", f'    _NS = Namespace("{FO_IRI}")', ""]
    return "\n".join(lines)


def main() -> None:
    TARGET.write_text(render(ontology_terms()), encoding="utf-8")


if __name__ == "__main__":
    main()
