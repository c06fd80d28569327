"""A council the register does not know ('North Northants' before its alias was added, a misprint, a place in a test
paper) gets an identity of its own, apart from every registered council's: said, so a QA lead whose paper answered
the wrong council sees why and where to name it (extract/lexicons/authorities.json, 'aliases')."""

from __future__ import annotations

from findings.extract.context import UNKNOWN_KEY
from findings.model import BOARD_KEY, Extraction


def name_unregistered(out: Extraction) -> list[str]:
    """One line per unregistered council some assessment belongs to: its name, its key and the documents naming it."""
    paths = {d.sha256: d.path for d in out.documents}
    named: dict[str, tuple[str, set[str]]] = {}
    for a in out.assessments.values():
        org = a.org
        if org.code is not None or org.key.endswith(BOARD_KEY) or org.key.startswith(UNKNOWN_KEY):
            continue
        named.setdefault(org.key, (org.name, set()))[1].update(paths.get(sha, "a document") for sha in a.documents)
    return [
        f"{', '.join(sorted(where)) or 'a document'}: council '{name}' ({key}) is not a registered English children's "
        "services authority, so what it holds stands apart from every registered council's; if it is another name "
        "of a registered council, add it to that council's aliases in extract/lexicons/authorities.json"
        for key, (name, where) in sorted(named.items())
    ]
