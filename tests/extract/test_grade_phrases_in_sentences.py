"""A grade said in a sentence is read whole, the longest grade phrase there is: 'The overall effectiveness of children's
services in X requires improvement to be good.' is Requires improvement, never Good (its last word: the place had run
on to 'requires improvement' and the pattern's 'to be' took 'good' as the grade; tester helper-243). A sentence that
only uses a grade's word ('not yet good', 'needs to improve to be good', 'good practice'), an aim ('to ensure that …
is good') or the last inspection's grade ('At the last inspection, inspectors judged … to be inadequate', '… had
declined to inadequate', '… were judged inadequate') is no grade of this inspection: a wrong grade is worse than
none."""

from __future__ import annotations

import pytest

from findings.build import build
from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

OE = "The overall effectiveness of children's services in Northwick"  # the sentence's subject and its place

ILACS = """Inspection of Northwick local authority children's services

Inspection dates: 3 to 14 February 2020
Lead inspector: Ann Example, Her Majesty's Inspector

{sentence}

What needs to improve

• The quality of assessments of disabled children.

The experiences and progress of children who need help and protection

1. Assessments of disabled children are too often brief.
"""

SIF = """Northwick County Council

Inspection of services for children in need of help and protection, children looked after and care leavers

and

Review of the effectiveness of the Local Safeguarding Children Board

Inspection date: 11 April 2016 – 5 May 2016
Report published: 24 June 2016

{sentence}

What does the local authority need to improve?

Areas for improvement

1. Ensure that personal education plans for children looked after include specific targets.
"""


def _overall(tmp_path, layout: str, sentence: str, name: str) -> tuple[str | None, list[str]]:
    path = tmp_path / name
    path.write_text(layout.format(sentence=sentence), encoding="utf-8")
    doc = read_document(path, path.name)
    judged = [j for j in extract_document(doc).judgements if j.key == "overall_effectiveness"]
    return (judged[0].grade if judged else None), [doc.text[s.start : s.end] for j in judged for s in j.spans]


@pytest.mark.parametrize(
    "sentence,grade",
    [
        (f"{OE} requires improvement to be good.", "RequiresImprovement"),
        (OE.replace("Northwick", "the London Borough of Northwick") + " requires improvement to be good.", "RequiresImprovement"),
        ("Overall effectiveness is requires improvement to be good.", "RequiresImprovement"),
        (
            "Northwick Council has improved services since 2017. Overall effectiveness is requires improvement to be good.",
            "RequiresImprovement",
        ),
        (f"{OE} is judged to be inadequate.", "Inadequate"),
        (f"{OE} remains inadequate.", "Inadequate"),
        (
            f"{OE} has improved to requires improvement to be good.",
            "RequiresImprovement",
        ),
        ("Inspectors judged the overall effectiveness of children's services in Northwick to be outstanding.", "Outstanding"),
    ],
)
def test_a_grade_said_in_a_sentence_is_its_longest_phrase(tmp_path, sentence, grade):
    got, quotes = _overall(tmp_path, ILACS, sentence, "northwick-2020.txt")
    assert got == grade
    assert quotes == [sentence[sentence.index("Overall") if sentence.startswith("Northwick") else 0 :]]  # the sentence


@pytest.mark.parametrize(
    "sentence",
    [
        f"{OE} needs to improve to be good.",
        f"{OE} is not yet good.",
        f"{OE} was good.",
        "At the last inspection in 2017, " + OE[:1].lower() + OE[1:] + " was judged inadequate.",
        "At the last inspection in 2017, " + OE[:1].lower() + OE[1:] + " had declined to inadequate.",
        "At the last inspection in 2017, inspectors judged t" + OE[1:] + " to be inadequate.",
        "Leaders work to ensure that t" + OE[1:] + " is good.",
        "Children's services in Northwick are not yet good.",
        "Children's services in Northwick were judged inadequate.",
        "Services for children in Northwick help children to be good.",
        "Leaders in Northwick share good practice.",
    ],
)
def test_a_sentence_using_a_grades_word_or_giving_the_last_inspections_grade_grades_nothing(tmp_path, sentence):
    assert _overall(tmp_path, ILACS, sentence, "northwick-2020.txt")[0] is None


