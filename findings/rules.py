"""Closure rules that SHACL core cannot state, because they compare values across nodes ('independently verified
rests on evidence from another assessment, dated after the one that raised the item'): one SPARQL query per rule in
ontology/rules/, each selecting ?focus (and ?value) that break it, with its message in a '# message:' header. They run
after the shapes, so they cost a query each, not a SHACL-SPARQL engine: the build runs them on an in-memory Oxigraph
store of the triples they can match (those whose predicate some rule names), `findings validate` on the whole graph."""

from __future__ import annotations

import re
from functools import cache

import pyoxigraph as ox

from findings.resources import data_dir
from findings.store.base import PREFIXES

_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(PREFIXES.items()))
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.IGNORECASE)
_IRI = re.compile(r"<([^<>\"{}|^`\\\s=]*)>")
_NAME = re.compile(r"(?<![\w?$<])([A-Za-z][\w.-]*)?:([\w.-]*)")
_ANY_PREDICATE = re.compile(r"[?$]\w+\s+[?$]\w+|!\s*[(<^]|!\s*[A-Za-z][\w.-]*:")  # ?s ?p ?o, or !(…)
_A = re.compile(r"(?<![\w:?$<#-])a(?![\w:-])")


@cache
def rules() -> list[tuple[str, str, str]]:
    """(name, message, query) of every rule, by file name."""
    out = []
    for path in sorted((data_dir("ontology") / "rules").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        message = next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("# message:")), path.stem)
        out.append((path.stem, message, _PROLOGUE + text))
    return out


def _predicates(query: str) -> set[str] | None:
    """Every IRI `query` names (a superset of the predicates it can match), or None when it could match any predicate
    (a variable or a negated property set where a predicate goes; read conservatively: a doubt means None)."""
    text = "\n".join(line for line in query.splitlines() if not line.lstrip().startswith("#"))
    body = text[text.find("{") :]
    if _ANY_PREDICATE.search(body):
        return None
    prefixes = {**PREFIXES, **{(name or ""): ns for name, ns in _DECLARED.findall(text)}}
    found = set(_IRI.findall(body))
    for prefix, local in _NAME.findall(body):
        if (prefix or "") in prefixes:
            found.update({prefixes[prefix or ""] + local, prefixes[prefix or ""] + local.rstrip(".")})
    if _A.search(body):
        found.add(RDF_TYPE)
    return found


@cache
def rule_predicates() -> frozenset[str] | None:
    """The predicates any rule can match, or None when some rule could match any."""
    found: set[str] = set()
    for _, _, query in rules():
        named = _predicates(query)
        if named is None:
            return None
        found |= named
    return frozenset(found)


def rule_store(triples) -> ox.Store:
    """An in-memory store of the build's triples (findings.rdf.triples.Triples) that the rules can match: the same
    answers as the whole graph's, since a pattern only matches triples of the predicates it names."""
    predicates = rule_predicates()
    store = ox.Store()
    text = triples.ntriples(None if predicates is None else set(predicates), ordered=False)
    store.bulk_load(text, format=ox.RdfFormat.N_TRIPLES)
    return store


def rule_violations(store: ox.Store) -> list[tuple[str, str, str, str, str, str]]:
    """Violations in the shape report's form: (focus, path, constraint, value, message, rule)."""
    found = set()
    for name, message, query in rules():
        for row in store.query(query):
            focus, value = row["focus"], row["value"]
            shown = str(value.value) if isinstance(value, ox.Literal) else (str(value) if value is not None else "")
            found.add((str(focus), "", "rule", shown, message, f"<rules/{name}>"))
    return sorted(found)
