"""The HTTP side of `findings serve`: a read-only SPARQL 1.1 Protocol endpoint, the query page, item and vocabulary pages."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, unquote, urlsplit

from findings.serve.pages import item_page, layout, ontology_page
from findings.serve.pool import WorkerPool
from findings.serve.results import FORMAT_NAMES, JSON_RESULTS
from findings.store.base import PREFIXES
from findings.store.named import NamedQuery
from findings.store.sparql_text import query_form

MAX_BODY = 1 << 20  # a query of a megabyte is not a query
CLIENT_TIMEOUT = 30.0  # seconds a client may stay silent in the middle of sending a request
SECURITY = {  # the page may load nothing from anywhere but this server
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
READ_ONLY = b"this endpoint is read-only: SPARQL updates are refused (load a graph with 'findings build' or 'findings push')"
STATIC_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
}


def static_files() -> dict[str, bytes]:
    """The query page's files, read from the package: nothing is fetched from a network."""
    folder = resources.files("findings.serve") / "static"
    return {entry.name: entry.read_bytes() for entry in folder.iterdir() if entry.name[entry.name.rfind(".") :] in STATIC_TYPES}


class QueryFailed(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Site:
    pool: WorkerPool
    base: str
    queries: list[NamedQuery]
    allowed_hosts: set[str] | None  # Host headers accepted (None: any), against DNS rebinding on loopback
    quiet: bool = False
    static: dict[str, bytes] = field(default_factory=static_files)

    def catalogue(self) -> bytes:
        queries = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "text": q.text,
                "params": [{"name": p.name, "type": p.type, "default": p.default, "required": p.required} for p in q.params],
            }
            for q in self.queries
        ]
        config = {
            "base": self.base,
            "prefixes": PREFIXES,
            "limit": self.pool.limit,
            "timeout": self.pool.timeout,
            "queries": queries,
        }
        return json.dumps(config, ensure_ascii=False).encode("utf-8")

    def select(self, query: str, params: dict[str, str]) -> list[dict[str, dict]]:
        reply = self.pool.run(query, params, JSON_RESULTS)
        if reply.status != 200:
            raise QueryFailed(reply.status, reply.body.decode("utf-8", "replace"))
        return Rows(json.loads(reply.body)["results"]["bindings"], truncated=reply.truncated, limit=self.pool.limit)


class Rows(list):
    """Bindings that remember whether the server's result limit cut them, so a page can say so."""

    def __init__(self, rows: list, truncated: bool = False, limit: int | None = None) -> None:
        super().__init__(rows)
        self.truncated, self.limit = truncated, limit


class FindingsServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # socketserver's 5 made a burst of 50 clients meet connection resets (docs/reliability.md)

    def __init__(self, address: tuple[str, int], site: Site) -> None:
        super().__init__(address, Handler)
        self.site = site
        self.running = False

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self.running = True
        try:
            super().serve_forever(poll_interval)
        finally:
            self.running = False

    def handle_error(self, request: object, client_address: tuple) -> None:
        """One line on stderr for a connection that failed (a client gone mid-answer), not a traceback."""
        error = sys.exc_info()[1]
        sys.stderr.write(f"{client_address[0]} connection ended: {type(error).__name__}: {error}\n")


