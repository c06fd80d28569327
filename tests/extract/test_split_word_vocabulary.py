"""One reading of a word a line break split, shared by an item's hyphen-broken words
(findings/extract/recommendation_item.py) and a table cell's width-broken words (findings/read/pdf_tables.py):
findings/extract/vocabulary.py; the slack a cell's width allows is data (extract/reading.json pdf_tables)."""

from __future__ import annotations

from findings.extract.vocabulary import split_word
from findings.read.pdf_headings import table_settings
from findings.read.pdf_tables import _split_word


def test_a_word_of_the_vocabulary_whose_second_half_is_none_is_one_word():
    assert split_word("com", "plete")
    assert split_word("Com", "plete")  # compared casefolded
    assert not split_word("well", "being")  # its second half a word of its own: maybe a compound


def test_months_are_words_only_where_dates_are_read_too():
    assert split_word("Septe", "mber", months=True)
    assert not split_word("Septe", "mber")  # an item's hyphen-broken words: the vocabulary alone, as before


def test_a_cells_break_closes_up_only_a_word_wider_than_its_lines_less_the_slack():
    slack = table_settings()["split_slack"]
    assert isinstance(slack, int)
    assert _split_word("Head of Com", "missioning", ["Head of Com", "missioning"])
    assert not _split_word("Head of Com", "missioning", ["Head of Com", "missioning", "x" * (len("Commissioning") + slack)])
