"""What later inspections found about the concerns of an earlier inspection's recommendations.

A later report rarely names the recommendations of the last one; it describes practice, sentence by sentence, as a
strength or a weakness. A finding of a later inspection of the same council (or of a peer review of its work since
the last inspection) speaks of an earlier recommendation when it names enough of the recommendation's concerns
(ontology/themes.ttl), each weighed by how rarely the later report's findings name it (a concern the report names
everywhere, 'plans', tells little) and by how near the recommendation's head it is named; a concern of one group of
children counts only from a finding in a section on that group, or one that names the group; the oversight of a
group ('all foster carers receive regular supervision') only from a finding that says the oversight, or names more
of the recommendation's concerns than the group. A finding a contrastive conjunction splits ('…, although …') says
of it what its clauses on the recommendation's concerns say (findings/link/clauses.py); one that repeats no word of
what the recommendation asks speaks of the theme only (findings/link/asks.py). The status rules weigh what
those findings say (findings/status/later.py). Never across councils; never forward in time.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import replace

from findings.extract.areas import area_key
from findings.extract.lexicons import load_json
from findings.link.asks import asked_of_it, meets
from findings.link.clauses import said_of
from findings.link.compared import earlier_inspections, over_before
from findings.link.covers import kinds_of, named_apart
from findings.link.parts import without_examples
from findings.link.previous import content_words
from findings.link.themes import (
    concerns_named,
    for_a_group,
    head_weights,
    lexicon_concepts,
    most_specific,
    named_themes,
    oversight_of_a_group,
    says,
    themes_above,
)
from findings.model import BOARD_KEY, Assessment, Extraction, Finding, ItemRef, Mention

LEXICON = "lexicons/linking.json"


def in_its_section(finding: Finding, bound: dict[str, list[str]]) -> set[str]:
    """The concerns `finding` names, less those of a group of children it names only in a section on others
    (`bound`: a group's theme IRI → the report sections on it; linking.json, later_findings.section_bound)."""
    named = named_themes(finding.text)
    area = area_key(finding.scope or "")
    if area is None:
        return named
    kept = set()
    for concern in named:
        group = next((g for g in (concern, *themes_above(concern)) if g in bound), None)
        if group is None or area in bound[group] or says(finding.text, group):
            kept.add(concern)
    return kept


def link_mentions(out: Extraction) -> None:
    """Fill out.mentions: for each recommendation of an inspection and each later inspection of the same council,
    the later findings that name enough of its concerns, best first."""
    rules = load_json(LEXICON)["later_findings"]
    pairs = later_and_earlier(out)
    findings: dict[str, list[tuple[Finding, set[str]]]] = {later.key: [] for later, _ in pairs}
    sections = {name: v for name, v in rules["section_bound"].items() if name != "description"}
    bound = {iri: sections[name] for iri, name in lexicon_concepts(sections).items()}
    for finding in out.findings:
        if finding.assessment in findings:
            findings[finding.assessment].append((finding, in_its_section(finding, bound)))
    recs = defaultdict(list)  # each earlier recommendation with its concerns, read once however many later reports
    shape = (rules["later_named"]["slope"], rules["later_named"]["floor"])
    group_rule = dict(load_json(LEXICON)["recurrence"]["for_a_group"])
    parts_rule = load_json(LEXICON)["recurrence"]["parts"]
    covered, kinds = kinds_of(load_json(LEXICON)["recurrence"]["covers"])
    aside = set(group_rule.get("not_in_later_findings", []))  # a later report on the group speaks of them all the same
    group_rule["functions"] = [f for f in group_rule["functions"] if f not in aside]
    for rec in out.recommendations:
        if rec.kind == "Recommendation":
            read = most_specific(head_weights(rec.text, shape))
            concerns = for_a_group(read, group_rule)  # concern → how near its head
            recs[rec.assessment].append((rec, concerns, oversight_of_a_group(rec.text, read, group_rule)))
    read: dict[int, tuple[set[str], set[str]]] = {}

    def oversight(finding: Finding, theirs: set[str]) -> tuple[set[str], set[str]]:
        """The oversight of a group a finding speaks of (`oversight_of_a_group`), read once per finding."""
        if id(finding) not in read:
            read[id(finding)] = oversight_of_a_group(finding.text, dict.fromkeys(theirs, 1.0), group_rule)
        return read[id(finding)]

    heads: dict[int, dict[str, float]] = {}
    full = rules["finding_named_full"]["credit"]

    def finding_heads(finding: Finding) -> dict[str, float]:
        """How near its head a finding names each concern (`head_weights`), read once per finding."""
        if id(finding) not in heads:
            heads[id(finding)] = head_weights(finding.text, shape)
        return heads[id(finding)]

    texts = {doc.sha256: doc.text for doc in out.documents}
    turns = {key: turning(said, rules["turns_on_last"]["openings"], texts) for key, said in findings.items()}
    elliptical = {key: _found_as_asked_after(said) for key, said in findings.items()}
    mentions = []
    for later, earliers in pairs:
        said = findings[later.key]
        if not said:
            continue
        named = Counter(concern for _, concerns in said for concern in concerns)
        for earlier in earliers:
            for rec, concerns, (functions, groups) in recs.get(earlier.key, []):
                if not concerns:
                    continue
                ask = asked_of_it(rec.text, rules["meets_the_ask"])
                asked_of = {g for g in groups if says(without_examples(rec.text, parts_rule), g)}  # not only an example's
                weight = {c: concerns[c] * math.log(1 + len(said) / (named[c] or 0.5)) for c in concerns}
                whole = math.fsum(weight[c] for c in sorted(concerns))
                shares: dict[int, float] = {}
                mine = set(concerns)
                for finding, theirs in said:
                    common = mine & theirs  # most findings share nothing: the kinds apart are weighed only where some
                    shared = sorted(common - named_apart(concerns, theirs, kinds, covered)) if common else []
                    if not shared or not meets(finding.text, ask, rules["meets_the_ask"]):
                        continue  # nothing in common, or the theme only and no word of what it asks: no word on it
                    if not concerns_named(dict.fromkeys(shared)) and concerns_named(concerns):
                        continue  # only a broad theme, whom or what area it is about, where the item asks a concern
                        # ('care leavers' of '… a written summary of their health history': a word on their pathway plans)
                    if groups and set(shared) <= groups and not any(says(finding.text, f) for f in functions):
                        continue  # the oversight of a group of children: a word on the group alone is not on it
                    if asked_of and not set(shared) & groups:
                        continue  # nor a word on the oversight alone, of others ('… acted on by frontline managers')
                    if not groups and _only_oversight(oversight(finding, theirs), shared):
                        continue  # oversight in general: not a word on a group's ('foster carers … supervision')
                    placed = finding_heads(finding)  # a concern the finding names late counts less (finding_named_full)
                    shares[id(finding)] = math.fsum(weight[c] * min(1.0, placed.get(c, full) / full) for c in shared) / whole
                for finding, last in turns[later.key]:  # 'However, …' speaks of what the sentence before it did
                    if id(last) in shares:
                        shares[id(finding)] = max(shares.get(id(finding), 0.0), shares[id(last)])
                ref = (rec.assessment, rec.identifier)
                for finding, last in elliptical[later.key]:  # 'Targets are specific.': found as this one asked, on
                    if ref in finding.as_asked and id(last) in shares:  # what the sentence before it spoke of
                        shares[id(finding)] = max(shares.get(id(finding), 0.0), shares[id(last)])
                least = rules["minimum_share"]
                found = [  # most recommendations have no share in any finding: the findings are not walked again
                    (round(shares[id(f)], 3), _as_said_of(f, mine, rec.text))
                    for f, _ in (said if shares else ())
                    if shares.get(id(f), 0.0) >= least
                ]
                if found:
                    found.sort(key=lambda f: (-f[0], f[1].identifier))
                    item = ItemRef("recommendation", rec.assessment, rec.identifier)
                    mentions.append(Mention(item, later.key, found))
    out.mentions = mentions


def _as_said_of(finding: Finding, concerns: set[str], asked: str) -> Finding:
    """The finding as it speaks of a recommendation (its `concerns`, its text `asked`): of the polarity of its clauses
    that speak of it where a contrastive conjunction splits it (findings/link/clauses.py), a copy where that differs."""
    polarity = said_of(finding.text, finding.polarity, concerns, content_words(asked), finding.clause_polarities)
    return finding if polarity == finding.polarity else replace(finding, polarity=polarity)


def later_and_earlier(out: Extraction) -> list[tuple[Assessment, list[Assessment]]]:
    """Each inspection or peer review with the earlier assessments of the same council whose recommendations its
    findings may speak of (earlier inspections; for an inspection, the peer reviews over before it too), by key; a
    council's first report is nobody's later one."""
    inspections = [a for a in out.assessments.values() if a.kind == "Inspection" and not a.org.key.endswith(BOARD_KEY)]
    reviews = [a for a in out.assessments.values() if a.kind == "PeerReview"]
    pairs = [
        (
            later,
            earlier_inspections(later, (a for a in inspections if a.org.key == later.org.key)) + reviewed_before(later, reviews),
        )
        for later in sorted(inspections + reviews, key=lambda a: a.key)
    ]
    return [(later, earlier) for later, earlier in pairs if earlier]


def reviewed_before(later: Assessment, reviews: list[Assessment]) -> list[Assessment]:
    """The peer reviews of the council over before an inspection began, oldest first: what the inspection finds on
    a review's recommendation speaks of it as of an inspection's (unseen tester helper-220: a review's call to
    prioritise life-story work, found improved by the next inspection, stayed open)."""
    if later.kind != "Inspection":
        return []
    before = (r for r in reviews if r.org.key == later.org.key and over_before(r, later))
    return sorted(before, key=lambda a: (a.ended or a.issued or a.date, a.key))


def turning(said: list[tuple[Finding, set[str]]], openings: list[str], texts: dict[str, str]) -> list[tuple[Finding, Finding]]:
    """(finding, the finding right before it) for each finding, with the concerns it names, that opens by turning on
    the sentence before ('However, …'; linking.json, later_findings.turns_on_last), that sentence a finding of the same
    paragraph with only spaces and one line break between (`texts`: each document's text; a description between, a
    blank line or a paragraph's number, and it turns on something else), and names no concern of its own ('However,
    the quality of front door services …' speaks of the front door), in the document's order."""
    alternatives = "|".join(re.escape(o) for o in openings)
    pattern = re.compile(rf"(?:{alternatives})\b", re.IGNORECASE)
    ordered = sorted((pair for pair in said if pair[0].spans), key=lambda pair: (pair[0].spans[0].doc, pair[0].spans[0].start))
    return [
        (finding, last)
        for (last, before), (finding, named) in zip(ordered, ordered[1:], strict=False)
        if pattern.match(finding.text)
        and finding.paragraph == last.paragraph
        and finding.scope == last.scope
        and finding.spans[0].doc == last.spans[0].doc
        and _next_to(texts.get(last.spans[-1].doc, ""), last.spans[-1].end, finding.spans[0].start)
        and named <= before | {above for concern in before for above in themes_above(concern)}
    ]


def _found_as_asked_after(said: list[tuple[Finding, set[str]]]) -> list[tuple[Finding, Finding]]:
    """(finding, the finding right before it in its paragraph) for each finding that finds what a recommendation asked
    for (Finding.as_asked, findings/link/as_asked.py) and names none of the concerns: it speaks of what that one did."""
    at = {f.identifier: f for f, _ in said}
    out = []
    for finding, named in said:
        name, _, n = finding.identifier.rpartition("-")
        if finding.as_asked and not named and n.isdigit() and (last := at.get(f"{name}-{int(n) - 1}")) is not None:
            out.append((finding, last))
    return out


def _next_to(text: str, end: int, start: int) -> bool:
    """Does a sentence starting at `start` follow one ending at `end` with nothing but spaces and at most one line
    break between?"""
    gap = text[end:start]
    return end <= start and not gap.strip() and gap.count("\n") <= 1


def _only_oversight(read: tuple[set[str], set[str]], shared: list[str]) -> bool:
    """Does a finding that speaks of the oversight of a group of children (or of foster carers), `read` by
    `oversight_of_a_group`, share with an item on that oversight in general only the oversight: 'Foster carers do not
    always receive regular supervision' says nothing of social workers' supervision (linking.json,
    recurrence.for_a_group; tester helper-183)?"""
    functions, groups = read
    return bool(groups) and not set(shared) - set(functions) - {t for f in functions for t in themes_above(f)}
