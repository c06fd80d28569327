"""A report's paragraph straight after its recommendation list, no heading between (a browser's PDF draws the list's
markers as shapes, so the text has none, or keeps only the numbers or letters), is the report's prose: not glued onto
the last item of a numbered or lettered list, nor read as one more item of a list without glyphs, even when it is
one sentence: a list's items name or ask, a finding states. An item's own further sentence ('This includes …', or a
statement with the next item after it) still belongs to it."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

OPENING = [
    "Anyshire County Council",
    "Inspection of children's social care services",
    "Inspection dates: 2 March 2020 to 13 March 2020",
    "Judgement Grade",
    "Overall effectiveness Requires improvement to be good",
    "What needs to improve in this local authority?",
]

PROSE = [
    "Care leavers are well supported by their personal advisers and most live in suitable homes. Leaders know",
    "the service well and have acted on the weaknesses found at the last inspection. Managers check the",
    "quality of practice regularly, and their audits lead to changes in how teams work with families.",
]


def _recs(tmp_path, lines: list[str], suffix: str) -> list:
    path = tmp_path / f"anyshire-report{suffix}"
    if suffix == ".pdf":
        path.write_bytes(make_pdf([lines]))
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each item points at the very characters it was read from
        assert " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans) == rec.text
    return recs


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_one_sentence_paragraph_after_a_numbered_list_of_areas_is_not_the_last_item(tmp_path, suffix):
    lines = [
        *OPENING,
        "1. The sufficiency of local placements for older children in care.",
        "2. The timeliness of reviews of care plans.",
        "Young people in care attend school regularly and most of them do well in their exams.",
        *PROSE,
    ]
    assert [r.text for r in _recs(tmp_path, lines, suffix)] == [
        "The sufficiency of local placements for older children in care.",
        "The timeliness of reviews of care plans.",
    ]


def test_a_paragraph_after_a_lettered_list_is_not_the_last_item(tmp_path):
    lines = [
        *OPENING[:3],
        "Areas for improvement",
        "Within three months:",
        "a. Ensure that every strategy discussion involves the police and health professionals and that its",
        "decisions are recorded.",
        "b. Strengthen the supervision of social workers in the assessment teams.",
        "Help and protection are adequate. Inspectors met social workers and read the records of children in",
        "need. Most plans are reviewed on time, though some lack measurable actions for the family and",
        "professionals.",
    ]
    assert [r.text for r in _recs(tmp_path, lines, ".pdf")] == [
        "Ensure that every strategy discussion involves the police and health professionals and that its decisions are recorded.",
        "Strengthen the supervision of social workers in the assessment teams.",
    ]


def test_a_paragraph_after_a_list_without_glyphs_is_no_further_item(tmp_path):
    lines = [
        *OPENING,
        "The consistency of supervision for practitioners in the team for disabled children.",
        "The quality of pathway plans for care leavers, so that they reflect their wishes and the",
        "support they need.",
        "The experiences and progress of care leavers are good and have improved since the last",
        "inspection. Most care leavers are in education, training or work. Personal advisers keep in touch",
        "with them and know them well.",
    ]
    assert [r.text for r in _recs(tmp_path, lines, ".pdf")] == [
        "The consistency of supervision for practitioners in the team for disabled children.",
        "The quality of pathway plans for care leavers, so that they reflect their wishes and the support they need.",
    ]


def test_an_items_own_further_sentence_stays_with_it(tmp_path):
    lines = [
        *OPENING,
        "1. Ensure that children return home from care only after a full assessment.",
        "This includes seeking the views of the child and of the carers who know them best.",
        "2. Improve the recording of management decisions.",
        "",
        "Summary",
        *PROSE,
    ]
    assert [r.text for r in _recs(tmp_path, lines, ".pdf")] == [
        "Ensure that children return home from care only after a full assessment. This includes seeking the views of "
        "the child and of the carers who know them best.",
        "Improve the recording of management decisions.",
    ]


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_one_sentence_of_findings_after_a_list_without_glyphs_is_no_further_item(tmp_path, suffix):
    lines = [
        *OPENING,
        "The supervision of foster carers by their supervising social workers.",
        "The sufficiency of local homes for children in care with complex needs.",
        "Children who go missing are not always offered a return home conversation quickly.",
    ]
    assert [r.text for r in _recs(tmp_path, lines, suffix)] == [
        "The supervision of foster carers by their supervising social workers.",
        "The sufficiency of local homes for children in care with complex needs.",
    ]


def test_one_sentence_of_findings_after_a_numbered_list_that_asks_is_not_the_last_item(tmp_path):
    lines = [
        *OPENING[:3],
        "Recommendations",
        "1. Improve the quality of assessments so that they analyse risk and take account of each family",
        "history.",
        "2. Ensure that children who go missing are offered a return home interview within three working",
        "days.",
        "Managers do not provide regular supervision, and drift in plans for children is widespread.",
    ]
    assert [r.text for r in _recs(tmp_path, lines, ".pdf")] == [
        "Improve the quality of assessments so that they analyse risk and take account of each family history.",
        "Ensure that children who go missing are offered a return home interview within three working days.",
    ]


def test_items_that_name_by_a_question_or_a_clause_stay_items(tmp_path):
    lines = [
        *OPENING,
        "The timeliness of initial health assessments for children who come into care.",
        "How consistently social workers receive supervision that helps them to progress plans.",
        "Plans that are specific enough for families to understand what must change.",
        "",
        "Summary",
        *PROSE,
    ]
    assert [r.text for r in _recs(tmp_path, lines, ".pdf")] == [
        "The timeliness of initial health assessments for children who come into care.",
        "How consistently social workers receive supervision that helps them to progress plans.",
        "Plans that are specific enough for families to understand what must change.",
    ]


def test_a_statement_between_numbered_items_is_still_the_item_above_it(tmp_path):
    lines = [
        *OPENING[:3],
        "Recommendations",
        "1. Ensure that every child in care has an up-to-date health assessment.",
        "Too many assessments are out of date.",
        "2. Improve the recording of management decisions.",
        "",
        "Summary",
        *PROSE,
    ]
    assert [r.text for r in _recs(tmp_path, lines, ".pdf")] == [
        "Ensure that every child in care has an up-to-date health assessment. Too many assessments are out of date.",
        "Improve the recording of management decisions.",
    ]
