"""Council papers in another council's house style (tests/data/other_councils, written by a helper): a progress report
to a panel says what it says of each recommendation, dated by its meeting, one update a recommendation however it
lays its paragraphs out; an action plan's table numbers its recommendations 'R1' and dates its status above it."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.dates import parse_day_month_year
from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA, OFSTED, need_shared

REPORT = DATA / "other_councils" / "wigan_style_progress_update.txt"  # written by a helper in another council's style


def test_each_recommendation_paragraph_under_one_numbered_section_is_its_own_update():
    """'4. Progress against each recommendation' then 'Recommendation 1 … – on track', 'Recommendation 2 – complete'
    …, dated 'Date of meeting: 14th March 2023': all of it was one update about recommendation 2, read from the report's
    own '2. Recommendation / 2.1 That the Committee notes …' (helper-63)."""
    doc = read_document(REPORT, REPORT.name)
    updates = extract_document(doc).updates
    assert {u.as_at for u in updates} == {date(2023, 3, 14)}
    by_rec = [(u.about, u.text.split(" ", 2)[:2]) for u in updates if u.text.startswith("Recommendation")]
    assert by_rec == [(str(n), ["Recommendation", str(n)]) for n in range(1, 8)]
    assert not [u for u in updates if u.text.startswith("Recommendation 2.1")]
    for update in updates:  # each quote is the characters its text says, from the first after the paragraph's number
        (span,) = update.spans
        assert " ".join(doc.text[span.start : span.end].split()) == " ".join(update.text.split())


def test_the_report_tells_which_recommendations_are_reported_complete():
    need_shared()
    from findings.build import build

    x = build([REPORT, OFSTED / "wigan"]).extraction
    said = {
        s.item.identifier: s.status
        for s in x.statuses
        if s.item.assessment == "wigan/ofsted-2022" and s.as_of == date(2023, 3, 14)
    }
    assert {k for k, v in said.items() if v == "ReportedComplete"} == {"2", "4", "5"}  # 'complete'
    assert {k for k, v in said.items() if v == "InProgress"} == {"1", "3", "6", "7"}  # 'on track', 'in progress'


def test_a_plan_table_numbering_recommendations_r1_is_read_and_dated_by_its_status_line():
    """'R1' in the 'Rec no' column (the whole plan was dropped, without a word) and 'Status as at 31st August 2018'
    above the table (every RAG cell was undated, so counted for nothing): helper-63."""
    path = DATA / "other_councils" / "oxfordshire_style_action_plan.txt"
    x = extract_document(read_document(path, path.name))
    assert sorted({a.responds_to for a in x.actions}) == ["1", "2", "3", "4"] and len(x.actions) == 8
    assert {u.as_at for u in x.updates} == {date(2018, 8, 31)}
    recs = {r.identifier: r for r in x.recommendations}
    doc = x.documents[0]
    assert all(doc.text[s.start : s.end] for r in recs.values() for s in r.spans)
    assert recs["2"].text.startswith("The timeliness and effectiveness of pre-proceedings work")


def test_a_plan_whose_rows_none_are_read_is_named(tmp_path):
    """A plan read as one (its table's headings known) whose rows yield no action is said on stderr, not passed over
    in silence (helper-63: an 'R1' plan gave 'actions 0' and nothing else)."""
    from click.testing import CliRunner

    from findings.cli import cli

    folder = tmp_path / "o"
    folder.mkdir()
    text = (DATA / "other_councils" / "oxfordshire_style_action_plan.txt").read_text(encoding="utf-8")
    unknown = [line.replace("R", "X", 1) if line[:1] == "R" and line[1:2].isdigit() else line for line in text.splitlines()]
    (folder / "plan.txt").write_text("\n".join(unknown), encoding="utf-8")  # 'X1': a numbering no reader knows
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out"), "--no-pictures"])
    assert result.exit_code == 0, result.output
    assert "read o/plan.txt as an action plan, but found no actions in it (a layout the readers do not know)" in result.stderr


def _telford_updates(folder, paragraphs: str) -> list:
    """The updates of a progress report to Cabinet on Telford's 2013 inspection, built with the report itself: its
    opening paragraph, then `paragraphs`."""
    from findings.build import build

    report = (DATA / "other_councils" / "telford_child_protection_2013.txt").read_text(encoding="utf-8")
    (folder / "report.txt").write_text(report, encoding="utf-8")
    (folder / "progress.txt").write_text(
        "Telford and Wrekin Council\nReport to Cabinet\nDate: 12 September 2013\n\n"
        "1. This report updates Cabinet on the plan answering the inspection that took place between 4 March and 15 March "
        f"2013.\n\n{paragraphs}",
        encoding="utf-8",
    )
    return build([folder]).extraction.updates


def test_a_paragraph_on_several_recommendations_is_an_update_on_each_and_next_steps_on_none(tmp_path):
    """'Recommendations 2, 3 and 4 are on track' is said of each of them, not of the one before it; '5. Next steps'
    is a section of its own, not one more update on the last recommendation (helper-65)."""
    updates = _telford_updates(
        tmp_path,
        "2. Recommendation 1 – complete. Every child on a plan was seen alone in August.\n\n"
        "3. Recommendations 2, 3 and 4 are on track and will be reported in detail in November.\n\n"
        "4. Next steps\n\nThe next progress report will come to Cabinet in March 2014.\n",
    )
    assert sorted((u.about, u.text.split()[0]) for u in updates) == [
        ("1", "Recommendation"),
        ("2", "Recommendations"),
        ("3", "Recommendations"),
        ("4", "Recommendations"),
    ]


def test_a_wrapped_paragraph_continues_its_recommendation_and_an_earlier_meeting_does_not_date_it(tmp_path):
    """helper-66: a PDF's wrapped '3. The refreshed partnership business' is no heading (its update was lost), and
    'Previous consideration: / Cabinet – 25 April 2023' under the cover's own date does not date the updates."""
    updates = _updates_of(
        tmp_path,
        "Rochdale Borough Council\n\nReport to: Children's Services Scrutiny Committee\nDate: 12 September 2023\n"
        "Previous consideration:\nCabinet – 25 April 2023\n\nSubject: Improvement Plan progress update\n\n"
        "1. To update Members on the plan adopted in response to the Ofsted inspection that took place between 30 "
        "January and 10 February 2023.\n\n2. Recommendation 1 – on track. The\nImprovement Board has met monthly since\n"
        "May 2023.\n\n3. The refreshed partnership business\nplan will go to the partnership\nexecutive in October 2023.\n\n"
        "4. Recommendation 2 – complete. Supervision\nstandards were published on 3 July 2023.\n",
    )
    assert [(u.about, u.as_at) for u in updates] == [
        ("1", date(2023, 9, 12)),
        ("1", date(2023, 9, 12)),
        ("2", date(2023, 9, 12)),
    ]


def test_a_committee_reports_labelled_lines_are_updates_and_its_headings_end_them(tmp_path):
    """A PDF committee report: '4. Progress', then lines labelled 'Recommendation 6 (plans): on track.' with no blank
    line between, a page's header and footer, 'Conclusion' and '6. Financial and legal implications' after; dated by
    its header 'Council | Panel | 22/03/2016' (helper-67: 'found no assessment or item'; the paragraphs under
    'Conclusion' were updates on the last recommendation)."""
    updates = _updates_of(
        tmp_path,
        "Lambeth Council | Corporate Parenting Panel | 22/03/2016\nReport title: Improvement plan progress\n"
        "1. Summary\n1.1 This report updates the Panel on the plan agreed in response to the Ofsted inspection published\n"
        "in May 2015.\n2. Recommendations\n2.1 That the Panel notes the progress.\n3. Context\n3.1 Ofsted judged services "
        "inadequate.\n4. Progress\nRecommendation 1 (missing children): complete. Every child returning from a\n"
        "missing episode is offered a return home interview.\nRecommendation 6 (plans): on track. All social workers\n"
        "have now been trained.\nPeer challenge recommendations\n5. Later life letters now have a timescale.\n"
        "6. Financial and legal implications\n6.1 None arising directly from this report.\n",
    )
    assert [(u.about, u.as_at, u.text.split()[-1]) for u in updates] == [
        ("1", date(2016, 3, 22), "interview."),
        ("6", date(2016, 3, 22), "trained."),
    ]


def _updates_of(folder, text: str) -> list:
    """The updates the progress-report reader takes from `text`, saved as a file in `folder`."""
    from findings.extract.progress_report import extract_progress_report
    from findings.model import Extraction

    path = folder / "progress.txt"
    path.write_text(text, encoding="utf-8")
    out = Extraction()
    extract_progress_report(read_document(path, path.name), out)
    return out.updates


def test_an_unbulleted_list_after_a_colon_stays_in_its_update(tmp_path):
    """'Since April the service has:' then short lines: a list, not headings (helper-69: the update lost them)."""
    updates = _updates_of(
        tmp_path,
        "Worcestershire County Council\nReport to Cabinet\nDate: 12 September 2017\n\n1. This report updates Cabinet on "
        "the plan answering the inspection that took place between 3 October and 27 October 2016.\n\n2. Recommendation 2 – "
        "behind schedule. Since April the service has:\nRecruited 27 social workers\nOpened a new academy\nAction B2 has "
        "been delayed to March 2018.\n",
    )
    assert [(u.about, u.text.split()[-1]) for u in updates if not u.echo] == [("2", "2018.")]
    assert [u.about for u in updates if u.echo] == ["2.2"]  # 'Action B2' under recommendation 2 is its action 2.2 too


def test_an_update_over_a_page_break_quotes_no_running_header_or_footer(tmp_path):
    """A PDF report's page header and footer between two lines of an update are no part of it: its text and its
    spans hold the update's words only (helper-67: 'Recommendation 5 … | Corporate Parenting Panel | 22/03/2016')."""
    from tests.pdfmaker import make_pdf

    head, foot = "Anytown Council | Corporate Parenting Panel | 22/03/2016", "OFFICIAL - Page {} of 2"
    first = [
        head,
        "Report title: Improvement plan progress",
        "1. This report updates the Panel on the plan answering the inspection that took place",
        "between 2 March and 13 March 2015.",
        "2. Progress",
        "Recommendation 4 (enquiries): complete. The protocol was signed in January.",
        "Recommendation 5 (permanence): complete. The legal gateway meets weekly and the",
        foot.format(1),
    ]
    second = [head, "average duration of care proceedings has fallen to 27 weeks.", foot.format(2)]
    path = tmp_path / "progress.pdf"
    path.write_bytes(make_pdf([first, second]))
    from findings.extract.progress_report import extract_progress_report
    from findings.model import Extraction

    doc = read_document(path, path.name)
    out = Extraction()
    extract_progress_report(doc, out)
    five = next(u for u in out.updates if u.about == "5")
    assert five.text.endswith("meets weekly and the average duration of care proceedings has fallen to 27 weeks.")
    quoted = " ".join(doc.text[s.start : s.end] for s in five.spans)
    assert " ".join(quoted.split()) == five.text and "OFFICIAL" not in quoted


def test_a_report_with_no_numbered_paragraphs_and_a_numbered_conclusion(tmp_path):
    """helper-72: an update report whose paragraphs carry no numbers was 'a kind of document the readers do not
    know'; '3. Conclusion The Committee is asked to note …' was one more update on the last recommendation."""
    plain = _updates_of(
        tmp_path,
        "Durham County Council\nChildren and Young People's Overview and Scrutiny Committee\nDate: 14 September 2020\n\n"
        "This report updates members on the plan answering the inspection that took place between 2 March and 13 March "
        "2020.\n\nRecommendation 1 (management oversight): complete. Managers' decisions are recorded.\n\n"
        "Recommendation 2 (return home interviews): on track. 80% were offered within 72 hours.\n",
    )
    assert [(u.about, u.text.split()[-1]) for u in plain] == [("1", "recorded."), ("2", "hours.")]
    numbered = _updates_of(
        tmp_path,
        "Northumberland County Council\nReport to Scrutiny\nDate: 5 December 2016\n\n1. This report updates members on "
        "the plan answering the inspection that took place between 4 April and 28 April 2016.\n\n2. R15 (care leavers): "
        "The service is in place.\n\n3. Conclusion The Committee is asked to note the progress.\n",
    )
    assert [u.about for u in numbered] == ["15"]


def test_a_paragraph_opening_with_a_section_word_but_no_heading_continues_its_recommendation(tmp_path):
    """helper-73: '3. Risk assessments are now completed …' ended recommendation 1's update like '3. Conclusion'."""
    updates = _updates_of(
        tmp_path,
        "Bolton Council\nReport to Scrutiny\nDate: 5 December 2016\n\n1. This report updates members on the plan "
        "answering the inspection that took place between 4 April and 28 April 2016.\n\n2. Recommendation 1 – on track. "
        "Training is under way.\n\n3. Risk assessments are now completed within five days.\n\n4. Summary data is reported "
        "monthly.\n",
    )
    assert [u.about for u in updates] == ["1", "1", "1"]


SCRUTINY = DATA / "other_councils" / "leeds_style_scrutiny_report.html"  # helper-75, in Leeds's house style


def _scrutiny_statuses(tmp_path, text: str) -> dict[str, str]:
    from findings.build import build

    paper = tmp_path / SCRUTINY.name
    paper.write_text(text, encoding="utf-8")
    x = build([paper, OFSTED / "wigan"]).extraction
    return {
        s.item.identifier: s.status
        for s in x.statuses
        if s.item.assessment == "wigan/ofsted-2022" and s.as_of == date(2023, 8, 31) and s.item.kind == "recommendation"
    }  # the meeting is on 20 September 2023; the paper updates each area 'as at 31 August 2023', the day it is dated by


def test_a_report_dating_the_inspection_by_its_report_of_the_inspection_is_read(tmp_path):
    """'Ofsted published its report of the inspection of local authority children's services on 5 July 2022': the
    whole paper was dropped as 'a kind of document the readers do not know' (helper-75)."""
    need_shared()
    said = _scrutiny_statuses(tmp_path, SCRUTINY.read_text(encoding="utf-8"))
    assert sorted(said, key=int) == [str(n) for n in range(1, 8)]
    assert {k for k, v in said.items() if v == "ReportedComplete"} == {"1", "2", "4"}
    # 'Care leavers at the point of transition: on track. The protocol has been agreed': the verdict after the title
    assert said["6"] == "InProgress" and said["3"] == "InProgress"


def test_a_report_that_never_dates_the_inspection_answers_the_councils_latest_report_before_it(tmp_path):
    """No sentence dates the inspection: the updates were lost; they answer the latest report before the paper."""
    need_shared()
    text = SCRUTINY.read_text(encoding="utf-8").replace(
        "Ofsted published its report of the inspection of local authority children’s services on 5 July 2022.",
        "Ofsted’s report set out seven areas for improvement.",
    )
    assert "5 July 2022" not in text
    said = _scrutiny_statuses(tmp_path, text)
    assert sorted(said, key=int) == [str(n) for n in range(1, 8)]


def test_a_progress_table_flattened_by_a_pdf_gives_each_row_its_update(tmp_path):
    """'No. Area for improvement (Ofsted, July 2022) Progress to date RAG', each row's cells one after another: the
    whole report was 'a kind of document the readers do not know' (helper-75)."""
    need_shared()
    from findings.build import build

    path = DATA / "other_councils" / "leeds_style_progress_table.txt"
    x = build([path, OFSTED / "wigan"]).extraction
    mine = [u for u in x.updates if u.source.startswith("table-") and u.assessment == "wigan/ofsted-2022"]
    position = date(2023, 2, 28)  # '(position as at 28 February 2023)' above the table; the meeting is on 15 March
    assert [(u.about, u.as_at, u.text.split(".")[0]) for u in mine] == [
        ("1", position, "Completed"),
        ("2", position, "On track"),
        ("3", position, "Delayed to September 2023"),
        ("4", position, "Completed"),
        ("5", position, "Not yet started"),
        ("6", position, "On track"),
        ("7", position, "In progress"),
    ]
    assert [u.indicates for u in mine] == ["ReportedComplete", "InProgress", "InProgress", "ReportedComplete"] + [
        "ActionPlanned",
        "InProgress",
        "InProgress",
    ]
    doc = next(d for d in x.documents if d.path.endswith(path.name))
    for update in mine:  # the quote is the progress and its rating, never the recommendation's words
        quoted = " ".join(" ".join(doc.text[s.start : s.end].split()) for s in update.spans)
        assert quoted == " ".join(update.text.split()) and quoted.split()[-1] in ("Green", "Amber", "Red")


def _rochdale_2023_updates(paper):
    """The updates `paper` gives on the 2023 Rochdale report's recommendations, built beside Rochdale's reports."""
    return _updates_on(paper, "rochdale", "rochdale/ofsted-2023")


def _updates_on(paper, council: str, key: str):
    """(the build, the updates `paper` gives on the recommendations of inspection `key`), built beside the council's
    Ofsted reports."""
    from findings.build import build

    x = build([paper, OFSTED / council]).extraction
    doc = next(d for d in x.documents if d.path.endswith(paper.name))
    mine = [u for u in x.updates if u.assessment == key and u.about_kind == "recommendation" and u.spans[0].doc == doc.sha256]
    return x, mine


def test_paragraphs_numbered_four_point_three_are_read_one_update_a_recommendation():
    """'4.3 Recommendation 3: on track. …' through '4.8': the report gave nothing (helper-76, Hampshire style)."""
    need_shared()
    paper = DATA / "other_councils" / "hampshire_style_report.html"
    _, mine = _rochdale_2023_updates(paper)
    assert [(u.about, u.as_at, u.indicates) for u in mine] == [
        ("1", date(2024, 5, 21), "ReportedComplete"),
        ("2", date(2024, 5, 21), "InProgress"),  # 'this has not been achieved'
        ("3", date(2024, 5, 21), "InProgress"),
        ("4", date(2024, 5, 21), "ReportedComplete"),
        ("5", date(2024, 5, 21), "ReportedComplete"),
        ("6", date(2024, 5, 21), "ReportedComplete"),
        ("7", date(2024, 5, 21), "InProgress"),  # 'delayed to March 2025'
        ("8", date(2024, 5, 21), "ReportedComplete"),
    ]
    assert all(u.text.startswith(f"Recommendation {u.about}") for u in mine)  # not '4.3 Recommendation 3'


def test_areas_for_improvement_by_number_and_a_table_keyed_by_them_are_read():
    """'6. Area for improvement 6 (…) is completed', and an appendix table 'AFI | Area for improvement (summary) |
    Progress | RAG' whose status may follow the area's words on its line ('2 Management oversight In progress. …')
    and whose rating may end the progress's line ('… of the report. Blue'): nothing was read (helper-76)."""
    need_shared()
    paper = DATA / "other_councils" / "hampshire_style_progress_table.txt"
    _, mine = _rochdale_2023_updates(paper)
    prose = [(u.about, u.indicates) for u in mine if u.source.startswith("report-")]
    assert prose == [("6", "ReportedComplete"), ("4", "InProgress"), ("7", "ActionPlanned")]
    table = [(u.about, u.text.split(".")[0], u.text.split()[-1], u.indicates) for u in mine if u.source.startswith("table-")]
    assert table == [
        ("1", "On track", "Green", "InProgress"),
        ("2", "In progress", "Amber", "InProgress"),
        ("3", "On track", "Green", "InProgress"),
        ("4", "Delayed to March 2024", "Red", "InProgress"),
        ("5", "On track", "Green", "InProgress"),  # '… (5a) … is complete': the row's own word is 'on track'
        ("6", "Completed", "Blue", "ReportedComplete"),
        ("7", "Not yet started", "Amber", "ActionPlanned"),
        ("8", "On track", "Amber", "InProgress"),
    ]


def test_a_report_under_headings_naming_each_area_reads_its_paragraphs_and_not_its_sections(tmp_path):
    """'Area for improvement 1 – Public Law Outline', Ofsted's words quoted, then '2.1 …', '2.2 …'; '3. Financial
    implications' after the last; dated 'To: Scrutiny Committee – 13 November 2024'. The quoted words and the
    financial paragraph were updates, and every update was undated (helper-77, Kent style)."""
    need_shared()
    _, mine = _oxfordshire_2024_updates(DATA / "other_councils" / "kent_style_progress_november.txt")
    assert [(u.about, u.as_at, u.text[:12]) for u in mine] == [
        ("1", date(2024, 11, 13), "PLO-01 has b"),
        ("1", date(2024, 11, 13), "The dip-samp"),
        ("2", date(2024, 11, 13), "The joint pr"),
        ("3", date(2024, 11, 13), "EET-01 is on"),
        ("4", date(2024, 11, 13), "The direct w"),
    ]


def test_a_position_table_with_confidence_ratings_is_read():
    """'AFI | What Ofsted found | Position at 30 April 2025 | Confidence', rows rated High, Medium, Low: nothing was
    read (helper-77). A row whose position opens with no status word ('The target … has not been achieved') is
    left unread, as the layout says."""
    need_shared()
    _, mine = _oxfordshire_2024_updates(DATA / "other_councils" / "kent_style_progress_may.txt")
    assert [(u.about, u.text.split(".")[0], u.text.split()[-1]) for u in mine] == [
        ("1", "Completed", "High"),
        ("2", "Delayed", "Medium"),
        ("4", "Completed", "High"),
    ]


def _oxfordshire_2024_updates(paper):
    return _updates_on(paper, "oxfordshire", "oxfordshire/ofsted-2024")


def test_decimal_paragraphs_under_a_numbered_heading_and_an_appendix_table_after_them():
    """'3. Position as at 29 February 2024' over '3.1 Recommendation One … has been completed', '3.2 …', '3.3 …', then
    'Appendix A – Exception summary' and its rows '1. Appraisal of information …': recommendation one's update was
    lost, the third ran on into the appendix, and 'the remaining sessions are planned by end of May 2024. Revised
    date: 31.05.24' read as complete (helper-78, Bristol style)."""
    from findings.status.cues import progress_of

    path = DATA / "other_councils" / "bristol_style_further_report.txt"
    updates = extract_document(read_document(path, path.name)).updates
    assert [(u.assessment, u.about, u.as_at) for u in updates] == [  # the position as at (the meeting: 25 March)
        ("bristol/ofsted-2022", "1", date(2024, 2, 29)),
        ("bristol/ofsted-2022", "2", date(2024, 2, 29)),
        ("bristol/ofsted-2022", "3", date(2024, 2, 29)),
    ]
    assert [progress_of(u.text) for u in updates] == ["Done", "Underway", "Underway"]
    assert updates[2].text.endswith("a recording improvement clinic runs fortnightly.")


@pytest.mark.parametrize(
    "text",
    [
        # a task-and-finish group's own recommendations: no inspection spoken of (helper-79's review)
        "Wigan Council\nScrutiny task and finish group report\nDate: 5 March 2024\n\n1. Purpose\n\n2. Recommendation 1: That"
        " the Council reviews its home to school transport policy.\n\n3. Recommendation 2: That the Cabinet considers it.\n",
        # an internal audit's follow-up, whose sentence names progress and a RAG status
        "Wigan Council\nInternal audit follow-up\nDate: 5 March 2024\nThis report sets out progress on the recommendations"
        " of the 2023/24 internal audit of payroll, with a RAG status for each.\n1. Overtime claims are authorised\n"
        "Completed. All claims are authorised.\nGreen\n2. Leavers are removed\nIn progress. Most are removed.\nAmber\n",
    ],
)
def test_a_paper_about_no_inspection_gives_no_update_on_one(tmp_path, text):
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    x = extract_document(read_document(path, path.name))
    assert x.updates == [] and not [k for k, a in x.assessments.items() if a.kind == "Inspection"]


def test_actions_numbered_under_a_recommendations_paragraph_stay_in_its_update(tmp_path):
    """'1. Recommendation 1: on track.' over '1.1 … Complete.', '1.2 …': one update a recommendation, not one per
    action (helper-79's review: the '4.1' reading had dropped recommendation 1)."""
    path = tmp_path / "report.txt"
    path.write_text(
        "Wigan Council\nReport to Scrutiny\nDate: 5 March 2024\nOfsted published its report on 5 July 2022.\n\n"
        "1. Recommendation 1: on track. Work continues.\n1.1 Team managers appointed. Complete.\n1.2 Dip sample in progress.\n"
        "2. Recommendation 2: delayed. Procurement is late.\n2.1 Procurement finished. Complete.\n2.2 Training not started.\n"
        "3. Recommendation 3: complete.\n",
        encoding="utf-8",
    )
    updates = extract_document(read_document(path, path.name)).updates
    assert [u.about for u in updates] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("text", "progress"),
    [
        ("All remaining actions have been completed.", "Done"),
        ("The action was completed by the revised date of March 2024.", "Done"),
        ("The first phase was completed; the remaining sessions are planned by end of May 2024.", "Underway"),
    ],
)
def test_work_said_to_remain_is_to_come_only_when_said_so(text, progress):
    from findings.status.cues import progress_of

    assert progress_of(text) == progress


