"""The concerns an item is about, from the SKOS theme scheme in ontology/themes.ttl (labels a QA lead extends)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from findings.extract.lexicons import PatternError, load_json
from findings.resources import ontology_file

SKOS = "http://www.w3.org/2004/02/skos/core#"
LEXICON = "lexicons/linking.json"
_NONE = ""  # the concern of a phrase that looks like a label but names none


class Scheme:
    """The theme scheme's triples as plain strings (parsed by Oxigraph, so the build needs no rdflib): each object as
    its value (an IRI, a label's text) and as a term of the graph (the IRI, or the literal's N-Triples form)."""

    def __init__(self, path: str) -> None:
        import pyoxigraph as ox

        from findings.rdf.triples import from_oxigraph

        self.by_subject: dict[str, list[tuple[str, str, str]]] = {}
        for t in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
            value, term = t.object.value, from_oxigraph(t.object)
            self.by_subject.setdefault(t.subject.value, []).append((t.predicate.value, value, term))

    def subject_objects(self, predicate: str) -> list[tuple[str, str]]:
        """(subject IRI, object value) of every triple with `predicate`."""
        return [(s, v) for s, pos in self.by_subject.items() for p, v, _ in pos if p == predicate]

    def predicate_objects(self, subject: str) -> list[tuple[str, str]]:
        """(predicate IRI, object as a graph term) of every triple about `subject`."""
        return [(p, term) for p, _, term in self.by_subject.get(subject, [])]


@cache
def scheme() -> Scheme:
    """The theme scheme, parsed once: the linker reads its labels, the writer copies its concepts."""
    return Scheme(str(ontology_file("themes.ttl")))


@cache
def _labels() -> dict[str, list[tuple[str, str]]]:
    """Every prefLabel and altLabel (case-folded) with its theme IRI, and every phrase that names no concern though a
    label is in it (linking.json, themes.not_concerns), filed under the first word, so a text is read once, word by
    word, not once a label."""
    graph = scheme()
    pairs = {
        (_fold(label).strip(_EDGE), concept)
        for pred in (SKOS + "prefLabel", SKOS + "altLabel")
        for concept, label in graph.subject_objects(pred)
    }
    pairs |= {(_fold(phrase).strip(_EDGE), _NONE) for phrase in load_json(LEXICON)["themes"]["not_concerns"]}
    by_word: dict[str, list[tuple[str, str]]] = {}
    for label, concept in sorted(pairs):
        if first := _WORD.match(label):  # a label of punctuation only ('‘’') names nothing
            by_word.setdefault(first.group(), []).append((label, concept))
    return by_word


def _fold(text: str) -> str:
    """Text and labels compared alike: words in curly quotes as plain words ('‘return home’ interviews' are return
    home interviews), one kind of apostrophe, single spaces, words joined by a hyphen written as one (councils write
    'pre-proceedings' and 'preproceedings', 'multi-agency' and 'multiagency'), case folded."""
    done = _folds.get(text)
    if done is None:  # once per text: the linkers fold a recommendation's text again for each thing they ask of it
        if len(_folds) >= _NAMED_KEPT:
            _folds.clear()
        plain = _QUOTED.sub(r"\1", text) if "‘" in text or "“" in text else text  # most texts quote nothing
        done = _folds[text] = unhyphenated(" ".join(plain.replace("’", "'").split())).casefold()
    return done


_folds: dict[str, str] = {}  # text → `_fold` of it


def folded(text: str) -> str:
    """`text` as labels are compared with it (`_fold`)."""
    return _fold(text)


def label_texts() -> list[str]:
    """Every label of the scheme and phrase of themes.not_concerns, as compared (`folded`)."""
    return sorted({label for entries in _labels().values() for label, _ in entries})


_JOINED = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # a hyphen between letters: 'pre-proceedings' is 'preproceedings'


def unhyphenated(text: str) -> str:
    """`text` with every hyphen between two letters left out: a word with or without its hyphen is one word."""
    return _JOINED.sub("", text) if "-" in text else text  # the pattern tries each character: only where a hyphen is


_QUOTED = re.compile(r"[‘“]([^‘’“”]*)(?:’(?![\w])|”)")  # a quoted phrase; not an apostrophe inside a word ('children’s')


_EDGE = " '‘“”\"()[]{}.,;:!?£$"  # quotes and punctuation a QA lead may type around a label


_WORD = re.compile(r"\w+")
_STARTS = re.compile(r"(?<![\w-])\w+")  # a word where a label may begin (no letter or hyphen before it)
_AFTER = re.compile(r"[\w-]")  # a label ends where no letter or hyphen follows


@cache
def _broader() -> dict[str, str]:
    """Each narrower concern's broader theme (skos:broader). A chain that comes back on itself is a mistake in the
    scheme a QA lead edits, and a concern with two broader themes is one the linker cannot read: each is named, not a
    build that never ends or a theme silently dropped."""
    pairs = scheme().subject_objects(SKOS + "broader")
    broader = dict(pairs)
    if len(broader) < len(pairs):
        twice = sorted({s for s, _ in pairs if sum(1 for other, _ in pairs if other == s) > 1})
        raise PatternError(f"ontology/themes.ttl: two broader themes, which the linker does not read: {', '.join(twice)}")
    for start in sorted(broader):
        chain, concept = [start], broader[start]
        while concept in broader and concept not in chain:
            chain.append(concept)
            concept = broader[concept]
        if concept in chain:
            raise PatternError(f"ontology/themes.ttl: skos:broader loops: {' → '.join(chain + [concept])}")
    return broader


def says(text: str, concept: str) -> bool:
    """Does `text` hold one of `concept`'s own labels anywhere, even inside a longer label of another concern
    ('pathway plans for care leavers' says care leavers)?"""
    labels = _own_labels().get(concept)
    return bool(labels) and _any_label(tuple(labels)).search(f" {_fold(text)} ") is not None


@lru_cache(maxsize=1024)
def _any_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for `says`: any of `labels` between non-word characters (an alternation finds what a search per
    label finds: at each place each label is tried in turn; built once per concept rather than once per call)."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, labels))})(?![\w-])")


@cache
def _own_labels() -> dict[str, list[str]]:
    """Each concept's labels, case-folded, as `says` looks for them."""
    own: dict[str, list[str]] = {}
    for pred in (SKOS + "prefLabel", SKOS + "altLabel"):
        for concept, label in scheme().subject_objects(pred):
            own.setdefault(concept, []).append(_fold(label).strip(_EDGE))
    return {c: sorted(set(labels)) for c, labels in own.items()}


