"""Joint targeted area inspection (JTAI) letters, addressed to a council area's safeguarding partners, are read as
Ofsted's visit letters are: one inspection of the council the inspection was 'in', keyed by its last day (never the
key of the year's full inspection or of a visit that year), its days from the sentence after the summary, the
letter's date as its issue, its 'What needs to improve?' / priority action / improvement items as recommendations
numbered across its lists, the sentences under its findings headings as findings up to 'Next steps', every quote
exact; a council's plan and progress report naming the JTAI join the letter; focused visits and full reports are
read as before."""

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

LETTERS = DATA / "visit_letters"
CALDERDALE = LETTERS / "calderdale_jtai_2023.txt"
NORTH_LINCS = LETTERS / "north_lincolnshire_jtai_2023.txt"
PLAN = LETTERS / "calderdale_jtai_action_plan_2023.txt"
PROGRESS = LETTERS / "calderdale_jtai_progress_2024.txt"
JTAI = "calderdale/ofsted-jtai-2023-09-15"
DUDLEY_REPORT = DATA / "other_councils" / "dudley_ilacs_report.txt"

EXPECTED = {  # file → (council key, ONS code, key, framework, label, started, ended, issued)
    CALDERDALE.name: (
        "calderdale",
        "E08000033",
        JTAI,
        "joint targeted area inspection",
        "JTAI 2023",
        "2023-09-11",
        "2023-09-15",
        "2023-10-26",
    ),
    NORTH_LINCS.name: (
        "north-lincolnshire",
        "E06000013",
        "north-lincolnshire/ofsted-jtai-2023-03-10",
        "joint targeted area inspection",
        "JTAI 2023",
        "2023-03-06",
        "2023-03-10",
        "2023-04-21",
    ),
}


