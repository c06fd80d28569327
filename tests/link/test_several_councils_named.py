"""A paper naming several councils that does not say in its own words whose it is answers the inspection of the one
the build shows: the council it names whose inspection report ended or was published on the day it dates, else whose
report holds the recommendations it quotes; no inspection of the first council it names is made from another's dates
(tester helper-351: a phantom Kingston upon Thames inspection made from Windsor and Maidenhead's dates)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.link.corpus import link_corpus
from findings.read import read_document
from tests.link.test_recurrence import REPORT

COMPANY = (
    "Marches Children's Partnership provides children's services for Telford and Wrekin Council, Shropshire Council "
    "and Herefordshire Council."
)


def _plan(answers: str) -> str:
    return (
        "Marches Children's Partnership\nPost-inspection action plan\nVersion 1.0 — 30 June 2025\n\n"
        f"{COMPANY} {answers}\n\n"
        "Recommendation\tAction\tLead\tBy when\n"
        "1. The timeliness of initial health assessments for children who come into care.\t"
        "1.1 Agree a joint protocol with the designated nurse.\tHead of Corporate Parenting\tDecember 2025\n"
        "2. The quality and consistency of pathway plans for care leavers.\t"
        "2.1 Audit all pathway plans for care leavers.\tHead of Leaving Care\tJanuary 2026\n"
    )


@pytest.mark.parametrize(
    "answers",
    [
        "This plan responds to the inspection carried out between 3 and 14 March 2025.",  # the report's own dates
        "This plan responds to the recommendations of the recent inspection.",  # it quotes the report's recommendations
    ],
)
def test_a_plan_naming_several_councils_answers_the_inspection_of_the_one_the_build_shows(tmp_path, answers):
    report = tmp_path / "shropshire-ilacs.md"
    report.write_text(REPORT.read_text(encoding="utf-8").replace("Riverton", "Shropshire"), encoding="utf-8")
    plan = tmp_path / "plan.txt"
    plan.write_text(_plan(answers), encoding="utf-8")
    parts = [extract_document(read_document(p, p.name)) for p in (report, plan)]
    out = link_corpus(parts)
    actions = {out.assessments[a.assessment].key for a in out.actions}
    assert actions == {"shropshire/ofsted-2025"}
    assert not [k for k in out.assessments if k.startswith("telford-and-wrekin/")]
