"""Minutes numbering a report's list 1, 2 … where the report is held twice (its PDF and a text copy, here two text
copies): every recommendation is in the assessment's list twice, and the paper's numbers were neither read by position
(6, 6, 7, 7 … is not a gapless list) nor by quote (two items scoring the same, no margin), so both updates were left out
again. One item per number now (findings/link/paper_numbers.py). And a paper read by position counts every one of its
numbers so, one the report has too among them: its 1–4 are the report's 4–7, its 4 the report's 7."""

from __future__ import annotations

from findings.build import build

REPORT = """Westmarsh Borough Council
Inspection of services for children in need of help and protection, children looked after and care leavers
Inspection date: 7 March 2016 – 31 March 2016
Report published: 20 May 2016
Children’s services in Westmarsh require improvement to be good
The judgements on areas of the service that contribute to overall effectiveness are:
1. Children who need help and protection Requires improvement
2. Children looked after and achieving permanence Requires improvement
3. Leadership, management and governance Requires improvement
Executive summary
1. Children and families are offered help at an early stage.
2. Thresholds are understood by most partners.
3. Social workers know their children well.
4. Caseloads are manageable in most teams.
5. Managers have an accurate view of the service.
What does the local authority need to improve?
Areas for improvement
6. Ensure that strategy discussions include the police and health professionals in every case.
7. Ensure that return home interviews are offered to every child who goes missing.
8. Improve the timeliness of initial health assessments for children looked after.
9. Ensure that pathway plans for care leavers set out how their housing needs will be met.
The local authority’s strengths
10. Adoption performance is good and children are matched without delay.
"""

MINUTES = """Westmarsh Borough Council
Minutes of the Children's Scrutiny Committee held at the Town Hall, Marshby on Tuesday 11 October 2016
Present: Councillors A Brown (Chair), B Green, C White.
5. Ofsted inspection: progress against the recommendations
The Director presented an update on progress against the recommendations of the Ofsted inspection published in May 2016.
Recommendation 1: {first} – every strategy discussion since July has included both. Status: complete.
Recommendation 2: {second} – a new provider has been commissioned and offers are now made in most cases. Status: in progress.
RESOLVED that the update be noted.
"""

FIRST = "“Ensure that strategy discussions include the police and health professionals in every case.”"
SECOND = "“Ensure that return home interviews are offered to every child who goes missing.”"


def _abouts(tmp_path, report: str, minutes: str, copies: int = 2) -> tuple[list[str], list[str]]:
    name = report.split()[0].lower()
    for n in range(copies):  # the copies differ by a trailing line, as a PDF and its text copy differ: two documents
        (tmp_path / f"{name}_sif_2016{'_copy' * n}.txt").write_text(report + "\n" * n, encoding="utf-8")
    (tmp_path / f"{name}_minutes_2016.txt").write_text(minutes, encoding="utf-8")
    built = build([tmp_path]).extraction
    abouts = sorted(u.about for u in built.updates if u.about_kind == "recommendation")
    return abouts, [n for n in built.notes if "left out an update" in n]


def test_a_report_held_twice_still_names_the_quoted_items(tmp_path):
    abouts, left_out = _abouts(tmp_path, REPORT, MINUTES.format(first=FIRST, second=SECOND))
    assert abouts == ["6", "7"]
    assert left_out == []


def test_a_report_held_twice_still_reads_the_papers_numbers_by_position(tmp_path):
    abouts, left_out = _abouts(tmp_path, REPORT, MINUTES.format(first="", second=""))
    assert abouts == ["6", "7"]
    assert left_out == []


def test_a_paper_read_by_position_counts_the_reports_own_numbers_too(tmp_path):
    # Eastwold's list runs 4–7 after a three-paragraph summary; its paper's 1 and 4 are the list's first and fourth
    report = (
        REPORT.replace("Westmarsh", "Eastwold")
        .replace("4. Caseloads are manageable in most teams.\n5. Managers have an accurate view of the service.\n", "")
        .replace("\n6. Ensure", "\n4. Ensure")
        .replace("\n7. Ensure that return", "\n5. Ensure that return")
        .replace("\n8. Improve", "\n6. Improve")
        .replace("\n9. Ensure", "\n7. Ensure")
        .replace("\n10. Adoption", "\n8. Adoption")
    )
    minutes = (
        MINUTES.replace("Westmarsh", "Eastwold")
        .replace("Marshby", "Wold Cross")
        .format(first="", second="")
        .replace("Recommendation 2:", "Recommendation 4:")
    )
    abouts, left_out = _abouts(tmp_path, report, minutes, copies=1)
    assert abouts == ["4", "7"]
    assert left_out == []
