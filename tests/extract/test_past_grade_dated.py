"""A past grade dated in the past ('were found to be inadequate in November 2012', 'at the last inspection') reports
history, not a weakness of now (issue #9, 3); a grade said in the present stays a weakness."""

from __future__ import annotations

import pytest

from findings.extract.polarity import sentence_polarities


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Services for children in need of help and protection were found to be inadequate in November 2012.", None),
        ("Services for children in care were judged to require improvement at the last inspection.", None),
        ("The fostering service was rated inadequate in 2016 and has since improved.", "Strength"),
        ("The adoption service was judged inadequate on 4 March 2014.", None),
        # the present, or a grade with no past date, stays a weakness (both directions)
        ("Services for children in need of help and protection are inadequate.", "Weakness"),
        ("Services for children in need of help and protection remain inadequate.", "Weakness"),
        ("Services were found to be inadequate in November 2012 and remain inadequate.", "Weakness"),
        ("Of the 30 cases audited, 12 were judged inadequate in March.", "Weakness"),
        ("Two of the council's four children's homes were judged inadequate at their most recent inspection.", "Weakness"),
        ("The care leavers service was found to be inadequate during this inspection.", "Weakness"),
        # a count of cases audited with its year is a finding of now; 'in the 2015 inspection' is history (reviewer helper-223)
        ("Of the 40 cases audited, 12 were judged inadequate in 2023.", "Weakness"),
        ("In the audit programme, a third of cases were rated inadequate in 2023-24.", "Weakness"),
        ("Services were judged inadequate in the 2015 inspection.", None),
    ],
)
def test_a_grade_dated_in_the_past_is_history(sentence, polarity):
    assert [p for _, _, p in sentence_polarities(sentence)] == [polarity]