def test_another_bodys_report_published_on_a_day_dates_no_inspection():
    from findings.extract.mentioned import inspection_mention

    said = inspection_mention("The LGA published its report of the peer challenge on 5 May 2024.")
    assert "issued" not in said
    said = inspection_mention("Ofsted published its report of the inspection of children’s services on 5 July 2022.")
    assert said["issued"] == date(2022, 7, 5)


def test_a_paper_restating_the_inspection_is_not_called_a_progress_report_with_nothing_in_it(tmp_path):
    """A Cabinet report giving the inspection's grades and recommendations (and no progress yet) was said to be 'a
    progress report, but found no progress updates in it' though it gave both (helper-83's Cabinet-report layout)."""
    from click.testing import CliRunner

    from findings.cli import cli

    folder = tmp_path / "o"
    folder.mkdir()
    (folder / "cabinet.html").write_bytes((DATA / "other_councils" / "sutton_style_cabinet_report.html").read_bytes())
    result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(tmp_path / "out"), "--no-pictures"])
    assert result.exit_code == 0, result.output
    assert "cabinet.html" not in result.stderr


DUDLEY_REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"  # fictional, in the ILACS layout
DUDLEY_PROGRESS = DATA / "other_councils" / "dudley_progress_report.txt"  # quotes each recommendation in full


