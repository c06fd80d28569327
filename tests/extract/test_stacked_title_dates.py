"""A single inspection framework report as a plain `pdftotext` copy (tester bb294, sif-rawtext-dropped): its title
page's dates table comes out as its labels each alone on a line ('Inspection date:' over 'Report published:') and the
values a few lines further down in the same order. No fieldwork was read, so the whole report was lost. The labels
now find their values on the lines below them (report_layout.json 'stacked_dates'), each quote exactly the value."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """Anyshire County Council — Inspection of services for children in need of help and protection, children looked after
and care leavers
1

Anyshire County Council
Inspection of services for children in need of help and protection,
children looked after and care leavers
{dates}

Children's services in Anyshire

Requires improvement to be good

1. Children who need help and protection

Requires improvement to be good

2. Children looked after and achieving permanence

Good

3. Leadership, management and governance

Requires improvement to be good

Lead inspector: Sam Inspector HMI

\f
Executive summary
Children's services in Anyshire require improvement to be good. Leaders know their services well.

What does the local authority need to improve?
Areas for improvement
1. Ensure that supervision of social workers is regular and recorded.
2. Improve the timeliness of initial health assessments for children in care.
"""

FIELDWORK, PUBLISHED = "3 October 2016 – 27 October 2016", "9 December 2016"


@pytest.mark.parametrize(
    "dates",
    [
        f"Inspection date:\nReport published:\n\n{FIELDWORK}\n{PUBLISHED}",  # plain pdftotext: a blank line between
        f"Inspection dates:\nReport published:\n{FIELDWORK}\n\n{PUBLISHED}",
        f"Dates of inspection:\nDate of publication:\n\n\n{FIELDWORK}\n{PUBLISHED}",
    ],
)
def test_labels_over_their_values_date_the_report(tmp_path: Path, dates: str) -> None:
    path = tmp_path / "anyshire inspection.txt"
    path.write_text(REPORT.format(dates=dates), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    (inspection,) = part.assessments.values()
    assert (str(inspection.started), str(inspection.ended), str(inspection.issued)) == ("2016-10-03", "2016-10-27", "2016-12-09")
    assert [doc.text[s.start : s.end] for s in inspection.spans[:2]] == [FIELDWORK, PUBLISHED]
    assert len(part.recommendations) == 2 and {j.grade for j in part.judgements}


def test_values_far_below_their_labels_are_not_theirs(tmp_path: Path) -> None:
    path = tmp_path / "anyshire inspection.txt"
    dates = f"Inspection date:\nReport published:\n\nChildren's services\n\nin Anyshire\n\n\n\n\n{FIELDWORK}\n{PUBLISHED}"
    path.write_text(REPORT.format(dates=dates), encoding="utf-8")
    assert not extract_document(read_document(path, path.name)).assessments
