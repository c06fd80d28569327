"""A text copy of a report keeps its pages' headers and footers between the lines of an item, with no page break to
find them by (tester helper-182): a 2009–2013 report's one-line header ('Anytown Council Inspection of … 5'), printed
once or on every page, a header of another shape repeated page after page, and a bare web address are no words of
the recommendation they interrupt."""

from __future__ import annotations

import re

from findings.extract.document import extract_document
from findings.read import read_document

CP_2012 = """Inspection of local authority arrangements for the
protection of children

Calderbrook Metropolitan Borough Council

Inspection dates: 10 - 19 September 2012
Lead inspector: Jane Holloway HMI
Published: 19 October 2012

Areas for improvement
9. In order to improve the quality of help and protection given to children, the
local authority should:
Within three months:
• ensure that child protection plans are outcome focused, with clear timescales, so
that parents and professionals understand what needs to change
• ensure that return interviews are offered to all children and young people who go
{header}
missing from home, and that the information gathered is used to reduce risk
• improve the timeliness of initial child protection conferences so that they are held
www.ofsted.gov.uk
within 15 working days of the strategy discussion

About this inspection
10. This inspection was carried out under section 136 of the Education and
Inspections Act 2006.
"""

HEADER = "Calderbrook Metropolitan Borough Council Inspection of local authority arrangements for the protection of children 5"

WANTED = [
    "ensure that child protection plans are outcome focused, with clear timescales, so that parents and professionals "
    "understand what needs to change",
    "ensure that return interviews are offered to all children and young people who go missing from home, and that "
    "the information gathered is used to reduce risk",
    "improve the timeliness of initial child protection conferences so that they are held within 15 working days of "
    "the strategy discussion",
]


def _recommendations(tmp_path, text: str) -> list[str]:
    path = tmp_path / "calderbrook-2012.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:  # every span holds words of the item, none of the header between them
        assert all(" ".join(doc.text[s.start : s.end].split()) in rec.text for s in rec.spans)
    return [r.text for r in recs]


def test_a_one_line_header_printed_once_and_a_web_address_are_no_part_of_an_item(tmp_path):
    assert _recommendations(tmp_path, CP_2012.format(header=HEADER)) == WANTED


def test_a_header_of_any_shape_repeated_on_every_page_of_a_text_copy_is_no_part_of_an_item(tmp_path):
    """A header no pattern knows, found by its repeats: three words or more, the page's number last, rising."""
    header = "Calderbrook MBC: report of the inspection of child protection services {n}"
    text = CP_2012.format(header=header.format(n=5))
    text = text.replace("Areas for improvement\n", f"{header.format(n=4)}\nAreas for improvement\n")
    text = text.replace("About this inspection\n", f"{header.format(n=6)}\nAbout this inspection\n")
    assert _recommendations(tmp_path, text) == WANTED


def test_lines_alike_whose_numbers_do_not_rise_are_no_header():
    """Three lines of one shape are a header only when their last numbers rise as pages do; none in a paged PDF."""
    from findings.segment.running import numbered_repeats

    rising = "Anytown Council annual report 3\ntext\nAnytown Council annual report 4\ntext\nAnytown Council annual report 5\n"
    assert len(numbered_repeats(rising, [0])) == 3
    assert numbered_repeats(rising, [0, 40]) == set()
    falling = rising.replace("report 3", "report 9")
    assert numbered_repeats(falling, [0]) == set()
    twice = "Anytown Council annual report 3\ntext\nAnytown Council annual report 4\n"
    assert numbered_repeats(twice, [0]) == set()
    headings = "".join(f"Area for improvement {n}\nLife story work is late.\n" for n in (1, 2, 3))
    assert numbered_repeats(headings, [0]) == set()  # a paper's numbered headings are shorter than a header


def test_only_a_reports_text_copy_loses_its_repeated_headers():
    """A council paper's lines are read as they are: its headings are no page's (reviewer helper-186)."""
    from findings.segment.running import body_lines

    text = "".join(f"Ofsted improvement plan progress report page {n}\nLife story work is late.\n" for n in (1, 2, 3))
    assert len(body_lines(text, [0])) == 6
    known = (re.compile("^$"), re.compile("^$"), re.compile("^$"))
    assert len(body_lines(text, [0], known=known)) == 3


