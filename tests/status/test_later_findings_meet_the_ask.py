"""A later finding weighs on an earlier recommendation only if it speaks of what the recommendation asked, not just of
a concern both name (issue #9, black-box tester helper-281): a word on how fast the front door answers says nothing of
who screens the contacts, either way; a word on those who screen them, or on the interviews an item asked to be done
in time, does."""

from __future__ import annotations

from tests.status.test_later_findings_read_right import _later_calls

SCREENED = ["Ensure that all contacts are screened by a registered social worker."]


def test_a_prompt_front_door_does_not_confirm_who_screens_contacts(tmp_path):
    body = "1. Families receive a prompt and proportionate response at the front door.\n"
    assert _later_calls(tmp_path, SCREENED, body) == {}


def test_a_slow_front_door_does_not_raise_it_again_either(tmp_path):
    body = "1. Families do not receive a prompt response at the front door.\n"
    assert _later_calls(tmp_path, SCREENED, body) == {}


def test_contacts_screened_by_registered_social_workers_confirm_it(tmp_path):
    body = "1. Contacts are now screened promptly by registered social workers.\n"
    assert _later_calls(tmp_path, SCREENED, body) == {"1": ["IndependentlyVerified"]}


def test_an_item_on_the_timeliness_of_a_thing_is_met_by_praise_of_the_thing_in_other_words(tmp_path):
    """What 'The timeliness of …' asks is its thing's: the finding need not repeat 'timeliness'."""
    earlier = ["The timeliness of return home interviews for children who go missing."]
    body = "1. Return home interviews are now completed promptly and are of good quality.\n"
    assert _later_calls(tmp_path, earlier, body) == {"1": ["IndependentlyVerified"]}


FOSTER_CARERS = ["Increase the recruitment of in-house foster carers so that fewer children live with agency carers."]


def test_recruiting_social_workers_does_not_confirm_recruiting_foster_carers(tmp_path):
    """'Recruitment' of foster carers is the sufficiency of foster homes, not the social work workforce (themes.ttl
    fostering-sufficiency's longer labels hide workforce-stability's 'recruitment' inside them): praise of social
    workers' recruitment confirms nothing of it (tester helper-295: it was proposed IndependentlyVerified)."""
    body = "1. The recruitment and retention of permanent social workers has improved and reliance on agency staff has fallen.\n"
    assert _later_calls(tmp_path, FOSTER_CARERS, body) == {}
    body = "1. The recruitment of in-house foster carers has improved, and more children now live with local carers.\n"
    assert _later_calls(tmp_path, FOSTER_CARERS, body) == {"1": ["IndependentlyVerified"]}


TIMELY = ["Improve the timeliness of initial assessments so that they are completed within ten working days."]


def test_a_finding_on_what_informs_assessments_says_nothing_of_their_timeliness(tmp_path):
    """An item on the timeliness of a thing (linking.json later_findings.meets_the_ask.aspects) is spoken of only by a
    finding that says something of time: missing case histories that do not inform assessments leave it open (black-box
    tester bb316: such a sentence had read it as Recurred)."""
    body = "1. Case histories are missing from many records, so what happened to children before does not inform assessments.\n"
    assert _later_calls(tmp_path, TIMELY, body) == {}


def test_a_finding_on_how_late_assessments_are_raises_it_again(tmp_path):
    body = "1. Too many assessments are still completed late, and children wait for the help they need.\n"
    assert _later_calls(tmp_path, TIMELY, body) == {"1": ["Recurred"]}


def test_only_a_lead_naming_the_aspect_alone_asks_it():
    """'The quality and timeliness of …' asks the quality too: a word on the thing alone still speaks of it."""
    from findings.extract.lexicons import load_json
    from findings.link.asks import asked_of_it, meets

    rule = load_json("lexicons/linking.json")["later_findings"]["meets_the_ask"]
    said = "Assessments are thorough and analyse risk well."
    assert not meets(said, asked_of_it(TIMELY[0], rule), rule)
    assert meets(said, asked_of_it("Improve the quality and timeliness of initial assessments.", rule), rule)