def own_labels(concept: str) -> list[str]:
    """`concept`'s own labels, case-folded (`says`)."""
    return _own_labels().get(concept, [])


def names(text: str, label: str) -> bool:
    """Does `text` hold `label` (one of `own_labels`) between non-word characters, as compared? (Seldom asked: not
    through `_any_label`'s patterns, which `says` keeps.)"""
    return re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", f" {_fold(text)} ") is not None


def named_themes(text: str) -> set[str]:
    """The theme IRIs whose own labels occur in `text` (`named_at`)."""
    return set(named_at(text)[0])


def named_at(text: str) -> tuple[dict[str, int], int]:
    """Each theme IRI whose own label occurs in `text`, with where its first such label starts, and the text's length
    (both as compared: case folded, single spaces); a label inside a longer one found there does not count ('friends
    and family assessments' is about kinship care, not assessments in general); labels that only overlap both count
    ('child protection conference chairs': conferences, and the chairs)."""
    labels = _labels()
    known = _named.get(text)
    if known is None or known[0] is not labels:  # once per text and scheme: the linkers read a recommendation 3-4 times
        if len(_named) >= _NAMED_KEPT:
            _named.clear()
        known = _named[text] = (labels, _named_at(text, labels))
    themes, length, _ = known[1]
    return dict(themes), length


def team_credits(text: str, broader_credit: float, later_named: tuple[float, float] = (0.0, 1.0)) -> dict[str, float]:
    """The concerns `text` names only as the team where the work is done (`_where_the_work_is`), credited as
    `concerns_of` would have: a pair whose other item names such a concern itself shares it (findings/link/readings.py)."""
    named_at(text)
    _, length, teams = _named[text][1]
    slope, floor = later_named
    broad = _broad()
    return {
        c: (broader_credit if c in broad else 1.0) * max(floor, 1.0 - slope * start / max(1, length))
        for c, start in sorted(teams.items())
    }


