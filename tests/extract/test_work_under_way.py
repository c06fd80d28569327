"""'Work is under way to bring visits in line with statutory guidance': the standard named is an aim, not a strength
found (issue #9, 2); the phrases are 'aims' in extract/lexicons/polarity.json."""

from __future__ import annotations

import pytest

from findings.extract.polarity import sentence_polarities


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Work is under way to bring visits in line with statutory guidance.", "Weakness"),
        ("Plans are in place to improve the timeliness of assessments.", "Weakness"),
        ("The service is working towards being compliant with statutory guidance.", "Weakness"),
        ("Managers have reviewed the policy in order to bring visits in line with statutory guidance.", "Weakness"),
        # the aim outweighed by a strength found, or naming no standard: no weakness
        ("Leaders have acted effectively and work is under way to bring visits in line with statutory guidance.", "Strength"),
        ("Work is under way to recruit more foster carers.", None),
        # the standard found met stays a strength
        ("Visits to children in care are in line with statutory guidance.", "Strength"),
        ("Work is under way to extend the offer, and visits are in line with statutory guidance.", "Strength"),
        # plans in place to do a thing for children, not an aim of the service's (reviewer helper-223)
        ("Safety plans are in place to protect children and are reviewed regularly.", "Strength"),
        ("Contingency plans are in place to ensure that children have access to an advocate.", "Strength"),
    ],
)
def test_work_towards_a_standard_is_not_the_standard_met(sentence, polarity):
    assert [p for _, _, p in sentence_polarities(sentence)] == [polarity]
