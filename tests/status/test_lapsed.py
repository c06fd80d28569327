"""A recommendation addressed to a body since abolished (a Local Safeguarding Children Board, reviewed in SIF reports)
lapses on the day the boards ended: open before it, closed as no longer applicable from it, off `findings open`."""

from __future__ import annotations

import json
from datetime import date, timedelta

from click.testing import CliRunner

from findings.build import write_graph
from findings.cli import cli
from findings.extract.lexicons import load_json
from findings.model import Assessment, ItemRef, Organisation, Recommendation, Span, StatusAssessment
from findings.status.later import lapsed as lapse

RULE = load_json("lexicons/status.json")["lapsed"]
ENDED = date.fromisoformat(RULE["on"])


def test_every_board_recommendation_lapses_on_the_day_the_boards_ended(ofsted_build):
    x = ofsted_build.extraction
    boards = {key for key, a in x.assessments.items() if a.kind == "BoardReview"}
    board_recs = [r for r in x.recommendations if r.assessment in boards]
    assert len(boards) >= 5 and len(board_recs) >= 30  # every SIF report's review of its board
    by_item: dict = {}
    for s in x.statuses:
        by_item.setdefault(s.item, []).append(s)
    for rec in board_recs:
        mine = by_item[ItemRef("recommendation", rec.assessment, rec.identifier)]
        (lapsed,) = [s for s in mine if s.status == "Lapsed"]
        assert (lapsed.as_of, lapsed.closure, lapsed.current) == (ENDED, "NoLongerApplicable", True)
        assert lapsed.evidence == rec.spans[:1]  # it rests on the recommendation and its addressee
        assert all(s.as_of < ENDED for s in mine if s is not lapsed)
    others = [s for s in x.statuses if s.item.assessment not in boards]
    assert others and not any(s.status == "Lapsed" for s in others)


