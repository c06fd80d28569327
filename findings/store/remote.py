"""Any SPARQL 1.1 store over HTTP: queries by the SPARQL Protocol, the graph put by the Graph Store Protocol.

A URL with no path is taken as an Oxigraph server (queries at /query, graphs at /store); otherwise the URL is the
endpoint itself, e.g. Fuseki's http://host:3030/ds/query and http://host:3030/ds/data, GraphDB's
http://host:7200/repositories/ID and http://host:7200/repositories/ID/rdf-graphs/service.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import pyoxigraph as ox

from findings.store.base import PREFIXES, QuerySyntaxError, Result, Store, StoreError
from findings.store.http import Auth, HttpStatusError, request
from findings.store.named import bind
from findings.store.sparql_text import declared_prefixes, inject_values, query_form

_RESULTS = "application/sparql-results+json"


def endpoint(url: str, oxigraph_path: str) -> str:
    """`url` itself, or for a bare server address Oxigraph's endpoint `oxigraph_path` on it."""
    parts = urlsplit(url)
    if parts.path in ("", "/") and not parts.query:
        return url.rstrip("/") + oxigraph_path
    return url


def _auth(user: str | None, password: str | None) -> Auth | None:
    return Auth(user, password or "") if user else None


class RemoteStore(Store):
    """Parameters bound as `VALUES ?name { term }` at the start of the WHERE clause; the project's prefixes added."""

    def __init__(self, url: str, *, user: str | None = None, password: str | None = None, timeout: float = 60.0) -> None:
        self.url = endpoint(url, "/query")
        self.auth = _auth(user, password)
        self.timeout = timeout

    def prepare(self, text: str, params: dict[str, object] | None = None) -> str:
        """The text sent: missing prefixes declared first, parameters as VALUES."""
        try:
            terms = bind(text, params)
            text = inject_values(text, terms)
        except ValueError as err:
            raise StoreError(str(err)) from None
        declared = declared_prefixes(text)
        prologue = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items() if name not in declared)
        return prologue + text

    def run(self, text: str, params: dict[str, object] | None = None) -> Result:
        form = query_form(text)
        if form == "UPDATE":
            raise StoreError("updates are not run through findings: this store is queried read-only")
        graph = form in ("CONSTRUCT", "DESCRIBE")
        data = urlencode({"query": self.prepare(text, params)}).encode("utf-8")
        headers = {"Accept": "application/n-triples" if graph else _RESULTS, "Content-Type": "application/x-www-form-urlencoded"}
        try:
            _, _, body = request("POST", self.url, body=lambda: data, headers=headers, auth=self.auth, timeout=self.timeout)
        except HttpStatusError as err:
            if err.status == 400:
                raise QuerySyntaxError(f"malformed query: {err}") from None
            raise
        try:
            if graph:
                return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as err:
            raise StoreError(f"{self.url} answered with results that do not parse: {err}") from None


def push_graph(
    graph_file: Path,
    store_url: str,
    graph_iri: str,
    *,
    user: str | None = None,
    password: str | None = None,
    retries: int = 3,
    backoff: float = 0.5,
    timeout: float = 300.0,
) -> int:
    """PUT `graph_file` (N-Triples) as the named graph `graph_iri`, replacing it; return the triples sent."""
    try:
        ox.NamedNode(graph_iri)
    except ValueError as err:
        raise StoreError(f"not a graph IRI: {graph_iri!r} ({err})") from None
    url = endpoint(store_url, "/store")
    target = url + ("&" if "?" in url else "?") + "graph=" + quote(graph_iri, safe="")
    size = graph_file.stat().st_size
    headers = {"Content-Type": "application/n-triples", "Content-Length": str(size)}
    request(
        "PUT",
        target,
        body=lambda: graph_file.open("rb"),
        headers=headers,
        auth=_auth(user, password),
        timeout=timeout,
        retries=retries,
        backoff=backoff,
    )
    with graph_file.open("rb") as handle:
        return sum(1 for line in handle if line.strip() and not line.lstrip().startswith(b"#"))
