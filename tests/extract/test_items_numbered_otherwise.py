"""Recommendation lists whose items are numbered in ways the bundled reports never print (helper-154 varied them):
named by a number in words ('Recommendation one:', 'Recommendation Two –'), named so on a line of their own over the
item's words ('Recommendation 3' / 'Ensure that …'), and numbered with only a space ('1 The quality of …') where the
items name what must improve rather than ask. Each had kept its name in every item's words and quote, or lost the list."""

from __future__ import annotations

import re

import pytest

from tests.conftest import DATA
from tests.extract.test_report_wordings import _variant
from tests.pdfmaker import make_pdf

SIF = DATA / "other_councils" / "rutland_sif_report_2015.txt"
ILACS = DATA / "other_councils" / "torbay_ilacs_report_2024.txt"
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight"}


def _quoted(doc, item) -> str:
    return " ".join(doc.text[s.start : s.end] for s in item.spans)


def _renumbered(marker) -> str:
    """The SIF report with each recommendation's '3. ' printed as `marker` gives it (the strength numbered 7 stays)."""
    text = SIF.read_text(encoding="utf-8")
    return re.sub(r"(?m)^([1-68])\. (?=[A-Z])", lambda m: marker(int(m.group(1))), text)


@pytest.mark.parametrize(
    "marker",
    [
        lambda n: f"Recommendation {_WORDS[n]}: ",
        lambda n: f"Recommendation {_WORDS[n].capitalize()} – ",
        lambda n: f"Recommendation {_WORDS[n].capitalize()} ",
        lambda n: f"Recommendation {n}\n",
        lambda n: f"Recommendation {_WORDS[n]}\n",
    ],
    ids=["words-colon", "words-dash", "words-space", "figure-alone-on-its-line", "words-alone-on-its-line"],
)
def test_items_named_by_a_number_in_words_or_over_their_words_keep_the_name_out(tmp_path, marker):
    expected = [(r.identifier, r.text) for r in _variant(tmp_path, SIF.name, SIF.read_text(encoding="utf-8"))[1].recommendations]
    doc, part = _variant(tmp_path, SIF.name, _renumbered(marker))
    assert [(r.identifier, r.text) for r in part.recommendations] == expected
    assert [r.identifier for r in part.recommendations] == ["1", "2", "3", "4", "5", "6", "8"]
    for item in part.recommendations:
        assert _quoted(doc, item).split()[0] == item.text.split()[0] and "Recommendation" not in _quoted(doc, item)


_LISTED = ["The quality and timeliness", "The consistency of management", "The sufficiency of suitable"]


@pytest.mark.parametrize("form", ["txt", "pdf"])
def test_items_that_name_numbered_with_only_a_space_are_the_list_without_their_numbers(tmp_path, form):
    """'1 The quality and timeliness of …' (no stop after the number): the list had been lost whole, as a page's
    footnote ('1 The areas for improvement …') is no list. Numbered in order, 1 then 2, it is one."""
    text = ILACS.read_text(encoding="utf-8")
    for n, opening in enumerate(_LISTED, start=1):
        text = text.replace(f"\n{opening}", f"\n{n} {opening}")
    if form == "pdf":
        lines = [line for line in text.splitlines() if line.strip()]
        path = tmp_path / ILACS.with_suffix(".pdf").name
        path.write_bytes(make_pdf([lines[k : k + 40] for k in range(0, len(lines), 40)]))
        doc, part = _read_pdf(path)
    else:
        doc, part = _variant(tmp_path, ILACS.name, text)
    recs = part.recommendations
    assert [r.identifier for r in recs] == ["1", "2", "3"]
    assert [r.text[: len(o)] for r, o in zip(recs, _LISTED, strict=True)] == _LISTED
    for item in recs:
        assert _quoted(doc, item).split() == item.text.split()


def _read_pdf(path):
    from findings.extract.document import extract_document
    from findings.read import read_document

    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def test_a_footnote_numbered_1_under_the_heading_is_still_no_item(tmp_path):
    """Only a run in order makes bare numbers a list: a lone '1 The areas …' under the heading stays a footnote."""
    note = "1 The areas for improvement are cross-referenced with the national framework."
    text = ILACS.read_text(encoding="utf-8").replace("\nThe quality and timeliness", f"\n{note}\nThe quality and timeliness")
    doc, part = _variant(tmp_path, ILACS.name, text)
    assert not any(r.text.startswith(("1 ", "The areas")) for r in part.recommendations)


def test_a_finding_numbered_on_with_only_a_space_after_the_list_is_no_item(tmp_path):
    """A SIF report numbers its findings on after its recommendations: printed '7 Adoption performance is good …'
    right after the list's '6 Strengthen …', it is a finding (it asks nothing, and the list asked), not item 7."""
    text = re.sub(r"(?m)^([1-8])\. (?=[A-Z])", r"\1 ", SIF.read_text(encoding="utf-8"))
    text = text.replace("The local authority’s strengths\n", "").replace("Page 3 of 8 Rutland County Council\n", "")
    doc, part = _variant(tmp_path, SIF.name, text)
    assert [r.identifier for r in part.recommendations] == ["1", "2", "3", "4", "5", "6", "8"]
    assert not any(r.text.startswith("Adoption") for r in part.recommendations)
