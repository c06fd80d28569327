"""What a later inspection's findings say of an earlier recommendation's concerns, and when a recommendation to a
body since abolished lapses."""

from __future__ import annotations

import math
import re
from datetime import date

from findings.link.previous import content_words
from findings.model import Assessment, Finding, ItemRef, Mention, Recommendation, StatusAssessment


def from_findings(ref: ItemRef, later: Assessment, mention: Mention, cues: dict, asked: str = "") -> list[StatusAssessment]:
    """What a later inspection's strengths and weaknesses on the recommendation's concerns (`asked`, its words) say:
    improved (mostly strengths), persisting (mostly weaknesses), or nothing settled (too few, or mixed)."""
    rules = cues["later_findings"]
    found = _distinct(mention.findings)
    least = rules["minimum_findings"]  # by the later assessment's kind; the strictest for another kind
    confidence = cues["confidence"]["later_findings"]
    if later.stands_from() is None:
        return []
    if len(found) < least.get(later.kind, max(least.values())):
        if not _single_clear(found, later, rules["single_finding"], asked):
            return []
        confidence = rules["single_finding"]["confidence"]  # one sentence: surer than none, less than several
    strengths = math.fsum(share for share, f in found if f.polarity == "Strength")
    total = math.fsum(share for share, _ in found)
    strong = sum(1 for _, f in found if f.polarity == "Strength")
    counted = f"{_count(strong, 'strength')}, {_count(len(found) - strong, 'weakness')}"
    if strengths / total >= rules["verified_share"]:
        status, polarity, assurance, closure, basis = "IndependentlyVerified", "Strength", "Verified", "Implemented", "confirm it"
    elif (total - strengths) / total > rules["unresolved_share"]:  # an even split settles nothing
        status, polarity, assurance, closure, basis = "Recurred", "Weakness", "OutcomeNotMet", None, "find it persists"
    else:
        return []
    quoted = [f for _, f in found if f.polarity == polarity][: rules["quoted"]]
    against = next((f for _, f in found if f.polarity != polarity), None)  # the best match that says otherwise
    weight = strengths if polarity == "Strength" else total - strengths
    mixed = ""  # mixed findings: how the weights came out, and the best match on the other side
    if against is not None:
        side = "strengths" if polarity == "Strength" else "weaknesses"
        mixed = f"; {side} {round(100 * weight / total)}% of the weight, each weighed by how much of them it names"
    said = f"{later.label}'s findings on its concerns ({counted}{mixed}) {basis}"
    if len(found) < least.get(later.kind, max(least.values())):
        said += " (one finding, on all its concerns and in its own words)"
    if sum(1 for _, f in found if f.polarity == polarity) > len(quoted):  # '6 strengths' beside five quotes
        said += f" (the {len(quoted)} that match it best are the evidence)"
    if against is not None:
        said += f"; the closest that says otherwise ({_where(against)}): “{' '.join(against.text.split())}”"
    return [
        StatusAssessment(
            ref,
            later.stands_from(),
            status,
            confidence,
            [f.spans[0] for f in quoted],
            said,
            assurance=assurance,
            closure=closure,
            derived_from=[ItemRef("finding", f.assessment, f.identifier) for f in quoted],
        )
    ]


def _distinct(found: list[tuple[float, Finding]]) -> list[tuple[float, Finding]]:
    """Each finding's words counted once: two copies of one letter (its PDF and its web page) say one thing, not two."""
    seen: set[str] = set()
    out = []
    for share, finding in found:
        words = " ".join(finding.text.split()).casefold()
        if words not in seen:
            seen.add(words)
            out.append((share, finding))
    return out


def _single_clear(found: list[tuple[float, Finding]], later: Assessment, rule: dict, asked: str) -> bool:
    """Is the one finding of a later assessment that needs more (a peer review's) a clear word of improvement on the
    very concern: a strength naming all of its concerns near its head and every distinctive word of what the
    recommendation is about ('return home interviews' of 'The quality of return home interviews for children who go
    missing, …'; status.json later_findings.single_finding)?"""
    if later.kind not in rule["kinds"] or len(found) != 1:
        return False
    share, finding = found[0]
    subject = content_words(_subject(asked, rule))
    return (
        finding.polarity == "Strength"
        and share >= rule["minimum_share"]
        and len(subject) >= rule["minimum_subject_words"]
        and subject <= content_words(finding.text)
    )


def _subject(asked: str, rule: dict) -> str:
    """What a recommendation is about: its words after what it asks of it ('Ensure that', 'The quality of') and before
    whom or what for ('for children who …', ', and the use …'; 'subject_lead', 'subject_end')."""
    text = re.sub(rule["subject_lead"], "", " ".join(asked.split()), count=1)
    return re.split(rule["subject_end"], text, maxsplit=1)[0]


def lapsed(
    ref: ItemRef, rec: Recommendation, assessment: Assessment, rule: dict, before: list[StatusAssessment], order: list[str]
) -> list[StatusAssessment]:
    """A recommendation to a body since abolished (a safeguarding board's review; one addressed to a primary care
    trust) lapses on the day it ended, unless it was done by then (its status the day before is a 'settled' one);
    later evidence outranks it, as any status."""
    ended, why = _ended(rec, assessment, rule)
    if ended is None:
        return []
    return lapse_on(ref, rec, assessment, ended, why, rule["confidence"], set(rule["settled"]), before, order)


def lapse_on(
    ref: ItemRef,
    rec: Recommendation,
    assessment: Assessment,
    day: date,
    why: str,
    confidence: float,
    settled: set[str],
    before: list[StatusAssessment],
    order: list[str],
) -> list[StatusAssessment]:
    """The recommendation lapsed on `day` for `why`: none when it was raised on or after it, or its status the day
    before is a `settled` one (done by then)."""
    if assessment.stands_from() >= day:
        return []
    earlier = sorted((s for s in before if s.as_of < day), key=lambda s: (s.as_of, order.index(s.status)))
    if earlier and earlier[-1].status in settled:
        return []
    return [StatusAssessment(ref, day, "Lapsed", confidence, rec.spans[:1], why, closure="NoLongerApplicable")]


def _ended(rec: Recommendation, assessment: Assessment, rule: dict) -> tuple[date | None, str]:
    """(the day the body a recommendation is to ended, why), by its assessment's kind, its whole addressee, or the
    body whose own work it asks the council to ensure ('Ensure that the LSCB evaluates …': a body's 'asked_of', matched
    at the text's start) (status.json lapsed.bodies); (None, '') for a body that still stands."""
    if assessment.kind in rule["kinds"]:
        return date.fromisoformat(rule["on"]), rule["why"]
    for body in rule.get("bodies", []):
        addressed = rec.addressed_to and re.fullmatch(body["addressed_to"], " ".join(rec.addressed_to.split()))
        if addressed or ("asked_of" in body and re.match(body["asked_of"], " ".join(rec.text.split()))):
            return date.fromisoformat(body["on"]), body["why"]
    return None, ""


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}es" if noun.endswith("ss") else f"{n} {noun}s"


def _where(finding: Finding) -> str:
    """Where a reader finds a finding: 'page 9, paragraph 23' ('p23-3' read as page 23 in a 14-page report)."""
    page = next((span.page for span in finding.spans if span.page), None)
    where = [f"page {page}"] if page else []
    if finding.paragraph:
        where.append(f"paragraph {finding.paragraph}")
    return ", ".join(where) or finding.identifier
