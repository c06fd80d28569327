"""Footnote marks inside a 2013–2017 report's numbered paragraphs: a superscript that a PDF's text sets on a line of
its own between its sentence's lines ('… the early help partnership (EHP)' / '2' / '. As a result …'), or keeps run
into the word or bracket before the stop ('… who go missing4, but …'), with its footnote at the page's foot
('2 The EHP brings together …', or '2' over 'The EHP brings together …'). The mark is no word of the finding: its
quote ends before it and takes the stop after it (each span still the source's exact characters); the sentence after
it is a finding of its own; the footnote is no sentence of the paragraph the page's foot falls in; a figure that ends
a clause ('aged under 5.') is no mark. Tester helper-209: '… hub (MASH) 3 .' was a finding, and the weakness after it
('… made without a full understanding of risk.': a cue the lexicon lacked) was lost."""

from __future__ import annotations

import re

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from findings.segment.lines import split_lines
from findings.segment.view import unwrap
from tests.pdfmaker import make_pdf

HEAD = [
    "Westbrook",
    "Inspection of services for children in need of",
    "help and protection, children looked after and",
    "care leavers",
    "Inspection date: 3 March 2015 - 26 March 2015",
    "Report published: 8 May 2015",
    "Lead inspector: Pat Example",
    "1. Children who need help and protection Requires improvement",
    "What does the local authority need to improve?",
    "Areas for improvement",
    "1. Ensure that core groups include every agency that works with the family.",
]
BODY = [
    "The experiences and progress of children who need help and protection",
    "1. Children who need help receive a prompt response when concerns are raised.",
    "2. Child protection conferences are held on time, but core groups do not always include key partners,",
    "such as the early help partnership (EHP)",
    "2",
    ". As a result, some plans are agreed without sufficient knowledge of the family.",
    "3. Return home interviews are offered to children who go missing4, but the information gathered is not",
    "used well to reduce risk. Health checks are timely for children aged under 5.",
    "4. The fostering panel",
    "5",
    "does not consistently scrutinise matching decisions.",
]
NOTES = [
    "2 The EHP brings together the council's early help services and its partners.",
    "4 Children missing from home or from care.",
    "5 The panel is well chaired and gives clear advice.",
]
EXPECTED = {
    "p1-1": ("Strength", "Children who need help receive a prompt response when concerns are raised."),
    "p2-1": (
        "Weakness",
        "Child protection conferences are held on time, but core groups do not always include key partners, such as the"
        " early help partnership (EHP).",
    ),
    "p2-2": ("Weakness", "As a result, some plans are agreed without sufficient knowledge of the family."),
    "p3-1": (
        "Weakness",
        "Return home interviews are offered to children who go missing, but the information gathered is not used well to"
        " reduce risk.",
    ),
    "p3-2": ("Strength", "Health checks are timely for children aged under 5."),
    "p4-1": ("Weakness", "The fostering panel does not consistently scrutinise matching decisions."),
}


@pytest.mark.parametrize("copy", ["pdf", "pdf-notes-numbered-apart", "text"])
def test_footnote_marks_are_no_words_of_the_findings(tmp_path, copy):
    if copy.startswith("pdf"):  # Ofsted's own PDFs print each footnote's number on a line of its own over its words
        notes = [part for note in NOTES for part in note.split(" ", 1)] if copy.endswith("apart") else NOTES
        path = tmp_path / "westbrook-2015.pdf"
        path.write_bytes(make_pdf([HEAD, [*BODY, *notes, "3"], ["Information about this inspection"]]))
    else:  # a copy without pages: the footnotes a few lines under their marks
        path = tmp_path / "westbrook-2015.txt"
        path.write_text("\n".join([*HEAD, "", *BODY, *NOTES, "", "Information about this inspection", ""]), encoding="utf-8")
    doc = read_document(path, path.name)
    found = [f for f in extract_document(doc).findings if f.identifier.startswith("p")]
    assert {f.identifier: (f.polarity, f.text) for f in found} == EXPECTED
    for f in found:  # each span the source's exact characters; together, the finding's words without a mark
        quoted = "".join(doc.text[s.start : s.end] for s in f.spans)
        assert re.sub(r"\s", "", quoted) == re.sub(r"\s", "", f.text)


def test_a_view_leaves_a_mark_out_and_joins_the_stop_after_it():
    text = "the early help partnership (EHP)\n2\n. As a result\n"
    view = unwrap(split_lines(text), [(33, 34)])
    assert view.text == "the early help partnership (EHP). As a result"
    assert view.pieces(0, 33) == [[0, 32], [35, 36]]  # the stop is its own piece: the mark between is no quote's
