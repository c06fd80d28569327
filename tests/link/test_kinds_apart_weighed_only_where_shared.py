"""A later report's finding that names none of an earlier recommendation's concerns is passed over before the kinds of
a concern the two name apart are weighed (`named_apart`): most findings share nothing with a given recommendation, and
the weighing was made for every finding and every recommendation of the council's earlier reports."""

from __future__ import annotations

from datetime import date

from findings.link import later
from findings.link.later import link_mentions
from findings.model import Assessment, Extraction, Finding, Organisation, Recommendation

ASKED = "Improve the quality of pathway plans for care leavers so that they are specific and reviewed regularly."
FOUND = [
    "Pathway plans for care leavers are now specific and reviewed regularly.",
    "The council's budget for the service is balanced and its spending is monitored.",
    "Elected members receive regular reports on the work of the service.",
    "Staff morale is high and caseloads are manageable.",
]


def _extraction() -> Extraction:
    org = Organisation("anytown", "Anytown Council")
    earlier = Assessment(
        "anytown/ofsted-2017", "Inspection", org, "Ofsted 2017", started=date(2017, 6, 5), ended=date(2017, 6, 16)
    )
    after = Assessment("anytown/ofsted-2021", "Inspection", org, "Ofsted 2021", started=date(2021, 9, 6), ended=date(2021, 9, 17))
    findings = [Finding(after.key, f"p{n}-1", text, "Strength", []) for n, text in enumerate(FOUND, start=1)]
    recs = [Recommendation(earlier.key, "1", ASKED, [])]
    return Extraction(assessments={a.key: a for a in (earlier, after)}, recommendations=recs, findings=findings)


def test_only_findings_sharing_a_concern_are_weighed_for_kinds_apart(monkeypatch):
    weighed: list[set[str]] = []
    real = later.named_apart
    monkeypatch.setattr(
        later, "named_apart", lambda one, other, *rest: (weighed.append(set(one) & set(other)), real(one, other, *rest))[1]
    )
    out = _extraction()
    link_mentions(out)
    assert weighed and all(weighed)  # never for a finding that shares nothing with the recommendation
    assert [[f.identifier for _, f in m.findings] for m in out.mentions] == [["p1-1"]]
