"""One report as a PDF and as a text copy whose lists were read apart (helper-259): the PDF's bullets were drawn as
pictures and two of its items read as one, the text copy's '•' bullets split them right. Items were joined across
copies by number only, so one recommendation held two texts and two due dates, the SHACL check failed and the build
exited 1. The copies' items are joined by their words: the reading whose items each stand within one item of the
other copy is kept, the other copy's items join it where they state one of its items word for word, the rest are left
out, and the build says so on stderr, naming the inspection and both copies (a council never tuned on)."""

from __future__ import annotations

from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from findings.shacl import check_triples
from tests.pdfmaker import make_pdf

HEAD = [
    "Inspection of local authority arrangements for the protection of children",
    "Eastwold Borough Council",
    "Inspection dates: 14 - 25 January 2013",
    "Published: 22 March 2013",
    "Areas for improvement",
]
INTRO = "1. In order to improve the protection of children in Eastwold the local authority and its partners should take the"
FIRST = "ensure that child protection plans set out clear, measurable outcomes for children and their families"
SECOND = "review arrangements for recording management decisions on children's case files"
THIRD = "ensure that the voice of the child is evident in all assessments"


def _copies(tmp_path):
    """The PDF (its first two items read as one: 'review arrangements …' after a full line may go on a sentence) and
    the text copy (three items)."""
    pdf = tmp_path / "eastwold-cp-2013.pdf"
    lines = [*HEAD, INTRO, "following action.", "Within three months:", FIRST, SECOND, "Within six months:", THIRD]
    pdf.write_bytes(make_pdf([lines]))
    text = tmp_path / "eastwold-cp-2013.txt"
    intro = f"{INTRO} following action."
    items = ["Within three months:", f"• {FIRST}", f"• {SECOND}", "Within six months:", f"• {THIRD}"]
    text.write_text("\n".join([*HEAD[:4], "", HEAD[4], intro, *items]) + "\n", encoding="utf-8")
    return pdf, text


def test_copies_that_list_apart_give_one_reading_one_text_and_due_date_each(tmp_path):
    pdf, text = _copies(tmp_path)
    assert len(build([pdf]).extraction.recommendations) == 2  # the PDF alone reads two items as one
    result = build([pdf, text])
    recs = sorted(result.extraction.recommendations, key=lambda r: r.identifier)
    assert [(r.identifier, r.text.replace("’", "'")) for r in recs] == [("1", FIRST), ("2", SECOND), ("3", THIRD)]
    assert [r.timescale for r in recs] == ["Within three months", "Within three months", "Within six months"]
    docs = {d.sha256: d for d in result.extraction.documents}
    for rec in recs:
        for span in rec.spans:
            assert " ".join(docs[span.doc].text[span.start : span.end].split()).replace("’", "'") == rec.text.replace("’", "'")
    third = recs[2]
    assert {docs[s.doc].path for s in third.spans} == {pdf.name, text.name}  # the item both copies state: a span in each
    assert not check_triples(result.triples).violations
    (note,) = [n for n in result.extraction.notes if "differently" in n]
    assert "eastwold/ofsted-2013" in note and pdf.name in note and text.name in note


def test_the_build_warns_and_exits_0(tmp_path):
    pdf, text = _copies(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(pdf), str(text), "--out", str(tmp_path / "g"), "--no-pictures", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    assert "eastwold/ofsted-2013: the copies of its report list its recommendations differently" in result.stderr
    assert "kept eastwold-cp-2013.txt's reading" in result.stderr


def test_copies_that_agree_are_one_node_each_and_no_warning(tmp_path):
    _, text = _copies(tmp_path)
    copy = tmp_path / "eastwold-cp-2013-saved.txt"
    copy.write_text("Saved from the council's website\n\n" + text.read_text(encoding="utf-8"), encoding="utf-8")
    result = build([text, copy])
    assert len(result.extraction.recommendations) == 3
    assert all(len({s.doc for s in r.spans}) == 2 for r in result.extraction.recommendations)
    assert not [n for n in result.extraction.notes if "differently" in n]