class Handler(BaseHTTPRequestHandler):
    server: FindingsServer
    server_version = "findings"
    timeout = CLIENT_TIMEOUT  # a client that goes quiet mid-request is dropped, not waited for by a thread for ever

    def log_message(self, format: str, *args: object) -> None:
        if not self.server.site.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def send(self, status: int, media_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.sent = True
        self.send_response(status)
        for name, value in {
            "Content-Type": media_type,
            "Content-Length": str(len(body)),
            "Cache-Control": "no-store",
            **SECURITY,
            **(headers or {}),
        }.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def fail(self, status: int, message: bytes | str) -> None:
        self.send(status, "text/plain; charset=utf-8", message.encode() if isinstance(message, str) else message)

    def host_ok(self) -> bool:
        allowed = self.server.site.allowed_hosts
        if allowed is None or self.headers.get("Host", "").lower() in allowed:
            return True
        self.fail(400, "unexpected Host header: this server answers only on its loopback address")
        return False

    def answer(self, method: Callable[[], None]) -> None:
        """Run one request's handler; a failure in it is a one-line 500, never a traceback or a dropped connection."""
        self.sent = False
        try:
            method()
        except (BrokenPipeError, ConnectionResetError):
            raise
        except Exception as err:
            sys.stderr.write(f"{self.address_string()} {self.command} {self.path[:200]!r} failed: {type(err).__name__}: {err}\n")
            if not self.sent:
                self.fail(500, "the server could not answer this request (the reason is in its log)")

    def do_GET(self) -> None:
        self.answer(self._get)

    def _get(self) -> None:
        if not self.host_ok():
            return
        url = urlsplit(self.path)
        path, site = url.path, self.server.site
        if path in ("/", "/index.html"):
            self.send(200, STATIC_TYPES[".html"], site.static["index.html"])
        elif path.startswith("/static/") and path[len("/static/") :] in site.static:
            name = path[len("/static/") :]
            self.send(200, STATIC_TYPES[name[name.rfind(".") :]], site.static[name])
        elif path == "/queries.json":
            self.send(200, "application/json; charset=utf-8", site.catalogue())
        elif path == "/sparql":
            self.sparql(parse_qs(url.query, keep_blank_values=True))
        elif path == "/item" or path.startswith("/item/"):
            iri = (
                site.base + unquote(path[len("/item/") :])
                if path.startswith("/item/")
                else parse_qs(url.query).get("iri", [""])[0]
            )
            self.item(iri)
        elif path == "/ontology":
            self.send(200, STATIC_TYPES[".html"], ontology_page())
        elif path == "/ontology.ttl":
            from findings.resources import ontology_file

            self.send(200, "text/turtle; charset=utf-8", ontology_file().read_bytes())
        elif path in ("/update", "/store"):
            self.fail(403, READ_ONLY)
        else:
            self.fail(404, f"nothing at {path}: the query page is at /, the endpoint at /sparql")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        self.answer(self._post)

    def _post(self) -> None:
        if not self.host_ok():
            return
        url = urlsplit(self.path)
        if url.path in ("/update", "/store"):
            self.fail(403, READ_ONLY)
            return
        if url.path != "/sparql":
            self.fail(405, "POST goes to /sparql")
            return
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not declared.isdigit():
            self.fail(400, "Content-Length must be a whole number of bytes")
            return
        length = int(declared)
        if length > MAX_BODY:
            self.fail(413, f"a query body is limited to {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        fields = parse_qs(url.query, keep_blank_values=True)
        media = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            self.fail(403, READ_ONLY)
            return
        if media == "application/sparql-query":
            fields["query"] = [body]
        elif media in ("application/x-www-form-urlencoded", ""):
            for key, values in parse_qs(body, keep_blank_values=True).items():
                fields.setdefault(key, []).extend(values)
        else:
            self.fail(415, "send the query as application/x-www-form-urlencoded or application/sparql-query")
            return
        self.sparql(fields)

    def do_PUT(self) -> None:
        if self.host_ok():
            self.fail(403, READ_ONLY)

    do_DELETE = do_PATCH = do_PUT

    def sparql(self, fields: dict[str, list[str]]) -> None:
        """SPARQL 1.1 Protocol query operation, plus `$NAME=value` for a query's parameters and `format=` for links."""
        if "update" in fields:
            self.fail(403, READ_ONLY)
            return
        queries = fields.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self.fail(400, "give exactly one query: ?query=… (GET) or a query form field (POST); the query page is at /")
            return
        if fields.get("default-graph-uri") or fields.get("named-graph-uri"):
            self.fail(400, "default-graph-uri and named-graph-uri are not supported: the store has one default graph")
            return
        if query_form(queries[0]) == "UPDATE":
            self.fail(403, READ_ONLY)
            return
        accept = self.headers.get("Accept", "")
        if fields.get("format"):
            accept = FORMAT_NAMES.get(fields["format"][0].lower(), "")
            if not accept:
                self.fail(400, f"format is one of {', '.join(FORMAT_NAMES)}")
                return
        params = {key[1:]: values[-1] for key, values in fields.items() if key.startswith("$") and len(key) > 1}
        reply = self.server.site.pool.run(queries[0], params, accept)
        media = reply.media_type
        if media.startswith("text/") and "charset" not in media:
            media += "; charset=utf-8"
        headers = {"X-Findings-Truncated": f"true; limit {self.server.site.pool.limit}"} if reply.truncated else {}
        self.send(reply.status, media, reply.body, headers)

    def item(self, iri: str) -> None:
        try:
            page = item_page(iri, self.server.site.base, self.server.site.select)
        except QueryFailed as err:
            self.fail(err.status, str(err))
            return
        if page is None:
            self.send(404, STATIC_TYPES[".html"], layout("Not found", "<p>The graph says nothing about this IRI.</p>"))
        else:
            self.send(200, STATIC_TYPES[".html"], page)
