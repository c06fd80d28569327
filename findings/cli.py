"""The `findings` command line.

Exit codes: 0 success; 1 an error (reported on stderr; for `build`, also a graph that breaks the shapes, or no
document read at all); 2 usage error, or `validate` could not load the graph;
3 `build` finished but skipped inputs it could not read; `validate` exits 1 when the graph has violations.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from findings import __version__
from findings.output import format_option, render, render_rows, tail

EXIT_SKIPPED = 3
DEFAULT_OUT = Path("graphs")


class Context:
    def __init__(self, debug: bool, silent: bool) -> None:
        self.debug = debug
        self.silent = silent

    def say(self, message: str) -> None:
        if not self.silent:
            click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="findings")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.option("--silent", is_flag=True, help="No progress or messages on stderr; data and errors only.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, silent: bool) -> None:
    """Inspection and peer-review findings for children's services, as a graph with the source text behind every node."""
    ctx.obj = Context(debug, silent)
    _say_warnings(silent)


def _say_warnings(silent: bool) -> None:
    """The project's own warnings (a graph built by another version) as one line on stderr, once; none with --silent."""
    import warnings

    from findings.resources import OtherVocabulary

    warnings.simplefilter("ignore" if silent else "once", OtherVocabulary)
    shown = warnings.showwarning
    if getattr(shown, "says_findings", False):  # already ours (in-process tests run the command line many times)
        return

    def say(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001  (warnings' signature)
        if issubclass(category, OtherVocabulary):
            click.echo(f"Warning: {message}", err=True)
        else:
            shown(message, category, filename, lineno, file, line)

    say.says_findings = True  # type: ignore[attr-defined]
    warnings.showwarning = say


def _base_iri(value: str | None) -> str | None:
    """A base IRI the graph files can hold, refused before anything is written (a space, a missing scheme …)."""
    if value is None:
        return None
    import pyoxigraph as ox

    try:
        ox.NamedNode(value + "x")
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not an IRI ({err})") from None
    return value


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder for graph.ttl and graph.nt.",
)
@click.option("--no-cache", is_flag=True, help="Extract every document again instead of reusing cached results.")
@click.option(
    "--base",
    default=None,
    callback=lambda _ctx, _param, value: _base_iri(value),
    help="Base IRI for instances (default https://w3id.org/findings/id/).",
)
@click.option("--no-pictures", is_flag=True, help="Skip the workshop pictures (HTML, SVG, GEXF, GraphML per view).")
@click.option(
    "--curation",
    "curation_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The reviewers' decisions to apply, and where `findings review` records new ones (default: curation.json "
    "in the first folder built).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Documents read and extracted at once (default: the machine's cores).",
)
@format_option
@click.pass_obj
def build(
    obj: Context,
    paths: tuple[Path, ...],
    out_dir: Path,
    no_cache: bool,
    base: str | None,
    no_pictures: bool,
    curation_file: Path | None,
    jobs: int | None,
    fmt: str,
) -> None:
    """Build the graph from PATHS (files or folders; default: the bundled corpus) and print a summary."""
    from findings.parallel import default_jobs, start_server
    from findings.resources import CACHE_DIR, bundled_corpus

    roots = list(paths) or [bundled_corpus()]
    jobs = jobs or default_jobs()
    if (no_cache or not (out_dir / CACHE_DIR).is_dir()) and not (len(roots) == 1 and roots[0].is_file()):
        start_server(jobs)  # documents to extract, surely: the workers' server starts before the build's imports
    from findings.build import NothingRead, build_into
    from findings.review import CurationError
    from findings.write import BuildLocked

    if curation_file is not None and not curation_file.is_file():
        click.echo(f"no decisions in {curation_file} yet: none applied; `findings review` records them there", err=True)
    try:
        with _progress(obj) as tick:
            done = build_into(
                out_dir,
                roots,
                use_cache=not no_cache,
                base=base,
                jobs=jobs,
                progress=tick,
                curation_path=_curation_path(roots, out_dir, curation_file),
                curation_file=curation_file,
                pictures=not no_pictures,
            )
    except (BuildLocked, CurationError) as err:
        raise click.ClickException(str(err)) from None
    except NothingRead as err:
        for rel, reason in sorted(err.skipped):
            click.echo(f"skipped {rel}: {reason}", err=True)
        raise click.ClickException(f"no document could be read, so nothing was written to {out_dir}") from None
    written = list(done.written)
    if not no_pictures and done.reused:
        from findings.viz import draw_standard_set, standard_set_files

        if not all(path.is_file() for path in standard_set_files(out_dir)):  # the last graph, a picture deleted
            try:
                written += draw_standard_set(out_dir, out_dir)
            except (OSError, ValueError) as err:
                done.pictures_failed = f"the pictures: {type(err).__name__}: {err}"
    import gc

    if _ENDS_PROCESS:  # the build's graph and documents left to the process's end, not freed one by one: held by a
        ending = [done.held]  # cycle of their own that the frozen collector never looks at again
        ending.append(ending)
    done.held = None
    gc.freeze()  # the process ends next: spare the collector's last pass over the build's objects (a second or more)
    click.echo(render_rows(["what", "count"], done.rows, fmt), nl=False)  # JSON: the counts as numbers
    if done.reused:
        obj.say(f"{out_dir}: nothing changed since the last build; no file rewritten")
    for path in written:
        obj.say(f"wrote {path}")
    for rel, reason in sorted(done.skipped):
        click.echo(f"skipped {rel}: {reason}", err=True)
    for note in done.notes:
        obj.say(note)
    for rel, first in done.copies:
        obj.say(f"read {rel} once: it is the same file as {first}")
    for rel, kind, what in done.empty:
        article = "an" if kind[0] in "aeiou" else "a"
        obj.say(f"read {rel} as {article} {kind}, but found no {what} in it (a layout the readers do not know)")
    for rel in done.unrecognised:
        obj.say(f"read {rel}, but found no assessment or item in it (a kind of document the readers do not know)")
    if done.stale:
        shown = ", ".join(done.stale[:5]) + (", …" if len(done.stale) > 5 else "")
        obj.say(
            f"{len(done.stale)} review decision{'s' if len(done.stale) > 1 else ''} in the curation file met nothing in this "
            f"build ({shown}): what was decided is no longer proposed as it was; `findings review` lists what waits now"
        )
    for line in done.violations:
        click.echo(line, err=True)
    pictures = f"the graph was written to {out_dir}, but not {done.pictures_failed}" if done.pictures_failed else None
    if pictures and not done.violations:
        raise click.ClickException(pictures)
    if pictures:
        click.echo(f"Error: {pictures}", err=True)
    if done.violations:
        raise click.ClickException(
            f"the graph in {out_dir} breaks ontology/shapes.ttl in {len(done.violations)} places "
            f"(listed above; 'findings validate' checks it again)"
        )
    if done.skipped:
        sys.exit(EXIT_SKIPPED)


def _graph_in(path: Path) -> Path:
    """PATH itself, or the graph a build wrote into the folder PATH (graph.ttl), as every other command takes it."""
    if path.is_dir():
        built = path / "graph.ttl"
        if not built.is_file():
            raise click.BadParameter(f"{path} is a folder without graph.ttl: build into it first", param_hint="GRAPH")
        return built
    return path


@cli.command()
@click.argument("item")
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(exists=True, path_type=Path),
    default=DEFAULT_OUT / "graph.ttl",
    show_default=True,
    help="The graph to read: a file, or the folder `findings build` wrote.",
)
@format_option
def show(item: str, graph_path: Path, fmt: str) -> None:
    """Show ITEM (an IRI or its tail, e.g. 'ofsted-2017/action/1.1') with its source quotes and offsets."""
    from findings.show import for_people, show_rows
    from findings.store import open_store

    graph_path = _graph_in(graph_path)
    built = graph_path.parent if (graph_path.parent / "graph.nt").is_file() else graph_path  # a build's store, or the file
    with open_store(built) as store:
        headers, rows = show_rows(store.oxigraph, item)
        if not rows:
            from findings.cli_answers import missing_item

            raise missing_item(store, item, built)  # as `lineage` says it
    items = sorted({row[0] for row in rows})
    if len(items) > 1:  # 'ofsted-2017/recommendation/7' of two councils: say which, never mix their rows
        shown = ", ".join(str(tail(i)) for i in items[:5]) + (", …" if len(items) > 5 else "")  # as lineage says it
        raise click.ClickException(f"{item!r} matches {len(items)} items: {shown}; give more of the IRI")
    if fmt in ("table", "md"):
        shown = for_people(rows)  # the item and the IRIs it points at by their readable tails
    else:
        shown = [[tail(row[0]), *(str(v) for v in row[1:])] for row in rows]  # one item by its tail; IRIs whole
    click.echo(render(headers, shown, fmt), nl=False)


