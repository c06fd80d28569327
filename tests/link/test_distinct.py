"""Two inspections of one council in one year stay two assessments, each with its own recommendations."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDFS

from findings.build import build
from tests.conftest import DATA

IRI = "https://w3id.org/findings/id/"
REPORT = DATA / "other_councils" / "stockton_first_ilacs_subpoints.txt"


def test_two_reports_of_one_year_are_two_inspections(tmp_path):
    text = REPORT.read_text(encoding="utf-8")
    later = text.replace("Inspection dates: 4 June to 15 June 2018", "Inspection dates: 12 November to 23 November 2018").replace(
        "the timeliness of return home interviews", "the timeliness of strategy discussions"
    )
    assert later != text
    (tmp_path / "june.txt").write_text(text, encoding="utf-8")
    (tmp_path / "november.txt").write_text(later, encoding="utf-8")
    result = build([tmp_path])
    x = result.extraction
    inspections = {k: a for k, a in x.assessments.items() if a.kind == "Inspection"}
    assert sorted(inspections) == ["stockton-on-tees/ofsted-2018", "stockton-on-tees/ofsted-2018-11-23"]
    assert str(inspections["stockton-on-tees/ofsted-2018"].ended) == "2018-06-15"
    labels = {str(result.graph.value(URIRef(IRI + key), RDFS.label)) for key in inspections}
    assert labels == {  # one framework: the month tells them apart (they shared 'Ofsted 2018', helper-114)
        "Stockton-on-Tees: Ofsted June 2018 (fieldwork 4 June 2018–15 June 2018)",
        "Stockton-on-Tees: Ofsted November 2018 (fieldwork 12 November 2018–23 November 2018)",
    }
    said = {s.basis for s in x.statuses if s.item.assessment == "stockton-on-tees/ofsted-2018" and s.status == "Recurred"}
    assert said == {"raised again by Ofsted November 2018"}
    recs = {(r.assessment, r.identifier): r.text for r in x.recommendations}
    assert len(recs) == 6
    assert "return home interviews" in recs[("stockton-on-tees/ofsted-2018", "1")]
    assert "strategy discussions" in recs[("stockton-on-tees/ofsted-2018-11-23", "1")]
    assert {j.assessment for j in x.judgements} == set(inspections)


def test_an_inspection_a_paper_never_dated_takes_the_dated_label_when_it_is_known(tmp_path):
    """A paper that never dates the inspection it answers ('Ofsted's report on our children's services') keys it
    undated; another paper dates it, so the first follows (findings.link.distinct.undated_by_date). Its label said
    'Torbay: Ofsted (undated) (fieldwork 4 March 2024–15 March 2024; published 26 April 2024)' (helper-80)."""
    undated = (
        "DUDLEY METROPOLITAN BOROUGH COUNCIL\nMeeting: Corporate Parenting Board\nDate: 3 November 2025\n"
        "Report Title: Ofsted recommendations – update\n\n1. Purpose\n1.1 This report updates the Board on the "
        "recommendations in Ofsted's report on our children's services.\n\n2. Progress against each recommendation\n"
        "2.1 Recommendation 1 – complete. Conferences have been held within timescale since June.\n"
        "2.2 Recommendation 2 – on track. The audit programme continues.\n"
    )
    (tmp_path / "a_update.txt").write_text(undated, encoding="utf-8")  # read first: its assessment is the one kept
    (tmp_path / "b_report.txt").write_text((DATA / "other_councils" / "dudley_progress_report.txt").read_text("utf-8"), "utf-8")
    result = build([tmp_path])
    label = str(result.graph.value(URIRef(IRI + "dudley/ofsted-2025"), RDFS.label))
    assert label == "Dudley: Ofsted 2025 (fieldwork 10 February 2025–21 February 2025)"
    assert len([u for u in result.extraction.updates if u.as_at and u.as_at.month == 11]) == 2
    assert not [note for note in result.extraction.notes if "undated" in note]


def _part(kind: str, day, *assessments):
    from findings.model import Document, Extraction

    doc = Document(f"{kind}.txt", "", kind, "nfc", "text/plain", date=day, kinds=[kind])
    return Extraction(documents=[doc], assessments={a.key: a for a in assessments})


def test_a_paper_naming_the_ofsted_action_plan_undated_answers_the_latest_report_before_the_day_it_states():
    """A paper that names only 'the Ofsted action plan', its update on 'Recommendation Two' undated, made a phantom
    'council/ofsted-undated' inspection and its update was left out (tester helper-103, D1): it answers the council's
    latest report before the day the paper states, not one after it."""
    from datetime import date

    from findings.link.distinct import undated_by_date
    from findings.model import Assessment, Organisation, ProgressUpdate

    org = Organisation("trafford", "Trafford")
    reports = [
        _part(
            "inspection report",
            None,
            Assessment("trafford/ofsted-2017", "Inspection", org, "Ofsted 2017", issued=date(2018, 1, 20)),
        ),
        _part(
            "inspection report",
            None,
            Assessment("trafford/ofsted-2021", "Inspection", org, "Ofsted 2021", issued=date(2022, 2, 10)),
        ),
    ]
    paper = _part("minutes", date(2020, 7, 14), Assessment("trafford/ofsted-undated", "Inspection", org, "Ofsted (undated)"))
    paper.updates.append(ProgressUpdate("trafford/ofsted-undated", "2", None, "Recommendation Two is now complete.", [], "x"))
    undated_by_date([*reports, paper])
    assert list(paper.assessments) == ["trafford/ofsted-2017"]
    assert [u.assessment for u in paper.updates] == ["trafford/ofsted-2017"]


def test_minutes_on_the_ofsted_action_plan_make_no_undated_inspection_and_their_update_lands_on_the_report_before(tmp_path):
    """The tester's papers end to end (helper-103, D1): minutes in capitals on 'the Ofsted action plan', between two
    reports of the council: the update is the earlier report's recommendation's, dated by the meeting; no
    'ofsted-undated' inspection is made and no update is left out."""
    text = REPORT.read_text(encoding="utf-8")
    (tmp_path / "a_report.txt").write_text(text, encoding="utf-8")
    later = text.replace("Inspection dates: 4 June to 15 June 2018", "Inspection dates: 10 January to 21 January 2022")
    assert later != text
    (tmp_path / "b_report.txt").write_text(later, encoding="utf-8")
    (tmp_path / "c_minutes.txt").write_text(
        "STOCKTON-ON-TEES BOROUGH COUNCIL\nCHILDREN AND YOUNG PEOPLE SELECT COMMITTEE\n"
        "MINUTES OF MEETING HELD ON 14 JULY 2020 (VIRTUAL MEETING)\n\n"
        "Present: Councillor A Hartley (Chair); Councillors B Okafor, C Lindsay and D Moss.\n\n"
        "8. OFSTED ACTION PLAN – FINAL REPORT\nThe Head of Service presented the final report on the Ofsted action plan.\n\n"
        "Recommendation Two (supervision) is now complete: 96% of social workers were supervised monthly in May 2020.\n\n"
        "RESOLVED – That the final report on the Ofsted action plan be noted and the plan be closed.\n",
        encoding="utf-8",
    )
    x = build([tmp_path]).extraction
    assert sorted(k for k, a in x.assessments.items() if a.kind == "Inspection") == [
        "stockton-on-tees/ofsted-2018",
        "stockton-on-tees/ofsted-2022",
    ]
    assert [(u.assessment, u.about, str(u.as_at)) for u in x.updates] == [("stockton-on-tees/ofsted-2018", "2", "2020-07-14")]
    assert not [note for note in x.notes if "left out" in note]


def test_two_inspections_of_one_council_and_year_under_two_frameworks_are_labelled_by_them(tmp_path):
    """A child protection inspection in January 2013 and a looked after children inspection in March: both were
    labelled 'Coventry: Ofsted 2013 (…)' (tester helper-107 #15); each label now names its framework, keys unchanged."""
    older = DATA / "older_forms"
    (tmp_path / "cp.txt").write_text((older / "coventry_cp_2013.txt").read_text(encoding="utf-8"), encoding="utf-8")
    lac = (older / "southwark_lac_2013.txt").read_text(encoding="utf-8").replace("Southwark", "Coventry")
    (tmp_path / "lac.txt").write_text(lac, encoding="utf-8")
    result = build([tmp_path])
    inspections = sorted(k for k, a in result.extraction.assessments.items() if a.kind == "Inspection")
    assert inspections == ["coventry/ofsted-2013", "coventry/ofsted-2013-03-15"]
    labels = [str(result.graph.value(URIRef(IRI + key), RDFS.label)).split(" (")[0] for key in inspections]
    assert labels == ["Coventry: Ofsted 2013, child protection", "Coventry: Ofsted 2013, looked after children"]
