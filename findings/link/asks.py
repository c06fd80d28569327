"""Does a later finding speak of what an earlier recommendation asked, not only of a concern both name?

Two items may share a concern and ask different things of it: 'Ensure that all referrals are screened by a qualified
social worker' asks who screens, and 'Children receive a timely response at the front door' praises how fast; both
name the front door (ontology/themes.ttl), in no word the same. A finding that repeats not one word of what the
recommendation asks (its words after what it asks of them, as stems; linking.json later_findings.meets_the_ask)
speaks only of the theme: it is none of the recommendation's later findings, so a strength does not confirm it nor a
weakness raise it again. Issue #9 (black-box tester helper-281).
"""

from __future__ import annotations

import re

from findings.link.themes import folded

_WORD = re.compile(r"[a-z]+")


def asked_of_it(asked: str, rule: dict) -> frozenset[str]:
    """The words of what a recommendation (its text `asked`) asks, after its 'lead' ('Ensure that', 'The timeliness
    of'); `rule` is linking.json's later_findings.meets_the_ask."""
    return _words(re.sub(rule["lead"], "", " ".join(asked.split()), count=1), rule)


def meets(text: str, ask: frozenset[str], rule: dict) -> bool:
    """Does a finding's `text` repeat at least 'minimum_words' of the words of what a recommendation asks
    (`asked_of_it`), where it asks in any?"""
    return not ask or len(_words(text, rule) & ask) >= rule["minimum_words"]


def _words(text: str, rule: dict) -> frozenset[str]:
    """The stems ('stem_length' letters) of a text's words of three letters or more, less 'not_words', its hyphened
    words read both whole, as theme labels are ('pre-proceedings' as 'preproceedings': `folded`), and apart
    ('care-experienced': 'care')."""
    if not _read or _read[0] is not rule:  # the rule's words made a set once, and each text read once, per rule
        _read[:] = [rule, rule["stem_length"], {w.casefold() for w in rule["not_words"]}, {}]
    _, stem, aside, done = _read
    found = done.get(text)
    if found is None:
        if len(done) >= _KEPT:
            done.clear()
        words = _WORD.findall(folded(text)) + _WORD.findall(text.casefold())
        found = done[text] = frozenset(w[:stem] for w in words if len(w) > 2 and w not in aside)
    return found


_read: list = []  # [the rule, its stem length, its 'not_words', text → `_words`]
_KEPT = 1 << 16  # texts remembered (a corpus's findings), then forgotten at once
