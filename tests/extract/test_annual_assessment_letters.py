"""Ofsted's annual children's services assessment letters (2008–2012), read as an inspection of their council: the
overall grade a judgement, the key areas for further development recommendations, each with exact offsets; known by
the letter's opening, never by a council paper's mention of the assessment. Invented letters of an invented council,
Westmarsh, registered for these tests only (a letter is read only for a registered council), in three layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from findings.extract.authorities import _names, normalise, register
from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA
from tests.pdfmaker import make_pdf

TABLE_2009 = """Alexandra House
33 Kingsway
London WC2B 6SE

3 December 2009

Ms Jane Doe
Director of Children's Services
Westmarsh Borough Council
Civic Offices

Dear Ms Doe

Annual children's services assessment

Ofsted has assessed the performance of children's services in Westmarsh in 2009. The assessment draws on
inspection findings and performance data and is made against a four-point scale.

4\tPerforms excellently\tAn organisation that significantly exceeds minimum requirements
3\tPerforms well\tAn organisation that exceeds minimum requirements
2\tPerforms adequately\tAn organisation that meets only minimum requirements
1\tPerforms poorly\tAn organisation that does not meet minimum requirements

Overall effectiveness of children's services\tPerforms adequately (2)

Children's services in Westmarsh perform adequately. Too many children in care
change placement during the year.

Key areas for further development

- Improve the stability of placements for children in care.
- Reduce the time taken to complete initial assessments.

Yours sincerely

Miriam Ashcombe
Divisional Manager, Local Services Inspection
"""

PDF_2010 = [  # a PDF: no blank lines, no glyphs; the grade alone on the line under its label; a Published line
    [
        "Ofsted",
        "Published: 9 December 2010",
        "7 December 2010",
        "Ms Jane Doe",
        "Director of Children's Services",
        "Westmarsh Borough Council",
        "Dear Ms Doe",
        "Children's services assessment 2010",
        "This letter sets out the outcome of the annual children's services assessment of Westmarsh for 2010.",
        "Children's services assessment",
        "Performs well (3)",
        "Children's services in Westmarsh perform well. Care leavers are supported well into work.",
        "Areas for development",
        "Increase the proportion of care leavers in suitable accommodation.",
        "Improve the quality of child protection plans.",
        "Yours sincerely",
        "Peter Lindqvist",
        "Deputy Chief Inspector",
    ]
]

NUMBER_2011 = """1 December 2011

Ms Jane Doe
Director of Children's Services
Westmarsh Borough Council

Dear Ms Doe

Annual children's services assessment for Westmarsh, 2011

Overall effectiveness of children's services: 4 – performs excellently

Areas for improvement

- Sustain the improvement in the timeliness of adoption.

Yours sincerely
"""

PAPER = """Children's Services Scrutiny Committee
12 January 2010

Annual children's services assessment

1. Purpose: to report the outcome of the annual children's services assessment that Ofsted published on
9 December 2009. Children's services in Westmarsh perform adequately, and the overall effectiveness of children's
services was rated Performs adequately (2).

2. The key areas for further development are placement stability and the timeliness of initial assessments.
"""


@pytest.fixture(autouse=True)
def _westmarsh_registered(monkeypatch):
    """Westmarsh in the register, with a code no council has, while each test runs; the names' pattern made again."""
    monkeypatch.setitem(register(), normalise("Westmarsh"), ("E06999999", "Westmarsh"))
    _names.cache_clear()
    yield
    monkeypatch.undo()
    _names.cache_clear()


def _read(path: Path):
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _exact(doc, spans) -> list[str]:
    return [doc.text[s.start : s.end] for s in spans]


