"""Sentences and their polarity as a spaCy pipeline: the sentencizer, then the cue matcher from
extract/lexicons/polarity.json (component `findings_polarity_v1`, cues in doc.spans['polarity'])."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, SpanGroup, Token

from findings.extract.lexicons import load_json
from findings.extract.pipeline import pipeline

LEXICON = "lexicons/polarity.json"
_SENTENCE_ENDS = {".", "!", "?"}
_CLAUSE_ENDS = {*_SENTENCE_ENDS, ",", ";", ":"}
_WEAKNESSES = {"WEAKNESS", "SOFT_WEAKNESS"}  # a soft one counts only in a sentence without a strength cue


class _Tokens:
    """What the cue rules ask of a doc's tokens, read from its arrays at once: each token's lower case (as its string's
    id: `_ids` gives a word's), the tokens that start a sentence, and those that are white space; the answers are the
    tokens' own (`lower_`, `is_sent_start`, `is_space`). The rules look at about 300,000 tokens over the 26 Ofsted
    reports' paragraphs: a token object made for each question cost more than the question. A clause's end is read
    from the lower case too: a token is '.' or ',' exactly when its lower case is."""

    __slots__ = ("lower", "firsts", "starts", "spaces")

    def __init__(self, doc: Doc) -> None:
        read = _read_arrays(doc)
        if read is None:
            array = doc.to_array([LOWER, SENT_START, IS_SPACE])
            self.lower: list[int] = array[:, 0].tolist()
            spaces = array[:, 2]
            self.firsts: list[int] = (array[:, 1] == 1).nonzero()[0].tolist()  # in order
        else:
            self.lower, spaces, self.firsts = read.lower, read.spaces, read.firsts  # (read, never changed)
        self.starts = set(self.firsts)
        self.spaces = set(spaces.nonzero()[0].tolist())


_CUES = "findings_polarity_cues"  # the key in `doc.user_data` of the cues `PolarityCues` set, as tuples (`_cues`)
_READ = "findings_polarity_arrays"  # the key in `doc.user_data` of the arrays `Sentences` read (`_Arrays`)


class _Arrays:
    """The columns `Sentences` read of a doc's tokens in its one `to_array` (lower case, as the list it walked, and
    white space) and the tokens that start a sentence as it set them (`firsts`, in order), kept for the cue rules
    (`_Tokens`) and the sentences' polarities (`_sentences`), which would otherwise each read the doc's arrays again
    (three reads a doc: about a third of the sentencizer's own cost)."""

    __slots__ = ("length", "lower", "firsts", "spaces")

    def __init__(self, length: int, lower: list[int], firsts: list[int], spaces) -> None:
        self.length, self.lower, self.firsts, self.spaces = length, lower, firsts, spaces


def _read_arrays(doc: Doc) -> _Arrays | None:
    """The arrays `Sentences` kept for `doc`, or None: none kept, or the doc's tokens changed since (its length)."""
    read = doc.user_data.get(_READ)
    return read if read is not None and read.length == len(doc) else None


def _ids(strings, words) -> frozenset[int]:
    """The string ids of `words`, as a token's `lower` gives them (`strings[word]` adds nothing to the store)."""
    return frozenset(strings[word] for word in words)


class PolarityCues:
    """Marks every weakness and strength cue of the lexicon as a span labelled WEAKNESS or STRENGTH."""

    def __init__(self, nlp: Language, lexicon: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        data = load_json(lexicon)
        labels = (
            "weakness",
            "soft_weakness",
            "strength",
            "not_weakness",
            "not_strength",
            "negators",
            "denying_adverbs",
            "countering",
            "dealt_with",
            "shortfall_quantifiers",
            "shortfall_before_figures",
            "wished",
            "development",
            "past_grades",
            "double_negation_firsts",
            "double_negation_seconds",
            "aims",
            "lacking",
            "due",
            "late",
            "improvement_decreases",
            "improvement_markers",
            "rarities",
        )
        for label in labels:
            self.matcher.add(label.upper(), [nlp.make_doc(phrase) for phrase in data[label]])
        self.names = {nlp.vocab.strings[label.upper()]: label.upper() for label in labels}  # a match's label id → name
        self.participle_endings = tuple(ending.casefold() for ending in data["participle_endings"])
        self.participles = {word.casefold() for word in data["participles"]}
        self.passive = {word.casefold() for word in data["passive_auxiliaries"]}
        self.phrase_ends = {word.casefold() for word in data["participle_phrase_ends"]}
        self.window = int(data["negation_window"])
        self.passing = {word.casefold() for word in data["negation_passes_over"]}
        self.stops = {word.casefold() for word in data["negation_stops_at"]}
        self.verbs = self.passive | {"has", "have", "had", "remains", "remain", "continues", "continue"}  # after a cue
        self.wished_window = int(data["wished_window"])
        self.openers = {word.casefold() for word in data["conditional_openers"]}
        self.clause = int(data["conditional_clause_tokens"])
        self.circumstances = {word.casefold() for word in data["circumstance_openers"]}
        self.naming = {word.casefold() for word in data["not_circumstance_after"]}
        self.turns = {word.casefold() for word in data["clause_turns"]}
        self.fronting = {word.casefold() for word in data["fronting_openers"]}
        self.not_onward = {word.casefold() for word in data["not_onward"]}
        self.share_units = {word.casefold() for word in data["shortfall_share_units"]}
        self.scope_ends = [phrase.casefold() for phrase in data["shortfall_scope_ends"]]
        self.development_not_after = {word.casefold() for word in data["development_not_after"]}
        self.past_after = [phrase.casefold() for phrase in data["past_grade_after"]]
        self.past_window = int(data["past_grade_window"])
        self.past_followed = self._past_followed(data, load_json("lexicons/timescales.json")["months"])
        self.double_window = int(data["double_negation_window"])
        self.past_counts = {word.casefold() for word in data["past_grade_counts"]}
        self.aim_window = int(data["aim_window"])
        self.deniers = {tuple(t.lower for t in nlp.make_doc(phrase)) for phrase in data["strength_deniers"]}
        self.subject_window = int(data["denial_subject_window"])
        self.due_window = int(data["due_window"])
        ids = lambda words: _ids(nlp.vocab.strings, words)  # noqa: E731  (each set as the tokens' ids: `_Tokens`)
        self.clause_ends, self.sentence_ends = ids(_CLAUSE_ENDS), ids(_SENTENCE_ENDS)
        self.comma, self.semicolon, self.a = (nlp.vocab.strings[word] for word in (",", ";", "a"))
        self.ids_passing, self.ids_turns, self.ids_phrase_ends = ids(self.passing), ids(self.turns), ids(self.phrase_ends)
        self.ids_double_not_after = ids({word.casefold() for word in data["double_negation_not_after"]})
        self.ids_verbs, self.ids_openers, self.ids_circumstances = ids(self.verbs), ids(self.openers), ids(self.circumstances)
        self.ids_naming, self.ids_fronting = ids(self.naming), ids(self.fronting)
        self.ids_development_not_after = ids(self.development_not_after)
        self.negation_stopped = self.clause_ends | self.ids_turns | ids(self.stops)  # where a negator's reach ends
        self.wish_stopped = self.clause_ends | self.ids_turns
        self.phrase_stopped = self.clause_ends | self.ids_turns | self.ids_phrase_ends
        self.ids_denial_verbs = ids({word.casefold() for word in data["denial_verbs"]})
        self.ids_describing = ids({word.casefold() for word in data["strength_denied_describing"]})
        self.subject_stopped = self.negation_stopped | ids({word.casefold() for word in data["denial_subject_stops"]})
        self.due_stopped = self.negation_stopped | ids({word.casefold() for word in data["due_not_after"]})
        self.ids_manners = ids({word.casefold() for word in data["countered_manners"]})
        self.ids_manner_not_after = ids({word.casefold() for word in data["countered_manner_not_after"]})
        self.ids_countered_not_with = ids({word.casefold() for word in data["countered_not_with"]})
        self.ids_improvement_not_over = ids({word.casefold() for word in data["improvement_not_over"]})
        self.improvement_window = int(data["improvement_window"])
        self.improvement_stopped = self.phrase_stopped | ids({word.casefold() for word in data["improvement_stops"]})
        self.countered_window, self.countered_lead = int(data["countered_window"]), int(data["countered_lead"])
        self.ids_passive = ids(self.passive)
        self.ids_late_after = ids({word.casefold() for word in data["late_after"]})
        self.ids_rarity_not_after = ids({word.casefold() for word in data["rarity_not_after"]})
        self.ids_improvement_not_before = ids({word.casefold() for word in data["improvement_not_before"]})
        self.improving = {tuple(t.lower for t in nlp.make_doc(phrase)) for phrase in data["improving_negators"]}

    def __call__(self, doc: Doc) -> Doc:
        names = self.names  # each label's name by its id, not looked up in the string store a match
        found = [(names[label], start, end) for label, start, end in self.matcher(doc)]
        tokens = _Tokens(doc) if found else None  # read once, only for a doc with a cue
        labels = {label for label, _, _ in found}  # the rules below for a label no cue has are skipped (most are rare)
        if "NOT_STRENGTH" in labels:  # 'as well as', 'well-being': a strength cue's word that praises nothing there
            found = _outside(found, "STRENGTH", [(s, e) for label, s, e in found if label == "NOT_STRENGTH"])
        if "DEVELOPMENT" in labels:
            found = [  # 'could be better', 'would benefit from': a weakness, unless its clause only describes or weighs
                ("WEAKNESS" if label == "DEVELOPMENT" else label, s, e)
                for label, s, e in found
                if label != "DEVELOPMENT" or not self._described(tokens, s)
            ]
        late = {s for label, s, _ in found if label == "LATE" and self._late(doc, tokens, s)} if "LATE" in labels else set()
        if "LATE" in labels:  # 'are often late', 'held late': a weakness; not 'in late 2014' nor 'Late publication of …'
            found = [("WEAKNESS" if label == "LATE" else label, s, e) for label, s, e in found if label != "LATE" or s in late]
        found = self._aims(tokens, found)  # 'work is under way to bring … in line with': an aim, not a strength found
        shields = [
            (s, e) for label, s, e in found if label == "NOT_WEAKNESS" or (label == "PAST_GRADES" and self._past(doc, s, e))
        ]
        wishes = [e for label, _, e in found if label == "WISHED"]  # where 'should', 'need to' … end
        denied = self._denied_strengths(tokens, found)  # 'have no stable placements', 'No oversight is evident'
        spent = {(n, n_end) for n, n_end, _, _ in denied}  # a 'no' that denies a strength pairs with no 'without'
        voided = self._double_negations(tokens, found, spent)  # 'no child is left without': two negations, no weakness
        denied = [d for d in denied if not any(d[0] < v_end and v < d[1] for v, v_end in voided)]
        described = {s for n, _, s, _ in denied if n and tokens.lower[n - 1] in self.ids_describing}  # 'with no stable home'
        found = [  # a denied strength a weakness, one denied in describing whom a sentence is about neither; what is
            *found,  # due wanting ('discharged without a pathway plan') a weakness unless a strength outweighs it
            *(("WEAKNESS", n, end) for n, _, s, end in denied if s not in described),
            *self._wanting(tokens, found, wishes),
        ]
        denied_strengths = {s for _, _, s, _ in denied}
        ending: dict[int, list[tuple[int, int]]] = {}  # negators by the token they end before: found in a window
        denying: dict[int, list[tuple[int, int]]] = {}  # 'rarely', 'never' before a past participle, likewise
        for label, s, e in found:
            if any(s < v_end and v < e for v, v_end in voided):
                continue  # a negation the other cancels denies nothing
            if label == "NEGATORS":
                ending.setdefault(e, []).append((s, e))
            elif (
                label == "DENYING_ADVERBS"
                and e < len(doc)
                and (self._participle(doc[e].lower_) or e in late)  # 'are rarely late' as 'are rarely placed'
                and self._passive(doc, s)
            ):
                denying.setdefault(e, []).append((s, e))

        def negated(start: int) -> list[tuple[int, int]]:
            """The negators that end less than `negation_window` tokens before `start`, in its clause ('have reduced
            but more needs to be done': the turn ends what 'reduced' denies)."""
            if not ending:
                return []  # no negator in the doc (about half the paragraphs)
            lower = tokens.lower
            near = start  # 'do not experience any significant delay': the window counts from before 'any significant'
            while near > 0 and lower[near - 1] in self.ids_passing:
                near -= 1
            return [
                n
                for e in range(near - self.window + 1, start + 1)
                for n in ending.get(e, ())
                if not any(word in self.negation_stopped for word in lower[e:start])
            ]

        cancelled: set[tuple[int, int]] = {  # 'without a clear', 'never', 'there is no' in a double negation
            (s, e) for label, s, e in found if label in _WEAKNESSES and any(s < v_end and v < e for v, v_end in voided)
        }
        denials: list[Span] = [  # 'no child is left without a plan', 'are rarely placed in unsuitable accommodation':
            Span(doc, first, end, label="STRENGTH")  # a strength
            for (first, _), (_, end) in zip(voided[::2], voided[1::2], strict=True)
        ]
        praised = [s for label, s, _ in found if label in ("STRENGTH", "COUNTERING")]  # what a negator may deny instead
        counters = [(s, e) for label, s, e in found if label == "COUNTERING"]
        dealt = {s: e for label, s, e in found if label == "DEALT_WITH"}  # 'identified and addressed', by where it starts
        for label, start, end in found:
            if label not in _WEAKNESSES or (shields and any(s <= start and end <= e for s, e in shields)):
                continue
            before = [  # 'do not consistently challenge drift': the negator denies the strength nearer it, not the drift
                n for n in negated(start) if n != (start, end) and not any(n[1] <= s < start for s in praised)
            ]
            adverbs = (
                [
                    n
                    for e in range(start - self.window + 1, start + 1)
                    for n in denying.get(e, ())
                    if n != (start, end) and self._in_phrase(tokens, e, start)
                ]
                if denying
                else []
            )
            if before:  # 'avoiding drift', 'not ... unnecessary': the weakness is denied, with the cue holding the negator
                cancelled |= {(start, end), *before}  # ('There is no drift': 'there is no' is itself a cue)
                denials += [  # 'have reduced delay', 'no longer experience drift': an improvement, a strength
                    Span(doc, n, end, label="STRENGTH")
                    for n, n_end in before
                    if tuple(tokens.lower[n:n_end]) in self.improving and not negated(n) and not self._wish(tokens, n, wishes)
                ]
                cancelled |= {  # only a cue whose negator stands right before the denied one ('There is no tracking of
                    (s, e)  # drift' denies no drift: the lack of tracking is the weakness)
                    for label, s, e in found
                    if label in _WEAKNESSES and any(s <= n < e and self._adjacent(tokens, n_end, start) for n, n_end in before)
                }
            elif adverbs:  # 'rarely placed in unsuitable accommodation': denied, and so a strength
                cancelled |= {(start, end), *adverbs}
                denials.append(Span(doc, adverbs[0][0], end, label="STRENGTH"))
            elif self._conditional(doc, tokens, start):  # 'When risks do not reduce, they are escalated': a circumstance
                cancelled.add((start, end))
            elif countered := self._countered(tokens, start, end, counters, negated, wishes):  # 'challenge drift effectively'
                cancelled.add((start, end))
                denials.append(Span(doc, *countered, label="STRENGTH"))
            elif dealt and (
                handled := self._found_and_dealt_with(tokens, end, dealt, negated, wishes)
            ):  # 'drift is identified and
                cancelled.add((start, end))  # addressed': a problem found and dealt with
                denials.append(Span(doc, start, handled, label="STRENGTH"))
        # 'Fewer … now live in unsuitable accommodation', 'Very few reviews are late': few of what is wanting, a strength
        rarities = [  # 'few', 'hardly any'; not 'a few', 'too few', 'the few children for whom …'
            (s, e)
            for label, s, e in found
            if label == "RARITIES" and not (s > 0 and tokens.lower[s - 1] in self.ids_rarity_not_after)
        ]
        spent: set[tuple[int, int]] = set()  # the rarities that deny a weakness: no shortfall of a strength as well
        cancelled |= self._improvements(
            doc, tokens, found, cancelled, shields, negated, wishes, denials, counters, rarities, spent
        )
        for label, start, end in found:  # 'do not experience drift or delay': what is joined to a denied cue is denied
            if label not in _WEAKNESSES or (start, end) in cancelled:
                continue
            lower = tokens.lower
            joint = start - 1  # the joining word, before any word the window passes over ('drift or unnecessary delay')
            while joint > 0 and lower[joint] in self.ids_passing:
                joint -= 1
            if joint < 1 or lower[joint] not in self.ids_phrase_ends or (end < len(lower) and lower[end] in self.ids_verbs):
                continue  # not 'drift and delay is evident': a clause of its own
            if cancelled and any(e == joint and (s, e) in cancelled for lab, s, e in found if lab in _WEAKNESSES):
                cancelled.add((start, end))
        strengths = sorted(  # a strength no negator denies ('not effectively escalating' is none), nor only wished for
            s
            for label, s, _ in found
            if label == "STRENGTH" and not negated(s) and s not in denied_strengths and not self._wish(tokens, s, wishes)
        )
        shortfalls = [  # 'few children …', not 'a few' nor 'quite a few', nor one whose 'few' is a rarity of a weakness
            (s, e)
            for label, s, e in found
            if label == "SHORTFALL_QUANTIFIERS"
            and not (s > 0 and tokens.lower[s - 1] == self.a)
            and not any(r < e and s < r_end for r, r_end in spent)
        ] + [
            (s, s + 3)  # 'only' before a share ('only 40 %'), found by the matcher rather than a walk over every token
            for label, s, e in found
            if label == "SHORTFALL_BEFORE_FIGURES" and e == s + 1 and s + 2 < len(doc) and self._share(doc[s + 1], doc[s + 2])
        ]
        before_only = [r for r in rarities if r not in spent]  # 'Few plans are clear'; not 'Successful …, very few …'
        spans, marked = [], []  # the spans, and each as (start, end, label) for `_polarities` (`_CUES`)
        for label, start, end in found:
            if label == "WEAKNESS" and self._answered(doc, tokens, start, strengths):
                label = "SOFT_WEAKNESS"  # 'challenge when actions have not progressed': what a strength answers
            if label == "STRENGTH" and (
                (shortfalls and any(self._same_clause(doc, (s, e), (start, end)) for s, e in shortfalls))
                or (before_only and any(e <= start and self._same_clause(doc, (s, e), (start, end)) for s, e in before_only))
            ):
                label = "WEAKNESS"  # 'Only half of pathway plans are up to date', 'Few plans are clear': true of too few
            if label == "STRENGTH" and (self._wish(tokens, start, wishes) or start in described):
                continue  # 'should have access to': what ought to be, not what was found; 'with no stable home': whom
            if label == "STRENGTH" or (
                label in _WEAKNESSES
                and (start, end) not in cancelled
                and not (shields and any(s <= start and end <= e for s, e in shields))
            ):
                spans.append(Span(doc, start, end, label=label))
                marked.append((start, end, label))
        group = doc.spans["polarity"] = SpanGroup(doc, name="polarity", spans=spans + denials)
        doc.user_data[_CUES] = (group, marked + [(span.start, span.end, span.label_) for span in denials])
        return doc

    def _late(self, doc: Doc, tokens: _Tokens, start: int) -> bool:
        """Is 'late' at `start` said of what was done ('are often late', 'are still sometimes held late'): right after
        one of 'late_after' (a form of 'be', an adverb of how often) or a past participle, in its sentence?"""
        if start == 0 or start in tokens.starts:
            return False
        return tokens.lower[start - 1] in self.ids_late_after or self._participle(doc[start - 1].lower_)

    def _found_and_dealt_with(self, tokens: _Tokens, end: int, dealt: dict[int, int], negated, wishes: list[int]) -> int | None:
        """Where the weakness cue ending at `end` is the subject of a 'dealt_with' phrase, over one of the
        'passive_auxiliaries' (up to 'countered_window' tokens on, in its clause) and at most one of the
        'countered_manners' ('drift is identified and addressed', 'delay in court work is quickly identified and
        tackled'), the phrase neither negated nor wished: where the phrase ends; else None."""
        lower, starts = tokens.lower, tokens.starts
        aux = end  # the cue's verb, after the words that end its phrase ('delay in care proceedings is …')
        while aux < min(end + self.countered_window, len(lower)) and aux not in starts and lower[aux] not in self.wish_stopped:
            if lower[aux] in self.ids_passive:
                break
            aux += 1
        if aux >= len(lower) or aux in starts or lower[aux] not in self.ids_passive:
            return None
        for at in (aux + 1, aux + 2):
            if at in starts or at >= len(lower):
                return None
            if at in dealt:
                return None if negated(at) or self._wish(tokens, at, wishes) else dealt[at]
            if lower[at] not in self.ids_manners:
                return None
        return None

    def _countered(
        self, tokens: _Tokens, start: int, end: int, counters: list[tuple[int, int]], negated, wishes: list[int]
    ) -> tuple[int, int] | None:
        """Where a weakness cue at `start` is what a verb of 'countering' right before it deals with (over words of
        'negation_passes_over': 'challenge drift', 'challenge any unnecessary delay'), done in one of
        'countered_manners' ('effectively', 'robustly') up to 'countered_window' tokens after the cue in its clause
        ('challenge drift effectively') or up to 'countered_lead' tokens before the verb ('robustly challenge drift'),
        the verb and the manner not negated ('do not challenge drift effectively') nor wished ('should challenge drift
        effectively'), nor the manner after one of 'countered_manner_not_after' ('as well'): the (start, end) of the
        strength it states, from the verb to the manner or the manner to the cue; else None. 'Drift is not challenged'
        (the cue before its verb) and 'challenge drift' (no manner) stay weaknesses."""
        lower, starts = tokens.lower, tokens.starts
        near = start
        while near > 0 and lower[near - 1] in self.ids_passing and near not in starts:
            near -= 1
        verb = next((c for c, c_end in counters if c_end == near and near not in starts), None)
        if verb is None or negated(verb) or self._wish(tokens, verb, wishes):
            return None
        low, high = verb, end  # its clause: 'Few managers challenge drift effectively', '… until 2022' deal with it no more
        while low > 0 and low not in starts and lower[low - 1] not in self.wish_stopped:
            low -= 1
        while high < len(lower) and high not in starts and lower[high] not in self.wish_stopped:
            high += 1
        if any(lower[k] in self.ids_countered_not_with for k in range(low, high)):
            return None

        def manner(m: int) -> bool:
            return lower[m] in self.ids_manners and not negated(m) and not (m and lower[m - 1] in self.ids_manner_not_after)

        for m in range(end, min(end + self.countered_window, len(lower))):
            if m in starts or lower[m] in self.wish_stopped:
                break
            if manner(m):
                return verb, m + 1
        for m in range(verb - 1, verb - 1 - self.countered_lead, -1):
            if m < 0 or m + 1 in starts or lower[m] in self.wish_stopped:
                break
            if manner(m):
                return m, end
        return None

    def _improvements(
        self,
        doc: Doc,
        tokens: _Tokens,
        found: list[tuple[str, int, int]],
        cancelled: set[tuple[int, int]],
        shields: list[tuple[int, int]],
        negated,
        wishes: list[int],
        denials: list[Span],
        counters: list[tuple[int, int]],
        rarities: list[tuple[int, int]],
        spent: set[tuple[int, int]],
    ) -> set[tuple[int, int]]:
        """The weakness cues an improvement denies: one of 'improvement_decreases' ('fewer', 'less'; not before one of
        'improvement_not_before': 'fewer than half' is a shortfall) with one of 'improvement_markers' ('now', 'than
        previously') in its clause, and a weakness cue starting up to 'improvement_window' tokens after it with no
        clause end, turn, joining word or one of 'improvement_stops' ('that', 'who') between ('Fewer care leavers now
        live in unsuitable accommodation', 'Children now experience less drift'): that cue, and the decrease's own
        ('fewer'); each decrease a strength, added to `denials`. Not 'Fewer care leavers now live in suitable
        accommodation' (no weakness after it: fewer of what is good), nor 'Plans are now less effective'. One of
        `rarities` ('few', 'hardly any') is such a decrease with no marker ('Very few reviews are late'); each that
        denies a weakness is added to `spent`."""
        decreases = [(s, e) for label, s, e in found if label == "IMPROVEMENT_DECREASES"]
        markers = [(s, e) for label, s, e in found if label == "IMPROVEMENT_MARKERS"]
        if not (decreases and markers) and not rarities:
            return set()
        lower, starts = tokens.lower, tokens.starts
        weak = [
            (s, e)
            for label, s, e in found
            if label in _WEAKNESSES and (s, e) not in cancelled and not any(a <= s and e <= b for a, b in shields)
        ]
        out: set[tuple[int, int]] = set()
        for s, e in [*decreases, *rarities] if markers else rarities:
            if (e < len(lower) and lower[e] in self.ids_improvement_not_before) or negated(s) or self._wish(tokens, s, wishes):
                continue
            low = s  # its clause: back to a clause end, a turn or the sentence's start, and on likewise
            while low > 0 and low not in starts and lower[low - 1] not in self.wish_stopped:
                low -= 1
            high = e
            while high < len(lower) and high not in starts and lower[high] not in self.wish_stopped:
                high += 1
            if (s, e) not in rarities and not any(low <= m and m_end <= high for m, m_end in markers):
                continue
            stop = next((k for k in range(e, high) if lower[k] in self.improvement_stopped), high)
            after = [
                (w, w_end)
                for w, w_end in weak
                if e <= w < min(stop, e + self.improvement_window + 1) and not self._dealt_with(tokens, e, w, counters)
            ]
            if not after:
                continue
            out |= {*after, *((w, w_end) for w, w_end in weak if w <= s and e <= w_end)}
            denials.append(Span(doc, s, e, label="STRENGTH"))
            if (s, e) in rarities:
                spent.add((s, e))
        return out

    def _dealt_with(self, tokens: _Tokens, after: int, cue: int, counters: list[tuple[int, int]]) -> bool:
        """Is the weakness cue at `cue` what fewer or less of something deals with, a verb of 'countering' or one of
        'improvement_not_over' between ('Fewer managers now escalate delay', 'less oversight of drift': less of the
        good, no improvement)?"""
        return any(after <= c < cue for c, _ in counters) or any(
            tokens.lower[k] in self.ids_improvement_not_over for k in range(after, cue)
        )

    def _aims(self, tokens: _Tokens | None, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """`found` without the strength cues an 'aims' phrase takes: one in it ('plans are in place to') or after it in
        its clause, up to 'aim_window' tokens on ('work is under way to bring visits in line with statutory
        guidance'); the phrase stays as a soft weakness where it took one after it (the standard is not met yet)."""
        aims = [(s, e) for label, s, e in found if label == "AIMS"]
        if not aims:
            return found
        out, taken = [], set()
        for label, s, e in found:
            if label == "STRENGTH":
                inside = [(a, a_end) for a, a_end in aims if a <= s and e <= a_end]
                after = [
                    (a, a_end)
                    for a, a_end in aims
                    if a_end <= s <= a_end + self.aim_window
                    and not any(word in self.wish_stopped for word in tokens.lower[a_end:s])
                ]
                if inside or after:
                    taken.update(after)
                    continue
            out.append((label, s, e))
        return out + [("SOFT_WEAKNESS", s, e) for s, e in sorted(taken)]

    def _denied_strengths(self, tokens: _Tokens | None, found: list[tuple[str, int, int]]) -> list[tuple[int, int, int, int]]:
        """The strength cues one of the 'strength_deniers' ('no', 'without') denies, as (negator start, negator end,
        cue start, cue end): a denier ending less than `negation_window` tokens before the cue (over words of
        'negation_passes_over'), or one opening a subject of up to 'denial_subject_window' words that one of the
        'denial_verbs' closes right before the cue ('No management oversight is evident'), in its clause, with no
        weakness cue between (the denier denies that: 'No delays are evident') and no 'denial_subject_stops' word
        in the subject ('Children have no worries and are well supported')."""
        if tokens is None:
            return []  # a doc with no cue
        lower = tokens.lower
        deniers = [(s, e) for label, s, e in found if label == "NEGATORS" and tuple(lower[s:e]) in self.deniers]
        if not deniers:
            return []
        weak = sorted(s for label, s, _ in found if label in _WEAKNESSES)
        out = []
        for label, start, end in found:
            if label != "STRENGTH":
                continue
            near = start
            while near > 0 and lower[near - 1] in self.ids_passing:
                near -= 1
            for n, n_end in deniers:
                if n_end > start or _any_in(weak, n_end, start):
                    continue
                between = lower[n_end:start]
                if near - n_end < self.window and not any(word in self.negation_stopped for word in between):
                    out.append((n, n_end, start, end))
                elif (
                    1 < len(between) <= self.subject_window + 1
                    and between[-1] in self.ids_denial_verbs
                    and not any(word in self.subject_stopped for word in between)
                ):
                    out.append((n, n_end, start, end))
        return out

    def _wanting(
        self, tokens: _Tokens | None, found: list[tuple[str, int, int]], wishes: list[int]
    ) -> list[tuple[str, int, int]]:
        """'discharged without a pathway plan', 'left without a visit': one of 'lacking' with one of 'due' (a plan, an
        assessment, a visit, oversight, support a child is due) starting less than 'due_window' tokens after it, in its
        clause, with no polarity cue and no word of 'due_not_after' between ('without the need for a plan', 'without
        a break in support' say nothing wanting); not after a wish ('no child should be left without a plan'). Each a
        weakness cue from 'without' to the end of what is due, which a double negation cancels as any other."""
        lacking = [(s, e) for label, s, e in found if label == "LACKING"]
        if not lacking:
            return []
        dues = [(s, e) for label, s, e in found if label == "DUE"]
        cues = sorted(s for label, s, _ in found if label in _WEAKNESSES or label == "STRENGTH")
        out = []
        for s, e in lacking:
            if self._wish(tokens, s, wishes):
                continue
            due = [
                d_end
                for d, d_end in dues
                if e <= d
                and d - e < self.due_window
                and not any(word in self.due_stopped for word in tokens.lower[e:d])
                and not _any_in(cues, e, d)
            ]
            if due:
                out.append(("SOFT_WEAKNESS", s, min(due)))
        return out

    def _double_negations(
        self, tokens: _Tokens | None, found: list[tuple[str, int, int]], spent: set[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The negations that cancel each other: each 'double_negation_seconds' word ('without') with one of the
        'double_negation_firsts' ('no', 'never', 'none') ending up to 'double_negation_window' tokens before it in its
        clause ('no child is left without a clear plan'), both as (start, end); none where a clause end, a turn or a
        word a negator does not reach past comes between ('there is no plan, and children are left without support'),
        nor with a first `spent` on denying a strength ('No oversight is evident and children wait without a plan')."""
        firsts = [
            (s, e)
            for label, s, e in found
            if label == "DOUBLE_NEGATION_FIRSTS"
            and not (s and tokens.lower[s - 1] in self.ids_double_not_after)
            and (s, e) not in spent
        ]  # 'children with no allocated social worker are left without': 'no' of what they have, not of whom
        if not firsts:
            return []
        wishes = [e for label, _, e in found if label == "WISHED"]  # 'no child should be left without': a wish
        out: list[tuple[int, int]] = []
        for label, start, end in found:
            if label != "DOUBLE_NEGATION_SECONDS":
                continue
            near = [
                (s, e)
                for s, e in firsts
                if e <= start
                and start - e <= self.double_window
                and not any(word in self.negation_stopped for word in tokens.lower[e:start])
                and not any(e < w <= start for w in wishes)
            ]
            if near:
                out += [max(near), (start, end)]
        return out

    @staticmethod
    def _past_followed(data: dict, months: dict[str, int]) -> re.Pattern[str]:
        """What, after a grade phrase, dates it in the past: up to 'past_grade_followed_window' words, then one of
        'past_grade_followed_by' ('at the last inspection') or a date with a year ('in November 2012', 'in 2015'), the
        words as the tokens' lower case joined by single spaces."""
        skip = f"(?:[^ ]+ ){{0,{int(data['past_grade_followed_window'])}}}"
        phrases = "|".join(re.escape(phrase.casefold()) for phrase in data["past_grade_followed_by"])
        leads = "|".join(re.escape(word.casefold()) for word in data["past_grade_date_leads"])
        month = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
        date = f"(?:{leads}) (?:the )?(?:[0-9]{{1,2}} )?(?:(?:{month}) )?{data['past_grade_year']}(?: |$)"  # 'in the 2015 …'
        return re.compile(f"^{skip}(?:(?:{phrases})(?: |$)|{date})")

    def _past(self, doc: Doc, start: int, end: int) -> bool:
        """Does a grade phrase at `start` ('were judged inadequate') speak of an earlier inspection: one of
        'past_grade_after' ('when', 'since', 'last inspection') up to 'past_grade_window' tokens before it, in its
        sentence ('Since the last inspection, when services were judged inadequate, …'; not '12 were judged inadequate'),
        or, after it in its clause, 'at the last inspection' or a date with a year ('were found to be inadequate in
        November 2012'; not 'in March', nor 'at their most recent inspection')?"""
        after = []
        for token in doc[end : end + 12]:
            if token.text in _CLAUSE_ENDS or token.is_sent_start:
                break
            after.append(token.lower_)
        first = start
        while first > 0 and start - first < self.past_window and not doc[first].is_sent_start:
            first -= 1
        before = " " + " ".join(t.lower_ for t in doc[first:start]) + " "
        counted = any(t.like_num or t.lower_ in self.past_counts for t in doc[first:start])  # '12 were judged …'
        if not counted and self.past_followed.match(" ".join(after)):
            return True  # 'were found to be inadequate in November 2012'; not '12 cases were judged inadequate in 2023'
        return any(f" {phrase} " in before for phrase in self.past_after)

    def _adjacent(self, tokens: _Tokens, end: int, start: int) -> bool:
        """Does the token at `start` follow straight on from `end`, but for words the negation passes over?"""
        return all(word in self.ids_passing for word in tokens.lower[end:start])

    def _wish(self, tokens: _Tokens, start: int, wishes: list[int]) -> bool:
        """Does a 'wished' phrase ('should', 'need to'; `wishes`: where each ends) come within `wished_window` tokens
        before `start`, in its clause: what a sentence says ought to be ('Care leavers should have access to …')?"""
        return any(
            start - self.wished_window <= end <= start and not any(word in self.wish_stopped for word in tokens.lower[end:start])
            for end in wishes
        )

    def _described(self, tokens: _Tokens, start: int) -> bool:
        """Does a 'development_not_after' word ('whether', 'how', 'who', 'that' …) come before `start` in its clause
        ('consider whether a child would benefit from', 'children who would benefit from adoption are identified')?"""
        lower = tokens.lower
        j = start - 1
        while j >= 0 and start - j <= self.clause and lower[j] not in self.clause_ends and lower[j] not in self.ids_turns:
            if lower[j] in self.ids_development_not_after:
                return True
            if j in tokens.starts:
                break
            j -= 1
        return False

    def _participle(self, word: str) -> bool:
        """Is `word` a past participle ('placed', 'left'), after which a denying adverb denies what follows?"""
        return word in self.participles or (word.endswith(self.participle_endings) and len(word) > 3)

    def _share(self, figure: Token, unit: Token) -> bool:
        """Are the two tokens a share ('40 %', '40 per cent'), not a count ('only seven children')?"""
        return figure.like_num and unit.lower_ in self.share_units

    def _same_clause(self, doc: Doc, one: tuple[int, int], other: tuple[int, int]) -> bool:
        """Are the two spans in one clause: no clause end or clause turn between them?"""
        (_, low), (high, _) = sorted([one, other])
        if low > high or any(t.text in _CLAUSE_ENDS or t.lower_ in self.turns for t in doc[low:high]):
            return False
        between = " " + " ".join(t.lower_ for t in doc[low:high]) + " "  # 'only 3% … and this is a strong performance'
        return not any(f" {phrase} " in between for phrase in self.scope_ends)  # judges the share: another clause

    def _passive(self, doc: Doc, adverb: int) -> bool:
        """Does a passive auxiliary come right before the denying adverb at `adverb` ('are rarely placed'), so that
        the participle after it says what is done to someone, not what someone did ('have rarely challenged')?"""
        return adverb > 0 and doc[adverb - 1].lower_ in self.passive

    def _in_phrase(self, tokens: _Tokens, participle: int, cue: int) -> bool:
        """Is the cue at `cue` in the participle's own phrase: no clause end, clause turn or joining word ('and')
        between them ('is never recorded and drift is evident': the drift is a weakness of its own)?"""
        return not any(word in self.phrase_stopped for word in tokens.lower[participle + 1 : cue])

    def _answered(self, doc: Doc, tokens: _Tokens, i: int, strengths: list[int]) -> bool:
        """Is token `i` in a clause that a circumstance opener ('when', 'where') begins in mid-sentence, answered by
        a strength outside it: in the words it hangs on ('provide appropriate challenge when actions have not
        progressed'; across a comma only into a phrase of '-ing' or 'and': 'robust action, escalating concerns when …'), or,
        when the clause sits in a fronted phrase the sentence's first comma closes, in the main clause after it
        ('After a period when carers declined, recruitment has improved')? Not 'areas where practice is not always
        robust' (the clause denies its own strength), nor across a turn ('well supported, but there are cases where
        children waited')."""
        lower, clause_ends = tokens.lower, self.clause_ends
        low, high = self._around(tokens, i)
        j = i - 1
        while j > low and lower[j] not in clause_ends:
            if lower[j] in self.ids_circumstances:
                break
            j -= 1
        else:
            return False
        if lower[j - 1] in clause_ends or lower[j - 1] in self.ids_turns:
            return False  # the opener begins its part of the sentence: a conditional, read elsewhere
        k = j  # the words it hangs on: back to a turn, a clause end, or across a comma into an '-ing' phrase
        while k > low and lower[k - 1] not in self.ids_turns:
            if lower[k - 1] in clause_ends and not (lower[k - 1] == self.comma and self._onward(doc[k].lower_)):
                break  # ', escalating …', ', and …' carry on what came before; ', including …' does not
            k -= 1
        if lower[j - 1] not in self.ids_naming and _any_in(strengths, k, j):
            return True
        if not (low in tokens.starts and lower[low] in self.ids_fronting):
            return False  # no fronted phrase ('After a period when …,') opens the sentence
        first = next((t for t in range(low, high) if lower[t] in clause_ends), high)  # a fronted phrase ends here
        if j >= first or first >= high or lower[first] != self.comma or first < i:
            return False
        after = first + 1  # the main clause after the fronted phrase, up to a turn or the next clause end
        while after < high and lower[after] not in self.ids_turns and lower[after] != self.semicolon:
            after += 1
        return _any_in(strengths, first + 1, after)

    def _onward(self, word: str) -> bool:
        """Does a word after a comma carry on what came before it (', escalating …', ', and …'; not ', including …')?"""
        return (word.endswith("ing") and word not in self.not_onward) or word in ("and", "or")

    def _around(self, tokens: _Tokens, i: int) -> tuple[int, int]:
        """The part of token `i`'s sentence within `conditional_clause_tokens` of it on either side (bounded, so a
        long unpunctuated text stays linear; spaCy's `.sent` walks the whole sentence): from the sentence's start at
        or before `i`, and to the next one's, found by bisection among the starts."""
        firsts = tokens.firsts
        at = bisect_right(firsts, i)  # firsts[at - 1] <= i < firsts[at]
        low = max(i - self.clause, firsts[at - 1] if at else 0, 0)
        high = min(i + self.clause, firsts[at] if at < len(firsts) else len(tokens.lower), len(tokens.lower))
        return low, high

    def _conditional(self, doc: Doc, tokens: _Tokens, i: int) -> bool:
        """Is token `i` in the opening clause of a sentence led by a conditional opener, a clause that a comma of the
        same sentence closes?"""
        lower, spaces = tokens.lower, tokens.spaces
        j = i
        while j > 0 and not (j - 1 in spaces or lower[j - 1] in self.clause_ends):
            j -= 1
            if i - j >= self.clause:
                return False  # no opening clause is this long (and the walk stays bounded on unpunctuated text)
        if lower[j] not in self.ids_openers:
            return False
        before = j - 1  # the token before the clause that is not white space within a line
        while before >= 0 and before in spaces and "\\n" not in doc[before].text:
            before -= 1
        if not (before < 0 or before in spaces or lower[before] in self.sentence_ends):  # a new line, or after . ! ?
            return False
        for word in lower[i : j + self.clause]:  # an opening clause is short: a comma far on closes something else
            if word == self.comma:
                return True
            if word in self.sentence_ends:
                return False
        return False


def _outside(found: list[tuple[str, int, int]], label: str, phrases: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """`found` without the phrases themselves and without each cue of `label` that stands inside one of them."""
    return [
        (name, s, e)
        for name, s, e in found
        if name != f"NOT_{label}" and not (name == label and any(a <= s and e <= b for a, b in phrases))
    ]


def _sentence_starts(doc: Doc) -> list[int]:
    """The tokens of `doc` that start a sentence (`is_sent_start`), in order, read from the tokens' array at once."""
    return ((doc.to_array(SENT_START) == 1).nonzero()[0]).tolist()


def _any_in(positions: list[int], low: int, high: int) -> bool:
    """Does the sorted list hold a position in [low, high)?"""
    at = bisect_left(positions, low)
    return at < len(positions) and positions[at] < high


class Sentences(Sentencizer):
    """spaCy's sentencizer, the same sentences (its punctuation characters, `punct_chars`), its rule run over the tokens'
    arrays rather than a token object made for each of about 300,000 tokens over the 26 Ofsted reports' paragraphs: a
    sentence starts at a doc's first token and at the first token after one of the characters that is neither one of
    them nor punctuation; a token whose start was set before keeps it, as the sentencizer's does (not `overwrite`).
    A token is one of the characters exactly when its lower case is (each is one character, its own lower case, and no
    other character's: a test checks every code point), so the tokens' lower case, which the cue rules read too, serves
    for their text: one column fewer to read and one list for both."""

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(name)
        self.ids = _ids(nlp.vocab.strings, self.punct_chars)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        array = doc.to_array([LOWER, IS_PUNCT, SENT_START, IS_SPACE])  # the lower case and white space for the cue rules
        lower = array[:, 0].tolist()
        ids = self.ids
        firsts = [0]  # the sentences' first tokens, in order
        walked = 0  # the tokens before it are read
        punct: list[int] | None = None  # read only where an end is not a doc's last token
        for k in [k for k, word in enumerate(lower) if word in ids]:  # few: the sentences' ends, mostly
            if k < walked:
                continue  # in the run of punctuation walked over from an end before it ('?!', '."')
            j = k + 1
            if j < n and punct is None:
                punct = array[:, 1].tolist()
            while j < n and (punct[j] or lower[j] in ids):
                j += 1
            if j < n:
                firsts.append(j)
            walked = j
        import numpy  # here, not at the top: imported before spaCy, numpy would start its BLAS threads (extract/__init__.py)

        before = array[:, 2].view(numpy.int64)  # set by an earlier component: kept
        starts = numpy.empty(n, dtype=numpy.int64)
        starts.fill(-1)
        starts[firsts] = 1
        # (a new doc's first token starts a sentence already, no other: most docs; `count_nonzero` is one C call, `any` a
        # reduction set up in Python)
        if numpy.count_nonzero(before[1:]) or before[0] == -1:
            starts = numpy.where(before != 0, before, starts)
            firsts = (starts == 1).nonzero()[0].tolist()
        doc.from_array([SENT_START], starts.view(numpy.uint64))
        doc.user_data[_READ] = _Arrays(n, lower, firsts, array[:, 3])
        return doc


@Language.factory("findings_sentences_v1", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences(nlp, name)


@Language.factory("findings_polarity_v1", assigns=["doc.spans"], default_config={"lexicon": LEXICON})
def make_polarity(nlp: Language, name: str, lexicon: str) -> PolarityCues:
    return PolarityCues(nlp, lexicon)


def polarity_nlp() -> Language:
    """A blank English pipeline: sentences by punctuation, then the cues. Offline and deterministic."""
    return pipeline("findings_sentences_v1", "findings_polarity_v1")


Polarities = list[tuple[int, int, str | None]]


def sentence_polarities(text: str) -> Polarities:
    """(start, end, 'Weakness' | 'Strength' | None) for every sentence of `text`, offsets into `text`."""
    return _polarities(polarity_nlp()(text), text)


def texts_polarities(texts: list[str]) -> list[Polarities]:
    """`sentence_polarities` of each of `texts`, the pipeline run over them in one batch (`nlp.pipe`)."""
    return [_polarities(doc, text) for doc, text in zip(polarity_nlp().pipe(texts), texts, strict=True)]


def _cues(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of each span of `doc.spans['polarity']`: as `PolarityCues` kept them (`_CUES`) while that
    group is the doc's, unchanged, rather than a span object made again for each and its label looked up."""
    group = doc.spans["polarity"]
    kept = doc.user_data.get(_CUES)
    if kept is not None and kept[0] is group and len(kept[1]) == len(group):
        return kept[1]
    return [(cue.start, cue.end, cue.label_) for cue in group]


def _sentences(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(first token, end token, start offset, end offset) of each of `doc.sents`: the sentence starts read from the
    tokens' array, two tokens looked at a sentence, rather than a Span and its text made for each (most of the
    polarity pass's own time)."""
    read = _read_arrays(doc)
    if read is not None:
        starts = read.firsts  # as set by `Sentences`: its first token always starts one
    elif not doc.has_annotation("SENT_START"):
        raise ValueError("the document's sentences are not set")  # as doc.sents would
    else:
        starts = _sentence_starts(doc)
    firsts = [0, *(i for i in starts if i), len(doc)]
    out = []
    for first, end in pairwise(firsts):
        last = doc[end - 1]
        out.append((first, end, doc[first].idx, last.idx + len(last)))
    return out


def _polarities(doc: Doc, text: str) -> Polarities:
    cues = sorted(_cues(doc))  # read once, in order
    starts = [s for s, _, _ in cues]
    out = []
    for start, end, start_char, end_char in _sentences(doc):
        at = bisect_left(starts, start)  # the sentence's cues only: linear in the text, not cues × sentences
        labels = {label for s, e, label in cues[at : bisect_left(starts, end)] if e <= end}
        weak = "WEAKNESS" in labels or ("SOFT_WEAKNESS" in labels and "STRENGTH" not in labels)
        polarity = "Weakness" if weak else "Strength" if "STRENGTH" in labels else None
        if text[start_char:end_char].rstrip().endswith("?"):  # a heading that asks ('What … need to improve?')
            polarity = None
        out.append((start_char, end_char, polarity))
    return out
