"""One document → its extraction: which kinds of paper it holds decides which extractors run."""

from __future__ import annotations

import re
from dataclasses import replace

from findings.extract.action_log import extract_action_logs
from findings.extract.agenda import extract_agenda, extract_meeting_paper
from findings.extract.annual_letter import extract_annual_letter
from findings.extract.clause_polarity import clause_polarities
from findings.extract.context import UNKNOWN_KEY, inspection_mention, organisation
from findings.extract.entities import measures
from findings.extract.keyed_lines import keyed_colours
from findings.extract.labelled_plan import extract_labelled_plan
from findings.extract.lexicons import prefiltered
from findings.extract.mentioned import register_mentioned, speaks_of_an_inspection
from findings.extract.minutes import cover_date, extract_minutes
from findings.extract.peer_review import extract_peer_review
from findings.extract.plan import extract_plan
from findings.extract.progress_report import extract_progress_report
from findings.extract.progress_table import extract_progress_tables
from findings.extract.report import embedded_reports, extract_report
from findings.extract.summary_list import extract_summary_lists
from findings.extract.table_plan import extract_table_plan
from findings.extract.titled_progress import extract_titled_progress
from findings.extract.tracker_sheet import extract_tracker
from findings.extract.unread_report import unknown_title
from findings.extract.visit_letter import extract_visit_letter
from findings.extract.visits import ANNUAL_KIND as ASSESSMENT_LETTER
from findings.extract.visits import KIND as VISIT_LETTER
from findings.model import Document, Extraction


def extract_document(doc: Document) -> Extraction:
    """Everything one document yields, and which kinds of paper it holds (an agenda pack holds several)."""
    part = Extraction(documents=[doc])
    kinds: list[str] = []
    if extract_report(doc, part):
        kinds.append("inspection report")
    elif extract_visit_letter(doc, part):  # a focused or monitoring visit's letter, known by its opening
        kinds.append(VISIT_LETTER)
    elif extract_annual_letter(doc, part):  # an annual children's services assessment letter, known by its opening
        kinds.append(ASSESSMENT_LETTER)
    elif extract_tracker(doc, part):  # a tracker this tool wrote, edited: only the edits are read
        kinds.append("tracker")
    else:
        read = [(s, e) for s, e in embedded_reports(doc) if extract_report(doc.part(s, e), part)]  # a pack's appendix
        kinds += ["inspection report"] if read else []  # the report whole, read as a report is
        if not read and (title := unknown_title(doc.text)):  # a report's title page in a title no framework knows
            part.notes.append(
                f"{doc.path}: opens as an inspection report's title page, but its title {title!r} is no framework's"
                " known title (extract/report_layout.json frameworks); its grades and recommendations are not read"
            )
        rest = _without(doc, read)  # the pack's own papers, the report's pages blank (every offset kept)
        steps = (
            ("action plan", extract_plan),
            ("action plan", extract_table_plan),
            ("action plan", extract_labelled_plan),
            ("progress report", extract_progress_report),
            ("progress report", extract_summary_lists),
            ("progress report", extract_progress_tables),
            ("minutes", extract_minutes),
            ("action log", extract_action_logs),  # after the minutes: a log belongs to the meeting they record
            ("peer review", extract_peer_review),
        )
        for kind, step in steps:
            if step(rest, part):
                kinds.append(kind)
        if "peer review" in kinds:
            _no_progress_in_reviews(part)
        if not kinds and extract_titled_progress(rest, part):  # recommendations named by subject, not number
            kinds.append("progress report")
        elif not kinds and _covers_an_inspection(rest):  # a covering report: 'inspected between 17 and 21 January
            register_mentioned(rest, part, 0, len(rest.text))  # 2022 …', no item of its own, answers that inspection
            rest.date = rest.date or cover_date(rest.text)  # and is dated by its cover ('Date of meeting: …')
        if extract_agenda(rest, part):  # an agenda's cover: the pack is the paper of the body's meeting that day, and
            kinds.append("agenda")  # dated by it, not by the last meeting's minutes or a report printed inside it
        elif not kinds and not part.assessments and extract_meeting_paper(rest, part):  # nothing else read: a paper
            kinds.append("meeting paper")  # of the body's meeting its cover names, as a report the body asked for is
        elif kinds == ["progress report"] and extract_meeting_paper(rest, part):  # a progress report the body asked for
            kinds.append("meeting paper")  # is its meeting's paper too, whether or not its inspection can be dated
        doc.date = rest.date  # the paper's own day, where a step read one
        keyed_colours(rest, part)  # 'R2 (…): Amber.' under the paper's 'Amber – on track': under way
    _figures(part)
    clause_polarities(part.findings)  # here, in the worker: the linker reads them without the polarity pipeline
    doc.kinds = sorted(set(kinds))
    return part


def _no_progress_in_reviews(part: Extraction) -> None:
    """A peer review's paragraphs are the independent team's words, never the council's own progress: an update a
    progress reader took from the stretch of the paper the review's KLOEs, findings and recommendations span (a
    paragraph naming 'Recommendation 2 of the Ofsted inspection') is dropped; the rest of a pack's papers keep theirs."""
    reviews = {key for key, assessment in part.assessments.items() if assessment.kind == "PeerReview"}
    stretches = []
    for key in reviews:
        spans = [s for item in (*part.kloes, *part.findings, *part.recommendations) if item.assessment == key for s in item.spans]
        if spans:
            stretches.append((min(s.start for s in spans), max(s.end for s in spans)))
    part.updates = [
        update
        for update in part.updates
        if not any(start <= s.start and s.end <= end for s in update.spans for start, end in stretches)
    ]


def _covers_an_inspection(doc: Document) -> bool:
    """Does a paper none of the readers claims answer an inspection of its council whose fieldwork it dates (a
    covering report presenting the plan)? Only a dated fieldwork and a council named: a sentence on when another
    report was published, or a report's own header the report reader could not date, answers nothing."""
    return (
        speaks_of_an_inspection(doc.text)
        and "ended" in inspection_mention(doc.text)
        and organisation(doc.text).key != UNKNOWN_KEY
    )


def _without(doc: Document, ranges: list[tuple[int, int]]) -> Document:
    """`doc` with the text of `ranges` blank (line and page breaks kept): the other extractors do not read a report
    printed inside it again, and every offset they give stays the file's."""
    if not ranges:
        return doc
    text = doc.text
    for start, end in ranges:
        text = text[:start] + re.sub(r"[^\n\f]", " ", text[start:end]) + text[end:]
    return replace(doc, text=text)


def _figures(part: Extraction) -> None:
    """The figures each progress update gives, and each finding that speaks of the last inspection (linking makes
    it evidence on that inspection's recommendations): read here, per document and cached, so linking needs no spaCy."""
    for update in part.updates:
        update.measures = measures(update.text)
    about_last = prefiltered("lexicons/linking.json", "previous_inspection")
    for finding in part.findings:
        finding.about_last = about_last.search(finding.text) is not None  # the linker's question, asked here
        if finding.about_last:
            finding.measures = measures(finding.text)
