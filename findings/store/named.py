"""The named queries of ontology/queries/*.rq: one query a file, its title, description and parameters in a header comment.

    # title: Open recommendations as of a date
    # description: Recommendations with no status of done by ?asOf.
    # param: asOf date today
    SELECT …

A parameter is the variable ?NAME in the body; TYPE is one of iri, date, string, integer, decimal; DEFAULT is `-` for
none (the variable stays unbound), `required` when the query means nothing without it, `today` for a date, or
`lexicon:FILE/KEY/…` for a value of extract/lexicons/FILE (`lexicon:status.json/review/below`), so a setting a QA
lead edits there is the query's too.

A rule several queries share has one home, ontology/queries/fragments/NAME.sparql (a boolean expression of ?sa after
its comment lines). A named query writes it out under a comment `# NAME(?A): …`, so the .rq file is SPARQL as it
stands in any tool, and a test holds each copy to the home; code that builds a query writes `%NAME(?A)%` instead,
which `expand` fills in (as it does in any .rq file that uses it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from findings.store.terms import PARAM_TYPES, Term, guess_term, typed_term


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None = None
    required: bool = False  # DEFAULT 'required': the query means nothing without it ('lineage' of which item?)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: list[Param] = field(default_factory=list)
    text: str = ""


class QueryHeaderError(ValueError):
    """A named query's header is malformed: the message names the file and the line."""


def parse_header(text: str, where: str = "query") -> tuple[str, str, list[Param]]:
    """(title, description, params) from the leading comment lines of a query text."""
    title, description, params = "", [], []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        key, sep, value = stripped.lstrip("#").strip().partition(":")
        key, value = key.strip().lower(), value.strip()
        if not sep or key not in ("title", "description", "param"):
            continue
        if key == "title":
            title = value
        elif key == "description":
            description.append(value)
        else:
            params.append(_param(value, f"{where}:{number}"))
    return title, " ".join(description), params


def _param(value: str, where: str) -> Param:
    parts = value.split(None, 2)
    if len(parts) < 2 or parts[1] not in PARAM_TYPES:
        raise QueryHeaderError(f"{where}: expected '# param: NAME TYPE DEFAULT' with TYPE one of {', '.join(PARAM_TYPES)}")
    default = parts[2].strip() if len(parts) == 3 else "-"
    required = default == "required"
    if required:
        default = "-"
    if default != "-":
        try:
            default = lexicon_value(default)  # read when the query is: everything that shows the default shows the value
            typed_term(parts[1], default)
        except ValueError as err:
            raise QueryHeaderError(f"{where}: default of {parts[0]}: {err}") from None
    name = parts[0].lstrip("?$")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryHeaderError(f"{where}: not a variable name: {name!r}")
    return Param(name, parts[1], None if default == "-" else default, required)


def lexicon_value(default: str) -> str:
    """A default as written, or for 'lexicon:FILE/KEY/…' the value at those keys of extract/lexicons/FILE."""
    if not default.startswith("lexicon:"):
        return default
    from findings.extract.lexicons import load_json

    file, *keys = default.removeprefix("lexicon:").split("/")
    try:
        value = load_json(f"lexicons/{file}")
        for key in keys:
            value = value[key]
    except (OSError, KeyError, TypeError, ValueError) as err:
        raise ValueError(f"{default}: no such lexicon value ({type(err).__name__}: {err})") from None
    return str(value)


_USE = re.compile(r"%([a-z][a-z0-9-]*)\(\s*\?(\w+)\s*\)%")  # %NAME(?A)%: the fragment NAME of the variable ?A


def fragment(name: str) -> str:
    """The expression of ontology/queries/fragments/NAME.sparql, without its comment lines."""
    path = default_folder() / "fragments" / f"{name}.sparql"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        raise QueryHeaderError(f"no query fragment {name!r} ({path})") from None
    return "\n".join(line for line in lines if not line.lstrip().startswith("#")).strip()


def expand(text: str) -> str:
    """The query with each `%NAME(?A)%` made the fragment NAME, written in ?sa, of the variable ?A."""

    def put(use: re.Match) -> str:
        return re.sub(r"\?sa\b", "?" + use.group(2), fragment(use.group(1)))

    return _USE.sub(put, text)


def default_folder() -> Path:
    from findings.resources import data_dir

    return data_dir("ontology") / "queries"


