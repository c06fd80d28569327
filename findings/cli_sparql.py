"""`findings query`, `findings serve`, `findings push`: SPARQL for analysts. Heavy imports stay inside the commands."""

from __future__ import annotations

import re
from pathlib import Path

import click

from findings.output import format_option, render_rows, tail

DEFAULT_GRAPHS = "graphs"


def is_address(value: str) -> bool:
    """An http(s) endpoint, not a path (open_store's rule)."""
    return value.lower().startswith(("http://", "https://"))


def _existing_graph(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A path given that does not exist is a usage error (exit 2), as for every other path option; a URL is the
    store's; the default may be missing (`query --list` needs no graph; the others say to build first)."""
    given = ctx.get_parameter_source(param.name or "") != click.core.ParameterSource.DEFAULT
    if ctx.params.get("list_only"):
        return value  # `query --list` reads no graph (--list is eager: decided before this)
    if given and not is_address(value) and not Path(value).exists():
        raise click.BadParameter(f"{value!r} does not exist", ctx=ctx, param=param)
    return value


def _a_url(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not is_address(value):
        raise click.BadParameter(f"{value!r} is not an http:// or https:// address", ctx=ctx, param=param)
    return value


graph_option = click.option(
    "--graph",
    "graph",
    default=DEFAULT_GRAPHS,
    show_default=True,
    callback=_existing_graph,
    help="A built folder (graph.nt, store/), a graph file, or a SPARQL endpoint URL.",
)
as_of_option = click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The date to take the picture on (default: today).",
)
queries_option = click.option(
    "--queries",
    "queries_folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of named queries (default: ontology/queries).",
)


def shortened(rows: list[tuple], prefixes: dict[str, str]) -> list[tuple]:
    """Rows for people (table, md): an item's IRI as its readable tail, as `open` and `list` give it (`show` and
    `lineage` take it back), a vocabulary IRI as a prefixed name (fo:Recurred); CSV and JSON keep IRIs whole."""
    from findings.store.terms import Iri

    spaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def short(value: object) -> object:
        if not isinstance(value, Iri):
            return value
        if "/id/" in value:
            return tail(value)
        for prefix, space in spaces:
            local = value[len(space) :]
            if value.startswith(space) and re.fullmatch(r"[\w.-]*", local):
                return f"{prefix}:{local}"
        return value

    return [tuple(map(short, row)) for row in rows]


def _parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--param")
        values[name.strip().lstrip("?$")] = value
    return values


def _is_file(path: Path) -> bool:
    """Is there a file at `path`? False, not an error, for a name no file system takes (one-line SPARQL text)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _query_text(query: str, folder: Path | None) -> str:
    """The text of a named query, of a .rq file, or the argument itself when it is SPARQL."""
    from findings.store.named import expand, find_named

    path = Path(query)
    if query.endswith(".rq") or ("\n" not in query and _is_file(path)):
        if not path.is_file():
            raise click.BadParameter(f"no file {query}", param_hint="QUERY")
        return expand(path.read_text(encoding="utf-8"))
    if re.fullmatch(r"[\w.-]+", query):
        named = find_named(query, folder)
        if named is None:
            raise click.BadParameter(f"no named query {query!r} (findings query --list shows them)", param_hint="QUERY")
        return named.text
    return query


@click.command()
@click.argument("query", required=False)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A value for the query's ?NAME (repeatable).")
@graph_option
@click.option("--list", "list_only", is_flag=True, is_eager=True, help="List the named queries with their titles.")
@queries_option
@format_option
def query(query: str | None, params: tuple[str, ...], graph: str, list_only: bool, queries_folder: Path | None, fmt: str) -> None:
    """Run QUERY (a named query, a FILE.rq, or SPARQL text) on the graph: SELECT as a table, ASK as true/false,
    CONSTRUCT/DESCRIBE as Turtle (with --format csv, json or md: its triples as rows)."""
    from findings.store import StoreError, open_store
    from findings.store.base import PREFIXES
    from findings.store.named import QueryHeaderError, bind, named_queries, parse_header
    from findings.store.sparql_text import query_form

    if list_only:
        try:
            rows = [(q.name, q.title, " ".join(_param(p) for p in q.params)) for q in named_queries(queries_folder)]
        except QueryHeaderError as err:
            raise click.ClickException(str(err)) from None
        click.echo(render_rows(["name", "title", "params"], rows, fmt), nl=False)
        return
    if not query:
        raise click.UsageError("give a named query, a FILE.rq or SPARQL text (findings query --list shows the named ones)")
    try:
        text = _query_text(query, queries_folder)
    except QueryHeaderError as err:
        raise click.ClickException(str(err)) from None
    values = _parse_params(params)
    for param in parse_header(text)[2]:  # an item parameter may be given as the tail `lineage` and `show` take
        given = values.get(param.name)
        if param.type == "iri" and isinstance(given, str) and given and ":" not in given:
            from findings.cli_answers import resolve_item

            values[param.name] = resolve_item(given, graph)
    try:
        bind(text, values)  # a bad value is a usage error, found before the store is opened
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--param") from None
    form = query_form(text)
    if form == "UPDATE":
        raise click.ClickException("findings query runs queries only: updates are refused")
    try:
        with open_store(graph) as store:
            if form == "ASK":
                answer = store.ask(text, values)
                shown = ("true\n" if answer else "false\n") if fmt == "table" else render_rows(["answer"], [(answer,)], fmt)
                click.echo(shown, nl=False)
            elif form in ("CONSTRUCT", "DESCRIBE") and fmt == "table":
                click.echo(store.construct(text, values).decode("utf-8"), nl=False)
            elif form in ("CONSTRUCT", "DESCRIBE"):  # the triples as rows, in the format asked for
                rows = store.construct_rows(text, values)
                rows = shortened(rows, PREFIXES) if fmt == "md" else rows
                click.echo(render_rows(["subject", "predicate", "object"], rows, fmt), nl=False)
            else:
                headers, rows = store.select(text, values)
                rows = shortened(rows, PREFIXES) if fmt in ("table", "md") else rows
                click.echo(render_rows(headers, rows, fmt), nl=False)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


@click.command()
@click.argument("folder", required=False, default=DEFAULT_GRAPHS, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--public", is_flag=True, help="Allow a --host that is not loopback: anyone who reaches it can read the graph.")
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a query may run before it is stopped.",
)
@click.option(
    "--limit",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Most rows (SELECT) or triples (CONSTRUCT) one answer holds.",
)
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="Queries answered at once.")
@queries_option
@click.option("--base", default=None, help="Instance base IRI, for /item/{id} (default https://w3id.org/findings/id/).")
@click.pass_obj
def serve(
    obj,
    folder: Path,
    host: str,
    port: int,
    public: bool,
    timeout: float,
    limit: int,
    workers: int,
    queries_folder: Path | None,
    base: str | None,
) -> None:
    """Serve FOLDER's graph read-only: SPARQL 1.1 endpoint at /sparql, query page at /, items at /item/{id}."""
    import signal

    from findings.serve import close_server, is_loopback, make_server
    from findings.store import StoreError

    if not is_loopback(host):
        if not public:
            raise click.UsageError(f"--host {host} is not a loopback address: add --public to serve it to the network")
        click.echo(f"warning: serving on {host}: anyone who can reach this address can read the graph", err=True)
    try:
        server = make_server(
            folder,
            host,
            port,
            timeout=timeout,
            limit=limit,
            workers=workers,
            base=base,
            queries_folder=queries_folder,
            quiet=obj.silent,
        )
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    except OSError as err:
        raise click.ClickException(f"could not listen on {host}:{port}: {err.strerror or err}") from None
    bound_host, bound_port = server.server_address[:2]
    shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
    obj.say(f"serving {folder} at http://{shown}:{bound_port}/ (SPARQL endpoint /sparql; Ctrl-C stops)")

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        obj.say("stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)
        close_server(server)


@click.command()
@click.argument("folder", required=False, default=DEFAULT_GRAPHS, type=click.Path(path_type=Path))
@click.option(
    "--store",
    "store_url",
    required=True,
    callback=_a_url,
    help="Graph Store Protocol endpoint, e.g. http://localhost:7878/store (Oxigraph; a bare address means /store).",
)
@click.option("--graph", "graph_iri", default=None, help="Named graph to replace (default https://w3id.org/findings/id/graph).")
@click.option("--user", default=None, help="User name for HTTP basic authentication.")
@click.option(
    "--password-env",
    "password_env",
    metavar="VAR",
    default=None,
    help="Environment variable holding the password (never the password itself on the command line).",
)
@click.option(
    "--retries",
    default=3,
    show_default=True,
    type=click.IntRange(0, 10),
    help="Tries again after a failure to connect or a 5xx answer, backing off 0.5 s, 1 s, 2 s …",
)
@click.pass_obj
def push(
    obj, folder: Path, store_url: str, graph_iri: str | None, user: str | None, password_env: str | None, retries: int
) -> None:
    """Put FOLDER's graph.nt into a triple store as one named graph, replacing it (SPARQL 1.1 Graph Store Protocol)."""
    import os

    from findings.rdf.iris import DEFAULT_BASE
    from findings.store import StoreError
    from findings.store.remote import push_graph

    graph_file = folder if folder.is_file() else folder / "graph.nt"
    if not graph_file.is_file():
        raise click.ClickException(f"no graph at {graph_file}: run 'findings build' first")
    password = None
    if password_env:
        if not user:
            raise click.UsageError("--password-env needs --user")
        password = os.environ.get(password_env)
        if password is None:
            raise click.BadParameter(f"the environment variable {password_env} is not set", param_hint="--password-env")
    graph_iri = graph_iri or DEFAULT_BASE + "graph"
    try:
        count = push_graph(graph_file, store_url, graph_iri, user=user, password=password, retries=retries)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    obj.say(f"pushed {count} triples from {graph_file} to {store_url} as <{graph_iri}>")


def _param(p) -> str:
    """A named query's parameter as --list shows it: 'asOf:date=today', 'item:iri (required)', 'within:string'."""
    if p.required:
        return f"{p.name}:{p.type} (required)"
    return f"{p.name}:{p.type}" + (f"={p.default}" if p.default is not None else "")
