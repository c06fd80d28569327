"""A joint paper reporting progress on two councils' inspections, a heading per council, each followed by that
council's recommendations numbered 1, 2, 3 (a shared service's report to both): the updates under a council's heading
are about that council's inspection's items, found by quotes or numbers within that council, never the first
council's items of the same numbers (helper-361; two councils the project's tests do not otherwise pair)."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.link.corpus import link_corpus
from findings.link.sections import council_headings
from findings.read import read_document
from tests.link.test_recurrence import REPORT

DARLINGTON = [
    ("The timeliness of initial health assessments for children who come into care.", "Assessments in time rose to 83%."),
    ("The quality and consistency of pathway plans for care leavers.", "All pathway plans have been audited."),
    ("Management oversight of children who are privately fostered.", "A register of arrangements is planned."),
]
HARTLEPOOL = [
    ("The response to children who go missing from home or care.", "Return interviews offered in time rose to 88%."),
    ("The sufficiency of local foster placements for older children.", "Six new foster carers have been approved."),
    ("The quality of supervision for social workers in the assessment teams.", "Training on supervision is in progress."),
]
HARTLEPOOL_LIST = (
    "- The response to children who go missing from home or care, including return home interviews.\n"
    "- The sufficiency of local foster placements for older children.\n"
    "- The quality of supervision for social workers in the assessment teams.\n"
)


def _section(number: int, heading: str, items: list[tuple[str, str]], quoted: bool) -> str:
    body = "".join(
        f"Recommendation {n}\n" + (f'"{rec}"\n' if quoted else "") + f"{number}.{n} {update}\n\n"
        for n, (rec, update) in enumerate(items, 1)
    )
    return f"{heading if ':' in heading else f'{number}. {heading}'}\n\n{body}"  # 'Part A: …' stands unnumbered


def _paper(first: str, quoted: bool, purpose: str, headings: tuple[str, str] = ("", "")) -> str:
    sections = [
        (headings[0] or "Darlington Borough Council", DARLINGTON),
        (headings[1] or "Hartlepool Borough Council", HARTLEPOOL),
    ]
    if first == "Hartlepool":
        sections.reverse()
    return (
        "Tees Valley Children's Services Partnership\nMeeting: Joint Children's Services Scrutiny Committee\n"
        "Date: 15 September 2025\nReport Title: Ofsted recommendations – progress report\n\n"
        f"1. Purpose of report\n1.1 This report updates the Committee on progress against the recommendations of {purpose}\n\n"
        + "".join(_section(n, heading, items, quoted) for n, (heading, items) in enumerate(sections, 2))
        + "4. Financial implications\n4.1 There are none arising from this report.\n"
    )


BOTH = "the Ofsted inspections of\nDarlington Borough Council's and Hartlepool Borough Council's children's services."
DATED = (
    "the Ofsted inspections of\nDarlington Borough Council's services, carried out between 3 and 14 March 2025, and Hartlepool's."
)


@pytest.mark.parametrize(
    ("first", "quoted", "purpose", "headings"),
    [
        ("Darlington", True, BOTH, ("", "")),
        ("Hartlepool", True, BOTH, ("", "")),
        ("Darlington", False, BOTH, ("", "")),  # no quotes: the numbers decide, within the heading's council
        ("Darlington", True, DATED, ("", "")),  # the paper dates only the first council's inspection
        ("Darlington", True, BOTH, ("Part A: Darlington", "Part B: Hartlepool")),
    ],
)
def test_updates_under_a_councils_heading_are_about_that_councils_items(tmp_path, first, quoted, purpose, headings):
    darlington = tmp_path / "darlington-ilacs.md"
    darlington.write_text(REPORT.read_text(encoding="utf-8").replace("Riverton", "Darlington"), encoding="utf-8")
    hartlepool = tmp_path / "hartlepool-ilacs.md"
    text = REPORT.read_text(encoding="utf-8").replace("Riverton", "Hartlepool").replace("3 to 14 March", "12 to 23 May")
    head, rest = text.split("What needs to improve?\n\n", 1)
    hartlepool.write_text(f"{head}What needs to improve?\n\n{HARTLEPOOL_LIST}\n{rest.split(chr(10) * 2, 1)[1]}", encoding="utf-8")
    paper = tmp_path / "joint-progress.txt"
    paper.write_text(_paper(first, quoted, purpose, headings), encoding="utf-8")
    out = link_corpus([extract_document(read_document(p, p.name)) for p in (darlington, hartlepool, paper)])
    recs = {(r.assessment, r.identifier): r.text for r in out.recommendations}
    about = {u.text: (u.assessment, recs.get((u.assessment, u.about), "")) for u in out.updates}
    for council, items in (("darlington", DARLINGTON), ("hartlepool", HARTLEPOOL)):
        for rec, update in items:
            assert about[update][0] == f"{council}/ofsted-2025", update
            assert about[update][1].startswith(rec.rstrip(".")), update
    assert not [k for k in out.assessments if k.endswith("-undated")]


def test_a_list_of_the_regions_councils_heads_no_section(tmp_path):
    """A short line a council's name opens is no section's heading unless items stand under two councils' headings."""
    darlington = tmp_path / "darlington-ilacs.md"
    darlington.write_text(REPORT.read_text(encoding="utf-8").replace("Riverton", "Darlington"), encoding="utf-8")
    paper = tmp_path / "progress.txt"
    paper.write_text(
        _paper("Darlington", True, BOTH).replace(
            "3. Hartlepool Borough Council", "Councils in the region:\nHartlepool\nStockton-on-Tees\n"
        ),
        encoding="utf-8",
    )
    out = link_corpus([extract_document(read_document(p, p.name)) for p in (darlington, paper)])
    assert {u.assessment for u in out.updates} == {"darlington/ofsted-2025"}


