"""A progress table's rating is read by the paper's own RAG key, and work said to go on is not done (issue #9, d3: a
row saying a scheme 'launched' and 'Recruitment continues.' rated Amber, under a key 'Amber – on track', read as
complete). Small documents in another council's wording."""

from __future__ import annotations

import pytest

TABLE = """Children's Services Scrutiny Panel - 5 October 2023

Update on the Ofsted inspection of children's services, fieldwork 6 to 17 February 2023

Progress is reported as at 30 September 2023.

KEY: Green - completed; Amber - on track; Red - at risk

No.\tRecommendation\tProgress\tRAG
1\tSupervision\tThe supervision policy was launched in May 2023 and every team has adopted it.\t{first}
2\tAdvocacy\tThe advocacy contract was agreed in July 2023. All children in care are offered an advocate.\tGreen
"""


def _rows(first: str):
    from findings.extract.document import extract_document
    from findings.model import Document

    text = TABLE.format(first=first)
    doc = Document(path="panel.txt", text=text, sha256="e" * 64, normalisation="", media_type="text/plain")
    part = extract_document(doc)
    return doc, [u for u in part.updates if u.about_kind == "recommendation"]


@pytest.mark.parametrize(("rating", "progress"), [("Amber", "Underway"), ("Green", "Done"), ("Red", "Underway")])
def test_a_rows_rating_is_read_by_the_papers_key(rating, progress):
    from findings.status.cues import progress_of

    doc, (first, second) = _rows(rating)
    assert progress_of(first.means or first.text) == progress  # 'launched … adopted' is done; Amber says not yet
    assert progress_of(second.means or second.text) == "Done"
    key = first.spans[-1]
    assert doc.text[key.start : key.end].lower().startswith(rating.lower())  # the key's entry is quoted too


def test_without_a_key_the_rows_words_decide():
    from findings.status.cues import progress_of

    doc, (first, _) = _rows("Amber")
    without = doc.text.replace("KEY: Green - completed; Amber - on track; Red - at risk\n", "")
    from findings.extract.document import extract_document
    from findings.model import Document

    other = Document(path="p.txt", text=without, sha256="f" * 64, normalisation="", media_type="text/plain")
    [row, _] = [u for u in extract_document(other).updates if u.about_kind == "recommendation"]
    assert row.means is None
    assert progress_of(first.means or first.text) == "Underway"
    assert progress_of(row.means or row.text) == "Done"  # the words say done; no key says what Amber means here


@pytest.mark.parametrize(
    ("text", "progress"),
    [
        ("The mentoring scheme was launched in April 2023 with six mentors. Mentor recruitment continues.", "Underway"),
        ("The mentoring scheme was launched in April 2023. Staff turnover continues to be low.", "Done"),
        ("All actions have been completed and the new process is embedded. Monitoring continues.", "Done"),
        ("Action complete. The quarterly audit cycle continues.", "Done"),
    ],
)
def test_work_said_to_continue_is_underway(text, progress):
    from findings.status.cues import progress_of

    assert progress_of(text) == progress


@pytest.mark.parametrize(
    ("key", "row", "rating", "progress"),
    [
        # a key's entry the cues cannot deny leaves the row to its words (reviewer helper-214)
        (
            "Green - achieved; Amber - partially achieved; Red - not achieved",
            "The health pathway review has not started; the new nurse post is still vacant.",
            "Red",
            "NotStarted",
        ),
        # a key saying the work is behind beside words saying some of it was done: under way (helper-215's 'Red – delayed')
        (
            "Green - complete; Amber - on track; Red - delayed",
            "The market supplement was approved in December.",
            "Red",
            "Underway",
        ),
        # the key decides where the words say little ('in use since January', rated Green – complete)
        ("Green - complete; Amber - on track; Red - delayed", "The new template has been in use since January.", "Green", "Done"),
        (
            "Green - complete or on track; Amber - slipping; Red - off track",
            "The new policy is in place. Complete.",
            "Green",
            "Done",
        ),
    ],
)
def test_a_key_decides_only_against_a_row_its_words_read_as_done(key, row, rating, progress):
    from findings.extract.document import extract_document
    from findings.model import Document
    from findings.status.cues import progress_of

    text = TABLE.replace("KEY: Green - completed; Amber - on track; Red - at risk", f"KEY: {key}").format(first=rating)
    text = text.replace("The supervision policy was launched in May 2023 and every team has adopted it.", row)
    doc = Document(path="panel.txt", text=text, sha256="d" * 64, normalisation="", media_type="text/plain")
    first = next(u for u in extract_document(doc).updates if u.about_kind == "recommendation" and u.about == "1")
    assert progress_of(first.means or first.text) == progress


ROWS = (
    (
        "1a",
        "Set up a fortnightly missing panel to review each child missing three times",
        "2024-05-31",
        "{rating}",
        "Terms of reference agreed; the first panel sits in July 2024.",
    ),
    (
        "1b",
        "Commission return home interviews from a new provider",
        "2024-04-30",
        "Blue",
        "New provider commissioned from 1 April 2024.",
    ),
)
PLAN = (
    "Riverside Council - Children's Services Improvement Tracker\n"
    "Response to the Ofsted inspection of local authority children's services, 4 to 15 March 2024\n"
    "Updated 30 June 2024\n"
    "RAG key: Blue – complete; Green – on track; Amber – some slippage; Red – off track\n"
    "Ref\tRecommendation\tAction\tOwner\tDue by\tRAG\tProgress as at 30.06.24\n"
) + "".join(
    f"{ref}\tThe response to children who go missing.\t{action}\tHead of Service\t{due}\t{rag}\t{words}\n"
    for ref, action, due, rag, words in ROWS
)


@pytest.mark.parametrize(("rating", "progress"), [("Green", "Underway"), ("Blue", "Done")])
def test_a_plan_rows_words_beside_its_colour_are_read_by_the_key(tmp_path, rating, progress):
    """A tracker's row rated Green under 'Green – on track', its words saying a step was agreed, is under way: the
    action is not done, and stays overdue once its date passes (helper-220: read done, it left overdue-actions)."""
    from findings.build import build
    from findings.status.cues import progress_of

    (tmp_path / "tracker.txt").write_text(PLAN.format(rating=rating), encoding="utf-8")
    updates = build([tmp_path]).extraction.updates
    words = [u for u in updates if u.about == "1.1" and "Terms of reference" in u.text]
    assert [progress_of(u.means or u.text) for u in words] == [progress]
    done = [u for u in updates if u.about == "1.2" and "New provider" in u.text]
    assert [progress_of(u.means or u.text) for u in done] == ["Done"]
