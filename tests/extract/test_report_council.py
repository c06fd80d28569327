"""The council an inspection report is about, in title wordings the layout may not know (councils never tuned on):
a SIF re-inspection, and a title no pattern reads, where the first registered council the opening names decides."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

REINSPECTION = """Manchester City Council
Re-inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection dates: 9 October to 2 November 2017
Report published: 21 December 2017
Children's services in Manchester require improvement to be
good
1. Children who need help and protection Requires improvement
2. Children looked after and achieving
permanence
Requires improvement
2.1 Adoption performance Good
2.2 Experiences and progress of care leavers Requires improvement
3. Leadership, management and governance Good
Recommendations
1. Ensure that all children in need have a plan that is reviewed regularly.
2. Improve the quality of supervision for social workers.
Summary for children and young people
Inspectors found that children are safe.
"""


def _inspection(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    x = extract_document(read_document(path))
    (inspection,) = [a for a in x.assessments.values() if a.kind == "Inspection"]
    return inspection, x


def test_a_sif_reinspection_is_its_councils(tmp_path):
    inspection, x = _inspection(tmp_path, "manchester-2017.txt", REINSPECTION)
    assert (inspection.key, inspection.org.code, inspection.framework) == ("manchester/ofsted-2017", "E08000003", "SIF")
    assert len(x.judgements) == 6 and len(x.recommendations) == 2


def test_a_title_no_pattern_reads_takes_the_first_council_the_opening_names(tmp_path):
    text = REINSPECTION.replace("Re-inspection of services", "Follow-up inspection of services")
    inspection, _ = _inspection(tmp_path, "manchester-2017b.txt", text)
    assert (inspection.key, inspection.org.name) == ("manchester/ofsted-2017", "Manchester")


SIF_TABLE = """Leeds City Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: 20 January 2015 – 11 February 2015
Report published: 27 March 2015
The overall judgement is that children's services are good
The local authority leads effective services that meet the requirements for good.
The judgements on areas of the service that contribute to overall effectiveness are:
1. Children who need help and protection Good
2. Children looked after and achieving permanence Good
2.1 Adoption performance Good
2.2 Experiences and progress of care leavers Good
3. Leadership, management and governance{mark}
1 Ofsted produces this report under its power to combine reports.
"""


def test_a_footnotes_number_beside_a_judgement_is_neither_area_nor_grade(tmp_path):
    for n, mark in enumerate((" 1 Outstanding", " Outstanding 1")):
        _, x = _inspection(tmp_path, f"leeds-{n}.txt", SIF_TABLE.format(mark=mark))
        assert [(j.area, j.grade, j.key) for j in x.judgements][-1] == (
            "Leadership, management and governance",
            "Outstanding",
            "impact_of_leaders",
        )
        assert len(x.judgements) == 6


WESTMINSTER_LIKE = """Inspection of children's social care services
City of Westminster
Inspection dates: 9 September 2019 to 13 September 2019
Lead inspector: Nick Stacey, Her Majesty's Inspector
Judgement Grade
The impact of leaders on social work practice with children and families Outstanding
Overall effectiveness Outstanding
Services for children are exceptional. The council shares operational services with the Royal Borough of
Kensington and Chelsea Council, and leaders of both know their services well.
What needs to improve
\u25fc The formal matching and panel approval of adolescents in long-term foster homes.
The experiences and progress of children who need help and
protection: outstanding
1. The quality of work is exceptionally high.
"""


def test_a_council_named_below_the_dates_is_not_taken_for_the_reports(tmp_path):
    inspection, _ = _inspection(tmp_path, "westminster-2019.txt", WESTMINSTER_LIKE)
    assert (inspection.key, inspection.org.code) == ("westminster/ofsted-2019", "E09000033")
    untitled = WESTMINSTER_LIKE.replace("City of Westminster\n", "")  # no council above the dates: none is guessed
    inspection, _ = _inspection(tmp_path, "untitled-2019.txt", untitled)
    assert inspection.org.code is None and not inspection.key.startswith("kensington")
    assert inspection.org.name == "Unknown authority (untitled-2019.txt)"
    other, _ = _inspection(tmp_path, "other-2019.txt", untitled.replace("exceptional", "good"))
    assert other.key != inspection.key  # two reports whose councils are unknown are never one council


def test_a_number_that_is_the_areas_own_stays_in_it(tmp_path):
    rows = " Outstanding\n2.3 Children under 5\nGood\n2.4 Young people aged 16 to 17 Good"
    _, x = _inspection(tmp_path, "leeds-3.txt", SIF_TABLE.format(mark=rows))
    areas = [j.area for j in x.judgements]
    assert "Children under 5" in areas and "Young people aged 16 to 17" in areas


def test_a_reinspection_with_a_capital_i_is_its_councils(tmp_path):
    inspection, _ = _inspection(tmp_path, "manchester-2017c.txt", REINSPECTION.replace("Re-inspection", "Re-Inspection"))
    assert inspection.key == "manchester/ofsted-2017"


@pytest.mark.parametrize(
    "name",
    [
        "children's services inspection - 10 october 2019.pdf",
        "Kirklees_ILACS_10_October_2019.pdf",
        "kirklees-ilacs-2019-10-10.pdf",
        "Inspection report (10th October 2019).pdf",
    ],
)
def test_an_ilacs_report_without_a_printed_publication_date_takes_its_file_names(tmp_path, name):
    """ILACS reports print no publication date: a day in the file's name, however written, dates it when it can
    be (after the fieldwork, not long after); the fo:dateSource says so."""
    text = WESTMINSTER_LIKE.replace("City of Westminster", "Kirklees Council")
    pdf = tmp_path / name  # read as a text file whose name ends in .pdf would be refused: write a real PDF
    from tests.pdfmaker import make_pdf

    pdf.write_bytes(make_pdf([[line.encode("latin-1", "replace").decode("latin-1") for line in text.splitlines()]]))
    x = extract_document(read_document(pdf, name))
    (inspection,) = [a for a in x.assessments.values() if a.kind == "Inspection"]
    assert str(inspection.issued) == "2019-10-10" and "file name" in inspection.date_source


SLAC_NO_YEAR = """Inspection of safeguarding and
looked after children services
Torbay
Inspection dates {dates}
Reporting inspector Pat Moreton HMI
Age group: All
Published: {published}
"""


@pytest.mark.parametrize(
    ("dates", "published", "fieldwork"),
    [
        ("13-24 September", "22 October 2010", ("2010-09-13", "2010-09-24")),
        ("29 November to 10 December", "28 January 2011", ("2010-11-29", "2010-12-10")),
    ],
)
def test_fieldwork_printed_without_its_year_takes_the_publications(tmp_path, dates, published, fieldwork):
    text = SLAC_NO_YEAR.format(dates=dates, published=published)
    inspection, x = _inspection(tmp_path, "torbay.txt", text)
    assert (str(inspection.started), str(inspection.ended)) == fieldwork
    assert inspection.org.code == "E06000027" and inspection.framework == "SLAC"
    doc = x.documents[0]
    assert any(doc.text[s.start : s.end] == f"Inspection dates {dates}" for s in inspection.spans)  # the quote, exact


def test_a_file_names_date_is_its_last_and_never_the_fieldworks_own():
    from findings.extract.dates import date_in_file_name

    assert str(date_in_file_name("ILACS 13 September 2019 - 10 October 2019.pdf")) == "2019-10-10"
    assert date_in_file_name("Annex 1 November 2019 Kirklees.pdf") is None  # a number and a month, not a day


def test_the_last_day_of_fieldwork_in_the_file_name_is_no_publication_date(tmp_path):
    from tests.pdfmaker import make_pdf

    text = WESTMINSTER_LIKE.replace("City of Westminster", "Kirklees Council")
    name = "Kirklees ILACS 13 September 2019.pdf"
    (tmp_path / name).write_bytes(make_pdf([[line.encode("latin-1", "replace").decode("latin-1") for line in text.splitlines()]]))
    (inspection,) = [a for a in extract_document(read_document(tmp_path / name, name)).assessments.values()]
    assert inspection.issued is None and inspection.earliest is not None


@pytest.mark.parametrize(
    ("dates", "published"),
    [
        ("13-24 September", "\nThe previous inspection report was published on 2 March 2009."),  # not this report's
        ("26 to 29 February", "5 April 2013"),  # 29 February 2012: more than a year before: no year fits
    ],
)
def test_yearless_fieldwork_needs_its_own_reports_publication_date_soon_after(tmp_path, dates, published):
    if published.startswith("\n"):  # no header line: a sentence about another report
        text = SLAC_NO_YEAR.format(dates=dates, published="").replace("Published: \n", "") + published + "\n"
    else:
        text = SLAC_NO_YEAR.format(dates=dates, published=published)
    path = tmp_path / "torbay.txt"
    path.write_text(text, encoding="utf-8")
    x = extract_document(read_document(path))
    assert not [a for a in x.assessments.values() if a.kind == "Inspection"]


def test_a_copy_that_runs_the_judgement_rows_together_keeps_every_row(tmp_path):
    """helper-41: a web copy ran the headline and the first row onto one line ('Children's services in Tower Hamlets
    are inadequate 1. Children who need help and protection'), and that judgement was lost. A line is cut after each
    grade that a numbered row follows; each judgement quotes its own row exactly."""
    rows = (
        "Children's services in Manchester require improvement to be good 1. Children who need help and protection "
        "Requires improvement 2. Children looked after and achieving permanence Requires improvement 2.1 Adoption "
        "performance Good 2.2 Experiences and progress of care leavers Requires improvement 3. Leadership, management "
        "and governance Good"
    )
    table = REINSPECTION[REINSPECTION.index("Children's services in") : REINSPECTION.index("Recommendations")]
    _, apart = _inspection(tmp_path, "apart.txt", REINSPECTION)
    _, flat = _inspection(tmp_path, "flat.txt", REINSPECTION.replace(table, rows + "\n"))
    graded = sorted((j.key, j.grade) for j in apart.judgements)
    assert len(graded) == 6 and sorted((j.key, j.grade) for j in flat.judgements) == graded
    doc = flat.documents[0]
    quotes = {j.key: doc.text[j.spans[0].start : j.spans[0].end] for j in flat.judgements}
    assert quotes["help_and_protection"] == "1. Children who need help and protection Requires improvement"
    assert quotes["adoption"] == "2.1 Adoption performance Good"


def test_a_council_paper_that_runs_its_heading_onto_an_inspections_dates_stays_a_plan(tmp_path):
    """helper-45: a plan whose heading ran onto the inspection's dates ('Improvement Plan following the Inspection
    of Local Authority Children's Services Inspection dates: 4 March to 15 March 2019') was read as the report, and
    its recommendations, actions and updates were lost, once a dates label was read mid-line. It no longer is: a
    report copy that runs its title onto its dates line is not read (helper-46 showed no mid-line rule told the two
    apart)."""
    from tests.conftest import DATA

    plan = (DATA / "plan_other_council.txt").read_text(encoding="utf-8")
    flat = plan.replace(
        "Improvement Plan following the Ofsted inspection",
        "Improvement Plan following the Inspection of Local Authority Children's Services Inspection dates: 4 March "
        "to 15 March 2019",
        1,
    )
    assert flat != plan
    counts = []
    for name, text in (("plan.txt", plan), ("flat.txt", flat)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        x = extract_document(read_document(path))
        counts.append(
            (len(x.recommendations), len(x.actions), len(x.updates), sorted(a.framework or "" for a in x.assessments.values()))
        )
    assert counts[0][1] and counts[1] == counts[0]  # the same plan, read as a plan both times


def test_a_sentence_in_the_table_is_not_cut_into_a_row_and_rows_without_stops_are(tmp_path):
    """helper-47: 'The quality of leadership is judged good 2. Since …' inside the table was cut into a judgement
    without an area; rows numbered without a stop ('1 Children who need …') run together are still cut."""
    table = REINSPECTION[REINSPECTION.index("Children's services in") : REINSPECTION.index("Recommendations")]
    nodots = (
        "Children's services in Manchester require improvement to be good 1 Children who need help and protection "
        "Requires improvement 2 Children looked after and achieving permanence Requires improvement 2.1 Adoption "
        "performance Good 2.2 Experiences and progress of care leavers Requires improvement 3 Leadership, management "
        "and governance Good\n"
    )
    _, x = _inspection(tmp_path, "nodots.txt", REINSPECTION.replace(table, nodots))
    assert len({j.key for j in x.judgements}) == 6 and None not in {j.key for j in x.judgements}
    sentence = table.replace(
        "2.1 Adoption performance Good",
        "The quality of leadership is judged good 2. Since then it has improved.\n2.1 Adoption performance Good",
    )
    _, x = _inspection(tmp_path, "sentence.txt", REINSPECTION.replace(table, sentence))
    assert len(x.judgements) == 6 and all(j.key for j in x.judgements)


@pytest.mark.parametrize(
    "layout",
    [
        "Children's services in Manchester require improvement to be\ngood 1. Children who need help and protection Requires "
        "improvement\n2. Children looked after and achieving permanence\nRequires improvement 2.1 Adoption performance\n"
        "Good 2.2 Experiences and progress of care leavers\nRequires improvement 3. Leadership, management and governance\n"
        "Good\n",
        "Children's services in Manchester require improvement to be good\n1. Children who need help and protection "
        "Requires improvement 2. Children looked after and achieving\npermanence Requires improvement 2.1 Adoption "
        "performance Good\n2.2 Experiences and progress of care leavers Requires improvement\n3. Leadership, management "
        "and governance Good\n",
    ],
)
def test_rows_run_onto_wrapped_lines_keep_their_grades(tmp_path, layout):
    """helper-48: a grade at the start of the next row's line ('Requires improvement 2. Children …'), an area wrapped
    onto the row's line ('permanence Requires improvement 2.1 …') or a wrapped headline ('good 1. Children …') lost
    rows or gave one row another's grade."""
    table = REINSPECTION[REINSPECTION.index("Children's services in") : REINSPECTION.index("Recommendations")]
    _, apart = _inspection(tmp_path, "apart.txt", REINSPECTION)
    _, x = _inspection(tmp_path, "wrapped.txt", REINSPECTION.replace(table, layout))
    assert sorted((j.key, j.grade) for j in x.judgements) == sorted((j.key, j.grade) for j in apart.judgements)


