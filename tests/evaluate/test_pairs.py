"""Recurrence on pairs of councils never tuned on (tests/gold/pairs): scored against a person's blind judgement, and a
gold that no longer matches the extraction, or a missing report, is said, not scored in silence."""

from __future__ import annotations

import json
import shutil

from findings.evaluate.pairs import score_pairs
from tests.conftest import ROOT, need_shared

PAIRS = ROOT / "tests" / "gold" / "pairs"


def test_the_linker_finds_most_recurrences_between_councils_never_tuned_on():
    need_shared()
    problems: list[str] = []
    readings: list = []
    score = score_pairs(PAIRS, ROOT, problems, readings)
    assert problems == []  # every gold item is still extracted with the text the person judged
    assert score is not None and score.gold == 377
    # what a QA lead relies on: a recurrence is rarely missed (0.797: under 0.8 since the bar for items sharing only
    # how the service is run, linking.json recurrence.machinery, gave up one right link for ten wrong ones; 0.788
    # with the thirteenth reading, scored as it came; 0.799 with the fourteenth, 0.788 with the fifteenth, 0.778 with
    # the sixteenth, whose misses and wrong links are mostly two pairs: a 2014 list of 28 against a 2017 one of 9, and
    # 2017's nine against 2023's eight)
    assert score.recall >= 0.77
    assert score.precision >= 0.65  # and most of what is asserted is a true one (the target, 0.85, is not met)
    # each blind reading apart: the tenth to twelfth were scored before the linker was changed on them; the thirteenth
    # too (P 0.40 R 0.67), and read for its errors after (helper-125: its figures here flatter); the fourteenth after
    # that (P 0.75 R 0.92, scored once on 643dcb4); the fifteenth after that (P 0.67 R 0.55, scored once on a022708);
    # the sixteenth after that (P 0.50 R 0.56, scored once on 0d93c25); the seventeenth after that (P 0.40 R 0.57,
    # scored once on c1e8533); the eighteenth after that (P 0.73 R 0.89, scored once on 48c9445); the nineteenth
    # after that (P 0.67 R 0.91, scored once on 5ae17ed); the twentieth after that (P 0.80 R 0.73, scored once on
    # 0369aa3); the twenty-first after that (P 0.56 R 0.56, scored once on 75bcb53); the twenty-second
    # after that (P 0.80 R 0.67, scored once on f6e41e3); the twenty-third after that (P 0.46 R 0.67, scored once on
    # ee375d2); the twenty-fourth after that (P 0.38 R 0.67, 0.55 with its five borderline links set aside, scored
    # once on e252018); the twenty-fifth after that (P 0.45 R 0.83, 0.66 with its thirteen borderline links set aside,
    # scored once on 9d230d2); after their errors were read (routes to permanence and plans for permanence apart): 0.40
    # and 0.49
    by_reading = [r for r in readings if r.kind.endswith("reading)")]
    assert [(r.kind, r.gold) for r in by_reading] == [
        ("recurs (pairs p1–p12, first reading)", 24),
        ("recurs (pairs p13–p20, second reading)", 9),
        ("recurs (pairs p21–p30, third reading)", 8),
        ("recurs (pairs p31–p40, fourth reading)", 22),
        ("recurs (pairs p41–p50, fifth reading)", 20),
        ("recurs (pairs p51–p60, sixth reading)", 26),
        ("recurs (pairs p61–p70, seventh reading)", 32),
        ("recurs (pairs p71–p80, eighth reading)", 14),
        ("recurs (pairs p81–p90, ninth reading)", 29),
        ("recurs (pairs p91–p100, tenth reading)", 5),
        ("recurs (pairs p101–p110, eleventh reading)", 8),
        ("recurs (pairs p111–p120, twelfth reading)", 14),
        ("recurs (pairs p121–p130, thirteenth reading)", 15),
        ("recurs (pairs p131–p138, fourteenth reading)", 13),
        ("recurs (pairs p139–p146, fifteenth reading)", 11),
        ("recurs (pairs p147–p154, sixteenth reading)", 16),
        ("recurs (pairs p155–p162, seventeenth reading)", 7),
        ("recurs (pairs p163–p170, eighteenth reading)", 9),
        ("recurs (pairs p171–p178, nineteenth reading)", 11),
        ("recurs (pairs p179–p186, twentieth reading)", 22),
        ("recurs (pairs p187–p194, twenty-first reading)", 9),
        ("recurs (pairs p195–p202, twenty-second reading)", 12),
        ("recurs (pairs p203–p210, twenty-third reading)", 9),
        ("recurs (pairs p211–p218, twenty-fourth reading)", 9),
        ("recurs (pairs p219–p226, twenty-fifth reading)", 23),
    ]
    assert sum(r.found for r in by_reading) == score.found and sum(r.correct for r in by_reading) == score.correct
    # a second blind reader of twenty of the pairs: how far two careful readers agree, beside the linker on them
    readers, linker, against_second = readings[len(by_reading) :]
    assert readers.kind == "second reader against gold.json (20 pairs)"
    assert (readers.gold, readers.found, readers.correct) == (33, 39, 32)
    assert linker.kind == "recurs against gold.json (the same 20 pairs)" and linker.gold == 33
    assert against_second.kind == "recurs against the second reader (20 pairs)" and against_second.gold == 39

    # the second reader agrees with gold.json better than the linker does (the linker may be the more precise of the two
    # where it asserts less: 0.84 against 0.82 at recall 0.79 against 0.97, since helper-125's narrower concerns)
    def f1(s):
        return 2 * s.precision * s.recall / (s.precision + s.recall)

    assert linker.found == against_second.found and f1(readers) > f1(linker)


