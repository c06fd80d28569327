"""A document's title is read from its first lines: whether it is a letter (a salutation among its first
`within_lines` lines with words) is asked of those lines only, not of every line of a long report (about 8 ms of the
26 Ofsted reports' reading, each report's every line searched for a letter)."""

from __future__ import annotations

import findings.read as read
from findings.read import heading
from findings.read.walk import reading_config


class _Counted:
    """A pattern that counts the lines it is asked about."""

    def __init__(self, pattern) -> None:
        self.pattern, self.asked = pattern, 0

    def search(self, line: str):
        self.asked += 1
        return self.pattern.search(line)


def test_a_long_report_is_asked_about_its_first_lines_only(monkeypatch):
    counted = _Counted(read._WORD)
    monkeypatch.setattr(read, "_WORD", counted)
    text = "Inspection of Anytown local\nauthority children's services\n\n" + "A line of the report.\n" * 5000
    assert heading(text) == "Inspection of Anytown local authority children's services"
    assert counted.asked == reading_config()["letter_title"]["within_lines"] + 1  # and the blank line among them


def test_a_letter_still_has_its_subject_line_for_a_title():
    text = "12 March 2019\n\nDear Jo,\n\nFocused visit to Anytown local authority\nchildren's services\n\n" + "Text.\n" * 50
    assert heading(text) == "Focused visit to Anytown local authority children's services"
    assert heading("Dear Jo,\n\nThank you for inviting us.\n") == "Dear Jo,"
