"""A meeting asks for a paper; a later paper carries it (fo:fulfils), and the request's status follows — in the
bundled corpus and in another council's minutes and peer challenge, written in other layouts."""

from __future__ import annotations

import shutil

import pytest

from findings.build import build
from tests.conftest import DATA, OFSTED, need_shared

MINUTES = """RIVERTON BOROUGH COUNCIL

MINUTES of a meeting of the Corporate Parenting Board held at the Civic Centre, Riverton on Tuesday 16 January 2024

Present: Councillor J Okafor (Chair), Councillors A Byrne and L Marsh

7. Care leavers

The Board heard that a peer challenge of services for care leavers would take place in the summer.

RESOLVED –
(a) that the findings of the peer challenge be presented at a future meeting of the Board; and
(b) that the annual report on adoption be brought to the Board in March.

The meeting closed at 7.15 pm.
"""


def test_the_request_for_the_peer_review_report_is_fulfilled_in_the_bundled_corpus(corpus_build):
    x = corpus_build.extraction
    (link,) = [link for link in x.links if link.kind == "fulfils"]
    (res,) = [r for r in x.recommendations if (r.assessment, r.identifier) == (link.target.assessment, link.target.identifier)]
    assert "Peer review" in res.text and res.kind == "Resolution"
    paper = next(d for d in x.documents if d.sha256 == link.source.identifier)
    assert "peer review" in paper.kinds
    states = [(s.status, s.current) for s in x.statuses if s.item == link.target]
    assert states == [("Open", False), ("ReportedComplete", True)]


def test_another_councils_request_is_fulfilled_by_its_later_peer_challenge(tmp_path):
    folder = tmp_path / "riverton"
    folder.mkdir()
    (folder / "board-2024-01-16.txt").write_text(MINUTES, encoding="utf-8")
    shutil.copy(DATA / "other_councils" / "riverton_peer_challenge.txt", folder / "peer-challenge.txt")
    x = build([folder]).extraction
    fulfils = [link for link in x.links if link.kind == "fulfils"]
    assert [
        (next(d.path for d in x.documents if d.sha256 == link.source.identifier), link.target.identifier) for link in fulfils
    ] == [("riverton/peer-challenge.txt", "1")]  # (b), the adoption report, was never built
    (link,) = fulfils
    target = (link.target.assessment, link.target.identifier)
    request = next(r for r in x.recommendations if (r.assessment, r.identifier) == target)
    assert "peer challenge" in request.text
    doc = next(d for d in x.documents if d.sha256 == link.spans[-1].doc)
    assert " ".join(doc.text[link.spans[-1].start : link.spans[-1].end].split()) == request.text
    current = [s for s in x.statuses if s.item == link.target and s.current]
    assert [s.status for s in current] == ["ReportedComplete"]
    adoption = next(r for r in x.recommendations if "adoption" in r.text)
    assert [s.status for s in x.statuses if s.item.identifier == adoption.identifier and s.current] == ["Open"]


def test_a_request_naming_two_kinds_is_fulfilled_by_the_first_paper_to_come(tmp_path):
    """'a progress report on the recommendations of the peer challenge': the peer challenge is the request's context
    and a kind it names; the first paper of either kind fulfils it, dated by that paper (a request waiting for every
    kind it names stayed in progress for years: helper-123's review of the change that tried it)."""
    folder = tmp_path / "riverton"
    folder.mkdir()
    both = MINUTES.replace(
        "that the findings of the peer challenge be presented",
        "that a progress report on the recommendations of the peer challenge be presented",
    )
    (folder / "board-2024-01-16.txt").write_text(both, encoding="utf-8")
    shutil.copy(DATA / "other_councils" / "riverton_peer_challenge.txt", folder / "peer-challenge.txt")
    x = build([folder]).extraction
    (link,) = [link for link in x.links if link.kind == "fulfils"]
    (current,) = [s for s in x.statuses if s.item == link.target and s.current]
    assert current.status == "ReportedComplete" and current.basis == "fulfilled by riverton/peer-challenge.txt"


