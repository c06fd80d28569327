"""The paper a committee asked for, titled by its subject and saying it was requested at the committee's meeting on
that day ('The Committee asked for this report at its meeting on 13 July 2023'), fulfils the request (issue #9, tester
helper-235: the request stayed open for ever). The sentence names no subject; the paper's title over it does, and is
counted only where the sentence names the day of the meeting that asked. A body numbered in brackets ('Scrutiny
Committee (2)') is the same body in the minutes and on the paper's cover."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data" / "requested_paper"
MINUTES = "fenmoor_scrutiny_minutes_2023_07.txt"
PAPER = "fenmoor_care_leavers_paper_2023_11.txt"
ASKED = "The Committee asked for this report at its meeting on 13 July 2023."
BODY = "Children and Young People Scrutiny Committee"


def _request_statuses(tmp_path: Path, asked: str = ASKED, body: str = BODY) -> list:
    from findings.build import build

    for name in (MINUTES, PAPER):
        text = (DATA / name).read_text(encoding="utf-8")
        assert ASKED in text or name == MINUTES
        (tmp_path / name).write_text(text.replace(ASKED, asked).replace(BODY, body), encoding="utf-8")
    x = build([tmp_path]).extraction
    request = next(r for r in x.recommendations if r.kind == "Resolution" and "Staying Close" in r.text)
    mine = (s for s in x.statuses if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier))
    return [(s.as_of, s.status) for s in mine]


@pytest.mark.parametrize("body", [BODY, BODY + " (2)"])
def test_the_paper_saying_it_was_asked_for_on_the_meetings_day_fulfils_the_request(tmp_path, body):
    assert _request_statuses(tmp_path, body=body) == [(date(2023, 7, 13), "Open"), (date(2023, 11, 9), "ReportedComplete")]


def test_a_paper_asked_for_at_another_meeting_leaves_the_request_open(tmp_path):
    asked = "The Committee asked for this report at its meeting on 14 September 2023."
    assert _request_statuses(tmp_path, asked) == [(date(2023, 7, 13), "Open")]


def test_the_fulfilling_sentence_is_the_links_quote(tmp_path):
    from findings.build import build
    from findings.link.fulfils import link_requests

    for name in (MINUTES, PAPER):
        (tmp_path / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    x = build([tmp_path]).extraction
    docs = {d.sha256: d for d in x.documents}
    [link] = [link for link in link_requests(x) if link.source.kind == "document"]
    span = link.spans[0]
    assert docs[span.doc].text[span.start : span.end] == f"1.1 {ASKED}"  # as its paragraph opens, number and all
