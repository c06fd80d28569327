"""An inspection report in wordings the bundled reports do not use is read as they are: a list under another
'What needs to improve …' heading ('… in this area of social care practice?'), the publication date as 'Ofsted
published this report on …' (tester helper-101: a short ILACS report gave its grades but no recommendations)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"


def _variant(tmp_path, name: str, text: str):
    """The report `text` written as `name`: the document read back, and what it gives."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


@pytest.mark.parametrize(
    "published",
    [
        "Ofsted published this report on 1 November 2024.",
        "Date of final report: 1 November 2024",
        "Published date: 01/11/2024",
        "Date report published: 1 November 2024",
    ],
)
def test_a_what_needs_to_improve_heading_in_other_words_heads_the_list_and_the_publication_is_read(tmp_path, published):
    path = tmp_path / REPORT.name
    path.write_text(
        REPORT.read_text(encoding="utf-8").replace("Ofsted published this report on 1 November 2024.", published),
        encoding="utf-8",
    )
    doc = read_document(path, path.name)
    part = extract_document(doc)
    (inspection,) = part.assessments.values()
    assert (inspection.key, str(inspection.started), str(inspection.ended), str(inspection.issued)) == (
        "torbay/ofsted-2024",
        "2024-09-09",
        "2024-09-20",
        "2024-11-01",
    )
    assert [(r.identifier, r.text) for r in part.recommendations] == [
        ("1", "The quality and timeliness of assessments for children in need of help and protection."),
        ("2", "The consistency of management oversight and supervision of social workers."),
        ("3", "The sufficiency of suitable accommodation for care leavers."),
    ]
    for item in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans) == item.text
    assert len(part.judgements) == 5


def test_a_numbered_list_that_names_what_must_improve_is_read_whole_before_the_numbered_findings(tmp_path):
    """'1. The quality of child protection plans, so that parents understand what must change.': an item that
    names, with a 'must' in it, among items that name (tester helper-102: a numbered list kept its first two)."""
    text = REPORT.read_text(encoding="utf-8")
    listed = (
        "The quality and timeliness of assessments for children in need of help and protection.\n"
        "The consistency of management oversight and supervision of social workers.\n"
        "The sufficiency of suitable accommodation for care leavers.\n"
    )
    numbered = (
        "1. The quality and timeliness of assessments for children in need of help and protection.\n"
        "2. The quality of child protection plans, so that parents understand what must\n"
        "change and by when.\n"
        "3. The consistency of management oversight and supervision of social workers.\n"
        "4. The sufficiency of suitable accommodation for care leavers.\n"
    )
    doc, part = _variant(tmp_path, "report.txt", text.replace(listed, numbered))
    assert [r.identifier for r in part.recommendations] == ["1", "2", "3", "4"]
    assert part.recommendations[1].text == (
        "The quality of child protection plans, so that parents understand what must change and by when."
    )
    for item in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split()


def _pages(text: str, cut: str, header: list[str]) -> list[list[str]]:
    lines = text.replace("\u2019", "'").splitlines()
    at = lines.index(cut)
    return [lines[:at], header + lines[at:]]


HEADER = ["Inspection of Torbay local authority children's services", "9 to 20 September 2024 2"]


def test_a_report_header_printed_once_neither_ends_the_list_nor_enters_an_item(tmp_path):
    """Ofsted's page header ('Inspection of X local authority children's services' over the dates and the page
    number) on the one page after the first of a short report, or inside a text copy, is no line of the list
    (tester helper-102: the list ended at it, losing the items after it, or it was quoted inside an item)."""
    from tests.pdfmaker import make_pdf

    text = REPORT.read_text(encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf(_pages(text, "The sufficiency of suitable accommodation for care leavers.", HEADER)))
    wrapped = text.replace(
        "The consistency of management oversight and supervision of social workers.\n",
        "The consistency of management oversight and\n" + "\n".join(HEADER) + "\nsupervision of social workers.\n",
    )
    copy = tmp_path / "copy.txt"
    copy.write_text(wrapped, encoding="utf-8")
    for path in (pdf, copy):
        doc = read_document(path, path.name)
        part = extract_document(doc)
        assert [r.text for r in part.recommendations] == [
            "The quality and timeliness of assessments for children in need of help and protection.",
            "The consistency of management oversight and supervision of social workers.",
            "The sufficiency of suitable accommodation for care leavers.",
        ], path.name
        for item in part.recommendations:
            assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split()
        assert not any("Inspection of Torbay" in f.text for f in part.findings)


