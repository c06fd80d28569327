"""The grade a judgement's line or cell ends with, written with its number as 2009–13 reports print it ('4 Inadequate',
'Inadequate (4)', 'Grade 2 – good', 'Adequate (Grade 3)', 'Grade 4'), else in words alone: the forms and each
framework's 1–4 scale are data (extract/lexicons/grades.json 'numbered')."""

from __future__ import annotations

import re

from findings.extract.areas import GRADES, GradeMatch, grade_at_end
from findings.extract.lexicons import load_json


def cell_grade(text: str, framework: str | None = None) -> GradeMatch | None:
    """The grade `text` ends with, its number and words or its words alone; a number alone only on `framework`'s scale.
    Its `at` is where the grade's print begins in `text` (the number's 'Grade' or the words), `start` the same with
    whitespace collapsed: what comes before is the area."""
    return numbered_grade(text, framework) or grade_at_end(text)


def numbered_grade(text: str, framework: str | None = None) -> GradeMatch | None:
    """The grade `text` ends with where it prints the grade's number (the first of the lexicon's forms that reads)."""
    numbered = load_json(GRADES)["numbered"]
    if not any(c in _digits(numbered["scales"]) for c in text):
        return None  # most lines: no number of the scales at all
    for form in _forms(numbered["forms"]):
        found = form.search(text)
        if found is None:
            continue
        grade = _read(found, numbered["scales"].get(framework or ""))
        if grade is not None:
            return grade
    return None


def _read(found: re.Match[str], scale: dict[str, str] | None) -> GradeMatch | None:
    """The grade a form's match prints: its words where given (wholly a grade where the number comes first, else the
    grade that ends them), else its number on `scale`."""
    text, word = found.string, found.groupdict().get("word")
    if word is None:
        if scale is None:
            return None  # a number alone, in a report whose scale is not 1–4 (or unknown): no grade
        phrase = scale.get(found.group("n"))
        grade = load_json(GRADES)["grades"].get(phrase) if phrase else None
        return _match(text, found.start(), grade) if grade else None
    said = grade_at_end(word)
    if said is None or said.grade is None:
        return None
    if found.start("word") < found.start("n"):  # 'Overall effectiveness Adequate (Grade 3)': the words end in a grade
        return _match(text, found.start("word") + said.at, said.grade)
    return _match(text, found.start(), said.grade) if said.start == 0 else None  # '2 – good', never '2 – not so good'


def _match(text: str, at: int, grade: str) -> GradeMatch:
    """The grade printed from text[at]: where it begins as given and with whitespace collapsed."""
    before = " ".join(text[:at].split())
    return GradeMatch(grade, len(before) + 1 if before else 0, at)


_compiled: tuple[object, list[re.Pattern[str]]] = (None, [])  # the forms last compiled, and their patterns


def _digits(scales: dict[str, dict[str, str]]) -> str:
    """The digits the scales' numbers are written with ('1234' for the 1–4 scales), derived once for the lexicon as
    loaded: a line holding none of them prints no numbered grade."""
    global _scale_digits
    if _scale_digits[0] is not scales:
        _scale_digits = (scales, "".join(sorted({c for scale in scales.values() for n in scale for c in n})))
    return _scale_digits[1]


_scale_digits: tuple[object, str] = (None, "")  # the scales last read, and their digits


def _forms(sources: list[str]) -> list[re.Pattern[str]]:
    """The forms compiled once for the lexicon as loaded."""
    global _compiled
    if _compiled[0] is not sources:
        _compiled = (sources, [re.compile(source) for source in sources])
    return _compiled[1]
