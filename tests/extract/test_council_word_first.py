"""A council whose own name puts the council word first ('Council of the Isles of Scilly', 'The Council of the City of
Wakefield', 'Council of the Borough of Kirklees') or calls itself a corporation ('City of London Corporation') is named
as a council there: its plan, naming a neighbour that serves it ('Cornwall Council', 'the London Borough of Hackney'),
is its own, not the neighbour's (it made a phantom inspection of the neighbour holding the plan's items)."""

from __future__ import annotations

import pytest

from findings.extract.authorities import council_mentions
from findings.extract.context import organisation
from findings.extract.document import extract_document
from findings.read import read_document

_PLAN = (
    "{letterhead}\n"
    "Children's Services Improvement Plan\n"
    "Following the Ofsted inspection in February 2024\n\n"
    "This plan responds to the areas Ofsted said need to improve. {partners}\n\n"
    "Ref\tAction\tLead\tBy when\n"
    "Recommendation 1: The timeliness of actions when decisions have been made for children to escalate to the "
    "pre-proceedings arrangements of the Public Law Outline.\n"
    "1.1\tAgree a legal gateway protocol with legal services.\tHead of Children's Services\tJune 2024\n"
)


@pytest.mark.parametrize(
    "letterhead, partners, key",
    [
        (
            "Council of the Isles of Scilly",
            "We work closely with Cornwall Council, which provides our out-of-hours service. Cornwall Council's "
            "fostering service also supports island foster carers.",
            "isles-of-scilly",
        ),
        (
            "City of London Corporation",
            "We work with the London Borough of Hackney through the City and Hackney Safeguarding Children Partnership.",
            "city-of-london",
        ),
        ("The Council of the City of Wakefield", "We work with Leeds City Council on adoption.", "wakefield"),
        ("Council of the Borough of Kirklees", "We work with Calderdale Council on adoption.", "kirklees"),
    ],
)
def test_a_plan_under_its_council_word_first_is_its_own_not_a_neighbours(tmp_path, letterhead, partners, key):
    text = _PLAN.format(letterhead=letterhead, partners=partners)
    assert organisation(text).key == key
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert sorted(part.assessments) == [f"{key}/ofsted-2024"]
    assert [a.identifier for a in part.actions] == ["1.1"]


@pytest.mark.parametrize(
    "text, keys",
    [
        ("Council of the Isles of Scilly and Cornwall Council", ["isles-of-scilly", "cornwall"]),
        ("Council of the City of London", ["city-of-london"]),
        ("the Council of the European Union", []),
        ("the council of the county", []),
        ("Manchester Ship Canal Corporation", []),
    ],
)
def test_the_council_word_first_names_only_a_registered_council(text, keys):
    assert [org.key for _, _, org in council_mentions(text + " report")] == keys


@pytest.mark.parametrize(("letterhead", "key"), [("LB Havering", "havering"), ("RB Greenwich", "greenwich")])
def test_a_london_boroughs_letterhead_in_short_names_it(letterhead, key):
    """'LB Havering' over a sub-committee's minutes: the paper 'named no council' (helper-199, then helper-202)."""
    text = f"{letterhead}\n\nMINUTES OF A MEETING OF THE CHILDREN AND LEARNING SCRUTINY SUB-COMMITTEE\n\nPresent: …\n"
    assert organisation(text).key == key
    assert not council_mentions("a 10 lb Havering cheese; the lb Greenwich")  # a weight, not a borough