def test_a_report_quoting_each_recommendation_in_full_states_them_second_hand():
    """'Recommendation 1' over '"The timeliness of … promptly."', then '3.1 …': with neither the inspection report
    nor a plan read, every update was left out, 'that recommendation is not in the graph' (helper-80). The quoted
    words are the inspection's recommendation, known second-hand, each span exactly its words."""
    from findings.build import build

    x = build([DUDLEY_PROGRESS]).extraction
    doc = next(d for d in x.documents)
    text = DUDLEY_PROGRESS.read_text(encoding="utf-8")
    recs = sorted(x.recommendations, key=lambda r: r.identifier)
    assert [(r.assessment, r.identifier) for r in recs] == [("dudley/ofsted-2025", n) for n in "123"]
    assert recs[0].text.startswith("The timeliness of initial child protection") and recs[0].text.endswith("promptly.")
    for rec in recs:
        (span,) = rec.spans
        assert span.doc == doc.sha256 and " ".join(text[span.start : span.end].split()) == rec.text
        assert rec.known_from and "the inspection report itself was not read" in rec.known_from
    assert [(u.about, u.about_kind) for u in x.updates] == [(n, "recommendation") for n in "123"]
    assert not x.notes
    current = {s.item.identifier: s.status for s in x.statuses if s.current}
    assert current == {"1": "ReportedComplete", "2": "InProgress", "3": "ActionPlanned"}


