"""A meeting's request for a paper, and the later paper that carries it (fo:fulfils).

A resolution asks for a paper when it holds a request cue ('be reported at a future meeting'); what it asks for is
named by a subject phrase ('peer review', 'action plan') that maps to a kind of assessment. The first assessment of
that kind for the same council after the meeting fulfils it, through the document that carries it to the panel.
Cues and subjects are data (extract/lexicons/linking.json, "fulfils").
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from findings.extract.context import slug
from findings.extract.dates import month_number, parse_day
from findings.extract.lexicons import load_json
from findings.model import Assessment, Document, Extraction, ItemRef, Link, Recommendation, Span

LEXICON = "lexicons/linking.json"


def is_request(rules: dict, res: Recommendation) -> bool:
    """Does a resolution ask for a paper to come to a meeting?"""
    return bool(re.search(rules["request"], res.text, re.IGNORECASE))


def asked(rules: dict, res: Recommendation) -> list[str]:
    """The kinds of assessment a resolution asks to have reported, if it is a request at all."""
    if not is_request(rules, res):
        return []
    folded = " ".join(res.text.casefold().split())
    return sorted({kind for phrase, kind in rules["subjects"].items() if phrase in folded})


def _carrier(a: Assessment, docs: dict[str, Document]) -> Document | None:
    """The document that brought the assessment to the council: the earliest dated one holding it, else the first."""
    held = [docs[sha] for sha in a.documents if sha in docs]
    return min(held, key=lambda d: (d.date or date.max, d.path), default=None)


def _to_the_council(a: Assessment, docs: dict[str, Document]) -> bool:
    """Could the assessment be the paper a meeting asked for? Not a review reported by someone outside the council (an
    improvement adviser's letter to the Department), nor progress read only from a plan or a tracker of its own."""
    if a.kind != "ProgressReview":
        return True
    kinds = {kind for sha in a.documents if sha in docs for kind in docs[sha].kinds}
    return a.team is None and "progress report" in kinds


def _goes_to(rules: dict, carrier: Document, meeting: Assessment) -> bool:
    """Could the paper go to the meeting's body: its opening's headings name no body ('carrier_body'), or name that
    one (in other spelling: 'Children’s … & Scrutiny Committee' is 'Children's … and Scrutiny Committee'; after its
    council's name: 'Northshire Corporate Parenting Board' is the Corporate Parenting Board of Northshire's minutes)?"""
    opening = carrier.text[: int(rules["carrier_opening"])]
    named = [_body_words(m.group("body")) for m in re.finditer(rules["carrier_body"], opening)]
    body = _body_words(meeting.label)
    extra = set(rules["carrier_extra_words"]) | _body_words(meeting.org.name)
    return not named or any(body <= name and name - body <= extra for name in named)  # not another body sharing words


def _body_words(name: str) -> set[str]:
    """A body's name as the words that tell it apart, whatever its case, apostrophes, '&' or 'the'."""
    folded = name.casefold().replace("’", "'").replace("&", " and ")
    return set(re.findall(r"[\w']+", folded)) - {"the", "and", "of"}


def link_requests(out: Extraction) -> list[Link]:
    """Every request resolution joined to the paper that answered it, when one was built."""
    rules = load_json(LEXICON)["fulfils"]
    docs = {d.sha256: d for d in out.documents}
    links = []
    for res in out.recommendations:
        meeting = out.assessments.get(res.assessment)
        if res.kind != "Resolution" or meeting is None or meeting.kind != "Meeting":
            continue
        since = meeting.date or meeting.earliest
        for kind in asked(rules, res):
            later = sorted(
                (
                    a
                    for a in out.assessments.values()
                    if a.kind == kind
                    and a.org.key == meeting.org.key
                    and since is not None
                    and a.stands_from() is not None
                    and a.stands_from() > since
                    and _to_the_council(a, docs)
                ),
                key=lambda a: (a.stands_from(), a.key),
            )
            answers = ((a, c) for a in later if (c := _carrier(a, docs)) is not None and _goes_to(rules, c, meeting))
            answer, carrier = next(answers, (None, None))
            presented = _presented(out, docs, rules, meeting, kind, since) if since else None  # an earlier report
            if presented is not None and (answer is None or presented[1].date <= answer.stands_from()):
                answer, carrier = presented
            if answer is None or carrier is None:
                continue
            spans = ([answer.spans[0]] if answer.spans else []) + res.spans[:1]
            links.append(
                Link(
                    "fulfils",
                    ItemRef("document", "", carrier.sha256),
                    ItemRef("resolution", res.assessment, res.identifier),
                    rules["score"],
                    rules["method"],
                    spans,
                )
            )
    answered = {link.target for link in links}
    unanswered = [r for r in out.recommendations if ItemRef("resolution", r.assessment, r.identifier) not in answered]
    links += _received(out, rules, unanswered)
    return sorted(links, key=lambda link: (link.source, link.target))


def _presented(
    out: Extraction, docs: dict[str, Document], rules: dict, meeting: Assessment, kind: str, since: date
) -> tuple[Assessment, Document] | None:
    """The first paper dated after the meeting that carries an assessment of the kind asked for, whenever that was
    made: 'That the full Ofsted inspection report … be presented to the next meeting' is answered by the next
    meeting's pack that prints the report, not by the council's next inspection (helper-144); a paper carries it when
    it holds that kind of paper (linking.json fulfils.presented: the report itself, not a plan that names it)."""
    paper = rules["presented"].get(kind)  # the paper itself, not one that only speaks of it (a plan, minutes)
    carried = sorted(
        (d.date, a.key, d.path, a, d)
        for a in out.assessments.values()
        if paper and a.kind == kind and a.org.key == meeting.org.key and _to_the_council(a, docs)
        for sha in a.documents
        if (d := docs.get(sha)) is not None
        and paper in d.kinds
        and d.date is not None
        and d.date > since
        and _goes_to(rules, d, meeting)
    )
    return (carried[0][3], carried[0][4]) if carried else None


def _received(out: Extraction, rules: dict, requests: list[Recommendation]) -> list[Link]:
    """A request for a report on a matter ('That a report on the Adoption Strategy be brought to the next meeting')
    is fulfilled by a later meeting of the same body that resolves on that matter ('That the Adoption Strategy and
    Action Plan be approved', or 'That the outcome be noted' under the item 'Return home interviews – audit outcome'):
    the first such resolution sharing, with its item's title, at least 'minimum_shared' of the request's
    distinctive words, and 'minimum_score' of them (extract/lexicons/linking.json, 'fulfils', 'received')."""
    from findings.link.previous import content_words

    received = rules["received"]
    generic = set(received["generic"])
    meetings = {k: a for k, a in out.assessments.items() if a.kind == "Meeting"}
    resolutions = [r for r in out.recommendations if r.kind == "Resolution" and r.assessment in meetings]
    order = sorted(resolutions, key=lambda r: (meetings[r.assessment].stands_from() or date.max, r.assessment, r.identifier))
    by_body: dict[tuple[str, str], list[Recommendation]] = {}  # each body's resolutions, in order: only its own are read
    for later in order:
        by_body.setdefault(_body(meetings[later.assessment]), []).append(later)
    links = []
    for res in requests:
        meeting = meetings.get(res.assessment)
        since = meeting.stands_from() if meeting else None
        if meeting is None or since is None or res.kind != "Resolution" or not is_request(rules, res):
            continue
        words = content_words(res.text) - generic
        if len(words) < received["minimum_shared"]:
            continue
        for later in by_body.get(_body(meeting), []):
            if not _held_after(meetings[later.assessment], meeting):
                continue
            if is_request(rules, later) or re.search(received["not"], later.text, re.IGNORECASE):
                continue  # 'be deferred to the next meeting', 'a further report be brought': still to come
            if _on_the_matter(words, f"{later.scope or ''} {later.text}", received):  # its item's title says what it is on
                links.append(
                    Link(
                        "fulfils",
                        ItemRef("resolution", later.assessment, later.identifier),
                        ItemRef("resolution", res.assessment, res.identifier),
                        received["score"],
                        received["method"],
                        later.spans[:1] + res.spans[:1],
                    )
                )
                break
        else:
            links += _said_received(out, rules, res, words, meeting)
    return links


def _said_received(out: Extraction, rules: dict, res: Recommendation, words: set[str], meeting: Assessment) -> list[Link]:
    """A later meeting of the body whose account says it had what was asked ('presented the report requested at the
    last meeting', under the item 'Caseloads and agency use'): its minutes fulfil the request, when that line and the
    title above it share the request's words as a resolution must. So does a later paper to the body that says it is
    the report asked for ('At its meeting on 15 July the panel asked for a report on …'; `_paper_says_so`), when it
    came first."""

    received = rules["received"]
    docs = {d.sha256: d for d in out.documents}
    target = ItemRef("resolution", res.assessment, res.identifier)
    found: list[tuple[date, int, Link]] = []
    later = [a for a in out.assessments.values() if a.kind == "Meeting" and _held_after(a, meeting)]
    for held in sorted(later, key=lambda a: (a.stands_from(), a.key)):
        said = _minutes_say_so(docs, held, received, words, meeting.date)
        if said is not None:
            source, span = said
            link = Link("fulfils", source, target, received["score"], received["method"], [span, *res.spans[:1]])
            found.append((held.stands_from() or date.max, 0, link))
            break
    for paper in (_paper_says_so(out, docs, rules, meeting, words), _paper_when_due(out, docs, rules, meeting, res, words)):
        if paper is not None:
            day, source, span = paper
            link = Link("fulfils", source, target, received["score"], received["method"], [span, *res.spans[:1]])
            found.append((day, 1, link))
    return [min(found, key=lambda f: f[:2])[2]] if found else []


def _minutes_say_so(
    docs: dict[str, Document], held: Assessment, received: dict, words: set[str], asked: date | None
) -> tuple[ItemRef, Span] | None:
    """The line of a later meeting's minutes saying it had the report asked for, with the title above it on the matter;
    one naming the meeting that asked by its day ('requested at its meeting on 11 September 2018') names the day the
    request was made (`asked`)."""
    for sha in sorted(held.documents):
        text = docs[sha].text if sha in docs else ""
        for said in re.finditer(received["back_reference"], text):
            if said.group("day") and parse_day(said.group("day").replace(",", "")) != asked:
                continue  # the report another meeting asked for
            line = text.rfind("\n", 0, said.start()) + 1
            title = text.rfind("\n", 0, max(0, line - 1)) + 1
            end = text.find("\n", said.end())
            if _on_the_matter(words, text[title : end if end >= 0 else len(text)], received):
                return ItemRef("document", "", sha), docs[sha].span(line, end if end >= 0 else len(text))
    return None


def _paper_says_so(
    out: Extraction, docs: dict[str, Document], rules: dict, meeting: Assessment, words: set[str]
) -> tuple[date, ItemRef, Span] | None:
    """The first paper of the council dated after the meeting, to its body (`_goes_to`), one of whose sentences says it
    is the report the meeting asked for ('paper_reference' or 'back_reference': 'At its meeting on 15 July 2020 the
    panel asked for a report on the sufficiency of accommodation for care leavers. That report is attached …'), that
    sentence and the heading above its paragraph on the request's matter, and its paragraph not saying it is still to
    come ('not').
    Minutes are read by `_minutes_say_so`: a later meeting's own words ('Members asked for …') ask anew."""
    received = rules["received"]
    cue = re.compile("|".join(f"(?:{received[k].removeprefix('(?i)')})" for k in ("paper_reference", "back_reference")), re.I)
    since = meeting.stands_from()
    held = {(sha, a.org.key) for a in out.assessments.values() for sha in a.documents}
    advisers = {sha for a in out.assessments.values() if a.kind == "ProgressReview" and a.team for sha in a.documents}
    papers = sorted(
        (d.date, d.path, d)
        for d in docs.values()
        if (d.sha256, meeting.org.key) in held  # the council's paper (an assessment of it holds the paper)
        and d.sha256 not in advisers  # not an adviser's letter
        and set(d.kinds) & set(received["paper_kinds"])
        and "minutes" not in d.kinds
        and d.date is not None
        and since is not None
        and d.date > since
        and _goes_to(rules, d, meeting)
    )
    for day, _, d in papers:
        for said in cue.finditer(d.text):
            start, end = _sentence(d.text, said.start(), said.end())
            heading = _heading_above(d.text, start)
            sentence = d.text[start:end]
            if re.search(received["not"], d.text[start : _paragraph_end(d.text, end)], re.IGNORECASE):
                continue  # '… asked for a report on …. That report has been delayed.'
            asked = _meeting_day(received, sentence)
            if asked is not None and meeting.date is not None and asked != meeting.date:
                continue  # 'requested … at its meeting on 11 March 2020': another meeting's request
            title = d.text[: min(start, int(rules["carrier_opening"]))] if asked is not None else ""  # the paper's title
            if _on_the_matter(words, f"{heading} {sentence} {title}", received):  # says what the meeting asked for
                return day, ItemRef("document", "", d.sha256), d.span(start, end)
    return None


def _paper_when_due(
    out: Extraction, docs: dict[str, Document], rules: dict, meeting: Assessment, res: Recommendation, words: set[str]
) -> tuple[date, ItemRef, Span] | None:
    """The first paper of the council to the body that asked (its opening names it), dated after the meeting within
    the month the request names ('… be brought to the Committee in December 2019': linking.json fulfils.received
    'due_month'), whose opening is on the request's matter: the report asked for, though it does not say so."""
    received = rules["received"]
    due = _due_month(received, res.text)
    since = meeting.stands_from()
    month = month_number(due.group("month")) if due else None
    if due is None or since is None or month is None:
        return None
    year = int(due.group("year"))
    first, last = date(year, month, 1), date(year, month, monthrange(year, month)[1])
    after = since if due.group("by") else max(since, first - timedelta(days=1))  # 'by': any day up to the month's end
    held = {(sha, a.org.key) for a in out.assessments.values() for sha in a.documents}
    advisers = {sha for a in out.assessments.values() if a.kind == "ProgressReview" and a.team for sha in a.documents}
    for d in sorted(docs.values(), key=lambda d: (d.date or date.max, d.path)):
        if (
            (d.sha256, meeting.org.key) in held  # the council's paper
            and d.sha256 not in advisers
            and set(d.kinds) & set(received["paper_kinds"])
            and "minutes" not in d.kinds
            and d.date is not None
            and after < d.date <= last
        ):
            opening = d.text[: int(rules["carrier_opening"])]
            named = re.search(rules["carrier_body"], opening)
            if (
                named
                and _goes_to(rules, d, meeting)
                and _on_the_matter(words, opening, received)
                and not _answers_another(d, received, meeting)
            ):
                whole = opening if len(d.text) == len(opening) else opening[: max(opening.rfind("\n"), named.end())]
                quoted = named.start("body")  # from the line naming the body to the opening's last whole line
                return d.date, ItemRef("document", "", d.sha256), d.span(quoted, len(whole.rstrip()))
    return None


def _due_month(received: dict, text: str) -> re.Match[str] | None:
    """The month the request's report is due: the first named after the words asking for it ('following the inspection
    in November 2019, a further progress report be brought to the Committee in March 2020': linking.json 'due_ask'),
    else the last named."""
    named = list(re.finditer(received["due_month"], text))
    ask = re.search(received["due_ask"], text)
    after = [m for m in named if ask and m.start() >= ask.start()]
    return after[0] if after else (named[-1] if named else None)


def _answers_another(d: Document, received: dict, meeting: Assessment) -> bool:
    """Does the paper say it is the report another meeting asked for ('The Committee asked for this report at its
    meeting on 14 September 2023'), and none that it is this meeting's?"""
    cue = re.compile("|".join(f"(?:{received[k].removeprefix('(?i)')})" for k in ("paper_reference", "back_reference")), re.I)
    days = {_meeting_day(received, d.text[slice(*_sentence(d.text, said.start(), said.end()))]) for said in cue.finditer(d.text)}
    days.discard(None)
    return bool(days) and meeting.date not in days


def _meeting_day(received: dict, sentence: str) -> date | None:
    """The day of the meeting a sentence says asked for the paper ('requested by the Board at its meeting on 15
    January 2020', 'the panel's request of 15 July 2020'; linking.json 'meeting_day'), if it names one."""
    said = re.search(received["meeting_day"], sentence)
    return parse_day(said.group("day").replace(",", "")) if said else None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end], within its paragraph (a blank line ends one), its wrapped lines joined."""
    para = text.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para + 2
    stop = _paragraph_end(text, end)
    opened = max((m.end() for m in _SENTENCE_START.finditer(text, para, start + 1)), default=para)  # start's letter seen
    closed = re.search(r"[.!?](?=\s|$)", text[end:stop])
    return opened, end + closed.end() if closed else stop


_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z0-9])")  # a stop, and a capital or a figure after it: a sentence opens


def _paragraph_end(text: str, end: int) -> int:
    """Where the paragraph holding `end` stops: a blank line, or the text's end."""
    stop = text.find("\n\n", end)
    return len(text) if stop < 0 else stop


def _heading_above(text: str, start: int) -> str:
    """The nearest line above the paragraph holding `start` that has words: its heading ('3. Sufficiency of …')."""
    lines = text[: text.rfind("\n\n", 0, start) + 1].splitlines()
    return next((line for line in reversed(lines) if line.strip()), "")


def _body(meeting: Assessment) -> tuple[str, str]:
    """The body a meeting is of: its council and its name, whatever its case or its apostrophes' form ('Young People’s
    Committee' in a web page's minutes is the 'Young People's Committee' of its text ones), as its IRI spells it."""
    return meeting.org.key, slug(meeting.label)


def _held_after(held: Assessment, meeting: Assessment) -> bool:
    """Is `held` a later meeting of the same body as `meeting`?"""
    since = meeting.stands_from()
    return _body(held) == _body(meeting) and since is not None and (held.stands_from() or date.min) > since


def _on_the_matter(words: set[str], text: str, received: dict) -> bool:
    """Does `text` share enough of a request's distinctive `words` to be on its matter ('minimum_shared' of them, and
    'minimum_score' of all)?"""
    from findings.link.previous import content_words

    shared = words & content_words(text)
    return len(shared) >= received["minimum_shared"] and len(shared) / len(words) >= received["minimum_score"]