def test_a_heading_may_name_its_council_as_a_london_or_royal_borough(tmp_path):
    path = tmp_path / "joint.txt"
    path.write_text(
        "Achieving for Children\nProgress on Ofsted recommendations\n\n2. London Borough of Richmond upon Thames\n\n"
        "Recommendation 1\n2.1 Audits are complete.\n\n3. Royal Borough of Kingston upon Thames\n\nRecommendation 1\n"
        "3.1 Training is in progress.\nChildren in Kingston upon Thames and Richmond upon Thames are seen promptly\n",
        encoding="utf-8",
    )
    heads = council_headings(read_document(path, path.name))
    assert [org.key for _, org in heads] == ["richmond-upon-thames", "kingston-upon-thames"]


def test_a_partner_council_in_one_subheading_of_a_single_councils_paper_takes_no_items(tmp_path):
    """The letterhead names the paper's council and opens no section; a lone subheading naming a partner council
    ('Leeds City Council – Partner in Practice support') has no sibling of its form and heads nothing (helper-374)."""
    darlington = tmp_path / "darlington-ilacs.md"
    darlington.write_text(REPORT.read_text(encoding="utf-8").replace("Riverton", "Darlington"), encoding="utf-8")
    paper = tmp_path / "progress.txt"
    paper.write_text(
        "Darlington Borough Council\nChildren and Young People Scrutiny Committee\nDate: 15 September 2025\n"
        "Report Title: Ofsted recommendations – progress report\n\n"
        "1. Purpose of report\n1.1 This report updates the Committee on progress against the recommendations of the "
        "Ofsted inspection of Darlington Borough Council's children's services.\n\n"
        "2. Progress\n\nRecommendation 1\n2.1 Assessments in time rose to 83%.\n\n"
        "3. Sector-led improvement\n\nLeeds City Council – Partner in Practice support\n\n"
        "Leeds have supported the service through a programme of practice workshops with our managers.\n\n"
        "Recommendation 2\n3.2 All pathway plans have been audited.\n\n"
        "4. Financial implications\n4.1 There are none arising from this report.\n",
        encoding="utf-8",
    )
    assert council_headings(read_document(paper, paper.name)) == []
    out = link_corpus([extract_document(read_document(p, p.name)) for p in (darlington, paper)])
    assert {u.assessment for u in out.updates} == {"darlington/ofsted-2025"}
    assert any(u.text.endswith("All pathway plans have been audited.") and u.about == "2" for u in out.updates)
