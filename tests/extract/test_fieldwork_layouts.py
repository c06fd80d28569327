"""The ways reports print their fieldwork dates: a report whose dates line the extractor cannot read is lost whole
(no inspection, no grades, no recommendations), so every way seen in Ofsted's reports since 2009 is read, and the
quote behind the dates is exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt"
PRINTED = "Inspection dates: 4 June to 15 June 2018"


@pytest.mark.parametrize(
    ("line", "started", "ended"),
    [
        (PRINTED, "2018-06-04", "2018-06-15"),
        ("Inspection dates: 4 to 15 June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection dates: 4 – 15 June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection dates: 4–15 June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection date: 4 June 2018 – 15 June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection dates: 4th to 15th June 2018", "2018-06-04", "2018-06-15"),
        ("Dates of inspection: 4 June to 15 June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection dates: 4 to 8 and 11 to 15 June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection dates: 4 – 8 June 2018 and 11 – 15 June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection dates: 27 November to 8 December 2017", "2017-11-27", "2017-12-08"),
        ("Inspection dates: 30 December to 10 January 2019", "2018-12-30", "2019-01-10"),
        ("Inspection dates: 29 November 2021 to 10 December 2021", "2021-11-29", "2021-12-10"),
        ("Inspection dates: 26 to 28 February and 3 to 7 March 2014", "2014-02-26", "2014-03-07"),
        ("Inspection dates: 30 to 31 December and 2 to 6 January 2019", "2018-12-30", "2019-01-06"),
        ("Inspection date: 4 June 2018", "2018-06-04", "2018-06-04"),
        ("Inspection dates: 12 March 2019", "2019-03-12", "2019-03-12"),
        ("Inspection dates: Monday 4 June to Friday 15 June 2018", "2018-06-04", "2018-06-15"),
        ("Inspection dates: 26 November – 7 December, 2018", "2018-11-26", "2018-12-07"),
        ("Inspection dates: 1 to 12 February, 2021", "2021-02-01", "2021-02-12"),
        # a start printed after the end, or months before it, is no start: the report is still read, from its end
        ("Inspection dates: 3 to 7 March and 24 to 28 February 2014", "None", "2014-02-28"),
        ("Inspection dates: 15 June to 4 June 2018", "None", "2018-06-04"),
        ("Inspection dates: 4 June 2019 to 15 June 2018", "None", "2018-06-15"),
    ],
)
def test_every_way_of_printing_the_fieldwork_is_read(tmp_path: Path, line: str, started: str, ended: str) -> None:
    text = REPORT.read_text(encoding="utf-8").replace(PRINTED, line)
    assert line in text
    (tmp_path / REPORT.name).write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / REPORT.name, REPORT.name)
    part = extract_document(doc)
    (inspection,) = part.assessments.values()
    assert (str(inspection.started), str(inspection.ended)) == (started, ended)
    assert inspection.key == f"stockton-on-tees/ofsted-{ended[:4]}"
    assert len(part.recommendations) == 3 and {j.grade for j in part.judgements}
    quote = doc.text[inspection.spans[0].start : inspection.spans[0].end]
    assert quote == line


CHILD_PROTECTION = DATA / "other_councils" / "telford_child_protection_2013.txt"


def test_a_child_protection_inspection_of_2012_13_is_an_inspection_with_its_grades_and_recommendations() -> None:
    """The framework of 2012–13 ('Inspection of local authority arrangements for the protection of children'):
    its record of main findings wraps an area over two lines with the grade alone on the third."""
    doc = read_document(CHILD_PROTECTION, CHILD_PROTECTION.name)
    part = extract_document(doc)
    (inspection,) = part.assessments.values()
    assert (inspection.key, inspection.org.code, inspection.framework) == ("telford-and-wrekin/ofsted-2013", "E06000020", "CP")
    assert (str(inspection.started), str(inspection.ended), str(inspection.issued)) == ("2013-03-04", "2013-03-15", "2013-04-19")
    assert [(j.key, j.grade) for j in part.judgements] == [
        ("overall_effectiveness", "Adequate"),
        ("help_and_protection", "Adequate"),
        (None, "Adequate"),
        ("impact_of_leaders", "Good"),
    ]
    wrapped = part.judgements[1]
    assert doc.text[wrapped.spans[0].start : wrapped.spans[0].end] == (
        "The effectiveness of the help and protection provided to\nchildren, young people, families and carers\nAdequate"
    )
    assert [(r.identifier, r.timescale) for r in part.recommendations] == [
        ("1", "Immediately"),
        ("2", "Within three months"),
        ("3", "Within three months"),
        ("4", "Within six months"),
    ]
    for rec in part.recommendations:
        quoted = " ".join(doc.text[s.start : s.end] for s in rec.spans)
        assert " ".join(quoted.split()) == rec.text
    asked = [(s.start, s.end) for r in part.recommendations for s in r.spans]  # the asks are not findings too
    assert part.findings and not [
        f.identifier for f in part.findings for s in f.spans if any(s.start < e and b < s.end for b, e in asked)
    ]


@pytest.mark.parametrize("heading", ["Within one month:", "Within 28 days:", "Within two months", "Within 12 weeks:"])
def test_an_urgency_heading_of_any_period_starts_its_own_items(tmp_path: Path, heading: str) -> None:
    """'Within one month:' is read as 'Within three months:' is (it made the items below it part of the one above,
    under the earlier timescale): the list keeps its four recommendations, the middle two under the new heading."""
    path = tmp_path / "report.txt"
    path.write_text(CHILD_PROTECTION.read_text(encoding="utf-8").replace("Within three months:", heading), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert [(r.identifier, r.timescale) for r in part.recommendations] == [
        ("1", "Immediately"),
        ("2", heading.rstrip(":")),
        ("3", heading.rstrip(":")),
        ("4", "Within six months"),
    ]


@pytest.mark.parametrize("masthead", ["1\n", "Ofsted\n", "Ofsted\nraising standards\nimproving lives\n", "Page 1 of 12\n"])
def test_a_masthead_above_the_title_leaves_the_report_a_report(tmp_path: Path, masthead: str) -> None:
    """A page number or Ofsted's masthead printed above the title of a 2012–13 report (the text a PDF gives): the
    report was read as no report at all, and its council as 'Unknown authority'."""
    path = tmp_path / "report.txt"
    path.write_text(masthead + CHILD_PROTECTION.read_text(encoding="utf-8"), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert [(a.key, a.framework) for a in part.assessments.values()] == [("telford-and-wrekin/ofsted-2013", "CP")]
    assert len(part.recommendations) == 4 and len(part.judgements) == 4


def test_a_plan_that_names_the_report_is_no_report(tmp_path: Path) -> None:
    """Only a masthead may come before the title: a plan titled after the report stays a plan."""
    path = tmp_path / "plan.txt"
    path.write_text("Action plan following the " + CHILD_PROTECTION.read_text(encoding="utf-8"), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert not any(a.framework == "CP" for a in part.assessments.values())


@pytest.mark.parametrize("after", ["and inform", "use of chronologies to inform", "review them to inform"])
def test_a_period_that_wraps_inside_an_item_is_no_heading(tmp_path: Path, after: str) -> None:
    """'… so that they are completed / within 45 days / and inform clear plans …': the line is the item's words, not
    a new urgency (it cut the item and gave the next one its timescale)."""
    text = CHILD_PROTECTION.read_text(encoding="utf-8").replace(
        " improve the quality of assessments so that they analyse risk and need\nand inform",
        " improve the quality of assessments so that they are completed\nwithin 45 days\n" + after,
    )
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert [(r.identifier, r.timescale) for r in part.recommendations][1:3] == [("2", "Within three months")] * 1 + [
        ("3", "Within three months")
    ]
    assert part.recommendations[1].text.endswith(f"completed within 45 days {after} clear plans with measurable outcomes")


def test_a_period_heading_before_an_item_that_lost_its_bullet_still_heads_it(tmp_path: Path) -> None:
    """'… recorded on the child's file / Within one month / ensure that …' (the bullet glyph lost): the period is a
    heading, since the next line asks; the item above does not swallow it and the one below."""
    text = CHILD_PROTECTION.read_text(encoding="utf-8").replace("Within six months:\n\uf0a7 ensure", "Within one month\nensure")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    assert [(r.identifier, r.timescale) for r in part.recommendations][2:] == [
        ("3", "Within three months"),
        ("4", "Within one month"),
    ]


WRAPPED = "The effectiveness of the help and protection provided to\nchildren, young people, families and carers\nAdequate"


@pytest.mark.parametrize(
    "printed",
    [
        "The effectiveness of the help and protection provided to\nchildren, young people, families and carers Adequate",
        "The effectiveness of the help\nand protection provided to\nchildren, young people,\nfamilies and carers\nAdequate",
        "Judgement\n" + WRAPPED,
        "The effectiveness of the help and protection provided to\nChildren, young people, families and carers\nAdequate",
        "The effectiveness of the help and protection provided to\n‘children’, young people, families and carers\nAdequate",
        "The effectiveness of the help and protection provided by the\nLocal Safeguarding Children Board\nAdequate",
    ],
)
def test_a_wrapped_row_of_the_record_table_is_one_judgement_however_it_wraps(tmp_path: Path, printed: str) -> None:
    text = CHILD_PROTECTION.read_text(encoding="utf-8").replace(WRAPPED, printed)
    (tmp_path / "cp.txt").write_text(text, encoding="utf-8")
    doc = read_document(tmp_path / "cp.txt", "cp.txt")
    part = extract_document(doc)
    rows = {j.key: j for j in part.judgements}
    row = rows["help_and_protection"]
    quote = doc.text[row.spans[0].start : row.spans[0].end]
    assert quote == printed.removeprefix("Judgement\n")
    assert row.area == " ".join(quote.split()).removesuffix(" Adequate")
    assert len(part.judgements) == 4 and len(part.assessments) == 1  # no board made up from a wrapped line


def test_a_date_in_prose_is_no_fieldwork(tmp_path: Path) -> None:
    """Only a line that opens with the label dates an inspection: a council paper with the report's title and 'At the
    previous inspection date 2 August 2013' in a sentence is not an inspection report."""
    text = (
        "Inspection of Anytown local authority children’s services\n"
        "Report to the Children's Scrutiny Committee\n"
        "At the previous inspection date 2 August 2013 the council was judged to require improvement.\n"
    )
    (tmp_path / "paper.txt").write_text(text, encoding="utf-8")
    part = extract_document(read_document(tmp_path / "paper.txt", "paper.txt"))
    assert not [a for a in part.assessments.values() if a.kind == "Inspection" and a.framework]