@pytest.mark.parametrize(
    "asked",
    [
        "a progress report on the Improvement Plan be brought to the Committee in March 2023.",
        # the usual word order of English minutes (tester helper-117 D1: never a request, so never open or fulfilled)
        "the Director of Children's Services report to the Committee at its meeting in March 2023 on the front door "
        "and on progress with the Improvement Plan.",
    ],
)
def test_a_request_for_a_progress_report_is_fulfilled_by_the_next_one(tmp_path, asked):
    """'a progress report on the Improvement Plan be brought to the Committee in March 2023', or 'the Director …
    report to the Committee at its meeting in March 2023 on … progress': the council's next progress report carries
    it (helper-63: no link)."""
    folder = tmp_path / "wigan"
    folder.mkdir()
    (folder / "minutes.txt").write_text(
        "WIGAN COUNCIL\n\nMINUTES of a meeting of the Children and Young People Scrutiny Committee held at the Town Hall, "
        "Wigan on Tuesday 13 September 2022\n\n12. OFSTED INSPECTION\n\nRESOLVED – That:\n(1) the inspection report be "
        f"received; and\n(2) {asked}\n\nThe meeting closed at 6.45 pm.\n",
        encoding="utf-8",
    )
    shutil.copy(DATA / "other_councils" / "wigan_style_progress_update.txt", folder / "progress.txt")
    need_shared()
    shutil.copy(next((OFSTED / "wigan").glob("*05 july 2022.pdf")), folder / "report.pdf")  # what it reports on
    x = build([folder]).extraction
    fulfils = [
        (next(d.path for d in x.documents if d.sha256 == link.source.identifier), link.target.identifier)
        for link in x.links
        if link.kind == "fulfils"
    ]
    assert fulfils == [("wigan/progress.txt", "2")]


def test_a_report_to_a_committee_named_as_a_paper_is_no_request():
    from findings.extract.lexicons import load_json
    from findings.link.fulfils import is_request
    from findings.model import Recommendation

    rules = load_json("lexicons/linking.json")["fulfils"]

    def asks(text: str) -> bool:
        return is_request(rules, Recommendation(assessment="x", identifier="1", text=text, spans=[], kind="Resolution"))

    assert asks("That the Director report to the Panel in March 2016 on progress.")
    assert not asks("That this report to the Committee at its meeting on 5 March be noted.")
    assert not asks("To note the report to the Committee at its meeting in March.")
    # a report presented, noted or received is no ask (reviewer helper-119 #1)
    assert not asks("That the Independent Reviewing Officer's annual report to the Committee at its meeting on 13 May be noted.")
    assert not asks("That the Fostering Service annual report to the Committee in March 2023 be received and endorsed.")
    assert not asks("The Director presented her report to the Committee at its meeting in March 2015.")


_LAMBETH_BOARD = "LONDON BOROUGH OF LAMBETH\n\nCHILDREN'S SERVICES IMPROVEMENT BOARD\n\nMINUTES of the meeting held on {}\n\n"


