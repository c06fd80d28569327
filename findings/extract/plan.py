"""Action plans → recommendations, actions and progress updates of the inspection the plan answers."""

from __future__ import annotations

import re
from datetime import date

from findings.extract.dates import heading_date, parse_day, parse_due, parse_month_year_long
from findings.extract.lexicons import load_json, regex
from findings.extract.mentioned import register_mentioned
from findings.extract.plan_table import LAYOUT, Cell, PlanTable, RowDraft, find_region, read_table
from findings.extract.roles import lead_role
from findings.extract.spans import line_spans
from findings.model import Action, Document, Extraction, ProgressUpdate, Recommendation
from findings.segment.view import unwrap

_CONTEXT = 8000  # characters before the table searched for the plan's title, period and inspection


def _text(cells: list[Cell]) -> str:
    return "\n".join(unwrap(c.lines).text for c in cells if c.lines)


def plan_period(text: str) -> tuple[date | None, date | None]:
    """The plan's period 'November 2017 – September 2018' → (first day, last day)."""
    match = regex(LAYOUT, "as_at").search(text)
    if not match:
        return None, None
    start = parse_month_year_long(match.group("from"))
    end = parse_month_year_long(match.group("to"))
    return (start.replace(day=1) if start else None), end


def extract_plan(doc: Document, out: Extraction) -> bool:
    """Add the plan's items to `out`; False when the document holds no action-plan table."""
    region = find_region(doc.text)
    if region is None:
        return False
    start, end = region
    table = read_table(doc.text, start, end)
    began, as_at = plan_period(doc.text[max(0, start - _CONTEXT) : start])
    issued = first_issue(doc.text[max(0, start - _CONTEXT) : end + _CONTEXT])
    key = register_mentioned(doc, out, max(0, start - _CONTEXT), start, fallback=began, undated=True)
    assert key is not None  # a fallback date always gives a key
    _add_recommendations(doc, table, key, out)
    for row in table.rows:
        _add_row(doc, row, key, began, as_at, out, issued)
    if doc.date is None:  # the plan's own date, when its opening gives one: not its file's
        doc.date = heading_date(doc.text)
    return True


def _add_recommendations(doc: Document, table: PlanTable, key: str, out: Extraction) -> None:
    for number, cell in sorted(table.recommendations.items(), key=lambda kv: int(kv[0])):
        out.recommendations.append(
            Recommendation(assessment=key, identifier=number, text=unwrap(cell.lines).text, spans=line_spans(doc, cell.lines))
        )


def first_issue(text: str) -> date | None:
    """The plan's first issue: the earliest date printed under its document history's heading (plan_layout.json,
    'history'), or None when it has none."""
    heading = regex(LAYOUT, "history").search(text)
    if heading is None:
        return None
    window = text[heading.end() : heading.end() + load_json(LAYOUT)["history_window"]]
    found = [parse_day(m.group(0)) for m in _PRINTED_DAY.finditer(window)]
    return min((d for d in found if d is not None), default=None)


_PRINTED_DAY = re.compile(
    r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{4}\b"
)


def _add_row(
    doc: Document,
    row: RowDraft,
    key: str,
    began: date | None,
    as_at: date | None,
    out: Extraction,
    issued: date | None = None,
) -> None:
    if not row.ids:
        return  # cells with no action number: nothing to name them by
    marker_spans = [doc.span(row.marker.content_start, row.marker.content_end)] if row.marker else []
    timescale = row.timescale.stripped if row.timescale else None
    due = parse_due(timescale) if timescale else None
    doubt = None
    if due and began and due < began:
        doubt = f"due date {due.isoformat()} is before the plan began ({began.strftime('%B %Y')}); kept as written"
    lead_text = unwrap(row.lead.lines).text if row.lead.lines else None
    spans = marker_spans + line_spans(doc, [line for cell in row.action + row.outcome for line in cell.lines])
    if row.timescale:
        spans.append(doc.span(row.timescale.content_start, row.timescale.content_end))
    spans += line_spans(doc, row.lead.lines)
    progress_lines = [line for cell in row.progress for line in cell.lines]
    for identifier in row.ids:
        out.actions.append(
            Action(
                assessment=key,
                identifier=identifier,
                responds_to=identifier.split(".")[0],
                text=_text(row.action),
                spans=sorted(set(spans)),
                lead=lead_role(lead_text) if lead_text else None,
                timescale=timescale,
                due_by=due,
                date_doubt=doubt,
                outcome=_text(row.outcome) or None,
                planned_on=issued,
            )
        )
        if progress_lines:
            out.updates.append(
                ProgressUpdate(
                    assessment=key,
                    about=identifier,
                    as_at=as_at,
                    text=_text(row.progress),
                    spans=line_spans(doc, progress_lines),
                )
            )
