"""Minutes headed 'MINUTES OF A MEETING OF THE <BODY> SUB-COMMITTEE' over the venue and a bare day with the hours it
sat ('17 September 2024 (7.00 - 9.05 pm)'), their resolutions a numbered, lettered or HTML list under 'The
Sub-Committee RESOLVED:', 'The Committee AGREED:' or 'RESOLVED that:'. None of it was read: the header's 'of a
meeting of', the hyphen in 'Sub-Committee' and the hours after the day each kept the meeting from being found, so
the paper was 'a kind of document the readers do not know'. Now the meeting is dated, its resolutions are read with
their minute, the one asking for a further report is a request, and what the account of an item on the plan says of
an action is progress on it."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.document import extract_document
from findings.extract.lexicons import load_json
from findings.link.fulfils import LEXICON, is_request
from findings.read import read_document

_HEADER = (
    "London Borough of Redbridge\n\n"
    "MINUTES OF A MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY SUB-COMMITTEE\n"
    "Council Chamber, Town Hall, Ilford\n"
    "{day}\n\n"
    "Present: Councillors A. Example (Chairman), B. Sample (Vice-Chair) and C. Member.\n\n"
    "14 MINUTES\n"
    "The minutes of the meeting held on 4 June 2024 were agreed as a correct record and signed by the Chairman.\n\n"
    "{title}\n"
    "The Sub-Committee received an update on the improvement plan agreed after the Ofsted inspection of February 2024.\n"
    "The Director reported that action 2.3 (the refreshed supervision policy) has been completed.\n\n"
)
_DAY = "17 September 2024 (7.00 - 9.05 pm)"
_TITLE = "15 OFSTED ILACS IMPROVEMENT PLAN \u2013 UPDATE"
_TAIL = "\n16 WORK PROGRAMME\nThe work programme was noted.\n\n\nChairman\n"
_POINTS = (
    "That the update be noted.",
    "That a further progress report on the improvement plan be brought to the Sub-Committee in January 2025.",
)


def _part(tmp_path, text, name="minutes.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    return doc, extract_document(doc)


def _check(doc, part, day, points=_POINTS):
    meetings = [a for a in part.assessments.values() if a.kind == "Meeting"]
    assert [(m.org.key, m.date) for m in meetings] == [("redbridge", day)]
    assert meetings[0].label.casefold() == "children and young people scrutiny sub-committee"
    resolutions = [r for r in part.recommendations if r.kind == "Resolution"]
    assert [r.text for r in resolutions] == list(points)
    assert [r.minute for r in resolutions] == ["15", "15"]
    for r in resolutions:  # each quote is the minutes' own characters
        assert " ".join(doc.text[s.start : s.end] for s in r.spans).split() == r.text.split()
    rules = load_json(LEXICON)["fulfils"]
    assert [is_request(rules, r) for r in resolutions] == [False, True]
    updates = [(u.assessment, u.about, u.as_at) for u in part.updates]
    assert updates == [("redbridge/ofsted-2024", "2.3", day)]
    assert "has been completed" in part.updates[0].text


@pytest.mark.parametrize(
    "day,when",
    [
        ("17 September 2024 (7.00 - 9.05 pm)", date(2024, 9, 17)),
        ("Tuesday, 17 September 2024 (7.00 - 9.05 pm)", date(2024, 9, 17)),
        ("17 September 2024 at 7.00 pm", date(2024, 9, 17)),
        ("17 September 2024", date(2024, 9, 17)),
    ],
)
@pytest.mark.parametrize(
    "resolved,marks",
    [
        ("The Sub-Committee RESOLVED:", ("1. ", "2. ")),
        ("The Committee AGREED:", ("(a) ", "(b) ")),
        ("RESOLVED:", ("1. ", "2. ")),
    ],
)
def test_a_sub_committees_minutes_in_a_text_copy(tmp_path, day, when, resolved, marks):
    listed = "".join(f"{mark}{point}\n" for mark, point in zip(marks, _POINTS, strict=True))
    doc, part = _part(tmp_path, _HEADER.format(day=day, title=_TITLE) + f"{resolved}\n{listed}" + _TAIL)
    _check(doc, part, when)


@pytest.mark.parametrize("marks", [("a) ", "b) "), ("(i) ", "(ii) "), ("1. ", "2. ")])
def test_resolved_that_over_a_list_of_what_was_resolved(tmp_path, marks):
    points = ("the update be noted.", _POINTS[1].removeprefix("That "))
    listed = "".join(f"{mark}{point}\n" for mark, point in zip(marks, points, strict=True))
    doc, part = _part(tmp_path, _HEADER.format(day=_DAY, title=_TITLE) + f"RESOLVED that:\n{listed}" + _TAIL)
    _check(doc, part, date(2024, 9, 17), points)


_PAGE = (
    "<html><head><title>Minutes - Children and Young People Scrutiny Sub-Committee - Redbridge</title></head><body>\n"
    "<p>London Borough of Redbridge</p>\n"
    "<h1>MINUTES OF A MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY SUB-COMMITTEE</h1>\n"
    "<p>Council Chamber, Town Hall, Ilford</p>\n"
    "<p>Tuesday, 17 September 2024 (7.00 - 9.05 pm)</p>\n"
    "<p>Present: Councillors A. Example (Chairman), B. Sample (Vice-Chair) and C. Member.</p>\n"
    "<h2>14 MINUTES</h2>\n"
    "<p>The minutes of the meeting held on 4 June 2024 were agreed as a correct record.</p>\n"
    "<h2>15 OFSTED ILACS IMPROVEMENT PLAN \u2013 UPDATE</h2>\n"
    "<p>The Sub-Committee received an update on the improvement plan agreed after the Ofsted inspection of February "
    "2024.</p>\n"
    "<p>The Director reported that action 2.3 (the refreshed supervision policy) has been completed.</p>\n"
    "<p>{resolved}</p>\n"
    "<{listing}>{items}</{tag}>\n"
    "<h2>16 WORK PROGRAMME</h2>\n"
    "<p>The work programme was noted.</p>\n"
    "<p>Chairman</p>\n"
    "</body></html>\n"
)


@pytest.mark.parametrize("resolved", ["The Sub-Committee RESOLVED:", "The Committee AGREED:", "RESOLVED that:"])
@pytest.mark.parametrize("listing", ["ol", "ul", 'ol type="a"'])
def test_a_sub_committees_minutes_as_a_web_page_with_an_html_list(tmp_path, resolved, listing):
    points = _POINTS if resolved.startswith("The") else ("the update be noted.", _POINTS[1].removeprefix("That "))
    items = "".join(f"<li>{point}</li>" for point in points)
    page = _PAGE.format(resolved=resolved, listing=listing, items=items, tag=listing.split()[0])
    doc, part = _part(tmp_path, page, "minutes.html")
    _check(doc, part, date(2024, 9, 17), points)


@pytest.mark.parametrize(
    "title", ["15 OFSTED ILACS IMPROVEMENT PLAN: UPDATE", "15 CHILDREN'S SERVICES: OFSTED ACTION PLAN PROGRESS REPORT"]
)
def test_an_item_titled_in_capitals_with_a_colon_heads_its_minute(tmp_path, title):
    """A colon in an item's title in capitals ('32 OFSTED ACTION PLAN: PROGRESS REPORT') left the line no heading: its
    resolutions had no minute number and its account was read as the item before's, so the progress it records was
    lost."""
    listed = "".join(f"{n}. {point}\n" for n, point in enumerate(_POINTS, start=1))
    text = _HEADER.format(day=_DAY, title=title) + f"The Sub-Committee RESOLVED:\n{listed}" + _TAIL
    doc, part = _part(tmp_path, text)
    _check(doc, part, date(2024, 9, 17))


_LATER = (
    "London Borough of Redbridge\n\n"
    "MINUTES OF A MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY SUB-COMMITTEE\n"
    "Council Chamber, Town Hall, Ilford\n"
    "14 January 2025 (7.00 - 8.30 pm)\n\n"
    "Present: Councillors A. Example (Chairman), B. Sample (Vice-Chair) and C. Member.\n\n"
    "22 OFSTED ILACS IMPROVEMENT PLAN \u2013 PROGRESS REPORT\n"
    "The Sub-Committee considered the progress report on the improvement plan {said}.\n"
    "The Sub-Committee RESOLVED:\n1. That the report be noted.\n\n\nChairman\n"
)


@pytest.mark.parametrize(
    ("said", "fulfilled"),
    [
        ("requested at its meeting on 17 September 2024", True),
        ("requested at its meeting on 4 June 2024", False),
        ("as requested at its meeting on 4 June 2024", False),  # reviewer helper-207: 'as requested at' skipped the day
        ("as requested at its meeting on 17 September 2024", True),
    ],
)
def test_minutes_saying_they_had_the_report_a_meeting_named_by_its_day_asked_for_fulfil_its_request(tmp_path, said, fulfilled):
    """'… the progress report requested at its meeting on 17 September 2024' answers that meeting's request (helper-202:
    only 'requested at the last meeting' was read); naming another meeting's day, it answers none."""
    from findings.build import build

    (tmp_path / "september.txt").write_text(
        _HEADER.format(day=_DAY, title=_TITLE)
        + "The Sub-Committee RESOLVED:\n"
        + "".join(f"{n}. {p}\n" for n, p in enumerate(_POINTS, 1))
        + _TAIL,
        encoding="utf-8",
    )
    (tmp_path / "january.txt").write_text(_LATER.format(said=said), encoding="utf-8")
    x = build([tmp_path]).extraction
    [request] = [r for r in x.recommendations if r.kind == "Resolution" and "further progress report" in r.text]
    said = [
        (s.as_of, s.status)
        for s in x.statuses
        if (s.item.assessment, s.item.identifier) == (request.assessment, request.identifier)
    ]
    assert said[-1] == ((date(2025, 1, 14), "ReportedComplete") if fulfilled else (date(2024, 9, 17), "Open"))
