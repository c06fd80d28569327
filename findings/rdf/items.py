"""The items of every document as triples: recommendations, findings, key lines of enquiry, judgements, actions and
progress updates, each with the spans it came from (GraphWriter.extracted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from findings.extract.context import slug
from findings.extract.lexicons import load_json
from findings.rdf.triples import literal
from findings.rdf.vocabulary import DCTERMS, FO, RDF, RDFS, SKOS, date_literal

if TYPE_CHECKING:
    from findings.rdf.writer import GraphWriter

GRADES = "lexicons/grades.json"


def recommendations(w: GraphWriter) -> None:
    """Each recommendation (and a meeting's resolution, a peer review's recommendation) with its dates, addressee and slips."""
    for r in w.x.recommendations:
        node = w.iris.recommendation(r.assessment, r.identifier, r.kind)
        w.add(node, RDF.type, getattr(FO, r.kind))
        w.add(node, FO.identifier, literal(r.identifier))
        w.add(node, FO.text, literal(r.text))
        if r.kloe:
            w.add(node, FO.underKLOE, w.iris.kloe(r.assessment, r.kloe))
        w.add(node, FO.madeIn, w.iris.assessment(r.assessment))
        w.optional(
            node,
            {
                FO.timescale: r.timescale,
                FO.dueBy: r.due_by,
                FO.addressedTo: r.addressed_to,
                FO.scope: r.scope,
                FO.knownFrom: r.known_from,
                FO.minute: r.minute,
                FO.logReference: r.log_reference,
            },
        )
        for when, span in r.slips:  # a logged action re-planned: as an action's (findings.link.slips)
            w.add(node, FO.dueBySlipped, date_literal(when))
            w.replan(node, when, span)
        w.extracted(node, r.spans, described=True)


def findings(w: GraphWriter) -> None:
    """Each finding with its polarity, what it underpins ('(Recommendation)' paragraphs) and the paragraphs it cites."""
    by_paragraph: dict[tuple[str, str], list[str]] = {}
    asked = {(r.assessment, r.identifier): r for r in w.x.recommendations}
    for f in w.x.findings:
        node = w.iris.finding(f.assessment, f.identifier)
        by_paragraph.setdefault((f.assessment, f.paragraph or ""), []).append(node)
        w.add(node, RDF.type, FO.Finding)
        w.add(node, FO.identifier, literal(f.identifier))
        w.add(node, FO.text, literal(f.text))
        w.add(node, FO.polarity, getattr(FO, f.polarity))
        w.add(node, FO.madeIn, w.iris.assessment(f.assessment))
        w.optional(node, {FO.paragraph: f.paragraph, FO.scope: f.scope})
        if f.kloe:
            w.add(node, FO.underKLOE, w.iris.kloe(f.assessment, f.kloe))
        for assessment, identifier, score in f.underpins:
            target = w.iris.recommendation(assessment, identifier)
            w.add(node, FO.underpins, target)
            w.qualified(
                f"{node}/link/underpins",
                node,
                target,
                FO.underpins,
                score,
                "paragraph marked '(Recommendation)'; distinctive words shared",
                f.spans[:1] + (asked[(assessment, identifier)].spans[:1] if (assessment, identifier) in asked else []),
            )
        w.extracted(node, f.spans, described=True)
    for f in w.x.findings:
        for cited in f.cites:
            for target in by_paragraph.get((f.assessment, cited), []):
                w.add(w.iris.finding(f.assessment, f.identifier), FO.refersTo, target)


def kloes(w: GraphWriter) -> None:
    """Each key line of enquiry of a peer review."""
    for k in w.x.kloes:
        node = w.iris.kloe(k.assessment, k.identifier)
        w.add(node, RDF.type, FO.KeyLineOfEnquiry)
        w.add(node, FO.identifier, literal(k.identifier))
        w.add(node, DCTERMS.title, literal(k.title))
        w.add(node, FO.partOf, w.iris.assessment(k.assessment))
        w.extracted(node, k.spans, described=True)


def judgements(w: GraphWriter) -> None:
    """Each judgement with its grade and its area, a concept of the judgement areas' scheme (grades.json's names)."""
    for j in w.x.judgements:
        label = slug(j.key or j.area)
        scope = slug(j.scope) if j.scope != "Judgements" else ""  # a section the area's own name ends says once
        node = w.iris.judgement(j.assessment, f"{scope}-{label}" if scope and not f"-{scope}".endswith(f"-{label}") else label)
        area = w.iris.concept("judgement-area", label)
        w.add(area, RDF.type, SKOS.Concept)
        w.add(area, SKOS.inScheme, FO.JudgementAreas)
        named = load_json(GRADES)["area_labels"].get(j.key or "")  # the key's name; each wording an altLabel
        w.add(area, SKOS.prefLabel, literal(named or (j.key.replace("_", " ") if j.key else j.area)))
        if named and " ".join(j.area.split()) != named:
            w.add(area, SKOS.altLabel, literal(" ".join(j.area.split())))
        w.add(node, RDF.type, FO.Judgement)
        w.add(node, FO.judgementArea, area)
        w.add(node, RDFS.label, literal(j.area))
        w.add(node, FO.scope, literal(j.scope))
        w.add(node, FO.madeIn, w.iris.assessment(j.assessment))
        if j.grade:
            w.add(node, FO.grade, getattr(FO, j.grade))
        if j.known_from:
            w.add(node, FO.knownFrom, literal(j.known_from))
        w.extracted(node, j.spans, described=True)


def actions(w: GraphWriter) -> None:
    """Each action of a plan with what it responds to, its lead, dates and the slips of its due date."""
    for a in w.x.actions:
        node = w.iris.action(a.assessment, a.identifier)
        w.add(node, RDF.type, FO.Action)
        w.add(node, FO.identifier, literal(a.identifier))
        w.add(node, FO.respondsTo, w.iris.recommendation(a.assessment, a.responds_to))
        w.optional(
            node,
            {
                FO.text: a.text,
                FO.lead: a.lead,
                FO.timescale: a.timescale,
                FO.dueBy: a.due_by,
                FO.dateDoubt: a.date_doubt,
                FO.intendedOutcome: a.outcome,
                FO.priority: a.priority,
                FO.reference: a.reference,
            },
        )
        for when, span in a.slips:  # one span a date: the words that first said it (findings.link.slips)
            w.add(node, FO.dueBySlipped, date_literal(when))
            w.replan(node, when, span)
        w.extracted(node, a.spans, described=True)


def updates(w: GraphWriter) -> None:
    """Each progress update with what it is about, what its words indicate and the spans a status may rest on."""
    named: dict[str, int] = {}
    kinds = {(r.assessment, r.identifier): r.kind for r in w.x.recommendations}  # a request's is a Resolution
    for u in w.x.updates:
        stamp = u.as_at.isoformat() if u.as_at else "undated"
        if u.about_kind == "recommendation":
            target = w.iris.recommendation(u.assessment, u.about, kinds.get((u.assessment, u.about), "Recommendation"))
        else:
            target = w.iris.action(u.assessment, u.about)
        node = f"{target}/update/{u.source}-{stamp}"
        named[node] = n = named.get(node, 0) + 1
        if n > 1:  # two plans word one action's update on one date differently (a draft and the final): two nodes
            node = f"{node}-{n}"
        w.add(node, RDF.type, FO.ProgressUpdate)
        for span in u.spans:  # a status resting on these words rests on this update (findings.status)
            w.update_of.setdefault(span, node)
        w.add(node, FO.about, target)
        if u.score is not None:
            w.qualified(f"{node}/link", node, target, FO.about, u.score, u.method or "", u.spans)
        w.add(node, FO.text, literal(u.text))
        if u.indicates:  # what the council's words say of the item (status.json's cues)
            w.add(node, FO.indicates, getattr(FO, u.indicates))
        if u.as_at:
            w.add(node, DCTERMS.date, date_literal(u.as_at))
        for measure in u.measures:
            w.add(node, FO.measure, literal(measure))
        w.extracted(node, u.spans, described=True)  # the documents its progress review is described in
