"""A later document's list of an inspection's judgements ('1. Children who need help and protection – Good'): each
known only from that document until the report itself is read, then one judgement with both quotes."""

from __future__ import annotations

from findings.build import build
from tests.conftest import ROOT, SHARED, need_shared

KEY = "central-bedfordshire/ofsted-2017"


def test_the_plan_lists_the_six_judgements_as_second_hand(corpus_build):
    found = {(j.assessment, j.key): j for j in corpus_build.extraction.judgements if j.assessment.startswith(KEY)}
    assert {(a, k): j.grade for (a, k), j in found.items()} == {
        (KEY, "overall_effectiveness"): "Good",
        (KEY, "help_and_protection"): "Good",
        (KEY, "in_care"): "RequiresImprovement",
        (KEY, "adoption"): "Good",
        (KEY, "care_leavers"): "Good",
        (KEY, "impact_of_leaders"): "Good",
        (f"{KEY}-lscb", "lscb"): "Good",
    }
    assert all(j.known_from for j in found.values())
    docs = {d.sha256: d for d in corpus_build.extraction.documents}
    in_care = found[(KEY, "in_care")].spans[0]
    assert (
        docs[in_care.doc].text[in_care.start : in_care.end]
        == "Children looked after and achieving permanence – Requires improvement to be good"
    )


def test_with_the_report_read_each_judgement_is_one_node_and_first_hand():
    need_shared()
    x = build([ROOT / "corpus", SHARED / "ofsted" / "central-bedfordshire"]).extraction
    mine = [j for j in x.judgements if j.assessment.startswith(KEY) and not j.assessment.endswith(("-2022", "-2025"))]
    assert sorted((j.assessment, j.key) for j in mine) == sorted({(j.assessment, j.key) for j in mine})
    assert len(mine) == 7 and not any(j.known_from for j in mine)
    assert all(len({s.doc for s in j.spans}) >= 2 for j in mine)  # the report's row and the plan's line (at least)


def test_a_plans_sentence_on_the_overall_judgement_is_that_judgement_and_one_on_the_previous_inspection_is_not(tmp_path):
    """'The overall effectiveness of children's services was judged inadequate.' in a plan's introduction gave no
    judgement (helper-89); 'At the previous inspection in 2017, overall effectiveness was judged good' is not this
    inspection's."""
    (tmp_path / "plan.txt").write_text(
        "Telford and Wrekin Council\nImprovement plan\n\nOfsted inspected our services between 4 March and 15 March 2013."
        " The overall effectiveness of children's services was judged inadequate. At the previous inspection in 2010,"
        " overall effectiveness was judged good.\n\nRef\tRecommendation\tActions\tLead officer\tTarget date\n1\tEnsure that"
        " supervision is regular.\tAudit supervision.\tPrincipal Social Worker\tJune 2013\n",
        encoding="utf-8",
    )
    x = build([tmp_path]).extraction
    doc = x.documents[0]
    assert [(j.key, j.grade, [doc.text[s.start : s.end] for s in j.spans]) for j in x.judgements] == [
        ("overall_effectiveness", "Inadequate", ["overall effectiveness of children's services was judged inadequate"])
    ]
