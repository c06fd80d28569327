"""Closure rules that SHACL core cannot state, because they compare values across nodes ('independently verified
rests on evidence from another assessment, dated after the one that raised the item'): one SPARQL query per rule in
ontology/rules/, each selecting ?focus (and ?value) that break it, with its message in a '# message:' header. They run
on the Oxigraph store after the shapes, so they cost a query each, not a SHACL-SPARQL engine."""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox

from findings.resources import data_dir
from findings.store.base import PREFIXES

_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in sorted(PREFIXES.items()))


@cache
def rules() -> list[tuple[str, str, str]]:
    """(name, message, query) of every rule, by file name."""
    out = []
    for path in sorted((data_dir("ontology") / "rules").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        message = next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("# message:")), path.stem)
        out.append((path.stem, message, _PROLOGUE + text))
    return out


def rule_violations(store: ox.Store) -> list[tuple[str, str, str, str, str, str]]:
    """Violations in the shape report's form: (focus, path, constraint, value, message, rule)."""
    found = set()
    for name, message, query in rules():
        for row in store.query(query):
            focus, value = row["focus"], row["value"]
            shown = str(value.value) if isinstance(value, ox.Literal) else (str(value) if value is not None else "")
            found.add((str(focus), "", "rule", shown, message, f"<rules/{name}>"))
    return sorted(found)