def test_a_request_for_a_report_on_a_matter_is_fulfilled_when_the_body_next_resolves_on_it(tmp_path):
    """'That a report on the Adoption Strategy and Action Plan be brought to the next meeting', and the next meeting
    of the same board: 'That the Adoption Strategy and Action Plan 2015-18 be endorsed' (helper-67: open for ever).
    A request on another matter stays open."""
    folder = tmp_path / "board"
    folder.mkdir()
    head = _LAMBETH_BOARD
    (folder / "july.txt").write_text(
        head.format("Thursday 16/07/2015 at 2.00 pm")
        + "PRESENT: Independent Chair.\n\n3. ADOPTION\n\nRESOLVED:\n(1) That a report on the Adoption Strategy and Action "
        "Plan be brought to the next meeting.\n(2) That a report on the recruitment of foster carers be brought to a "
        "future meeting.\n",
        encoding="utf-8",
    )
    (folder / "september.txt").write_text(
        head.format("Thu 10 Sep 15 at 2.00 pm")
        + "PRESENT: Independent Chair.\n\n2. ADOPTION STRATEGY\n\nThe Board received the report, as requested in July.\n\n"
        "RESOLVED: That the Adoption Strategy and Action Plan 2015-18 be endorsed.\n",
        encoding="utf-8",
    )
    x = build([folder]).extraction
    fulfils = [
        (link.source.assessment, link.source.identifier, link.target.identifier) for link in x.links if link.kind == "fulfils"
    ]
    assert fulfils == [("lambeth/children-s-services-improvement-board-2015-09-10", "1", "1")]
    july = "lambeth/children-s-services-improvement-board-2015-07-16"
    current = {s.item.identifier: s.status for s in x.statuses if s.current and s.item.assessment == july}
    assert (current["1"], current["2"]) == ("ReportedComplete", "Open")

    from click.testing import CliRunner

    from findings.cli import cli

    out = tmp_path / "graph"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(folder), "--out", str(out), "--no-pictures"]).exit_code == 0
    shown = runner.invoke(cli, ["lineage", f"{july}/resolution/1", "--graph", str(out), "--format", "csv"])
    (row,) = [line for line in shown.output.splitlines() if ",fulfils it (later)," in line]
    assert ",fo:Resolution," in row  # the later meeting's resolution, not a recommendation (tester helper-188)


def test_a_deferral_or_a_further_request_fulfils_nothing(tmp_path):
    """helper-69: 'be deferred to the next meeting' read as the report received."""
    folder = tmp_path / "board"
    folder.mkdir()
    head = _LAMBETH_BOARD
    (folder / "july.txt").write_text(
        head.format("16 July 2015")
        + "PRESENT: Independent Chair.\n\n3. ADOPTION\n\nRESOLVED: That a report on the Adoption Strategy and Action Plan "
        "be brought to the next meeting.\n",
        encoding="utf-8",
    )
    (folder / "september.txt").write_text(
        head.format("10 September 2015")
        + "PRESENT: Independent Chair.\n\n2. ADOPTION STRATEGY\n\nRESOLVED:\n(1) That consideration of the Adoption Strategy "
        "and Action Plan 2015-18 be deferred to the next meeting.\n(2) That a further report on the Adoption Strategy and "
        "Action Plan be brought to the Board in November.\n",
        encoding="utf-8",
    )
    x = build([folder]).extraction
    assert [link for link in x.links if link.kind == "fulfils"] == []


def test_a_report_said_to_be_delayed_fulfils_nothing(tmp_path):
    """helper-71: 'the foster carer recruitment report has been delayed until November' read as the report received."""
    folder = tmp_path / "board"
    folder.mkdir()
    head = "LONDON BOROUGH OF LAMBETH\n\nCORPORATE PARENTING BOARD\n\nMINUTES of the meeting held on {}\n\nPRESENT: Chair.\n\n"
    (folder / "july.txt").write_text(
        head.format("16 July 2015") + "3. FOSTERING\n\nRESOLVED: That a report on foster carer recruitment be brought to "
        "the next meeting.\n",
        encoding="utf-8",
    )
    (folder / "september.txt").write_text(
        head.format("10 September 2015") + "2. FOSTERING\n\nRESOLVED: That the Board note that the foster carer "
        "recruitment report has been delayed until November.\n",
        encoding="utf-8",
    )
    assert [link for link in build([folder]).extraction.links if link.kind == "fulfils"] == []


def test_a_committees_request_is_fulfilled_by_its_own_later_meeting_not_another_bodys_progress_report():
    """A scrutiny committee asks for 'a further report on foster placement sufficiency'; the Corporate Parenting
    Board's general progress report comes first, then the committee's own meeting that has the report (tester
    helper-103: the board's paper was taken as the one asked for)."""
    folder = DATA / "trafford_requests"
    x = build([folder]).extraction
    request = next(r for r in x.recommendations if "further report on foster placement sufficiency" in r.text)
    asked = [link for link in x.links if link.kind == "fulfils" and link.target.identifier == request.identifier]
    docs = {d.sha256: d.path for d in x.documents}
    meetings = {key: a for key, a in x.assessments.items() if a.kind == "Meeting"}
    answered_by = {
        docs[link.source.identifier] if link.source.kind == "document" else next(iter(meetings[link.source.assessment].documents))
        for link in asked
        if link.target.assessment == request.assessment
    }
    assert {docs.get(a, a) for a in answered_by} == {"trafford_requests/scrutiny-2020-07-14.txt"}