def _open(folder, day: date) -> list[dict]:
    result = CliRunner().invoke(cli, ["open", "--graph", str(folder), "--as-of", day.isoformat(), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_lapsed_recommendation_is_open_the_day_before_and_off_the_list_from_the_day(ofsted_build, tmp_path):
    write_graph(ofsted_build.graph, tmp_path)
    before, after = _open(tmp_path, ENDED - timedelta(days=1)), _open(tmp_path, ENDED)
    lscb = [row for row in before if "-lscb/" in str(row["item"])]
    assert lscb and all(row["status"] == "Open" for row in lscb)
    assert not [row for row in after if "-lscb/" in str(row["item"])]
    assert len(after) == len(before) - len(lscb)  # nothing else leaves the list that day


def test_a_board_reviewed_after_the_boards_ended_does_not_lapse_nor_does_a_councils_recommendation():
    ref = ItemRef("recommendation", "x/ofsted-2020-lscb", "1")
    rec = Recommendation(assessment=ref.assessment, identifier="1", text="Ensure …", spans=[Span("d", 0, 8)])

    def review(kind: str, day: date) -> Assessment:
        return Assessment(key=ref.assessment, kind=kind, org=Organisation("x-lscb", "X LSCB"), label="X LSCB", issued=day)

    order = load_json("lexicons/status.json")["precedence"]
    raised = ENDED - timedelta(days=400)
    assert lapse(ref, rec, review("BoardReview", raised), RULE, [], order)
    assert not lapse(ref, rec, review("BoardReview", ENDED), RULE, [], order)
    assert not lapse(ref, rec, review("Inspection", raised), RULE, [], order)


def test_a_board_recommendation_done_before_the_boards_ended_does_not_lapse():
    ref = ItemRef("recommendation", "x/ofsted-2016-lscb", "1")
    rec = Recommendation(assessment=ref.assessment, identifier="1", text="Ensure …", spans=[Span("d", 0, 8)])
    board = Assessment(key=ref.assessment, kind="BoardReview", org=Organisation("x-lscb", "X LSCB"), label="X LSCB")
    board.issued = ENDED - timedelta(days=900)
    order = load_json("lexicons/status.json")["precedence"]

    def said(status: str, days_before: int):
        return StatusAssessment(ref, ENDED - timedelta(days=days_before), status, 0.8, [], "")

    for done in ("ReportedComplete", "IndependentlyVerified"):
        assert not lapse(ref, rec, board, RULE, [said("Open", 900), said(done, 100)], order)
    (lapsed,) = lapse(ref, rec, board, RULE, [said("Open", 900), said("InProgress", 100)], order)
    assert lapsed.status == "Lapsed"
    # done, then raised again before the day: open again, so it lapses
    assert lapse(ref, rec, board, RULE, [said("ReportedComplete", 300), said("Recurred", 100)], order)


def test_a_recommendation_to_a_body_since_abolished_lapses_on_its_day_whoever_made_it():
    """Four 2012 recommendations to 'NHS Bedfordshire and Luton' (a primary care trust, abolished on 31 March 2013) stood
    open ever since (helper-139); a clinical commissioning group's, and a board named as the addressee, lapse as the
    boards' reviews do; one also addressed to the council, an NHS trust that still exists, or NHS England does not."""
    order = load_json("lexicons/status.json")["precedence"]
    ref = ItemRef("recommendation", "x/ofsted-2012", "1")
    report = Assessment(key=ref.assessment, kind="Inspection", org=Organisation("x", "X"), label="X", issued=date(2012, 4, 10))
    expected = {
        "NHS Bedfordshire and Luton": date(2013, 4, 1),
        "Luton Primary Care Trust": date(2013, 4, 1),
        "NHS Wigan Borough Clinical Commissioning Group": date(2022, 7, 1),
        "Rochdale Borough Safeguarding Children Board": ENDED,
        "NHS Bedfordshire and Luton and Central Bedfordshire Council": None,
        "The local authority and the PCT": None,  # the council still stands (reviewer helper-145)
        "The local authority and the CCG": None,
        "The local authority and the Local Safeguarding Children Board": None,
        "NHS Professionals": None,
        "Salford Royal NHS Foundation Trust": None,
        "NHS England": None,
        None: None,
    }
    for addressee, day in expected.items():
        rec = Recommendation(assessment=ref.assessment, identifier="1", text="…", spans=[Span("d", 0, 1)], addressed_to=addressee)
        lapsed = lapse(ref, rec, report, RULE, [], order)
        want = [(day, "Lapsed", "NoLongerApplicable")] if day else []
        assert [(s.as_of, s.status, s.closure) for s in lapsed] == want, addressee
    late = Assessment(key=ref.assessment, kind="Inspection", org=Organisation("x", "X"), label="X", issued=date(2014, 1, 1))
    rec = Recommendation(assessment=ref.assessment, identifier="1", text="…", spans=[], addressed_to="NHS Bedfordshire and Luton")
    assert lapse(ref, rec, late, RULE, [], order) == []  # raised after the body ended: a mistake to say, not a lapse


def test_a_councils_recommendation_to_ensure_the_boards_own_work_lapses_with_the_board():
    """'7. Ensure that the LSCB evaluates the impact of multi-agency training on practice', in the council's own list
    (helper-160's North Somerset report), stood open long after the boards ended: it is addressed to the council, but
    asks for the board's own work (status.json lapsed.bodies 'asked_of'). An ask shared with the council's partners,
    or of the council about the board, does not lapse."""
    order = load_json("lexicons/status.json")["precedence"]
    ref = ItemRef("recommendation", "x/ofsted-2016", "7")
    report = Assessment(key=ref.assessment, kind="Inspection", org=Organisation("x", "X"), label="X", issued=date(2016, 3, 14))
    expected = {
        "Ensure that the LSCB evaluates the impact of multi-agency training on practice.": ENDED,
        "Ensure the Local Safeguarding Children Board monitors the use of private fostering.": ENDED,
        "Ensure that the Northshire Safeguarding Children Board challenges partners on thresholds.": ENDED,
        "Ensure that the LSCB and its partners share information about children missing education.": None,
        "Ensure that the LSCB's annual report is presented to the council's cabinet.": None,
        "Ensure that the council's representative on the LSCB attends every meeting.": None,
        "Improve the quality of assessments.": None,
    }
    for text, day in expected.items():
        rec = Recommendation(assessment=ref.assessment, identifier="7", text=text, spans=[Span("d", 0, 1)])
        lapsed = lapse(ref, rec, report, RULE, [], order)
        assert [(s.as_of, s.status) for s in lapsed] == ([(day, "Lapsed")] if day else []), text
