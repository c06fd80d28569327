"""Information for a board about what an item names only among its examples (linking.json recurrence.of_its_examples;
unseen tester, issue #9): 'performance information the panel needs …, including the education and employment of care
leavers' does not ask again for care leavers' education, employment and training to improve, so it does not raise an
earlier item on it (the pair waits for review at most). An item wholly about the group's information, or one whose
earlier item asks for information too, still does; and managers' line of sight to practice in areas named as examples
asks for that practice to improve (tests/gold/links)."""

from __future__ import annotations

import pytest

REPORT = """Inspection of Eastmoor local authority children's services

Inspection dates: {dates}

Lead inspector: Ruth Okafor, Her Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve

• {item}
• The quality of strategy discussions when children may be at risk of significant harm.
"""

SIF_LATER = """Eastmoor Council
Inspection of services for children in need of help and protection, children looked after and care leavers
Inspection date: 2 March 2016 – 24 March 2016
Report published: 29 April 2016

The overall judgement is that children's services require improvement
The judgements on areas of the service that contribute to overall effectiveness are:
1. Children who need help and protection\tRequires improvement
2. Children looked after and achieving permanence\tRequires improvement
3. Leadership, management and governance\tRequires improvement
The local authority
Summary of findings
Children's services in Eastmoor require improvement because:
• Too many children wait for a permanent home.
What does the local authority need to improve?
Areas for improvement
1. Make sure that elected members on the corporate parenting panel receive the performance
   information they need to challenge services for children in care, including:
   • how quickly children in care see a dentist
   • how often children move between foster homes
   • the proportion of care leavers who are in education, employment or training.
2. Improve the quality of strategy discussions when children may be at risk of significant harm.
The local authority's strengths
3. Children who need help are seen promptly.
"""


def _links(tmp_path, later: str, earlier: str, later_report: str | None = None) -> dict[tuple[str, str], bool]:
    """(later text, earlier text) → asserted, for every recurs candidate between the two reports built together."""
    from findings.build import build

    (tmp_path / "a.txt").write_text(REPORT.format(dates="4 March 2013 to 15 March 2013", item=earlier), encoding="utf-8")
    text = later_report or REPORT.format(dates="6 March 2018 to 17 March 2018", item=later)
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    x = build([tmp_path]).extraction
    recs = {(r.assessment, r.identifier): " ".join(r.text.split()) for r in x.recommendations}
    assert earlier in recs.values() and (later_report or later in recs.values())
    return {
        (recs[(k.source.assessment, k.source.identifier)], recs[(k.target.assessment, k.target.identifier)]): k.asserted
        for k in x.links
        if k.kind == "recurs"
    }


EARLIER_EET = "Increase the number of care leavers who are in education, employment or training."


@pytest.mark.parametrize(
    "later",
    [
        "Ensure that the corporate parenting panel has the performance data it needs to challenge services for children in "
        "care, including how quickly children in care see a dentist, how often children move between foster homes and the "
        "proportion of care leavers who are in education, employment or training.",
        "Ensure that elected members scrutinise management information on services for children in care, including the "
        "number of care leavers who are in education, employment or training and the timeliness of reviews.",
    ],
)
def test_a_boards_information_on_an_example_raises_no_item_on_the_thing_itself(tmp_path, later):
    links = _links(tmp_path, later, EARLIER_EET)
    assert links.get((later, EARLIER_EET)) is not True  # held for review at most, not asserted


def test_a_boards_information_in_a_bulleted_list_raises_no_item_on_the_thing_itself(tmp_path):
    links = _links(tmp_path, "", EARLIER_EET, later_report=SIF_LATER)
    found = [asserted for (one, other), asserted in links.items() if other == EARLIER_EET and "corporate parenting" in one]
    assert found and not any(found)  # a candidate for a person, never a triple


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (  # wholly about the group's information: the group is in what it asks
            "Ensure that the management information reported to the corporate parenting panel includes accurate data on "
            "the education, employment and training of care leavers.",
            "Ensure that accurate performance data on the education, employment and training of care leavers are "
            "collected, and that elected members use them to challenge services.",
        ),
        (  # the earlier item asks for the information on the thing too
            "Ensure that the corporate parenting panel has the performance data it needs to challenge services for "
            "children in care, including the number of care leavers who are in education, employment or training.",
            "Increase the number of care leavers in education, employment or training, and monitor their progress closely.",
        ),
        (  # managers' line of sight to practice, its areas named as examples: that practice to improve
            "Strengthen performance management so that managers have a clear line of sight to practice and quality in all "
            "key areas, including return home interviews for children who go missing.",
            "Ensure that children who go missing from home or care are offered a timely return home interview.",
        ),
    ],
)
def test_information_still_raises_an_item_on_it(tmp_path, later, earlier):
    assert _links(tmp_path, later, earlier).get((later, earlier)) is True
