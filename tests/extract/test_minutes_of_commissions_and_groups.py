"""Minutes headed by a body whose name ends in a word other than 'Committee' ('SCRUTINY COMMISSION', 'Scrutiny
Sub-Committee', 'Corporate Parenting Group', 'Executive') over 'Minutes of the meeting held on …' are read: the
meeting, its resolutions and the request among them, which the later paper the body asked for fulfils (black-box tester
helper-266: a Select Commission's minutes were not read at all, so its request was never open; and their
"Resolved:-" over "(1) That …" is no resolution "-"). The words a body's
name may end in are data (extract/minutes_layout.json 'word_lists' 'body_word')."""

from __future__ import annotations

from datetime import date

import pytest

from findings.build import build
from findings.extract.document import extract_document
from findings.extract.lexicons import load_json
from findings.link.fulfils import LEXICON, is_request
from findings.read import read_document

MINUTES = (
    "CALDERDALE COUNCIL\n\n"
    "{body}\n\n"
    "Minutes of the meeting held on Wednesday 6 March 2024\n\n"
    "Present: Councillor Example (in the Chair); Councillors Sample, Member and Other.\n\n"
    "12. CARE LEAVERS' ACCOMMODATION\n\n"
    "The Service Manager outlined the range of accommodation offered to care leavers.\n\n"
    "Resolved:-\n\n"
    "(1) That the update be noted.\n\n"
    "(2) That a further report on supported lodgings for care leavers be brought to the {short} in July 2024.\n\n"
    "13. WORK PROGRAMME\n\n"
    "Resolved:- That the work programme be approved.\n"
)

PAPER = (
    "{title}\n\n"
    "10 July 2024\n\n"
    "Supported lodgings for care leavers\n\n"
    "1. Purpose\n\n"
    "1.1 This report was requested by the {short} at its meeting on 6 March 2024. It sets out how many care leavers "
    "live in supported lodgings.\n\n"
    "2. Supported lodgings\n\n"
    "2.1 Eleven supported lodgings hosts were approved this year, and nineteen care leavers now live with one.\n"
)

BODIES = [
    ("CHILDREN AND YOUNG PEOPLE'S SCRUTINY COMMISSION", "Children and Young People's Scrutiny Commission", "Commission"),
    ("CHILDREN'S SERVICES SCRUTINY SUB-COMMITTEE", "Children's Services Scrutiny Sub-Committee", "Sub-Committee"),
    ("Corporate Parenting Group", "Corporate Parenting Group", "Group"),
]


@pytest.mark.parametrize(("body", "title", "short"), BODIES)
def test_the_meeting_and_its_resolutions_are_read(tmp_path, body, title, short):
    path = tmp_path / "minutes.txt"
    path.write_text(MINUTES.format(body=body, short=short), encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    meetings = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert [(m.org.key, m.date, m.label.casefold()) for m in meetings] == [("calderdale", date(2024, 3, 6), body.casefold())]
    resolutions = [r for r in part.recommendations if r.kind == "Resolution"]
    assert [r.text.split()[:4] for r in resolutions] == [
        ["That", "the", "update", "be"],
        ["That", "a", "further", "report"],
        ["That", "the", "work", "programme"],
    ]
    for r in resolutions:  # each quote is the minutes' own characters
        assert " ".join(doc.text[s.start : s.end] for s in r.spans).split() == r.text.split()
    rules = load_json(LEXICON)["fulfils"]
    assert [is_request(rules, r) for r in resolutions] == [False, True, False]


@pytest.mark.parametrize(("body", "title", "short"), BODIES[:1])
def test_the_paper_the_body_asked_for_fulfils_its_request(tmp_path, body, title, short):
    (tmp_path / "minutes.txt").write_text(MINUTES.format(body=body, short=short), encoding="utf-8")
    (tmp_path / "lodgings.txt").write_text(PAPER.format(title=title, short=short), encoding="utf-8")
    x = build([tmp_path]).extraction
    request = next(r for r in x.recommendations if r.kind == "Resolution" and "supported lodgings" in r.text)
    key = (request.assessment, request.identifier)
    mine = [(s.as_of, s.status) for s in x.statuses if (s.item.assessment, s.item.identifier) == key]
    assert mine == [(date(2024, 3, 6), "Open"), (date(2024, 7, 10), "ReportedComplete")]


def test_a_body_the_minutes_name_in_a_sentence_asks_for_a_report(tmp_path):
    """'The Commission requested …' in the account of an item is a request, as 'The Committee requested …' is."""
    path = tmp_path / "minutes.txt"
    text = MINUTES.format(body=BODIES[0][0], short="Commission").replace(
        "The Service Manager outlined the range of accommodation offered to care leavers.",
        "The Commission requested that figures on care leavers in bed and breakfast be circulated to members.",
    )
    path.write_text(text, encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    asked = [r.text for r in part.recommendations if r.kind == "Resolution" and "bed and breakfast" in r.text]
    assert len(asked) == 1
