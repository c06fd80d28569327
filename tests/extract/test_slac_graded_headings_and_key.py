"""A 2009–12 safeguarding and looked after children report prints each graded heading on one line with its grade
('Capacity for improvement Grade 2 (good)') right under the paragraph before it, and the grading scale's key near its
top ('Outstanding (Grade 1)'). Neither is a finding, and each paragraph's findings keep the graded heading above them
as their section; the key's lines are no part of the heading under them (tester helper-270)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Inspection of safeguarding and looked
after children services
Anyborough
Inspection dates: 7 – 18 June 2010
Published: 23 July 2010
The inspection judgements and what they mean
1. All inspection judgements are made using the following four point scale.
Outstanding (Grade
1)
A service that significantly exceeds minimum
requirements
Good (Grade 2) A service that exceeds minimum requirements
Adequate (Grade 3) A service that only meets minimum requirements
Inadequate (Grade 4) A service that does not meet minimum requirements
Service information
2. The council serves a large city and its partnerships are well established.

Safeguarding services
Overall effectiveness Grade 3 (adequate)
3. Strategic partnerships are strong and work well together. The overall effectiveness of safeguarding services is
adequate.
{first} Grade 2 (good)
4. Senior leaders have a clear vision for the service. {first} is good.
{second} Grade 4 (inadequate)
5. Too many assessments are late. {second} is inadequate.
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [("Capacity for improvement", "Being healthy"), ("Leadership and management", "Staying safe")],
)
def test_graded_heading_lines_and_the_key_are_no_findings(tmp_path, first, second):
    path = tmp_path / "anyborough slac 2010.txt"
    path.write_text(REPORT.format(first=first, second=second), encoding="utf-8")
    found = extract_document(read_document(path, path.name)).findings
    texts = [f.text for f in found]
    assert not [t for t in texts if "Grade" in t], texts
    assert "Strategic partnerships are strong and work well together." in texts
    scopes = {f.text: f.scope for f in found}
    assert scopes["The council serves a large city and its partnerships are well established."] == "Service information"
    assert scopes["Senior leaders have a clear vision for the service."] == f"{first} Grade 2 (good)"
    assert scopes["Too many assessments are late."] == f"{second} Grade 4 (inadequate)"
