"""A recommendation list whose items name what must improve ('2. The quality of …', as 2018–2026 reports word them)
and skip a number (left out, or lost to a page break of the copy) had ended at the gap: '4.' and '5.' after '2.' were
lost, where a list whose items ask ('4. Strengthen …') was read whole. It goes on now past a number or two skipped
(extract/report_layout.json numbering_gap), in a numbered list and in a table's number cells alike, each item keeping
the number printed; a number that jumps further ends the list, as the report's numbered paragraphs must."""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant

REPORT = DATA / "other_councils" / "riverton_ilacs_report.md"
ITEMS = [
    "The timeliness of initial health assessments for children who come into care.",
    "The quality and consistency of pathway plans for care leavers.",
    "Management oversight of children who are privately fostered.",
    "How well the corporate parenting board hears the views of children in care.",
]


def _with_list(lines: str) -> str:
    """The report with its bulleted 'What needs to improve?' list printed as `lines`."""
    text = REPORT.read_text(encoding="utf-8")
    start = text.index("- The timeliness")
    end = text.index("The experiences and progress of children who need help and protection: good")
    return text[:start] + lines + "\n" + text[end:]


def _numbered(numbers: list[int]) -> str:
    return "".join(f"{n}. {item}\n" for n, item in zip(numbers, ITEMS, strict=True))


def _table(numbers: list[int]) -> str:
    rows = "".join(f"| {n} | {item} |\n" for n, item in zip(numbers, ITEMS, strict=True))
    return "| No. | Area for improvement |\n|---|---|\n" + rows


@pytest.mark.parametrize("name,printed", [("report.txt", _numbered), ("report.md", _table)], ids=["numbered", "table"])
@pytest.mark.parametrize("numbers", [[1, 2, 3, 4], [1, 2, 4, 5], [1, 3, 4, 6], [1, 2, 3, 6]])
def test_a_list_that_skips_a_number_or_two_is_read_whole(tmp_path, name, printed, numbers):
    doc, part = _variant(tmp_path, name, _with_list(printed(numbers)))
    assert [(r.identifier, r.text) for r in part.recommendations] == [(str(n), t) for n, t in zip(numbers, ITEMS, strict=True)]
    for item in part.recommendations:  # each quote is the item's own words, the number left out
        assert " ".join(doc.text[s.start : s.end] for s in item.spans).split() == item.text.split()


@pytest.mark.parametrize("name,printed", [("report.txt", _numbered), ("report.md", _table)], ids=["numbered", "table"])
def test_a_number_that_jumps_further_or_goes_back_ends_the_list(tmp_path, name, printed):
    for numbers, kept in (([1, 2, 9, 10], 2), ([1, 2, 1, 2], 2)):
        _, part = _variant(tmp_path, name, _with_list(printed(numbers)))
        assert [r.text for r in part.recommendations] == ITEMS[:kept], numbers


def test_the_numbered_paragraphs_after_the_list_stay_findings(tmp_path):
    """The report's findings are numbered 1, 2, … under the next heading: none of them joins a list that skipped."""
    _, part = _variant(tmp_path, "report.txt", _with_list(_numbered([1, 2, 4, 5])))
    assert len(part.recommendations) == 4
    assert not any(r.text.startswith("Children and families receive") for r in part.recommendations)
