"""A committee paper titled by its subject that says it reports on one recommendation ('It reports on progress
against recommendation 3 of the Ofsted inspection of February 2023') is a progress report on that recommendation
(issue #9, tester helper-235: such a paper was read as nothing, so its progress was lost and the request it answered
stayed open): its paragraphs under its other headings are progress on it, dated by the paper's 'Date of meeting',
and a sentence naming an action by the plan's number is that action's too; its purpose and its own recommendation for
decision are none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

PAPER = Path(__file__).parent.parent / "data" / "requested_paper" / "fenmoor_care_leavers_paper_2023_11.txt"
SAYS = "It reports on progress against recommendation 3 of the Ofsted inspection of February 2023"


def _read(tmp_path: Path, text: str):
    from findings.extract.document import extract_document
    from findings.read import read_document

    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    for update in part.updates:  # every quote is the document's own text at its offsets
        assert update.text == "".join(doc.text[s.start : s.end] for s in update.spans)
    return doc, part


def test_a_paper_on_one_recommendation_is_read_as_progress_on_it_and_its_actions(tmp_path):
    doc, part = _read(tmp_path, PAPER.read_text(encoding="utf-8"))
    assert doc.kinds == ["meeting paper", "progress report"] and doc.date == date(2023, 11, 9)
    # its cover names the committee and its day, and it says the committee asked for it: that meeting's paper too
    said = [(u.assessment, u.about, u.text.split(" (action")[0], u.as_at) for u in part.updates]
    assert {(key, day) for key, _, _, day in said} == {("fenmoor/ofsted-2023", date(2023, 11, 9))}
    assert [(about, words) for _, about, words, _ in said] == [
        ("3", "Eleven young people have moved into Staying Close homes this year"),
        ("3.2", "Eleven young people have moved into Staying Close homes this year"),
        ("3", "Both housing providers signed the joint housing protocol in September"),
        ("3.1", "Both housing providers signed the joint housing protocol in September"),
    ]
    assert part.updates[0].text.endswith("Two more homes open in January.")  # the whole paragraph is the recommendation's
    assert part.updates[1].text.endswith("(action 3.2), against a target of 15.")  # the sentence naming it, the action's


@pytest.mark.parametrize(
    "says",
    [
        "The report set out progress against recommendation 3 of the Ofsted inspection of February 2023",  # an account
        "It reports on progress against recommendations 2 and 3 of the Ofsted inspection of February 2023",  # several
        "It reports on progress against recommendation 3 and 4 of the Ofsted inspection of February 2023",
    ],
)
def test_a_paper_that_names_no_one_recommendation_as_its_own_subject_is_not_read_so(tmp_path, says):
    text = PAPER.read_text(encoding="utf-8")
    assert SAYS in text
    _, part = _read(tmp_path, text.replace(SAYS, says))
    assert part.updates == []


def test_paragraphs_under_the_papers_own_sections_are_no_progress(tmp_path):
    """A paragraph after the one saying what the paper is about, still under 'Purpose of the report', and one under
    'Financial implications' are the paper's own, not progress on its recommendation."""
    text = PAPER.read_text(encoding="utf-8")
    text = text.replace("\n\n2. Where we are", "\n\n1.2 The inspection report was published in March 2023.\n\n2. Where we are")
    costs = "3. Financial implications\n\n3.1 The homes are paid for from the existing budget."
    text = text.replace("\n\n3. Recommendations", f"\n\n{costs}\n\n4. Recommendations")
    text = text.replace("3.1 The Committee is asked", "4.1 The Committee is asked")
    _, part = _read(tmp_path, text)
    assert [u.about for u in part.updates] == ["3", "3.2", "3", "3.1"]
    assert not any("published" in u.text or "budget" in u.text for u in part.updates)


@pytest.mark.parametrize(
    "says",
    [
        "This paper answers the question the Committee put in June and reports on progress against recommendation 3 of "
        "the Ofsted inspection of February 2023",
        "The report responds to that request and sets out progress against recommendation 3 of the Ofsted inspection of "
        "February 2023",
    ],
)
def test_a_paper_that_says_so_after_another_clause_of_its_own_is_read_as_progress_on_it(tmp_path, says):
    """'This report responds to that request and sets out progress against recommendation 3': the paper speaks of
    itself after a clause of its own (unseen tester helper-306: such a paper gave no progress, its action overdue)."""
    text = PAPER.read_text(encoding="utf-8")
    _, part = _read(tmp_path, text.replace(SAYS, says))
    assert [u.about for u in part.updates] == ["3", "3.2", "3", "3.1"]
