"""The graph's lineage: each item's themes, the links across documents and years that are asserted (candidates wait
in the review queue, findings.review) and every dated status assessment with the evidence it rests on."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from findings.extract.lexicons import load_json
from findings.link.themes import scheme
from findings.model import StatusAssessment
from findings.rdf.triples import literal
from findings.rdf.vocabulary import DCTERMS, FO, PROV, RDF, RDFS, XSD_DECIMAL, date_literal
from findings.status.cues import LEXICON

if TYPE_CHECKING:
    from findings.rdf.writer import GraphWriter


@cache
def _tool_calls() -> frozenset[str]:
    """The statuses the tool calls itself from later findings or sentences (extract/lexicons/status.json, review)."""
    return frozenset(load_json(LEXICON)["review"]["tool_calls"])


def _unreviewed(st: StatusAssessment) -> bool:
    """A status the tool called itself that no person has accepted and that rests on no link (a later recommendation
    raising it again, fo:recurs: that call is reviewed as its link), as the review queue reads it (findings.review)."""
    return st.status in _tool_calls() and not st.decided_by and not st.via_link


def write_lineage(w: GraphWriter) -> None:
    """Themes, links across years (asserted ones only: candidates wait in the review queue) and statuses."""
    used: set[str] = set()
    for ref, concepts in sorted(w.x.themes.items()):
        for concept in concepts:
            w.add(w.iris.item(ref), FO.theme, concept)
            used.add(concept)
    if used:
        themes = scheme()
        for concept in sorted(used):
            for p, o in themes.predicate_objects(concept):
                w.add(concept, p, o)
    for link in w.x.links:
        if not link.asserted:
            continue
        source, target = w.iris.item(link.source), w.iris.item(link.target)
        prop = getattr(FO, link.kind)
        w.add(source, prop, target)
        node = w.iris.link(link.kind, link.source, link.target)
        w.qualified(node, source, target, prop, link.score, link.method, link.spans)
        if link.decided_by:  # a person's call, not the threshold's: attributed, apart from extracted facts
            attributed(w, node, link.decided_by, link.decided_on)
    seen: dict[tuple, int] = {}
    for st in w.x.statuses:
        n = seen[(st.item, st.as_of)] = seen.get((st.item, st.as_of), 0) + 1
        node = w.iris.status(st.item, st.as_of.isoformat(), n)
        item = w.iris.item(st.item)
        w.add(node, RDF.type, FO.StatusAssessment)
        w.add(node, FO.of, item)
        w.add(node, FO.status, getattr(FO, st.status))
        if st.held_back:  # recorded, never the summary: it stops holding on its own date
            w.held.append((node, st.as_of.isoformat()))
        else:
            w.statuses.append((node, item, st.as_of.isoformat(), st.status))
        w.add(node, FO.asOf, date_literal(st.as_of))
        w.add(node, FO.confidence, literal(round(st.confidence, 3), XSD_DECIMAL))
        if _unreviewed(st):  # the tool's own call no person has vouched for: below the review bar it awaits review
            w.add(node, FO.unreviewedConfidence, literal(round(st.confidence, 3), XSD_DECIMAL))
        w.add(node, RDFS.comment, literal(st.basis))
        for axis, value in (
            (FO.acceptance, st.acceptance),
            (FO.progress, st.progress),
            (FO.assurance, st.assurance),
            (FO.closureReason, st.closure),
        ):
            if value:
                w.add(node, axis, getattr(FO, value))
        # a later report's findings: the best-matched one's words the status's own (what an answer quotes for it;
        # the others rest on their findings, below); anything else rests on every span of its evidence
        for span in st.evidence[:1] if st.derived_from else st.evidence:
            w.add(node, PROV.wasDerivedFrom, w.span(span))
        for said in st.derived_from:  # the findings themselves, whose fo:madeIn says which assessment spoke
            w.add(node, PROV.wasDerivedFrom, w.iris.item(said))
        for moved, to in st.replans:  # the council re-planned an action that day: the slip (fo:Replan) it rests on
            w.add(node, PROV.wasDerivedFrom, f"{w.iris.item(moved)}/replan/{to.isoformat()}")
        for update in dict.fromkeys(w.update_of[s] for s in st.evidence if s in w.update_of):
            w.add(node, PROV.wasDerivedFrom, update)  # the council's updates it rests on, as ONTOLOGY.md says
        w.add(node, PROV.wasGeneratedBy, w.run)
        if st.decided_by:  # a status call a person accepted in review
            attributed(w, node, st.decided_by, st.decided_on)
        if st.current:
            w.add(item, FO.currentStatus, getattr(FO, st.status))


def attributed(w: GraphWriter, node: str, who: str, on: date | None) -> None:
    """A reviewer's decision (curation.json): the node attributed to a prov:Person, dated by the decision."""
    person = w.iris.person(who)
    w.add(node, PROV.wasAttributedTo, person)
    w.add(person, RDF.type, PROV.Person)
    w.add(person, RDFS.label, literal(who))
    if on:
        w.add(node, DCTERMS.date, date_literal(on))
