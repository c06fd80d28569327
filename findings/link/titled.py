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
    kept, notes, dropped = [], [], []
    for update in out.updates:
        if update.about_kind != "titled":
            kept.append(update)
            continue
        words = content_words(update.titled or "")
        shares = [
            (len(words & theirs) / len(words) if words else 0.0, ident) for ident, theirs in recs.get(update.assessment, [])
        ]
        best, second = (sorted(shares, key=lambda s: (-s[0], s[1])) + [(0.0, ""), (0.0, "")])[:2]
        if best[0] >= rules["minimum_share"] and best[0] - second[0] >= rules["margin"]:
            update.about, update.about_kind = best[1], "recommendation"
            update.score, update.method = round(best[0], 3), "the subject a paper names it by shares its distinctive words"
            kept.append(update)
        else:
            dropped.append(update)
            where = paths.get(update.spans[0].doc, "a document") if update.spans else "a document"
            said = f"read “{update.titled}” as the subject of a progress update, but no one recommendation shares its words"
            notes.append(f"{where}: {said}: left out")
    out.updates = kept
    return notes + _unheld(out, dropped, paths)


def _unheld(out: Extraction, dropped: list, paths: dict[str, str]) -> list[str]:
    """Remove, in place, an inspection only papers read for subjects named (and none given its item) stand for: it was
    registered for them alone (a letter of a kind no reader knows, read as such a paper); one line each."""
    read = {span.doc for update in dropped for span in update.spans}
    kinds = (out.recommendations, out.judgements, out.kloes, out.findings, out.actions, out.updates)
    held = {item.assessment for kind in kinds for item in kind}
    notes = []
    for key in sorted({update.assessment for update in dropped} - held):
        a = out.assessments.get(key)
        if a is not None and a.documents <= read:
            where = ", ".join(sorted(paths.get(sha, "a document") for sha in a.documents))
            notes.append(f"{where}: left out the inspection it names ({a.org.name}, {a.label}): no item of it was read")
            del out.assessments[key]
    return notes