def _letter(path: Path):
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _written(tmp_path: Path, text: str, name: str = "letter.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_jtai_letter_is_one_inspection_of_the_council_it_was_in(name):
    doc, part = _letter(LETTERS / name)
    assert doc.kinds == ["visit letter"]
    (inspection,) = part.assessments.values()  # the police force and the ICB it is addressed to make none
    got = (
        inspection.org.key,
        inspection.org.code,
        inspection.key,
        inspection.framework,
        inspection.label,
        str(inspection.started),
        str(inspection.ended),
        str(inspection.issued),
    )
    assert (inspection.kind, got) == ("Inspection", EXPECTED[name])
    assert inspection.lead_inspector is None  # signed by each inspectorate's director, not by a lead inspector
    assert inspection.date_source is None  # its days are printed
    assert not part.judgements


def test_what_needs_to_improve_bullets_are_the_jtais_recommendations():
    _, part = _letter(CALDERDALE)
    assert [(r.identifier, r.scope, r.text) for r in part.recommendations] == [
        (
            "1",
            "What needs to improve?",
            "The safeguarding partners' oversight of the quality and impact of early help provided by all agencies, "
            "including schools and health services.",
        ),
        (
            "2",
            "What needs to improve?",
            "The consistency with which health visitors and school nurses share information with the early help hub.",
        ),
        (
            "3",
            "What needs to improve?",
            "The use of the lead professional role, so that every family with an early help plan has one named "
            "practitioner who coordinates the support.",
        ),
    ]


def test_headline_and_main_findings_and_strengths_are_findings_with_their_polarity():
    _, part = _letter(CALDERDALE)
    found = {(f.scope, f.polarity, f.text) for f in part.findings}
    assert {
        (
            "Headline findings",
            "Strength",
            "Partners share a clear vision for early help and have invested in family hubs in every locality.",
        ),
        ("Strengths", "Strength", "Family hubs are well used and parents speak highly of the support they receive."),
        (
            "Main findings",
            "Weakness",
            "Health visitors do not always share information about emerging concerns with the early help hub.",
        ),
        ("Main findings", "Weakness", "Too many early help plans do not have a named lead professional."),
    } <= found
    texts = [f.text for f in part.findings]
    assert not any("principal authority" in t or "written statement" in t for t in texts)  # 'Next steps' is no finding
    assert not any("Chief Constable" in t or "This letter summarises" in t or "took place" in t for t in texts)
    assert not any(r.text in texts for r in part.recommendations)  # an item to improve is no finding
    assert not any(t.startswith("•") for t in texts)


def test_priority_action_and_numbered_areas_for_improvement_are_numbered_across_the_lists():
    _, part = _letter(NORTH_LINCS)
    assert [(r.identifier, r.scope, r.text) for r in part.recommendations] == [
        (
            "1",
            "Areas for priority action",
            "The safeguarding partners must make sure that every child who is arrested for a weapon-related offence is "
            "referred to children's social care on the same day.",
        ),
        (
            "2",
            "Areas for improvement",
            "Children's services should offer return home interviews to children who go missing within three working "
            "days, so that information about possible exploitation is shared with the police.",
        ),
        (
            "3",
            "Areas for improvement",
            "Health partners should improve the quality of health assessments for children in the youth justice service.",
        ),
        (
            "4",
            "Areas for improvement",
            "The safeguarding partners should use their data to understand where serious youth violence happens.",
        ),
    ]
    found = [(f.scope, f.polarity, f.text) for f in part.findings]
    assert (
        "Main findings",
        "Weakness",
        "Some children arrested for carrying a knife were not referred to children's social care for several days.",
    ) in found
    benefit = "Children benefit from skilled youth workers who stay with them through court appearances."
    assert ("Strengths", "Strength", benefit) in found
    assert not any("written statement" in text for _, _, text in found)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_span_of_a_jtai_letter_is_exactly_its_text(name):
    doc, part = _letter(LETTERS / name)
    (inspection,) = part.assessments.values()
    subject, told, issued = (doc.text[s.start : s.end] for s in inspection.spans)
    assert subject.startswith("Joint targeted area inspection of the multi-agency response to")
    assert " ".join(subject.split()).endswith(f"in {inspection.org.name}")  # the subject wraps in North Lincolnshire's
    assert told.startswith("This letter summarises the findings of the joint targeted area inspection (JTAI)")
    assert told.endswith(f"{inspection.ended:%-d %B %Y}")
    assert issued == f"{inspection.issued:%-d %B %Y}"
    assert part.recommendations and part.findings
    for item in part.recommendations + part.findings:
        assert all(s.doc == doc.sha256 and 0 <= s.start < s.end <= len(doc.text) for s in item.spans)
        words = " ".join(doc.text[s.start : s.end] for s in item.spans).split()
        assert words == item.text.split(), item.identifier  # every word quoted, nothing more
        assert all(doc.text[s.start : s.end] == doc.text[s.start : s.end].strip() for s in item.spans)


def test_a_jtai_dated_only_by_its_week_ends_on_that_weeks_friday_and_says_so(tmp_path):
    text = CALDERDALE.read_text(encoding="utf-8").replace(
        "took place from 11 to 15 September 2023", "took place during the week of 11 September 2023"
    )
    _, part = _letter(_written(tmp_path, text))
    (inspection,) = part.assessments.values()
    assert (inspection.key, str(inspection.started), str(inspection.ended)) == (JTAI, "2023-09-11", "2023-09-15")
    assert "week" in inspection.date_source


@pytest.mark.parametrize("verb", ["carried out", "undertook", "conducted"])
def test_an_older_jtai_letter_opening_between_its_days_is_read(tmp_path, verb):
    """2016-2019 letters: 'Between 6 and 10 March 2017, Ofsted, the CQC, HMICFRS and HMIP carried out (undertook:
    tester helper-101) a joint inspection of the multi-agency response to … in X.', with no 'This letter summarises'
    sentence."""
    text = NORTH_LINCS.read_text(encoding="utf-8")
    start = text.index("This letter summarises")
    end = text.index("Areas for priority action")
    opening = (
        "Between 6 and 10 March 2017, Ofsted, the Care Quality Commission (CQC), HMI Constabulary and Fire & Rescue\n"
        f"Services (HMICFRS) and HMI Probation (HMIP) {verb} a joint inspection of the multi-agency response to\n"
        "serious youth violence in North Lincolnshire.\n\n"
    )
    _, part = _letter(_written(tmp_path, text[:start] + opening + text[end:]))
    (inspection,) = part.assessments.values()
    assert (inspection.key, str(inspection.started)) == ("north-lincolnshire/ofsted-jtai-2017-03-10", "2017-03-06")
    assert len(part.recommendations) == 4


def test_a_jtai_and_a_focused_visit_of_one_council_in_one_year_are_two_inspections(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / CALDERDALE.name).write_bytes(CALDERDALE.read_bytes())
    _written(
        folder,
        "4 December 2023\n\nDear Ms Green\n\nFocused visit to Calderdale local authority children's services\n\n"
        "This letter summarises the findings of the focused visit to Calderdale local authority children's services on 7\n"
        "and 8 November 2023.\n\nHeadline findings\n\nChildren in care live in stable homes that meet their needs.\n\n"
        "What needs to improve in this area of social work practice\n\n"
        "• The timeliness of health assessments for children who come into care.\n\n"
        "Yours sincerely\n\nAmara Lewis\nHis Majesty's Inspector\n",
        "focused.txt",
    )
    extraction = build([folder]).extraction
    inspections = {k: a for k, a in extraction.assessments.items() if a.kind == "Inspection"}
    assert sorted(inspections) == ["calderdale/ofsted-focused-visit-2023-11-08", JTAI]
    assert {a.org.code for a in inspections.values()} == {"E08000033"}  # one council, one identity
    assert inspections["calderdale/ofsted-focused-visit-2023-11-08"].lead_inspector == "Amara Lewis"
    assert sorted((r.assessment, r.identifier) for r in extraction.recommendations) == [
        ("calderdale/ofsted-focused-visit-2023-11-08", "1"),
        (JTAI, "1"),
        (JTAI, "2"),
        (JTAI, "3"),
    ]


def test_focused_visit_letters_and_a_full_report_are_read_as_before():
    doc, part = _letter(LETTERS / "wakefield_focused_visit_2023.txt")
    (inspection,) = part.assessments.values()
    assert (inspection.key, inspection.framework, inspection.lead_inspector) == (
        "wakefield/ofsted-focused-visit-2023-10-04",
        "ILACS focused visit",
        "Ruth Okafor",
    )
    assert [r.identifier for r in part.recommendations] == ["1", "2", "3", "4"]
    assert ("Main findings", "Weakness") in {(f.scope, f.polarity) for f in part.findings}
    report, part = _letter(DUDLEY_REPORT)
    assert report.kinds == ["inspection report"]
    assert list(part.assessments) == ["dudley/ofsted-2025"]
    assert part.assessments["dudley/ofsted-2025"].framework not in {"joint targeted area inspection"}


def test_a_later_report_never_calls_the_jtai_its_last_inspection(tmp_path):
    """A full inspection's 'since the last inspection' means the last full inspection, never a JTAI between."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / DUDLEY_REPORT.name).write_bytes(DUDLEY_REPORT.read_bytes())
    jtai = CALDERDALE.read_text(encoding="utf-8").replace("Calderdale", "Dudley").replace("2023", "2025")
    jtai = jtai.replace("11 to 15 September", "8 to 12 September").replace("26 October", "24 October")
    _written(folder, jtai, "jtai.txt")
    later = (
        DUDLEY_REPORT.read_text(encoding="utf-8")
        .replace("10 February to 21 February 2025", "7 February to 18 February 2028")
        .replace("28 March 2025", "24 March 2028")
    )
    later += (
        "\n3. Since the last inspection, the timeliness of initial child protection conferences has improved, so that "
        "plans to\nprotect children now start promptly.\n"
    )
    _written(folder, later, "dudley_2028.txt")
    extraction = build([folder]).extraction
    assert extraction.assessments["dudley/ofsted-jtai-2025-09-12"].framework == "joint targeted area inspection"
    assert {(u.assessment, u.by) for u in extraction.updates} == {("dudley/ofsted-2025", "dudley/ofsted-2028")}


def _copy(tmp_path: Path, *sources: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for source in sources:
        (folder / source.name).write_bytes(source.read_bytes())
    return folder


def test_the_partnerships_plan_and_progress_report_naming_the_jtai_join_the_letter(tmp_path):
    folder = _copy(tmp_path, CALDERDALE, PLAN, PROGRESS)
    extraction = build([folder]).extraction
    assert {k for k, a in extraction.assessments.items() if a.kind == "Inspection"} == {JTAI}
    letter, plan = (next(d.sha256 for d in extraction.documents if d.path.endswith(p.name)) for p in (CALDERDALE, PLAN))
    recs = {r.identifier: r for r in extraction.recommendations}
    assert sorted(recs) == ["1", "2", "3"]
    for rec in recs.values():  # the letter's own words, restated in the plan: one node with a span in each
        assert {s.doc for s in rec.spans} == {letter, plan} and rec.known_from is None
    assert {a.identifier: (a.assessment, a.responds_to) for a in extraction.actions} == {
        "1.1": (JTAI, "1"),
        "1.2": (JTAI, "1"),
        "2.1": (JTAI, "2"),
        "3.1": (JTAI, "3"),
    }
    current = {s.item.identifier: s.status for s in extraction.statuses if s.current and s.item.assessment == JTAI}
    assert current == {"1": "ReportedComplete", "2": "InProgress", "3": "InProgress"}
    texts = {d.sha256: read_document(folder / Path(d.path).name, d.path).text for d in extraction.documents}
    for rec in recs.values():
        for doc in {s.doc for s in rec.spans}:
            said = " ".join(texts[doc][s.start : s.end] for s in rec.spans if s.doc == doc)
            assert said.split() == rec.text.split()


def test_a_progress_report_naming_the_jtai_by_its_month_waits_for_the_letter(tmp_path):
    alone = build([_copy(tmp_path, PROGRESS)]).extraction
    assert {k for k, a in alone.assessments.items() if a.kind == "Inspection"} == {"calderdale/ofsted-jtai-2023-09"}
    joined = build([_copy(tmp_path, CALDERDALE)]).extraction
    assert {k for k, a in joined.assessments.items() if a.kind == "Inspection"} == {JTAI}
    assert sorted(u.about for u in joined.updates if u.assessment == JTAI) == ["1", "2", "3"]


def test_a_jtai_letter_with_an_impossible_day_or_no_days_is_no_letter_and_no_traceback(tmp_path):
    text = CALDERDALE.read_text(encoding="utf-8")
    impossible = text.replace("11 to 15 September 2023", "30 to 31 February 2023")
    for broken in (impossible, text.replace("This inspection took place", "Inspectors visited")):
        path = _written(tmp_path, broken)
        doc = read_document(path, path.name)
        assert not extract_visit_letter(doc, Extraction(documents=[doc]))
    folder = tmp_path / "docs"
    folder.mkdir()
    _written(folder, impossible)
    result = CliRunner().invoke(cli, ["build", str(folder), "--no-pictures", "--out", str(tmp_path / "out")])
    assert "Traceback" not in result.output


def test_the_jtai_letter_is_no_longer_unrecognised(tmp_path):
    folder = _copy(tmp_path, NORTH_LINCS)
    result = CliRunner().invoke(cli, ["build", str(folder), "--no-pictures", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "found no assessment or item" not in result.output
    graph = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    assert "north-lincolnshire/ofsted-jtai-2023-03-10>" in graph
    assert '"joint targeted area inspection"' in graph


def test_a_week_given_from_its_sunday_ends_on_that_weeks_friday(tmp_path):
    """'the week of 10 September 2023' (a Sunday) ended on Friday 15 September, not the day it began (review
    helper-100)."""
    text = CALDERDALE.read_text(encoding="utf-8").replace(
        "took place from 11 to 15 September 2023", "took place during the week of 10 September 2023"
    )
    _, part = _letter(_written(tmp_path, text))
    (inspection,) = part.assessments.values()
    assert (str(inspection.started), str(inspection.ended)) == ("2023-09-10", "2023-09-15")


def test_a_jtai_letters_numbered_list_of_what_must_improve_is_read_whole(tmp_path):
    """Letters number areas for improvement that name, not ask ('1. The quality of early help assessments …'): each
    is a recommendation (tester helper-101: the list ended at its first item, read as a finding), and a report's
    numbered paragraph after a list that asks still ends that list."""
    text = NORTH_LINCS.read_text(encoding="utf-8")
    start, end = text.index("Areas for priority action"), text.index("Main findings")
    named = (
        "Areas for improvement\n\n"
        "1. The partnership's shared understanding of the impact of early help on children's lives.\n"
        "2. The quality of early help assessments completed by schools, so that they consider the views of every\n"
        "   child in the family.\n"
        "3. The timeliness of return home interviews for children who go missing.\n\n"
    )
    doc, part = _letter(_written(tmp_path, text[:start] + named + text[end:]))
    got = [(r.identifier, r.text) for r in part.recommendations]
    assert got == [
        ("1", "The partnership's shared understanding of the impact of early help on children's lives."),
        (
            "2",
            "The quality of early help assessments completed by schools, so that they consider the views of every "
            "child in the family.",
        ),
        ("3", "The timeliness of return home interviews for children who go missing."),
    ]
    for rec in part.recommendations:
        assert " ".join(doc.text[s.start : s.end] for s in rec.spans).split() == rec.text.split()
    assert not any("shared understanding" in f.text for f in part.findings)
    asking = named.replace("1. The partnership's", "1. Improve the partnership's")
    _, part = _letter(_written(tmp_path, text[:start] + asking + text[end:]))
    assert [r.identifier for r in part.recommendations] == ["1"]  # a list that asks ends at a numbered paragraph that names


def test_a_letter_cut_short_is_said_and_what_it_holds_is_read(tmp_path):
    """A letter that ends before its sign-off or 'Next steps' may be cut short (tester helper-101: its last item was
    lost without a word); a whole letter says nothing."""
    text = NORTH_LINCS.read_text(encoding="utf-8")
    cut = text[: text.index("4. The safeguarding partners should use their data") + 30]
    _, part = _letter(_written(tmp_path, cut, "cut.txt"))
    said = "cut.txt: the letter ends before its sign-off or next steps: it may be cut short; what it holds is read"
    assert part.notes == [said]
    assert [r.identifier for r in part.recommendations] == ["1", "2", "3"]
    assert _letter(NORTH_LINCS)[1].notes == []