@pytest.mark.parametrize("at", [0, 1])
def test_an_item_of_a_list_without_glyphs_wrapping_after_a_joining_word_onto_a_capital_goes_on(tmp_path, at):
    """'The effectiveness of the' / 'Independent Reviewing Officers (IROs) in …': a line ending mid-phrase is no
    heading, so the list goes on (tester helper-102: the list ended there, losing that item and the rest)."""
    items = [
        "The quality and timeliness of assessments for children in need of help and protection.",
        "The consistency of management oversight and supervision of social workers.",
        "The sufficiency of suitable accommodation for care leavers.",
    ]
    wrapped = "The effectiveness of the\nIndependent Reviewing Officers (IROs) in challenging delay in children's plans."
    text = REPORT.read_text(encoding="utf-8").replace(items[at] + "\n", wrapped + "\n")
    doc, part = _variant(tmp_path, "report.txt", text)
    expected = list(items)
    expected[at] = " ".join(wrapped.split())
    assert [r.text for r in part.recommendations] == expected
    for item in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split()


def test_the_boards_list_under_its_own_question_heading_is_read_without_a_sub_heading():
    """'What does the LSCB need to improve?' heads the board's list as the local authority's own question heads its
    list, with or without 'Areas for improvement' below it (tester helper-102: the board's one item was lost)."""
    path = DATA / "other_councils" / "rutland_sif_report_2015.txt"
    doc = read_document(path, path.name)
    part = extract_document(doc)
    board = [r for r in part.recommendations if r.assessment == "rutland/ofsted-2015-lscb"]
    assert [(r.identifier, r.text) for r in board] == [("8", "Ensure that the LSCB monitors the effectiveness of early help.")]
    assert [r.identifier for r in part.recommendations if r.assessment == "rutland/ofsted-2015"] == ["1", "2", "3", "4", "5", "6"]
    for item in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split()


def test_a_first_fieldwork_day_that_is_no_day_is_said_and_the_report_dated_by_its_last(tmp_path):
    """'Inspection dates: 31 June 2019 to 12 May 2019' (tester helper-102: the start was dropped without a word)."""
    path = tmp_path / "report.txt"
    path.write_text(
        REPORT.read_text(encoding="utf-8").replace("9 to 20 September 2024", "31 June to 20 September 2024"), encoding="utf-8"
    )
    part = extract_document(read_document(path, path.name))
    (inspection,) = part.assessments.values()
    assert (inspection.started, str(inspection.ended)) == (None, "2024-09-20")
    assert part.notes == [
        "report.txt: the fieldwork's first day in 'Inspection dates: 31 June to 20 September 2024' is no day before its"
        " last; the inspection is dated by its last day only"
    ]


@pytest.mark.parametrize("stop", ["", "."])
def test_a_list_right_above_the_record_of_main_findings_ends_there(tmp_path, stop):
    """'Record of main findings' and its table after the last item are the report's end matter, neither an item nor
    words of the last one (tester helper-107: 'improve the stability of placements … Record of main findings …')."""
    text = (DATA / "other_councils" / "swindon_slac_2011_short.txt").read_text(encoding="utf-8")
    path = tmp_path / "slac.txt"
    path.write_text(
        text.replace("for looked after children\n\nRecord", f"for looked after children{stop}\n\nRecord"), encoding="utf-8"
    )
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert [(r.identifier, r.text, r.timescale) for r in part.recommendations] == [
        ("lac-1", f"improve the stability of placements for looked after children{stop}", "Within three months")
    ]


def test_an_unnumbered_intro_that_says_the_following_action_is_no_item_and_loses_none(tmp_path):
    """'In order to improve …, the local authority and its partners should take the following action.' without its
    paragraph number (a council's retyped copy) introduces the list (tester helper-107: the list was lost, or the
    intro became recommendation 1)."""
    text = (DATA / "other_councils" / "swindon_slac_2011_short.txt").read_text(encoding="utf-8")
    _, part = _variant(tmp_path, "slac.txt", text.replace("4. In order to improve", "In order to improve"))
    assert [(r.identifier, r.text) for r in part.recommendations] == [
        ("lac-1", "improve the stability of placements for looked after children")
    ]


def test_a_bare_council_name_under_the_title_is_read_when_a_running_header_comes_first(tmp_path):
    """'Swindon Inspection of safeguarding and looked after children services' (the running header, printed on the
    cover too) above the title and the bare name 'Swindon' (tester helper-107: an unknown authority, so the report
    never met the council's other reports)."""
    text = (DATA / "other_councils" / "swindon_slac_2011_short.txt").read_text(encoding="utf-8")
    header = "Swindon Inspection of safeguarding and looked after children services\n\n"
    _, part = _variant(tmp_path, "slac.txt", header + text.replace("Swindon Borough Council\n", "Swindon\n", 1))
    assert list(part.assessments) == ["swindon/ofsted-2011"]


