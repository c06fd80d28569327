"""Recommendation lists marked another way than the 26 reports we see mark them (helper-151 varied them): items
lettered '(a)', 'a)', 'A.', numbered in roman '(i)', 'ii.', or '1)', '(1)'; a number whose space a PDF's text
lost ('1.Ensure'); and an intro that says 'Ofsted recommends …:'. Each had lost the whole list."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_ILACS = """Calderbridge Metropolitan Borough Council
Inspection of Calderbridge local authority children's services

Inspection dates: 27 November to 8 December 2023
Lead inspector: Joan Pike, His Majesty's Inspector

Judgement\tGrade
The impact of leaders on social work practice with children and families\tInadequate
The experiences and progress of children who need help and protection\tInadequate
The experiences and progress of children in care\tRequires improvement to be good
The experiences and progress of care leavers\tRequires improvement to be good
Overall effectiveness\tInadequate

Children's services in Calderbridge are inadequate. Leaders have not acted quickly enough on the weaknesses found
at the last inspection.

What needs to improve?
{intro}{first} The response to children who go missing from home, including the timeliness of return home
interviews.
{second} The quality of assessments and plans for disabled children.
{third} Management oversight of practice in the front door, so that decisions are recorded with a
clear rationale.

The experiences and progress of children who need help and protection: inadequate

1. Too many children wait too long for a response when they are first referred. Managers do not always see
that the risks to children are understood.

2. Plans are not specific, and children's circumstances do not change quickly enough.

Ofsted published this report on 19 January 2024.
"""

_ITEMS = [
    "The response to children who go missing from home, including the timeliness of return home interviews.",
    "The quality of assessments and plans for disabled children.",
    "Management oversight of practice in the front door, so that decisions are recorded with a clear rationale.",
]


def _read(tmp_path, text: str, name: str = "calderbridge-ilacs.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _check_quotes(doc, recs) -> None:
    for rec in recs:
        quoted = " ".join(doc.text[s.start : s.end] for s in rec.spans)
        assert quoted.split() == rec.text.split()


@pytest.mark.parametrize(
    "markers",
    [
        ("(a)", "(b)", "(c)"),
        ("a)", "b)", "c)"),
        ("a.", "b.", "c."),
        ("A.", "B.", "C."),
        ("(i)", "(ii)", "(iii)"),
        ("i.", "ii.", "iii."),
        ("1)", "2)", "3)"),
        ("(1)", "(2)", "(3)"),
    ],
)
def test_items_lettered_or_numbered_in_roman_or_brackets_are_the_list(tmp_path, markers):
    first, second, third = markers
    doc, part = _read(tmp_path, _ILACS.format(intro="", first=first, second=second, third=third))
    recs = part.recommendations
    assert [(r.identifier, r.text) for r in recs] == [("1", _ITEMS[0]), ("2", _ITEMS[1]), ("3", _ITEMS[2])]
    _check_quotes(doc, recs)


@pytest.mark.parametrize(
    "markers",
    [
        ("Recommendation 1:", "Recommendation 2:", "Recommendation 3:"),
        ("Recommendation 1.", "Recommendation 2.", "Recommendation 3."),
        ("Rec. 1:", "Rec. 2:", "Rec. 3:"),
        ("R1", "R2", "R3"),
        ("R1.", "R2.", "R3."),
        ("1 -", "2 -", "3 -"),
        ("1 –", "2 –", "3 –"),
        ("1:", "2:", "3:"),
    ],
)
def test_items_named_as_recommendations_or_numbered_with_a_colon_or_dash_are_the_list_without_the_marker(tmp_path, markers):
    """'Recommendation 1: The response …', 'R1 The response …', '1 – The response …': the list was read (or lost, for
    the dash) with 'Recommendation 1:' or 'R1' kept in each recommendation's words and quote (the known gap). The
    marker is the item's number, not its words (extract/report_layout.json item_number)."""
    first, second, third = markers
    doc, part = _read(tmp_path, _ILACS.format(intro="", first=first, second=second, third=third))
    recs = part.recommendations
    assert [(r.identifier, r.text) for r in recs] == [("1", _ITEMS[0]), ("2", _ITEMS[1]), ("3", _ITEMS[2])]
    _check_quotes(doc, recs)
    assert all(doc.text[r.spans[0].start :].startswith(_ITEMS[n].split()[0]) for n, r in enumerate(recs))