def test_an_ilacs_title_naming_newcastle_short_is_newcastle_upon_tyne(tmp_path):
    """No district has children's services, so 'Inspection of Newcastle local authority children's services' is
    Newcastle upon Tyne's, as its other reports are (helper-115 #2: it was a council 'newcastle' of its own)."""
    text = (DATA / "other_councils" / "riverton_ilacs_report.md").read_text(encoding="utf-8").replace("Riverton", "Newcastle")
    inspection, _ = _inspection(tmp_path, "newcastle-2025.md", text)
    assert (inspection.key, inspection.org.code) == ("newcastle-upon-tyne/ofsted-2025", "E08000021")


@pytest.mark.parametrize(
    ("title", "key", "code"),
    [
        ("Inspection of Stockport Metropolitan Borough Council children's services", "stockport/ofsted-2025", "E08000007"),
        ("Inspection of Herefordshire Council children’s services", "herefordshire/ofsted-2025", "E06000019"),
        ("Inspection of Stockport children's services", "stockport/ofsted-2025", "E08000007"),
    ],
)
def test_an_ilacs_title_naming_the_council_without_local_authority_is_its_report(tmp_path, title, key, code):
    """A title that names the council by its own name ('… Metropolitan Borough Council children's services') or
    bare, without 'local authority', is the report's title all the same when its dates follow (helper-213 #1: the
    whole report was read as a progress paper, its grades and recommendations lost)."""
    text = (DATA / "other_councils" / "riverton_ilacs_report.md").read_text(encoding="utf-8")
    _, usual = _inspection(tmp_path, "usual-2025.md", text)
    text = text.replace("Inspection of Riverton local authority children's services", title).replace("Riverton", "Stockport")
    inspection, x = _inspection(tmp_path, "report-2025.md", text)
    assert (inspection.key, inspection.org.code, inspection.framework) == (key, code, "ILACS")
    assert [j.grade for j in x.judgements] == [j.grade for j in usual.judgements] and len(usual.judgements) >= 4
    assert [r.text for r in x.recommendations] == [r.text for r in usual.recommendations] and usual.recommendations


