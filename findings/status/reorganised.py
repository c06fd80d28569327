"""A recommendation of a council since reorganised into new ones (authorities.json 'until', 'succeeds') lapses the day
after it ended, unless it was done by then or a successor raised it again: the council it asked no longer exists."""

from __future__ import annotations

from datetime import timedelta

from findings.extract.succession import ended, successors
from findings.model import Assessment, Extraction, ItemRef, Link, Recommendation, StatusAssessment
from findings.status.later import lapse_on


def council_lapsed(
    ref: ItemRef,
    rec: Recommendation,
    out: Extraction,
    rule: dict,
    before: list[StatusAssessment],
    order: list[str],
    recurred: dict[tuple[str, str], list[Link]],
) -> list[StatusAssessment]:
    """Lapsed on the first day without its council (status.json lapsed.councils, 'why' naming the successors), unless
    its status the day before is a settled one, it lapsed already, or a successor raised it again (`recurred`: the
    links raising each recommendation again); later evidence outranks the lapse, as any later status does."""
    assessment: Assessment = out.assessments[rec.assessment]
    rule_of_councils = rule.get("councils", {})
    last = ended(assessment.org)
    if last is None or not rule_of_councils.get("apply") or carried_on((rec.assessment, rec.identifier), out, recurred):
        return []
    heirs = [o.name for o in successors(assessment.org)]
    names = " and ".join(heirs) if len(heirs) < 3 else ", ".join(heirs[:-1]) + " and " + heirs[-1]
    why = rule_of_councils["why"].format(
        council=assessment.org.name, ended=f"{last.day} {last:%B %Y}", successors=names or rule_of_councils["no_successor"]
    )
    settled = set(rule["settled"]) | {"Lapsed"}  # closed already: by the council's word, or as a body's
    day = last + timedelta(days=1)
    return lapse_on(ref, rec, assessment, day, why, rule_of_councils["confidence"], settled, before, order)


def carried_on(key: tuple[str, str], out: Extraction, recurred: dict[tuple[str, str], list[Link]]) -> bool:
    """Did a successor of the recommendation's council raise it again, itself or a later recommendation that raised
    it again (the predecessor's own next report's)?"""
    heirs = {o.key for o in successors(out.assessments[key[0]].org)}
    seen, todo = {key}, [key]
    while todo:
        for link in recurred.get(todo.pop(), []):
            later = (link.source.assessment, link.source.identifier)
            if out.assessments[later[0]].org.key in heirs:
                return True
            if later not in seen:
                seen.add(later)
                todo.append(later)
    return False
