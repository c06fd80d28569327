"""A later framework's report that grades its areas only in sentences of its body, no judgement table (tester's SIF
report: 'Children who need help and protection are good.', 'The graded judgement for adoption performance is good.',
'The Local Safeguarding Children Board (LSCB) is good.'), gives each area the judgement its table would: the same
area's name, scope and key (report_layout.json judgement_sentences). A grade of something narrower, a past grade, an
aim, and an area a table already grades give none."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

SIF_OPENING = [
    "Inspection of services for children in need of help and protection, children looked after and care leavers",
    "and",
    "Review of the effectiveness of the Local Safeguarding Children Board",
    "Inspection dates: 3 October 2016 to 27 October 2016",
    "Report published: 5 December 2016",
    "Lead inspector: Ann Example, HMI",
    "",
]

SIF_BODY = [
    "Executive summary",
    "Children's services in Anytown require improvement to be good. Since the last inspection, leaders have made",
    "steady progress.",
    "",
    "At the last inspection, children who need help and protection were judged good. The quality of assessments is",
    "good. Help and protection for children in the duty team is good.",
    "",
    "Children who need help and protection",
    "Children who need help and protection are good. Thresholds are understood by partners.",
    "",
    "Children looked after and achieving permanence",
    "Children looked after and achieving permanence require improvement to be good. Too many children wait for a",
    "plan. The graded judgement for adoption performance is good. Adopters are well supported.",
    "The experiences and progress of care leavers are good. Most care leavers live in suitable accommodation.",
    "",
    "Leadership, management and governance",
    "Leadership, management and governance are inadequate. The local authority should act to ensure that",
    "leadership, management and governance are good.",
    "",
    "What does the local authority need to improve?",
    "1. Ensure that all children have a timely plan.",
    "",
    "The Local Safeguarding Children Board (LSCB)",
    "Partners attend well. The Local Safeguarding Children Board (LSCB) is good. It holds partners to account.",
]

SIF_TABLE = [
    "Children's services in Anytown require improvement to be good",
    "1. Children who need help and protection Good",
    "2. Children looked after and achieving permanence Requires improvement to be good",
    "2.1 Adoption performance Good",
    "2.2 Experiences and progress of care leavers Good",
    "3. Leadership, management and governance Inadequate",
    "",
]

SIF_GRADES = {
    ("anytown/ofsted-2016", "overall_effectiveness", "Overall effectiveness", "Judgements", "RequiresImprovement"),
    ("anytown/ofsted-2016", "help_and_protection", "Children who need help and protection", "Judgements", "Good"),
    (
        "anytown/ofsted-2016",
        "in_care",
        "Children looked after and achieving permanence",
        "Judgements",
        "RequiresImprovement",
    ),
    ("anytown/ofsted-2016", "adoption", "Adoption performance", "Judgements", "Good"),
    ("anytown/ofsted-2016", "care_leavers", "Experiences and progress of care leavers", "Judgements", "Good"),
    ("anytown/ofsted-2016", "impact_of_leaders", "Leadership, management and governance", "Judgements", "Inadequate"),
}
BOARD = (
    "anytown/ofsted-2016-lscb",
    "lscb",
    "The Local Safeguarding Children Board",
    "Local Safeguarding Children Board",
    "Good",
)


def _read(tmp_path, lines: list[str], suffix: str = ".txt"):
    path = tmp_path / f"anytown-report{suffix}"
    if suffix == ".pdf":
        path.write_bytes(make_pdf([[line for line in lines if line]]))
    else:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _judged(out) -> set[tuple[str, str | None, str, str | None, str | None]]:
    return {(j.assessment, j.key, j.area, j.scope, j.grade) for j in out.judgements}


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_each_area_a_sif_report_grades_in_a_sentence_is_its_judgement(tmp_path, suffix):
    doc, out = _read(tmp_path, SIF_OPENING + SIF_BODY, suffix)
    assert _judged(out) == SIF_GRADES | {BOARD}
    quoted = {j.key: " ".join(" ".join(doc.text[s.start : s.end] for s in j.spans).split()) for j in out.judgements}
    quoted = {k: v.replace("’", "'") for k, v in quoted.items()}  # a PDF's reader gives the apostrophe curly
    assert quoted == {
        "overall_effectiveness": "Children's services in Anytown require improvement to be good.",
        "help_and_protection": "Children who need help and protection are good.",
        "in_care": "Children looked after and achieving permanence require improvement to be good.",
        "adoption": "The graded judgement for adoption performance is good.",
        "care_leavers": "The experiences and progress of care leavers are good.",
        "impact_of_leaders": "Leadership, management and governance are inadequate.",
        "lscb": "The Local Safeguarding Children Board (LSCB) is good.",
    }


def test_the_sentences_give_the_judgements_the_reports_table_would(tmp_path):
    """The same report with its table and no sentences: the same areas, names, scopes and grades."""
    bare = [line for line in SIF_BODY if " are " not in line and " is good" not in line and "require" not in line]
    _, table = _read(tmp_path, SIF_OPENING + SIF_TABLE + bare)
    assert _judged(table) == SIF_GRADES


def test_a_table_that_grades_an_area_is_its_only_judgement(tmp_path):
    """The table grades help and protection good; a sentence of the body calling it inadequate adds nothing."""
    body = [line.replace("protection are good", "protection are inadequate") for line in SIF_BODY]
    _, out = _read(tmp_path, SIF_OPENING + SIF_TABLE + body)
    assert _judged(out) == SIF_GRADES | {BOARD}


@pytest.mark.parametrize(
    "sentence",
    [
        "The quality of assessments is good.",
        "Help and protection for children in the duty team is good.",
        "At the last inspection, children who need help and protection were judged good.",
        "In 2012, the adoption performance of the council was good.",
        "Adoption performance was good.",
        "At the last inspection, inspectors judged adoption performance to be good.",
        "Inspectors judged adoption performance to be good in 2013.",
        "Inspectors judged help and protection for children in the duty team to be good.",
        "Leaders have worked to ensure that leadership, management and governance are good.",
        "The council's aim is that the experiences and progress of care leavers are good.",
        "Adoption performance is good in the north of the county.",
    ],
)
def test_no_grade_of_something_narrower_past_or_aimed_at(tmp_path, sentence):
    _, out = _read(tmp_path, [*SIF_OPENING, "Executive summary", f"Partners attend well. {sentence} Plans are in place."])
    assert out.judgements == []


ILACS = [
    "Inspection of Anytown local authority children's services",
    "Inspection dates: 7 to 18 March 2022",
    "Lead inspector: Ann Example, Her Majesty's Inspector",
    "",
    "What needs to improve?",
    "1. The quality of supervision.",
    "",
    "The impact of leaders on social work practice with children and families requires improvement to be good.",
    "Leaders know their services well.",
    "The experiences and progress of children who need help and protection are good. Thresholds are clear.",
    "The experiences and progress of children in care and care leavers are good. Plans are timely.",
    "The experiences and progress of care leavers are good.",
    "Overall effectiveness requires improvement to be good.",
    "",
    "Ofsted has published this report. Published: 29 April 2022",
]


def test_an_ilacs_report_without_its_table_names_its_areas_as_its_table_would(tmp_path):
    """The 2018–23 layout: one judgement for children in care and care leavers, so the sentence on care leavers alone
    adds none."""
    _, out = _read(tmp_path, ILACS)
    assert {(j.key, j.area, j.scope, j.grade) for j in out.judgements} == {
        ("overall_effectiveness", "Overall effectiveness", "Judgements", "RequiresImprovement"),
        (
            "impact_of_leaders",
            "The impact of leaders on social work practice with children and families",
            "Judgements",
            "RequiresImprovement",
        ),
        (
            "help_and_protection",
            "The experiences and progress of children who need help and protection",
            "Judgements",
            "Good",
        ),
        ("in_care", "The experiences and progress of children in care and care leavers", "Judgements", "Good"),
    }


@pytest.mark.parametrize(
    ("said", "key", "grade"),
    [
        ("Adoption performance is good.", "adoption", "Good"),
        ("The graded judgement for the experiences and progress of care leavers is good.", "care_leavers", "Good"),
        ("The judgement on adoption performance is outstanding.", "adoption", "Outstanding"),
        ("The experiences and progress of children who need help and protection are good.", "help_and_protection", "Good"),
        ("Services for children looked after and achieving permanence are inadequate.", "in_care", "Inadequate"),
        ("The effectiveness of leadership, management and governance is now good.", "impact_of_leaders", "Good"),
        ("The effectiveness of the LSCB requires improvement to be good.", "lscb", "RequiresImprovement"),
        ("Inspectors judged adoption performance to be outstanding.", "adoption", "Outstanding"),
        ("We found that services for care leavers are inadequate.", "care_leavers", "Inadequate"),
        (
            "Ofsted judges children who need help and protection to require improvement to be good.",
            "help_and_protection",
            "RequiresImprovement",
        ),
    ],
)
def test_other_wordings_of_an_areas_grade(tmp_path, said, key, grade):
    _, out = _read(tmp_path, [*SIF_OPENING, "Executive summary", f"Partners attend well. {said} Plans are in place."])
    assert [(j.key, j.grade) for j in out.judgements] == [(key, grade)]


def test_a_later_ilacs_report_grades_children_in_care_and_care_leavers_apart(tmp_path):
    """The 2023– layout: a judgement each, said in the summary's words or after 'The graded judgement for'."""
    both = "The experiences and progress of children in care and care leavers are good. Plans are timely."
    lines = [line for line in ILACS if line != both and not line.startswith("The experiences and progress of care")]
    lines[lines.index("Overall effectiveness requires improvement to be good.") : 0] = [
        "The graded judgement for the experiences and progress of children in care is outstanding.",
        "Services for care leavers are inadequate.",
    ]
    _, out = _read(tmp_path, [line.replace("2022", "2024") for line in lines])
    assert {(j.key, j.area, j.grade) for j in out.judgements if j.key in ("in_care", "care_leavers")} == {
        ("in_care", "The experiences and progress of children in care", "Outstanding"),
        ("care_leavers", "The experiences and progress of care leavers", "Inadequate"),
    }
