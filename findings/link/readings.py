"""Each item a recurrence compares (findings/link/recurs.py) read once: its concerns or the areas it touches, as the
kind of link it makes reads them (linking.json recurrence.reading, later_named), its parts (recurrence.parts), the
groups of children and staff it names and what it asks to have reviewed, so a pair's score and rules read no text
again."""

from __future__ import annotations

from findings.link.audiences import without_audiences
from findings.link.compared import LINKED_KINDS, Item
from findings.link.covers import Read, kinds_of
from findings.link.parts import objects_of, parts_of, without_examples
from findings.link.previous import content_words
from findings.link.themes import (
    apart_by_group,
    areas_of,
    concerns_of,
    for_a_group,
    for_which_group,
    head_weights,
    lexicon_concepts,
    team_credits,
    themes_above,
    themes_of,
    whom_of,
)
from findings.model import Extraction, ItemRef

Shape = tuple[str, float, float]  # (reading: 'concerns' or 'areas', slope, floor) of a kind (recurrence.later_named)
Groups = tuple[frozenset[str], frozenset[str]]  # (groups of children, management functions for them): for_which_group


class Readings:
    """The readings of `items` by linking.json's recurrence `rules`: `credited[shape][ref]` (theme credits,
    distinctive words) and `parts[shape][ref]` are read for every item at once, `themes[ref]` (the concerns it is
    about) with them; groups, whom and what is asked reviewed when a pair's rules first ask."""

    def __init__(self, out: Extraction, items: list[Item], rules: dict) -> None:
        self.rules = rules
        self.texts = {ref: text for ref, text, _ in items}
        self.shapes: dict[str, Shape] = {
            kind: (rules["reading"][kind], shape["slope"], shape["floor"]) for kind, shape in rules["later_named"].items()
        }
        self.kinds = kinds_of(rules["covers"])  # (covers, alike): linking.json recurrence.covers
        self.covers = self.kinds[0]
        self.credited: dict[Shape, dict[ItemRef, Read]] = {s: {} for s in self.shapes.values()}
        by_parts = {self.shapes[kind] for kind in rules["parts"]["kinds"] if self.shapes[kind][0] == "concerns"}
        self.parts: dict[Shape, dict[ItemRef, list[Read]]] = {s: {} for s in by_parts}
        self.themes: dict[ItemRef, list[str]] = {}
        self._groups: dict[tuple[Shape, ItemRef], Groups] = {}
        self._whom: dict[tuple[Shape, ItemRef], frozenset[str]] = {}
        self._reviewed: dict[ItemRef, set[str]] = {}
        self._examples: dict[tuple[Shape, ItemRef], set[str]] = {}
        self.areas_kept_apart = set(lexicon_concepts(rules["areas_apart"]["areas"]))  # recurrence.areas_apart
        self._under_areas: dict[tuple[Shape, ItemRef], dict[str, frozenset[str]]] = {}
        self._asked: dict[tuple[str, tuple[float, float]], dict[str, float]] = {}  # `asked`, by text and shape
        readers = {"areas": areas_of, "concerns": self._concerns}
        asking_only = set(rules["examples_left_out"]["kinds"])  # the kinds whose later item is read without its examples
        for ref, whole_text, _ in items:
            kind = LINKED_KINDS[out.assessments[ref.assessment].kind]  # what this item does as the later one
            for shape, of_shape in self.credited.items():
                reading, slope, floor = shape
                text = self.read_as(reading, whole_text)
                words = content_words(text)
                read = None
                if kind in asking_only and shape == self.shapes[kind]:  # what it asks, not its examples
                    read = readers[reading](without_examples(text, rules["parts"]), later_named=(slope, floor))
                of_shape[ref] = (read or readers[reading](text, later_named=(slope, floor)), words)
                if shape in self.parts:
                    self.parts[shape][ref] = self._by_part(text, (slope, floor))
            # an item's themes are its concerns whatever their credits: those just read, unless no kind reads concerns
            read = [of[ref][0] for (reading, _, _), of in self.credited.items() if reading == "concerns"]
            self.themes[ref] = sorted(read[0]) if read else themes_of(whole_text)

    def read_as(self, reading: str, text: str) -> str:
        """The text an item's concerns are read from: without the bodies its work reaches (recurrence.audiences)."""
        return without_audiences(text, self.rules["audiences"]) if reading == "concerns" else text

    def beside(self, shape: Shape, ref: ItemRef, other: ItemRef) -> Read:
        """An item's reading against `other`: with a concern it names only as the team where the work is done read
        again where `other` names that concern itself ('practice within the disabled children's team' against 'the
        response to disabled children', or only as its team too; linking.json, themes.team_named)."""
        credits, words = read = self.credited[shape][ref]
        if shape[0] != "concerns":
            return read
        mine, theirs = self.team(shape, ref), self.credited[shape][other][0].keys() | self.team(shape, other).keys()
        back = {c: v for c, v in mine.items() if c in theirs}
        return ({**credits, **{c: max(v, credits.get(c, 0.0)) for c, v in back.items()}}, words) if back else read

    def ungrouped(self, shape: Shape, ref: ItemRef) -> Read:
        """An item's concerns read without recurrence.for_a_group's lowering of a function it asks for a group of
        children, with its distinctive words (findings/link/for_all.py)."""
        text = self.read_as(shape[0], self.texts[ref])
        return concerns_of(text, self.rules["broader_credit"], shape[1:]), self.credited[shape][ref][1]

    def team(self, shape: Shape, ref: ItemRef) -> dict[str, float]:
        """The concerns an item names only as the team where the work is done, credited (themes.team_credits)."""
        return team_credits(self.read_as("concerns", self.texts[ref]), self.rules["broader_credit"], shape[1:])

    def asked(self, text: str, later_named: tuple[float, float]) -> dict[str, float]:
        """The concerns of what an item asks, its examples and audiences left out (findings/link/parts.py,
        without_examples; recurrence.audiences). Read once per text and shape (an item's is asked for its concerns,
        its parts, its groups and its examples); each caller has its own copy."""
        found = self._asked.get((text, later_named))
        if found is None:
            plain = without_audiences(text, self.rules["audiences"])
            found = self._asked[(text, later_named)] = concerns_of(
                without_examples(plain, self.rules["parts"]), self.rules["broader_credit"], later_named
            )
        return dict(found)

    def examples_only(self, shape: Shape, ref: ItemRef) -> set[str]:
        """The kinds of a general concern (recurrence.covers) an item names only among its examples, the general
        concern in what it asks ('exploitation, including criminal exploitation'): they narrow nothing it asks."""
        if shape[0] != "concerns" or not self.rules["covers"]["examples_narrow_nothing"]:
            return set()
        found = self._examples.get((shape, ref))
        if found is None:
            credits, asked = self.credited[shape][ref][0], self.asked(self.texts[ref], shape[1:])
            kinds = {k for g, ks in self.kinds[1].items() if g in asked for k in ks}
            found = self._examples[(shape, ref)] = {k for k in credits if k in kinds and k not in asked}
        return found

    def _concerns(self, text: str, later_named: tuple[float, float]) -> dict[str, float]:
        """An item's concerns, a management function read as for a group of children only when the item names the
        group in what it asks, not only among its examples ('in all key areas, including … return home interviews')."""
        credits = concerns_of(text, self.rules["broader_credit"], later_named)
        return for_a_group(credits, self.rules["for_a_group"], self.asked(text, later_named))

    def _by_part(self, text: str, later_named: tuple[float, float]) -> list[Read]:
        """Each part's concerns, only those the whole item names: a word the whole names inside a longer label
        ('training' in 'education, employment and training') is not read out of it by a part; a concern named only as
        the team where the work is done still counts in a part ('… quality of practice within the disabled children's
        team'), which is scored against the larger item and must be about what it shares (themes.team_named)."""
        rules = self.rules
        whole, credit = concerns_of(text, rules["broader_credit"], later_named), rules["broader_credit"]
        reads, basis = [], self.asked(text, later_named)
        whole |= team_credits(text, credit, later_named)  # a part is scored against the larger mass: its team may count
        for part in parts_of(text, rules["parts"]):
            named = concerns_of(part, credit, later_named) | team_credits(part, credit, later_named)
            read = for_a_group(named, rules["for_a_group"], basis)
            reads.append(({t: c for t, c in read.items() if t in whole}, content_words(part)))
        return reads

    def group_of(self, shape: Shape, ref: ItemRef) -> Groups:
        """The groups an item names and the functions it names for them, read once per item and reading."""
        found = self._groups.get((shape, ref))
        if found is None:
            found = self._groups[(shape, ref)] = for_which_group(
                self.asked(self.texts[ref], shape[1:]), self.rules["for_a_group"]
            )
        return found

    def groups_apart(self, shape: Shape, later: ItemRef, earlier: ItemRef) -> set[str]:
        """The management functions two items each read as for a different group of children (`apart_by_group`)."""
        return apart_by_group(self.group_of(shape, later), self.group_of(shape, earlier))

    def areas_apart(self, shape: Shape, later: ItemRef, earlier: ItemRef) -> set[str]:
        """The areas of recurrence.areas_apart two items read as areas each reach only through concerns under it, none
        alike and neither naming the area itself: a word on strategy discussions tests nothing of closing cases."""
        if shape[0] != "areas" or not self.areas_kept_apart:
            return set()
        mine, theirs = self._named_under(shape, later), self._named_under(shape, earlier)
        return {
            area
            for area in sorted(mine.keys() & theirs.keys())
            if area not in mine[area] | theirs[area] and not mine[area] & theirs[area]
        }

    def _named_under(self, shape: Shape, ref: ItemRef) -> dict[str, frozenset[str]]:
        """Each area kept apart an item names → the concerns it names there (the area itself, or those under it)."""
        found = self._under_areas.get((shape, ref))
        if found is None:
            named: dict[str, set[str]] = {}
            for concept in head_weights(self.texts[ref], shape[1:]):
                for area in {concept, *themes_above(concept)} & self.areas_kept_apart:
                    named.setdefault(area, set()).add(concept)
            found = self._under_areas[(shape, ref)] = {area: frozenset(c) for area, c in named.items()}
        return found

    def whom(self, shape: Shape, ref: ItemRef) -> frozenset[str]:
        """The staff groups, teams and cohorts of children an item names in what it asks, read once per item and
        reading (linking.json, recurrence.apart_by_whom)."""
        found = self._whom.get((shape, ref))
        if found is None:
            text = without_examples(self.texts[ref], self.rules["parts"])
            found = self._whom[(shape, ref)] = whom_of(text, self.asked(self.texts[ref], shape[1:]), self.rules["apart_by_whom"])
        return found

    def reviewed(self, ref: ItemRef) -> set[str]:
        """The concerns an item asks to have reviewed, tracked or overseen (linking.json, recurrence.asks), with the
        general concern of a kind so named ('reviews of child protection plans': the quality of plans too)."""
        found = self._reviewed.get(ref)
        if found is None:
            rules = self.rules
            named = {t for o in objects_of(self.texts[ref], rules["asks"]) for t in concerns_of(o, rules["broader_credit"])}
            found = self._reviewed[ref] = named | {general for general, kinds in self.covers.items() if kinds & named}
        return found