def test_a_tabled_letter_is_its_councils_assessment_with_its_grade_and_areas_for_development(tmp_path):
    path = tmp_path / "Annual assessment.txt"
    path.write_text(TABLE_2009, encoding="utf-8")
    doc, part = _read(path)
    assert doc.kinds == ["assessment letter"]
    (assessment,) = part.assessments.values()
    assert assessment.key == "westmarsh/ofsted-annual-assessment-2009"  # never the year's full inspection 'westmarsh/ofsted-2009'
    assert assessment.kind == "Inspection" and assessment.framework == "annual children's services assessment"
    assert str(assessment.issued) == "2009-12-03"
    (judgement,) = part.judgements
    assert (judgement.grade, judgement.key) == ("Adequate", "overall_effectiveness")  # as a SLAC report's 'adequate'
    assert _exact(doc, judgement.spans) == ["Overall effectiveness of children's services\tPerforms adequately (2)"]
    assert [(r.identifier, r.text, r.scope) for r in part.recommendations] == [
        ("1", "Improve the stability of placements for children in care.", "Key areas for further development"),
        ("2", "Reduce the time taken to complete initial assessments.", "Key areas for further development"),
    ]
    assert all(_exact(doc, r.spans) == [r.text] for r in part.recommendations)
    texts = [f.text for f in part.findings]
    assert not any("Performs" in t or "perform adequately" in t for t in texts)  # the scale's key and the grade: no finding
    assert texts == ["Too many children in care change placement during the year."]
    assert all(" ".join(_exact(doc, f.spans)).split() == f.text.split() for f in part.findings)  # every word quoted