_named: dict[str, tuple[dict, tuple[dict[str, int], int, dict[str, int]]]] = {}  # text → (labels, `_named_at`'s answer)
_NAMED_KEPT = 1 << 16


def _named_at(text: str, labels: dict[str, list[tuple[str, str]]]) -> tuple[dict[str, int], int, dict[str, int]]:
    """`named_at`, read word by word from `labels` (`_labels`), with the concerns named only as a team (`team_credits`)."""
    folded = _fold(text)
    found = _labels_at(folded, _by_next(labels))
    found += _coordinated(folded, found, labels) + _coordinated_before(folded, found, labels)
    taken: list[tuple[int, int]] = []
    taken_as: list[tuple[int, int, str]] = []  # each label counted, with its concern
    themes: dict[str, int] = {}
    hiding = _hiding_overlaps()  # a phrase naming no concern, or one thing whole (a group of children): what starts in it
    hidden = [(s, e) for s, e, concept in found if concept == _NONE or concept in hiding]
    for start, end, concept in sorted(found, key=lambda f: (f[0] - f[1], f[0], f[2])):  # is its ('children subject to
        if concept != _NONE and any(s < start < e < end for s, e in hidden):  # child protection plans are seen': no
            continue  # 'plans are' of plans' quality)
        inside = [(s, e) for s, e in taken if s <= start and end <= e]
        if not inside or (start, end) in inside:  # the same words may be a label of two concerns: both count
            taken.append((start, end))
            taken_as.append((start, end, concept))
            themes[concept] = min(start, themes.get(concept, start))
    themes.pop(_NONE, None)  # a phrase that names no concern only hides the labels inside it
    themes = _for_the_group(_completed_later(themes, taken_as, folded), taken_as, folded)
    teams = _where_the_work_is(themes, taken_as, folded)
    return themes, len(folded), teams


_NEXT = 3  # a first word's labels filed again by the characters after it: 'children' begins 46 labels


def _labels_at(folded: str, index: dict[str, tuple[int, list[int], dict[str, list[tuple[str, str, int]]]]]) -> list:
    """(start, end, concept) of every label (`_labels`) that starts at a word of `folded` and ends before no letter or
    hyphen: each word's labels looked up by the characters after it (`_by_next`), not each compared in turn."""
    found = []
    room = len(folded)
    for m in _STARTS.finditer(folded):
        entry = index.get(m.group())
        if entry is None:
            continue
        size, lengths, by_next = entry
        start = m.start()
        after = start + size
        for n in lengths:  # shortest first; a slice at the text's end would be cut short, so none beyond it
            if after + n > room:
                break
            for label, concept, length in by_next.get(folded[after : after + n], ()):
                if folded.startswith(label, start) and not _AFTER.match(folded, start + length):
                    found.append((start, start + length, concept))
    return found


def _by_next(labels: dict[str, list[tuple[str, str]]]) -> dict[str, tuple[int, list[int], dict[str, list[tuple[str, str, int]]]]]:
    """`labels` (first word → its labels) with each word's labels filed by their next `_NEXT` characters (fewer where
    the label ends sooner): (the word's length, the lengths of those keys, key → (label, concept, length)). Made once
    per `labels`."""
    if _indexed and _indexed[0] is labels:
        return _indexed[1]
    index = {}
    for word, entries in labels.items():
        by_next: dict[str, list[tuple[str, str, int]]] = {}
        for label, concept in entries:
            by_next.setdefault(label[len(word) : len(word) + _NEXT], []).append((label, concept, len(label)))
        index[word] = (len(word), sorted({len(key) for key in by_next}), by_next)
    _indexed[:] = [labels, index]
    return index


_indexed: list = []  # [the labels, `_by_next` of them]: a new scheme, a new index


@cache
def _joins() -> re.Pattern[str]:
    """A join between two coordinated words (linking.json, themes.coordinated: 'and', 'or'), from a label's end."""
    joins = "|".join(map(re.escape, sorted(load_json(LEXICON)["themes"]["coordinated"]["joins"], key=len, reverse=True)))
    return re.compile(rf",?\s+(?:{joins})\s+")