def test_a_quoted_recommendation_is_one_node_with_the_inspection_reports_own():
    """Read with the report it quotes, each recommendation is the report's (its wording, first-hand) with a span in
    both documents."""
    from findings.build import build

    x = build([DUDLEY_PROGRESS, DUDLEY_REPORT]).extraction
    paths = {d.sha256: d.path for d in x.documents}
    recs = sorted(x.recommendations, key=lambda r: r.identifier)
    assert [r.identifier for r in recs] == ["1", "2", "3"]
    for rec in recs:
        assert rec.known_from is None
        assert sorted(paths[s.doc] for s in rec.spans) == ["dudley_ilacs_report.txt", "dudley_progress_report.txt"]
    assert len(x.updates) == 3 and not x.notes


def test_a_paragraph_numbered_with_a_tab_as_word_saves_it_is_read_and_a_tables_row_is_not():
    """'4.1<tab>Recommendation 1 (…) – on track. …' (Word's plain text of a numbered paragraph) was skipped as a
    table's row once rows were kept from the prose reader (helper-88's review)."""
    from findings.model import Document

    spaced = (DATA / "other_councils" / "wigan_style_progress_update.txt").read_text(encoding="utf-8")
    tabbed = "\n".join(
        f"4.{n}\t{line}" if line.startswith("Recommendation ") else line for n, line in enumerate(spaced.splitlines())
    )
    counts = []
    for text in (spaced, tabbed):
        doc = Document("p.txt", text, "x" * 64, "test", "text/plain")
        counts.append(len(extract_document(doc).updates))
    assert counts[0] == counts[1] > 0


def test_an_area_for_priority_action_is_named_as_a_recommendation_is(tmp_path):
    """'Area for priority action 2 – complete.' (an inadequate judgement's items) named nothing (helper-89)."""
    from findings.build import build

    (tmp_path / "report.txt").write_text(
        "Telford and Wrekin Council\nReport to Cabinet\nDate: 12 September 2013\n\n1. This report updates Cabinet on the"
        " plan answering the inspection that took place between 4 March and 15 March 2013.\n\n2. Area for priority action"
        " 2 – complete. The assessment template is in use in every team.\n",
        encoding="utf-8",
    )
    (tmp_path / "telford.txt").write_bytes((DATA / "other_councils" / "telford_child_protection_2013.txt").read_bytes())
    x = build([tmp_path]).extraction
    assert [(u.about_kind, u.about, u.as_at) for u in x.updates] == [("recommendation", "2", date(2013, 9, 12))]


