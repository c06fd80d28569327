"""A paper naming several councils (a company running the children's services of three, a regional paper) is its
subject's, not whichever council it happens to name first: the one its title names, else the one the sentence dating
the inspection it answers names (tester helper-351: a company's plan for the second of the councils it serves was
filed under the first, its actions on that council's inspection and a phantom inspection made from the other's dates)."""

from __future__ import annotations

import pytest

from findings.extract.context import organisation
from findings.extract.document import extract_document
from findings.read import read_document

COMPANY = (
    "Marches Children's Partnership provides children's services for Telford and Wrekin Council, Shropshire Council "
    "and Herefordshire Council."
)


@pytest.mark.parametrize(
    ("title", "body", "key"),
    [
        ("Post-inspection action plan: Ofsted inspection of Shropshire children's services, June 2019", "", "shropshire"),
        ("Ofsted inspection of Herefordshire children's services: action plan", "", "herefordshire"),
        (
            "Ofsted recommendations: progress update",
            "This report sets out progress on the inspection of Shropshire's services carried out between 10 and 21 June 2019.",
            "shropshire",
        ),
        (
            "Ofsted recommendations: progress update",
            "This plan answers the inspection of Herefordshire's services, reported on 2 August 2019.",
            "herefordshire",
        ),
    ],
)
def test_a_paper_naming_several_councils_is_the_one_its_title_or_its_inspections_dates_name(title, body, key):
    text = f"Marches Children's Partnership\n{title}\nVersion 1.0\n{COMPANY} {body}\n1. Audit all pathway plans.\n"
    assert organisation(text).key == key


@pytest.mark.parametrize(
    "title",
    [
        "Ofsted recommendations: progress update",  # it says nothing of whose: the first named, as before
        "Progress against Ofsted recommendations in Shropshire and Herefordshire",  # a joint paper: its title names two
    ],
)
def test_a_paper_that_does_not_say_whose_it_is_keeps_the_first_council_named(title):
    text = f"Marches Children's Partnership\n{title}\nVersion 1.0\n{COMPANY}\n1. Audit all pathway plans.\n"
    assert organisation(text).key == "telford-and-wrekin"


def test_a_companys_plan_answers_the_inspection_of_the_council_its_title_names(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(
        "Marches Children's Partnership\n"
        "Post-inspection action plan: Ofsted inspection of Shropshire children's services\n"
        "Version 1.0 — 30 September 2019\n\n"
        f"{COMPANY} This plan responds to the inspection of services carried out between 10 and 21 June 2019.\n\n"
        "Recommendation\tAction\tLead\tBy when\n"
        "1. The quality of pathway plans for care leavers.\t1.1 Audit all pathway plans for care leavers.\t"
        "Head of Leaving Care\tDecember 2019\n"
        "2. The timeliness of initial health assessments.\t2.1 Agree a joint protocol with the designated nurse.\t"
        "Head of Corporate Parenting\tJanuary 2020\n",
        encoding="utf-8",
    )
    out = extract_document(read_document(path, path.name))
    assert out.actions and {out.assessments[a.assessment].key for a in out.actions} == {"shropshire/ofsted-2019"}


def test_a_joint_papers_title_naming_a_council_short_names_it_too():
    """'Kingston' alone is no registered name (Kingston upon Hull shares it), but of a paper naming Kingston upon
    Thames in full it is that council: a title naming both councils settles nothing."""
    text = (
        "Achieving for Children\nProgress against Ofsted recommendations in Kingston and Richmond\nVersion 1.0\n"
        "Achieving for Children serves Kingston upon Thames Council and Richmond upon Thames Council.\n"
    )
    assert organisation(text).key == "kingston-upon-thames"
