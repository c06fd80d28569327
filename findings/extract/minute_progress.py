"""Minutes: what an item on an inspection's plan records of each action it names ('action 1.1, the relaunch of the
supervision policy, has been completed'; 'The refresh of the strategy (action 4.2) has been re-planned from 31 March
2025 to 30 September 2025') becomes a progress update on that action, dated at the meeting, as a progress report's
per-action paragraph does (findings.extract.progress_report).

Only the minutes' own account of such an item is read: from its heading (minutes_layout.json 'item_number',
'minute_reference', 'minute_number': however the minutes number their items) to its RESOLVED line, when its title
or opening paragraph speaks of a plan ('plan_item') and the inspection the plan answers is found as the other papers
find it (findings.extract.mentioned): dated, or named without a date ('the Ofsted Improvement Plan'), when it is the
council's latest before the meeting (findings/link/distinct.py undated_by_date), as a progress report's. A statement
runs from a sentence naming one action by number (lexicons/ordinals.json 'action_named') to the next sentence naming
another; a sentence naming several ('actions 1.1 and 1.2') is said of none of them alone, so it and what follows are
left. A sentence of such an item, or a point of its resolution, naming one recommendation by number and no action
('Members noted that recommendation 5 … had been completed', '(2) recommendation 5 be closed as complete') is progress
on that recommendation, that sentence or point alone (lexicons/ordinals.json 'recommendation_named'); not a committee
paper's own ('recommendation 1 of the report', 'of the 2018 peer review'), nor a point that only approves one ('(2)
recommendation 1 be approved;'). An item left naming nothing registers no inspection.
"""

from __future__ import annotations

import re
from datetime import date

from findings.extract.action_mentions import action_statements, recommendation_named, recommendation_statements
from findings.extract.lexicons import load_json, regex
from findings.extract.mentioned import register_mentioned, speaks_of_an_inspection
from findings.extract.minute_numbers import heading_patterns, resolution_lines, within
from findings.extract.spans import joined_spans, pieces_text
from findings.model import MINUTES_SOURCE as SOURCE
from findings.model import Document, Extraction, ProgressUpdate, Recommendation
from findings.segment.lines import Line, cell_lines, split_lines

LAYOUT = "minutes_layout.json"
ORDINALS = "lexicons/ordinals.json"


def minute_progress(
    doc: Document, out: Extraction, start: int, end: int, when: date | None, made: list[Recommendation], meeting: str
) -> int:
    """Add the progress on a plan's actions that the minutes in doc.text[start:end] record (`made`: their resolutions;
    `meeting`: the meeting's key); returns how many. An item on no inspection's plan (titled by its subject: 'Health
    passports for care leavers') that names an action by number gives candidates, keyed by the meeting, that the link
    stage gives the one plan of the council whose action of that number the words tell (findings/link/numbered.py)."""
    added = 0
    items = _items(doc.text, start, end, resolution_lines(doc, made))
    for i, (ref, heading, account) in enumerate(items):
        statements = action_statements(doc.text, account) if account else []
        ends = items[i + 1][1].start if i + 1 < len(items) else end
        points = [r for r in made if r.spans and heading.start < r.spans[0].start < ends]  # its resolution's points
        on_recs = _on_recommendations(doc, account, points) if account else []
        if not statements and not on_recs:
            continue  # an item naming no action nor recommendation says nothing of one: no inspection is registered for it
        key = None
        if _on_a_plan(doc.text, heading, account):
            said = doc.text[heading.start : account[-1].end]  # an item on 'the Ofsted Improvement Plan' that never dates
            key = register_mentioned(doc, out, heading.start, account[-1].end, undated=speaks_of_an_inspection(said))
        if key is None and (when is None or _on_another_plan(heading, account) or _titled_by_another_plan(heading, account)):
            continue  # the actions of a SEND or youth justice plan, a strategy, or of a meeting never dated: no inspection's
        item = re.sub(r"[^\w.]+", "-", ref).strip("-.")
        for n, (action, pieces) in enumerate(statements, start=1):
            text = pieces_text(doc.text, pieces)
            spans = joined_spans(doc, pieces)
            source = f"{SOURCE}{doc.sha256[:8]}-m{item}-{n}"
            if key is None and _another_plans_action(text):
                continue  # 'Corporate Parenting Strategy action 2.1', 'Action 2.1: the Head of Service to circulate …'
            if key is None:  # an item on no inspection's plan: which plan's action, the link stage says by the number
                out.updates.append(ProgressUpdate(meeting, action, when, text, spans, source, about_kind="numbered"))
            else:  # the inspection answers the council's latest before the meeting (link/distinct.py)
                out.updates.append(ProgressUpdate(key, action, when, text, spans, source))
            added += 1
        for n, (rec, pieces) in enumerate(on_recs if key is not None else [], start=1):  # on an inspection's plan only
            source = f"{SOURCE}{doc.sha256[:8]}-m{item}-r{n}"
            said = ProgressUpdate(key, rec, when, pieces_text(doc.text, pieces), joined_spans(doc, pieces), source)
            said.about_kind = "recommendation"
            out.updates.append(said)
            added += 1
    return added