def _coordinated(
    folded: str, found: list[tuple[int, int, str]], labels: dict[str, list[tuple[str, str]]]
) -> list[tuple[int, int, str]]:
    """The labels a coordinated word completes with the words before the word it is joined to (linking.json,
    themes.coordinated): 'placement sufficiency and stability' names placement stability too, 'child protection
    plans and conferences' the conferences. Each is placed at the coordinated word, which its label then spans."""
    out = []
    for start, end, concept in found:
        head = folded[start:end].rpartition(" ")[0]
        join = _joins().match(folded, end) if concept != _NONE and head else None
        if join is None:
            continue
        at = join.end()
        for label, other in labels.get(_WORD.match(head).group(), ()) if _WORD.match(head) else ():
            rest = label[len(head) + 1 :]
            if (
                other != _NONE
                and label.startswith(head + " ")
                and rest
                and " " not in rest  # one word joined to one word: 'sufficiency and stability'
                and folded.startswith(rest, at)
                and not _AFTER.match(folded, at + len(rest))
            ):
                out.append((at, at + len(rest), other))
    return out


def _coordinated_before(
    folded: str, found: list[tuple[int, int, str]], labels: dict[str, list[tuple[str, str]]]
) -> list[tuple[int, int, str]]:
    """The labels a word joined before a label's first word completes with the label's other words, where the label
    ends in one of linking.json themes.coordinated 'before' 'last_words': 'sexual and criminal exploitation' names
    sexual exploitation too. Each is placed at the joined word, which its label then spans."""
    last = set(load_json(LEXICON)["themes"]["coordinated"].get("before", {}).get("last_words", []))
    out = []
    for start, end, concept in found if last else ():
        head, _, rest = folded[start:end].partition(" ")
        if concept == _NONE or not rest or rest.rpartition(" ")[2] not in last:
            continue
        joined = _joined_before().search(folded, 0, start)
        if joined is None:
            continue
        word = joined.group(1)
        for label, other in labels.get(word, ()):
            if other not in (_NONE, concept) and label == f"{word} {rest}":
                out.append((joined.start(1), joined.end(1), other))
    return out


@cache
def _joined_before() -> re.Pattern[str]:
    """A word joined (linking.json, themes.coordinated 'joins') to the word that follows, at the end of the text searched."""
    joins = "|".join(map(re.escape, sorted(load_json(LEXICON)["themes"]["coordinated"]["joins"], key=len, reverse=True)))
    return re.compile(rf"(?<![\w'’-])([\w'’-]+),?\s+(?:{joins})\s+$")


@cache
def _later_completions() -> list[tuple[str, re.Pattern[str], str]]:
    """(the concern, its label's words followed in the same clause by a word that makes them another concern, that
    concern) of linking.json, themes.completed_later, as theme IRIs and patterns on folded text."""
    rules = load_json(LEXICON)["themes"].get("completed_later", {})
    gap = (
        rf"(?:\s+(?!(?:{'|'.join(map(re.escape, rules.get('not_across', ['and'])))})\b)[\w'’-]+){{0,{rules.get('words', 0)}}}\s+"
    )
    out = []
    for r in rules.get("readings", []):
        words, then = ("|".join(re.escape(_fold(w)) for w in r[k]) for k in ("words", "then"))
        out.append(
            (
                lexicon_concepts([r["of"]]).popitem()[0],
                re.compile(rf"(?:{words}){gap}(?:{then})(?![\w-])"),
                lexicon_concepts([r["as"]]).popitem()[0],
            )
        )
    return out


def _completed_later(themes: dict[str, int], taken: list[tuple[int, int, str]], folded: str) -> dict[str, int]:
    """`themes` with a label of a concern whose words a later word of the same clause makes another concern read as
    that one (linking.json, themes.completed_later): 'the health needs of children looked after are assessed' asks
    for their health assessments, as 'health needs are assessed' does."""
    for concept, pattern, read_as in _later_completions():
        starts = [s for s, _, c in taken if c == concept]
        completed = [s for s in starts if pattern.match(folded, s)]
        if completed:
            themes[read_as] = min(completed + [themes.get(read_as, completed[0])])
            if len(completed) == len(starts):  # the concern stays where another of its labels names it
                themes.pop(concept, None)
    return themes


