"""Load and validate the data files of extract/: a bad file fails loudly, naming itself."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from findings.extract.prefilter import Prefiltered
from findings.resources import extract_file


class PatternError(ValueError):
    """A pattern or lexicon file that cannot be used; the message names the file and the entry."""


@cache
def load_json(name: str) -> dict[str, Any]:
    path = extract_file(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise PatternError(f"{name}: {err}") from None


def load_jsonl(name: str) -> list[dict[str, Any]]:
    path = extract_file(name)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise PatternError(f"{name}:{number}: {err.msg}") from None
        if "label" not in row or "pattern" not in row:
            raise PatternError(f"{name}:{number}: a pattern needs 'label' and 'pattern'")
        rows.append(row)
    return rows


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def alternation(words) -> str:
    """The words as one regex alternation, each escaped, longest first (then in order), so a longer phrase is tried
    before a shorter one it starts with ('not on track' before 'on track')."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def with_words(name: str, source: str) -> str:
    """`source` with each '{list}' naming a list of the file's 'word_lists' put as its words, each as written or in
    capitals ('{body_word}' → 'Committee|COMMITTEE|Commission|COMMISSION|…'): a word a QA lead adds to the list is
    read by every pattern that names it."""
    lists = load_json(name).get("word_lists") or {}

    def words(match: re.Match[str]) -> str:
        if match.group(1) not in lists:
            return match.group(0)  # a placeholder another reader fills ('{area}'), or none
        return alternation(dict.fromkeys(form for word in lists[match.group(1)] for form in (word, word.upper())))

    return _PLACEHOLDER.sub(words, source)


@cache
def regex(name: str, key: str) -> re.Pattern[str]:
    """Compile entry `key` of JSON file `name` ('running_header/title': entry 'title' of the object 'running_header')."""
    source: object = load_json(name)
    for part in key.split("/"):
        source = source.get(part) if isinstance(source, dict) else None
    if not isinstance(source, str):
        raise PatternError(f"{name}: '{key}' must be a regular expression string")
    try:
        return re.compile(with_words(name, source))
    except re.error as err:
        raise PatternError(f"{name}: '{key}': {err}") from None


@cache
def prefiltered(name: str, key: str) -> Prefiltered:
    """The list of regular expressions at `key`, searched for only in the texts that can hold a match
    (findings.extract.prefilter): made once."""
    return Prefiltered(regexes(name, key))


@cache
def prefiltered_regex(name: str, key: str) -> Prefiltered:
    """Entry `key` of JSON file `name` (as `regex`), searched for or matched only in the texts that can hold a match."""
    return Prefiltered([regex(name, key)])


def regexes(name: str, key: str) -> list[re.Pattern[str]]:
    """Compile the list of regular expressions at `key` (once a process, as `regex`: a report's readers ask for the
    fieldwork patterns about six times a document, and each asking filled in the word lists and looked the patterns
    up again); a new list each call."""
    return list(_regexes(name, key))


@cache
def _regexes(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for i, source in enumerate(load_json(name).get(key, [])):
        try:
            out.append(re.compile(with_words(name, source)))
        except re.error as err:
            raise PatternError(f"{name}: '{key}'[{i}]: {err}") from None
    return tuple(out)
