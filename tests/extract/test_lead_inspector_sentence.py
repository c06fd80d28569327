"""A report's lead inspector said in a sentence ('The lead inspector was Sam Carter HMI.') is the name, not 'was Sam
Carter' (black-box tester helper-346); 'Lead inspector: …' reads as before."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf


def test_a_lead_inspector_named_in_a_sentence_is_the_name(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(
        make_pdf(
            [
                [
                    "Inspection of local authority arrangements for",
                    "the protection of children",
                    "Northbay City Council",
                    "Inspection dates: 5 November 2012 - 16 November 2012",
                    "The lead inspector was Sam Carter HMI.",
                    "Published: 21 December 2012",
                    "Overall effectiveness Adequate",
                ]
            ]
        )
    )
    doc = read_document(path, path.name)
    (inspection,) = extract_document(doc).assessments.values()
    assert inspection.lead_inspector == "Sam Carter"
