"""The corpus stage: per-document extractions become one, and items are linked across documents and years."""

from __future__ import annotations

from findings.extract.visits import first_hand
from findings.link.as_asked import find_as_asked
from findings.link.asked_twice import merge_discussed_requests
from findings.link.basis import link_basis
from findings.link.copies import one_reading
from findings.link.distinct import (
    dated_but_quoting_another,
    dated_by_publication,
    distinct_inspections,
    labelled_apart,
    named_by_year,
    published_early_in_the_year,
    undated_by_date,
    undated_by_quotes,
    unnamed_regulator,
    visit_by_month,
    visit_lists,
)
from findings.link.fulfils import link_requests
from findings.link.in_words import credit_actions
from findings.link.later import link_mentions
from findings.link.logged import merge_logged, merge_logged_requests
from findings.link.numbered import resolve_numbered
from findings.link.orphans import leave_out_empty_inspections, leave_out_restatements, leave_out_unanswered
from findings.link.paper_numbers import align_paper_updates
from findings.link.previous import link_previous
from findings.link.recurs import link_across_years
from findings.link.reviews import progress_reviews
from findings.link.same import align_numbering, merge_recommendations, merge_updates
from findings.link.sections import councils_by_section
from findings.link.several import councils_for_several
from findings.link.slips import merge_restated_actions, merge_restated_rows, slips_from_updates
from findings.link.titled import resolve_titled
from findings.link.undated import name_undated
from findings.link.unnamed import councils_for_unnamed
from findings.link.unregistered import name_unregistered
from findings.model import Extraction, Judgement


def link_corpus(parts: list[Extraction]) -> Extraction:
    """Combine per-document extractions into the corpus: one assessment per key (documents and spans united), one
    node per recommendation however many documents state it, then every link across documents and years."""
    out = join_documents(parts)
    link_basis(out)
    ready_for_later(out)
    link_later(out)
    credit_actions(out)  # an action's work told in its own words in its recommendation's update: its word too
    return out


def join_documents(parts: list[Extraction]) -> Extraction:
    """The extractions as one: every item once, with its assessment, numbering and earlier inspection settled."""
    out = Extraction()
    out.notes += councils_for_unnamed(parts)
    out.notes += councils_by_section(parts)  # a joint paper's sections: each council's items its own inspection's
    out.notes += councils_for_several(parts)
    distinct_inspections(parts)
    unnamed_regulator(parts)
    dated_by_publication(parts)
    published_early_in_the_year(parts)
    named_by_year(parts)
    dated_but_quoting_another(parts)
    undated_by_quotes(parts)
    undated_by_date(parts)
    visit_by_month(parts)
    visit_lists(parts)
    for part in sorted(parts, key=lambda p: not any(first_hand(d.kinds) for d in p.documents)):
        for key, assessment in part.assessments.items():  # the report's own label and facts before a paper's word
            if key in out.assessments:
                out.assessments[key].take_missing(assessment)
            else:
                out.assessments[key] = assessment
    for part in parts:
        out.documents += part.documents
        out.recommendations += part.recommendations
        out.judgements += part.judgements
        out.kloes += part.kloes
        out.findings += part.findings
        out.plain += part.plain
        out.actions += part.actions
        out.updates += part.updates
        out.notes += part.notes  # what a reader found but could not read ('an action log's heading row …')
    labelled_apart(out)
    reports = {d.sha256 for d in out.documents if first_hand(d.kinds)}
    out.notes += one_reading(out)  # copies of one report that list its recommendations differently: one reading
    align_numbering(out.recommendations, out.actions, out.updates, reports)
    align_paper_updates(out.recommendations, out.updates, reports)  # minutes numbering the report's list 1, 2 …
    merge_logged(out)  # a logged action's later rows: the same resolution, merged with it below
    merge_restated_rows(out)  # a later log's later due date for a logged action: a re-plan (before it joins a request)
    merge_discussed_requests(out)  # members asking for a paper and the same minute's resolution asking for it: one ask
    merge_logged_requests(out)  # a request made in discussion and the log's row recording it: one ask
    out.recommendations = merge_recommendations(out.recommendations, out.documents)
    out.notes += resolve_titled(out)  # a paragraph naming its recommendation by subject: which one, or left out
    out.notes += resolve_numbered(out)  # minutes naming an action by number under a subject title: whose, or left out
    merge_restated_actions(out)
    out.updates = merge_updates(out.updates)
    out.notes += leave_out_restatements(out)  # a plan's list of the recommendations over its table: no progress
    out.notes += leave_out_unanswered(out)  # before the reviews, so no review is dated by an update left out
    out.notes += leave_out_empty_inspections(out)  # named by a paper, undated, and nothing of it left
    out.notes += name_unregistered(out)  # a council the register does not know: an identity of its own, said
    progress_reviews(out)
    out.judgements = _merge_judgements(out.judgements)
    link_previous(out)
    out.updates = merge_updates(out.updates)  # a report given twice (its PDF and a text copy): one update per finding
    find_as_asked(out)  # a later report's plain word that what a recommendation asked for is so: a strength
    out.notes += name_undated(out)  # a paper's updates nothing dates: no status rests on them, said
    return out


