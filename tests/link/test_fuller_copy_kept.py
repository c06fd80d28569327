"""A report given twice, its PDF and a copy whose list stops short (helper-265: a text copy's list cut after two items;
here a saved extract of the report's first page): the copies' lists disagree, and the copy kept was the one whose items
each stand within one of the other's, the shorter, so the PDF's later items were left out. The fuller reading is kept
where it holds each of the shorter copy's items word for word and items the shorter has nowhere."""

from __future__ import annotations

from findings.build import build
from tests.pdfmaker import make_pdf

HEAD = [
    "Inspection of Fenmarsh local authority children's services",
    "Inspection dates: 3 to 14 June 2019",
    "Lead inspector: Ann Other, Her Majesty's Inspector",
    "What needs to improve?",
]
ITEMS = [
    "The quality of plans for children in need, so that they say what must change and by when.",
    "The timeliness of strategy meetings when children are at risk of significant harm.",
    "The oversight of children who are privately fostered.",
    "The range of local homes for children who need to leave care.",
]


def _copies(tmp_path):
    pdf = tmp_path / "fenmarsh-ilacs-2019.pdf"
    pdf.write_bytes(make_pdf([[*HEAD, *(f"- {item}" for item in ITEMS)], ["Information about this inspection"]]))
    extract = tmp_path / "fenmarsh-ilacs-2019-first-page.txt"
    extract.write_text("\n".join([*HEAD, *(f"• {item}" for item in ITEMS[:2])]) + "\n", encoding="utf-8")
    return pdf, extract


def test_the_copy_that_reads_more_items_is_kept(tmp_path):
    pdf, extract = _copies(tmp_path)
    assert len(build([extract]).extraction.recommendations) == 2  # the extract alone: its two items
    result = build([pdf, extract])
    recs = sorted(result.extraction.recommendations, key=lambda r: r.identifier)
    assert [(r.identifier, r.text.replace("’", "'")) for r in recs] == [(str(n), item) for n, item in enumerate(ITEMS, 1)]
    docs = {d.sha256: d.path for d in result.extraction.documents}
    assert {docs[s.doc] for s in recs[0].spans} == {pdf.name, extract.name}  # an item both copies state: a span in each
    assert {docs[s.doc] for s in recs[3].spans} == {pdf.name}
    (note,) = [n for n in result.extraction.notes if "differently" in n]
    assert f"kept {pdf.name}'s reading" in note and "left out" not in note
