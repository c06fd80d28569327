"""The status cues' shortcuts give the slow path's answers: a done cue looked for only where its words are in the text
(cues._done), an outcome phrase's patterns compiled only for a text that may hold it (outcomes._may_hold)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract.lexicons import load_json
from findings.status import cues, outcomes

CUES = load_json(cues.LEXICON)
_WORDS = sorted({w for key in ("done", "not_yet_done", "progress_made", "found_to_be") for p in CUES[key] for w in p.split()})
_PIECES = st.one_of(
    st.sampled_from(CUES["done"]),
    st.sampled_from(CUES["not_yet_done"]),
    st.sampled_from(_WORDS),
    st.sampled_from([".", ";", "71%"]),
)


def _done_every_phrase(text: str, cue: str) -> bool:
    """cues._done with every phrase looked for as a pattern (the reference)."""
    folded = cues._fold(text)
    found = [(m.start(), m.end()) for p in CUES[cue] for m in cues._phrase(p).finditer(folded)]
    not_yet, window = cues._any_of(tuple(CUES["not_yet_done"])), int(CUES["not_yet_window"])
    after = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in CUES["not_done_after"]) + r")(?!\w)")
    found_as = cues._any_of(tuple(CUES["found_to_be"]))
    for start, end in found:
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in found):
            continue
        near = " ".join(re.split(r"[.;:!?]\s", folded[:start] + " ")[-1].split()[-window:])
        yet = [m for m in not_yet.finditer(near) if m.group() != "to be" or not found_as.search(near[: m.start()])]
        if not yet and not after.match(folded, end):
            return True
    return False


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=8), st.sampled_from(["done", "progress_made"]))
def test_a_done_cue_is_looked_for_only_where_its_words_are(pieces: list[str], cue: str) -> None:
    text = " ".join(pieces)
    assert cues._done(text, CUES, cue) == _done_every_phrase(text, cue)


def _every_phrase_compiled(text: str) -> dict[str, float]:
    """outcomes.targets' phrase shares with every phrase's patterns tried (the reference)."""
    found = {}
    for phrase in outcomes._phrases():
        whole, share, _, _ = outcomes._patterns(phrase)
        if m := share.search(text):
            found[phrase] = float(m.group(1))
        elif whole.search(text):
            found[phrase] = 100.0
    return found


@settings(max_examples=200)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(list(outcomes._phrases())),
            st.sampled_from([p.upper() for p in outcomes._phrases()]),
            st.sampled_from(["All", "every", "80%", "will be", "rated", "\u017f", "\u212a", "\u0130", "’", "–", "."]),
        ),
        max_size=8,
    )
)
def test_an_outcome_phrase_is_tried_only_where_it_may_be(pieces: list[str]) -> None:
    text = " ".join(pieces)
    shares = {k: v for k, v in outcomes.targets(text).items() if not k.startswith((outcomes.COUNTED, outcomes.BOUND))}
    assert shares == _every_phrase_compiled(text)
    for phrase in outcomes._phrases():
        if not outcomes._may_hold(text, phrase):
            assert not any(p.search(text) for p in outcomes._patterns(phrase))


def test_an_outcome_judged_against_its_phrase() -> None:
    phrase = outcomes._phrases()[0]
    aims = outcomes.targets(f"All {phrase}.")
    assert aims.get(phrase) == 100.0
    assert outcomes.judged(f"72% {phrase}.", aims)[0] == "OutcomeNotMet"
    assert outcomes.judged("Nothing of the measure.", aims) is None


def test_only_the_known_characters_match_ascii_case_blind() -> None:
    """outcomes._may_hold trusts that no other character beyond ASCII matches an ASCII one in a case-blind pattern, nor
    lower-cases to ASCII (checked on every code point of this Python)."""
    import string

    ascii_class = re.compile("[" + re.escape(string.printable[:95]) + "]", re.IGNORECASE)
    beyond = (chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    like = {c for c in beyond if ascii_class.fullmatch(c) or any(ord(x) < 128 for x in c.lower())}
    assert like == set(outcomes._LIKE_ASCII)


@settings(max_examples=100)
@given(st.lists(st.one_of(_PIECES, st.sampled_from(["the", "agreed", "maximum", "The"])), max_size=8))
def test_a_phrase_after_a_naming_word_is_read_as_the_pattern_made_each_time_read_it(pieces: list[str]) -> None:
    rule = load_json("lexicons/linking.json")["action_in_words"]
    lists, not_after = tuple(rule["cues"]), tuple(rule["not_a_cue_after"])
    text = " ".join(pieces)
    phrases = tuple(p for name in lists for p in CUES[name])
    words = "|".join(map(re.escape, not_after))
    made = re.sub(r"(?i)(?<!\w)((?:" + words + r")\s+)" + cues._any_of(phrases).pattern, r"\1", text)
    assert cues._named_after(CUES, lists, not_after).sub(r"\1", text) == made
    assert cues.own_progress(text, lists, not_after) == cues.own_progress(made, lists)
