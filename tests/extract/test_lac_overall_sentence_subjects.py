"""A 2013 looked after children report that prints its overall judgement only in a sentence reads it whatever the
sentence calls the service (black-box tester helper-359): 'Overall effectiveness for looked after children is good.'
and 'The overall effectiveness of services for looked after children and care leavers is good.' as well as '… of
services for looked after children is good.'; an aim ('… to ensure that the overall effectiveness … is good.') is
none."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

COVER = [
    "Inspection of looked after children services",
    "",
    "Harwick Council",
    "",
    "Inspection dates: 8 – 19 April 2013",
    "",
    "Reporting inspector Sam Example HMI",
    "",
    "Published: 31 May 2013",
    "",
    "Overall effectiveness of services for looked after children and young people",
    "",
]
SENTENCES = [
    "Overall effectiveness for looked after children is good.",
    "The overall effectiveness of services for looked after children and care leavers is good.",
    "The overall effectiveness of services for looked after children is good.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_overall_sentence_is_read_over_its_subjects_wordings(tmp_path, sentence):
    path = tmp_path / "harwick-2013.txt"
    path.write_text("\n".join([*COVER, f"1. {sentence} Most children live in stable placements.", ""]), encoding="utf-8")
    doc = read_document(path, path.name)
    judgements = extract_document(doc).judgements
    assert [(j.area, j.grade) for j in judgements] == [("Overall effectiveness", "Good")]
    assert [doc.text[s.start : s.end] for s in judgements[0].spans] == [sentence]


def test_an_aim_is_no_judgement(tmp_path):
    path = tmp_path / "harwick-2013.txt"
    aim = "1. The council plans to ensure that the overall effectiveness of services for looked after children is good."
    path.write_text("\n".join([*COVER, aim, ""]), encoding="utf-8")
    assert extract_document(read_document(path, path.name)).judgements == []
