"""The linker's shortcuts give the slow path's answers: labels looked up by the characters after their first word,
each text's audiences and proper names read once, a lexicon's lists of concepts read once (docs/performance.md)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract.lexicons import PatternError, load_json
from findings.link import themes
from findings.link.as_asked import _proper_names
from findings.link.audiences import without_audiences
from findings.link.previous import content_words

RULE = load_json("lexicons/linking.json")["recurrence"]["audiences"]
_LABEL_WORDS = sorted({w for label in themes.label_texts() for w in label.split()})[:400]


def _each_label_compared(folded: str) -> list[tuple[int, int, str]]:
    """The labels at each word start, every label of its first word compared in turn (the reference)."""
    labels = themes._labels()
    return [
        (m.start(), m.start() + len(label), concept)
        for m in themes._STARTS.finditer(folded)
        for label, concept in labels.get(m.group(), ())
        if folded.startswith(label, m.start()) and not themes._AFTER.match(folded, m.start() + len(label))
    ]


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(st.sampled_from(_LABEL_WORDS), st.sampled_from(themes.label_texts()), st.text(max_size=4)),
        max_size=12,
    ),
    st.sampled_from([" ", "-", "'", ", ", ""]),
)
def test_labels_looked_up_by_the_next_characters_are_those_compared_in_turn(pieces: list[str], join: str) -> None:
    folded = themes.folded(join.join(pieces))
    found = themes._labels_at(folded, themes._by_next(themes._labels()))
    assert sorted(found) == sorted(_each_label_compared(folded))


def test_a_label_at_the_text_s_end_is_found_once() -> None:
    """A key cut short by the text's end is no key: 'assessments' at the end is one label, not one per key length."""
    folded = themes.folded("The timeliness of assessments")
    found = themes._labels_at(folded, themes._by_next(themes._labels()))
    assert sorted(found) == sorted(_each_label_compared(folded)) and len(found) == len(set(found))


def test_audiences_read_once_give_the_same_text_and_follow_a_new_rule() -> None:
    text = "Raise awareness of private fostering among schools, health services and community groups."
    first = without_audiences(text, RULE)
    assert without_audiences(text, RULE) == first == "Raise awareness of private fostering."
    fewer = dict(RULE, bodies=["groups"])  # a QA lead's edit: schools and services are no longer bodies
    assert without_audiences(text, fewer) != first


def test_proper_names_are_the_capitalised_words_after_the_first() -> None:
    assert _proper_names("Leaders in  Northshire and Riverton work well.") == {"northshire", "riverton"}
    assert _proper_names("Northshire's leaders work well.") == frozenset()  # the first word may be capitalised anyway


def test_lexicon_concepts_are_the_caller_s_own_and_unknown_names_are_told_each_time() -> None:
    names = ["adoption", "care-leavers"]
    first = themes.lexicon_concepts(names)
    first.popitem()  # a caller taking an item out changes no later answer
    assert len(themes.lexicon_concepts(names)) == 2
    assert themes.lexicon_concepts(iter(names)) == themes.lexicon_concepts(names)
    for _ in range(2):
        try:
            themes.lexicon_concepts(["no-such-theme"])
        except PatternError as err:
            assert "no-such-theme" in str(err)
        else:
            raise AssertionError("an unknown theme was not told")


def test_content_words_follow_a_new_lexicon(monkeypatch) -> None:
    from findings.link import previous

    text = "Permanence planning"
    assert content_words(text) == frozenset({"perma", "plann"})
    lexicon = dict(load_json("lexicons/linking.json"), generic_words=["permanence", "planning"])
    monkeypatch.setattr(previous, "load_json", lambda name: lexicon)
    assert content_words(text) == frozenset()


def _words_stripped(text: str, stem: int, stop: frozenset[str]) -> frozenset[str]:
    """The reference: each run of letters, apostrophes and hyphens, stripped of the ones it ends in."""
    import re

    words = (w.strip("'-") for w in re.findall(r"[a-z][a-z'-]+", text.lower().replace("’", "'")))
    return frozenset(w[:stem] for w in words if w not in stop and len(w) > 2)


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("abcdefAB'-’ .é_1İ")), max_size=40))
def test_content_words_end_in_a_letter_as_the_stripped_words_do(text: str) -> None:
    from findings.link.previous import _words_of

    lexicon = load_json("lexicons/linking.json")
    stop = frozenset(lexicon["generic_words"]) | {"abc", "bad"}
    assert _words_of(lexicon["stem_length"], stop)(text) == _words_stripped(text, lexicon["stem_length"], stop)


@given(st.text(alphabet=st.sampled_from(list("ab ‘’“”'-\n")), max_size=20))
def test_a_text_folded_again_is_folded_alike(text: str) -> None:
    first = themes.folded(text)
    themes._folds.clear()
    assert themes.folded(text) == first == themes.folded(text)


def test_the_themes_above_a_concept_are_the_caller_s_own() -> None:
    concept = next(c for c in themes._broader())
    first = themes.themes_above(concept)
    first.append("changed by a caller")
    assert themes.themes_above(concept) == first[:-1] and first[:-1]
    assert themes.themes_above("not a concept") == []


def test_what_a_recommendation_asks_is_read_alike_again_and_by_a_new_rule() -> None:
    from findings.link.asks import _words

    rule = load_json("lexicons/linking.json")["later_findings"]["meets_the_ask"]
    text = "Ensure that pre-proceedings work is timely and care-experienced young people are heard."
    first = _words(text, rule)
    assert _words(text, rule) == first and {"prepr", "exper"} <= first
    assert "exper" not in _words(text, dict(rule, not_words=[*rule["not_words"], "experienced"]))


def test_an_item_s_ask_is_read_once_and_each_caller_has_its_own() -> None:
    from findings.link.readings import Readings
    from findings.model import Extraction

    rules = load_json("lexicons/linking.json")["recurrence"]
    read = Readings(Extraction(), [], rules)
    text = "Improve the quality of pathway plans for care leavers, including their health histories."
    from findings.link.parts import without_examples
    from findings.link.themes import concerns_of

    plain = without_examples(without_audiences(text, rules["audiences"]), rules["parts"])
    for shape in ((0.5, 0.5), (0.0, 1.0)):
        first = read.asked(text, shape)
        first.clear()  # a caller's change reaches no later answer
        assert read.asked(text, shape) == concerns_of(plain, rules["broader_credit"], shape) != {}


def test_concerns_read_once_are_the_caller_s_own_and_read_by_shape() -> None:
    text = "The quality of pathway plans for care leavers, including their health histories."
    for shape in ((0.0, 1.0), (0.5, 0.5), [0.5, 0.5]):
        first = themes.concerns_of(text, 0.5, shape)
        assert first == themes._concerns_of(text, 0.5, tuple(shape)) != {}
        first.clear()  # a caller's change reaches no later answer
        assert themes.concerns_of(text, 0.5, shape) == themes._concerns_of(text, 0.5, tuple(shape))
    assert themes.concerns_of(text, 0.0) != themes.concerns_of(text, 0.5)
    assert themes.concerns_named(themes.concerns_of(text, 0.5)) <= set(themes.concerns_of(text, 0.5))
