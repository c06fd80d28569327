"""Word's own list numbering is in no paragraph's text: an action plan whose recommendation and action numbers Word
counts ('1', then '1.1', '1.2' under it) gave its actions no number, so none found its recommendation, and a Word copy
of a report numbered through its paragraphs gave the board's recommendations 1–14 where the PDF gives 176–189
(helper-185). The Word reader now writes the number Word shows, as Word counts it, before the paragraph's words."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from findings.extract.document import extract_document
from findings.read import read_document
from tests.extract.test_trackers import WORD, _actions, _text_plan

LEVELS = {0: ("decimal", "%1"), 1: ("decimal", "%1.%2")}


def _list(document, levels: dict[int, tuple[str, str]], num_id: int = 90, start: int | None = None) -> None:
    """A multi-level list `num_id` in the file's numbering part; `start` overrides its first level's start."""
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for k, (fmt, text) in levels.items()
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>'))
    override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride>' if start else ""
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/>{override}</w:num>'))


def _number(paragraph, level: int, num_id: int = 90) -> None:
    num_pr, ilvl, num = OxmlElement("w:numPr"), OxmlElement("w:ilvl"), OxmlElement("w:numId")
    ilvl.set(qn("w:val"), str(level))
    num.set(qn("w:val"), str(num_id))
    num_pr.extend([ilvl, num])
    paragraph._p.get_or_add_pPr().append(num_pr)


def _saved(document, tmp_path, name: str):
    data = io.BytesIO()
    document.save(data)
    path = tmp_path / name
    path.write_bytes(data.getvalue())
    return read_document(path, path.name)


def test_a_plan_whose_numbers_word_counts_links_each_action_to_its_recommendation(tmp_path):
    """The tracker's 'Rec no' (merged down its actions) and 'Action no' cells emptied and numbered by Word's list."""
    document = docx.Document(str(WORD))
    _list(document, LEVELS)
    table = document.tables[0]
    done = set()
    for row in table.rows[1:]:
        for column, level in ((0, 0), (2, 1)):
            cell = row.cells[column]
            if cell._tc in done:  # a merged cell, met again on each row it spans
                continue
            done.add(cell._tc)
            cell.text = ""
            _number(cell.paragraphs[0], level)
    doc = _saved(document, tmp_path, "action plan.docx")
    assert "\t1\t" not in doc.text.splitlines()[5]  # the number is the reader's, written before the cell's words
    part = extract_document(doc)
    assert _actions(part) == _actions(_text_plan())  # 27 actions, each under its recommendation
    for start, end, ref in doc.refs:  # no quote holds a number Word counts: each is the words of its cell
        assert ref.startswith(("paragraph", "table", "header")) and doc.text[start:end].strip() == doc.text[start:end]


def test_numbers_go_on_after_other_paragraphs_and_from_a_list_s_start(tmp_path):
    document = docx.Document()
    _list(document, {0: ("decimal", "%1."), 1: ("lowerLetter", "%2)")})
    _list(document, {0: ("decimal", "%1.")}, num_id=91, start=176)
    lines = [
        ("In order to improve, the local authority should:", None),
        ("Ensure that plans are specific.", 0),
        ("with clear timescales", 1),
        ("and contingency plans", 1),
        ("Improve the timeliness of conferences.", 0),
        ("The board should:", None),
        ("Evaluate the impact of training.", (0, 91)),
        ("Ensure that partners attend conferences.", (0, 91)),
        ("3. Typed its own number.", 0),
        ("Starts again under a new first level.", 1),
    ]
    for text, level in lines:
        paragraph = document.add_paragraph(text)
        if level is not None:
            _number(paragraph, *(level if isinstance(level, tuple) else (level,)))
    doc = _saved(document, tmp_path, "report.docx")
    assert doc.text.splitlines() == [
        "In order to improve, the local authority should:",
        "1. Ensure that plans are specific.",
        "a) with clear timescales",
        "b) and contingency plans",
        "2. Improve the timeliness of conferences.",
        "The board should:",
        "176. Evaluate the impact of training.",
        "177. Ensure that partners attend conferences.",
        "3. Typed its own number.",  # counted (Word shows '3.' before it), not written twice
        "a) Starts again under a new first level.",
    ]
    refs = {doc.text[s:e]: ref for s, e, ref in doc.refs}
    assert refs["Evaluate the impact of training."] == "paragraph 7"  # the quote is the words, not the number


FORMATS = [("upperRoman", "IV"), ("lowerRoman", "iv"), ("upperLetter", "D"), ("decimalZero", "04")]


@pytest.mark.parametrize("fmt,expected", FORMATS)
def test_each_written_format(tmp_path, fmt, expected):
    document = docx.Document()
    _list(document, {0: (fmt, "%1.")})
    for text in ("One.", "Two.", "Three.", "Four."):
        _number(document.add_paragraph(text), 0)
    assert _saved(document, tmp_path, "r.docx").text.splitlines()[3] == f"{expected}. Four."


def test_lists_drawing_on_one_definition_count_on_unless_one_starts_again(tmp_path):
    """Two lists (w:num) on one definition count on from each other, as Word shows them ('3.' after '1.', '2.' and
    prose), unless one overrides the level's start (reviewer helper-190: the second had restarted at '1.')."""
    document = docx.Document()
    _list(document, {0: ("decimal", "%1.")}, num_id=90)
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="90"/>{restart}</w:num>'))
    for text, num in (("One.", 90), ("Two.", 90), ("Prose.", None), ("Three.", 91), ("Four.", 91), ("Again.", 92)):
        paragraph = document.add_paragraph(text)
        if num is not None:
            _number(paragraph, 0, num)
    lines = _saved(document, tmp_path, "r.docx").text.splitlines()
    assert lines == ["1. One.", "2. Two.", "Prose.", "3. Three.", "4. Four.", "1. Again."]


def test_a_paragraphs_own_level_over_its_styles_list_and_legal_numbering(tmp_path):
    """A paragraph giving only its level (w:ilvl) in a list its style names is at its own level ('1.1'), and a level
    marked 'isLgl' shows every count as a plain number ('1.1', not 'A.1'); an initial is no typed number."""
    document = docx.Document()
    _list(document, {0: ("upperLetter", "%1."), 1: ("decimal", "%1.%2")})
    numbering = document.part.numbering_part.element
    lvl = numbering.find(qn("w:abstractNum")).findall(qn("w:lvl"))[1]
    lvl.insert(0, OxmlElement("w:isLgl"))
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style("Plan Item", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), "90")
    num_pr.append(num)
    style.element.pPr.append(num_pr)
    document.add_paragraph("Recommendation one.", style="Plan Item")
    action = document.add_paragraph("J. Smith to lead the audit.", style="Plan Item")
    ilvl_pr, ilvl = OxmlElement("w:numPr"), OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "1")
    ilvl_pr.append(ilvl)
    action._p.get_or_add_pPr().append(ilvl_pr)
    assert _saved(document, tmp_path, "r.docx").text.splitlines() == ["A. Recommendation one.", "1.1 J. Smith to lead the audit."]
