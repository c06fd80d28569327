"""A later paper to a committee that says it is the report the committee asked for fulfils the request (helper-160,
a QA lead trying the tool on a made-up North Somerset's papers: tests/data/north_somerset/)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data" / "north_somerset"
MINUTES = "ns_panel_minutes_2020_07.txt"
REPORT = "ns_progress_2020_11.txt"
HEADING = "3. Sufficiency of accommodation for care leavers\n\n"
SAID = (
    "3.1 At its meeting on 15 July 2020 the panel asked for a report on the sufficiency of\n"
    "accommodation for care leavers. That report is attached as Appendix A."
)


def _request_statuses(tmp_path: Path, said: str) -> list:
    """(as of, status) of the July meeting's request for a report on accommodation for care leavers, built with the
    November progress report whose section 3 says `said` (under its heading, unless `said` gives its own)."""
    from findings.build import build

    shutil.copy(DATA / MINUTES, tmp_path / MINUTES)
    text = (DATA / REPORT).read_text(encoding="utf-8")
    assert HEADING + SAID in text
    (tmp_path / REPORT).write_text(
        text.replace(HEADING + SAID, said if said.startswith("3. ") else HEADING + said), encoding="utf-8"
    )
    x = build([tmp_path]).extraction
    request = next(r for r in x.recommendations if r.kind == "Resolution" and "accommodation for care" in r.text)
    mine = (s for s in x.statuses if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier))
    return [(s.as_of, s.status) for s in mine]


@pytest.mark.parametrize(
    "said",
    [
        SAID,
        "3.1 This report responds to the panel's request of 15 July 2020 for a report on the sufficiency of\n"
        "accommodation for care leavers, which is attached as Appendix A.",
        "3.1 Members requested a report on the sufficiency of accommodation for care leavers at their\n"
        "meeting in July 2020. Appendix A sets it out.",
        "3.1 On 15 July 2020 the panel asked for a report on the sufficiency of accommodation for\n"
        "care leavers. This report responds to that request.",  # the day opening the sentence (unseen tester helper-306)
    ],
)
def test_a_later_paper_saying_it_is_the_report_asked_for_fulfils_the_request(tmp_path, said):
    """'that the Director … bring a report on the sufficiency of accommodation for care leavers to the panel's meeting
    in November 2020' stayed open after the November progress report to the panel said it carried that report: only a
    later meeting's minutes could say a request had been met."""
    assert _request_statuses(tmp_path, said) == [(date(2020, 7, 15), "Open"), (date(2020, 11, 18), "ReportedComplete")]


@pytest.mark.parametrize(
    "said",
    [
        "3.1 At its meeting on 15 July 2020 the panel asked for a report on the sufficiency of\n"
        "accommodation for care leavers. That report has been delayed to January 2021.",
        "3. Health assessments\n\n3.1 At its meeting on 15 July 2020 the panel asked for a report on the timeliness of\n"
        "health assessments. That report is attached as Appendix B.",
        "3.1 On 11 March 2020 the panel asked for a report on the sufficiency of accommodation for\n"
        "care leavers. This report responds to that request.",  # another meeting's request
    ],
)
def test_a_paper_naming_the_request_but_not_carrying_it_leaves_it_open(tmp_path, said):
    """The report the panel asked for, said to be delayed, or a report on another matter, answers nothing."""
    assert _request_statuses(tmp_path, said) == [(date(2020, 7, 15), "Open")]


def test_the_quote_of_the_fulfilling_sentence_is_the_source_text(tmp_path):
    """The link rests on the paper's sentence, at its offsets, wrapped line and all."""
    from findings.build import build
    from findings.link.fulfils import link_requests

    shutil.copy(DATA / MINUTES, tmp_path / MINUTES)
    shutil.copy(DATA / REPORT, tmp_path / REPORT)
    x = build([tmp_path]).extraction
    docs = {d.sha256: d for d in x.documents}
    [link] = [link for link in link_requests(x) if link.source.kind == "document"]
    span = link.spans[0]
    assert docs[span.doc].text[span.start : span.end] == SAID.split(" That")[0]


def test_the_quote_starts_at_the_sentence_that_says_so_not_at_its_paragraph(tmp_path):
    """A sentence before it in its paragraph is not the link's evidence: the sentence found had reached back to the
    paragraph's start when the cue opened its sentence ('… this year. At its meeting …')."""
    from findings.build import build
    from findings.link.fulfils import link_requests

    before = "3.1 Finding homes for young people leaving care has been a priority this year. "
    shutil.copy(DATA / MINUTES, tmp_path / MINUTES)
    text = (DATA / REPORT).read_text(encoding="utf-8")
    (tmp_path / REPORT).write_text(text.replace(SAID, before + SAID.removeprefix("3.1 ")), encoding="utf-8")
    x = build([tmp_path]).extraction
    docs = {d.sha256: d for d in x.documents}
    [link] = [link for link in link_requests(x) if link.source.kind == "document"]
    span = link.spans[0]
    assert docs[span.doc].text[span.start : span.end] == SAID.removeprefix("3.1 ").split(" That")[0]


@pytest.mark.parametrize(
    "text, cue, sentence",
    [
        ("Intro. At its meeting the panel asked for it. Next.", "At its meeting", "At its meeting the panel asked for it."),
        ("Intro.\nAt its meeting the panel asked\nfor it.", "At its meeting", "At its meeting the panel asked\nfor it."),
        ("Intro. The panel, at its meeting, asked for it.", "at its meeting", "The panel, at its meeting, asked for it."),
        ("Heading\n\nAt its meeting it asked.", "At its meeting", "At its meeting it asked."),
        ("At its meeting it asked", "At its meeting", "At its meeting it asked"),
    ],
)
def test_the_sentence_around_a_cue(text, cue, sentence):
    from findings.link.fulfils import _sentence

    start = text.index(cue)
    s, e = _sentence(text, start, start + len(cue))
    assert text[s:e] == sentence
