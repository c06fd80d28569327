"""A numbered recommendation list whose items open with verbs the lexicon did not list (a 2015–17 report of a council
never tuned on): '3. Introduce …' ended the list there, and every recommendation after it was lost. An item that
follows on from the one before and reads as an order is the list's next item, whatever its verb; the finding that
follows a list is not."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

REPORT = """1
Northtown Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: 12 June 2017 – 6 July 2017
Report published: 25 August 2017
Children’s services in Northtown are good
Recommendations
1. Improve the effectiveness of frontline managers in ensuring that children’s
assessments are updated in response to changes.
2. Ensure that pre-proceedings work is initiated promptly.
3. {third} rigorous oversight and tracking of children’s plans when children
become looked after, to ensure that permanence is achieved in a timely manner.
4. Set up a panel to track the progress of children who go missing.
5. Ensure the agency decision-maker provides a coherent rationale for all
adoption decisions.
{after}"""

THIRD = (
    "rigorous oversight and tracking of children’s plans when children become looked after, to ensure that permanence "
    "is achieved in a timely manner."
)


def _recs(tmp_path, third: str, after: str = "Summary for children and young people"):
    path = tmp_path / "children's services inspection - 25 august 2017.txt"
    path.write_text(REPORT.format(third=third, after=after), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans)
        assert quoted == rec.text  # every span holds the item's own words
    return recs


@pytest.mark.parametrize("verb", ["Introduce", "Sharpen", "Urgently introduce", "Tighten"])
def test_an_item_opening_with_a_verb_not_listed_does_not_end_the_list(tmp_path, verb):
    recs = _recs(tmp_path, verb)
    assert [r.identifier for r in recs] == ["1", "2", "3", "4", "5"]
    assert recs[2].text == f"{verb} {THIRD}"
    assert recs[3].text == "Set up a panel to track the progress of children who go missing."


@pytest.mark.parametrize(
    "finding",
    [
        "6. Partnership working is strong and effective.",
        "6. Creative and effective services for children on the edge of care are provided by a skilled team. Families "
        "value them. Fewer children come into care as a result, and those who do are well matched to carers.",
        "6. Following the recent appointment of a new independent chair, the Board has sought to implement learning.",
        "6. Leaders have created a learning culture.",
    ],
)
def test_the_finding_that_follows_a_list_is_no_item_of_it(tmp_path, finding):
    recs = _recs(tmp_path, "Provide", after=finding)
    assert [r.identifier for r in recs] == ["1", "2", "3", "4", "5"]
