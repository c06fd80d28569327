"""A shape's common case settled in bulk on the build's own triples (findings.rdf.triples): which focus nodes surely
meet a property shape, found with set operations and one test a distinct value, so that only the others are checked
node by node (findings.shacl._violations, which says what each breaks).

Nothing here reports a violation: a node is cleared only when every constraint of the shape certainly holds for it, by
a test that reads the value's N-Triples form as findings.shacl_graphs.TriplesGraph does (a plain string `"…"`, a typed
literal `"…"^^<datatype>`); a value in any other form (an escape in it, a number or date written otherwise, a
language tag) leaves its node to the full check. So the violations found are the same, node for node (tests hold the
two to each other on every kind of break)."""

from __future__ import annotations

import itertools
import operator

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
_INTEGER_TAIL = f'"^^<{XSD}integer>'
_DATE_TAIL = f'"^^<{XSD}date>'
_STARTS_QUOTED = operator.methodcaller("startswith", '"')
_ENDS_INTEGER = operator.methodcaller("endswith", _INTEGER_TAIL)
_LONGEST_ESCAPE = len("\\U0001F600")  # the most characters of N-Triples that stand for one of the text


def unproven(ps, focus: set[str], graph) -> set[str]:
    """The nodes of `focus` that the bulk tests cannot clear of `ps` (a `PropertyShape`) in `graph` (a TriplesGraph):
    each is to be checked on its own; every other node of `focus` meets every constraint of `ps`."""
    values: dict[str, dict[str, None]] = graph.values(ps.path)
    have = focus.intersection(values)  # the nodes with a value
    out: set[str] = set()
    low = ps.min_count or 0
    if low > 0:
        out |= focus - have
    if low > 1 or ps.max_count is not None:
        high = ps.max_count if ps.max_count is not None else len(values)
        fewest, most = _counts(graph, ps.path, values)
        if not low <= fewest <= most <= high:  # some subject of the path has a count out of bounds: which of `have`?
            out |= {n for n in have if not low <= len(values[n]) <= high}
    if _on_each_value(ps) and have:
        held = values.values() if len(have) == len(values) else map(values.__getitem__, have)  # all: every value
        doubtful = _doubtful_values(ps, set().union(*held), graph)
        if doubtful:
            out |= {n for n in have if not doubtful.isdisjoint(values[n])}
    if ps.qualified is not None:
        cls, q_low, q_high = ps.qualified
        members = graph.members(cls)
        q_low = q_low or 0
        q_high = q_high if q_high is not None else len(values)
        if q_low > 0:
            out |= focus - have  # none of their values, so none of the class
        out |= _miscounted(have, values, members, q_low, q_high)
    for other, strict in ((ps.less_than, True), (ps.less_or_equal, False)):
        if other is not None:
            out |= _unordered(have, (ps.path, values), (other, graph.values(other)), strict, graph)
    return out


def _miscounted(have: set[str], values: dict, members: set[str], low: int, high: int) -> set[str]:
    """The nodes of `have` with fewer than `low` or more than `high` values among `members`: each node's count made
    in C, the nodes looked at one by one only when some count is out of bounds."""
    nodes = list(have)
    counts = list(map(len, map(members.intersection, map(values.__getitem__, nodes))))
    if not counts or low <= min(counts) <= max(counts) <= high:
        return set()
    return {n for n, count in zip(nodes, counts, strict=True) if not low <= count <= high}


def _counts(graph, path: str, values: dict[str, dict[str, None]]) -> tuple[int, int]:
    """The fewest and most values a subject of `path` has (counted in C, once a graph): when both are within a
    shape's bounds, so is every focus node's count, and no node is looked at one by one."""
    counts = graph.counts.get(path)
    if counts is None:
        lengths = list(map(len, values.values()))
        counts = graph.counts[path] = (min(lengths), max(lengths)) if lengths else (0, 0)
    return counts


def _on_each_value(ps) -> bool:
    """Whether `ps` has a constraint that `_doubtful_values` tests on each value."""
    return any(x is not None for x in (ps.cls, ps.datatype, ps.min_inclusive, ps.min_length, ps.pattern))


