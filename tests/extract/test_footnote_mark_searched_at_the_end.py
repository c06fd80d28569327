"""A judgement row's footnote mark ('Outstanding 1', 'Good*', 'Good (1)') ends its text: it is searched for from where it
can start, not tried at every character of the row, and the row comes out as removing every match would leave it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract.judgement_table import _FOOTNOTE_MARK, _unmarked


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"Goodab Z19*¹()[]\t\n.", "\u00a0", "\u2003", "\u212a"]), max_size=24))
def test_the_same_text_as_removing_every_match(text):
    assert _unmarked(text) == _FOOTNOTE_MARK.sub("", text)


def test_marks_of_each_kind_are_removed_and_figures_of_an_area_kept():
    assert _unmarked("Outstanding 1") == "Outstanding"
    assert _unmarked("Good*") == _unmarked("Good¹") == _unmarked("Good (1)") == _unmarked("Good [2]") == "Good"
    assert _unmarked("Inadequate1") == "Inadequate" and _unmarked("Good ***\n") == "Good\n"
    assert _unmarked("Children under 5") == "Children under"  # as the pattern: the caller keeps an area's own figure
    assert _unmarked("Requires improvement to be good") == "Requires improvement to be good"
    assert _unmarked("2 Good") == "2 Good" and _unmarked("") == "" and _unmarked("1") == "1"