def test_a_council_papers_title_naming_the_inspection_of_its_childrens_services_is_no_report(tmp_path):
    """A paper's title that speaks of the inspection without the report's dates under it stays the paper."""
    plan = (DATA / "plan_other_council.txt").read_text(encoding="utf-8")
    heading = "Ofsted Inspection of Stockport children's services"
    retitled = plan.replace("Improvement Plan following the Ofsted inspection", heading, 1)
    assert retitled != plan
    path = tmp_path / "plan.txt"
    path.write_text(retitled, encoding="utf-8")
    x = extract_document(read_document(path))
    assert x.actions and not x.judgements


@pytest.mark.parametrize(
    "heading",
    [
        "Improvement Plan in response to the Inspection of Stockport children's services\nInspection dates: 4 to 15 March 2019",
        "Action plan: Inspection of Stockport Borough Council children's services\nDates of inspection: 4 to 15 March 2019",
    ],
)
def test_a_plan_whose_heading_names_the_inspection_by_the_councils_name_stays_a_plan(tmp_path, heading):
    """Reviewer helper-214: a title without 'local authority' is the report's only where it opens the document."""
    plan = (DATA / "plan_other_council.txt").read_text(encoding="utf-8")
    path = tmp_path / "plan.txt"
    path.write_text(plan.replace("Improvement Plan following the Ofsted inspection", heading, 1), encoding="utf-8")
    x = extract_document(read_document(path))
    assert len(x.actions) == 3 and len(x.recommendations) == 2 and not x.judgements
