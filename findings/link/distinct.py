"""Two inspections of one council in one year are two assessments: their reports would otherwise share the key
'council/ofsted-2018' and merge. The earliest keeps the year's key (the one council papers cite); each other gets the
day its fieldwork ended added ('council/ofsted-2018-11-30'), with its board review and every item it holds; the
graph's labels carry both inspections' dates. A council's paper that dates the inspection it answers by the same
fieldwork end follows its report."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from findings.extract.context import is_undated
from findings.extract.lexicons import load_json
from findings.extract.visits import KIND, paper_list, visit_frameworks, visit_kind
from findings.link.same import similarity, words
from findings.model import BOARD_KEY as _BOARD
from findings.model import UNDATED, Assessment, Extraction

ITEMS = ("recommendations", "judgements", "kloes", "findings", "plain", "actions", "updates")


def reported_keys(part: Extraction) -> list[str]:
    """Keys of the inspections a part reports first-hand (its document is the inspection report)."""
    if not part.documents or "inspection report" not in part.documents[0].kinds:
        return []
    return [k for k, a in part.assessments.items() if a.kind == "Inspection" and not k.endswith(_BOARD)]


def distinct_inspections(parts: list[Extraction]) -> None:
    """Rename, in place, the keys of every inspection report that another report of a different inspection shares."""
    by_key: dict[str, list[tuple[object, Extraction]]] = defaultdict(list)
    for part in parts:
        for key in reported_keys(part):
            a = part.assessments[key]
            by_key[key].append(((a.ended or a.issued or a.date, a.started), part))
    renamed: dict[str, list[object]] = {}  # a shared key → the fieldwork ends of the inspections given their own
    for key, reports in by_key.items():
        occasions = sorted({when for when, _ in reports}, key=lambda w: tuple(str(x) for x in w))
        if len(occasions) < 2:
            continue
        for when, part in reports:
            if when != occasions[0] and when[0] is not None:
                rename_assessment(part, key, f"{key}-{when[0]:%m-%d}")
                renamed.setdefault(key, []).append(when[0])
    for part in parts:  # a plan or paper about the later inspection of the year follows its report
        if part.documents and "inspection report" in part.documents[0].kinds:
            continue
        for key, a in list(part.assessments.items()):
            if a.kind == "Inspection" and key in renamed and a.ended in renamed[key]:
                rename_assessment(part, key, f"{key}-{a.ended:%m-%d}")


def labelled_apart(out: Extraction) -> None:
    """Where inspections of one council share a label ('Ofsted 2013': a child protection inspection in January, a
    looked after children one in March), add each one's framework to it, when that tells them apart, else the month
    (or day) its fieldwork ended ('Ofsted June 2018', 'Ofsted November 2018'): a status said to be 'raised again by
    Ofsted 2018' must name one of them. Keys unchanged."""
    titles = {f["name"]: f["title"] for f in load_json("report_layout.json")["frameworks"]}
    alike: dict[tuple[str, str], list] = defaultdict(list)
    for a in out.assessments.values():
        if a.kind == "Inspection":
            alike[(a.org.key, a.label)].append(a)
    for group in alike.values():
        named = [titles.get(a.framework or "") for a in group]
        if len(group) < 2:
            continue
        if all(named) and len(set(named)) == len(group):
            for a, title in zip(group, named, strict=True):
                a.label = f"{a.label}, {title}"
            continue
        ended = [a.ended for a in group]  # the month fieldwork ended, as the label says; publication only for all
        days = ended if all(ended) else [a.issued or a.date for a in group]
        for form in (lambda d: f"{d:%B %Y}", lambda d: f"{d.day} {d:%B %Y}"):  # the month if it tells them apart
            if all(days) and len({form(d) for d in days}) == len(group):
                for a, day in zip(group, days, strict=True):
                    a.label = _year_as(a.label, day.year, form(day))
                break