def test_a_paper_goes_to_the_body_its_heading_names_in_whatever_spelling():
    """Only a heading line names the bodies a paper goes to (a sentence naming a board does not), compared without
    case, apostrophe's form, '&' or 'the' (reviewer helper-106: the right paper was refused for a curly apostrophe)."""
    from findings.extract.lexicons import load_json
    from findings.link.fulfils import _goes_to
    from findings.model import Assessment, Document, Organisation

    rules = load_json("lexicons/linking.json")["fulfils"]
    meeting = Assessment(key="x", kind="Meeting", org=Organisation("x", "X"), label="Children's Services Scrutiny Committee")
    openings = {
        "Children\u2019s Services Scrutiny Committee\n": True,
        "CHILDREN\u2019S SERVICES & SCRUTINY COMMITTEE \u2013 12 March 2019\n": True,
        "The plan was agreed by the Improvement Board in March and is\nnow reported here.\n": True,
        "Trafford Council\nCorporate Parenting Board \u2013 9 December 2019\n": False,
        "Children's Services Scrutiny Committee, 12 March 2019\n": True,  # a comma and a date after the name
        "Report to the Children's Services Scrutiny Committee\n": True,
        "Children's Services and Families Scrutiny Committee (9 December 2019)\n": False,  # another body, more words
    }
    got = {text: _goes_to(rules, Document("a.txt", text, "0" * 64, "x", "text/plain"), meeting) for text in openings}
    assert got == openings


def _plan_dated(folder, day: str) -> None:
    """The Riverton plan table, dated `day` by its opening: a paper that names an inspection but does not print it."""
    plan = (DATA / "other_councils" / "riverton_plan_table.txt").read_text(encoding="utf-8")
    (folder / "plan.txt").write_text(plan.replace("Improvement plan: response", f"Updated: {day}\nImprovement plan: response", 1))


def test_a_plan_naming_an_older_inspection_does_not_present_the_report_asked_for(tmp_path):
    """'that the Ofsted inspection report be presented at a future meeting', about an inspection not yet published,
    was answered by the council's plan for the one before, which only names it (reviewer helper-145)."""
    folder = tmp_path / "riverton"
    folder.mkdir()
    minutes = MINUTES.replace("Tuesday 16 January 2024", "Tuesday 13 January 2026").replace(
        "(a) that the findings of the peer challenge be presented at a future meeting of the Board; and",
        "(a) that the Ofsted inspection report be presented at a future meeting of the Board; and",
    )
    assert "Ofsted inspection report be presented" in minutes
    (folder / "board.txt").write_text(minutes, encoding="utf-8")
    _plan_dated(folder, "31 March 2026")
    x = build([folder]).extraction
    assert not [link for link in x.links if link.kind == "fulfils"]


def test_a_request_in_undated_minutes_is_read_without_failing_the_build(tmp_path):
    """Minutes that give no meeting date, with a request, beside a dated paper naming an inspection: the build stopped
    with a TypeError comparing a date with None (reviewer helper-145)."""
    folder = tmp_path / "riverton"
    folder.mkdir()
    (folder / "board.txt").write_text(
        "RIVERTON BOROUGH COUNCIL\n\nMinutes\n\nCorporate Parenting Board\n\nPresent: Councillor J Okafor (Chair)\n\n"
        "7. Ofsted inspection\n\nRESOLVED – that the Ofsted inspection report be presented at a future meeting of the "
        "Board.\n\nThe meeting closed at 7.15 pm.\n",
        encoding="utf-8",
    )
    _plan_dated(folder, "31 March 2026")
    x = build([folder]).extraction
    assert not [link for link in x.links if link.kind == "fulfils"]