@pytest.mark.parametrize(
    "sentence,grade",
    [
        ("Children's services in Northwick require improvement to be good.", "RequiresImprovement"),
        ("The overall judgement is that children's services are good.", "Good"),
        ("Children's services in Northwick are not yet good.", None),
        ("Children's services in Northwick no longer require improvement to be good.", None),
        ("Children's services in Northwick were judged inadequate.", None),
    ],
)
def test_a_headline_grades_only_where_it_says_the_services_are_the_grade(tmp_path, sentence, grade):
    assert _overall(tmp_path, SIF, sentence, "northwick-sif-2016.txt")[0] == grade


@pytest.mark.parametrize(
    "sentence,grade",
    [
        ("Inspectors judged t" + OE[1:-13] + " to require improvement to be good.", "RequiresImprovement"),
        ("Ofsted judged the overall effectiveness of children's services in Northwick needs to improve to be good.", None),
    ],
)
def test_a_later_papers_words_for_the_overall_judgement_grade_only_what_they_say(tmp_path, sentence, grade):
    (tmp_path / "plan.txt").write_text(
        "Northwick Council\nImprovement plan\n\nOfsted inspected our services between 4 March and 15 March 2013. "
        f"{sentence}\n\nRef\tRecommendation\tActions\tLead officer\tTarget date\n1\tEnsure that supervision is regular."
        "\tAudit supervision.\tPrincipal Social Worker\tJune 2013\n",
        encoding="utf-8",
    )
    judged = [j.grade for j in build([tmp_path]).extraction.judgements if j.key == "overall_effectiveness"]
    assert judged == ([grade] if grade else [])


@pytest.mark.parametrize(
    "sentence,grade",
    [
        ("The quality of practice requires improvement to be good.", "RequiresImprovement"),
        ("The quality of practice in Anyshire is judged to be inadequate.", "Inadequate"),
        ("The quality of practice is judged to be inadequate in the Duty Team.", None),  # one team's
        ("The quality of practice no longer requires improvement to be good.", None),
        ("The quality of practice needs to improve to be good.", None),
        ("The quality of practice is good practice.", None),
        ("The quality of practice was good.", None),
    ],
)
def test_a_sections_sentence_reads_its_grade_whole_and_only_where_it_says_it(tmp_path, sentence, grade):
    text = (DATA / "older_forms" / "anyshire_cp_2013_sentences.txt").read_text(encoding="utf-8")
    assert "The quality of practice is adequate." in text
    path = tmp_path / "cp.txt"
    path.write_text(text.replace("The quality of practice is adequate.", sentence), encoding="utf-8")
    judged = [j.grade for j in extract_document(read_document(path, path.name)).judgements if j.area == "The quality of practice"]
    assert judged == ([grade] if grade else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Children's services in Northwick require improvement, but the response to families at the front door is good.",
        "Children's services in Northwick are improving, and the quality of help for children in care is good.",
        "Children's services in Northwick are not yet good, although care leavers' experiences are good.",
        f"{OE} was inadequate in 2017; the pace of improvement since is good.",
        "Senior leaders are confident that t" + OE[1:] + " is good.",
        "Leaders believe that t" + OE[1:] + " is good.",
    ],
)
def test_a_grade_said_of_something_else_or_believed_is_no_overall_grade(tmp_path, sentence):
    """Reviewer helper-252: the last words' grade was read as the whole service's."""
    assert _overall(tmp_path, ILACS, sentence, "northwick-2020.txt")[0] is None


@pytest.mark.parametrize(
    "sentence,grade",
    [
        (
            "Children's services in Northwick have improved from inadequate to requires improvement to be good.",
            "RequiresImprovement",
        ),
        ("Children's services in Northwick are now good.", "Good"),
        ("Children's services in Northwick Hills and Dale are judged to be good.", "Good"),
    ],
)
def test_a_grade_reached_from_another_is_read(tmp_path, sentence, grade):
    assert _overall(tmp_path, ILACS, sentence, "northwick-2020.txt")[0] == grade


