"""Progress reviews: each dated report of a council's progress (an action plan's progress column, an update to a
panel) is an occasion of its own, a fo:ProgressReview, so an analyst can ask what each review said.

One review per council and date: the council's own updates dated that day (not a later inspection's word on the
last one, nor a meeting's in its minutes, whose occasion is the meeting; an outside reporter's, such as an improvement
adviser's letter, make a review of their own), in whichever
documents carry them. Its updates stay about their items; the review is described in the
documents that hold them, dated by their as-at date.
"""

from __future__ import annotations

from findings.extract.context import slug
from findings.model import MINUTES_SOURCE as MINUTES
from findings.model import Assessment, Extraction


def progress_reviews(out: Extraction) -> None:
    """Add a ProgressReview assessment for every council and date the council's own updates are dated."""
    reviews: dict[str, Assessment] = {}
    for update in out.updates:
        item = out.assessments.get(update.assessment)
        if update.score is not None or update.as_at is None or item is None or not update.spans:
            continue  # a later inspection's word, an undated update, or an item no assessment holds
        if update.source.startswith(MINUTES):
            continue  # a meeting's word in its minutes: the meeting (fo:Meeting) is that occasion already
        by = update.reporter  # an outside reporter's review is its own, whatever the council reported that day
        key = f"{item.org.key}/progress-review-{update.as_at.isoformat()}" + (f"-{slug(by.removeprefix('the '))}" if by else "")
        review = reviews.get(key)
        if review is None:
            label = f"Progress review{f' by {by}' if by else ''}, {update.as_at:%-d %B %Y}"
            review = reviews[key] = Assessment(key=key, kind="ProgressReview", org=item.org, label=label)
            review.date = update.as_at
            review.date_source = f"the as-at date of {by or 'the council'}'s progress updates"
            review.team = by  # who reported it, when not the council
        review.documents |= {span.doc for span in update.spans}
    for key, review in sorted(reviews.items()):
        out.assessments.setdefault(key, review)
