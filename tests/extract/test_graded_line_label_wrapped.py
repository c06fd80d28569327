"""A 2009–12 report's area label wrapped above its grade line ('The contribution of health agencies to keeping' /
'children and young people safe   Grade 2 (good)') is one judgement of the whole label, not one of the words on the
grade line, and the 'Record of main findings' row of it adds no second (black-box tester bb316
slac-wrapped-judgement-label)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Inspection of safeguarding and looked after children services

Westmere

Inspection dates: 4 October to 15 October 2010

Published: 19 November 2010

Safeguarding services

Overall effectiveness                                         Grade 3 (adequate)

The contribution of local services to helping children and young people feel
and be safe at home                                           Grade 2 (good)

4. Services work well together to keep children safe.

Partnership working                                           Grade 3 (adequate)

Record of main findings

Safeguarding services
Overall effectiveness                                           Adequate
The contribution of local services to helping children and young
people feel and be safe at home                                 Good
Partnership working                                             Adequate
"""


def test_a_wrapped_label_is_one_judgement_of_the_whole_label(tmp_path):
    path = tmp_path / "westmere-slac-2010.txt"
    path.write_text(REPORT, encoding="utf-8")
    doc = read_document(path, path.name)
    judged = [(j.area, j.grade) for j in extract_document(doc).judgements]
    label = "The contribution of local services to helping children and young people feel and be safe at home"
    assert sorted(judged) == sorted([("Overall effectiveness", "Adequate"), (label, "Good"), ("Partnership working", "Adequate")])
    (wrapped,) = [j for j in extract_document(doc).judgements if j.area == label]
    quoted = [doc.text[s.start : s.end] for s in wrapped.spans]
    assert any(q.startswith("The contribution of local services") and "feel\nand be safe" in q for q in quoted)