def named_queries(folder: Path | str | None = None) -> list[NamedQuery]:
    """Every *.rq in `folder` (default: ontology/queries), by name; none when the folder does not exist."""
    try:
        root = Path(folder) if folder is not None else default_folder()
    except FileNotFoundError:
        return []
    if not root.is_dir():
        return []
    queries = []
    for path in sorted(root.glob("*.rq")):
        text = expand(path.read_text(encoding="utf-8"))
        title, description, params = parse_header(text, str(path))
        queries.append(NamedQuery(path.stem, title or path.stem, description, params, text))
    return queries


def find_named(name: str, folder: Path | str | None = None) -> NamedQuery | None:
    return next((q for q in named_queries(folder) if q.name == name), None)


def bind(text: str, values: dict[str, object] | None) -> dict[str, Term]:
    """Terms for the query's parameters: declared ones typed by its header (defaults filled in), others by their look."""
    values = dict(values or {})
    declared = {p.name: p for p in parse_header(text)[2]}
    terms: dict[str, Term] = {}
    for name, param in declared.items():
        raw = values.pop(name, None)
        if raw is None or raw == "":
            raw = param.default
        if raw is None and param.required:
            raise ValueError(f"parameter {name} is required (this query means nothing without it)")
        if raw is None:
            continue  # no value and no default: the variable stays unbound
        try:
            terms[name] = typed_term(param.type, raw)
        except ValueError as err:
            raise ValueError(f"parameter {name}: {err}") from None
    if declared and values:
        known = ", ".join(sorted(declared))
        raise ValueError(f"unknown parameter {sorted(values)[0]!r} (this query takes {known})")
    for name, raw in values.items():
        name = name.lstrip("?$")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"not a variable name: {name!r}")
        terms[name] = guess_term(raw)
    return terms


_TAIL = "SELECT DISTINCT ?s WHERE { ?s fo:text ?t . FILTER(STRENDS(STR(?s), ?tail)) } ORDER BY ?s"


def items_ending(store, tail: str) -> list[str]:
    """Every item (a node with a text) whose IRI ends with '/' + `tail`: how a short reference names one."""
    _, rows = store.select(_TAIL, params={"tail": "/" + tail.strip("/")})
    return [str(row[0]) for row in rows]


REFERENCED = "SELECT DISTINCT ?s WHERE { ?s fo:reference ?r . FILTER(LCASE(STR(?r)) = ?label) } ORDER BY ?s"


def reference_parts(item: str) -> tuple[str, str]:
    """('wigan/ofsted-2017/action', '1b') of 'wigan/ofsted-2017/action/1b' (an IRI or its tail): the label a plan
    prints for an action, any case, and what comes before it."""
    head, _, label = item.strip().strip("<>").strip("/").rpartition("/")
    return head, label.casefold()


def referenced_as(iris: list[str], head: str) -> list[str]:
    """Those of `iris` (actions printed as the label asked for) whose IRI before their key is `head` or ends with it."""
    return sorted(i for i in iris if not head or i.rpartition("/")[0] == head or i.rpartition("/")[0].endswith("/" + head))


def items_referenced(store, item: str) -> list[str]:
    """The actions a plan prints as `item`'s last part ('ofsted-2022/action/1b': fo:reference '1b', keyed 1.2)."""
    head, label = reference_parts(item)
    if not label:
        return []
    _, rows = store.select(REFERENCED, params={"label": label})
    return referenced_as([str(row[0]) for row in rows], head)


def resolve_tails(store, text: str, values: dict[str, object]) -> dict[str, object]:
    """The values with each IRI parameter given as a tail ('wigan/ofsted-2017/recommendation/1') made its one item's
    IRI; ValueError names the items a tail matches when it matches more than one (none: left to `bind` to refuse)."""
    out = dict(values)
    for param in parse_header(text)[2]:
        given = out.get(param.name)
        if param.type == "iri" and isinstance(given, str) and given and ":" not in given:
            found = items_ending(store, given)
            if len(found) > 1:
                shown = ", ".join(iri.split("/id/", 1)[-1] for iri in found[:5]) + (", …" if len(found) > 5 else "")
                raise ValueError(f"parameter {param.name}: {given!r} matches {len(found)} items: {shown}")
            if found:
                out[param.name] = found[0]
    return out