def test_items_numbered_with_only_a_space_keep_their_number_out_of_their_words(tmp_path):
    """'1 Improve the response …' (a number, a space, the verb): the list was read, '1' kept in each item's words and
    quote (the known gap); the number is the item's, its words start at the verb. A footnote '1 The areas …' asks
    nothing and stays no item (tests/extract/test_footnote_in_a_list.py)."""
    text = _ILACS.format(intro="", first="1", second="2", third="3")
    verbs = {"The response": "Improve the response", "The quality": "Improve the quality", "Management": "Strengthen management"}
    for noun, verb in verbs.items():
        text = text.replace(f" {noun} ", f" {verb} ", 1)
    doc, part = _read(tmp_path, text)
    recs = part.recommendations
    assert [(r.identifier, r.text.split()[:2]) for r in recs] == [
        ("1", ["Improve", "the"]),
        ("2", ["Improve", "the"]),
        ("3", ["Strengthen", "management"]),
    ]
    _check_quotes(doc, recs)


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_the_last_item_without_a_stop_does_not_run_into_the_next_graded_section(tmp_path, blank):
    """Items that ask but end without a full stop: the last one ran on into 'The experiences and progress of children
    who need help and protection: inadequate', the next section's heading, quoted as its words. A heading naming a
    judgement area with its grade ends the list."""
    text = _ILACS.format(intro="", first="", second="", third="").replace("\n ", "\n")
    for noun, verb in {"The response": "Improve the response", "The quality of a": "Improve the quality of a"}.items():
        text = text.replace(f"\n{noun}", f"\n{verb}", 1)
    text = text.replace("\nManagement oversight", "\nStrengthen management oversight")
    text = text.replace("interviews.\n", "interviews\n").replace("children.\nStrengthen", "children\nStrengthen")
    text = text.replace("clear rationale.\n\n", "clear rationale" + blank)
    doc, part = _read(tmp_path, text)
    recs = part.recommendations
    assert [r.text.split()[0] for r in recs] == ["Improve", "Improve", "Strengthen"]
    assert recs[-1].text.endswith("with a clear rationale")
    _check_quotes(doc, recs)


def test_letters_out_of_order_open_no_items(tmp_path):
    """A letter that does not follow on ('(a)' then '(c)') is no item's marker: no item is made up from it."""
    doc, part = _read(tmp_path, _ILACS.format(intro="", first="(a)", second="(c)", third="(d)"))
    assert len(part.recommendations) == 1 and part.recommendations[0].text.startswith("The response")


@pytest.mark.parametrize(
    "intro",
    [
        "Ofsted recommends that the local authority improves:",
        "Ofsted recommends that the local authority should improve:",
        "The local authority should improve:",
    ],
)
def test_an_intro_that_recommends_is_no_item(tmp_path, intro):
    doc, part = _read(tmp_path, _ILACS.format(intro=intro + "\n", first="◼", second="◼", third="◼"))
    assert [r.text for r in part.recommendations] == _ITEMS
    _check_quotes(doc, part.recommendations)


_SIF = """Calderbridge
Inspection of services for children in need of help and protection, children looked after and care leavers

Inspection date: 30 December 2014 to 22 January 2015
Report published: 3rd March 2015

The overall judgement is that children's services require improvement

Recommendations
1.Ensure that all children who go missing are offered a return home interview, and that what they say
informs their plans.
2.Improve the timeliness of initial health assessments for children who come into care.
3.Ensure that care leavers are helped to find suitable accommodation{sub}

Summary for children and young people
4.The local authority has improved its services since the last inspection. Children are seen quickly.

Information about this local authority area
"""