def test_a_progress_table_that_keeps_its_cells_gives_each_row_its_update_from_its_columns(tmp_path):
    """'No. | Area for improvement | Progress to date | RAG' as a Word table or a web page's (a tab between cells):
    the row's number from 'Rec 1' or '1', the update from the progress and RAG columns, whatever the progress opens
    with (tester helper-103: the table was not read, or only its rows opening 'Complete.'); a row that gives no
    number is said, the rest read."""
    from findings.extract.document import extract_document
    from findings.read import read_document

    paper = DATA / "other_councils" / "wirral_style_progress_table_cells.txt"
    text = paper.read_text(encoding="utf-8").replace("Rec 4\t", "4\t").replace("Rec 6\t", "Six\t")
    path = tmp_path / "progress.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    x = extract_document(doc)
    rows = [u for u in x.updates if u.about_kind == "recommendation"]
    assert [(u.assessment, u.about, str(u.as_at)) for u in rows] == [  # its position at 30 November (meeting 9 December)
        ("wirral/ofsted-2017", n, "2019-11-30") for n in ("1", "2", "3", "4", "5")
    ]
    assert rows[0].text.startswith("All actions are complete. 94% of return home interviews")
    assert rows[2].text.endswith("rated 77% of pathway plans as good. Blue")
    assert [u.about for u in x.updates if u.about_kind == "action"] == ["2.2", "5.1", "5.2"]  # the actions a row names
    for update in x.updates:  # the quote: the progress cell and the rating cell, never the recommendation's words
        quoted = [doc.text[s.start : s.end] for s in update.spans]
        assert " ".join(quoted).split() == update.text.split() and "Improve the quality" not in update.text
    assert x.notes == ["progress.txt: a progress table's row gives no recommendation's number: 'Six'; not read"]


def test_an_update_in_dated_minutes_is_dated_by_the_meeting_and_a_clause_naming_another_recommendation_is_its_own():
    """Minutes dated only by their header ('Minutes of the meeting held on Tuesday, 14 July 2020'): the update on
    Recommendation Two was undated, so it never counted, and it swallowed '…; Recommendation Five remains in progress
    …', giving recommendation 5 nothing and recommendation 2 a measure 'Five remains' (tester helper-103, D2)."""
    path = DATA / "other_councils" / "trafford_style_minutes_final_report.txt"
    doc = read_document(path, path.name)
    updates = [u for u in extract_document(doc).updates if u.about_kind == "recommendation"]
    assert [(u.assessment, u.about, u.as_at) for u in updates] == [
        ("trafford/ofsted-2017", "2", date(2020, 7, 14)),
        ("trafford/ofsted-2017", "5", date(2020, 7, 14)),
    ]
    two, five = updates
    assert two.text.startswith("Recommendation Two (supervision) is now complete") and two.text.endswith("has restarted online;")
    assert five.text == "Recommendation Five remains in progress, with a revised completion date of Q4 2020/21."
    assert (two.measures, five.measures) == (["96%", "81%"], [])
    for update in updates:  # each quote is the characters it came from
        assert " ".join(doc.text[s.start : s.end] for s in update.spans) == update.text


HEREFORDSHIRE = DATA / "herefordshire" / "herefordshire_Item-8-report.txt"  # 2.1 Recommendation one … 2.5 five


