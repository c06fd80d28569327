"""The polarity cues' rules (negation windows, circumstance and conditional clauses, wishes, joined cues) read each
token's lower case, sentence start and white space from the doc's arrays at once, not from a token object made for
each question (about 300,000 of them over the 26 Ofsted reports' paragraphs); the sentence around a cue is found by
bisection among the sentence starts. The same cues as before: the polarity tests hold them."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from findings.extract.polarity import polarity_nlp

TEXTS = [
    "Children do not experience any significant delay. When risks do not reduce, they are escalated.",
    "Managers provide appropriate challenge when actions have not progressed, and plans are good.",
    "After a period when carers declined, recruitment has improved; some children wait too long.",
    "Care leavers should have access to good health services.\nThey are rarely placed in unsuitable accommodation.",
    "Only half of pathway plans are up to date, but supervision is regular  and   effective.",
    "",
]


class _Counted(Doc):
    """A doc that counts the token objects asked of it by index or slice."""

    asked = 0

    def __getitem__(self, i):
        type(self).asked += 1
        return super().__getitem__(i)


def _doc(text: str) -> Doc:
    nlp = polarity_nlp()
    made = nlp.make_doc(text)
    return _Counted(nlp.vocab, words=[t.text for t in made], spaces=[bool(t.whitespace_) for t in made])


@pytest.mark.parametrize("text", TEXTS)
def test_the_arrays_give_each_tokens_own_answers(text):
    from findings.extract.polarity import _Tokens

    doc = polarity_nlp().get_pipe("findings_sentences_v1")(polarity_nlp().make_doc(text))
    tokens = _Tokens(doc)
    assert tokens.lower == [t.lower for t in doc]
    assert [i in tokens.starts for i in range(len(doc))] == [bool(t.is_sent_start) for t in doc]
    assert tokens.firsts == sorted(tokens.starts)
    assert [i in tokens.spaces for i in range(len(doc))] == [t.is_space for t in doc]


def test_the_cue_rules_make_no_token_object_a_question():
    nlp = polarity_nlp()
    asked, labels = [], []
    for text in TEXTS[:-1]:
        doc = nlp.get_pipe("findings_sentences_v1")(_doc(text))
        _Counted.asked = 0
        doc = nlp.get_pipe("findings_polarity_v1")(doc)
        asked.append(_Counted.asked - 3 * len(doc.spans["polarity"]))  # a span made asks its first and last token
        labels.append(sorted(span.label_ for span in doc.spans["polarity"]))
    assert asked[:3] == [0, 0, 0]  # weaknesses denied, answered, in a conditional clause: all read from the arrays
    assert asked[3] <= 2  # 'rarely placed': a denying adverb's participle, a rare question, asked of its token
    assert asked[4] < 40  # a strength in the clause of a shortfall ('Only half …'): its words joined, a rare question
    assert labels[1] == ["SOFT_WEAKNESS", "STRENGTH", "STRENGTH"]  # challenge answered: a soft weakness
    assert "WEAKNESS" not in labels[0]  # 'do not experience any significant delay', 'When risks do not reduce,'


def _fresh(doc: Doc):
    """The readings made from the doc itself, as if nothing were kept: the tokens' arrays, sentences and cues."""
    from findings.extract import polarity

    kept = {key: doc.user_data.pop(key) for key in (polarity._READ, polarity._CUES) if key in doc.user_data}
    try:
        tokens = polarity._Tokens(doc)
        return (tokens.lower, tokens.firsts, tokens.spaces), polarity._sentences(doc), sorted(polarity._cues(doc))
    finally:
        doc.user_data.update(kept)


@pytest.mark.parametrize("text", TEXTS[:-1])  # an empty text has no sentence to read, kept or not
def test_what_the_sentencizer_and_cues_keep_reads_as_the_doc(text):
    """The arrays `Sentences` keeps and the cues `PolarityCues` keeps give what the doc itself gives."""
    from findings.extract import polarity

    doc = polarity_nlp()(text)
    tokens = polarity._Tokens(doc)
    kept = (tokens.lower, tokens.firsts, tokens.spaces), polarity._sentences(doc), sorted(polarity._cues(doc))
    assert kept == _fresh(doc)


def test_a_changed_doc_is_read_afresh():
    """A doc whose tokens or cues changed after the pipeline (its length, its span group) is not read from what was kept."""
    from spacy.tokens import Span

    from findings.extract import polarity

    doc = polarity_nlp()(TEXTS[1])
    doc.spans["polarity"].append(Span(doc, 0, 1, label="WEAKNESS"))
    assert (0, 1, "WEAKNESS") in polarity._cues(doc)
    doc.spans["polarity"] = [Span(doc, 1, 2, label="STRENGTH")]
    assert polarity._cues(doc) == [(1, 2, "STRENGTH")]
    shorter = polarity_nlp()(TEXTS[0])
    shorter.user_data[polarity._READ] = doc.user_data[polarity._READ]  # another doc's arrays: another length
    assert polarity._Tokens(shorter).lower == [t.lower for t in shorter]


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    pass
else:
    _WORDS = [
        "not",
        "no",
        "drift",
        "delay",
        "good",
        "effective",
        "when",
        "rarely",
        "placed",
        ",",
        ".",
        "?",
        "!",
        "\n",
        "  ",
        "Children",
        "are",
        "well",
        "supported",
        "but",
        "few",
        "plans",
        "only",
        "half",
        "'",
        '"',
        ";",
        "(",
        ")",
    ]

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
    def test_kept_readings_match_fresh_ones(words):
        from findings.extract import polarity

        doc = polarity_nlp()(" ".join(words))
        tokens = polarity._Tokens(doc)
        kept = (tokens.lower, tokens.firsts, tokens.spaces), polarity._sentences(doc), sorted(polarity._cues(doc))
        assert kept == _fresh(doc)
