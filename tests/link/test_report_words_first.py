"""A recommendation a plan restates has spans in the plan and in the report that made it; the report's come first,
so a link compares the report's words and a status resting on the item (raised again by a later report) quotes that
report, not the council's plan dated weeks after it (tester helper-315's recurred-evidence-quotes-plan)."""

from __future__ import annotations

from findings.link.same import merge_recommendations
from findings.model import Document, Recommendation, Span

TEXT = "The identification of private fostering arrangements, and the response when they are identified."


def _doc(sha: str, kinds: list[str], media: str) -> Document:
    return Document(path=f"{sha}.x", text=TEXT, sha256=sha, normalisation="NFC", media_type=media, kinds=kinds)


def test_the_reports_span_comes_first_whatever_the_plans_hash():
    plan = _doc("0" * 64, ["action plan"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    report = _doc("f" * 64, ["inspection report"], "application/pdf")
    restated = Recommendation("anyshire/ofsted-2025", "1", TEXT, [Span(plan.sha256, 0, len(TEXT))], restated=True)
    made = Recommendation("anyshire/ofsted-2025", "1", TEXT, [Span(report.sha256, 0, len(TEXT), page=1)])
    for order in ([restated, made], [made, restated]):
        (merged,) = merge_recommendations([Recommendation(**vars(r)) for r in order], [plan, report])
        assert [s.doc for s in merged.spans] == [report.sha256, plan.sha256]
