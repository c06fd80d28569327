"""Recurrence on councils never tuned on (tests/gold/pairs): two councils' reports, the later renamed as the earlier's
council so they read as one council's consecutive inspections, every later recommendation judged against every
earlier one by a person blind to the tool. Each pair is built on its own; its fo:recurs links are scored as
tests/gold/links are: the linker's held-out figure."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from findings.evaluate.links import LinkScore
from findings.model import BOARD_KEY
from findings.output import natural_key

KIND = "recurs (pairs never tuned on)"


def score_pairs(folder: Path, root: Path, problems: list[str], readings: list[LinkScore] | None = None) -> LinkScore | None:
    """The pairs' recurrence links against their gold; None when there are no pairs or a report is missing (named
    in `problems`). `readings`, when given, gets the score of each blind reading apart (a pair's 'reading', the first
    by default), when there are more than one."""
    from findings.build import build
    from findings.read import read_document

    spec_file, gold_file = folder / "pairs.json", folder / "gold.json"
    if not spec_file.is_file() or not gold_file.is_file():
        return None
    pairs = json.loads(spec_file.read_text(encoding="utf-8"))["pairs"]
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    missing = [p for pair in pairs.values() for p in (pair["earlier"], pair["later"]) if not (root / p).is_file()]
    if missing:
        problems.append(f"{folder.name}: not scored, {len(missing)} report(s) missing, e.g. {missing[0]}")
        return None
    found: set[tuple[str, str, str]] = set()
    texts: dict[tuple[str, str], str] = {}  # (pair, 'later:ID' or 'earlier:ID') → the item's text as extracted
    with tempfile.TemporaryDirectory(prefix="findings-pairs-") as tmp:
        for name, pair in sorted(pairs.items()):
            here = Path(tmp) / name
            here.mkdir()
            for role in ("earlier", "later"):
                text = read_document(root / pair[role]).text
                for pattern, replacement in pair["renames"] if role == "later" else ():
                    text = re.sub(pattern, replacement, text)
                (here / f"{role}.txt").write_text(text, encoding="utf-8")
            extraction = build([here]).extraction
            read_later = {d.sha256 for d in extraction.documents if d.path.endswith("later.txt")}
            later = {key for key, a in extraction.assessments.items() if a.documents & read_later}
            boards = {key for key, a in extraction.assessments.items() if a.org.key.endswith(BOARD_KEY)}
            for rec in extraction.recommendations:
                if extraction.assessments[rec.assessment].org.key.endswith(BOARD_KEY):
                    continue  # a board's recommendations are not in the gold (left out), and share the council's numbers
                role = "later" if rec.assessment in later else "earlier"
                texts[(name, f"{role}:{rec.identifier}")] = " ".join(rec.text.split())
            found |= {
                (name, link.source.identifier, link.target.identifier)
                for link in extraction.links
                if link.kind == "recurs"
                and link.asserted
                and link.source.assessment in later
                and not {link.source.assessment, link.target.assessment} & boards  # the gold leaves a board's out
            }
    _check_texts(gold, texts, folder.name, problems)
    links, borderline = _triples(gold, "links"), _triples(gold, "borderline")
    reading = {name: pair.get("reading", "first reading") for name, pair in pairs.items()}
    labels = list(dict.fromkeys(reading[name] for name in sorted(pairs, key=natural_key)))
    if readings is not None and len(labels) > 1:
        for label in labels:
            mine = sorted((name for name, r in reading.items() if r == label), key=natural_key)
            got, theirs = {f for f in found if f[0] in mine}, {g for g in links if g[0] in mine}
            kind = f"recurs (pairs {mine[0]}–{mine[-1]}, {label})"
            readings.append(LinkScore(kind, len(theirs), len(got), len(got & theirs), len(got & borderline)))
    second_file = folder / SECOND
    if readings is not None and second_file.is_file():
        second = json.loads(second_file.read_text(encoding="utf-8"))
        _check_texts(second, texts, f"{folder.name}/{SECOND}", problems)
        readings += agreement(second, found, links, borderline)
    return LinkScore(KIND, len(links), len(found), len(found & links), len(found & borderline))


SECOND = "second.json"  # a second blind reader's links for some of the pairs: how far two readers agree


def agreement(second: dict, found: set, links: set, borderline: set) -> list[LinkScore]:
    """On the pairs a second reader judged: that reader scored against gold.json as a linker would be (how far two
    careful readers agree, the most a linker can hope for), then the linker against gold.json and against the second
    reader, on the same pairs."""
    mine = set(second["pairs"])
    theirs, their_borderline = _triples(second, "links"), _triples(second, "borderline")
    gold = {g for g in links if g[0] in mine}
    got = {f for f in found if f[0] in mine}
    n = len(mine)

    def scored(kind: str, truth: set, claimed: set, doubtful: set) -> LinkScore:
        return LinkScore(kind, len(truth), len(claimed), len(claimed & truth), len(claimed & doubtful))

    return [
        scored(f"second reader against gold.json ({n} pairs)", gold, theirs, borderline),
        scored(f"recurs against gold.json (the same {n} pairs)", gold, got, borderline),
        scored(f"recurs against the second reader ({n} pairs)", theirs, got, their_borderline),
    ]


def _triples(gold: dict, part: str) -> set[tuple[str, str, str]]:
    return {(g["pair"], g["later"], g["earlier"]) for g in gold[part]}


def _check_texts(gold: dict, texts: dict[tuple[str, str], str], name: str, problems: list[str]) -> None:
    """Each gold item must still be the text the extraction gives it, or the gold has gone stale (named in problems)."""
    for part in ("links", "borderline"):
        for g in gold[part]:
            for role in ("later", "earlier"):
                if texts.get((g["pair"], f"{role}:{g[role]}")) != g[f"{role}_text"]:
                    problems.append(f"{name}: {g['pair']} {role} item {g[role]} is not the gold's text any more")