def test_agreement_scores_the_second_reader_as_a_linker_and_the_linker_against_both():
    from findings.evaluate.pairs import agreement

    def item(pair, later, earlier):
        return {"pair": pair, "later": later, "earlier": earlier}

    second = {"pairs": ["p1", "p2"], "links": [item("p1", "1", "2"), item("p2", "1", "1")], "borderline": [item("p1", "2", "3")]}
    gold = {("p1", "1", "2"), ("p3", "1", "1")}  # p3 was not read twice: left out
    gold_borderline = {("p2", "1", "1")}
    found = {("p1", "1", "2"), ("p1", "2", "3"), ("p3", "1", "1")}
    readers, linker, against_second = agreement(second, found, gold, gold_borderline)
    assert (readers.gold, readers.found, readers.correct, readers.borderline) == (1, 2, 1, 1)
    assert (linker.gold, linker.found, linker.correct, linker.borderline) == (1, 2, 1, 0)
    assert (against_second.gold, against_second.found, against_second.correct, against_second.borderline) == (2, 2, 1, 1)


def test_a_gold_item_whose_text_changed_is_named(tmp_path):
    need_shared()
    shutil.copy(PAIRS / "pairs.json", tmp_path / "pairs.json")
    gold = json.loads((PAIRS / "gold.json").read_text(encoding="utf-8"))
    gold["links"][0]["later_text"] += " (edited)"
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    problems: list[str] = []
    score_pairs(tmp_path, ROOT, problems)
    first = gold["links"][0]
    assert problems == [f"{tmp_path.name}: {first['pair']} later item {first['later']} is not the gold's text any more"]


def test_a_missing_report_is_named_and_nothing_is_scored(tmp_path):
    need_shared()
    spec = json.loads((PAIRS / "pairs.json").read_text(encoding="utf-8"))
    spec["pairs"]["p1"]["later"] = "../nowhere/report.pdf"
    (tmp_path / "pairs.json").write_text(json.dumps(spec), encoding="utf-8")
    shutil.copy(PAIRS / "gold.json", tmp_path / "gold.json")
    problems: list[str] = []
    assert score_pairs(tmp_path, ROOT, problems) is None
    assert len(problems) == 1 and "../nowhere/report.pdf" in problems[0]


def test_borderline_links_count_wrong_and_are_shown_aside():
    """The target is judged with a found link the gold holds borderline counted wrong; the report shows beside it
    the precision with those left out, so a reader sees how much of the shortfall is plausible pairs."""
    from findings.evaluate.links import LinkScore

    s = LinkScore("recurs", gold=10, found=10, correct=6, borderline=2)
    assert (s.precision, s.precision_borderline_aside, s.recall) == (0.6, 0.75, 0.6)
    assert LinkScore("recurs", gold=0, found=2, correct=0, borderline=2).precision_borderline_aside == 1.0
