"""Just enough reading of SPARQL text to tell its form and to bind parameters on a remote store with VALUES."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pyoxigraph import NamedNode

from findings.store.terms import Term, sparql_term

_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
      | (?P<open>\{) | (?P<close>\})
      | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def _tokens(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(kind, text, start, end) with comments, strings and IRIs as single tokens, white space dropped."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind == "other" and match.group().isspace():
            continue
        yield kind, match.group(), match.start(), match.end()


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, UPDATE (any update operation), or None when neither is found."""
    for kind, value, start, end in _tokens(text):
        if kind != "word" or text[end : end + 1] == ":" or text[start - 1 : start] in (":", "?", "$"):
            continue  # part of a prefixed name or a variable, not a keyword
        word = value.upper()
        if word in _FORMS:
            return word
        if word in _UPDATES:
            return "UPDATE"
    return None


def where_brace(text: str) -> int:
    """Offset just after the '{' that opens the query's WHERE clause; ValueError when there is none."""
    form, depth, seen_where = None, 0, False
    for kind, value, _, end in _tokens(text):
        if kind == "word" and depth == 0:
            word = value.upper()
            form = form or (word if word in _FORMS else None)
            seen_where = seen_where or word == "WHERE"
        elif kind == "open":
            if depth == 0 and (seen_where or form in ("SELECT", "ASK", "DESCRIBE")):
                return end
            depth += 1
        elif kind == "close":
            depth = max(0, depth - 1)
    raise ValueError("no WHERE clause to bind parameters in")


def inject_values(text: str, terms: dict[str, Term]) -> str:
    """The query with `VALUES ?name { term }` first in its WHERE clause for each parameter; terms are escaped."""
    if not terms:
        return text
    at = where_brace(text)
    clauses = "".join(f" VALUES ?{name} {{ {sparql_term(term)} }}" for name, term in terms.items())
    return text[:at] + clauses + "\n" + text[at:]


def declared_prefixes(text: str) -> set[str]:
    """Prefix names the query declares itself."""
    return {m.group(1) or "" for m in re.finditer(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", text)}


def _variables(tokens: list[tuple[str, str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of every variable ('?x', '$x') among a text's tokens (none in comments, strings, IRIs)."""
    for (_, mark, begin, after), (kind, name, start, end) in zip(tokens, tokens[1:], strict=False):
        if kind == "word" and mark in ("?", "$") and after == start:
            yield name, begin, end


def substitute(text: str, terms: dict[str, Term]) -> str:
    """The query with each IRI parameter's variable in its WHERE clause replaced by the IRI itself, so every part of
    the query (each branch of a UNION too) starts from the item; other parameters, and one also named before the
    WHERE clause (projected), are bound with VALUES (a date compared in a FILTER is faster so), and so is every
    parameter of a query with a MINUS, which removes only rows sharing a variable. A sub-select gets the term too,
    as the item asked about (VALUES outside it would not reach it). Comments, strings and IRIs are left alone."""
    at = where_brace(text)
    tokens = list(_tokens(text))
    if any(kind == "word" and value.upper() == "MINUS" and start >= at for kind, value, start, _ in tokens):
        return inject_values(text, terms)  # MINUS removes only rows that share a variable: a term would remove none
    found = list(_variables(tokens))
    projected = {name for name, start, _ in found if start < at}
    put = {name for name, term in terms.items() if isinstance(term, NamedNode) and name not in projected}
    pieces, last = [], 0
    for name, start, end in found:
        if start >= at and name in put:
            pieces += [text[last:start], sparql_term(terms[name])]
            last = end
    pieces.append(text[last:])
    return inject_values("".join(pieces), {name: term for name, term in terms.items() if name not in put})