def test_a_pdf_letter_with_its_grade_under_its_label_is_read_as_its_text_is(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(make_pdf(PDF_2010))
    doc, part = _read(path)
    (assessment,) = part.assessments.values()
    assert assessment.key == "westmarsh/ofsted-annual-assessment-2010"
    assert str(assessment.issued) == "2010-12-09"  # its Published line, before its date line
    (judgement,) = part.judgements
    assert judgement.grade == "Good"
    assert [t.replace("’", "'") for t in _exact(doc, judgement.spans)] == ["Children's services assessment\nPerforms well (3)"]
    assert [r.text for r in part.recommendations] == [
        "Increase the proportion of care leavers in suitable accommodation.",
        "Improve the quality of child protection plans.",
    ]
    assert all(_exact(doc, r.spans) == [r.text] for r in part.recommendations)
    assert [f.text for f in part.findings] == ["Care leavers are supported well into work."]


def test_a_grade_given_by_its_keys_number_and_a_subject_naming_the_year(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(NUMBER_2011, encoding="utf-8")
    doc, part = _read(path)
    assert list(part.assessments) == ["westmarsh/ofsted-annual-assessment-2011"]
    assert [j.grade for j in part.judgements] == ["Outstanding"]
    assert [r.text for r in part.recommendations] == ["Sustain the improvement in the timeliness of adoption."]


def test_a_council_paper_quoting_the_assessment_is_no_letter(tmp_path):
    path = tmp_path / "scrutiny.txt"
    path.write_text(PAPER, encoding="utf-8")
    doc, part = _read(path)
    assert "assessment letter" not in doc.kinds
    assert not any("annual-assessment" in key for key in part.assessments)
    assert not part.judgements


def test_letters_of_two_years_are_two_assessments_in_the_graph(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(TABLE_2009, encoding="utf-8")
    (folder / "b.pdf").write_bytes(make_pdf(PDF_2010))
    result = CliRunner().invoke(
        cli, ["build", str(folder), "--jobs", "1", "--no-pictures", "--out", str(tmp_path / "out"), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert "found no assessment or item" not in result.output
    graph = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    for year in (2009, 2010):
        assert f"westmarsh/ofsted-annual-assessment-{year}>" in graph
    assert "ontology#Adequate>" in graph and "ontology#Good>" in graph


def test_the_years_letter_never_shares_the_key_of_that_years_full_inspection(tmp_path):
    report = DATA / "other_councils" / "greenwich_style_slac_2011_indented_items.txt"
    (tmp_path / report.name).write_bytes(report.read_bytes())
    letter = NUMBER_2011.replace("Westmarsh Borough Council", "Royal Borough of Greenwich").replace(
        "for Westmarsh", "for Greenwich"
    )
    (tmp_path / "letter.txt").write_text(letter, encoding="utf-8")
    extraction = build([tmp_path]).extraction
    full, annual = (
        extraction.assessments["greenwich/ofsted-2011"],
        extraction.assessments["greenwich/ofsted-annual-assessment-2011"],
    )
    assert (full.framework, annual.framework) == ("SLAC", "annual children's services assessment")
    assert {r.assessment for r in extraction.recommendations if r.text.startswith("Sustain")} == {annual.key}
    assert {j.grade for j in extraction.judgements if j.assessment == annual.key} == {"Outstanding"}


def test_a_later_report_calls_the_last_full_inspection_the_last_not_the_annual_assessment(tmp_path):
    dudley = DATA / "other_councils" / "dudley_ilacs_report.txt"
    (tmp_path / dudley.name).write_bytes(dudley.read_bytes())
    letter = (
        NUMBER_2011.replace("Westmarsh Borough Council", "Dudley Metropolitan Borough Council")
        .replace("for Westmarsh, 2011", "for Dudley, 2026")
        .replace("1 December 2011", "1 December 2026")
        .replace("Overall effectiveness", "The assessment covers the year up to 31 August 2026.\n\nOverall effectiveness")
    )
    (tmp_path / "letter.txt").write_text(letter, encoding="utf-8")
    later = (
        dudley.read_text(encoding="utf-8")
        .replace("10 February to 21 February 2025", "7 February to 18 February 2028")
        .replace("28 March 2025", "24 March 2028")
    )
    later += (
        "\n3. Since the last inspection, the timeliness of initial child protection conferences has improved, so that "
        "plans to\nprotect children now start promptly.\n"
    )
    (tmp_path / "dudley_2028.txt").write_text(later, encoding="utf-8")
    extraction = build([tmp_path]).extraction
    assert str(extraction.assessments["dudley/ofsted-annual-assessment-2026"].ended) == "2026-08-31"  # the period stated
    assert {(u.assessment, u.about, u.by) for u in extraction.updates} == {("dudley/ofsted-2025", "1", "dudley/ofsted-2028")}


KEY_UNDER_SUBJECT = """8 December 2010

Dear Ms Doe

Children's services assessment
4 Performs excellently
3 Performs well
2 Performs adequately
1 Performs poorly

Children's services in Westmarsh perform adequately.

Areas for development
- Improve the stability of placements for children in care.
"""


def test_the_scales_key_under_the_subject_is_no_grade(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(KEY_UNDER_SUBJECT, encoding="utf-8")
    doc, part = _read(path)
    assert list(part.assessments) == ["westmarsh/ofsted-annual-assessment-2010"]  # its council: 'in Westmarsh'
    assert [j.grade for j in part.judgements] == ["Adequate"]  # the sentence's, not the key's first line
    assert not part.findings


def test_a_grade_said_in_a_sentence_leaves_the_sentences_beside_it_findings(tmp_path):
    letter = KEY_UNDER_SUBJECT.replace("adequately.\n", "adequately. Too few plans are reviewed on time.\n")
    path = tmp_path / "letter.txt"
    path.write_text(letter, encoding="utf-8")
    doc, part = _read(path)
    assert [j.grade for j in part.judgements] == ["Adequate"]
    assert [f.text for f in part.findings] == ["Too few plans are reviewed on time."]  # the grade's sentence is none
    assert all(_exact(doc, f.spans) == [f.text] for f in part.findings)


def test_a_grades_sentence_wrapped_before_its_verb_names_its_area_without_it(tmp_path):
    letter = KEY_UNDER_SUBJECT.replace("in Westmarsh perform", "in Westmarsh\nperform")
    path = tmp_path / "letter.txt"
    path.write_text(letter, encoding="utf-8")
    doc, part = _read(path)
    (judgement,) = part.judgements
    assert (judgement.grade, judgement.area) == ("Adequate", "Children's services in Westmarsh")
    assert _exact(doc, judgement.spans) == ["Children's services in Westmarsh\nperform adequately"]
    assert not part.findings