@cli.command()
@click.argument("graph_path", required=False, type=click.Path(path_type=Path), default=DEFAULT_OUT / "graph.ttl")
@click.option(
    "--pyshacl",
    "use_pyshacl",
    is_flag=True,
    help="Validate with pySHACL (the reference engine, slow on large graphs) instead of the built-in checker.",
)
@click.pass_obj
def validate(obj: Context, graph_path: Path, use_pyshacl: bool) -> None:
    """Check GRAPH (a file, or the folder `findings build` wrote) against ontology/shapes.ttl: exit 0 conforms, 1
    violations, 2 could not load."""
    from findings.validate import LoadError, validate_file

    if graph_path.is_dir():
        graph_path = graph_path / "graph.ttl"

    try:
        result, triples = validate_file(graph_path, pyshacl=use_pyshacl)
    except LoadError as err:
        click.echo(f"Error: could not load {graph_path}: {err}", err=True)
        sys.exit(2)
    if result.conforms:
        obj.say(f"{graph_path}: conforms ({triples} triples)")
        return
    click.echo(result.report)
    sys.exit(1)


@cli.command()
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("tests/gold"),
    show_default=True,
    help="Folder of gold annotation files (*.json).",
)
@click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder the gold files' document paths are relative to.",
)
@click.option(
    "--peer",
    "peer_csv",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A peer tool's grades (peer-grades.csv) to report agreement with.",
)
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the Markdown report here instead of stdout.",
)
@click.option(
    "--draft",
    "draft_doc",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Print a gold file drafted from DOCUMENT's extraction, for a person to check and correct.",
)
@click.pass_obj
def evaluate(
    obj: Context, gold_dir: Path, root: Path, peer_csv: Path | None, out_file: Path | None, draft_doc: Path | None
) -> None:
    """Score extraction against gold annotations: exit 0 when every target is met, 1 when not."""
    import json
    import os

    from findings.evaluate.records import draft
    from findings.evaluate.report import evaluate as run
    from findings.evaluate.report import markdown

    if draft_doc is not None:
        rel = Path(os.path.relpath(draft_doc, root)).as_posix()
        click.echo(json.dumps(draft(draft_doc, rel), indent=1, ensure_ascii=False))
        return
    if not gold_dir.is_dir():
        raise click.ClickException(f"no gold folder {gold_dir} (give one with --gold)")
    from findings.evaluate.records import GoldError

    try:
        result = run(gold_dir, root, peer_csv)
    except GoldError as err:
        raise click.ClickException(str(err)) from None
    command = "findings evaluate" + (f" --gold {gold_dir.as_posix()}" if gold_dir != Path("tests/gold") else "")
    command += f" --peer {peer_csv.as_posix()}" if peer_csv else ""
    report = markdown(result, command)
    if out_file is not None:
        _atomic_text(out_file, report)
        obj.say(f"wrote {out_file}")
    else:
        click.echo(report, nl=False)
    for failure in result.failures + result.link_failures:
        click.echo(f"target not met: {failure}", err=True)
    if result.failures or result.link_failures:
        sys.exit(1)


