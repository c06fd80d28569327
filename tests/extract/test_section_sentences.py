"""A section's judgement an older report gives in a sentence of its own ('The quality of practice is adequate.': the
2012–13 child protection inspection; 'Capacity for improvement is inadequate.' in a 2009–12 SLAC section) or as the
area's heading with the grade beside it or under it, read for the areas of the report's framework
(report_layout.json 'section_sentences'), and not from prose that only uses a grade word about the area."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

FORMS = DATA / "older_forms"
CP = "Local authority arrangements for the protection of children"
HELP = "The effectiveness of the help and protection provided to children, young people, families and carers"


def _read(path, name: str):
    doc = read_document(path, name)
    return doc, extract_document(doc)


def _copy(tmp_path, name: str, *changes: tuple[str, str]):
    text = (FORMS / name).read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return _read(tmp_path / name, name)


def test_each_section_sentence_of_a_child_protection_report_is_its_judgement_not_the_prose_around_it():
    doc, part = _read(FORMS / "anyshire_cp_2013_sentences.txt", "cp.txt")
    got = {(j.scope, j.area, j.grade, j.key) for j in part.judgements}
    assert got == {
        (CP, "Overall effectiveness", "Adequate", "overall_effectiveness"),
        (CP, HELP, "Good", "help_and_protection"),  # '… families and carers in Anyshire is good.', wrapped
        (CP, "The quality of practice", "Adequate", None),  # not '… is good in most cases but …', nor the duty team's
        (CP, "The effectiveness of leadership and governance", "Good", "impact_of_leaders"),
    }
    quotes = {j.area: [doc.text[s.start : s.end] for s in j.spans] for j in part.judgements}
    assert quotes[HELP] == [
        "The effectiveness of the help and protection provided to children, young people,\n"
        "   families and carers in Anyshire is good."
    ]
    assert quotes["The quality of practice"] == ["The quality of practice is adequate."]
    assert not any(j.area.startswith("Partnership") for j in part.judgements)  # no area of the framework


def test_a_judgement_sentence_is_no_finding_but_the_paragraphs_other_sentences_still_are():
    _, part = _read(FORMS / "anyshire_cp_2013_sentences.txt", "cp.txt")
    texts = {f.text for f in part.findings}
    assert "Too many assessments are late and do not analyse the risks to children." in texts  # after the grade's
    assert not any(t.startswith(("The quality of practice is adequate", "The effectiveness of leadership")) for t in texts)


@pytest.mark.parametrize(
    "prose",
    [
        "The quality of practice is good in most cases but plans are late.",
        "The quality of practice in the duty team is good.",
        "Inspectors found that the quality of practice is good.",
        "Overall, the quality of practice is good.",
        "The quality of practice is good for children in Anyshire's duty team.",
        # a place not the council's: a team, a hub (reviewer helper-242)
        "The quality of practice is good in the Duty and Assessment Team.",
        "The quality of practice is inadequate in the Multi-Agency Safeguarding Hub.",
        "The quality of practice in the Family Support Service is good.",
    ],
)
def test_prose_that_only_uses_a_grade_word_about_the_area_is_no_judgement(tmp_path, prose):
    _, part = _copy(tmp_path, "anyshire_cp_2013_sentences.txt", ("7. The quality of practice is adequate.", f"7. {prose}"))
    assert "The quality of practice" not in {j.area for j in part.judgements}
    assert {j.key for j in part.judgements} == {"overall_effectiveness", "help_and_protection", "impact_of_leaders"}


@pytest.mark.parametrize("separator", ["\n", "   ", ": "])
def test_the_areas_heading_with_its_grade_under_it_or_beside_it(tmp_path, separator):
    _, part = _copy(
        tmp_path,
        "anyshire_cp_2013_sentences.txt",
        ("families and carers\n4.", f"families and carers{separator}Good\n4."),
        ("   families and carers in Anyshire is good.", "   families and carers lead to safer lives."),
        ("The quality of practice\n6.", f"The quality of practice{separator}Requires improvement\n6."),
        ("7. The quality of practice is adequate.", "7. Plans are late."),
        (
            "The effectiveness of leadership and governance\n8.",
            f"The effectiveness of leadership and governance{separator}Good\n8.",
        ),
        ("8. The effectiveness of leadership and governance is good.", "8. Leaders are visible."),
    )
    got = {(j.area, j.grade) for j in part.judgements if j.key != "overall_effectiveness"}
    assert got == {
        (HELP, "Good"),
        ("The quality of practice", "RequiresImprovement"),
        ("The effectiveness of leadership and governance", "Good"),
    }


def test_a_judgement_line_or_a_record_row_already_judging_the_area_wins_over_its_sentence(tmp_path):
    doc, part = _copy(
        tmp_path,
        "anyshire_cp_2013_sentences.txt",
        ("The quality of practice\n6.", "The quality of practice\nJudgement: Inadequate\n6."),
        ("9. Senior leaders", "Record of main findings\n" + CP + "\nLeadership and governance Adequate\n9. Senior leaders"),
    )
    got = {(j.area, j.grade) for j in part.judgements if j.key != "overall_effectiveness"}
    assert got == {(HELP, "Good"), ("The quality of practice", "Inadequate"), ("Leadership and governance", "Adequate")}


def test_a_slac_sections_sentences_judge_its_overall_effectiveness_and_capacity_for_improvement_in_that_section():
    doc, part = _read(FORMS / "anyborough_slac_2010_sentences.txt", "slac.txt")
    got = {(j.scope, j.area, j.grade) for j in part.judgements}
    assert got == {
        ("Safeguarding services", "The overall effectiveness of safeguarding services", "Adequate"),
        ("Safeguarding services", "Capacity for improvement", "Inadequate"),  # not the youth offending team's
        ("Services for looked after children", "Overall effectiveness", "Good"),
        ("Services for looked after children", "The capacity for improvement of services for looked after children", "Good"),
    }
    for j in part.judgements:
        assert doc.text[j.spans[0].start : j.spans[0].end].replace("\n   ", " ").endswith(".")
    assert not any(j.area.startswith("Partnership") for j in part.judgements)


def test_a_boards_leadership_is_not_the_councils(tmp_path):
    """'Leadership and governance by the Anyshire Safeguarding Children Board are inadequate' judges the board, not
    the council's leadership (reviewer helper-242)."""
    said = "8. The effectiveness of leadership and governance is good."
    board = "8. Leadership and governance by the Anyshire Safeguarding Children Board are inadequate."
    _, other = _copy(tmp_path, "anyshire_cp_2013_sentences.txt", (said, board))
    assert not [j for j in other.judgements if j.key == "impact_of_leaders"]


def test_a_sentence_under_another_areas_heading_judges_nothing_of_the_area_it_names(tmp_path):
    """Every section of a 2012–13 child protection report shares one scope, so the first sentence judging an area
    counted wherever it stood; one under the heading of help and protection saying the quality of practice is good
    judges nothing of practice, and the sentence under practice's own heading is its judgement (reviewer helper-242)."""
    earlier = ("5. Partnership working is good.", "5. The quality of practice is good.")
    _, part = _copy(tmp_path, "anyshire_cp_2013_sentences.txt", earlier)
    practice = [(j.grade, j.scope) for j in part.judgements if j.area == "The quality of practice"]
    assert practice == [("Adequate", CP)]
