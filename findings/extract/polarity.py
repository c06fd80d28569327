"""Sentences and their polarity as a spaCy pipeline: the sentencizer, then the cue matcher from
extract/lexicons/polarity.json (component `findings_polarity_v1`, cues in doc.spans['polarity'])."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup

from findings.extract.lexicons import load_json
from findings.extract.pipeline import pipeline

LEXICON = "lexicons/polarity.json"
_SENTENCE_ENDS = {".", "!", "?"}
_CLAUSE_ENDS = {*_SENTENCE_ENDS, ",", ";", ":"}
_WEAKNESSES = {"WEAKNESS", "SOFT_WEAKNESS"}  # a soft one counts only in a sentence without a strength cue


class PolarityCues:
    """Marks every weakness and strength cue of the lexicon as a span labelled WEAKNESS or STRENGTH."""

    def __init__(self, nlp: Language, lexicon: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        data = load_json(lexicon)
        for label in ("weakness", "soft_weakness", "strength", "not_weakness", "negators"):
            self.matcher.add(label.upper(), [nlp.make_doc(phrase) for phrase in data[label]])
        self.window = int(data["negation_window"])
        self.openers = {word.casefold() for word in data["conditional_openers"]}
        self.clause = int(data["conditional_clause_tokens"])
        self.circumstances = {word.casefold() for word in data["circumstance_openers"]}
        self.naming = {word.casefold() for word in data["not_circumstance_after"]}
        self.turns = {word.casefold() for word in data["clause_turns"]}

    def __call__(self, doc: Doc) -> Doc:
        found = [(doc.vocab.strings[label], start, end) for label, start, end in self.matcher(doc)]
        shields = [(s, e) for label, s, e in found if label == "NOT_WEAKNESS"]
        negators = [(s, e) for label, s, e in found if label == "NEGATORS"]
        cancelled: set[tuple[int, int]] = set()
        for label, start, end in found:
            if label not in _WEAKNESSES or any(s <= start and end <= e for s, e in shields):
                continue
            before = [(s, e) for s, e in negators if e <= start and start - e < self.window and (s, e) != (start, end)]
            if before:  # 'avoiding drift', 'not ... unnecessary': the weakness is denied
                cancelled |= {(start, end), *before}
            elif self._conditional(doc, start):  # 'When risks do not reduce, they are escalated': a circumstance
                cancelled.add((start, end))
        strengths = [  # a strength no negator denies ('not effectively escalating' is none)
            s for label, s, _ in found if label == "STRENGTH" and not any(e <= s and s - e < self.window for _, e in negators)
        ]
        spans = []
        for label, start, end in found:
            if label == "WEAKNESS" and self._answered(doc, start, strengths):
                label = "SOFT_WEAKNESS"  # 'challenge when actions have not progressed': what a strength answers
            if label == "STRENGTH" or (
                label in _WEAKNESSES and (start, end) not in cancelled and not any(s <= start and end <= e for s, e in shields)
            ):
                spans.append(Span(doc, start, end, label=label))
        doc.spans["polarity"] = SpanGroup(doc, name="polarity", spans=spans)
        return doc

    def _answered(self, doc: Doc, i: int, strengths: list[int]) -> bool:
        """Is token `i` in a clause that a circumstance opener ('when', 'where') begins in mid-sentence, answered by
        a strength in the words just before it ('provide appropriate challenge when actions have not progressed';
        not 'areas where practice is not always robust', whose strength the clause denies, nor 'well supported, but
        there are cases where children have waited', whose strength is another clause's)?"""
        sentence = doc[i].sent
        j = i - 1
        while j > sentence.start and doc[j].text not in _CLAUSE_ENDS:
            if doc[j].lower_ in self.circumstances:
                if doc[j - 1].text in _CLAUSE_ENDS or doc[j - 1].lower_ in self.naming:
                    return False  # opening the sentence (a conditional, read elsewhere), or 'an area where …'
                k = j - 1  # the words the clause hangs on: back to a clause end or a turn ('but', 'although')
                while k > sentence.start and doc[k - 1].text not in _CLAUSE_ENDS and doc[k - 1].lower_ not in self.turns:
                    k -= 1
                return any(k <= s < j for s in strengths)
            j -= 1
        return False

    def _conditional(self, doc: Doc, i: int) -> bool:
        """Is token `i` in the opening clause of a sentence led by a conditional opener, a clause that a comma of the
        same sentence closes?"""
        j = i
        while j > 0 and not (doc[j - 1].is_space or doc[j - 1].text in _CLAUSE_ENDS):
            j -= 1
        before = next((t for t in reversed(doc[:j]) if not t.is_space or "\n" in t.text), None)
        starts = before is None or before.is_space or before.text in _SENTENCE_ENDS  # a new line, or after . ! ?
        if not (starts and doc[j].lower_ in self.openers):
            return False
        for t in doc[i : j + self.clause]:  # an opening clause is short: a comma far on closes something else
            if t.text == ",":
                return True
            if t.text in _SENTENCE_ENDS:
                return False
        return False


@Language.factory("findings_polarity_v1", assigns=["doc.spans"], default_config={"lexicon": LEXICON})
def make_polarity(nlp: Language, name: str, lexicon: str) -> PolarityCues:
    return PolarityCues(nlp, lexicon)


def polarity_nlp() -> Language:
    """A blank English pipeline: sentences by punctuation, then the cues. Offline and deterministic."""
    return pipeline("sentencizer", "findings_polarity_v1")


Polarities = list[tuple[int, int, str | None]]


def sentence_polarities(text: str) -> Polarities:
    """(start, end, 'Weakness' | 'Strength' | None) for every sentence of `text`, offsets into `text`."""
    return _polarities(polarity_nlp()(text))


def texts_polarities(texts: list[str]) -> list[Polarities]:
    """`sentence_polarities` of each of `texts`, the pipeline run over them in one batch (`nlp.pipe`)."""
    return [_polarities(doc) for doc in polarity_nlp().pipe(texts)]


def _polarities(doc: Doc) -> Polarities:
    cues = [(cue.start, cue.end, cue.label_) for cue in doc.spans["polarity"]]  # read once, not once a sentence
    out = []
    for sent in doc.sents:
        start, end = sent.start, sent.end
        labels = {label for s, e, label in cues if s >= start and e <= end}
        weak = "WEAKNESS" in labels or ("SOFT_WEAKNESS" in labels and "STRENGTH" not in labels)
        polarity = "Weakness" if weak else "Strength" if "STRENGTH" in labels else None
        out.append((sent.start_char, sent.end_char, polarity))
    return out