@cache
def _team_places() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]] | None:
    """(a place's opening words just before a label, a team's words, one of them just after a label) of linking.json,
    themes.team_named, on folded text; None when the rule is off."""
    rule = load_json(LEXICON)["themes"].get("team_named", {})
    if not rule.get("apply", False):
        return None
    places = "|".join(re.escape(_fold(p)) for p in sorted(rule["places"], key=len, reverse=True))
    teams = frozenset(_fold(t) for t in rule["teams"])
    after = "|".join(re.escape(t) for t in sorted(teams, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{places})\s+$"), teams, re.compile(rf"\s+(?:{after})(?![\w-])")


def _where_the_work_is(themes: dict[str, int], taken: list[tuple[int, int, str]], folded: str) -> dict[str, int]:
    """`themes` (changed in place) with a concern named only as the team where the work is done ('… children's plans
    in the disabled children's team') read as the theme above it, whom the work is for, not what is asked
    (linking.json, themes.team_named); a concern with no theme above it stays. Returns the concerns so read, with
    where they start."""
    rule = _team_places()
    read: dict[str, int] = {}
    if rule is None:
        return read
    place, teams, after = rule
    for concept in sorted({c for _, _, c in taken if c in themes}):
        spans = [(s, e) for s, e, c in taken if c == concept]
        above = themes_above(concept)[:1]  # a theme of its own is its group already ('the family help teams')
        if above and all(place.search(folded, 0, s) and _ends_in_team(folded, s, e, teams, after) for s, e in spans):
            at = read[concept] = themes.pop(concept)
            themes[above[0]] = min(at, themes.get(above[0], at))
    return read


def _ends_in_team(folded: str, start: int, end: int, teams: frozenset[str], after: re.Pattern[str]) -> bool:
    """Whether the label at `folded[start:end]` ends in a team's word or one follows it ('the children in care team')."""
    return folded[start:end].rsplit(" ", 1)[-1] in teams or bool(after.match(folded, end))


@cache
def _group_readings() -> list[tuple[str, re.Pattern[str], str, re.Pattern[str] | None]]:
    """(group, a word of the labels read so, the concern they are read as, other groups that keep them) of linking.json,
    themes.for_the_group, as theme IRIs and patterns on folded text."""

    def any_of(phrases: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(_fold(p)) for p in phrases)})(?![\w-])")

    return [
        (
            lexicon_concepts([r["group"]]).popitem()[0],
            any_of(r["words"]),
            lexicon_concepts([r["as"]]).popitem()[0],
            any_of(r["not_beside"]) if r["not_beside"] else None,  # none: an empty pattern would match everywhere
        )
        for r in load_json(LEXICON)["themes"]["for_the_group"]["readings"]
    ]


def _for_the_group(themes: dict[str, int], taken: list[tuple[int, int, str]], folded: str) -> dict[str, int]:
    """`themes` (concern → where first named) with a label holding a word that names another thing for a group of
    children (`taken`: each label counted, with its concern) read as the group's concern when the text names the group
    (linking.json, themes.for_the_group): a care leaver's 'suitable homes' are their accommodation, not a placement;
    the label's own concern stays where another label names it; beside another group ('children in care') the word
    is read as the label's alone, whose homes they are being unclear."""
    for group, word, read_as, beside in _group_readings():
        worded = [(s, c) for s, e, c in taken if c != _NONE and word.search(folded, s, e)]
        if not worded or not any(within(t, {group}) for t in themes) or (beside and beside.search(folded)):
            continue
        themes[read_as] = min(s for s, _ in worded + [(themes.get(read_as, len(folded)), read_as)])
        for concept in {c for _, c in worded} - {read_as}:
            if all(word.search(folded, s, e) for s, e, c in taken if c == concept):
                themes.pop(concept)
    return themes


@cache
def _hiding_overlaps() -> frozenset[str]:
    """The concepts whose labels name one thing whole (linking.json, themes.hides_overlaps): as a phrase naming no
    concern, a label of one hides a label that starts inside it and runs on ('plans are' in 'children subject to
    child protection plans are seen' names no plans' quality, 'assessments of' in 'early help assessments of good
    quality' no assessment of a child)."""
    return frozenset(lexicon_concepts(load_json(LEXICON)["themes"].get("hides_overlaps", [])))


