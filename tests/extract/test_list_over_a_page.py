"""A bulleted recommendation list that a page ends (a looked after children inspection of 2011–13, of a council never
tuned on): the item that ends the page does not take the next page's section heading, however many lines the heading
runs over; an item that goes on over the page keeps its words. The same as a PDF and as the PDF's text saved."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEADER = "Northumberland County Council Inspection of looked after children services {n}"
PAGES = [
    [
        "Inspection of looked after children",
        "services",
        "Northumberland County Council",
        "Inspection dates: 4 - 15 March 2013",
        "Published: 26 April 2013",
    ],
    [
        HEADER.format(n=2),
        "Areas for improvement",
        "21. In order to improve the quality of provision and services for looked after",
        "children and young people, the local authority should take the following action.",
        "Within three months:",
        "- Ensure that the health needs of children placed out of the area are",
        "assessed and met in a timely way",
        "- Review the arrangements for return interviews for children who go missing",
        "so that every child is offered one and what they say informs their plans and",
    ],
    [
        HEADER.format(n=3),
        "the response of partner agencies",
        "- Review the electronic recording system so that casework is not saved in",
        "different files",
    ],
    [
        HEADER.format(n=4),
        "Outcomes for looked after children and young",
        "people",
        "Grade 3 (Adequate)",
        "22. Outcomes for looked after children and young people are adequate.",
    ],
]


@pytest.mark.parametrize("form", ["pdf", "txt"])
def test_the_item_ending_a_page_does_not_take_the_next_heading(tmp_path, form):
    path = tmp_path / f"northumberland-2013.{form}"
    if form == "pdf":
        path.write_bytes(make_pdf(PAGES))
    else:  # the PDF's text as an analyst saves it: pages joined by form feeds
        path.write_text("\f".join("\n".join(page) for page in PAGES), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "Ensure that the health needs of children placed out of the area are assessed and met in a timely way",
        "Review the arrangements for return interviews for children who go missing so that every child is offered "
        "one and what they say informs their plans and the response of partner agencies",
        "Review the electronic recording system so that casework is not saved in different files",
    ]
    for rec in recs:
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans)
        assert quoted == rec.text  # the spans hold the item's words and nothing of the header between pages


SLAC = """Inspection of safeguarding and looked after children services
Stoke-on-Trent City Council
Inspection dates: 7 - 18 March 2011
Published: 22 April 2011
Areas for improvement
20. In order to improve the quality of provision and services for looked after children and young people, the
local authority and its partners should take the following action.
Within six months:
- ensure that personal education plans set clear and
measurable targets
{heading}
"""
HEADINGS = {
    "a question, a sub-heading, then the grade": "How good are outcomes for looked after children?\nBeing healthy\n"
    "Grade 4 (inadequate)",
    "over two lines, then the grade": "Outcomes for looked after children and young\npeople\nGrade 3 (Adequate)",
    "over two lines, then a numbered paragraph": "The effectiveness of the help and protection provided to children,\n"
    "families and carers\n21. Early help services are not well established.",
}


@pytest.mark.parametrize("heading", list(HEADINGS.values()), ids=list(HEADINGS))
def test_an_unpunctuated_last_item_does_not_take_the_heading_after_it(tmp_path, heading):
    """Reports of 2009–13 leave their items without a full stop: the heading that follows the list on the same page
    is the next section's, whether a grade line or a numbered paragraph follows it."""
    path = tmp_path / "stoke-2011.txt"
    path.write_text(SLAC.format(heading=heading), encoding="utf-8")
    (rec,) = extract_document(read_document(path, path.name)).recommendations
    assert rec.text == "ensure that personal education plans set clear and measurable targets"


def test_a_short_reports_running_header_stays_out_of_an_item(tmp_path):
    """A three-page report repeats its header on two pages only: still a running header, not words of the item it
    interrupts."""
    header = "Inspection of Kirklees local authority children's services {n}"
    pages = [
        ["Inspection of Kirklees local authority children's services", "Inspection dates: 27 November to 8 December 2023"],
        [
            header.format(n=2),
            "What needs to improve?",
            "- The quality of plans for children in need.",
            "- The response to children at risk of exploitation and children who",
        ],
        [header.format(n=3), "go missing from home or care.", "Overall effectiveness"],
    ]
    path = tmp_path / "kirklees-2023.pdf"
    path.write_bytes(make_pdf(pages))
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [r.text for r in recs] == [
        "The quality of plans for children in need.",
        "The response to children at risk of exploitation and children who go missing from home or care.",
    ]


def test_an_item_that_goes_on_over_a_page_keeps_its_words_before_the_heading(tmp_path):
    """The page ends mid-phrase ('… informs their plans and'): the next page's first line goes on with the item, even
    with a heading and a grade line just after it; the item ending mid-phrase keeps a capitalised last word too."""
    pages = [
        list(PAGES[0]),
        PAGES[1][:-1] + ["- Review the arrangements for return interviews so that what they say informs their plans and"],
    ]
    pages.append([HEADER.format(n=3), "the response of partner agencies", "Being healthy", "Grade 3 (Adequate)"])
    pages += [[HEADER.format(n=n), "22. Outcomes for looked after children are adequate."] for n in (4, 5)]
    path = tmp_path / "northumberland-2013.pdf"
    path.write_bytes(make_pdf(pages))
    recs = extract_document(read_document(path, path.name)).recommendations
    assert recs[-1].text.endswith("informs their plans and the response of partner agencies")
    text = SLAC.format(heading="Virtual School\nOutcomes for looked after children and young\npeople\nGrade 3 (Adequate)")
    text = text.replace("set clear and\nmeasurable targets\n", "are agreed with the\n")
    path = tmp_path / "stoke-2011.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = extract_document(read_document(path, path.name)).recommendations
    assert rec.text == "ensure that personal education plans are agreed with the Virtual School"