def _doubtful_values(ps, distinct: set[str], graph) -> set[str]:
    """The values of `distinct` not certainly meeting the constraints of `ps` on one value alone."""
    if not distinct:
        return set()
    bad: set[str] = set()
    if ps.cls is not None:
        bad |= distinct - graph.members(ps.cls)  # no literal is a member of a class
    if ps.datatype == XSD_STRING:
        bad |= {v for v in distinct if not (v[:1] == '"' and v[-1] == '"' and len(v) >= 2)}
    elif ps.datatype is not None:
        tail = f'"^^<{ps.datatype}>'  # a value that starts with '"', ends with it and is longer (tested in C)
        typed = set(filter(operator.methodcaller("endswith", tail), filter(_STARTS_QUOTED, distinct)))
        typed.discard(tail)
        bad |= distinct - typed
    if ps.min_inclusive is not None:
        least, keys = ps.min_inclusive, _keys(graph, distinct)
        bad |= {v for v in distinct if (k := keys[v]) is None or k[0] != 0 or k[1] < least}
    if ps.min_length is not None:
        length = ps.min_length
        escaped = _LONGEST_ESCAPE * length  # a plain string whose text is at least `length` characters: exactly when
        # nothing is escaped, else its N-Triples form at least ten times that (no escape is longer than ten)
        bad |= {
            v
            for v in distinct
            if not (v[:1] == '"' and v[-1] == '"' and len(v) >= 2 and len(v) - 2 >= (length if "\\" not in v else escaped))
        }
    if ps.pattern is not None:
        search = ps.pattern.search
        bad |= {v for v in distinct if not _plain(v) or "\\" in v or search(v[1:-1]) is None}
    return bad


def _plain(value: str) -> bool:
    """A plain string literal (its text between its quotes, escaped as N-Triples escapes it)."""
    return value[:1] == '"' and value[-1] == '"' and len(value) >= 2


def _keys(graph, values) -> dict[str, tuple[int, int | str] | None]:
    """`_key` of each of `values`, each worked out once a graph (shapes share their values: a start and its end)."""
    keys = graph.keys
    new = set(values).difference(keys)
    numbers = list(filter(_ENDS_INTEGER, filter(_STARTS_QUOTED, new)))  # most: read in C when all are plain digits
    digits = list(map(operator.itemgetter(slice(1, -len(_INTEGER_TAIL))), numbers))
    if all(map(str.isdigit, digits)) and all(map(str.isascii, digits)):
        keys.update(zip(numbers, zip(itertools.repeat(0, len(digits)), map(int, digits), strict=True), strict=True))
        new.difference_update(numbers)
    for v in new:
        keys[v] = _key(v)
    return keys


def _key(value: str) -> tuple[int, int | str] | None:
    """How SHACL compares `value` when it is an xsd:integer in plain digits (0, the number) or an xsd:date as
    YYYY-MM-DD (1, the text): compared by number and by text as findings.shacl does; else None."""
    if value[:1] != '"':
        return None
    if value.endswith(_INTEGER_TAIL):
        digits = value[1 : -len(_INTEGER_TAIL)]
        return (0, int(digits)) if digits.isascii() and digits.isdigit() else None
    if value.endswith(_DATE_TAIL) and len(value) == 11 + len(_DATE_TAIL):
        day = value[1:11]
        if day[4] == day[7] == "-" and (day[:4] + day[5:7] + day[8:]).isdigit() and day.isascii():
            return 1, day
    return None


def _unordered(have: set[str], mine: tuple[str, dict], theirs: tuple[str, dict], strict: bool, graph) -> set[str]:
    """The nodes of `have` some value of which (`mine`: the path, its values) is not certainly less than (or, not
    `strict`, at most) some value of the other path's (`theirs`)."""
    (path, values), (other, others) = mine, theirs
    if (
        _counts(graph, path, values)[1] == 1
        and _counts(graph, other, others)[1] == 1
        and _in_order(have, values, others, strict, graph)
    ):
        return set()
    out = set()
    keys = _keys(graph, {o for n in have for o in values[n]})
    _keys(graph, {o for n in have if n in others for o in others[n]})
    for n in have:
        those = others.get(n)
        if those is None:
            continue
        for a in values[n]:
            ka = keys[a]
            if ka is None or any(
                (kb := keys[b]) is None or kb[0] != ka[0] or not (ka[1] < kb[1] if strict else ka[1] <= kb[1])  # type: ignore[operator]
                for b in those
            ):
                out.add(n)
                break
    return out


def _in_order(have: set[str], values: dict, others: dict, strict: bool, graph) -> bool:
    """Whether, each node having one value on either path, every node of `have` with both has its value certainly less
    than (or, not `strict`, at most) the other's: compared in C, a node at a time only when False."""
    nodes = list(have.intersection(others))
    mine = list(map(min, map(values.__getitem__, nodes)))  # each node's one value (`min` of one, in C)
    theirs = list(map(min, map(others.__getitem__, nodes)))
    keys = _keys(graph, mine)
    _keys(graph, theirs)
    firsts, seconds = list(map(keys.__getitem__, mine)), list(map(keys.__getitem__, theirs))
    if None in firsts or None in seconds or len({k[0] for k in firsts} | {k[0] for k in seconds}) > 1:
        return False  # a value compared otherwise, or an integer beside a date: looked at node by node
    return all(map(operator.lt if strict else operator.le, firsts, seconds))