def _year_as(label: str, year: int, when: str) -> str:
    """`label` with its year ('Ofsted 2018') given as `when` ('Ofsted June 2018'); else `when` added after it."""
    replaced = re.sub(rf"\b{year}\b", when, label, count=1)
    return replaced if replaced != label else f"{label}, {when}"


def rename_assessment(part: Extraction, old: str, new: str) -> None:
    """Give the part's assessment `old` (and its board's review) the key `new`; one the part already holds under
    `new` is the same occasion, so the two become one (its dates kept, the other's filling what it lacks)."""
    mapping = {old: new, old + _BOARD: new + _BOARD}
    renamed: dict = {}
    for k, a in part.assessments.items():
        key = mapping.get(k, k)
        moved = replace(a, key=key, label=_dated_label(a.label, key)) if k in mapping else a
        if key in renamed:  # the same inspection twice in one paper: dated by its fieldwork and by its publication
            kept = renamed[key] if k in mapping else moved
            kept.take_missing(moved if k in mapping else renamed[key])
            moved = kept
        renamed[key] = moved
    part.assessments = renamed
    for name in ITEMS:
        for item in getattr(part, name):
            if item.assessment in mapping:
                item.assessment = mapping[item.assessment]
    for finding in part.findings:
        finding.underpins = [(mapping.get(a, a), rec, score) for a, rec, score in finding.underpins]
    part.lists_named = {mapping.get(k, k): v for k, v in part.lists_named.items()}


def _dated_label(label: str, key: str) -> str:
    """The label of an inspection a paper never dated ('Ofsted (undated)'), once it is known to be one the key dates
    ('council/ofsted-2024'): 'Ofsted 2024', as a dated mention would have labelled it (findings.extract.mentioned)."""
    year = re.search(r"-(\d{4})(?:-\d\d-\d\d)?$", key)
    return label.removesuffix(UNDATED) + year.group(1) if year and label.endswith(UNDATED) else label


def unnamed_regulator(parts: list[Extraction]) -> None:
    """A council paper that names no regulator keys the inspection it answers 'council/inspection-2013': where the
    council's inspection reports hold one inspection that ended on the same day (or, the paper giving no day, the
    only one of that year), the paper answers that one."""
    reported: dict[tuple[str, int], list[tuple[object, str]]] = defaultdict(list)  # (council, year) → (ended, key)
    for part in parts:
        for key in reported_keys(part):
            a = part.assessments[key]
            if a.ended is not None:
                reported[(a.org.key, a.ended.year)].append((a.ended, key))
    for part in parts:
        for key, a in list(part.assessments.items()):
            if a.kind != "Inspection" or not key.split("/")[-1].startswith("inspection-") or not key[-4:].isdigit():
                continue
            candidates = reported.get((a.org.key, int(key[-4:])), [])
            same_day = [k for ended, k in candidates if ended == a.ended]
            match = same_day or ([k for _, k in candidates] if a.ended is None and len(candidates) == 1 else [])
            if len(match) == 1:
                rename_assessment(part, key, match[0])


def dated_by_publication(parts: list[Extraction]) -> None:
    """A council paper that dates the inspection it answers only by the report's publication ('the report published on
    13 January 2025') keys it by that year, while the report is keyed by the year its fieldwork ended (November
    2024): where the council's reports hold one published that day (or, the paper giving no day, the only one
    published in that year whose fieldwork ended the year before), the paper answers that one."""
    reports: dict[str, list[tuple[str, object, object]]] = defaultdict(list)  # council → (key, ended, issued)
    keys: set[str] = set()
    for part in parts:
        for key in reported_keys(part):
            a = part.assessments[key]
            reports[a.org.key].append((key, a.ended, a.issued))
            keys.add(key)
    for part in parts:
        for key, a in list(part.assessments.items()):
            if a.kind != "Inspection" or a.ended is not None or not key[-4:].isdigit():
                continue
            year, theirs = int(key[-4:]), reports.get(a.org.key, [])
            if a.issued is not None:  # the day it was published names one report, whatever the year's key holds
                match = [k for k, _, issued in theirs if issued == a.issued]
            elif key in keys:
                continue
            else:
                match = [k for k, ended, issued in theirs if issued and issued.year == year and ended and ended.year == year - 1]  # type: ignore[attr-defined]
            if len(set(match)) == 1 and match[0] != key:  # a report given twice is one report
                rename_assessment(part, key, match[0])


