"""Each row's due date, priority, lead, outcome and progress given to the actions of a plan kept as a table."""

from __future__ import annotations

from datetime import date

from findings.extract.per_action import own_parts
from findings.extract.rag import by_key, colour_means, rag_key, rating_means, unguessed_done
from findings.extract.table_cells import Part, due_on
from findings.model import Action, Document, Extraction, ProgressUpdate, Recommendation, Span

_GIVEN = ("due", "revised", "priority", "lead", "outcome", "status", "progress")  # what a row gives its actions


_REPORTED = ("status", "progress")  # what becomes a dated update
_OWN = ("due", "revised", "lead", "outcome")  # what one cell can give each of its row's actions apart


def own_cell_parts(doc: Document, part: Part, actions: list[Action]) -> dict[str, Part] | None:
    """A cell's part for each action it names ('1.1 March 2023, 1.2 June 2023'); None when it is one value for all."""
    raw = doc.text[part.start : part.end]
    if "<" in raw:  # markup inside the cell: its words are not its characters
        return None
    mine = own_parts(raw, [action.identifier for action in actions])
    if mine is None:
        return None
    return {n: Part(part.start + a, part.start + b, " ".join(raw[a:b].split())) for n, (a, b) in mine.items()}


class Rows:
    """Assigns each row's date, priority, lead and progress to its actions.

    Parts that match the actions one to one go to them. A single part against several actions goes to the first;
    the rows below without actions of their own carry the values of the others (a cell spanning several rows),
    and if none do, the single part was one cell over them all and goes to the rest too. Anything else is not
    assigned: progress that cannot be is kept as an update about the recommendation.
    """

    def __init__(self, doc: Document, out: Extraction) -> None:
        self.doc, self.out = doc, out
        self.pending: list[Action] = []
        self.shared: dict[str, Part] = {}
        self.rec: Recommendation | None = None
        self.as_at: date | None = None
        self.rag = rag_key(doc.text)  # what the paper's own key says each colour means
        self.coloured: dict[tuple[str, str, date | None], tuple[str, Span]] = {}  # an action's colour, by the key
        self.said: dict[int, ProgressUpdate] = {}  # the row's one update of each action: its status and progress cells

    def add(self, rec: Recommendation, actions: list[Action], cell: dict[str, list[Part]], as_at: date | None) -> None:
        self.rec, self.as_at = rec, as_at
        if actions:
            self.said = {}
        if not actions:  # a continuation row: its values belong to the next action still waiting for them
            target = self.pending[:1]
            self.pending, self.shared = self.pending[1:], {}
            for kind in _GIVEN:
                values = cell.get(kind, [])
                if target and len(values) == 1:
                    self._give(target[0], kind, values[0])
                elif kind in _REPORTED and values:
                    self._about_recommendation(values)
            return
        for kind in _GIVEN:
            values = cell.get(kind, [])
            if len(values) == len(actions):
                for action, part in zip(actions, values, strict=True):
                    self._give(action, kind, part)
            elif len(values) == 1 and kind in _OWN and (mine := own_cell_parts(self.doc, values[0], actions)) is not None:
                for action in actions:  # 'Ms A (1.1); Mr B (1.2)': each action its own part, an unnamed one none
                    if action.identifier in mine:
                        self._give(action, kind, mine[action.identifier])
            elif len(values) == 1:
                self._give(actions[0], kind, values[0])
                self.shared[kind] = values[0]
            elif kind in _REPORTED and values:
                self._about_recommendation(values)
        self.pending = actions[1:] if self.shared else []

    def settle(self) -> None:
        """No continuation rows came: a single value was one cell over all the row's actions."""
        for action in self.pending:
            for kind, part in self.shared.items():
                self._give(action, kind, part)
        self.pending, self.shared, self.said = [], {}, {}

    def _give(self, action: Action, kind: str, part: Part) -> None:
        span = self.doc.span(part.start, part.end)
        if kind in _REPORTED:  # a RAG or status cell too: what the council reported on the plan's date, no more
            self._report(action, kind, part, span)
            return
        action.spans.append(span)
        if kind == "due":
            action.timescale, action.due_by = part.text, due_on(part.text)
        elif kind == "revised":
            moved = due_on(part.text)
            if moved and moved != action.due_by and moved not in [d for d, _ in action.slips]:
                action.slips.append((moved, span))
        elif kind == "lead":
            action.lead = part.text
        elif kind == "outcome":  # 'How we will know': several measures of one action are one outcome
            action.outcome = f"{action.outcome} {part.text}" if action.outcome else part.text
        else:
            action.priority = part.text

    def _report(self, action: Action, kind: str, part: Part, span: Span) -> None:
        """One update of an action for its row: a status cell beside a progress cell is what that update says ('Draft
        protocol written …' with 'On track'), read by the paper's key where it has one, not a second update."""
        row = (action.assessment, action.identifier, self.as_at)
        reading: str | None = None
        if (read := colour_means(self.doc, self.rag, part.text)) is not None:
            reading, key_span = read  # 'Blue', by the plan's key: 'not yet due to start'
            self.coloured[row] = read
        elif kind == "status" and (worded := _keyed_word(self.doc, self.rag, part.text)) is not None:
            self.coloured[row] = worded  # a status word the paper's key explains ('Achieved – all actions delivered')
        earlier = self.said.get(id(action))
        if earlier is None:
            update = ProgressUpdate(
                action.assessment, action.identifier, self.as_at, part.text, [span], source=f"table-{part.start}"
            )
            if reading is not None:
                update.means = reading
                update.spans.append(key_span)
            elif kind == "progress" and row in self.coloured:  # the row's words beside its colour ('Green – on track')
                self._by_key(update, part.text, *self.coloured[row])
            self.said[id(action)] = update
            self.out.updates.append(update)
            return
        status, words = (earlier.text, part.text) if kind == "progress" else (part.text, earlier.text)
        cells = sorted([(earlier.spans[0], earlier.text), (span, part.text)], key=lambda cell: cell[0].start)
        earlier.text = " ".join(text for _, text in cells)  # the row's cells in the order they are printed
        earlier.spans = [cell for cell, _ in cells] + earlier.spans[1:]
        earlier.source = f"table-{cells[0][0].start}"
        meaning, key_span = self.coloured.get(row, (status, None))
        earlier.means = None
        if row in self.coloured or not unguessed_done(status, words):  # 'Complete.' beside a 'Green' no key explains:
            self._by_key(earlier, words, meaning, key_span)  # the words decide (README: Green is not guessed)
        if earlier.means is None:
            earlier.means = words  # the row's words decide, not the status beside them

    @staticmethod
    def _by_key(update: ProgressUpdate, words: str, meaning: str, key_span: Span | None) -> None:
        """The key decides what the row's words mean, unless they deny it ('has not been commissioned' beside
        'Complete – all actions delivered')."""
        if (means := by_key(meaning, words)) is not None and not _words_deny(means, words):
            update.means = means
            if key_span is not None and key_span not in update.spans:
                update.spans.append(key_span)

    def _about_recommendation(self, values: list[Part]) -> None:
        assert self.rec is not None
        spans: list[Span] = [self.doc.span(p.start, p.end) for p in values]
        self.out.updates.append(
            ProgressUpdate(
                self.rec.assessment,
                self.rec.identifier,
                self.as_at,
                " ".join(p.text for p in values),
                spans,
                source=f"table-{values[0].start}",
                about_kind="recommendation",
            )
        )


def _keyed_word(doc: Document, key: dict[str, tuple[str, int, int]], cell: str) -> tuple[str, Span] | None:
    """(the status word with what the paper's key says of it, the key entry's span) for a status cell holding only a
    status word the key explains ('Achieved' under 'Status key: Achieved - all actions delivered; …'); else None."""
    read = rating_means(doc, key, cell)
    if read is None or read[1] is None:
        return None
    return read[0], read[1]


def _words_deny(means: str, words: str) -> bool:
    """Do a row's words say the work is not done beside a key that says it is ('has not been commissioned' beside
    'Complete – all actions delivered')? Then the words decide, as in a progress table."""
    from findings.status.cues import denies_done, progress_of

    return progress_of(means) == "Done" and denies_done(words)
