"""A list naming what must improve in lower case ('the accuracy of performance information'), whose bullets a browser
drew as shapes (no glyph in the text): each item is read, wrapped lines joined, where a line with room left for the
next line's first word ends its item and a line ending mid-phrase ('… chairs and') goes on; in a report, in a
focused-visit letter after its priority action and over a page break, and in a text copy with blank lines between
items. Prose under the heading is still no item (councils never tuned on)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

REPORT_HEAD = [
    "London Borough of Southmere",
    "Inspection of children's social care services",
    "Inspection dates: 4 March 2019 to 15 March 2019",
    "Lead inspector: Sam Reed, Her Majesty's Inspector",
    "Judgement Grade",
    "Overall effectiveness Requires improvement to be good",
    "Services for children in Southmere have improved since the last inspection, and leaders now have a clear and",
    "accurate understanding of the quality of frontline practice for children at risk of harm in the borough.",
    "What needs to improve in this local authority?",
]
REPORT_ITEMS = [
    [
        "the response to children at risk of criminal exploitation, including the quality of multi-agency risk",
        "assessments and safety plans that are shared with partners and reviewed when risks change",
    ],
    [
        "the quality and impact of management oversight, including that of child protection chairs and",
        "independent reviewing officers",
    ],
    ["the accuracy of performance information"],
    [
        "the timeliness of strategy discussions when children are at risk of significant harm, so that",
        "decisions about risk are not delayed by the availability of partner agencies",
    ],
    ["the quality of pathway plans for care leavers"],
]
REPORT_END = [
    "The experiences and progress of children who need help and protection: requires improvement to be good",
    "1. Strategy discussions are often delayed.",
    "© Crown copyright 2019",
]


def _recs(path, pages):
    path.write_bytes(make_pdf(pages))
    return _read(path)


def _read(path):
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # each quote is the item's own words, at its offsets
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
    return recs


def test_a_report_s_lower_case_items_are_read_one_by_one_wrapped_lines_joined(tmp_path):
    lines = [line for item in REPORT_ITEMS for line in item]
    recs = _recs(tmp_path / "southmere-inspection.pdf", [[*REPORT_HEAD, *lines, *REPORT_END]])
    assert [r.text.replace("’", "'") for r in recs] == [" ".join(item) for item in REPORT_ITEMS]
    assert [r.identifier for r in recs] == ["1", "2", "3", "4", "5"]


def test_prose_in_lower_case_under_the_heading_is_no_list(tmp_path):
    prose = [
        "the local authority has begun to address these weaknesses. Leaders have commissioned an external review",
        "of the front door, and its findings have informed a revised plan.",
    ]
    recs = _recs(tmp_path / "southmere-inspection.pdf", [[*REPORT_HEAD, *prose, *REPORT_END]])
    assert not any(r.text.startswith("the local authority has begun") for r in recs)


LETTER_HEAD = [
    "Ms Kate Lowe",
    "Director of Children's Services",
    "Northgate Metropolitan Borough Council",
    "12 February 2020",
    "Dear Ms Lowe",
    "Focused visit to Northgate children's services",
    "This letter summarises the findings of a focused visit to Northgate children's services on 11 and 12",
    "February 2020. The inspectors were Mark Hale, Her Majesty's Inspector, and Ann Fry, Her Majesty's Inspector.",
    "Leaders have a clear understanding of the weaknesses at the front door and have begun to address them.",
    "Areas for priority action",
    "The local authority should ensure that children who are at immediate risk of harm are seen promptly by",
    "a social worker and that strategy discussions are held without delay.",
    "Areas for improvement",
]
LETTER_ITEMS = [
    "the updating of assessments when children's circumstances change",
    "the recording of management decisions at the front door, so that the rationale is clear",
    "the tracking of children missing from education",
    "strengthen the oversight of children placed at a distance from Northgate",
]
LETTER_END = [
    "Main findings",
    "Contacts are screened promptly, but the rationale for decisions is not always recorded.",
    "Yours sincerely",
    "Mark Hale",
    "Her Majesty's Inspector",
]


def test_a_letter_s_lower_case_areas_for_improvement_after_its_priority_action_over_a_page_break(tmp_path):
    pages = [[*LETTER_HEAD, *LETTER_ITEMS[:2]], [*LETTER_ITEMS[2:], *LETTER_END]]
    recs = _recs(tmp_path / "northgate-focused-visit.pdf", pages)
    assert [(r.scope, r.text.replace("’", "'")) for r in recs] == [
        (
            "Areas for priority action",
            "The local authority should ensure that children who are at immediate risk of harm are seen promptly by a "
            "social worker and that strategy discussions are held without delay.",
        ),
        *(("Areas for improvement", item) for item in LETTER_ITEMS),
    ]


def test_a_text_copy_with_blank_lines_between_its_lower_case_items(tmp_path):
    path = tmp_path / "northgate-focused-visit.txt"
    path.write_text("\n".join([*LETTER_HEAD, "", *(f"{item}\n" for item in LETTER_ITEMS), *LETTER_END, ""]), encoding="utf-8")
    recs = _read(path)
    assert [r.text for r in recs if r.scope == "Areas for improvement"] == LETTER_ITEMS


def test_capitalised_items_after_the_priority_action_over_a_page_break_are_read_apart(tmp_path):
    items = [item[:1].upper() + item[1:] for item in LETTER_ITEMS]
    pages = [[*LETTER_HEAD, *items[:2]], [*items[2:], *LETTER_END]]
    recs = _recs(tmp_path / "northgate-focused-visit.pdf", pages)
    assert [r.text.replace("’", "'") for r in recs if r.scope == "Areas for improvement"] == items


def test_a_web_page_letter_s_last_item_without_a_stop_ends_at_the_main_findings_heading(tmp_path):
    head = "".join(f"<p>{line}</p>" for line in LETTER_HEAD[:-1])
    items = "".join(f"<li>{item}</li>" for item in LETTER_ITEMS)
    path = tmp_path / "northgate-focused-visit.html"
    path.write_text(
        f"<html><body>{head}<h3>Areas for improvement</h3><ul>{items}</ul><h3>Main findings</h3>"
        "<p>Contacts are screened promptly, but the rationale for decisions is not always recorded.</p>"
        "<p>Yours sincerely</p><p>Mark Hale</p></body></html>",
        encoding="utf-8",
    )
    recs = _read(path)
    assert [r.text for r in recs if r.scope == "Areas for improvement"] == LETTER_ITEMS


def test_wrapped_lower_case_items_go_on_over_a_preposition_or_a_word_or_two(tmp_path):
    """'… and the use' / 'of what children say …' and '… for their long-term' / 'permanence' are one item each, however
    much room the line above left (black-box tester helper-312: each wrapped line was an item)."""
    items = [
        ["the timeliness of return home conversations for children who have been missing, and the use", "of what they say"],
        [
            "the quality of supervision for social workers in the children in care teams, so that it is reflective",
            "and challenges drift in children's plans and in the arrangements for their long-term",
            "permanence",
        ],
        ["the sufficiency of suitable local placements for children in care with complex needs"],
    ]
    lines = [line for item in items for line in item]
    recs = _recs(tmp_path / "southmere-inspection.pdf", [[*REPORT_HEAD, *lines, *REPORT_END]])
    assert [r.text.replace("’", "'") for r in recs] == [" ".join(item) for item in items]