QUOTED = 0.8  # how much of the shorter of two recommendations' words the other must hold to quote it


def undated_by_quotes(parts: list[Extraction], least: float = QUOTED) -> None:
    """A council paper that never dates the inspection it answers (a tracker: 'Area for improvement' beside each
    action) keys it 'council/inspection-undated': where the recommendations it quotes are, nearly word for word
    (`least` of the shorter's words), recommendations of one of the council's inspection reports, and of no other,
    the paper answers that one."""
    quoted: dict[str, list[tuple[str, str]]] = defaultdict(list)  # council → (report key, recommendation text)
    for part in parts:
        for key in reported_keys(part):
            council = part.assessments[key].org.key
            quoted[council] += [(key, r.text) for r in part.recommendations if r.assessment == key and r.text]
    for part in parts:
        own = set(reported_keys(part))  # read once per paper
        for key, a in list(part.assessments.items()):
            if a.kind != "Inspection" or not is_undated(key) or key in own:
                continue
            mine = [r.text for r in part.recommendations if r.assessment == key and r.text]
            answers = {k for text in mine for k, theirs in quoted.get(a.org.key, []) if similarity(text, theirs) >= least}
            if len(answers) == 1:
                rename_assessment(part, key, answers.pop())


def dated_but_quoting_another(parts: list[Extraction], least: float = QUOTED) -> None:
    """A council paper whose updates answer recommendations it quotes word for word, but whose text dates another of
    the council's inspections first ('… following the ILACS inspection. Some of these areas were also raised in the
    2016 inspection'), answers the inspection whose report holds what it quotes: the only one of the council's reports
    two or more of whose recommendations (`least` of each one's words) a line of the paper holds, more than of the
    inspection it was keyed to."""
    reported: dict[str, dict[str, list[set[str]]]] = defaultdict(dict)  # council → report key → its recs' words
    for part in parts:
        for key in reported_keys(part):
            texts = [words(r.text) for r in part.recommendations if r.assessment == key and r.text]
            reported[part.assessments[key].org.key].setdefault(key, []).extend(w for w in texts if w)
    for part in parts:
        own = set(reported_keys(part))
        if not part.documents or own:
            continue
        lines: list[set[str]] | None = None  # the paper's lines' words, read once it answers a council's inspection
        for key, a in list(part.assessments.items()):
            theirs = reported.get(a.org.key, {})
            answers = any(u.assessment == key and u.about_kind == "recommendation" for u in part.updates)
            if a.kind != "Inspection" or is_undated(key) or not answers or len(theirs) < 2:
                continue
            if lines is None:
                lines = [w for line in part.documents[0].text.splitlines() if (w := words(line))]
            held = {k: sum(any(len(r & w) >= least * len(r) for w in lines) for r in recs) for k, recs in theirs.items()}
            best = [k for k, n in held.items() if n >= 2 and n > held.get(key, 0)]
            if len(best) == 1 and best[0] not in part.assessments:  # not one it answers apart already
                rename_assessment(part, key, best[0])