def head_weights(text: str, later_named: tuple[float, float] = (0.0, 1.0)) -> dict[str, float]:
    """Each concern `text` names → how near its head it is first named: with (slope, floor) = `later_named`,
    max(floor, 1 − slope × where it starts / the text's length), so an item's head concern ('The quality of plans')
    outweighs one named in passing ('…, including risk assessment tools')."""
    named, length = named_at(text)
    slope, floor = later_named
    return {concept: max(floor, 1.0 - slope * start / max(1, length)) for concept, start in sorted(named.items())}


def concerns_of(text: str, broader_credit: float, later_named: tuple[float, float] = (0.0, 1.0)) -> dict[str, float]:
    """Theme IRI → credit: 1 for a concern `text` names, `broader_credit` for a theme with narrower concerns, named
    or reached through one (two items about different concerns of one broad theme are not one concern); each scaled
    by how near the head of `text` the concern (or the narrower one it is reached through) is named (`head_weights`).
    Read once per text, credit and shape (an item's text is read again for each reading of it); the caller's own."""
    labels, broader = _labels(), _broader()
    if not _credited or _credited[0] is not labels or _credited[1] is not broader:  # a new scheme, a new memo
        _credited[:] = [labels, broader, {}]
    done, key = _credited[2], (text, broader_credit, *later_named)
    credits = done.get(key)
    if credits is None:
        if len(done) >= _NAMED_KEPT:
            done.clear()
        credits = done[key] = _concerns_of(text, broader_credit, later_named)
    return dict(credits)


_credited: list = []  # [`_labels`, `_broader`, (text, credit, slope, floor) → `concerns_of`]


def _concerns_of(text: str, broader_credit: float, later_named: tuple[float, float]) -> dict[str, float]:
    """`concerns_of`, read."""
    broad = _broad()
    credits: dict[str, float] = {}
    for concept, weight in head_weights(text, later_named).items():
        credits[concept] = max(credits.get(concept, 0.0), (broader_credit if concept in broad else 1.0) * weight)
        for parent in themes_above(concept):
            credits[parent] = max(credits.get(parent, 0.0), broader_credit * weight)
    return credits


def for_a_group(credits: dict[str, float], rule: dict, whole: dict[str, float] | None = None) -> dict[str, float]:
    """`credits` (from `concerns_of`) with a management function (supervision, data) at `rule['credit']` times its
    credit, and the theme above it too, when the item also names a group of children: oversight of one group's work
    is about that group (linking.json, recurrence.for_a_group). A part of an item (`parts_of`) is read so when the
    `whole` item names both: 'the management oversight' of an item on oversight of care leavers' plans is theirs."""
    functions, groups = set(lexicon_concepts(rule["functions"])), set(lexicon_concepts(rule["groups"]))
    item = credits if whole is None else whole
    # a group may be a broad theme named itself ('care leavers'): any credited counts
    if not any(within(c, groups) for c in item) or not any(within(c, functions) for c in concerns_named(item)):
        return credits
    lowered = {t for c in concerns_named(credits) if within(c, functions) for t in (c, *themes_above(c))}
    return {t: credit * rule["credit"] if t in lowered else credit for t, credit in credits.items()}


def for_which_group(credits: dict[str, float], rule: dict) -> tuple[frozenset[str], frozenset[str]]:
    """(the groups of children an item names, the management functions it names with the themes above them) by
    linking.json's recurrence.for_a_group; `apart_by_group` compares two items so read."""
    functions, groups = set(lexicon_concepts(rule["functions"])), set(lexicon_concepts(rule["groups"]))
    mine = frozenset(g for c in credits for g in (c, *themes_above(c)) if g in groups)
    lowered = frozenset(t for c in concerns_named(credits) if within(c, functions) for t in (c, *themes_above(c)))
    return mine, lowered


def apart_by_group(later: tuple[frozenset[str], frozenset[str]], earlier: tuple[frozenset[str], frozenset[str]]) -> set[str]:
    """The management functions (and the themes above them) two items (`for_which_group`) each read as for a group
    (`for_a_group`) when their groups differ: assessments of children going home from care and assessments of care
    leavers share no concern by the assessments, as two kinds of plan share none by the plans (linking.json,
    recurrence.for_a_group)."""
    (mine, my_functions), (theirs, their_functions) = later, earlier
    return set(my_functions & their_functions) if mine and theirs and not mine & theirs else set()


