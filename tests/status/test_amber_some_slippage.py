"""A progress table's row rated Amber under the paper's key 'Amber – some slippage against timescale', saying part of
the work was done ('The practice standard has been launched. Commissioned training has slipped …'), is a word on
progress: the recommendation is under way that day, not left as planned (tester helper-271
launched-amber-read-as-planned: no status at all that day). Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

import pytest

PLAN = """Northvale Council
Action plan in response to the Ofsted inspection of children's services published on 14 February 2022
Ref\tRecommendation\tAction ref\tWhat we will do\tLead\tBy when
1\tThe quality of life-story work.\t1.1\tLaunch a life-story practice standard\tHead of Children in Care\t30/06/2022
\t\t1.2\tCommission life-story training for social workers\tHead of Children in Care\t30/09/2022
2\tThe timeliness of health assessments.\t2.1\tAgree a notification pathway with health\tHead of Service\t31/05/2022
"""

PAPER = """<html><head><title>Northvale Council Corporate Parenting Panel</title></head><body>
<p><b>Northvale Council</b></p>
<p>Corporate Parenting Panel</p>
<p>12 October 2022</p>
<h2>Ofsted ILACS January 2022: update on the improvement plan</h2>
<h3>Purpose of Report</h3>
<p>1. To update the Panel on progress against the two recommendations of the Ofsted inspection of January 2022.</p>
<h3>Progress</h3>
<p>Key: Blue – complete; Green – on track; Amber – some slippage against timescale; Red – off track</p>
<table>
<tr><th>Rec</th><th>Area for improvement</th><th>Progress to date</th><th>Status</th></tr>
<tr><td>1</td><td>Life-story work</td><td>The practice standard has been launched. Commissioned training has slipped because of
staff vacancies.</td><td>Amber</td></tr>
<tr><td>2</td><td>Health assessments</td><td>The notification pathway was agreed in May.</td><td>Blue</td></tr>
</table>
<h3>Proposal</h3>
<p>2. The Panel is asked to note the update.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from findings.build import build

    folder = tmp_path_factory.mktemp("amber-some-slippage")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "paper.html").write_text(PAPER, encoding="utf-8")
    return build([folder]).extraction


def test_a_row_rated_some_slippage_that_says_part_done_is_under_way(built):
    said = {s.as_of: s.status for s in built.statuses if s.item.kind == "recommendation" and s.item.identifier == "1"}
    assert said.get(date(2022, 10, 12)) == "InProgress"


def test_the_status_rests_on_the_row(built):
    paper = next(d for d in built.documents if d.path.endswith("paper.html"))
    (status,) = [s for s in built.statuses if s.item.identifier == "1" and s.as_of == date(2022, 10, 12)]
    quoted = " ".join(paper.text[s.start : s.end] for s in status.evidence if s.doc == paper.sha256)
    assert "The practice standard has been launched." in quoted
