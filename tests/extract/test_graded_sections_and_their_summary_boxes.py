"""SIF reports (2013–2017) open each graded section with its heading and grade over a 'Summary' box of unnumbered
sentences, then the numbered paragraphs ('Leadership, management and governance Good' / 'Summary' / …): the heading
and the box had been read into the paragraph before, a finding 'Recommendation) Leadership, management and
governance Good Summary Since the last inspection …', and every paragraph after it kept the scope of the section
before (helper-177: all eight SIF reports of ../shared/ofsted). Now the heading ends the paragraph, the box's
sentences are findings of their own ('summary3-2': box 3, sentence 2; no paragraph number) and the section's heading
is the scope of its paragraphs (extract/report_layout.json section_summary)."""

from __future__ import annotations

from pathlib import Path

from findings.extract.areas import area_key
from findings.extract.document import extract_document
from findings.link.corpus import link_corpus
from findings.read import read_document
from tests.conftest import DATA, OFSTED, need_shared

REPORT = DATA / "other_councils" / "york_style_sif_sections_2016.txt"


def _read(path: Path):
    doc = read_document(path, path.name)
    return doc, link_corpus([extract_document(doc)])


def _quoted(doc, finding) -> str:
    return " ".join(" ".join(doc.text[s.start : s.end] for s in finding.spans).split())


def test_a_graded_sections_heading_ends_the_paragraph_before_it_and_scopes_those_after():
    doc, x = _read(REPORT)
    by_id = {f.identifier: f for f in x.findings}
    assert by_id["p4-2"].text == "Too many young people do not have enough time to consider their plans for the future."
    assert not [f.identifier for f in x.findings if "Summary" in f.text or "governance" in f.text]
    areas = {f.paragraph: area_key(f.scope or "") for f in x.findings if f.paragraph}
    assert areas == {
        "1": "help_and_protection",
        "2": "help_and_protection",
        "3": "in_care",
        "4": "in_care",
        "5": "impact_of_leaders",
        "6": "impact_of_leaders",
    }
    assert [(f.identifier, f.underpins[0][1]) for f in x.findings if f.underpins] == [
        ("p2-1", "1"),
        ("p2-2", "1"),
        ("p4-2", "2"),  # the pathway plans paragraph, not the leadership summary glued to it
        ("p6-1", "3"),
    ]
    for finding in x.findings:
        assert _quoted(doc, finding) == " ".join(finding.text.split())


def test_a_summary_boxs_sentences_are_findings_of_their_section_with_no_paragraph():
    doc, x = _read(REPORT)
    boxed = [(f.identifier, f.paragraph, area_key(f.scope or ""), f.polarity, f.text) for f in x.findings if f.paragraph is None]
    assert boxed == [
        (
            "summary1-2",
            None,
            "help_and_protection",
            "Weakness",
            "However, the police and health agencies do not always take part in strategy discussions, so that decisions "
            "rest on too little information.",
        ),
        ("summary2-1", None, "in_care", "Strength", "Children looked after live in stable placements."),
        ("summary2-2", None, "in_care", "Weakness", "Pathway planning for care leavers starts too late for some young people."),
        ("summary3-1", None, "impact_of_leaders", "Strength", "Senior leaders know their services well."),
        (
            "summary3-2",
            None,
            "impact_of_leaders",
            "Weakness",
            "The reasons for managers' decisions are not always recorded in supervision.",
        ),
    ]


def test_every_sif_report_keeps_its_section_headings_out_of_its_findings():
    need_shared()
    for path in sorted(OFSTED.glob("*/*.pdf")):
        doc, x = _read(path)
        glued = [f.identifier for f in x.findings if f.text.startswith("Recommendation)") or " Summary " in f.text]
        assert glued == [], path.name


def test_the_boards_section_is_what_the_review_of_the_board_found():
    """helper-177: every finding of a SIF report's section on the safeguarding board was filed under the council's
    inspection ('wigan/ofsted-2017/finding/p110-1'): the board's are the board review's, as its recommendations and
    its grade are; the council's stay the inspection's."""
    need_shared()
    path = next((OFSTED / "wigan").glob("*31 march 2017.pdf"))
    doc, x = _read(path)
    board = [f for f in x.findings if f.assessment == "wigan/ofsted-2017-lscb"]
    assert len(board) > 20 and all(area_key(f.scope or "") == "lscb" for f in board)
    assert x.assessments["wigan/ofsted-2017-lscb"].kind == "BoardReview"
    council = [f for f in x.findings if f.assessment == "wigan/ofsted-2017"]
    assert council and not [f.identifier for f in council if area_key(f.scope or "") == "lscb"]
    assert {f.paragraph for f in board if f.paragraph} == {str(n) for n in range(101, 116)} - {f.paragraph for f in council}
