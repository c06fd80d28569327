"""One inspection however a council's paper dates it, and a paper without its report loses only what answers
nothing: a plan that names the inspection by the day its report was published (the next year, for fieldwork late in
the year) answers that report's recommendations; an action whose recommendation no document states is left out and
named, never a graph that breaks the shapes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from tests.conftest import DATA, SHARED, need_shared

REPORT = SHARED / "ofsted" / "kensington-and-chelsea" / "children's services inspection - 13 january 2025.pdf"


def _plan(folder: Path, with_second: bool = True, dated: str = "") -> None:
    """A council's plan in the layout of tests/data/plan_other_council.txt, for the two things the report asks."""
    text = (DATA / "plan_other_council.txt").read_text(encoding="utf-8")
    text = text.replace("Anytown Borough Council", "The Royal Borough of Kensington and Chelsea")
    text = text.replace(
        "This plan responds to the Ofsted inspection that took place between 4 March and 15 March 2019.\n"
        "The recommendations were made in the Inspection of Local Authority Children's Services report published on "
        "26 April 2019.",
        dated
        or "This plan responds to the recommendations made in the Inspection of Local Authority Children's Services "
        "report published on 13 January 2025.",
    )
    text = text.replace(
        "Improve the timeliness of\ninitial health\nassessments for children\nentering care.",
        "The timeliness of\npermanence planning for\nthe few children for whom\nthere is delay.",
    )
    second = "2\n\nStrengthen management\noversight of\nsupervision.\n\n"
    assert second in text
    text = text.replace(
        second, "2\n\nHow consistently all\nsocial workers receive\ngood quality supervision.\n\n" if with_second else ""
    )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "plan.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "dated",
    ["", "This plan responds to the Ofsted inspection. Ofsted published its report on 13th January 2025."],  # helper-63
)
def test_a_plan_dating_the_inspection_by_its_publication_answers_the_report(tmp_path, dated):
    need_shared()
    folder = tmp_path / "kc"
    _plan(folder, dated=dated)
    shutil.copy(REPORT, folder / REPORT.name)
    x = build([tmp_path]).extraction
    assert sorted(k for k, a in x.assessments.items() if a.kind == "Inspection") == ["kensington-and-chelsea/ofsted-2024"]
    assert {(a.identifier, a.responds_to, a.assessment) for a in x.actions} == {
        ("1.1", "1", "kensington-and-chelsea/ofsted-2024"),
        ("1.2", "1", "kensington-and-chelsea/ofsted-2024"),
        ("2.1", "2", "kensington-and-chelsea/ofsted-2024"),
    }
    (second,) = [r for r in x.recommendations if r.identifier == "2"]
    assert second.text.startswith("How consistently all social workers receive good quality supervision that")  # the report's


def test_an_action_whose_recommendation_no_document_states_is_left_out_and_named(tmp_path):
    _plan(tmp_path / "kc", with_second=False)
    out = tmp_path / "out"
    for _ in range(2):  # said again by a rebuild that reuses the first
        result = CliRunner().invoke(cli, ["build", str(tmp_path / "kc"), "--out", str(out), "--no-pictures", "--format", "csv"])
        assert result.exit_code == 0, result.output
        assert "Violation" not in result.output
        assert (
            "kc/plan.txt: left out action 2.1 (Kensington and Chelsea, Ofsted 2025): recommendation 2, which it answers, "
            "is in no document given" in result.stderr
        )
        assert "kc/plan.txt: left out an update about action 2.1 (Kensington and Chelsea, Ofsted 2025)" in result.stderr
    graph = (out / "graph.nt").read_text(encoding="utf-8")
    assert "/action/1.1>" in graph and "/action/2.1>" not in graph