def ready_for_later(out: Extraction) -> None:
    """What `link_later` reads of the joined items and `join_documents` leaves unsaid: where an inspection's
    recommendations were read from, and the slips of the actions their updates re-plan (neither reads nor changes what
    `link_basis` does, so a build may run them beside it: findings.link.beside)."""
    _second_hand(out)
    slips_from_updates(out)


def link_later(out: Extraction) -> None:
    """What later documents say of earlier items: recurrences and answered requests (out.links, and out.themes on the
    way), and the later findings on earlier recommendations' concerns (out.mentions). Reads no finding's `underpins`."""
    out.links = sorted(link_across_years(out) + link_requests(out), key=lambda link: (link.source, link.target))
    link_mentions(out)


def _second_hand(out: Extraction) -> None:
    """An inspection's recommendations read only from the council's own papers say so (fo:knownFrom)."""
    reports = {d.sha256 for d in out.documents if first_hand(d.kinds)}
    for rec in out.recommendations:
        assessment = out.assessments.get(rec.assessment)
        if (
            rec.kind == "Recommendation"
            and assessment is not None
            and assessment.kind == "Inspection"
            and not any(s.doc in reports for s in rec.spans)
        ):
            paths = sorted({d.path for d in out.documents if any(s.doc == d.sha256 for s in rec.spans)})
            rec.known_from = f"restated in {', '.join(paths)}; the inspection report itself was not read"


def _merge_judgements(judgements: list[Judgement]) -> list[Judgement]:
    """One judgement per assessment, area and section: a later document's account adds its span to the report's row."""
    merged: dict[tuple[str, str, str], Judgement] = {}
    for j in judgements:
        twin = merged.get((j.assessment, j.key or j.area, j.scope))
        if twin is None:
            merged[(j.assessment, j.key or j.area, j.scope)] = j
            continue
        twin.spans = sorted(set(twin.spans) | set(j.spans))
        if j.known_from is None:  # the report's own row: its wording, and it is no longer second-hand
            twin.area, twin.grade, twin.known_from = j.area, j.grade, None
    return _second_hand_onto_own(list(merged.values()))


def _second_hand_onto_own(judgements: list[Judgement]) -> list[Judgement]:
    """A later document's account of a judgement joins the report's own row for that area when the report has
    exactly one, whatever section heading each puts it under ('Judgements' / 'The LSCB')."""
    own: dict[tuple[str, str], list[Judgement]] = {}
    for j in judgements:
        if j.known_from is None and j.key:
            own.setdefault((j.assessment, j.key), []).append(j)
    out = []
    for j in judgements:
        rows = own.get((j.assessment, j.key), []) if j.known_from is not None and j.key else []
        if len(rows) == 1:
            rows[0].spans = sorted(set(rows[0].spans) | set(j.spans))
            continue
        out.append(j)
    return out
