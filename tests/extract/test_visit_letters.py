"""Ofsted's letters after a visit between full inspections (focused, monitoring, assurance visits): each is an
inspection of its council with the visit's days, the letter's date, its areas for improvement or priority action as
recommendations numbered by position and its paragraphs' sentences as findings, every quote exact; a later letter
raises an earlier inspection's recommendations again, and a full inspection report is never read as a letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from findings.build import build
from findings.cli import cli
from findings.extract.document import extract_document
from findings.extract.visit_letter import extract_visit_letter
from findings.model import Extraction
from findings.read import read_document
from tests.conftest import DATA
from tests.pdfmaker import make_pdf

LETTERS = DATA / "visit_letters"
DUDLEY_REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"

HEADER = "Norfolk County Council focused visit {n}"
PDF_PAGES = [  # an older focused visit as a PDF: no blank lines, no glyphs, an item running over the page's header
    [
        HEADER.format(n=1),
        "27 March 2019",
        "Mrs Sara Tough",
        "Executive Director of Children's Services",
        "Norfolk County Council",
        "Dear Mrs Tough",
        "Focused visit to Norfolk children's services",
        "This letter summarises the findings of the focused visit to Norfolk children's services on 5 and",
        "6 March 2019. The visit was carried out by Her Majesty's Inspectors Jane Doe and Ann Roe.",
        "Inspectors looked at the local authority's arrangements for children in care.",
        "Overview",
        "Children in care are well supported by committed social workers. Permanence planning is",
        "not yet timely for all children.",
        "What needs to improve in practice",
        "The timeliness of permanence planning for children in care.",
        "The quality of personal education plans, so that each child's targets are specific and",
    ],
    [
        HEADER.format(n=2),
        "reviewed each term.",
        "The health assessments of children placed out of the area.",
        "Findings",
        "Too many children wait too long for a permanent home.",
        "Social workers visit children regularly and know them well.",
        "Yours sincerely",
        "Jane Doe",
        "Her Majesty's Inspector",
    ],
]


def _letter(path: Path):
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


@pytest.fixture
def norfolk_pdf(tmp_path) -> Path:
    path = tmp_path / "Focused visit letter.pdf"
    path.write_bytes(make_pdf(PDF_PAGES))
    return path


EXPECTED = {  # file → (council key, ONS code, key, framework, started, ended, issued, lead inspector)
    "dudley_focused_visit_2026.txt": (
        "dudley",
        "E08000027",
        "dudley/ofsted-focused-visit-2026-03-01",
        "ILACS focused visit",
        "2026-02-28",
        "2026-03-01",
        "2026-03-27",
        "Miriam Oduya-Castell",
    ),
    "stockport_focused_visit_2022.txt": (
        "stockport",
        "E08000007",
        "stockport/ofsted-focused-visit-2022-10-04",
        "ILACS focused visit",
        "2022-10-03",
        "2022-10-04",
        "2022-11-01",
        "Rachel Holt",
    ),
    "tameside_monitoring_visit_2019.txt": (
        "tameside",
        "E08000008",
        "tameside/ofsted-monitoring-visit-2019-06-19",
        "monitoring visit",
        "2019-06-18",
        "2019-06-19",
        "2019-07-09",
        "Joan Ellis",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_letter_is_one_inspection_of_its_council_with_the_visits_days(name):
    doc, part = _letter(LETTERS / name)
    assert doc.kinds == ["visit letter"]
    (inspection,) = part.assessments.values()  # 'judged inadequate in March 2018' makes no inspection of its own
    assert inspection.kind == "Inspection"
    got = (
        inspection.org.key,
        inspection.org.code,
        inspection.key,
        inspection.framework,
        str(inspection.started),
        str(inspection.ended),
        str(inspection.issued),
        inspection.lead_inspector,
    )
    assert got == EXPECTED[name]
    assert not part.judgements


def test_a_focused_visit_pdf_is_read_as_its_text_is(norfolk_pdf):
    doc, part = _letter(norfolk_pdf)
    (inspection,) = part.assessments.values()
    assert (inspection.org.key, inspection.org.code, inspection.key) == (
        "norfolk",
        "E10000020",
        "norfolk/ofsted-focused-visit-2019-03-06",
    )
    assert (str(inspection.started), str(inspection.ended), str(inspection.issued)) == ("2019-03-05", "2019-03-06", "2019-03-27")
    assert (inspection.framework, inspection.lead_inspector) == ("ILACS focused visit", "Jane Doe")
    assert [(r.identifier, r.text) for r in part.recommendations] == [
        ("1", "The timeliness of permanence planning for children in care."),
        ("2", "The quality of personal education plans, so that each child’s targets are specific and reviewed each term."),
        ("3", "The health assessments of children placed out of the area."),
    ]
    assert {s.page for s in part.recommendations[1].spans} == {1, 2}  # over the page, its running header left out
    assert [(f.polarity, f.text) for f in part.findings if f.scope == "Findings"] == [
        ("Weakness", "Too many children wait too long for a permanent home."),
        ("Strength", "Social workers visit children regularly and know them well."),
    ]
    _spans_are_exact(doc, part)


def test_what_needs_to_improve_bullets_are_the_letters_recommendations_in_order():
    doc, part = _letter(LETTERS / "dudley_focused_visit_2026.txt")
    assert [(r.identifier, r.text) for r in part.recommendations] == [
        ("1", "The timeliness of initial child protection conferences, so that plans to protect children start without delay."),
        (
            "2",
            "The quality and frequency of management oversight and supervision of social workers in the children in need "
            "teams, so that plans progress for every child.",
        ),
        ("3", "The recording of the child's voice in assessments."),
    ]
    assert {r.scope for r in part.recommendations} == {"What needs to improve in this area of social work practice"}
    assert [s.page for s in part.recommendations[1].spans] == [1, 2]  # a bullet over the page break and its footer
    texts = [f.text for f in part.findings]
    assert "Supervision is not regular enough in the children in need teams and does not always challenge drift." in texts
    assert not any(t.startswith("■") or "focused visit letter" in t for t in texts)  # no glyph, no footer
    assert not any(r.text in texts for r in part.recommendations)  # an area for improvement is no finding


def test_priority_actions_and_areas_for_improvement_are_numbered_on_and_kept_apart():
    doc, part = _letter(LETTERS / "stockport_focused_visit_2022.txt")
    assert [(r.identifier, r.scope, r.text) for r in part.recommendations] == [
        (
            "1",
            "Areas for priority action",
            "The availability of suitable accommodation for care leavers, so that no young person lives in unsafe or "
            "unsuitable housing.",
        ),
        (
            "2",
            "Areas for improvement",
            "The quality and timeliness of pathway plans, so that they are updated when young people's circumstances change.",
        ),
        ("3", "Areas for improvement", "Access to emotional health and well-being support for care leavers."),
        ("4", "Areas for improvement", "Management oversight of the work of personal advisers."),
    ]
    assert ("Weakness", "Pathway plans are not updated when circumstances change.") in [
        (f.polarity, f.text) for f in part.findings
    ]


def test_a_monitoring_visit_without_a_list_has_findings_and_no_recommendation():
    doc, part = _letter(LETTERS / "tameside_monitoring_visit_2019.txt")
    assert part.recommendations == []
    assert [(f.polarity, f.text) for f in part.findings if f.scope == "Findings and evaluation of progress"] == [
        ("Strength", "Assessments are now timely and most are thorough."),
        (
            "Weakness",
            "However, too many children still experience changes of social worker, which delays progress in their plans.",
        ),
        ("Weakness", "Managers do not consistently record the reasons for their decisions."),
    ]
    assert not any("judged inadequate" in f.text for f in part.findings)  # the letter's account of itself is no finding


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_span_is_exactly_the_characters_it_came_from(name):
    doc, part = _letter(LETTERS / name)
    _spans_are_exact(doc, part)


def _spans_are_exact(doc, part: Extraction) -> None:
    (inspection,) = part.assessments.values()
    quoted = [doc.text[s.start : s.end] for s in inspection.spans]
    assert quoted[0].startswith(("Focused visit to", "Monitoring visit to")) and quoted[0].endswith("services")
    assert quoted[1].startswith("This letter summarises the findings of the") and quoted[1].endswith(str(inspection.ended.year))
    assert quoted[2] == f"{inspection.issued.day} {inspection.issued:%B %Y}"
    for item in part.recommendations + part.findings:
        assert all(s.doc == doc.sha256 and 0 <= s.start < s.end <= len(doc.text) for s in item.spans)
        words = " ".join(doc.text[s.start : s.end] for s in item.spans).split()
        assert words == item.text.split(), item.identifier  # every word quoted, nothing more
        assert all(doc.text[s.start : s.end] == doc.text[s.start : s.end].strip() for s in item.spans)


def test_a_full_inspection_report_is_never_read_as_a_letter():
    text = DUDLEY_REPORT.read_text(encoding="utf-8").replace(
        "Dudley has improved",
        "Focused visit to Dudley local authority children's services\nThis letter summarises the findings of the "
        "focused visit to Dudley local authority children's services on 5 and 6 March 2024.\nDudley has improved",
    )
    path = DUDLEY_REPORT.parent / "dudley_ilacs_report.txt"
    doc = read_document(path, path.name)
    doc.text = text
    part = extract_document(doc)
    assert doc.kinds == ["inspection report"]
    assert list(part.assessments) == ["dudley/ofsted-2025"]


def test_a_letter_without_its_summary_sentence_or_days_is_not_a_letter(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Focused visit to Dudley local authority children's services\n\nNotes for the visit.\n", encoding="utf-8")
    doc = read_document(path, path.name)
    assert not extract_visit_letter(doc, Extraction(documents=[doc]))
    path.write_text(
        "Focused visit to Dudley local authority children's services\n\nThis letter summarises the findings of the "
        "focused visit to Dudley local authority children's services on 31 February 2024.\n",
        encoding="utf-8",
    )
    doc = read_document(path, path.name)
    assert not extract_visit_letter(doc, Extraction(documents=[doc]))


def test_an_assurance_visit_letter_is_an_inspection_too(tmp_path):
    path = tmp_path / "assurance.txt"
    path.write_text(
        "12 July 2021\n\nDear Ms Jones\n\nAssurance visit to Stockport children's services\n\nThis letter summarises "
        "the findings of the assurance visit to Stockport children's services on 22 and 23 June 2021.\n\nFindings\n\n"
        "Leaders have maintained a strong focus on children's safety throughout the pandemic.\n\nYours sincerely\n\nOwen Price\n",
        encoding="utf-8",
    )
    _, part = _letter(path)
    (inspection,) = part.assessments.values()
    assert (inspection.key, inspection.framework, str(inspection.started), str(inspection.issued)) == (
        "stockport/ofsted-assurance-visit-2021-06-23",
        "assurance visit",
        "2021-06-22",
        "2021-07-12",
    )


def test_a_later_letter_raises_the_inspections_recommendations_again(tmp_path):
    for source in (DUDLEY_REPORT, LETTERS / "dudley_focused_visit_2026.txt"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    result = build([tmp_path])
    extraction = result.extraction
    assert {a.org.key for a in extraction.assessments.values()} == {"dudley"}  # one council, one identity
    recurs = sorted(
        (link.source.assessment, link.source.identifier, link.target.assessment, link.target.identifier)
        for link in extraction.links
        if link.kind == "recurs" and link.asserted
    )
    assert recurs == [
        ("dudley/ofsted-focused-visit-2026-03-01", "1", "dudley/ofsted-2025", "1"),
        ("dudley/ofsted-focused-visit-2026-03-01", "2", "dudley/ofsted-2025", "2"),
    ]
    current = {(s.item.assessment, s.item.identifier): s for s in extraction.statuses if s.current}
    assert current[("dudley/ofsted-2025", "1")].status == "Recurred"
    assert str(current[("dudley/ofsted-2025", "1")].as_of) == "2026-03-27"  # as of the letter
    assert current[("dudley/ofsted-2025", "3")].status == "Open"
    assert current[("dudley/ofsted-focused-visit-2026-03-01", "3")].status == "Open"
    assert not any(r.known_from for r in extraction.recommendations)  # the letter's own words, not a restatement


def test_a_later_report_calls_the_last_full_inspection_the_last_not_the_visit(tmp_path):
    for source in (DUDLEY_REPORT, LETTERS / "dudley_focused_visit_2026.txt"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    later = (
        DUDLEY_REPORT.read_text(encoding="utf-8")
        .replace("10 February to 21 February 2025", "7 February to 18 February 2028")
        .replace("28 March 2025", "24 March 2028")
    )
    later += (
        "\n3. Since the last inspection, the timeliness of initial child protection conferences has improved, so that "
        "plans to\nprotect children now start promptly.\n"
    )
    (tmp_path / "dudley_2028.txt").write_text(later, encoding="utf-8")
    extraction = build([tmp_path]).extraction
    assert extraction.assessments["dudley/ofsted-focused-visit-2026-03-01"].framework == "ILACS focused visit"
    assert {(u.assessment, u.about, u.by) for u in extraction.updates} == {("dudley/ofsted-2025", "1", "dudley/ofsted-2028")}


def test_the_letter_is_no_longer_unrecognised(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "letter.txt").write_bytes((LETTERS / "tameside_monitoring_visit_2019.txt").read_bytes())
    result = CliRunner().invoke(cli, ["build", str(folder), "--no-pictures", "--out", str(tmp_path / "out"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "found no assessment or item" not in result.output
    graph = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    assert "tameside/ofsted-monitoring-visit-2019-06-19>" in graph
    assert '"monitoring visit"' in graph