def test_numbers_whose_space_the_text_lost_are_the_list(tmp_path):
    doc, part = _read(tmp_path, _SIF.format(sub="."), "calderbridge-sif.txt")
    recs = [r for r in part.recommendations if r.assessment == "calderbridge/ofsted-2015"]
    assert [(r.identifier, r.text.split()[0]) for r in recs] == [("1", "Ensure"), ("2", "Improve"), ("3", "Ensure")]
    _check_quotes(doc, recs)


def test_lettered_sub_points_of_a_numbered_item_stay_in_it(tmp_path):
    sub = ":\n(a) that is close to their families\n(b) where they are safe."
    doc, part = _read(tmp_path, _SIF.format(sub=sub), "calderbridge-sif.txt")
    recs = [r for r in part.recommendations if r.assessment == "calderbridge/ofsted-2015"]
    assert len(recs) == 3
    assert recs[2].text == (
        "Ensure that care leavers are helped to find suitable accommodation: (a) that is close to their families "
        "(b) where they are safe."
    )


_LETTER = """{date}

Ms Ruth Abara
Director of Children's Services
Calderbridge Metropolitan Borough Council

Dear Ms Abara

Focused visit to Calderbridge children's services

This letter summarises the findings of the focused visit to Calderbridge children's services from 30 December
2024 to 3 January 2025. His Majesty's Inspectors for this visit were Ann Roe and Tom Field.

Inspectors looked at the local authority's arrangements for children in care, using the Inspection of local
authority children's services (ILACS) framework.

Areas for priority action

{p1} The sufficiency of homes for children in care, so that no child lives in an unregistered home.

Areas for improvement

{i1} The quality of care plans, so that each child's plan says what must happen and by when.
{i2} Management oversight of children's visits and reviews.

Findings

Too many children live far from their families. Social workers visit children regularly.

Yours sincerely

Ann Roe
His Majesty's Inspector
"""


@pytest.mark.parametrize("markers", [("1.", "1.", "2."), ("(a)", "(a)", "(b)"), ("i.", "i.", "ii.")])
def test_a_second_list_numbered_afresh_is_read_and_numbered_on(tmp_path, markers):
    """A letter whose 'Areas for improvement' number from 1 again after its priority actions: the second list had
    been lost; its items follow the first's in the letter's numbering (a paper's 'area for improvement 1' after one
    priority action is recommendation 2)."""
    p1, i1, i2 = markers
    doc, part = _read(tmp_path, _LETTER.format(date="7 February 2025", p1=p1, i1=i1, i2=i2), "calderbridge-visit.txt")
    assert [(r.identifier, r.text.split()[1]) for r in part.recommendations] == [
        ("1", "sufficiency"),
        ("2", "quality"),
        ("3", "oversight"),
    ]
    _check_quotes(doc, part.recommendations)


@pytest.mark.parametrize("dated", ["Friday 7 February 2025", "Friday, 7th February 2025"])
def test_a_letter_dated_with_its_weekday_is_dated(tmp_path, dated):
    _, part = _read(tmp_path, _LETTER.format(date=dated, p1="•", i1="•", i2="•"), "calderbridge-visit.txt")
    (visit,) = part.assessments.values()
    assert (str(visit.started), str(visit.ended), str(visit.issued)) == ("2024-12-30", "2025-01-03", "2025-02-07")


