"""Every line of a report is asked whether it is a recommendation list's heading: a line whose first letter starts
none of the layout's headings is not compared with them (normalised: spaces, case, a footnote's mark), and the judgement
table's reader no longer normalises the layout's headings again for each capitalised line of a report's opening."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from findings.extract import judgement_table, list_headings
from findings.extract.lexicons import load_json, regex
from findings.extract.list_headings import list_heading, norm
from findings.segment.lines import split_lines

HEADINGS = frozenset(norm(h) for h in load_json("report_layout.json")["recommendation_headings"])
OTHER = regex("report_layout.json", "recommendation_heading")


def test_a_line_no_heading_starts_like_is_not_normalised(monkeypatch):
    normalised: list[str] = []
    monkeypatch.setattr(list_headings, "norm", lambda text: (normalised.append(text), norm(text))[1])
    assert not list_heading("The council has strengthened its oversight.", HEADINGS, OTHER)
    assert not list_heading("Children in care are seen regularly", HEADINGS, OTHER)
    assert normalised == []
    assert list_heading("Recommendations", HEADINGS, OTHER) and list_heading("  areas   for IMPROVEMENT:", HEADINGS, OTHER)
    assert list_heading("What needs to improve in this area of social care practice?", HEADINGS, OTHER)  # its pattern


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Recommendations areAREASforimprove ?:1²ﬁİ\t")), max_size=30))
def test_the_same_answer_as_comparing_every_line(text):
    assert list_heading(text, HEADINGS, OTHER) == (len(text) <= 100 and (norm(text) in HEADINGS or bool(OTHER.match(text))))
    assert list_heading(text, set(HEADINGS), OTHER) == list_heading(text, HEADINGS, OTHER)  # a set that may change: compared


def test_the_judgement_tables_reader_normalises_the_layouts_headings_once(monkeypatch):
    normalised: list[str] = []
    monkeypatch.setattr(judgement_table, "norm", lambda text: (normalised.append(text), norm(text))[1])
    lines = [
        line for line in split_lines("Adoption Good\nCare leavers Good\nLeadership Outstanding\nRecommendations\n") if line.text
    ]
    after = [judgement_table._section_after(lines, i) for i in range(len(lines))]
    again = [judgement_table._section_after(lines, i) for i in range(len(lines))]
    assert after == again == [False, False, False, True]
    assert len(normalised) <= len(load_json("report_layout.json")["recommendation_headings"])