@pytest.mark.parametrize(
    "heading",
    [
        "Services for looked after children and young people",
        "Services for children looked after",
        "Services for children in care",
    ],
)
def test_a_section_heading_worded_otherwise_keeps_its_recommendations_and_judgements(tmp_path: Path, heading: str) -> None:
    """A 2009–12 report whose body words the looked-after section otherwise than its record table: the section's
    recommendations keep their 'lac-' numbering (they became 'safeguarding-9…') and each judgement is one, in the
    section the record table names (they were counted twice)."""
    report = next((DATA.parent.parent / "corpus").rglob("003_*.txt"))
    text = report.read_text(encoding="utf-8")
    lines = text.split("\n")
    body = lines.index("Services for looked after children")  # the body's heading (the table's rows carry more)
    lines[body] = heading
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    reference = extract_document(read_document(report, report.name))
    changed = extract_document(read_document(path, path.name))
    assert [r.identifier for r in changed.recommendations] == [r.identifier for r in reference.recommendations]
    assert sorted((j.scope, j.area, j.grade) for j in changed.judgements) == sorted(
        (j.scope, j.area, j.grade) for j in reference.judgements
    )


@pytest.mark.parametrize(
    "line",
    [
        "Published: 19 April 2013",
        "Report published: 19 April 2013",
        "Publication date: 19 April 2013",
        "Date of publication: 19 April 2013",
        "Report published: 19th April 2013",
        "Report published: 19/04/2013",
        "This report was published on 19 April 2013",
    ],
)
def test_every_way_of_printing_the_publication_date_is_read(tmp_path: Path, line: str) -> None:
    text = CHILD_PROTECTION.read_text(encoding="utf-8")
    printed = next(t for t in text.splitlines() if "19 April 2013" in t)
    (tmp_path / CHILD_PROTECTION.name).write_text(text.replace(printed, line), encoding="utf-8")
    doc = read_document(tmp_path / CHILD_PROTECTION.name, CHILD_PROTECTION.name)
    (inspection,) = extract_document(doc).assessments.values()
    assert str(inspection.issued) == "2013-04-19"
    assert any(doc.text[s.start : s.end] == line for s in inspection.spans)  # the quote behind it, exact


def test_a_publication_date_that_is_no_day_falls_back_as_an_unprinted_one(tmp_path: Path) -> None:
    text = CHILD_PROTECTION.read_text(encoding="utf-8").replace("Published: 19 April 2013", "Published: 31/02/2013")
    (tmp_path / CHILD_PROTECTION.name).write_text(text, encoding="utf-8")
    (inspection,) = extract_document(read_document(tmp_path / CHILD_PROTECTION.name, CHILD_PROTECTION.name)).assessments.values()
    assert inspection.issued is None and "printed but not read as a day" in (inspection.date_source or "")