_CP = """Inspection of local authority
arrangements for the protection of
children
Calderbridge Metropolitan Borough Council
Inspection dates: 30 December 2013 – 10 January 2014
Lead inspector: Ann Roe HMI
Published: 21st February 2014

Overall effectiveness
1. The overall effectiveness of the arrangements to protect children in Calderbridge is inadequate.
2. Too many children wait too long for an assessment, and plans lack clear timescales.

Areas for improvement
3. In order to improve the quality of help and protection given to children and young people in Calderbridge,
the local authority and its partners should take the following action.
Immediately:
{a1} ensure that every child subject to a child protection plan is seen alone and their views recorded
Within three months:
{b1} improve the quality of assessments so that they analyse risk and inform plans
{b2} ensure that supervision of social workers is regular and recorded
Within six months:
{c1} ensure that managers use accurate performance information to drive improvement.
The effectiveness of the help and protection provided to children, young people, families and carers
4. Early help services are well established and valued by families.
"""


@pytest.mark.parametrize(
    "markers", [("(a)", "(a)", "(b)", "(a)"), ("(a)", "(b)", "(c)", "(d)"), ("i.", "i.", "ii.", "i."), ("1.", "1.", "2.", "1.")]
)
def test_items_lettered_afresh_under_each_timescale_are_read(tmp_path, markers):
    """A 2013 child protection report whose items start at '(a)' again under each timescale: all but the first had
    been lost. Numbered by place across the timescales, each with its own."""
    a1, b1, b2, c1 = markers
    doc, part = _read(tmp_path, _CP.format(a1=a1, b1=b1, b2=b2, c1=c1), "calderbridge-cp.txt")
    recs = part.recommendations
    assert [(r.identifier, r.text.split()[0], r.timescale) for r in recs] == [
        ("1", "ensure", "Immediately"),
        ("2", "improve", "Within three months"),
        ("3", "ensure", "Within three months"),
        ("4", "ensure", "Within six months"),
    ]
    _check_quotes(doc, recs)
    (inspection,) = part.assessments.values()
    assert (str(inspection.started), str(inspection.ended), str(inspection.issued)) == ("2013-12-30", "2014-01-10", "2014-02-21")
    assert [(j.area, j.grade) for j in part.judgements] == [("Overall effectiveness", "Inadequate")]


_LETTERED_SIF = """Calderbridge
Inspection of services for children in need of help and protection, children looked after and care leavers

Inspection date: 30 December 2014 to 22 January 2015
Report published: 3 March 2015

The overall judgement is that children's services are inadequate

What does the local authority need to improve?
Priority and immediate action
(a) Ensure that all children who go missing are offered a return home interview.
(b) Ensure that there is no undue delay in children moving to permanent homes.
This includes effective use of the Public Law Outline.
Areas for improvement
Help and protection
{c} Improve the timeliness of initial health assessments for children who come into care.
{d} Ensure that care leavers are helped to find suitable accommodation.

Summary for children and young people
Services for children have not improved since the last inspection.
"""


@pytest.mark.parametrize("markers", [("(c)", "(d)"), ("(a)", "(b)")])
def test_a_lettered_item_goes_on_with_its_further_sentence_and_the_list_over_its_headings(tmp_path, markers):
    """A lettered item's second sentence ('This includes …') is its own, as a numbered item's is, and the letters go
    on (or start again) under the next heading: the list had ended there, the later items lost."""
    c, d = markers
    doc, part = _read(tmp_path, _LETTERED_SIF.format(c=c, d=d), "calderbridge-sif.txt")
    recs = [r for r in part.recommendations if r.assessment == "calderbridge/ofsted-2015"]
    openings = [("1", "Ensure"), ("2", "Ensure"), ("3", "Improve"), ("4", "Ensure")]
    assert [(r.identifier, r.text.split()[0]) for r in recs] == openings
    assert recs[1].text.endswith("This includes effective use of the Public Law Outline.")
    _check_quotes(doc, recs)


