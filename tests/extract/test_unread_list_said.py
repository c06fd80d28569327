"""A recommendation heading ('What needs to improve?', 'Areas for improvement') under which no item is read must not
pass in silence (tester helper-281: whole lists lost, nothing on stderr, the report looking as if it made none): the
build says so on stderr, naming the file and the heading; not where a line under it says there is none, nor where
its items are read."""

from __future__ import annotations

from click.testing import CliRunner

from findings.cli import cli

TOP = """Inspection of Ashcombe local authority children's services

Inspection dates: 4 to 15 September 2023
Lead inspector: Lee Example, His Majesty's Inspector

Judgement Grade
Overall effectiveness Good

Children in Ashcombe are helped and protected well.

"""
# a glyphless list run straight into a numbered line that asks: a layout no reader knows (the report's numbered
# paragraphs, which state, end a glyphless list: test_glyphless_list_before_paragraphs_on_its_page.py)
UNREAD = """What needs to improve?
The timeliness of reviews of plans for children in need.
The quality of supervision for newly qualified social workers.
1. Leaders should ensure that children who need help receive a prompt response from the front door.
2. Leaders have a clear understanding of the strengths of services and where they must improve.
"""
NONE = """Priority and immediate action
None.

Areas for improvement
- Ensure that every child who goes missing is offered a return home interview.
"""


def _stderr(tmp_path, words: str) -> str:
    path = tmp_path / "reports" / "ashcombe-ilacs-2023.txt"
    path.parent.mkdir()
    path.write_text(TOP + words + "\nPublished: 20 October 2023\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path.parent), "--out", str(tmp_path / "g"), "--no-cache", "--no-pictures"])
    assert result.exit_code == 0, result.output
    return result.stderr


def test_a_heading_with_no_item_read_is_said(tmp_path):
    said = [line for line in _stderr(tmp_path, UNREAD).splitlines() if "no recommendation" in line]
    assert len(said) == 1
    assert "ashcombe-ilacs-2023.txt" in said[0] and "'What needs to improve?'" in said[0]


def test_a_list_saying_there_is_none_or_read_is_not_said(tmp_path):
    assert "no recommendation" not in _stderr(tmp_path, NONE)
