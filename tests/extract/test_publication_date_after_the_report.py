"""A publication date printed on a line of its own after the report's last paragraph ('Date of publication: 27 July
2018', as some older and web copies print it) is read wherever it stands, not only in the report's opening (black-box
tester helper-266: a long report's line was missed and the graph said 'publication date not printed'). A day of
another document the report cites is none: one said in a sentence, or one before the inspection ended."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt"
PARAGRAPHS = [
    "Managers in the front door make decisions about contacts quickly, and parents' consent is sought and recorded.",
    "Strategy meetings are held promptly when children may be at risk of significant harm, and police attend them.",
    "Child protection conferences are well chaired, and plans are reviewed at core groups that meet every month.",
    "Children in care live in stable homes, and most have lived in the same home for two years or longer.",
    "Independent reviewing officers know their children well and challenge drift in care planning when they find it.",
    "Care leavers are supported by personal advisers who keep in touch with them and help them to find work.",
    "The virtual school tracks the attendance and progress of children in care, and most attend school regularly.",
    "Foster carers receive training and supervision, and they say that they feel valued by the local authority.",
]


def _report(tmp_path: Path, ending: str) -> tuple:
    """The report padded with numbered paragraphs of our own well past its opening, then `ending`."""
    body = "\n".join(f"{n}. {p}" for n, p in enumerate(PARAGRAPHS * 3, start=2))
    text = REPORT.read_text(encoding="utf-8").rstrip("\n") + "\n" + body + "\n" + ending + "\n"
    path = tmp_path / REPORT.name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    assert doc.text.find(ending.splitlines()[-1]) > 3500  # well past the opening
    (inspection,) = extract_document(doc).assessments.values()
    return doc, inspection


@pytest.mark.parametrize(
    "line",
    ["Date of publication: 27 July 2018", "Report published: 27th July 2018", "Publication date 27/07/2018"],
)
def test_a_labelled_publication_line_after_the_last_paragraph_dates_the_report(tmp_path: Path, line: str) -> None:
    doc, inspection = _report(tmp_path, line + "\n© Crown copyright 2018")
    assert str(inspection.issued) == "2018-07-27"
    assert any(doc.text[s.start : s.end] == line for s in inspection.spans)  # the quote behind it, exact


@pytest.mark.parametrize(
    "ending",
    [
        "The previous report was published on 27 July 2018.",  # in a sentence: not a labelled line
        "Working Together to Safeguard Children\nPublished: 26 March 2018",  # a document it cites, before the inspection
        "Date of publication: 27 July 2018\nDate of publication: 3 August 2018",  # two days: which is the report's?
    ],
)
def test_a_day_of_another_document_does_not_date_the_report(tmp_path: Path, ending: str) -> None:
    _, inspection = _report(tmp_path, ending)
    assert inspection.issued is None and "not printed" in (inspection.date_source or "")