@pytest.mark.parametrize(
    "longer",
    [
        "The quality of assessments and plans for disabled children, so that every plan sets out what is to change, by\n"
        "when and who will do it, and so that managers at every level can see where a plan has drifted, act on it\n"
        "quickly and record what they decided.",
        "The quality of assessments and plans for disabled children. Too few plans set out what is to change and by\nwhen.",
    ],
)
def test_a_numbered_item_naming_an_area_at_length_goes_on_with_the_list(tmp_path, longer):
    """A numbered list that names what must improve, one item longer than a line or two ('…, so that …', or a second
    sentence): the list had ended before it, as at a finding's paragraph, and it and every later item were lost."""
    text = _ILACS.format(intro="", first="1.", second="2.", third="3.")
    text = text.replace("The quality of assessments and plans for disabled children.", longer)
    doc, part = _read(tmp_path, text)
    recs = part.recommendations
    assert [r.identifier for r in recs] == ["1", "2", "3"]
    assert recs[1].text == " ".join(longer.split()) and recs[2].text == _ITEMS[2]
    _check_quotes(doc, recs)


def test_a_numbered_finding_after_a_list_that_names_is_not_taken_for_an_item(tmp_path):
    """The next number after such a list, a paragraph that says something of its area ('Family hubs are …'), long or
    of two sentences, is the report's finding, not an item."""
    finding = (
        "4. Family hubs are well used in every locality, and parents speak highly of the support that they receive\n"
        "from the staff there. Health visitors and school nurses share information with the hub well.\n"
    )
    text = _ILACS.format(intro="", first="1.", second="2.", third="3.")
    text = text.replace("clear rationale.\n", "clear rationale.\n" + finding)
    _, part = _read(tmp_path, text)
    assert [r.identifier for r in part.recommendations] == ["1", "2", "3"]


@pytest.mark.parametrize("markers", [("1.", "2.", "3."), ("(a)", "(b)", "(c)"), ("◼", "◼", "◼")])
def test_a_marker_alone_on_its_line_opens_the_item_below_it(tmp_path, markers):
    """A PDF's text may set an item's number apart from its words, on a line of its own ('1.' over 'The response …'):
    numbered or lettered so, the whole list had been lost. Each item's quote is its words, none of it empty."""
    first, second, third = (f"{m}\n" for m in markers)
    doc, part = _read(tmp_path, _ILACS.format(intro="", first=first.rstrip(" "), second=second, third=third).replace("\n ", "\n"))
    recs = part.recommendations
    assert [(r.identifier, r.text) for r in recs] == [("1", _ITEMS[0]), ("2", _ITEMS[1]), ("3", _ITEMS[2])]
    _check_quotes(doc, recs)
    assert all(s.end > s.start for r in recs for s in r.spans)


def test_numbered_orders_each_alone_on_its_line_go_on_over_a_sub_heading(tmp_path):
    sub = ".\nChildren in care\n4.\nEnsure that children in care see their social worker alone at every visit."
    text = (
        _SIF.format(sub=sub)
        .replace("1.Ensure", "1.\nEnsure")
        .replace("2.Improve", "2.\nImprove")
        .replace("3.Ensure", "3.\nEnsure")
    )
    doc, part = _read(tmp_path, text, "calderbridge-sif.txt")
    recs = [r for r in part.recommendations if r.assessment == "calderbridge/ofsted-2015"]
    assert [(r.identifier, r.text.split()[0], r.scope) for r in recs] == [
        ("1", "Ensure", None),
        ("2", "Improve", None),
        ("3", "Ensure", None),
        ("4", "Ensure", "Children in care"),
    ]
    _check_quotes(doc, recs)


def test_an_item_below_its_lone_marker_is_quoted_from_its_first_word(tmp_path):
    doc, part = _read(tmp_path, _ILACS.format(intro="", first="1.\n", second="2.\n", third="3.\n").replace("\n ", "\n"))
    for rec in part.recommendations:
        assert doc.text[rec.spans[0].start : rec.spans[0].end].startswith("The ") or rec.text.startswith("Management")
        assert not doc.text[rec.spans[0].start].isspace()
