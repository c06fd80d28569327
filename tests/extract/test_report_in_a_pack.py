"""An inspection report printed whole inside an agenda pack (the minutes and the officer's covering report before it,
the council's plan after it) is read as the report itself is: councils publish their papers so (helper-144)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2 as pdfium

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import SHARED, need_shared
from tests.pdfmaker import make_pdf

MINUTES = [
    "Children and Young People Scrutiny Committee",
    "Agenda Item 3",
    "MINUTES OF THE MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE",
    "HELD ON TUESDAY, 12 JULY 2022 AT THE TOWN HALL",
    "Present: Councillor A Chair (Chair); Councillors B One and C Two.",
    "CYP.13 OFSTED INSPECTION OF CHILDREN'S SERVICES - VERBAL UPDATE",
    "The Director gave a verbal update on the inspection of local authority children's services",
    "(ILACS) which took place between 9 and 20 May 2022. Services were judged to require",
    "improvement to be good overall.",
    "RESOLVED -",
    "(1) That the verbal update be noted.",
    "(2) That the full Ofsted inspection report be presented to the next meeting of the Committee.",
    "Page 1",
]
COVERING = [
    "Agenda Item 6",
    "Report to the Children and Young People Scrutiny Committee, 11 October 2022",
    "Ofsted inspection of local authority children's services: report and action plan",
    "1. The inspection took place between 9 and 20 May 2022. The report is at Appendix 1.",
    "2. Inspectors made seven recommendations, summarised here:",
    "2.1 Recommendation 1: management oversight of front door screening.",
    "2.2 Recommendation 2: timely multi-agency strategy discussions.",
    "Page 2",
]


COVER = [
    "Wigan Council",
    "Children and Young People Scrutiny Committee",
    "Date: Tuesday, 11 October 2022",
    "Time: 10.00 am",
    "AGENDA",
    "3. Minutes of the meeting held on 12 July 2022",
    "6. Ofsted Inspection of Local Authority Children's Services - Outcome",
]


def _pack(tmp_path: Path, report: Path, cover: bool = False) -> Path:
    """Minutes and a covering report (made here), then every page of `report`, as one agenda pack PDF (under its
    cover for the next meeting, `cover`)."""
    pack = pdfium.PdfDocument.new()
    for lines in ([COVER] if cover else []) + [MINUTES, COVERING]:
        part = pdfium.PdfDocument(make_pdf([lines]))
        pack.import_pages(part)
    pack.import_pages(pdfium.PdfDocument(report))
    path = tmp_path / "Agenda Document for Children and Young People Scrutiny Committee, 11 October 2022.pdf"
    pack.save(path)
    return path


def test_a_report_inside_a_pack_is_the_same_inspection_with_the_same_grades_and_recommendations(tmp_path):
    need_shared()
    report = next((SHARED / "ofsted" / "wigan").glob("*05 july 2022.pdf"))
    alone_doc = read_document(report, report.name)
    alone = extract_document(alone_doc)
    doc = read_document(_pack(tmp_path, report), "pack.pdf")
    packed = extract_document(doc)
    assert "inspection report" in doc.kinds and "minutes" in doc.kinds
    (itself,) = [a for a in alone.assessments.values() if a.kind == "Inspection"]
    inspection = packed.assessments[itself.key]  # the minutes' mention of it, by an unnamed council, is linked later
    assert (inspection.kind, inspection.started, inspection.ended) == ("Inspection", itself.started, itself.ended)
    assert inspection.issued is None  # not printed in the report; the pack's file name is its meeting's, not the report's
    assert [(j.area, j.grade, j.scope) for j in packed.judgements] == [(j.area, j.grade, j.scope) for j in alone.judgements]
    assert [(r.identifier, r.text) for r in packed.recommendations if r.assessment == inspection.key] == [
        (r.identifier, r.text) for r in alone.recommendations
    ]
    before = 2  # the minutes' and the covering report's pages
    mine = [r for r in packed.recommendations if r.assessment == inspection.key]
    for rec, same in zip(mine, alone.recommendations, strict=True):
        assert " ".join(" ".join(doc.text[s.start : s.end] for s in rec.spans).split()) == " ".join(rec.text.split())
        assert [s.page for s in rec.spans] == [s.page + before for s in same.spans]
    minutes = [r for r in packed.recommendations if r.assessment != inspection.key]
    assert minutes and all("inspection report be presented" in r.text or "noted" in r.text for r in minutes)
    for finding in packed.findings:
        assert all(doc.text[s.start : s.end].strip() for s in finding.spans)


def test_minutes_that_speak_of_the_inspection_are_not_taken_for_its_report(tmp_path):
    """Minutes whose item names 'the inspection of local authority children's services … between 9 and 20 May 2022'
    were read as the report itself: no meeting, no resolution (helper-144)."""
    path = tmp_path / "minutes.pdf"
    path.write_bytes(make_pdf([MINUTES]))
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert doc.kinds == ["minutes"] and not part.judgements
    assert [r.text for r in part.recommendations][-1].startswith("That the full Ofsted inspection report")


def test_a_pack_is_its_meetings_paper_and_answers_the_request_to_present_the_report_it_prints(tmp_path):
    """A pack for the 11 October meeting (its cover's date) carries the 12 July minutes, which asked for 'the full Ofsted
    inspection report … be presented to the next meeting', and prints the report: it was dated 12 July, by the minutes
    it carries, and the request was said to be answered by the council's next inspection, three years on (helper-144)."""
    need_shared()
    from findings.build import build

    wigan = SHARED / "ofsted" / "wigan"
    folder = tmp_path / "papers"
    folder.mkdir()
    _pack(folder, next(wigan.glob("*05 july 2022.pdf")), cover=True)
    (folder / "2025.pdf").write_bytes(next(wigan.glob("*26 november 2025.pdf")).read_bytes())
    result = build([folder])
    x = result.extraction
    assert sorted(a.key for a in x.assessments.values() if a.kind == "Inspection") == ["wigan/ofsted-2022", "wigan/ofsted-2025"]
    (pack,) = [d for d in x.documents if d.path.endswith("October 2022.pdf")]
    assert pack.date == date(2022, 10, 11)
    asked = [r for r in x.recommendations if r.text.startswith("That the full Ofsted inspection report")]
    (link,) = [k for k in x.links if k.kind == "fulfils" and k.target.identifier == asked[0].identifier]
    assert link.source.identifier == pack.sha256


def test_a_page_of_minutes_on_the_inspection_before_the_report_stays_the_minutes(tmp_path):
    """Minutes whose second page opens 'CYP.21 OFSTED INSPECTION OF LOCAL AUTHORITY CHILDREN'S SERVICES - OUTCOME', the
    report's pages after them: the page was taken for the report's start (its next page gave the dates) and blanked,
    losing the minute's resolutions (reviewer helper-145)."""
    need_shared()
    second = [
        "CYP.21 OFSTED INSPECTION OF LOCAL AUTHORITY CHILDREN'S SERVICES - OUTCOME",
        "The Director presented the report of the inspection, which is appended to these minutes.",
        "RESOLVED -",
        "(1) That the report be noted.",
        "(2) That a progress report on the action plan be presented in six months.",
    ]
    pack = pdfium.PdfDocument.new()
    for lines in (MINUTES, second):
        pack.import_pages(pdfium.PdfDocument(make_pdf([lines])))
    pack.import_pages(pdfium.PdfDocument(next((SHARED / "ofsted" / "wigan").glob("*05 july 2022.pdf"))))
    path = tmp_path / "minutes.pdf"
    pack.save(path)
    doc = read_document(path, path.name)
    x = extract_document(doc)
    said = [r.text for r in x.recommendations if r.minute == "CYP.21"]
    assert said == ["That the report be noted.", "That a progress report on the action plan be presented in six months."]
    assert len([r for r in x.recommendations if r.assessment == "wigan/ofsted-2022"]) == 7


def test_a_2013_report_that_prints_its_copyright_on_the_inside_cover_is_read_whole_in_a_pack(tmp_path):
    """The 2013 looked after children report prints '© Crown copyright 2013' on its second page: the report was cut
    there, its findings, judgements and recommendations lost (reviewer helper-145)."""
    need_shared()
    report = next((SHARED / "ofsted" / "sandwell").glob("*.pdf"))
    alone = extract_document(read_document(report, report.name))
    packed = extract_document(read_document(_pack(tmp_path, report), "pack.pdf"))
    key = next(a.key for a in alone.assessments.values() if a.kind == "Inspection")
    for kind in ("recommendations", "judgements", "findings"):
        assert len([i for i in getattr(packed, kind) if i.assessment == key]) == len(getattr(alone, kind)) > 0, kind


def test_minutes_issued_after_their_meeting_are_dated_by_the_meeting(tmp_path):
    """'Issued: 20 July 2022' above the 12 July minutes dated them 20 July, and let them answer their own request; only
    a pack's cover line 'Date: …' dates a paper as a later meeting's (reviewer helper-145)."""
    path = tmp_path / "minutes.pdf"
    path.write_bytes(make_pdf([["Issued: 20 July 2022", *MINUTES]]))
    doc = read_document(path, path.name)
    extract_document(doc)
    assert doc.date == date(2022, 7, 12)