def _curation_path(roots: list[Path], out_dir: Path, file: Path | None = None) -> str | None:
    """Where reviewers' decisions are kept: `file`, else curation.json in the first folder built; relative to the
    graph's folder when that is beside or above it (`findings review` reads it from there, wherever it is run)."""
    import os

    from findings.review import CURATION

    folder = next((r for r in roots if r.is_dir()), None)
    if file is None and folder is None:
        return None
    path = file.resolve() if file is not None else folder.resolve() / CURATION  # type: ignore[union-attr]
    rel = Path(os.path.relpath(path, out_dir.resolve())).as_posix()
    return rel if not rel.startswith("../..") else path.as_posix()


def _atomic_text(path: Path, text: str) -> None:
    from findings.write import atomic_write

    atomic_write(path, text.encode("utf-8"))


class _progress:
    """A progress line on a terminal (rich), nothing otherwise; yields a tick(label) callable."""

    def __init__(self, obj: Context) -> None:
        self.obj = obj
        self.bar = None

    def __enter__(self):
        if self.obj.silent or not sys.stderr.isatty():
            return lambda label: None
        from rich.progress import Progress, SpinnerColumn, TextColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("reading {task.description}"), transient=True)
        self.bar.start()
        task = self.bar.add_task("", total=None)
        return lambda label: self.bar.update(task, description=label)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


from findings.cli_sparql import push, query, serve  # noqa: E402  (registered last: they import nothing heavy)

cli.add_command(query)
cli.add_command(serve)
cli.add_command(push)


from findings.cli_draw import draw  # noqa: E402  (registered last: the command lives in its own module)

cli.add_command(draw)


from findings.cli_answers import lineage, list_items, open_items, recurring, search  # noqa: E402  (the answers)

cli.add_command(open_items)
cli.add_command(lineage)
cli.add_command(recurring)
cli.add_command(list_items)
cli.add_command(search)


from findings.cli_review import review  # noqa: E402  (the review queue, in its own module)

cli.add_command(review)


from findings.cli_report import report  # noqa: E402  (the panel report, in its own module)

cli.add_command(report)


_ENDS_PROCESS = False  # set by `main`: the command's end is the process's (not so for a test invoking `cli` itself)


def main() -> None:
    """Entry point: one-line errors unless --debug."""
    global _ENDS_PROCESS
    _ENDS_PROCESS = True
    debug = "--debug" in sys.argv[1:]
    if debug:
        os.environ["FINDINGS_DEBUG"] = "1"  # findings.parallel.DEBUG: extraction raises what it would skip
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as err:
        if debug:
            raise
        if type(err).__module__.startswith("findings."):  # the project's own errors are written for the user
            click.echo(f"Error: {err}", err=True)
        else:
            click.echo(f"Error: {type(err).__name__}: {err} (run with --debug for the traceback)", err=True)
        sys.exit(1)