def _herefordshire(tmp_path, said_of_one: str, next_paragraph: str | None = None):
    """The Herefordshire progress report with `said_of_one` closing paragraph 2.1 (on recommendation one) and, when
    given, a paragraph 2.2 after it without a recommendation's name (the later ones renumbered); its document and its
    updates on recommendations."""
    text = HEREFORDSHIRE.read_text(encoding="utf-8")
    if next_paragraph is not None:
        for n in range(5, 1, -1):
            text = text.replace(f"\n2.{n} Recommendation", f"\n2.{n + 1} Recommendation")
        said_of_one += f"\n\n2.2 {next_paragraph}"
    old = "Both actions are complete.\n"
    assert old in text
    path = tmp_path / HEREFORDSHIRE.name
    path.write_text(text.replace(old, f"Both actions are complete. {said_of_one}\n", 1), encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, [u for u in extract_document(doc).updates if u.about_kind == "recommendation"]


@pytest.mark.parametrize(
    "sentence",
    [
        "R3 is considered separately.",
        "Recommendation 4 is unaffected.",
        "Recommendation five uses the same audit tool.",
        "Recommendation 4 will be reported separately.",
    ],
)
def test_a_sentence_that_only_names_another_recommendation_starts_no_update_of_its_own(tmp_path, sentence):
    """'… since July 2019. R3 is considered separately. Recommendation 4 is unaffected. No family … This recommendation
    is complete.' gave recommendation 4 the verdict on recommendation 2, and a paragraph after 'Recommendation five uses
    the same audit tool.' went to recommendation 5 (reviewer helper-106, #1): a sentence that only names another
    recommendation is still its paragraph's, and so is the paragraph after it."""
    doc, updates = _herefordshire(
        tmp_path, sentence + " This recommendation is complete.", "The audit tool is now embedded in all teams."
    )
    assert [u.about for u in updates] == ["1", "1", "2", "3", "4", "5"]
    assert updates[0].text.endswith(sentence + " This recommendation is complete.")
    assert updates[1].text == "The audit tool is now embedded in all teams."
    for update in updates:  # each quote is the characters its text says: no paragraph's number (reviewer helper-106 #10)
        quoted = " ".join(" ".join(doc.text[s.start : s.end] for s in update.spans).split())
        assert quoted == " ".join(update.text.split())


def test_a_sentence_saying_how_another_recommendation_stands_turns_only_to_the_end_of_its_paragraph(tmp_path):
    """'… Both actions are complete. Recommendation five remains in progress.' is an update on recommendation 5; the
    paragraph after it is recommendation 1's again, not 5's (reviewer helper-106, #1)."""
    doc, updates = _herefordshire(
        tmp_path, "Recommendation five remains in progress.", "The audit tool is now embedded in all teams."
    )
    assert [(u.about, u.text) for u in updates[:3]] == [
        ("1", updates[0].text),
        ("5", "Recommendation five remains in progress."),
        ("1", "The audit tool is now embedded in all teams."),
    ]
    assert updates[0].text.endswith("Both actions are complete.")
    for update in updates:  # each quote is the characters its text says: no paragraph's number (reviewer helper-106 #10)
        quoted = " ".join(" ".join(doc.text[s.start : s.end] for s in update.spans).split())
        assert quoted == " ".join(update.text.split())


def _table_updates(tmp_path, text):
    path = tmp_path / "progress.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    x = extract_document(doc)
    rows = [u for u in x.updates if u.about_kind == "recommendation"]
    for update in rows:  # the quote: the progress cell and the rating cell, never the recommendation's words
        assert " ".join(doc.text[s.start : s.end] for s in update.spans).split() == update.text.split()
    return rows, x.notes


WIRRAL_CELLS = (DATA / "other_councils" / "wirral_style_progress_table_cells.txt").read_text(encoding="utf-8")


def test_a_progress_table_whose_first_cell_holds_the_number_and_the_wording_gives_each_row(tmp_path):
    """'1. "Improve the quality …"\tProgress\tRAG' with no 'No.' column: every row was said to give no number and
    nothing was read (reviewer helper-106 #7)."""
    text = WIRRAL_CELLS.replace("No.\tArea for improvement", "Area for improvement")
    for n in range(1, 7):
        text = text.replace(f"Rec {n}\t", f"{n}. ")
    assert "\t\t" not in text and "Rec 1" not in text
    rows, notes = _table_updates(tmp_path, text)
    assert [u.about for u in rows] == ["1", "2", "3", "4", "5", "6"] and notes == []
    assert rows[0].text.startswith("All actions are complete.") and "Improve the quality" not in rows[0].text


def test_blank_lines_and_a_row_with_only_its_first_cell_do_not_end_a_progress_table(tmp_path):
    """A blank line between rows, and a row whose only filled cell is its first (the reader leaves no tab on its
    line), ended the table with no note and every row after them was lost."""
    text = WIRRAL_CELLS.replace("\nRec 2\t", "\n\nRec 2\t").replace("\nRec 4\t", "\n\nRec 4\t")
    rows, notes = _table_updates(tmp_path, text)
    assert [u.about for u in rows] == ["1", "2", "3", "4", "5", "6"] and notes == []
    line = next(line for line in text.splitlines() if line.startswith("Rec 3\t"))
    rows, notes = _table_updates(tmp_path, text.replace(line, "Rec 3"))
    assert [u.about for u in rows] == ["1", "2", "4", "5", "6"] and notes == []


def test_a_progress_table_that_ends_before_rows_that_follow_says_so(tmp_path):
    line = next(line for line in WIRRAL_CELLS.splitlines() if line.startswith("Rec 4\t"))
    rows, notes = _table_updates(tmp_path, WIRRAL_CELLS.replace(line, "Continued overleaf\n" + line))
    assert [u.about for u in rows] == ["1", "2", "3"]
    assert notes == [
        "progress.txt: a progress table ends at 'Continued overleaf', a line that is no row, though rows follow; "
        "the rows after it not read"
    ]


def test_a_row_whose_words_name_recommendations_progress_and_status_is_a_row_not_a_tables_heading(tmp_path):
    """'Rec 3 | Complete. Recommendations of the audit are tracked and progress is good. | Status: blue' matches the
    heading's pattern; the table ended there silently (reviewer helper-111 #15). A heading is short, ends with no
    stop, and its first cell gives no number."""
    line = next(line for line in WIRRAL_CELLS.splitlines() if line.startswith("Rec 3\t"))
    row = 'Rec 3\t"Pathway plans"\tComplete. Recommendations of the audit are tracked and progress is good.\tStatus: blue'
    rows, notes = _table_updates(tmp_path, WIRRAL_CELLS.replace(line, row))
    assert [u.about for u in rows] == ["1", "2", "3", "4", "5", "6"] and notes == []
    assert rows[2].text == "Complete. Recommendations of the audit are tracked and progress is good. Status: blue"


def test_a_tabbed_heading_over_rows_a_pdf_flattened_is_read_line_by_line(tmp_path):
    """A heading whose cells a tab keeps apart over rows that keep none: the cells read nothing, so the older line
    reader reads the rows."""
    text = (DATA / "other_councils" / "leeds_style_progress_table.txt").read_text(encoding="utf-8")
    heading = "No. Area for improvement (Ofsted, July 2022) Progress to date RAG"
    assert heading in text
    text = text.replace(heading, "No.\tArea for improvement (Ofsted, July 2022)\tProgress to date\tRAG")
    rows, notes = _table_updates(tmp_path, text)
    assert [u.about for u in rows] == ["1", "2", "3", "4", "5", "6", "7"] and notes == []


def test_a_cells_first_cell_that_is_a_date_or_a_duration_is_no_recommendations_number():
    """'30 September 2023' or '6 months' in a progress log's first column is no recommendation 30 or 6 (reviewer
    helper-111); '1', 'Rec 2: Improve …' and '1 Improve plans' are."""
    import re

    from findings.extract.lexicons import load_json

    cell = re.compile(load_json("progress_table_layout.json")["number_cell"])
    assert [bool(cell.match(t)) for t in ("1", "Rec 2: Improve plans", "1 Improve plans", "30 September 2023", "6 months")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_a_turn_to_another_recommendation_with_below_in_its_words_is_still_a_turn(tmp_path):
    """'Recommendation five remains in progress, with caseloads now below 18 per worker.' turns to recommendation 5:
    only a phrase saying where it is reported ('reported below') makes no turn (reviewer helper-111)."""
    doc, updates = _herefordshire(tmp_path, "Recommendation five remains in progress, with caseloads now below 18 per worker.")
    assert ("5", "Recommendation five remains in progress, with caseloads now below 18 per worker.") in [
        (u.about, u.text) for u in updates
    ]


def test_the_first_recommendation_straight_under_its_numbered_section_heading_is_read(tmp_path):
    """A paper pasted or exported without blank lines: 'Recommendation 1' straight under '3. Progress against each
    recommendation' is the first update, as the ones after it are (helper-115 #4: the first was lost, always)."""
    text = (
        "Durham County Council\nChildren and Young People's Overview and Scrutiny Committee\nDate: 14 November 2022\n"
        "1. Purpose of the report\n1.1 This report updates the Committee on progress against the recommendations of the "
        "Ofsted inspection of local authority children's services carried out in May 2022.\n2. Recommendation\n"
        "2.1 That the Committee notes the progress made.\n3. Progress against each recommendation\nRecommendation 1\n"
        '"The level of management oversight regarding screening decisions at the front door."\n'
        "3.1 A front door practice standard was introduced in September 2022. This action is complete.\n"
        'Recommendation 2\n"Strategy discussions, to ensure that decision-making is timely."\n'
        "3.2 Police and health partners now attend a daily strategy meeting.\n4. Financial implications\n"
        "4.1 There are none arising from this report.\n"
    )
    updates = [(u.about, u.text) for u in _updates_of(tmp_path, text)]
    assert updates == [
        ("1", "A front door practice standard was introduced in September 2022. This action is complete."),
        ("2", "Police and health partners now attend a daily strategy meeting."),
    ]


def test_a_wrapped_line_opening_with_a_reference_under_a_numbered_paragraph_splits_nothing(tmp_path):
    """'3.2 The revised supervision policy, which' / 'Recommendation 3 also relies on, is in place.': a PDF's wrapped
    sentence, not recommendation 3's block (reviewer helper-116 #4: its update went to recommendation 3)."""
    text = (
        "Dudley Metropolitan Borough Council\nDate: 15 September 2025\n"
        "1.1 This report updates the Committee on progress against the recommendations of the Ofsted inspection of local "
        "authority children's services carried out between 10 and 21 February 2025.\n"
        "2.1 That the Committee notes the progress made.\n3. Progress against each recommendation\nRecommendation 2\n"
        '"Management oversight of practice."\n'
        "3.2 The revised supervision policy, which\nRecommendation 3 also relies on, is in place.\n"
    )
    assert [(u.about, u.text) for u in _updates_of(tmp_path, text)] == [
        ("2", "The revised supervision policy, which Recommendation 3 also relies on, is in place.")
    ]


def test_an_items_heading_line_is_no_update_however_few_its_words_and_a_short_verdict_is_one(tmp_path):
    """tester helper-117 D9: 'Area for improvement 16: life story work' alone on a line over its paragraph became an
    update of its own (its title under four words), where 'Area for improvement 15: recruitment of foster carers' did
    not; a title says nothing of how far the work has got, a verdict does ('Recommendation 4 – on track')."""
    updates = _telford_updates(
        tmp_path,
        "Recommendation 1: seeing children alone\n\n"
        "2. Every child on a plan was seen alone in August. This recommendation is complete.\n\n"
        "Recommendation 2: life story work\n\n"
        "3. All 55 social workers have now been trained. A re-audit will happen in December.\n\n"
        "Recommendation 3 – Amber\n\n4. The tender was delayed by the procurement timetable.\n\n"
        "Recommendation 4 – on track\n\n5. The panel has met monthly since May.\n",
    )
    assert sorted((u.about, u.text) for u in updates) == [
        ("1", "Every child on a plan was seen alone in August. This recommendation is complete."),
        ("2", "All 55 social workers have now been trained. A re-audit will happen in December."),
        ("3", "Recommendation 3 – Amber"),
        ("3", "The tender was delayed by the procurement timetable."),
        ("4", "Recommendation 4 – on track"),
        ("4", "The panel has met monthly since May."),
    ]


@pytest.mark.parametrize(
    ("stated", "meeting", "as_at"),
    [
        ("Progress as at 31 July 2025.", "15 September 2025", "2025-07-31"),  # the report's own day: its updates dated by it
        ("The position at 29 August 2025 is set out below.", "15 September 2025", "2025-08-29"),
        ("Progress as at 31 October 2025.", "15 September 2025", "2025-09-15"),  # after the meeting: no day it stood at
        ("The plan was agreed and progress updated as at 1 March 2024.", "15 September 2025", "2025-09-15"),  # too old
        # a figure's day, another report's, or a day before the inspection ended (helper-123's review): the meeting's
        ("The number of children in care as at 31 March 2025 was 512.", "15 September 2025", "2025-09-15"),
        ("The last report to the Committee set out progress as at 30 June 2025.", "15 September 2025", "2025-09-15"),
        ("Position as at 31 January 2025.", "15 May 2025", "2025-05-15"),
    ],
)
def test_a_report_saying_the_day_its_progress_stands_at_dates_its_updates_by_it(tmp_path, stated, meeting, as_at):
    """'Progress as at 31 January 2015' under a paper for the meeting of 5 March 2015: every update was dated by the
    meeting, so `open --as-of 2015-02-15` showed a recommendation reported complete as merely planned (helper-117
    D11). The paper itself keeps its meeting's day."""
    from findings.build import build

    text = DUDLEY_PROGRESS.read_text(encoding="utf-8").replace("1. Purpose of report\n", f"{stated}\n\n1. Purpose of report\n")
    (tmp_path / "report.txt").write_text(text.replace("Date: 15 September 2025", f"Date: {meeting}"), encoding="utf-8")
    x = build([tmp_path]).extraction
    assert {str(u.as_at) for u in x.updates} == {as_at}
    assert {str(s.as_of) for s in x.statuses if s.item.identifier == "1" and s.status != "Open"} == {as_at}
    assert str(x.documents[0].date) == str(parse_day_month_year(meeting))


def test_each_report_of_an_agenda_pack_is_dated_by_its_own_as_at(tmp_path):
    """Two reports in one pack, each numbered from 1: the second's 'Progress as at 31 August 2025' was ignored and
    its updates took the first's day (helper-123's review)."""
    from findings.build import build

    first = DUDLEY_PROGRESS.read_text(encoding="utf-8").replace(
        "1. Purpose of report\n", "Progress as at 31 July 2025.\n\n1. Purpose of report\n"
    )
    second = (
        first.replace("Progress as at 31 July 2025.", "Progress as at 31 August 2025.")
        .replace("rose from 68% in February to 91% in August 2025", "reached 95% in August 2025")
        .replace("The revised supervision policy is in place.", "The supervision audit has reported.")
        .replace("Twelve supported lodgings providers", "Fourteen supported lodgings providers")
    )
    (tmp_path / "pack.txt").write_text(first + "\n\n" + second, encoding="utf-8")
    x = build([tmp_path]).extraction
    assert sorted(str(u.as_at) for u in x.updates) == ["2025-07-31"] * 3 + ["2025-08-31"] * 3
    assert str(x.documents[0].date) == "2025-09-15"


def test_a_progress_table_numbering_its_rows_r1_gives_each_row(tmp_path):
    """'R1 | Access for all children … | All actions have been completed … | Complete': the row was said to give no
    recommendation's number and nothing was read (helper-140)."""
    text = WIRRAL_CELLS
    for n in range(1, 7):
        text = text.replace(f"Rec {n}\t", f"R{n}\t")
    assert "Rec 1" not in text and "R1\t" in text
    rows, notes = _table_updates(tmp_path, text)
    assert [u.about for u in rows] == ["1", "2", "3", "4", "5", "6"] and notes == []


def test_an_action_named_in_a_paragraph_numbered_four_point_three_is_quoted_from_its_words(tmp_path):
    """'4.2 The dashboard (action 4.1) has been delayed.': the action's update opened '2 The dashboard …', its quote cut
    inside the paragraph's number (helper-140)."""
    (tmp_path / "plan.txt").write_text(
        "Telford and Wrekin Council\nImprovement plan\n\nThis plan answers the inspection that took place between 4 March "
        "and 15 March 2013.\n\nRef\tRecommendation\tActions\tLead officer\tTarget date\n4\tEnsure that the performance "
        "information available to managers is accurate and used to drive improvement.\tRebuild the dashboard.\tHead of "
        "Performance\t30 June 2013\n\t\tRecruit an analyst.\tHead of Performance\t31 August 2013\n",
        encoding="utf-8",
    )
    updates = _telford_updates(
        tmp_path,
        "4. Progress\n\nRecommendation 4: performance information\n\n4.1 Progress on Recommendation 4 is delayed. The "
        "analyst (action 4.2) is in post.\n\n4.2 The dashboard (action 4.1) has been delayed. The supplier was late.\n",
    )
    on_actions = {u.about: u.text for u in updates if u.about_kind == "action"}
    assert on_actions == {"4.2": "The analyst (action 4.2) is in post.", "4.1": "The dashboard (action 4.1) has been delayed."}


@pytest.mark.parametrize(
    "words",
    [
        "the Ofsted inspection of 9 to 20 May 2022",
        "the Ofsted inspection of 9 May to 20 May 2022",
        "the ILACS inspection Ofsted carried out during 9 - 20 May 2022",
        "the Inspection of Local Authority Children's Services (ILACS) - 9 to 20 May 2022",
        "the ILACS inspection (09/05/2022 - 20/05/2022)",
        "the Ofsted inspection that took place between the 9th and 20th of May 2022",
        "the Ofsted inspection carried out from the 9th to the 20th May 2022",
        "the Ofsted inspection held between the 9th of May and the 20th of May 2022",
    ],
)
def test_a_paper_dates_the_inspection_of_its_fieldwork(tmp_path, words):
    """'… agreed after the Ofsted inspection of 9 to 20 May 2022': the paper answers that inspection, dated by its
    fieldwork, one identity with the report of it (it was read as answering an undated inspection)."""
    from findings.build import build
    from findings.extract.mentioned import inspection_mention

    said = inspection_mention(f"Progress against the plan agreed after {words}.")
    assert (said["started"], said["ended"]) == (date(2022, 5, 9), date(2022, 5, 20))
    (tmp_path / "progress.txt").write_text(
        "Westmere Borough Council\nReport to: Children's Scrutiny Committee\nDate: 10 October 2023\n"
        "Subject: Ofsted Post-Inspection Action Plan - Progress Report\n"
        f"1. Purpose of the report\n1.1 To update the Committee on progress against the plan agreed after {words}.\n"
        "2. Progress\n2.1 Area for improvement 1: management oversight of screening decisions. Actions 1.1 and 1.2 are "
        "complete.\n2.2 Area for improvement 2: strategy discussions. Action 2.1 is complete.\n",
        encoding="utf-8",
    )
    out = build([tmp_path]).extraction
    inspection = out.assessments["westmere/ofsted-2022"]
    assert (inspection.started, inspection.ended) == (date(2022, 5, 9), date(2022, 5, 20))
    assert sorted(out.assessments) == ["westmere/ofsted-2022"]  # not 'westmere/ofsted-undated'


@pytest.mark.parametrize(
    "words",
    [
        "the Ofsted inspection, which took place w/c 9 May 2022",
        "the inspection of children's services in the week commencing 9th May 2022",
        "the ILACS inspection (week beginning 9 May 2022)",
    ],
)
def test_a_paper_dating_the_inspection_by_the_week_it_began_gives_its_first_day(tmp_path, words):
    """'… the Ofsted inspection, which took place w/c 9 May 2022' dated the inspection by its month at best, or not at
    all: its first day is read, its last left unknown, the quote behind it exact (helper-148)."""
    from findings.build import build

    text = (
        "Westmere Borough Council\nReport to: Children's Scrutiny Committee\nDate: 10 October 2023\n"
        "Subject: Ofsted Post-Inspection Action Plan - Progress Report\n"
        f"1. Purpose of the report\n1.1 To update the Committee on progress against the plan agreed after {words}.\n"
        "2. Progress\n2.1 Area for improvement 1: management oversight of screening decisions. Action 1.1 is complete.\n"
    )
    (tmp_path / "progress.txt").write_text(text, encoding="utf-8")
    out = build([tmp_path]).extraction
    assert sorted(out.assessments) == ["westmere/ofsted-2022"]
    inspection = out.assessments["westmere/ofsted-2022"]
    assert (inspection.started, inspection.ended) == (date(2022, 5, 9), None)
    quotes = [text[s.start : s.end] for s in inspection.spans]
    assert any(q.endswith("9 May 2022") or q.endswith("9th May 2022") for q in quotes), quotes


def test_a_covering_report_with_no_item_of_its_own_answers_the_inspection_it_dates(tmp_path):
    """A covering report ('Ofsted inspected our services for children between 3 and 14 March 2025; its report was
    published on 25 April 2025', then only 'the Executive is asked to approve the action plan') was read as nothing:
    'found no assessment or item in it' (helper-148). It answers that inspection, one node with the report, and the
    councils it names in passing are not its own."""
    from findings.build import build

    report = (DATA / "other_councils" / "sutton_ilacs_report.txt").read_text(encoding="utf-8")
    (tmp_path / "report.txt").write_text(report.replace("Sutton", "North Yorkshire"), encoding="utf-8")
    cover = (
        "NORTH YORKSHIRE COUNCIL\nExecutive\nDate: 14 May 2025\nTitle: Inspection of children's services: the "
        "council's action plan\n\n1. Summary\n1.1 Ofsted inspected our services for children between 3 and 14 March "
        "2025; its report was published on 25 April 2025. We commission adoption through a regional agency with City of "
        "York Council and East Riding of Yorkshire Council.\n\n2. Recommendation\n2.1 The Executive is asked to approve "
        "the action plan at Appendix A.\n"
    )
    (tmp_path / "cover.txt").write_text(cover, encoding="utf-8")
    out = build([tmp_path]).extraction
    assert sorted(out.assessments) == ["north-yorkshire/ofsted-2025"]
    inspection = out.assessments["north-yorkshire/ofsted-2025"]
    assert (inspection.started, inspection.ended, inspection.issued) == (date(2025, 3, 3), date(2025, 3, 14), date(2025, 4, 25))
    (paper,) = [d for d in out.documents if d.path.endswith("cover.txt")]
    assert paper.sha256 in inspection.documents
    quotes = [cover[s.start : s.end] for s in inspection.spans if s.doc == paper.sha256]
    assert len(quotes) == 2 and "between 3 and 14 March" in quotes[0] and quotes[1].endswith("25 April 2025")


@pytest.mark.parametrize(
    ("line", "day"),
    [("Date of meeting: 14 March 2023", date(2023, 3, 14)), ("Date: Tuesday 14 March 2023", date(2023, 3, 14)), ("", None)],
)
def test_a_covering_report_is_dated_by_its_cover(tmp_path, line, day):
    """A covering report answering an inspection had no day of its own (the known gap: its 'Date of meeting' line was
    not read), so it stood undated among the council's papers; its cover's date line dates it, and a cover without
    one leaves it undated rather than taking a date from its paragraphs (the inspection's own days)."""
    from findings.build import build

    cover = (
        "Fenmoor District Council\nReport to: Children and Young People Scrutiny Committee\n"
        f"{line}\nReport of: Director of Children's Services\n\n"
        "Ofsted inspection of local authority children's services: improvement plan\n\n1. Purpose of the report\n"
        "1.1 Ofsted inspected children's services in Fenmoor between 9 and 20 January 2023 and the report was published"
        " on 24 February 2023.\n1.2 This report presents the improvement plan prepared in response.\n\n"
        "2. Recommendation\n2.1 That the committee notes the improvement plan.\n"
    )
    (tmp_path / "cover.txt").write_text(cover, encoding="utf-8")
    out = build([tmp_path]).extraction
    assert sorted(out.assessments) == ["fenmoor/ofsted-2023"]
    (paper,) = out.documents
    assert paper.date == day


def test_updates_under_subject_lines_by_number_ordinal_or_quoted_words_in_a_paper_without_blank_lines(tmp_path):
    """A Word paper's paragraphs, a line each, no blank line between: under '2. Progress on each recommendation' a
    subject line over each update, which names its recommendation by number ('Recommendation 2 has been completed'),
    by an ordinal ('The third recommendation has now been completed') or by a heading quoting its words (tester
    helper-192: one of six updates read, the rest run into one another or lost)."""
    updates = _telford_updates(
        tmp_path,
        "2. Progress on each recommendation\n"
        "Seen alone\n"
        "Recommendation One has been completed. Every child on a plan is now seen alone at each visit.\n"
        "Assessments\n"
        "Recommendation 2 has been completed. The audit found 90% of assessments analyse risk.\n"
        "Supervision\n"
        "The third recommendation has now been completed: supervision is monthly and recorded.\n"
        "“ensure that the performance information available to managers is accurate and used to drive improvement”\n"
        "All actions have been completed. The new performance report is used by every team manager.\n"
        "3. Conclusion\n"
        "3.1 Cabinet is asked to note the progress.\n",
    )
    got = {(u.about, u.text) for u in updates if u.about_kind == "recommendation"}
    assert got == {
        ("1", "Recommendation One has been completed. Every child on a plan is now seen alone at each visit."),
        ("2", "Recommendation 2 has been completed. The audit found 90% of assessments analyse risk."),
        ("3", "The third recommendation has now been completed: supervision is monthly and recorded."),
        ("4", "All actions have been completed. The new performance report is used by every team manager."),
    }


def test_a_papers_conclusion_heading_ends_the_last_update_without_a_blank_line(tmp_path):
    """A Word paper's lines, no blank line between: 'Conclusion' over 'Cabinet is asked to note the progress.' ends
    the last recommendation's update (tester helper-197: the update ran on into the conclusion)."""
    updates = _telford_updates(
        tmp_path,
        "2. Progress on each recommendation\nRecommendation 2 has been completed. The audit found 90% of assessments analyse "
        "risk.\nConclusion\nCabinet is asked to note the progress.\n",
    )
    (update,) = [u for u in updates if u.about == "2"]
    assert update.text == "Recommendation 2 has been completed. The audit found 90% of assessments analyse risk."
