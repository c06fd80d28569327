"""A recommendation a council's next report repeats word for word raises it again, whatever its themes (black-box
tester helper-352): 'The quality of support for care leavers in custody.' names only the broad care leavers, which
counts lightly, so the pair had not even been put to a person; now an item in the earlier one's words, or nearly, is
linked (linking.json recurrence.same_words). One on care leavers who are parents shares most words, not the ask."""

from __future__ import annotations

from findings.build import build

REPORT = """Inspection of Wexmoor local authority children's services

Inspection dates: {dates}

Lead inspector: Anna Brook, His Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve

• {item}
• The timeliness of initial health assessments for children who come into care.
"""


def _recurs(folder, earlier: str, later: str) -> list[tuple[str, str, str]]:
    """(later text, earlier text, 'recurs' or 'review') of each recurs candidate between the two reports' first items."""
    (folder / "a.txt").write_text(REPORT.format(dates="4 March 2019 to 15 March 2019", item=earlier), encoding="utf-8")
    (folder / "b.txt").write_text(REPORT.format(dates="6 March 2024 to 17 March 2024", item=later), encoding="utf-8")
    x = build([folder]).extraction
    texts = {(r.assessment, r.identifier): r.text for r in x.recommendations}
    found = []
    for link in x.links:
        ends = texts[(link.source.assessment, link.source.identifier)], texts[(link.target.assessment, link.target.identifier)]
        if link.kind == "recurs" and ends == (later, earlier):
            found.append((*ends, "recurs" if link.asserted else "review"))
    return found


def test_a_recommendation_repeated_word_for_word_raises_the_earlier_again(tmp_path):
    item = "The quality of support for care leavers in custody."
    assert _recurs(tmp_path, item, item) == [(item, item, "recurs")]


def test_the_link_says_it_is_the_earlier_items_own_words(tmp_path):
    item = "The quality of support for care leavers who are parents."
    (tmp_path / "a.txt").write_text(REPORT.format(dates="4 March 2019 to 15 March 2019", item=item), encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.format(dates="6 March 2024 to 17 March 2024", item=item), encoding="utf-8")
    links = [k for k in build([tmp_path]).extraction.links if k.kind == "recurs" and k.source.identifier == "1"]
    assert [k.target.identifier for k in links if k.asserted] == ["1"]
    assert "same_words" in links[0].method


def test_most_of_the_words_of_another_group_of_care_leavers_are_no_repeat(tmp_path):
    earlier = "The quality of support for care leavers in custody."
    later = "The quality of support for care leavers who are parents."
    assert [link for link in _recurs(tmp_path, earlier, later) if link[2] == "recurs"] == []