def oversight_of_a_group(text: str, credits: dict[str, float], rule: dict) -> tuple[set[str], set[str]]:
    """The management functions `text` says (a label anywhere, even inside a longer label of the group's: 'supervision
    of foster carers') and the concerns of a group of children among its `credits` (linking.json,
    recurrence.for_a_group), when it names both; else two empty sets. A later word on that group speaks of such an item
    only when it says the function too."""
    groups = {c for c in credits if within(c, set(lexicon_concepts(rule["groups"])))}
    functions = {f for f in lexicon_concepts(rule["functions"]) if says(text, f)} if groups else set()
    return (functions, groups) if functions else (set(), set())


def within(concept: str, themes: set[str]) -> bool:
    """Is `concept` one of `themes` or under one of them?"""
    return concept in themes or any(t in themes for t in themes_above(concept))


def under(themes: set[str]) -> set[str]:
    """Every concept of the scheme that is one of `themes` or under one of them (`within`), to test at once."""
    return {concept for concept in _named_concepts().values() if within(concept, themes)}


def _broad() -> frozenset[str]:
    """The themes some concern is narrower than (`_broader`'s values), gathered once per scheme."""
    broader = _broader()
    if not _broad_of or _broad_of[0] is not broader:
        _broad_of[:] = [broader, frozenset(broader.values())]
    return _broad_of[1]


_broad_of: list = []  # [`_broader`, its values]


def themes_above(concept: str) -> list[str]:
    """The themes above `concept`, nearest first (each concept's chain walked once per scheme)."""
    broader = _broader()
    if not _chains or _chains[0] is not broader:
        _chains[:] = [broader, {}]
    chain = _chains[1].get(concept)
    if chain is None:
        chain, at = [], concept
        while at in broader:
            at = broader[at]
            chain.append(at)
        _chains[1][concept] = chain
    return list(chain)  # the caller's own


_chains: list = []  # [`_broader`, concept → the themes above it]


@cache
def _named_concepts() -> dict[str, str]:
    """Each concept's local name (`th:adoption` → 'adoption') → its IRI, as a lexicon names them."""
    return {iri.rsplit("/", 1)[-1]: iri for iri, _ in scheme().subject_objects(SKOS + "prefLabel")}


def lexicon_concepts(names: Iterable[str]) -> dict[str, str]:
    """Each concept a lexicon names by its local name → its IRI; a name the scheme lacks is a mistake a QA lead is
    told of."""
    named, key = _named_concepts(), tuple(names)
    if not _read_names or _read_names[0] is not named:  # a new scheme, a new memo
        _read_names[:] = [named, {}]
    done = _read_names[1].get(key)
    if done is None:  # once per list of names: the linkers ask for a rule's few lists thousands of times
        unknown = sorted(n for n in key if n not in named)
        if unknown:
            raise PatternError(f"{LEXICON}: no such theme in ontology/themes.ttl: {', '.join(unknown)}")
        done = _read_names[1][key] = {named[n]: n for n in key}
    return dict(done)  # the caller's own (some take an item out of it)


_read_names: list = []  # [`_named_concepts`, names → `lexicon_concepts`' answer]


def areas_of(text: str, later_named: tuple[float, float] = (0.0, 1.0)) -> dict[str, float]:
    """Broadest theme IRI → how near the head of `text` a concern of it is first named (`head_weights`): an item read
    as the areas it touches, as a peer review's line of enquiry tests a recommendation's whole area."""
    areas: dict[str, float] = {}
    for concept, weight in head_weights(text, later_named).items():
        concept = ([concept, *themes_above(concept)])[-1]
        areas[concept] = max(areas.get(concept, 0.0), weight)
    return areas


def most_specific(named: dict[str, float]) -> dict[str, float]:
    """`named` (concern → weight) without a broad theme an item also names a narrower concern of: 'transition to
    adult services for young people with a learning disability' is about the transition, which a later sentence on
    transition to adult services speaks of, though it never names disability."""
    broader = {_broader().get(concept) for concept in named}
    return {concept: weight for concept, weight in named.items() if concept not in broader}


def concerns_named(credits: dict[str, float]) -> set[str]:
    """The concerns among `credits` an item names itself (those with no narrower concern in the scheme)."""
    broad = _broad()
    return {concept for concept in credits if concept not in broad}


