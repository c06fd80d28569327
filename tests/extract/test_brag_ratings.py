"""A rating column headed 'BRAG' (Blue, Red, Amber, Green) is read as a 'RAG' one is, and a key line opening 'BRAG key:'
is the paper's key (issue #9, helper-225: a web page's progress table headed 'BRAG' was dropped whole, and a tracker's
Blue under 'BRAG key: Blue = complete' left the action overdue). Small documents in another council's wording."""

from __future__ import annotations

from datetime import date

from findings.extract.document import extract_document
from findings.model import Document
from findings.read import read_document

PAPER = """Northfield Council
Children's Services Scrutiny Committee - 4 December 2023

Progress on the Ofsted recommendations after the inspection of children's services, fieldwork 6 to 17 March 2023

BRAG key: Blue - complete; Green - on track; Amber - some slippage; Red - off track.

Ref\tRecommendation\tProgress to date\tBRAG
R1\tThe quality of plans for children in need\tEvery plan is now reviewed by a manager each month.\tBlue
R2\tThe timeliness of health assessments\tA new booking process is being tried in two teams.\tGreen
"""


def test_a_progress_table_headed_brag_is_read_by_its_brag_key():
    from findings.status.cues import progress_of

    doc = Document(path="committee.txt", text=PAPER, sha256="b" * 64, normalisation="", media_type="text/plain")
    updates = {u.about: u for u in extract_document(doc).updates if u.about_kind == "recommendation"}
    assert sorted(updates) == ["1", "2"]
    assert (updates["1"].means, progress_of(updates["1"].means)) == ("complete", "Done")
    assert (updates["2"].means, progress_of(updates["2"].means)) == ("on track", "Underway")
    key = updates["1"].spans[-1]
    assert doc.text[key.start : key.end] == "Blue - complete"


def test_a_brag_key_line_says_what_each_colour_means():
    from findings.extract.rag import rag_key

    key = rag_key("Improvement tracker\nBRAG key: Blue = complete; Green = on track; Red = off track\n")
    assert {colour: meaning for colour, (meaning, _, _) in key.items()} == {
        "blue": "complete",
        "green": "on track",
        "red": "off track",
    }


def test_a_workbooks_brag_column_is_its_status_read_by_its_brag_key(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Northfield Council: improvement tracker after the Ofsted inspection of children's services"])
    sheet.append(["Inspection fieldwork:", "6 to 17 March 2023"])
    sheet.append(["BRAG key: Blue = complete; Green = on track; Amber = some slippage; Red = off track"])
    sheet.append(["Rec", "Action ref", "Action", "Lead", "Due date", "BRAG", "Progress as at 30 September 2023"])
    sheet.append(["1", "1.1", "Audit every child in need plan each quarter.", "Head of Service", "31/07/2023", "Blue", ""])
    sheet.append(["1", "1.2", "Train all team managers in planning.", "Principal Social Worker", "31/12/2023", "Green", ""])
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    part = extract_document(read_document(path, path.name))
    assert [(a.identifier, a.due_by) for a in part.actions] == [("1.1", date(2023, 7, 31)), ("1.2", date(2023, 12, 31))]
    assert {u.about: (u.text, u.means) for u in part.updates if u.about_kind == "action"} == {
        "1.1": ("Blue", "complete"),
        "1.2": ("Green", "on track"),
    }