def undated_by_date(parts: list[Extraction]) -> None:
    """A council paper that neither dates nor quotes the inspection it answers (a tracker of actions and RAG ratings)
    answers the council's latest inspection reported before the paper's earliest date (an update's 'as at', an
    action's due date; else the day the paper states), where the council's reports hold one (of the framework it names
    the inspection by, 'the ILACS inspection', where one of that framework is among them); with no report built,
    the one inspection the council's other papers date, if they date only one; otherwise it stays 'undated'."""
    reports: dict[str, list[tuple[object, str]]] = defaultdict(list)  # council → (reported by, key)
    papers: dict[str, set[str]] = defaultdict(set)  # council → the dated inspections its papers answer
    frameworks: dict[str, str | None] = {}  # a report's key → its framework
    for part in parts:
        for key in reported_keys(part):
            a = part.assessments[key]
            frameworks[key] = frameworks.get(key) or a.framework
            if (day := a.issued or a.ended or a.date) is not None:
                reports[a.org.key].append((day, key))
        for key, a in part.assessments.items():
            if a.kind == "Inspection" and key[-4:].isdigit() and not key.endswith(_BOARD):
                papers[a.org.key].add(key)
    for part in parts:
        own = set(reported_keys(part))  # read once per paper
        for key, a in list(part.assessments.items()):
            if a.kind != "Inspection" or not is_undated(key) or key in own:
                continue
            dated = [u.as_at for u in part.updates if u.assessment == key and u.as_at]
            dated += [x.due_by for x in part.actions if x.assessment == key and x.due_by]
            dated = dated or [doc.date for doc in part.documents if doc.date]  # else the day the paper states: before it
            before = [(day, k) for day, k in reports.get(a.org.key, []) if dated and day < min(dated)]
            if a.framework and any(frameworks.get(k) == a.framework for _, k in before):  # 'the ILACS inspection'
                before = [(day, k) for day, k in before if frameworks.get(k) == a.framework]
            if before:
                rename_assessment(part, key, max(before)[1])
            elif not reports.get(a.org.key) and len(named := sorted(papers[a.org.key])) == 1:
                if dated and int(named[0][-4:]) <= min(dated).year:  # no report built: the one inspection its other
                    rename_assessment(part, key, named[0])  # papers date, if it is not after the paper's own dates


def published_early_in_the_year(parts: list[Extraction], months: int = 3) -> None:
    """A paper keyed by the month its inspection's report was published early in a year ('the report published in
    January 2025') answers the same council's inspection of the year before, when another paper keys one by its
    fieldwork ('the inspection in November 2024') and no report of the later year was built: Ofsted publishes some
    weeks after the fieldwork, so one inspection is not two."""
    held: dict[str, set[str]] = defaultdict(set)  # council → inspection keys not read from a publication month
    reported: set[str] = set()
    for part in parts:
        reported |= set(reported_keys(part))
        for key, a in part.assessments.items():
            if a.kind == "Inspection" and a.published_month is None:
                held[a.org.key].add(key)
    for part in parts:
        for key, a in list(part.assessments.items()):
            month = a.published_month
            if a.kind != "Inspection" or month is None or month.month > months or key in reported or not key[-4:].isdigit():
                continue
            earlier = f"{key[:-4]}{int(key[-4:]) - 1}"
            if earlier in held[a.org.key] and key not in held[a.org.key]:
                rename_assessment(part, key, earlier)


def named_by_year(parts: list[Extraction]) -> None:
    """A paper that names its inspection by the year alone ('the 2022 Ofsted inspection') keys it by that year; where
    the corpus holds one report of that council's inspection published (or whose fieldwork ended) that year under
    another key (fieldwork in December 2021, the report out in February 2022), the paper answers that report."""
    reports: dict[str, list[tuple[str, Assessment]]] = defaultdict(list)
    for part in parts:
        for key in reported_keys(part):
            reports[part.assessments[key].org.key].append((key, part.assessments[key]))
    for part in parts:
        for key, a in list(part.assessments.items()):
            if a.kind != "Inspection" or a.named_year is None or any(k == key for k, _ in reports.get(a.org.key, [])):
                continue
            years = {k for k, r in reports.get(a.org.key, []) if a.named_year in {d.year for d in (r.issued, r.ended) if d}}
            if len(years) == 1:
                rename_assessment(part, key, years.pop())