def themes_of(text: str) -> list[str]:
    """The theme IRIs `text` is about, named or broader than one named, sorted."""
    return sorted(concerns_of(text, 0.0))


def whom_of(text: str, credits: dict[str, float], rule: dict) -> frozenset[str]:
    """The staff groups, teams and cohorts of children an item names (linking.json, recurrence.apart_by_whom's
    'whom'), wherever in `text` (what the item asks, folded: `without_examples`) they stand: a group's phrase
    ('says', whole words, not inside one of its 'not_in' phrases) or a concern of one of its 'themes' (or one under
    it) among the item's `credits` — a group is named whether the item names it before the function it asks of it
    or after; a phrase of its 'says_unless' names it only where none of the groups there 'unless' lists is named
    ('care plans for children on child protection plans' are the children in need's)."""

    def phrases(entry: dict, key: str) -> re.Pattern[str]:
        return _any_label(tuple(_fold(p).strip(_EDGE) for p in entry[key]))

    named, unless, text = set(), {}, text + _teams_each(text, rule.get("coordinated", {}))
    for group, entry in sorted(rule["whom"].items()):
        said = f" {text} "
        if entry.get("not_in"):  # 'health assessment service' is no assessment team
            said = phrases(entry, "not_in").sub("  ", said)
        says_it = entry.get("says") and phrases(entry, "says").search(said)
        themes = set(lexicon_concepts(entry.get("themes", [])))
        if says_it or any(within(c, themes) for c in credits):
            named.add(group)
        elif entry.get("says_unless") and phrases(entry["says_unless"], "says").search(said):
            unless[group] = set(entry["says_unless"]["unless"])  # 'care plans': children in care's, unless another's
    return frozenset(named | {group for group, others in unless.items() if not others & named})


def _teams_each(text: str, rule: dict) -> str:
    """Each team of a coordinated pair said whole, to be read with `text` ('the assessment and child protection
    teams' names the assessment teams too: linking.json, recurrence.apart_by_whom 'coordinated'); '' if none."""
    if not rule.get("teams"):
        return ""
    joins, teams = (("|".join(re.escape(w) for w in sorted(rule[k], key=len, reverse=True))) for k in ("joins", "teams"))
    stop = "|".join(re.escape(w) for w in sorted(rule.get("not_between", []), key=len, reverse=True)) or r"(?!)"
    word = rf"(?!(?:{stop})(?![\w'’-]))[\w'’-]+"  # one word, none of 'not_between': 'of', 'the', 'is' join no pair
    words = rf"{word}(?:\s+{word}){{0,{max(0, rule['words'] - 1)}}}"
    pattern = rf"(?<![\w'’-])({words})\s+(?:{joins})\s+(?:the\s+)?{words}\s+({teams})(?![\w-])"
    return "".join(f" ; {m.group(1)} {m.group(2)} ;" for m in re.finditer(pattern, text, re.IGNORECASE))


def _whom_above(group: str, rule: dict) -> list[str]:
    """The groups `group` is within (linking.json, recurrence.apart_by_whom: 'within'), nearest first; a group the
    rule does not define, or a chain that comes back on itself, is a mistake a QA lead is told of."""
    chain, whom = [], rule["whom"]
    while parent := whom[group].get("within"):
        if parent not in whom or parent in chain or parent == group:
            raise PatternError(f"{LEXICON}: recurrence.apart_by_whom: '{group}' is within '{parent}', which is no group or loops")
        chain.append(parent)
        group = parent
    return chain


def apart_by_whom(mine: frozenset[str], theirs: frozenset[str], rule: dict) -> bool:
    """Do two items each name staff groups, teams or cohorts (`whom_of`), none of one the same as, within or holding
    one of the other's? Each item's most specific groups are compared: 'social workers in the assessment service'
    are the assessment teams, which 'social workers' hold, and not the personal advisers (linking.json,
    recurrence.apart_by_whom)."""
    if not mine or not theirs:
        return False
    above = {g: set(_whom_above(g, rule)) for g in mine | theirs}

    def specific(groups: frozenset[str]) -> set[str]:
        return {g for g in groups if not any(g in above[other] for other in groups)}

    return not any(g == h or g in above[h] or h in above[g] for g in specific(mine) for h in specific(theirs))
