"""Judgements in the forms older reports and other file formats print them: a web page's two-column judgement table
(a cell a line), the child protection and looked after children reports' overall sentence, 'Judgement: Adequate'
under a section's heading, and a SLAC section's 'Overall effectiveness: adequate' lines; each quoting its words exactly."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

FORMS = DATA / "older_forms"


def _read(name: str):
    doc = read_document(FORMS / name, name)
    return doc, extract_document(doc)


def _quoted(doc, judgement) -> str:
    return " ".join(" ".join(doc.text[s.start : s.end] for s in judgement.spans).split())


def test_a_web_pages_two_column_judgement_table_is_read_row_by_row():
    doc, part = _read("lincolnshire_ilacs_2019.html")
    got = {(j.area, j.grade) for j in part.judgements}
    assert got == {
        ("The impact of leaders on social work practice with children and families", "Good"),
        ("The experiences and progress of children who need help and protection", "RequiresImprovement"),
        ("The experiences and progress of children in care and care leavers", "Good"),
        ("Overall effectiveness", "Good"),
    }
    for j in part.judgements:  # the area's cell and the grade's cell, nothing between
        quoted = _quoted(doc, j)
        assert quoted.startswith(j.area) and quoted.removeprefix(j.area).strip() in ("Good", "Requires improvement to be good")
    assert len(part.recommendations) == 4


def test_a_slac_sections_labelled_grades_are_its_judgements_in_that_section():
    doc, part = _read("medway_slac_2011.txt")
    got = {(j.scope, j.area, j.grade) for j in part.judgements}
    assert got == {
        ("Safeguarding services", "Overall effectiveness", "Inadequate"),
        ("Safeguarding services", "Capacity for improvement", "Adequate"),
        ("Services for looked after children", "Overall effectiveness", "Good"),
        ("Services for looked after children", "Capacity for improvement", "Good"),
    }
    quotes = {_quoted(doc, j) for j in part.judgements}
    assert quotes == {
        "Overall effectiveness: inadequate",
        "Capacity for improvement: adequate",
        "Overall effectiveness: good",
        "Capacity for improvement: good",
    }


def test_a_record_table_after_labelled_grades_adds_its_row_to_each_not_a_second_judgement(tmp_path):
    text = (FORMS / "medway_slac_2011.txt").read_text(encoding="utf-8")
    table = (
        "\nRecord of main findings\nSafeguarding services\nOverall effectiveness Inadequate\nCapacity for improvement Adequate\n"
    )
    (tmp_path / "slac.txt").write_text(text + table, encoding="utf-8")
    doc = read_document(tmp_path / "slac.txt", "slac.txt")
    part = extract_document(doc)
    assert len(part.judgements) == 4
    overall = next(j for j in part.judgements if j.scope == "Safeguarding services" and j.key == "overall_effectiveness")
    assert [doc.text[s.start : s.end] for s in overall.spans] == [
        "Overall effectiveness: inadequate",
        "Overall effectiveness Inadequate",
    ]


def test_the_child_protection_reports_sentence_and_judgement_lines_are_its_judgements():
    doc, part = _read("coventry_cp_2013.txt")
    scope = "Local authority arrangements for the protection of children"
    got = {(j.scope, j.area, j.grade) for j in part.judgements}
    help_and_protection = "The effectiveness of the help and protection provided to children, young people, families and carers"
    assert got == {
        (scope, "Overall effectiveness", "Adequate"),
        (scope, help_and_protection, "Good"),
        (scope, "The quality of practice", "Adequate"),
        (scope, "Leadership and governance", "Adequate"),
    }
    quotes = {j.area: [doc.text[s.start : s.end] for s in j.spans] for j in part.judgements}
    assert quotes["Overall effectiveness"] == ["The effectiveness of the arrangements to protect children is adequate."]
    assert quotes[help_and_protection] == [help_and_protection, "Judgement: Good"]  # its heading, and the line under it
    assert quotes["The quality of practice"] == ["The quality of practice\nJudgement: Adequate"]
    assert len(part.recommendations) == 2


@pytest.mark.parametrize(
    "printed",
    [
        "The overall effectiveness of the arrangements to protect children in Coventry is adequate.",
        "The effectiveness of the arrangements to protect children in\nCoventry is adequate.",
        "The overall effectiveness of the arrangements to protect\nchildren is adequate.",
    ],
)
def test_the_overall_sentence_is_read_with_or_without_overall_and_the_council_however_it_wraps(tmp_path, printed):
    text = (FORMS / "coventry_cp_2013.txt").read_text(encoding="utf-8")
    text = text.replace("The effectiveness of the arrangements to protect children is adequate.", printed)
    (tmp_path / "cp.txt").write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / "cp.txt", "cp.txt")
    (overall,) = [j for j in extract_document(doc).judgements if j.key == "overall_effectiveness"]
    assert (overall.area, overall.grade) == ("Overall effectiveness", "Adequate")
    assert [doc.text[s.start : s.end] for s in overall.spans] == [printed.removeprefix("1. ")]


def test_the_looked_after_children_reports_sentence_is_its_overall_judgement():
    doc, part = _read("southwark_lac_2013.txt")
    ((scope, area, grade, quote),) = {(j.scope, j.area, j.grade, _quoted(doc, j)) for j in part.judgements}
    assert (scope, area, grade) == ("Services for looked after children", "Overall effectiveness", "Good")
    assert quote == "The overall effectiveness of services for looked after children in Southwark is good."


def test_a_judgement_line_without_a_heading_or_a_section_is_not_read(tmp_path):
    text = (FORMS / "medway_slac_2011.txt").read_text(encoding="utf-8")
    text = text.replace("Safeguarding services\n\nOverall effectiveness: inadequate", "Overall effectiveness: inadequate")
    text = text.replace("Capacity for improvement: adequate", "Judgement: adequate")
    (tmp_path / "slac.txt").write_text(text, encoding="utf-8")
    part = extract_document(read_document(tmp_path / "slac.txt", "slac.txt"))
    assert {(j.scope, j.area) for j in part.judgements} == {
        ("Services for looked after children", "Overall effectiveness"),
        ("Services for looked after children", "Capacity for improvement"),
    }


def test_a_wrapped_unnumbered_intro_and_a_glyphless_list_ending_at_the_next_sections_grade(tmp_path):
    """'In order to improve … should take the / following action.' wrapped over lines, without its number, then
    items without glyphs or stops up to the next section's heading and its 'Judgement: Adequate' (reviewer
    helper-111: the list was lost at the intro's last line, or its last item swallowed the heading and the grade); a
    SLAC list likewise ends before 'Services for looked after children' / 'Overall effectiveness: good', so the next
    section's items keep their own numbering."""
    from findings.extract.document import extract_document
    from findings.read import read_document

    path = DATA / "older_forms" / "wokingham_cp_2012_wrapped_intro.txt"
    part = extract_document(read_document(path, path.name))
    assert [r.text.split()[-1] for r in part.recommendations] == ["timescales", "assessments", "conferences"]
    assert [(j.area, j.grade) for j in part.judgements][:1] == [("The quality of practice", "Adequate")]
    slac = (DATA / "older_forms" / "medway_slac_2011.txt").read_text(encoding="utf-8")
    listed = "- ensure that all referrals are screened promptly by a qualified social worker\n"
    assert listed in slac
    glyphless = tmp_path / "slac.txt"
    glyphless.write_text(
        slac.replace(
            listed,
            "Ensure that all referrals are screened promptly by a qualified social worker\n"
            "Improve the quality of core group meetings\n",
        ),
        encoding="utf-8",
    )
    part = extract_document(read_document(glyphless, glyphless.name))
    assert [(r.identifier, r.text) for r in part.recommendations][1:] == [
        ("safeguarding-2", "Improve the quality of core group meetings"),
        ("lac-1", "improve the stability of placements for looked after children."),
    ]


