"""An action's work told in its own words within a council's word on its recommendation.

A progress table's row on a recommendation ('The refreshed threshold document was launched with partners in December
2019.') or a report's paragraph on it often says what was done of each action without the action's number. A clause
of such a word that holds a progress cue of its own (done, under way) and clearly describes one of the
recommendation's actions (more of that action's distinctive words than of any other's, some of them that action's
alone) is also a progress update on that action, resting on the exact characters of the clause, linked to it with a
confidence below a word that names the action by number. So is a paragraph of a paper that reports on the
recommendations elsewhere but tells one action's work in its words under a heading of its own, naming no
recommendation (`_told_in_the_paper`). The rules are data: extract/lexicons/linking.json, "action_in_words"; the cues
extract/lexicons/status.json.
"""

from __future__ import annotations

import re
from collections import defaultdict

from findings.extract.lexicons import load_json, regex
from findings.link.previous import content_words
from findings.model import Action, Document, Extraction, ProgressUpdate, Span
from findings.segment.lines import Line
from findings.segment.paragraphs import decimal_paragraphs, numbered_paragraphs
from findings.segment.running import body_lines
from findings.status.cues import own_progress, progress_of

LEXICON = "lexicons/linking.json"
ORDINALS = "lexicons/ordinals.json"


def credit_actions(out: Extraction) -> None:
    """Add, for each council word on a recommendation, an update on each of its actions a clause of it tells in that
    action's words (none where the action has a word of its own that day, by its number)."""
    rule = load_json(LEXICON)["action_in_words"]
    docs = {d.sha256: d for d in out.documents}
    actions: dict[tuple[str, str], list[Action]] = defaultdict(list)
    for action in out.actions:
        actions[(action.assessment, action.responds_to)].append(action)
    said = {(u.assessment, u.about, u.as_at) for u in out.updates if u.about_kind == "action"}
    added: list[ProgressUpdate] = []
    for update in out.updates:
        if update.about_kind != "recommendation" or update.by is not None or update.joint or update.as_at is None:
            continue
        theirs = actions.get((update.assessment, update.about), [])
        alone = len({a.identifier for a in theirs}) == 1  # its only action: the row's rating is that action's
        capped = update.means if alone and update.means and progress_of(update.means) != "Done" else None
        for action, spans in _told(update, theirs, docs, rule):
            if (update.assessment, action.identifier, update.as_at) in said:
                continue
            said.add((update.assessment, action.identifier, update.as_at))
            text = " ".join(docs[s.doc].text[s.start : s.end] for s in spans)
            added.append(
                ProgressUpdate(
                    update.assessment,
                    action.identifier,
                    update.as_at,
                    text,
                    spans,
                    source=f"{update.source}-w{action.identifier}",
                    score=float(rule["confidence"]),
                    method=rule["method"],
                    within=update.about,
                    reporter=update.reporter,
                    credited=True,
                    means=capped,  # the row's rating by the paper's key ('On track') on a recommendation of one
                )  # action: no clause of the row makes that action done (its part is the whole)
            )
    out.updates += added
    out.updates += _told_in_the_paper(out, docs, rule)