@pytest.mark.parametrize(
    "sentence,grade",
    [
        ("Overall effectiveness has declined from good to inadequate.", "Inadequate"),
        ("Overall effectiveness has declined from outstanding to requires improvement to be good.", "RequiresImprovement"),
        ("Overall effectiveness has improved from inadequate to requires improvement to be good.", "RequiresImprovement"),
        (f"{OE} has declined from good to inadequate.", "Inadequate"),
        ("Children's services in Northwick have improved from inadequate to good.", "Good"),
        ("Children's services in Northwick have declined to inadequate.", "Inadequate"),
        # a past decline, one not made, one planned: none
        ("Overall effectiveness had declined from good to inadequate.", None),
        ("Children's services in Northwick had improved to good.", None),
        ("Children's services in Northwick have not improved to good.", None),
        ("Leaders plan that overall effectiveness has improved from inadequate to good.", None),
    ],
)
def test_a_grade_declined_to_from_another_is_read_as_one_improved_to_is(tmp_path, sentence, grade):
    """Reviewer of helper-252: 'has improved from X to Y' was read, its mirror 'has declined from X to Y' not."""
    assert _overall(tmp_path, ILACS, sentence, "northwick-2020.txt")[0] == grade


@pytest.mark.parametrize(
    "sentence,grade",
    [
        ("Children's services in Northwick are rated good.", "Good"),
        ("Children's services in Northwick are, overall, good.", "Good"),
        ("Children's services in Northwick are rated as requires improvement to be good.", "RequiresImprovement"),
        ("Overall effectiveness is rated inadequate.", "Inadequate"),
        ("Children's services in Northwick were rated good.", None),
        ("Children's services in Northwick are not rated good.", None),
        ("Children's services in Northwick are, overall, not yet good.", None),
    ],
)
def test_a_grade_rated_or_said_overall_is_read(tmp_path, sentence, grade):
    assert _overall(tmp_path, ILACS, sentence, "northwick-2020.txt")[0] == grade


def _areas(tmp_path, text: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "northwick-2020.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return [(j.key, j.grade, doc.text[j.spans[0].start : j.spans[0].end]) for j in extract_document(doc).judgements]


@pytest.mark.parametrize(
    "sentence,judged",
    [
        ("Services for children in care are rated good.", [("in_care", "Good")]),
        ("Services for care leavers are, overall, good.", [("care_leavers", "Good")]),
        ("Services for children in care require improvement to be good.", [("in_care", "RequiresImprovement")]),
        ("Services for care leavers have declined from good to inadequate.", [("care_leavers", "Inadequate")]),
        ("Services for care leavers were inadequate at the last inspection.", []),
        ("Leaders believe that services for care leavers are good.", []),
        ("Services for care leavers are good in most respects.", []),
        ("Services for children in care are not yet good.", []),
    ],
)
def test_the_services_for_an_area_said_to_be_a_grade_grade_the_area(tmp_path, sentence, judged):
    """Reviewer of helper-252: 'Services for children in care are rated good.' graded no area (a report without its
    table: the table's grade, where there is one, stands)."""
    found = _areas(tmp_path, ILACS.format(sentence=sentence))
    assert [(key, grade) for key, grade, _ in found] == judged
    assert all(quote == sentence for _, _, quote in found)  # the sentence, exactly as printed


def test_a_table_grading_the_area_outweighs_a_sentence(tmp_path):
    table = "The experiences and progress of care leavers: inadequate"
    text = ILACS.format(sentence=f"Services for care leavers are good.\n\n{table}")
    assert [(key, grade) for key, grade, _ in _areas(tmp_path, text)] == [("care_leavers", "Inadequate")]


@pytest.mark.parametrize(
    "sentence,grade",
    [
        ("Overall, services for children in Northwick require improvement to be good.", "RequiresImprovement"),
        ("Overall, services for children and families in Northwick are good.", "Good"),
        ("Overall, children's services in Northwick are inadequate.", "Inadequate"),
        ("Overall, services for children in Northwick have improved from inadequate to good.", "Good"),
        # not yet the grade, the last inspection's, or a cohort's (children in care), not the council's services
        ("Overall, services for children in Northwick are not yet good.", None),
        ("Overall, services for children in Northwick were judged inadequate at the last inspection.", None),
        ("Overall, services for children in care are good.", None),
    ],
)
def test_the_overall_verdict_opened_by_overall_grades_the_services(tmp_path, sentence, grade):
    """Tester helper-259: 'Overall, services for children in X require improvement to be good.', a report's overall
    verdict in its narrative's words, graded nothing; the sentence is quoted exactly."""
    found, quotes = _overall(tmp_path, ILACS, sentence, "northwick-2020.txt")
    assert found == grade
    assert all(quote.strip() == sentence for quote in quotes)