def test_a_page_header_repeating_the_title_once_is_no_part_of_an_item(tmp_path):
    """A two-page report whose second page opens with its title and the council ('Inspection of safeguarding and
    looked after children services: Swindon') in the middle of an item (tester helper-107: the header was quoted
    inside the item)."""
    from tests.pdfmaker import make_pdf

    lines = (DATA / "other_councils" / "swindon_slac_2011_short.txt").read_text(encoding="utf-8").replace("\u2013", "-")
    lines = lines.replace(" in Swindon, the local", " in Swindon,\nthe local")  # a page's width
    lines = lines.replace(
        "- improve the stability of placements for looked after children\n",
        "- improve the stability of placements for looked after\n\fInspection of safeguarding and looked after children"
        " services: Swindon\nchildren\n",
    )
    first, second = lines.split("\f")
    path = tmp_path / "slac.pdf"
    path.write_bytes(make_pdf([first.splitlines(), second.splitlines()]))
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert [r.text for r in part.recommendations] == ["improve the stability of placements for looked after children"]
    (rec,) = part.recommendations
    assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()


GLYPHLESS = """Within three months:
ensure that managers' decisions, and the rationale for them, are clearly recorded on
children's case files
improve the quality of initial and core assessments so that they consistently include an
analysis of risk and record the views of the child
Within six months:
NHS Swindon should ensure that there are sufficient health visitors to deliver the
healthy child programme, in line with national guidance
develop a strategy, with partners, to increase the number of local foster carers so that
more children can live close to home.
"""


def test_a_list_whose_glyphs_were_pictures_splits_where_an_item_stops_short_of_the_width(tmp_path):
    """SLAC items end without a stop; with the bullets drawn as pictures, the next item is told by a line that stops
    short of the list's width and a verb or an addressee after it (tester helper-107: 9 items read as 6)."""
    text = (DATA / "other_councils" / "swindon_slac_2011_short.txt").read_text(encoding="utf-8")
    listed = "Within three months:\n- improve the stability of placements for looked after children\n"
    doc, part = _variant(tmp_path, "slac.txt", text.replace(listed, GLYPHLESS))
    assert [(r.text.split()[0], r.text.split()[-1], r.timescale) for r in part.recommendations] == [
        ("ensure", "files", "Within three months"),
        ("improve", "child", "Within three months"),
        ("NHS", "guidance", "Within six months"),
        ("develop", "home.", "Within six months"),
    ]
    for rec in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()


def test_the_title_repeated_as_a_sentence_at_a_page_top_is_kept():
    """Only the title alone, or with a short tail after a separator, is a header: 'Children and Young People Scrutiny
    Committee resolved to ask for a further report.' at a page's top is a line of the paper (reviewer helper-111)."""
    from findings.segment.running import body_lines

    text = (
        "Children and Young People Scrutiny Committee\nItem 5\n\fpage two\n\f"
        "Children and Young People Scrutiny Committee resolved to ask for a further report.\nmore\n"
        "\fChildren and Young People Scrutiny Committee \u2013 9 December 2019\nthe end\n"
    )
    starts = [0] + [n + 1 for n, c in enumerate(text) if c == "\f"]
    kept = [line.stripped for line in body_lines(text, starts) if line.stripped]
    assert "Children and Young People Scrutiny Committee resolved to ask for a further report." in kept
    assert "Children and Young People Scrutiny Committee \u2013 9 December 2019" not in kept


def test_an_item_of_capitalised_items_goes_on_after_a_short_line_before_a_lower_case_verb(tmp_path):
    """'Ensure that team managers' / 'review all care plans …': in a list whose items open with a capital, a verb in
    lower case goes on the item (reviewer helper-111: it was split in two)."""
    text = (DATA / "other_councils" / "swindon_slac_2011_short.txt").read_text(encoding="utf-8")
    listed = "Within three months:\n- improve the stability of placements for looked after children\n"
    items = (
        "Within three months:\n"
        "Ensure that a clear plan is in place to improve the effectiveness of the independent reviewing service\n"
        "Ensure that team managers\n"
        "review all care plans within six weeks and record their decisions on the file\n"
    )
    _, part = _variant(tmp_path, "slac.txt", text.replace(listed, items))
    assert [r.text.split()[-1] for r in part.recommendations] == ["service", "file"]
