"""A list that stops at a page break its reading does not get past (a foot no pattern knows, too long for a running
line: 'Copy for the Corporate Parenting Board and …'), though the next page goes on with an item alike (helper-265:
items after a break were lost with nothing said): the build says so on stderr, naming the file, the inspection, the
last item read and the line left out; not for a finding numbered on after the list, which asks nothing (a council
never tuned on). A short foot is passed as a running line, and the item after it read."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

TITLE = [
    "Kestrel Vale Council",
    "Inspection of services for children in need of help and protection, children looked after and care leavers",
    "Inspection date: 2 March 2016 - 24 March 2016",
    "Report published: 6 May 2016",
    "Areas for improvement",
]


_LONG_FOOT = "Copy for the Corporate Parenting Board and the Children and Young People Scrutiny Committee only"  # no
# running line: too long for one


def _extract(tmp_path, second: list[str], glyph: str = "-", foot: str = _LONG_FOOT):
    path = tmp_path / "kestrel-vale-sif-2016.pdf"
    items = ["The timeliness of reviews of plans for children in need.", "The quality of supervision."]
    first = [*TITLE, *(f"{glyph or n}{'.' if not glyph else ''} {item}" for n, item in enumerate(items, 1))]
    path.write_bytes(make_pdf([[*first, foot], second]))
    return extract_document(read_document(path, path.name))


def test_an_item_left_after_a_page_break_is_said(tmp_path):
    out = _extract(
        tmp_path, ["- The offer of return home interviews to every child who goes missing.", "Information about this inspection"]
    )
    notes = [n for n in out.notes if "was not read as one" in n]
    assert len(notes) == 1
    assert "kestrel-vale-sif-2016.pdf" in notes[0] and "kestrel-vale/ofsted-2016" in notes[0] and "up to item 2" in notes[0]
    assert "- The offer of return home interviews" in notes[0]


def test_a_short_running_foot_is_passed_and_the_item_after_it_read(tmp_path):
    """A foot that reads as a running line (short, capitalised, no stop) is passed: the list goes on with its item."""
    second = ["- The offer of return home interviews to every child who goes missing.", "Information about this inspection"]
    out = _extract(tmp_path, second, foot="Copy for the Corporate Parenting Board")
    assert [r.text for r in out.recommendations][-1] == second[0][2:]
    assert not [n for n in out.notes if "was not read as one" in n]


def test_a_finding_numbered_on_after_the_list_is_no_item_left(tmp_path):
    out = _extract(tmp_path, ["The local authority", "3. Children are seen promptly when concerns are raised."], glyph="")
    assert len(out.recommendations) == 2
    assert not [n for n in out.notes if "was not read as one" in n]
