"""The grade a line ends with is read without sorting the grades lexicon again for each line (every line of a report's
opening is asked), and a judgement table given column by column asks each line whether it is a grade once, however
many of its first lines the columns are tried from."""

from __future__ import annotations

import builtins

from findings.extract import areas, judgement_table
from findings.extract.areas import grade_at_end
from findings.segment.lines import split_lines


def test_the_grade_phrases_are_sorted_once_for_every_line(monkeypatch):
    sorts = []

    def counted(*args, **kwargs):
        sorts.append(args)
        return builtins.sorted(*args, **kwargs)

    grade_at_end("warm: the lexicon loaded")  # its phrases sorted once for the lexicon as loaded
    monkeypatch.setattr(areas, "sorted", counted, raising=False)  # the module's own name for the builtin
    lines = ["Help and protection Requires improvement to be good", "The council's plans are clear.", "Adoption Good"] * 50
    grades = [grade_at_end(line) for line in lines]
    assert not sorts
    assert [g.grade if g else None for g in grades[:3]] == ["RequiresImprovement", None, "Good"]
    assert grades[0].start == len("help and protection ") and grades[0].at == len("Help and protection ")


def test_a_line_that_ends_with_no_grade_word_is_none_and_the_longest_phrase_wins():
    assert grade_at_end("Children in care Requires improvement to be good").grade == "RequiresImprovement"
    assert grade_at_end("Children in care   requires\timprovement").at == len("Children in care   ")
    assert grade_at_end("Overall effectiveness Inadequate").grade == "Inadequate"  # not 'adequate', its tail
    assert grade_at_end("Not judged").grade is None and grade_at_end("Not judged").start == 0
    assert grade_at_end("The plans are good enough") is None


def test_a_table_given_column_by_column_asks_each_line_once_whether_it_is_a_grade(monkeypatch):
    text = (
        "Judgement\nThe impact of leaders on social work practice\nThe experiences and progress of children who need"
        " help and protection\nThe experiences and progress of children in care\nGrade\nGood\nRequires improvement\n"
        "to be good\nGood\n"
    )
    opening = [line for line in split_lines(text) if not line.blank]
    asked: list[str] = []
    real = judgement_table._unmarked_grade
    monkeypatch.setattr(judgement_table, "_unmarked_grade", lambda t: (asked.append(t), real(t))[1])
    getattr(judgement_table._only_grade, "cache_clear", lambda: None)()  # a cache of an earlier test's texts: none
    rows = judgement_table._column_rows(opening, 0, judgement_table.regex("report_layout.json", "judgement_table_end"))
    assert rows is not None and [" ".join(ln.stripped for ln in grade) for _, grade in rows] == [
        "Good",
        "Requires improvement to be good",
        "Good",
    ]
    assert len(asked) == len(set(asked))  # each text once, though the columns were tried from several first lines
