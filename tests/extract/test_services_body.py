"""A paper headed by the body that runs a council's children's services, named after the council's place
('Birmingham Children's Trust', 'Slough Children First': authorities.json services_bodies), is that council's, though
it never writes '<Name> Council' and names a partner council in passing (it was read as the partner's, so its plan's
items made a phantom inspection of the partner)."""

from __future__ import annotations

import pytest

from findings.extract.context import organisation
from findings.extract.document import extract_document
from findings.read import read_document

_PLAN = (
    "{body}\n"
    "Improvement Plan 2022–2024\n"
    "Our response to the Ofsted inspection of local authority children's services in May 2022\n\n"
    "{body} works with {partner} through the regional adoption agency.\n\n"
    "Ref\tAction\tLead\tBy when\n"
    "Recommendation 1: The level of management oversight regarding screening decisions at the front door.\n"
    "1.1\tIntroduce a daily management review of every contact decision.\tHead of Service, Front Door\tSeptember 2022\n"
)


@pytest.mark.parametrize(
    "body, partner, key",
    [
        ("Birmingham Children's Trust", "Sandwell Children's Trust and Solihull Metropolitan Borough Council", "birmingham"),
        ("Slough Children First", "the Royal Borough of Windsor and Maidenhead and Bracknell Forest Council", "slough"),
        ("Sandwell Children’s Trust", "Dudley Metropolitan Borough Council", "sandwell"),
    ],
)
def test_a_plan_of_the_body_running_a_councils_services_is_that_councils(tmp_path, body, partner, key):
    text = _PLAN.format(body=body, partner=partner)
    assert organisation(text).key == key
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert sorted(part.assessments) == [f"{key}/ofsted-2022"]


def test_a_services_body_is_read_only_after_a_registered_name():
    from findings.extract.authorities import services_body_mentions

    text = "The Prince's Trust and Barnardo's Children First programme; Wigan Children's Trust Board; children's trust"
    assert [org.key for _, _, org, _ in services_body_mentions(text)] == ["wigan"]


@pytest.mark.parametrize(
    "heading, key",
    [
        ("Derby Children and Families Service - Ofsted Improvement Plan tracker", "derby"),
        ("Barnet Children's Services – action plan", "barnet"),
        ("Merton Children, Schools and Families - improvement plan", "merton"),
    ],
)
def test_the_name_of_a_councils_own_service_names_the_council(heading, key):
    """'<Council> Children and Families Service - … tracker' atop a workbook (unseen tester helper-225): its title
    ran past the words a letterhead may have, so the paper named no council and with two councils built was no one's."""
    text = f"[Plan]\n{heading}\nResponse to the Ofsted inspection of children's services\nRef\tAction\tLead\n"
    assert organisation(text).key == key


def test_another_councils_service_named_in_a_sentence_names_no_council():
    """'managers visited Barnet Children's Services to learn about its model': a service's name inside a sentence is
    another council's, not the paper's (reviewer helper-233); the paper's own web address and name still tell."""
    from findings.extract.context import organisation

    text = (
        "Children's Improvement Board\n"
        "Report author: Sam Lee, Head of Service (sam.lee@wigan.gov.uk)\n\n"
        "1.1 This report updates the board on the Wigan improvement plan.\n"
        "1.2 In January, managers visited Barnet Children's Services to learn about its model.\n"
        "1.3 Supervision is now monthly in all Wigan teams.\n"
    )
    assert organisation(text).key == "wigan"
