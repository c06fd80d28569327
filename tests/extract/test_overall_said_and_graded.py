"""A child protection report that grades its overall effectiveness in its table's row ('Overall effectiveness Grade 2
(good)') and says it again in a sentence below ('The overall effectiveness of the arrangements to protect children in
Anyborough is good.') has one overall judgement, the row's: a sentence grades only what nothing else did."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

SENTENCE = "The overall effectiveness of the arrangements to protect children in Anyborough is good."
PROSE = [
    "Social workers know the children they work with well, and most plans are reviewed on time by managers who",
    "understand the risks that families face.",
]
LINES = [
    "Inspection of local authority arrangements for",
    "the protection of children",
    "Anyborough Council",
    "Inspection dates 4 - 15 March 2013",
    "Report published 19 April 2013",
    "The inspection judgements and what they mean",
    "Judgement Grade",
    "Overall effectiveness Grade 2 (good)",
    "Effectiveness of help and protection Grade 2 (good)",
    "Leadership and governance Grade 3 (adequate)",
    SENTENCE,
    *PROSE,
    SENTENCE,
    *PROSE,
]


def test_the_overall_grade_a_row_and_a_sentence_both_give_is_one_judgement_the_rows(tmp_path):
    path = tmp_path / "anyborough-cp-2013.pdf"
    path.write_bytes(make_pdf([LINES]))
    doc = read_document(path, path.name)
    overall = [j for j in extract_document(doc).judgements if j.key == "overall_effectiveness"]
    assert [j.grade for j in overall] == ["Good"]
    quote = doc.text[overall[0].spans[0].start : overall[0].spans[-1].end]
    assert quote == "Overall effectiveness Grade 2 (good)"