def _on_recommendations(doc: Document, account: list[Line], resolved: list[Recommendation]) -> list[tuple[str, list]]:
    """What an item's account, and the points of its resolution (`resolved`), say of one recommendation each, named by
    the inspection's number ('Members noted that recommendation 5 … had been completed', '(2) recommendation 5 be
    closed as complete'): (its number, the pieces of the words), in the order said (findings.extract.action_mentions)."""
    found = recommendation_statements(doc.text, account)
    approved = re.compile(load_json(ORDINALS)["recommendation_named"]["only_approved"])
    for point in resolved:  # not one that only approves a proposal ('(2) recommendation 1 be approved;'): the paper's
        pieces = [(s.start, s.end) for s in point.spans if s.doc == doc.sha256]
        said = pieces_text(doc.text, pieces) if pieces else ""
        if pieces and not approved.search(said) and (rec := recommendation_named(said)) is not None:
            found.append((rec, pieces))
    return found


def _items(text: str, start: int, end: int, resolutions: list[tuple[int, int]]) -> list[tuple[str, Line, list[Line]]]:
    """Each item of the minutes: its reference, its heading line (numbered in any of the forms the minute numbers
    read: '12.', 'CPP/18/4', '34/22', 'Minute 7'; not a point of a resolution) and the lines of its account, up to
    its RESOLVED line or the next item's heading."""
    heading_res = heading_patterns()
    resolved = regex(LAYOUT, "resolved")
    found: list[tuple[str, Line, list[Line]]] = []
    open_item: tuple[str, Line, list[Line]] | None = None
    for line in cell_lines(split_lines(text, start, end)):
        words = line.text.strip().strip("*").strip()
        heading = next((m for r in heading_res if (m := r.match(words))), None)
        heading = heading if heading and not within(line.start, line.end, resolutions) else None
        if heading:
            open_item = (heading.group("ref"), line, [])
            found.append(open_item)
        elif resolved.match(words):
            open_item = None
        elif open_item is not None:
            open_item[2].append(line)
    return [(ref, heading, [ln for ln in lines if not ln.blank]) for ref, heading, lines in found]


def _on_another_plan(heading: Line, account: list[Line]) -> bool:
    """Does the item's title, or the paragraph opening its account, speak of a plan other than an inspection's (a SEND
    or youth justice plan: minutes_layout.json 'other_plan_item')?"""
    return bool(regex(LAYOUT, "other_plan_item").search(f"{heading.text}\n{account[0].text}"))


def _titled_by_another_plan(heading: Line, account: list[Line]) -> bool:
    """Does an item titled by its subject name a strategy or another plan in its title or opening paragraph
    ('Corporate Parenting Strategy 2018 to 2021 – life story work': minutes_layout.json 'other_plan_title')?"""
    return bool(regex(LAYOUT, "other_plan_title").search(f"{heading.text}\n{account[0].text}"))


def _another_plans_action(statement: str) -> bool:
    """Does a statement name its action as another plan's ('action 2.1 of the fostering development plan') or as one
    of the meeting's own ('Action 2.1: the Head of Service to circulate …'; minutes_layout.json 'own_plan_named',
    'meeting_action')?"""
    return bool(regex(LAYOUT, "own_plan_named").search(statement) or regex(LAYOUT, "meeting_action").search(statement))


def _on_a_plan(text: str, heading: Line, account: list[Line]) -> bool:
    """Does the item's title, or the paragraph opening its account, speak of a plan ('IMPROVEMENT PLAN – PROGRESS
    UPDATE', 'an update on the post-inspection improvement plan')?"""
    plan, other = regex(LAYOUT, "plan_item"), regex(LAYOUT, "other_plan_item")
    opening = f"{heading.text}\n{account[0].text}"
    return bool(plan.search(opening)) and not other.search(opening)  # not a SEND or youth justice plan's actions
