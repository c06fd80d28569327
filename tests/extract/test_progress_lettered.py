"""A progress paper that keys the inspection's recommendations by letter ('Recommendation (a):', '(a) exploitation:',
'Recommendation A -') reads as one numbered 1, 2 … does, each letter the recommendation at its place, and its
'Action B2' is action 2.2 (black-box tester helper-358: such papers gave 'found no assessment or item')."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.progress_report import extract_progress_report
from findings.model import Extraction
from findings.read import read_document

_HEAD = (
    "NORTHMOOR COUNCIL\n\nCHILDREN'S SCRUTINY COMMITTEE\n\nTuesday, 14 October 2025\n\n"
    "REPORT TITLE: OFSTED IMPROVEMENT PLAN - PROGRESS REPORT\n\n1.0 PURPOSE OF THE REPORT\n\n"
    "1.1 This report sets out progress against the improvement plan agreed after the Ofsted inspection of March 2025.\n\n"
    "2.0 PROGRESS\n\n"
)
_TAIL = "\n3.0 RECOMMENDATION\n\n3.1 That the Committee notes the report.\n"
_SAID = [
    "The multi-agency exploitation panel was established in June 2025 and meets monthly. Green - complete.",
    "The revised assessment framework has not yet been completed. Amber - on track.",
    "Monthly case supervision audits began in July 2025. Green - complete.",
]
_SUBJECTS = ["exploitation", "disabled children", "front door oversight"]


def _updates(folder, keys: list[str], said: list[str] = _SAID) -> list:
    """The updates the progress reader takes from the paper with its three items, `said`, keyed `keys`."""
    body = "".join(f"{key} {words}\n\n" for key, words in zip(keys, said, strict=True))
    path = folder / "progress.txt"
    path.write_text(_HEAD + body + _TAIL, encoding="utf-8")
    out = Extraction()
    extract_progress_report(read_document(path, path.name), out)
    return out.updates


@pytest.mark.parametrize(
    "keys",
    [
        ["Recommendation (a):", "Recommendation (b):", "Recommendation (c):"],
        [f"({letter}) {subject}:" for letter, subject in zip("abc", _SUBJECTS, strict=True)],
        [f"Recommendation {letter} - {subject}:" for letter, subject in zip("ABC", _SUBJECTS, strict=True)],
        [f"{letter}. {subject}:" for letter, subject in zip("ABC", _SUBJECTS, strict=True)],
        [f"{letter}) {subject} -" for letter, subject in zip("abc", _SUBJECTS, strict=True)],
    ],
)
def test_lettered_items_are_the_recommendations_at_their_places(tmp_path, keys):
    updates = _updates(tmp_path, keys)
    assert [(u.about, u.as_at, u.text.split()[-1]) for u in updates] == [
        ("1", date(2025, 10, 14), "complete."),
        ("2", date(2025, 10, 14), "track."),
        ("3", date(2025, 10, 14), "complete."),
    ]
    assert all(_SAID[i] in u.text for i, u in enumerate(updates))


def test_a_lettered_list_with_no_subjects_or_out_of_order_keys_nothing(tmp_path):
    """A meeting's decisions lettered '(a) notes …' name no subject before a colon, and letters not run from 'a' are
    no key: neither is read as progress on a recommendation."""
    assert _updates(tmp_path, ["(a)", "(b)", "(c)"]) == []
    assert _updates(tmp_path, ["(c) exploitation:", "(e) disabled children:", "(g) front door:"]) == []


def test_an_action_lettered_under_its_recommendation_is_that_action(tmp_path):
    """'Action B2 has been delayed …' in the update on recommendation B is progress on action 2.2, as 'Action 2.2' is."""
    keys = ["Recommendation A - exploitation:", "Recommendation B - disabled children:", "Recommendation C - front door:"]
    lettered = "Action B1 is complete; the pathway was launched. Action B2 has been delayed to June 2026. Amber."
    said = [_SAID[0], lettered, _SAID[2]]
    updates = _updates(tmp_path, keys, said)
    assert sorted(u.about for u in updates if u.echo) == ["2.1", "2.2"]


def test_a_paper_lettering_its_own_sections_keys_no_recommendation(tmp_path):
    """'(a) Purpose:' / '(b) Background:' / '(c) Progress:' / '(d) Financial implications:' letter the paper's own
    sections, not the inspection's recommendations: no update on recommendations 2, 3, 4 (helper-374)."""
    path = tmp_path / "progress.txt"
    path.write_text(
        "NORTHMOOR COUNCIL\n\nCHILDREN'S SCRUTINY COMMITTEE\n\nTuesday, 14 October 2025\n\n"
        "REPORT TITLE: OFSTED RECOMMENDATIONS - PROGRESS REPORT\n\n"
        "(a) Purpose: This report sets out progress against the recommendations of the Ofsted inspection of March 2025.\n\n"
        "(b) Background: Ofsted inspected the council's children's services in March 2025 and made four recommendations.\n\n"
        "(c) Progress: The exploitation panel was established in June 2025. Audits of pathway plans are complete.\n\n"
        "(d) Financial implications: There are none arising from this report.\n",
        encoding="utf-8",
    )
    out = Extraction()
    extract_progress_report(read_document(path, path.name), out)
    assert [u.about for u in out.updates] == []


def test_a_lettered_own_section_among_lettered_recommendations_is_no_key(tmp_path):
    """'(d) Financial implications: …' after '(a) exploitation:' … '(c) front door oversight:' is no recommendation 4."""
    keys = [f"({letter}) {subject}:" for letter, subject in zip("abcd", [*_SUBJECTS, "Financial implications"], strict=True)]
    updates = _updates(tmp_path, keys, [*_SAID, "There are none arising from this report."])
    assert [u.about for u in updates] == ["1", "2", "3"]


def test_roman_keys_are_roman_unless_the_paper_letters_up_to_them(tmp_path):
    """'Recommendation (i)' / '(ii)' / '(iii)' are 1, 2, 3, not the ninth letter and nothing; in a paper keyed
    (a) … (h), '(i)' is the ninth (helper-374)."""
    roman = _updates(tmp_path, ["Recommendation (i):", "Recommendation (ii):", "Recommendation (iii):"])
    assert [u.about for u in roman] == ["1", "2", "3"]
    keys = [f"Recommendation ({letter}):" for letter in "abcdefghi"]
    said = [f"Work on item {n} was completed in June 2025. Green - complete." for n in range(1, 10)]
    assert [u.about for u in _updates(tmp_path, keys, said)] == [str(n) for n in range(1, 10)]