def test_the_day_a_report_was_published_names_it_whatever_the_years_key_holds():
    """Two inspections, one published on 2 February 2024 (fieldwork ended December 2023, keyed 2023), one whose
    fieldwork ended in March 2024 (keyed 2024): a paper citing the report published on 2 February 2024 answers the
    first, not the second that holds the year's key (helper-61)."""
    import datetime as dt

    from findings.link.distinct import dated_by_publication
    from findings.model import Assessment, Document, Extraction, Organisation

    org = Organisation("wigan", "Wigan")

    def part(name: str, kinds: list[str], key: str, **dates) -> Extraction:
        doc = Document(name, "text", name, "", "text/plain", kinds=kinds)
        return Extraction(documents=[doc], assessments={key: Assessment(key, "Inspection", org, "Ofsted", **dates)})

    first = part("a.pdf", ["inspection report"], "wigan/ofsted-2023", ended=dt.date(2023, 12, 8), issued=dt.date(2024, 2, 2))
    second = part("b.pdf", ["inspection report"], "wigan/ofsted-2024", ended=dt.date(2024, 3, 22), issued=dt.date(2024, 5, 1))
    paper = part("plan.txt", ["action plan"], "wigan/ofsted-2024", issued=dt.date(2024, 2, 2))
    undated = part("update.txt", ["action plan"], "wigan/ofsted-2024")  # no day: the year's key stands
    twice = part("a copy.pdf", ["inspection report"], "wigan/ofsted-2023", ended=dt.date(2023, 12, 8), issued=dt.date(2024, 2, 2))
    both = part("update.docx", ["action plan"], "wigan/ofsted-2023", ended=dt.date(2023, 12, 8))  # dated both ways
    both.assessments["wigan/ofsted-2024"] = Assessment(
        "wigan/ofsted-2024", "Inspection", org, "Ofsted", issued=dt.date(2024, 2, 2)
    )
    dated_by_publication([first, twice, second, paper, undated, both])  # a report given twice is still one (helper-62)
    assert list(paper.assessments) == ["wigan/ofsted-2023"]
    assert list(undated.assessments) == ["wigan/ofsted-2024"]
    (one,) = both.assessments.values()  # one inspection, keeping both its dates (helper-62)
    assert (one.key, one.ended, one.issued) == ("wigan/ofsted-2023", dt.date(2023, 12, 8), dt.date(2024, 2, 2))


def test_papers_dating_one_inspection_by_fieldwork_and_by_publication_early_next_year_answer_one(tmp_path):
    """Without the report: a plan dated only 'Ofsted's report, published in January 2025', an update on 'the Ofsted
    inspection in November 2024', and a tracker naming no inspection answer one inspection, 2024's (helper-71: three,
    and the update's items left out)."""
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "plan.txt").write_text(
        "Telford and Wrekin Council\nPost-inspection action plan\n\nOfsted's report, published in January 2025, asked us "
        "to improve two things.\n\nRef\tRecommendation\tActions\tLead officer\tTarget date\n1\tThe timeliness of "
        "permanence planning.\tSet up a tracking panel.\tHead of Service\t30 April 2025\n",
        encoding="utf-8",
    )
    (folder / "update.txt").write_text(
        "Telford and Wrekin Council\nReport to Scrutiny\nDate: 19 November 2025\n\n1. This report updates the "
        "Committee on the plan following the Ofsted inspection of children's services in November 2024.\n\n"
        "2. Recommendation 1 – complete. The panel meets monthly.\n",
        encoding="utf-8",
    )
    (folder / "tracker.txt").write_text(
        "Telford and Wrekin Council improvement plan – tracker\nUpdated: 30 September 2025\n\n"
        "Action ref\tArea for improvement\tAction\tOwner\tTarget date\tStatus\n1.1\t1\tSet up a tracking panel.\tHead of "
        "Service\t2025-04-30\tComplete\n",
        encoding="utf-8",
    )
    x = build([folder]).extraction
    assert sorted(k for k, a in x.assessments.items() if a.kind == "Inspection") == ["telford-and-wrekin/ofsted-2024"]
    assert {u.assessment for u in x.updates} == {"telford-and-wrekin/ofsted-2024"}
