"""A list that says there is nothing in it ('Priority and immediate action' / 'None.') holds no recommendation and takes
no number from the items after it (helper-199 and helper-200, two testers' reports in two layouts: the council's seven
recommendations were numbered 2 to 8 and a progress paper's 'R1' landed on 'None.')."""

from __future__ import annotations

import pytest

REPORT = """Shropshire
Inspection of services for children in need of help and protection, children looked after and care leavers

Inspection date: 5 September 2016 – 29 September 2016
Report published: 15 November 2016

Children's services in Shropshire require improvement to be good

What does the local authority need to improve?

Priority and immediate action

{none}

Areas for improvement

{items}

Summary for children and young people
"""
NUMBERED = (
    "1. Ensure that strategy discussions include all relevant agencies, particularly health.\n"
    "2. Improve the quality of assessments so that they consistently analyse risk.\n"
    "3. Ensure that children who go missing from care are offered a return home interview."
)


@pytest.mark.parametrize("none", ["None.", "None", "None identified.", "There are no areas for priority action.", "N/A"])
@pytest.mark.parametrize("items", [NUMBERED, NUMBERED.replace("1. ", "• ").replace("2. ", "• ").replace("3. ", "• ")])
def test_a_list_saying_none_holds_no_recommendation(tmp_path, none, items):
    from findings.extract.document import extract_document
    from findings.read import read_document

    path = tmp_path / "report.txt"
    path.write_text(REPORT.format(none=none, items=items), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [(r.identifier, r.text.split()[0]) for r in recs] == [("1", "Ensure"), ("2", "Improve"), ("3", "Ensure")]
    for rec in recs:
        assert " ".join("".join(doc.text[s.start : s.end] for s in rec.spans).split()) == rec.text


def test_an_item_opening_with_no_is_still_one():
    """Only an item saying that there is none: 'No child should wait …' asks something."""
    import re

    from findings.extract.lexicons import load_json

    nothing = re.compile(load_json("report_layout.json")["no_item"])
    assert not nothing.fullmatch("No child should wait for a return home interview.")
    assert not nothing.fullmatch("No actions should be closed without evidence of impact.")
    assert not nothing.fullmatch("None of the children had an up-to-date plan.")