def _told_in_the_paper(out: Extraction, docs: dict[str, Document], rule: dict) -> list[ProgressUpdate]:
    """Progress on an action told, in that action's words, in a paragraph of a council's paper of its own — one that
    reports on the plan's recommendations elsewhere, on one day, but puts this work under another heading ('2. Foster
    carer sufficiency / 2.1 The foster carer recruitment campaign was launched in February 2020. Nine new …' beside
    'Recommendation 1: …' paragraphs): an update on that action from the sentence that tells it to the paragraph's end
    (a figure after it meets the action's target or not), its link below a clause of the recommendation's own word
    ('in_the_paper': stricter shares, as no recommendation's section narrows the actions compared)."""
    paper = rule["in_the_paper"]
    stem = int(load_json(LEXICON)["stem_length"])
    other = {w[:stem] for w in rule["other_words"]}
    named = regex(ORDINALS, "action_named/pattern")
    sentence_break = re.compile(paper["sentence_break"])
    label = re.compile(paper["label"])
    not_in = re.compile(paper["not_in"])
    by_paper: dict[tuple[str, str], list[ProgressUpdate]] = defaultdict(list)
    for u in out.updates:
        if u.about_kind == "recommendation" and u.by is None and not u.joint and u.as_at is not None and u.spans:
            by_paper[(u.spans[0].doc, u.assessment)].append(u)
    actions: dict[str, list[Action]] = defaultdict(list)
    for action in out.actions:
        actions[action.assessment].append(action)
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)  # what every item read from a paper already stands on
    for item in [*out.updates, *out.actions, *out.recommendations, *out.findings]:
        for span in item.spans:
            taken[span.doc].append((span.start, span.end))
    said = {(u.assessment, u.about, u.as_at) for u in out.updates if u.about_kind == "action"}
    added: list[ProgressUpdate] = []
    for (sha, key), updates in sorted(by_paper.items()):
        days = {(u.as_at, u.reporter) for u in updates}
        doc, plan = docs.get(sha), actions.get(key, [])
        if doc is None or len(days) != 1 or not plan:
            continue  # a paper of one day's word, by one reporter, on a plan with actions
        ((as_at, reporter),) = days
        theirs = {a.identifier: content_words(a.text) - other for a in plan}
        within = {a.identifier: a.responds_to for a in plan}
        for start, end in _paragraphs(doc):
            if any(s < end and start < e for s, e in taken[sha]) or not_in.search(doc.text, start, end):
                continue  # part of an item read already (an update, an action, the plan's own words), or the paper's
                # account of the recommendations or the plan as such ('… (Rec 9) is relatively straightforward to complete')
            parts = [p for p in sentence_break.split(doc.text[start:end]) if p.strip()]
            for n, sentence in enumerate(parts):
                sentence = sentence.strip()[m.end() if (m := label.match(sentence.strip())) else 0 :]
                if named.search(sentence) or own_progress(sentence, tuple(rule["cues"]), tuple(rule["not_a_cue_after"])) is None:
                    continue
                identifier = _which(content_words(sentence) - other, theirs, paper)
                if identifier is None:
                    continue
                if (key, identifier, as_at) not in said:
                    told = " ".join([sentence, *(p.strip() for p in parts[n + 1 :])])
                    span = _located(told, [doc.span(start, end)], docs)
                    if span is not None:  # its exact characters, or nothing
                        said.add((key, identifier, as_at))
                        added.append(
                            ProgressUpdate(
                                key,
                                identifier,
                                as_at,
                                doc.text[span.start : span.end],
                                [span],
                                source=f"paper-{sha[:8]}-{span.start}-w{identifier}",
                                score=float(paper["confidence"]),
                                method=paper["method"],
                                within=within[identifier],
                                reporter=reporter,
                                credited=True,
                            )
                        )
                break  # the paragraph's first sentence that tells an action: the rest is its account
    return added


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph of a paper: numbered ('2.1 …', '3. …') where it numbers them, else the runs
    of lines between blank ones."""
    lines = body_lines(doc.text, doc.page_starts)
    paras = decimal_paragraphs(lines) or numbered_paragraphs(lines)
    if paras:
        return [(p.lines[0].content_start, p.lines[-1].content_end) for p in paras]
    runs: list[list[Line]] = []
    for line in lines:
        if line.blank:
            runs.append([])
        elif runs and runs[-1]:
            runs[-1].append(line)
        else:
            runs.append([line])
    return [(r[0].content_start, r[-1].content_end) for r in runs if r]


def _told(
    update: ProgressUpdate, actions: list[Action], docs: dict[str, Document], rule: dict
) -> list[tuple[Action, list[Span]]]:
    """The actions of the recommendation that clauses of `update` tell in their words, each with those clauses'
    spans (in the order said)."""
    if not actions:
        return []
    stem = int(load_json(LEXICON)["stem_length"])
    other = {w[:stem] for w in rule["other_words"]}
    theirs = {a.identifier: content_words(a.text) - other for a in actions}
    named = regex(ORDINALS, "action_named/pattern")
    told: dict[str, list[Span]] = defaultdict(list)
    for clause in _clauses(update.text, rule["clause_break"]):
        if named.search(clause) or own_progress(clause, tuple(rule["cues"]), tuple(rule["not_a_cue_after"])) is None:
            continue  # an action by its number is its own word already; a clause with no cue of its own says nothing
        identifier = _which(content_words(clause) - other, theirs, rule)
        if identifier is None:
            continue
        span = _located(clause, update.spans, docs)
        if span is not None:  # its exact characters, or nothing: a quote is never approximate
            told[identifier].append(span)
    return [(a, told[a.identifier]) for a in actions if told.get(a.identifier)]


def told_done(text: str, actions: list[Action]) -> set[str]:
    """The identifiers of the actions a clause of `text` tells done in their own words ('The review of return home
    interview arrangements was completed in September 2019'), as `_told` reads them: what is left of a recommendation's
    work when the same word says another part of it slipped."""
    rule = load_json(LEXICON)["action_in_words"]
    stem = int(load_json(LEXICON)["stem_length"])
    other = {w[:stem] for w in rule["other_words"]}
    theirs = {a.identifier: content_words(a.text) - other for a in actions}
    named = regex(ORDINALS, "action_named/pattern")
    done = set()
    for clause in _clauses(text, rule["clause_break"]) if actions else ():
        if not named.search(clause) and own_progress(clause, tuple(rule["cues"]), tuple(rule["not_a_cue_after"])) == "Done":
            done.add(_which(content_words(clause) - other, theirs, rule))
    return done - {None}  # type: ignore[return-value]


def _which(words: set[str], theirs: dict[str, set[str]], rule: dict) -> str | None:
    """The one action (identifier → its distinctive words in `theirs`) whose work `words` tell: at least 'minimum_own'
    of its words no other action has (where another's own words are there too, at least 'clear_margin' times as many
    of its words as of any other's: a heading's 'child protection plans' left in the clause), 'minimum_shared' of its
    words and 'minimum_share' of them, more than any other's; else None (no action's own words, or two actions': the
    clause tells both, neither clearly)."""
    shared = {i: words & mine for i, mine in theirs.items()}
    own = {i: shared[i] - set().union(*(theirs[j] for j in theirs if j != i)) for i in theirs}
    told = [i for i in own if len(own[i]) >= rule["minimum_own"]]
    if len(told) > 1:  # two actions' words: one told only if it shares 'clear_margin' times any other's
        told = [i for i in told if all(len(shared[i]) >= rule["clear_margin"] * len(shared[j]) for j in shared if j != i)]
    if len(told) != 1:
        return None
    identifier = told[0]
    best = len(shared[identifier])
    if best < rule["minimum_shared"] or best < rule["minimum_share"] * len(theirs[identifier]):
        return None
    if any(len(shared[i]) >= best for i in shared if i != identifier):
        return None
    return identifier


def _clauses(text: str, breaks: str) -> list[str]:
    """The sentences of `text`, and the parts of a sentence a break sets apart ('…, and …', '…; …'), stripped; the
    item's label before the first left out ('R4 (life-story work): ', 'Area for improvement 1: '; linking.json)."""
    label = regex(LEXICON, "action_in_words/label").match(text.strip())
    parts = re.split(breaks, text.strip()[label.end() :] if label else text)
    return [part.strip().rstrip(",;") for part in parts if part and part.strip()]


def _located(clause: str, spans: list[Span], docs: dict[str, Document]) -> Span | None:
    """The characters of `clause` in one of `spans` (white space as the document has it), or None."""
    words = clause.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    for span in spans:
        doc = docs.get(span.doc)
        if doc is None:
            continue
        found = pattern.search(doc.text, span.start, span.end)
        if found is not None:
            return Span(span.doc, found.start(), found.end(), span.page, span.ref)
    return None
