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
from typing import NamedTuple

from findings.link.themes import folded

_WORD = re.compile(r"[a-z]+")


class Ask(NamedTuple):
    """What a recommendation asks: its words, and what a finding must say of the aspect its lead names (`asked_of_it`)."""

    words: frozenset[str]
    says: tuple[re.Pattern[str], ...]


def asked_of_it(asked: str, rule: dict) -> Ask:
    """What a recommendation (its text `asked`) asks: the words after its 'lead' ('Ensure that', 'The timeliness of')
    and the 'says' of each of the rule's 'aspects' its lead names ('timeliness of': a finding must speak of time);
    `rule` is linking.json's later_findings.meets_the_ask."""
    text = " ".join(asked.split())
    lead = re.match(rule["lead"], text)
    led = lead.group(0) if lead else ""
    aspects = {name: aspect for name, aspect in rule.get("aspects", {}).items() if name != "description"}
    says = tuple(re.compile(aspects[name]["says"]) for name in sorted(aspects) if re.search(aspects[name]["lead"], led))
    return Ask(_words(text[len(led) :], rule), says)


def meets(text: str, ask: Ask, rule: dict) -> bool:
    """Does a finding's `text` repeat at least 'minimum_words' of the words of what a recommendation asks
    (`asked_of_it`), where it asks in any, and say something of each aspect its lead names?"""
    if not all(pattern.search(text) for pattern in ask.says):
        return False
    return not ask.words or len(_words(text, rule) & ask.words) >= rule["minimum_words"]


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