def test_a_short_reports_headings_at_the_top_of_its_pages_are_not_running_lines(tmp_path):
    """Two of three pages open with a heading and a grade line: the grade lines are alike, yet they are the report's
    judgements, not a running header."""
    pages = [
        ["Inspection of looked after children services", "Northumberland County Council", "Inspection dates: 4 - 15 March 2013"],
        ["Being healthy", "Grade 3 (Adequate)", "22. Children are healthy."],
        ["Staying safe", "Grade 3 (Adequate)", "23. Children are safe."],
    ]
    path = tmp_path / "northumberland-2013.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path, path.name)
    from findings.segment.running import running_lines

    assert not running_lines(doc.text, doc.page_starts)


@pytest.mark.parametrize("heading", list(HEADINGS.values()), ids=list(HEADINGS))
def test_an_item_that_ends_on_a_small_word_still_ends_before_the_heading(tmp_path, heading):
    """'… acted on', '… entitled to': an unpunctuated item may end on a preposition; only 'and', 'of', 'the' and the
    like leave it mid-phrase."""
    text = SLAC.format(heading=heading).replace(
        "ensure that personal education plans set clear and\nmeasurable targets",
        "ensure that the views of children are sought and\nacted on",
    )
    path = tmp_path / "stoke-2011.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = extract_document(read_document(path, path.name)).recommendations
    assert rec.text == "ensure that the views of children are sought and acted on"


def test_a_blank_page_is_a_page_and_the_judgement_table_is_read_after_a_blank_cover(tmp_path):
    """A blank cover page: the judgement table on the first page with words is still read, and a text saved from the
    PDF with its form feeds cites the same pages."""
    from tests.extract.test_items_of_two_sentences import ILACS

    lines = ILACS.splitlines()
    pages = [[], lines[:8], [], lines[8:]]
    pdf, txt = tmp_path / "lambeth-2022.pdf", tmp_path / "lambeth-2022.txt"
    pdf.write_bytes(make_pdf([[line.replace("\u25fc", "-") for line in page] for page in pages]))
    txt.write_text("\f".join("\n".join(page) for page in pages), encoding="utf-8")
    for path in (pdf, txt):
        part = extract_document(read_document(path, path.name))
        assert {(j.key, j.grade) for j in part.judgements} == {
            ("impact_of_leaders", "RequiresImprovement"),
            ("overall_effectiveness", "RequiresImprovement"),
        }, path.suffix
        assert [r.spans[0].page for r in part.recommendations] == [4, 4, 4, 4], path.suffix


def _two_lists_report() -> list[list[str]]:
    """A four-page 2009–12 report whose two 'Areas for improvement' headings each open a page under the header: the
    heading is alike at the top of two of the three pages the header heads, so text, not the header's second line."""
    header = "Gateshead Council Inspection of safeguarding and looked after children services"
    return [
        [
            "Inspection of safeguarding and looked",
            "after children services",
            "Gateshead Council",
            "Inspection dates: 5 - 16 March 2012",
            "Published: 20 April 2012",
        ],
        [
            header,
            "About this inspection",
            "1. The inspection evaluated services for children.",
            "Safeguarding services",
            "Overall effectiveness",
            "Grade 3 (Adequate)",
        ],
        [
            header,
            "Areas for improvement",
            "6. In order to improve the quality of provision and services for safeguarding children, the local",
            "authority and its partners should take the following action.",
            "Within three months:",
            "- ensure that every strategy discussion is recorded on the case file",
            "Services for looked after children",
            "Overall effectiveness",
            "Grade 2 (Good)",
        ],
        [
            header,
            "Areas for improvement",
            "10. In order to improve the quality of provision and services for looked after children, the local",
            "authority and its partners should take the following action.",
            "Within six months:",
            "- increase the number of local foster placements",
            "Record of main findings",
        ],
    ]


@pytest.mark.parametrize("form", ["pdf", "txt"])
@pytest.mark.parametrize("pages", [4, 3])
def test_a_heading_opening_two_of_a_short_reports_pages_under_its_header_is_no_header(tmp_path, form, pages):
    """helper-219: such a report lost both its lists, silently, whenever no empty page followed its last (a text copy
    ending in a form feed, or the PDF); with three pages both lists' headings open the only pages under the header,
    and a list's heading is still the report's own words (reviewer helper-223)."""
    pages = [page for n, page in enumerate(_two_lists_report()) if pages == 4 or n != 1]
    path = tmp_path / f"gateshead-2012.{form}"
    if form == "pdf":
        path.write_bytes(make_pdf(pages))
    else:
        path.write_text("\f".join("\n".join(page) + "\n" for page in pages) + "\f", encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [r.text for r in recs] == [
        "ensure that every strategy discussion is recorded on the case file",
        "increase the number of local foster placements",
    ]
