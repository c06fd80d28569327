"""One statement, many copies: restatements and updates filed twice are one node (findings/link/same.py)."""

from __future__ import annotations

from findings.link.same import similarity, words


def test_a_word_with_or_without_its_hyphen_is_one():
    assert words("Pre-proceedings work is initiated promptly") == words("Preproceedings work is initiated promptly")
    assert similarity("multi-agency pre-proceedings meetings", "multiagency preproceedings meetings") == 1.0
    assert words("16- and 17-year-olds") == {"16", "17", "yearolds"}  # a hyphen after a digit stays a break


def test_an_update_filed_alone_and_in_a_pack_counts_once_whatever_its_hyphens(corpus_build):
    """helper-137: the February 2019 report's paragraph on pre-proceedings was in the lineage twice, from the pack
    ('preproceedings') and from the report filed alone ('pre-proceedings')."""
    february = [
        u
        for u in corpus_build.extraction.updates
        if u.about == "2" and u.as_at and u.as_at.isoformat() == "2019-02-11" and u.text.startswith("Recommendation Two")
    ]
    assert len(february) == 1 and len({s.doc for s in february[0].spans}) == 2