def test_a_web_address_with_a_path_ends_its_item(tmp_path):
    """'… published at' / 'www.anytown.gov.uk/localoffer.': an item's last words, not a page's footer."""
    text = CP_2012.format(header=HEADER).replace(
        "within 15 working days of the strategy discussion\n",
        "within 15 working days of the strategy discussion, and publish the offer at\nwww.calderbrook.gov.uk/localoffer.\n",
    )
    assert _recommendations(tmp_path, text)[2].endswith("publish the offer at www.calderbrook.gov.uk/localoffer.")


SIF_COPY = """Inspection of services for children in need of help and
protection, children looked after and care leavers
and
Review of the effectiveness of the Local Safeguarding Children Board
Inspection date: 6 February 2017 – 2 March 2017
Report published: 27 April 2017
Children’s services in Rutland require improvement
Lead inspector: Ann Example HMI

What does the local authority need to improve?

Areas for improvement

Ensure that assessments are timely and analyse risk, including the impact of neglect.
Ensure that child protection plans are outcome-focused, with clear
timescales, so that progress can be measured.

Inspection of services for children in need of help and protection, children looked after and care leavers: Rutland
Page 6 of 38

Increase the number of in-house foster carers, so that more children can live close to
home.
Ensure that the pre-proceedings stage of the Public Law Outline is used effectively.

Summary for children and young people

Most care leavers are well supported by their personal advisers.

Review of the effectiveness of the Local Safeguarding Children Board (LSCB)

Executive summary

The LSCB is good.

Recommendations

Ensure that the board evaluates the effectiveness of early help across the partnership.

Information about this inspection

The inspection team consisted of seven of Her Majesty’s Inspectors (HMI) from Ofsted.
"""


def test_a_sif_text_copys_unnumbered_lists_go_on_over_its_page_header_and_the_boards_is_the_boards(tmp_path):
    """The council's list, its numbers lost, goes on over the page's header and number; the board's one item under
    'Review of the effectiveness of the Local Safeguarding Children Board (LSCB)' is the board review's (helper-181)."""
    path = tmp_path / "rutland-2017.txt"
    path.write_text(SIF_COPY, encoding="utf-8")
    recs = extract_document(read_document(path, path.name)).recommendations
    assert [(r.assessment, r.identifier, r.text.split()[:3]) for r in recs] == [
        ("rutland/ofsted-2017", "1", ["Ensure", "that", "assessments"]),
        ("rutland/ofsted-2017", "2", ["Ensure", "that", "child"]),
        ("rutland/ofsted-2017", "3", ["Increase", "the", "number"]),
        ("rutland/ofsted-2017", "4", ["Ensure", "that", "the"]),
        ("rutland/ofsted-2017-lscb", "1", ["Ensure", "that", "the"]),
    ]
    assert recs[1].text.endswith("timescales, so that progress can be measured.")


def test_a_numbered_item_that_ends_whom_it_asks_in_the_lists_middle_is_an_item(tmp_path):
    """'3. In order to improve …, the local authority should:' over its own sub-points, after items 1 and 2, is item 3,
    not the list's intro (reviewer helper-186)."""
    text = """Inspection of local authority arrangements for the protection of children
Calderbrook Metropolitan Borough Council
Inspection dates: 10 - 19 September 2012
Published: 19 October 2012

Areas for improvement
1. Ensure that assessments are timely and analyse risk.
2. Ensure that child protection plans are outcome focused.
3. In order to improve the experience of care leavers, the local authority should:
(a) ensure that pathway plans are up to date
(b) ensure that care leavers know their entitlements.
4. Ensure that supervision of social workers is regular.

About this inspection
10. This inspection was carried out under section 136 of the Education and Inspections Act 2006.
"""
    got = _recommendations(tmp_path, text)
    assert len(got) == 4 and got[2].startswith("In order to improve the experience of care leavers")
    assert "pathway plans" in got[2] and got[3].startswith("Ensure that supervision")
