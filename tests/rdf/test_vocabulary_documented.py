"""Every term the vocabulary defines is documented for analysts: in ONTOLOGY.md (the contract) or in
docs/ontology-additions.md (what this project added), so nobody meets an unexplained predicate in the graph."""

from __future__ import annotations

import re

from tests.conftest import ROOT, SHARED, need_shared

DEFINED = re.compile(r"^(fo:\w+) a ", re.MULTILINE)


def test_every_defined_term_is_documented() -> None:
    need_shared()
    documented = (SHARED / "ONTOLOGY.md").read_text() + (ROOT / "docs" / "ontology-additions.md").read_text()
    defined = sorted(set(DEFINED.findall((ROOT / "ontology" / "findings.ttl").read_text())))
    assert len(defined) > 50
    missing = [term for term in defined if not re.search(re.escape(term) + r"(?!\w)", documented)]
    assert missing == []
