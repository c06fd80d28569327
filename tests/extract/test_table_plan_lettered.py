"""A plan's table that letters the inspection's recommendations ('A', 'B.', '(c)' in its Ref column) and perhaps its
actions ('A1', 'B.2') reads as one numbered 1, 2 … does: 'B' is the second recommendation, 'B.2' its action 2.2
(black-box tester helper-358: such an HTML plan gave 'found no actions in it')."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

_ROWS = [  # (ref, recommendation, action)
    ("A", "Management oversight of work with children in need.", "Introduce fortnightly case reviews."),
    ("B", "The timeliness of assessments for disabled children.", "Recruit two more social workers."),
    ("B", "The timeliness of assessments for disabled children.", "Revise the assessment pathway."),
    ("C", "The quality of life-story work for children in care.", "Train all social workers in life-story work."),
]


def _plan(tmp_path, refs: list[str], codes: list[str] | None) -> list[tuple[str, str, str]]:
    """The actions (number, recommendation, words) read from an HTML plan with its rows' Refs `refs` and action codes."""
    heading = "<th>Ref</th>" + ("<th>Action no</th>" if codes else "") + "<th>Recommendation</th><th>Action</th>"
    rows = "".join(
        f"<tr><td>{ref}</td>" + (f"<td>{codes[i]}</td>" if codes else "") + f"<td>{rec}</td><td>{action}</td>"
        "<td>Head of Service</td><td>September 2025</td><td>Amber</td></tr>"
        for i, (ref, (_, rec, action)) in enumerate(zip(refs, _ROWS, strict=True))
    )
    path = tmp_path / "plan.html"
    path.write_text(
        "<html><body><h1>Northmoor Council &ndash; Children's Services Improvement Plan</h1><p>Response to the Ofsted "
        "inspection of local authority children's services, 3 to 14 February 2025</p><table border='1'>"
        f"<tr>{heading}<th>Lead</th><th>Timescale</th><th>RAG</th></tr>{rows}</table></body></html>",
        encoding="utf-8",
    )
    out = extract_document(read_document(path, path.name))
    return sorted((a.identifier, a.responds_to, a.text) for a in out.actions)


@pytest.mark.parametrize("refs", [["A", "B", "B", "C"], ["A.", "B.", "B.", "C."], ["(a)", "(b)", "(b)", "(c)"]])
def test_lettered_rows_are_the_recommendations_in_order(tmp_path, refs):
    assert _plan(tmp_path, refs, None) == [
        ("1.1", "1", _ROWS[0][2]),
        ("2.1", "2", _ROWS[1][2]),
        ("2.2", "2", _ROWS[2][2]),
        ("3.1", "3", _ROWS[3][2]),
    ]


def test_lettered_action_codes_number_the_actions(tmp_path):
    """'B.2' printed above 'B.1' is action 2.2 all the same: the plan's code, not its row's place."""
    assert _plan(tmp_path, ["A", "B", "B", "C"], ["A.1", "B.2", "B.1", "C1"]) == [
        ("1.1", "1", _ROWS[0][2]),
        ("2.1", "2", _ROWS[2][2]),
        ("2.2", "2", _ROWS[1][2]),
        ("3.1", "3", _ROWS[3][2]),
    ]


@pytest.mark.parametrize("odd", ["N/A", "X", "n/a"])
def test_a_ref_that_is_no_run_of_letters_from_a_is_no_recommendation(tmp_path, odd):
    """'N/A' (letter, slash, letter) in the Ref column is no recommendation 14, nor a lone 'X' recommendation 24: the
    column's letters must run from A in order; the row stays with the recommendation above it (helper-374)."""
    assert _plan(tmp_path, ["1", "2", odd, "3"], None) == [
        ("1.1", "1", _ROWS[0][2]),
        ("2.1", "2", _ROWS[1][2]),
        ("2.2", "2", _ROWS[2][2]),
        ("3.1", "3", _ROWS[3][2]),
    ]
