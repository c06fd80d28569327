"""A peer review as text with a blank line after every paragraph, list items too ('1. How well …?' / '' / '2. …'):
its lines of enquiry and recommendations were read as no list at all, the list readers stopping at a blank line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_NUMBERED = """Anyshire County Council

Children's Services Peer Challenge

3 to 6 May 2021

Anyshire asked the peer team to consider the following key lines of enquiry:

1. How well are children at risk of exploitation kept safe?

2. How effective is supervision in improving plans?

The peer team was: Jo Bloggs (Director of Children's Services, Othershire) and Sam Roe.

3. Recommendations

4. Complete every return home interview within three days.

5. Record the reasons for decisions in supervision.

4. Key line of enquiry 1: exploitation

Return home interviews are often late.
"""

_BULLETED = """Anyshire children's safeguarding peer review

3 to 6 May 2021

The review considered two key lines of enquiry:

- How well are children at risk of exploitation kept safe?

- How effective is supervision in improving plans?

Key line of enquiry 1: exploitation

Return home interviews are often late.

Key line of enquiry 2: supervision

Supervision is regular, but records rarely show the reasons for decisions.

Recommendations

- Complete every return home interview within three days.

- Record the reasons for decisions in supervision.
"""


@pytest.mark.parametrize("text", [_NUMBERED, _BULLETED], ids=["numbered", "bulleted"])
def test_lists_a_blank_line_apart_are_read_whole(tmp_path: Path, text: str) -> None:
    """Both lines of enquiry and both recommendations (the review's as a whole), each quoting its exact characters."""
    path = tmp_path / "peer_review.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    out = extract_document(doc)
    (review,) = [a for a in out.assessments.values() if a.kind == "PeerReview"]
    assert (review.started, review.ended) == (date(2021, 5, 3), date(2021, 5, 6))
    assert [k.title for k in out.kloes] == [
        "How well are children at risk of exploitation kept safe?",
        "How effective is supervision in improving plans?",
    ]
    assert [(r.identifier, r.text, r.kloe) for r in out.recommendations] == [
        ("1", "Complete every return home interview within three days.", None),
        ("2", "Record the reasons for decisions in supervision.", None),
    ]
    for item in out.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans) == item.text
    for kloe in out.kloes:
        assert " ".join(doc.text[s.start : s.end] for s in kloe.spans) == kloe.title
