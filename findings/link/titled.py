"""A progress report's paragraph that names its recommendation by subject ('Workforce stability. Agency use has fallen
…'), read as a candidate (findings/extract/titled_progress.py): it is an update on the recommendation of the inspection
it answers whose distinctive words hold most of the subject's, clearly more than any other's (linking.json, titled);
else it is left out, and said."""

from __future__ import annotations

from findings.extract.lexicons import load_json
from findings.link.previous import LEXICON, content_words
from findings.model import Extraction


def resolve_titled(out: Extraction) -> list[str]:
    """Give each candidate its recommendation, in place, with the share as its score; one line for each left out."""
    rules = load_json(LEXICON)["titled"]
    recs: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for rec in out.recommendations:
        if rec.kind == "Recommendation":
            recs.setdefault(rec.assessment, []).append((rec.identifier, content_words(rec.text)))
    paths = {d.sha256: d.path for d in out.documents}
    kept, notes = [], []
    for update in out.updates:
        if update.about_kind != "titled":
            kept.append(update)
            continue
        words = content_words(update.titled or "")
        scored = sorted(
            (
                (len(words & theirs) / len(words) if words else 0.0, identifier)
                for identifier, theirs in recs.get(update.assessment, [])
            ),
            key=lambda s: (-s[0], s[1]),
        )
        best, second = (scored + [(0.0, ""), (0.0, "")])[:2]
        if best[0] >= rules["minimum_share"] and best[0] - second[0] >= rules["margin"]:
            update.about, update.about_kind = best[1], "recommendation"
            update.score, update.method = round(best[0], 3), "the subject a paper names it by shares its distinctive words"
            kept.append(update)
        else:
            where = paths.get(update.spans[0].doc, "a document") if update.spans else "a document"
            notes.append(
                f"{where}: left out a paragraph on “{update.titled}”: no one recommendation of {update.assessment} is named"
            )
    out.updates = kept
    return notes