def test_a_label_and_grade_that_open_a_wrapped_sentence_are_no_judgement(tmp_path):
    """'Partnership and outcomes: good' / 'progress has been made since the last inspection.': the words after the
    colon go on in lower case, a sentence, not a grade (reviewer helper-111)."""
    text = (DATA / "older_forms" / "coventry_cp_2013.txt").read_text(encoding="utf-8")
    wrapped = "4. Practice is variable in relation to\nPartnership and outcomes: good\nprogress has been made since then.\n"
    path = tmp_path / "cp.txt"
    path.write_text(text.replace("4. Practice is variable.\n", wrapped), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert not any(j.area == "Partnership and outcomes" for j in part.judgements)
    assert ("The quality of practice", "Adequate") in [(j.area, j.grade) for j in part.judgements]


def test_a_paragraphs_wrapped_capitalised_line_is_not_the_heading_of_the_judgement_under_it(tmp_path):
    """'3. Early help is well established and the' / 'Local Safeguarding Children Board monitors' / 'its impact
    closely.' / 'Judgement: Good': the middle line starts with a capital but goes on a sentence; the heading is the
    line above the paragraph (reviewer helper-111)."""
    text = (FORMS / "coventry_cp_2013.txt").read_text(encoding="utf-8")
    wrapped = "3. Early help is well established and the\nLocal Safeguarding Children Board monitors\nits impact closely.\n"
    path = tmp_path / "cp.txt"
    path.write_text(text.replace("3. Early help is well established.\n", wrapped), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    help_and_protection = "The effectiveness of the help and protection provided to children, young people, families and carers"
    assert (help_and_protection, "Good") in [(j.area, j.grade) for j in part.judgements]
    assert not any(j.area.startswith("Local Safeguarding") for j in part.judgements)


def test_the_looked_after_children_report_under_its_local_authority_arrangements_title_is_read(tmp_path):
    """'Inspection of local authority arrangements for looked after children', the 2013 title parallel to the child
    protection report's, was read as no report (tester helper-107 #9)."""
    text = (FORMS / "southwark_lac_2013.txt").read_text(encoding="utf-8")
    title = "Inspection of looked after children services"
    assert text.startswith(title)
    path = tmp_path / "lac.txt"
    path.write_text(
        text.replace(title, "Inspection of local authority arrangements for looked after children", 1), encoding="utf-8"
    )
    part = extract_document(read_document(path, path.name))
    assert [a.framework for a in part.assessments.values()] == ["LAC"]
    assert [(j.area, j.grade) for j in part.judgements] == [("Overall effectiveness", "Good")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Early help is well established.\n",
        "Early help is well established and the\nboard monitors it closely.\n",
        "Early help is well established and the\nLocal Safeguarding Children Board monitors\nits impact closely.\n",
    ],
)
def test_a_judgement_under_an_unnumbered_paragraph_takes_the_heading_over_it(tmp_path, paragraph):
    """The paragraph between a section's heading and 'Judgement: Good' printed without its number: the heading is
    still the area, not the previous section's heading far above ('Areas for improvement': reviewer helper-116 #5)
    nor a capitalised line the sentence goes on through."""
    text = (FORMS / "coventry_cp_2013.txt").read_text(encoding="utf-8")
    path = tmp_path / "cp.txt"
    path.write_text(text.replace("3. Early help is well established.\n", paragraph), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    help_and_protection = "The effectiveness of the help and protection provided to children, young people, families and carers"
    assert (help_and_protection, "Good") in [(j.area, j.grade) for j in part.judgements]
    assert len(part.judgements) == 4


def test_a_word_hyphenated_at_a_lines_end_in_a_text_copy(tmp_path):
    """A text copy that breaks words at its lines' ends ('the follo-' / 'wing action.'): the intro is still the
    intro, so the list is read (tester helper-193: the whole list was lost, its items read as findings); an item's
    word so broken is whole again where the report spells it whole elsewhere ('qualified'), a compound keeps its
    hyphen ('multi-' / 'agency'), and the quote is the lines as they are."""
    text = (FORMS / "medway_slac_2011.txt").read_text(encoding="utf-8")
    text = (
        text.replace(
            "safeguarding children and young people in Medway, the local authority and its partners should take the following "
            "action.",
            "safeguarding children and young people in Medway, the local authority and its partners should take the follo-\n"
            "wing action.",
        )
        .replace(
            "- ensure that all referrals are screened promptly by a qualified social worker\n",
            "- ensure that all referrals are screened promptly by a quali-\nfied social worker in the multi-\nagency team\n",
        )
        .replace(  # the word whole elsewhere in the report
            "3. The overall effectiveness of services for looked after children is good.",
            "3. The overall effectiveness of services for looked after children is good. Every team manager is qualified.",
        )
    )
    path = tmp_path / "medway_slac_2011.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = {r.identifier: r for r in extract_document(doc).recommendations}
    first = recs["safeguarding-1"]
    assert first.text == "ensure that all referrals are screened promptly by a qualified social worker in the multi-agency team"
    quoted = "".join(doc.text[s.start : s.end] for s in first.spans)
    assert quoted.startswith("ensure that all referrals are screened promptly by a quali-\nfied")


def test_a_text_copys_page_furniture_printed_with_its_page_mark_is_no_part_of_an_item(tmp_path):
    """A text copy keeps each page's foot: a printing stamp and the council's name over '… Page 2 of 3'. Printed
    beside the page mark every time, they are the page's, not an item's words, and a list goes on past them (tester
    helper-193: '… including access to Ofsted report – printed 02/11/2010 09:14 Kent County Council education.', and
    the item after the page break lost); a timescale beside a page mark once stays the list's."""
    foot = "Ofsted report – printed 26/04/2011 09:14\nMedway Council\n"
    foot += "Inspection of safeguarding and looked after children services Page {n} of 3\n"
    text = (FORMS / "medway_slac_2011.txt").read_text(encoding="utf-8")
    text = text.replace(
        "- ensure that all referrals are screened promptly by a qualified social worker\n",
        "- ensure that all referrals are screened promptly by a qualified\n" + foot.format(n=1) + "social worker\n",
    ).replace("Within six months:\n", foot.format(n=2) + "Within six months:\n")
    text += foot.format(n=3)
    path = tmp_path / "medway_slac_2011.txt"
    path.write_text(text, encoding="utf-8")
    recs = {r.identifier: r for r in extract_document(read_document(path, path.name)).recommendations}
    assert recs["safeguarding-1"].text == "ensure that all referrals are screened promptly by a qualified social worker"
    assert recs["lac-1"].text == "improve the stability of placements for looked after children."
    assert recs["lac-1"].timescale == "Within six months"


def test_a_line_end_hyphen_before_a_words_ending_is_no_compound():
    """'measur-' / 'able': what follows the hyphen is only a word's ending, so the word is whole again even where the
    report spells it nowhere else (tester helper-194); 'decision-' / 'making' stays a compound."""
    from findings.extract.recommendation_item import rejoin_words
    from findings.segment.lines import split_lines

    text = "plans that are measur-\nable and decision-\nmaking that is timely"
    lines = [line for line in split_lines(text) if not line.blank]
    assert rejoin_words("plans that are measur-able and decision-making that is timely", lines, text) == (
        "plans that are measurable and decision-making that is timely"
    )
