"""A list's items in lower case, ended with ';' and the last-but-one with '; and' ('… not only on compliance; and' /
'improve the recording of …'): the line after '; and' that opens with its verb opens the last item, with glyphs or
without, on one page or after a page break. Tester bb314 (lowercase-items-merged-after-pagebreak): two of Ofsted's
areas for improvement became one recommendation."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

HEAD = """Inspection of Anyshire local authority children's services
Inspection dates: 3 to 14 March 2025

 Judgement                                                     Grade
 Overall effectiveness                                         Requires improvement to be good

What needs to improve in this local authority?
The local authority should:

"""

GLYPHLESS = """      strengthen the oversight of children placed in unregistered homes, including visits
      by managers; and
      develop the sufficiency of local placements for older children in care.
"""

BULLETED = """ - make sure that return home interviews are offered promptly;
 - ensure that supervision records show the actions agreed and who will take them,
   not only the discussion; and
 - improve the timeliness of initial health assessments.
"""

AFTER_A_PAGE = """ - make sure that return home interviews are offered promptly;

\f
      ensure that supervision records show the actions agreed and who will take them,
      not only the discussion; or
      improve the timeliness of initial health assessments.
"""

TAIL = """
1. Children in care do not always see their social worker as often as their plans require.

Published: 2 May 2025
"""


def _recommendations(tmp_path, items: str) -> list[str]:
    path = tmp_path / "anyshire-2025.txt"
    path.write_text(HEAD + items + TAIL, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()  # its own characters
    return [" ".join(rec.text.split()) for rec in recs]


def test_glyphless_items_split_after_and(tmp_path):
    assert _recommendations(tmp_path, GLYPHLESS) == [
        "strengthen the oversight of children placed in unregistered homes, including visits by managers; and",
        "develop the sufficiency of local placements for older children in care.",
    ]


def test_bulleted_items_stay_as_they_were(tmp_path):
    assert _recommendations(tmp_path, BULLETED) == [
        "make sure that return home interviews are offered promptly;",
        "ensure that supervision records show the actions agreed and who will take them, not only the discussion; and",
        "improve the timeliness of initial health assessments.",
    ]


def test_items_without_glyphs_after_a_page_break_split_after_or(tmp_path):
    assert _recommendations(tmp_path, AFTER_A_PAGE) == [
        "make sure that return home interviews are offered promptly;",
        "ensure that supervision records show the actions agreed and who will take them, not only the discussion; or",
        "improve the timeliness of initial health assessments.",
    ]
