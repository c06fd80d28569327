"""A 2009–12 safeguarding and looked after children report whose graded area wraps over three lines above its grade
line, as the PDFs print the outcome 'Children and young people are safe: effectiveness of …' (unseen tester
helper-224, slac-wrapped-area): only the label's last two lines were read ('services in taking reasonable steps …'),
so the judgement named another area. Every line the label wraps from is read, and quoted."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

LINES = [
    "Inspection of safeguarding and looked after children services",
    "Northdale",
    "Inspection dates: 5 - 16 September 2011",
    "Reporting inspector: Pat Example HMI",
    "Published: 21 October 2011",
    "Safeguarding services",
    "Overall effectiveness Grade 2 (good)",
    "1. The overall effectiveness of safeguarding services in Northdale is good.",
    "Safeguarding outcomes for children and young people",
    "Children and young people are safe: effectiveness of",
    "services in taking reasonable steps to ensure that children",
    "and young people are safe",
    "Grade 3 (adequate)",
    "2. Most children are appropriately safeguarded.",
    "Quality of provision Grade 2 (good)",
    "Record of main findings",
]
AREA = (
    "Children and young people are safe: effectiveness of services in taking reasonable steps to ensure that children"
    " and young people are safe"
)


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_the_whole_wrapped_label_is_the_area(tmp_path, suffix):
    path = tmp_path / f"northdale-slac{suffix}"
    if suffix == ".pdf":
        path.write_bytes(make_pdf([LINES]))
    else:
        path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    judgements = extract_document(doc).judgements
    assert sorted((j.area, j.grade) for j in judgements) == [
        (AREA, "Adequate"),
        ("Overall effectiveness", "Good"),
        ("Quality of provision", "Good"),
    ]
    (safe,) = [j for j in judgements if j.grade == "Adequate"]
    quoted = " ".join(doc.text[s.start : s.end] for s in safe.spans)
    assert " ".join(quoted.split()) == f"{AREA} Grade 3 (adequate)"
