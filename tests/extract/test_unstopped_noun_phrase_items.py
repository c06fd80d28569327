"""An ILACS 'What needs to improve?' list with neither glyph nor stop, its items capitalised noun phrases that wrap
(helper-334): a line ending with a comma whose next line goes on in lower case ('… so that they are specific,' /
'outcome-focused and reviewed regularly') is the item wrapping, not the end of the list, so every item is read, on
one page or across a page break (a council never tuned on)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.pdfmaker import make_pdf

HEAD = [
    "Westmarsh County Council",
    "Inspection of Westmarsh local authority children's services",
    "Inspection dates: 14 May to 25 May 2018",
    "Lead inspector: Jo Example, Her Majesty's Inspector",
    "Overall effectiveness Requires improvement to be good",
    "Leaders know the service well. However, the quality of practice is too variable across the county.",
    "What needs to improve?",
]
ITEMS = [
    [
        "The quality of assessments and plans for children in need, so that they are specific,",
        "outcome-focused and reviewed regularly",
    ],
    [
        "The response to children who go missing from home or care, including the timeliness and quality of",
        "return home interviews",
    ],
    ["Management oversight and supervision, so that social workers are challenged to reduce drift and", "delay in plans"],
    ["The sufficiency of placements for children in care, in particular for older children and sibling groups"],
    ["The consistency of the use of the pre-proceedings stage of the public law outline"],
]
AFTER = [
    "The experiences and progress of children who need help and",
    "protection: requires improvement to be good",
    "1. Assessments are too variable in quality. Some are thorough, but too many lack analysis.",
]


def _recs(tmp_path, pages: list[list[str]]) -> list[str]:
    path = tmp_path / "westmarsh-ilacs.pdf"
    path.write_bytes(make_pdf(pages))
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
    return [rec.text.replace("’", "'") for rec in recs]


EXPECTED = [" ".join(item) for item in ITEMS]


def test_wrapped_unstopped_items_on_one_page_are_all_read(tmp_path):
    assert _recs(tmp_path, [[*HEAD, *(line for item in ITEMS for line in item), *AFTER]]) == EXPECTED


def test_wrapped_unstopped_items_across_a_page_break_are_all_read(tmp_path):
    first = [line for item in ITEMS[:2] for line in item]
    rest = [line for item in ITEMS[2:] for line in item]
    running = ["Inspection of Westmarsh local authority children's services", "14 May to 25 May 2018 2"]
    assert _recs(tmp_path, [[*HEAD, *first], [*running, *rest, *AFTER]]) == EXPECTED


def test_a_start_after_a_full_line_is_said_to_be_guessed(tmp_path):
    path = tmp_path / "westmarsh-ilacs.pdf"
    path.write_bytes(make_pdf([[*HEAD, *(line for item in ITEMS for line in item), *AFTER]]))
    notes = [note for note in extract_document(read_document(path, path.name)).notes if "taken to start" in note]
    assert len(notes) == 1 and "'The consistency of the use of the pre-proceedings" in notes[0]  # after the one full line


def test_a_text_copy_with_indented_items_reads_every_item(tmp_path):
    # the next line's words, not its indent, tell whether a wrapped item goes on (a text copy indents its list)
    path = tmp_path / "westmarsh-ilacs.txt"
    path.write_text("\n".join([*HEAD, *("  " + line for item in ITEMS for line in item), *AFTER]) + "\n", encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [" ".join(rec.text.replace("’", "'").split()) for rec in recs] == EXPECTED
    for rec in recs:
        assert " ".join(w for s in rec.spans for w in doc.text[s.start : s.end].split()) == rec.text