def visit_by_month(parts: list[Extraction]) -> None:
    """A council paper that names the visit it answers only by its month ('the focused visit in May 2024') keys it by
    the month ('council/ofsted-focused-visit-2024-05'): where the corpus holds one letter of that council and kind
    whose visit began or ended in that month, the paper answers that letter (its key: the visit's last day)."""
    letters: dict[tuple[str, str], list[tuple[str, object, object]]] = defaultdict(list)  # (council, framework) → …
    for part in parts:
        if not part.documents or KIND not in part.documents[0].kinds:
            continue
        for key, a in part.assessments.items():
            if a.kind == "Inspection" and a.framework in visit_frameworks() and a.ended is not None:
                letters[(a.org.key, a.framework)].append((key, a.started or a.ended, a.ended))
    for part in parts:
        for key, a in list(part.assessments.items()):
            kind = visit_kind(a.framework)
            if a.kind != "Inspection" or kind is None or a.ended is not None or not _MONTH_KEY.search(key):
                continue
            year, month = (int(x) for x in _MONTH_KEY.search(key).groups())  # type: ignore[union-attr]
            match = {
                k
                for k, began, ended in letters.get((a.org.key, a.framework), [])
                if (year, month) in {(began.year, began.month), (ended.year, ended.month)}  # type: ignore[attr-defined]
            }
            if len(match) == 1:
                rename_assessment(part, key, match.pop())


_MONTH_KEY = re.compile(r"-(\d{4})-(\d{2})$")  # a visit keyed by its month, not its day


def visit_lists(parts: list[Extraction]) -> None:
    """A paper numbers a letter's lists apart ('Area for priority action 1', 'Area for improvement 1') and its reader
    numbers them on as the letter does, counting the priority actions the paper names; where the letter is read, its
    own lists say how many items come before each (a paper naming only the areas for improvement of a letter with two
    priority actions: its 'area for improvement 1' is the letter's 3), and the paper's items, actions and updates
    take those numbers."""
    offsets: dict[str, dict[int, int]] = {}  # a letter's key → its list → how many of its items come before that list
    for part in parts:
        if not part.documents or KIND not in part.documents[0].kinds:
            continue
        for key in part.assessments:
            lists = [paper_list(r.scope or "") for r in part.recommendations if r.assessment == key]
            if lists and None not in lists:
                offsets[key] = {which: sum(1 for other in lists if other < which) for which in set(lists)}  # type: ignore[operator]
    for part in parts:
        for key, named in part.lists_named.items():
            before = offsets.get(key)
            if before is None:
                continue
            moved = {old: str(before[which] + n) for old, (which, n) in named.items() if which in before}
            moved = {old: new for old, new in moved.items() if old != new}
            if moved:
                _renumber(part, key, moved)


def _renumber(part: Extraction, key: str, moved: dict[str, str]) -> None:
    """The part's items of `key` numbered anew (its recommendations, its actions 'n.m' and what they answer, its
    updates), all at once, so two numbers that swap never meet."""

    def action(identifier: str) -> str:
        head, dot, tail = identifier.partition(".")
        return f"{moved[head]}{dot}{tail}" if dot and head in moved else identifier

    for rec in part.recommendations:
        if rec.assessment == key:
            rec.identifier = moved.get(rec.identifier, rec.identifier)
    for item in part.actions:
        if item.assessment == key:
            item.identifier, item.responds_to = action(item.identifier), moved.get(item.responds_to, item.responds_to)
    for update in part.updates:
        if update.assessment != key:
            continue
        if update.about_kind == "recommendation":
            update.about = moved.get(update.about, update.about)
        else:
            update.about = action(update.about)
        update.within = moved.get(update.within, update.within) if update.within else update.within
