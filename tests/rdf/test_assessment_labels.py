"""An assessment's label names its council once: a title that already opens with the council's name (a peer review's
'Anyshire children's safeguarding peer review') is not prefixed with it again; any other title is."""

from __future__ import annotations

import pytest

from findings.rdf.writer import _named


@pytest.mark.parametrize(
    ("council", "title", "label"),
    [
        ("Anyshire", "Anyshire children's safeguarding peer review", "Anyshire children's safeguarding peer review"),
        ("Anyshire", "ANYSHIRE: peer challenge", "ANYSHIRE: peer challenge"),
        ("Anyshire", "Ofsted inspection of children's services", "Anyshire: Ofsted inspection of children's services"),
        ("Any", "Anyshire children's safeguarding peer review", "Any: Anyshire children's safeguarding peer review"),
        ("Anyshire", "Anyshire", "Anyshire"),
    ],
)
def test_the_council_is_named_once(council: str, title: str, label: str) -> None:
    assert _named(council, title) == label
