"""Peer reviews: KLOEs and their recommendations; list items rebuilt from line fill when the glyphs are lost."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from findings.extract.document import extract_document
from findings.read import read_document
from findings.segment.fill import items_by_fill
from findings.segment.lines import split_lines
from tests.conftest import CORPUS, DATA


def test_the_bundled_review_has_five_kloes_and_eighteen_recommendations_under_them():
    path = next(CORPUS.rglob("000_*.txt"))
    doc = read_document(path, path.name)
    part = extract_document(doc)
    review = next(a for a in part.assessments.values() if a.kind == "PeerReview")
    assert (review.key, str(review.started), str(review.ended)) == (
        "central-bedfordshire/peer-review-2018",
        "2018-11-27",
        "2018-11-29",
    )
    assert [k.identifier for k in part.kloes] == ["1", "2", "3", "4", "5"]
    assert part.kloes[0].title == (
        "Children subject of letter before proceedings and the quality and impact of pre-proceedings interventions"
    )
    under = [r for r in part.recommendations if r.kloe]
    assert [r.identifier for r in under] == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "3.1",
        "3.2",
        "3.3",
        "4.1",
        "4.2",
        "4.3",
        "4.4",
        "5.1",
        "5.2",
        "5.3",
    ]
    # wrapped onto lines that start with a capital: 'Early / Help services', 'Resources / Panel', 'Heads of / Service'
    assert under[0].text.endswith("with Early Help services to further inform the targeted offer")
    assert under[3].text.endswith("such as Resources Panel and pre-proceedings processes")
    assert under[7].text.endswith("to Heads of Service")
    for item in part.kloes + under:
        quoted = " ".join(" ".join(doc.text[s.start : s.end] for s in item.spans).split())
        assert quoted == (item.title if hasattr(item, "title") else item.text)


def test_another_councils_peer_challenge():
    part = extract_document(read_document(DATA / "other_councils" / "riverton_peer_challenge.txt", "p.txt"))
    review = next(a for a in part.assessments.values() if a.kind == "PeerReview")
    assert review.label == "Children's Services Peer Challenge: Care Leavers"
    assert (str(review.started), str(review.ended)) == ("2024-06-03", "2024-06-05")
    assert [(r.identifier, r.text.split()[0]) for r in part.recommendations if r.kloe] == [
        ("1.1", "Reduce"),
        ("1.2", "Publish"),
        ("2.1", "Rewrite"),
        ("2.2", "Audit"),
        ("3.1", "Give"),
    ]


_word = st.text(alphabet="abcdefghijklmnop", min_size=1, max_size=9)
_item = st.lists(_word, min_size=2, max_size=25).map(lambda ws: " ".join([ws[0].capitalize()] + ws[1:]))


@given(st.lists(_item, min_size=1, max_size=6), st.integers(min_value=30, max_value=90))
def test_line_fill_recovers_items_wrapped_at_a_known_width(items, width):
    wrapped = [textwrap.wrap(item, width) for item in items]
    for lines, following in zip(wrapped, items[1:], strict=False):
        assume(len(lines[-1]) + 1 + len(following.split()[0]) <= width)  # otherwise the break is truly ambiguous
    text = "\n".join(line for lines in wrapped for line in lines)
    got = items_by_fill(split_lines(text), width)
    assert [" ".join(line.stripped for line in item) for item in got] == items


@pytest.mark.parametrize(
    "intro", ["The peer team recommends:", "Key recommendations:", "The review team would recommend that:", "Recommendations:"]
)
def test_the_recommendations_under_each_kloe_however_the_team_introduces_them(tmp_path, intro):
    """'The peer team recommends:' (and other wordings of the team's recommending) introduce a KLOE's
    recommendations as 'The Peer Review team recommendations:' does (there were none)."""
    source = DATA / "other_councils" / "riverton_peer_challenge.txt"
    reference = extract_document(read_document(source, source.name))
    path = tmp_path / "review.txt"
    path.write_text(source.read_text(encoding="utf-8").replace("The Peer Review team recommendations:", intro), encoding="utf-8")
    part = extract_document(read_document(path, path.name))
    expected = [(r.identifier, r.text) for r in reference.recommendations]
    assert expected and [(r.identifier, r.text) for r in part.recommendations] == expected


def test_a_peer_challenge_letter_asking_its_own_lines_of_enquiry_and_bulleting_its_recommendations(tmp_path):
    """'The council asked the peer team to consider two key lines of enquiry:' and 'The team recommends that the
    Council:' over typed '- ' bullets (helper-67: 'a kind of document the readers do not know')."""
    path = tmp_path / "letter.txt"
    path.write_text(
        "Local Government Association\n\n27 June 2025\n\nBolton Council Safeguarding Peer Challenge, June 2025\n\n"
        "The fieldwork took place from 17 to 19 June 2025.\n\nBolton Council asked the peer team to consider two key "
        "lines of enquiry:\n\n1. How well does the council secure timely permanence?\n2. How effectively does "
        "supervision help social workers?\n\nKLOE 1: Timely permanence\n\nThe team found a strong permanence culture. "
        "However, later life letters were not always completed promptly.\n\nThe team recommends that the Council:\n"
        "- sets a timescale for later life letters and monitors it; and\n- reports on it to the board.\n\n"
        "KLOE 2: Supervision\n\nSupervision is regular.\n\nThe team recommends that the Council:\n- audits the recording "
        "of supervision.\n\nYours sincerely,\n",
        encoding="utf-8",
    )
    part = extract_document(read_document(path, path.name))
    assert [k.identifier for k in part.kloes] == ["1", "2"]
    doc = read_document(path, path.name)
    assert [(r.identifier, r.text) for r in part.recommendations] == [
        ("1.1", "sets a timescale for later life letters and monitors it; and"),
        ("1.2", "reports on it to the board."),
        ("2.1", "audits the recording of supervision."),
    ]
    assert all(doc.text[r.spans[0].start : r.spans[-1].end] == r.text for r in part.recommendations)


def test_a_report_proposing_lines_of_enquiry_is_no_peer_review(tmp_path):
    """helper-73: 'Officers have proposed that the team focus on the following key lines of enquiry:' made a review."""
    path = tmp_path / "cabinet.txt"
    path.write_text(
        "Oldham Council\nReport to Cabinet\n\nOfficers have proposed that the team focus on the following key lines of "
        "enquiry:\n\n1. How well do we secure permanence?\n2. How good is supervision?\n",
        encoding="utf-8",
    )
    part = extract_document(read_document(path, path.name))
    assert part.kloes == [] and not [a for a in part.assessments.values() if a.kind == "PeerReview"]


def test_a_letter_listing_its_lines_of_enquiry_under_a_bare_heading_is_read_dated_staffed_and_linked():
    """'Key lines of enquiry' on a line of its own over '1. How effective …', 'The challenge took place from 20 to 22
    February 2024', 'The team was Jon Maddox (…), …': the letter gave nothing (helper-76, Hampshire style). Read, its
    lines of enquiry test the 2023 report's recommendations on the same concerns."""
    from datetime import date

    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    need_shared()
    x = build([DATA / "other_councils" / "hampshire_style_peer_challenge.txt", OFSTED / "rochdale"]).extraction
    review = x.assessments["rochdale/peer-review-2024"]
    assert (review.started, review.ended) == (date(2024, 2, 20), date(2024, 2, 22))
    assert review.team.startswith("Jon Maddox (Director of Children's Services") and review.team.endswith(
        "Sarah Ebbs (Principal Social Worker)"
    )
    assert [k.identifier for k in x.kloes] == ["1", "2", "3"]
    assert [r.identifier for r in x.recommendations if r.assessment == review.key] == ["1.1", "1.2", "2.1", "3.1"]
    tests = {
        (link.source.identifier, link.target.identifier)
        for link in x.links
        if link.kind == "followsUp" and link.asserted and link.source.kind == "kloe"
    }
    assert tests == {("1", "2"), ("2", "4"), ("3", "7")}  # oversight, disabled children, permanence


LETTER = DATA / "other_councils" / "lga_letter_style_peer_challenge.html"


def test_a_letter_whose_lines_of_enquiry_intro_runs_on_after_key_lines_of_enquiry_is_a_peer_review():
    """'You asked the peer team to consider three key lines of enquiry, each drawn from the recommendations of the
    Ofsted inspection …:' (helper-81, defect 3): the sentence ran on past 'key lines of enquiry', so no review."""
    part = extract_document(read_document(LETTER, LETTER.name))
    assert [a.kind for a in part.assessments.values()] == ["PeerReview"]
    assert [k.identifier for k in part.kloes] == ["1", "2", "3"]


def test_a_letter_is_dated_by_its_subject_line_and_its_own_date_and_so_follows_up_the_inspection(tmp_path):
    """'Children's Services Peer Challenge, London Borough of Hillingdon – 20 to 22 November 2018' and the letter's
    '14 December 2018' above 'Dear …' (helper-81, defect 4): the review was 'peer-review-undated', so none of its
    lines of enquiry followed up the inspection's recommendations. Without the subject line's dates the letter's date
    keys it."""
    from datetime import date

    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    doc = read_document(LETTER, LETTER.name)
    review = next(a for a in extract_document(doc).assessments.values() if a.kind == "PeerReview")
    assert (review.key, review.started, review.ended, review.issued) == (
        "hillingdon/peer-review-2018",
        date(2018, 11, 20),
        date(2018, 11, 22),
        date(2018, 12, 14),
    )
    assert [doc.text[s.start : s.end] for s in review.spans[:2]] == [
        "Peer Challenge, London Borough of Hillingdon – 20 to 22 November 2018",
        "14 December 2018",
    ]
    path = tmp_path / "letter.html"
    path.write_text(LETTER.read_text(encoding="utf-8").replace(" – 20 to 22 November 2018", ""), encoding="utf-8")
    undated = next(a for a in extract_document(read_document(path, path.name)).assessments.values())
    assert (undated.key, undated.started, undated.issued) == ("hillingdon/peer-review-2018", None, date(2018, 12, 14))

    need_shared()
    x = build([LETTER, OFSTED / "hillingdon"]).extraction
    tests = {
        (link.source.identifier, link.target.identifier)
        for link in x.links
        if link.kind == "followsUp" and link.asserted and link.source.kind == "kloe"
    }
    assert {("1", "2"), ("2", "4"), ("3", "1")} <= tests  # return home interviews, permanence, strategy discussions


def _quoted(doc, item) -> str:
    return " ".join(doc.text[s.start : s.end] for s in item.spans)


def test_a_letters_lines_of_enquiry_are_their_headings_over_findings_and_the_team_recommends_after_the_last():
    """Bold numbered headings, each over a paragraph, then 'Areas to consider' over bullets (helper-81, defect 5):
    each title ran on through the paragraph under it, and the last through the team's recommendations. The heading
    is the title, the paragraph's strengths and weaknesses are findings under it, and the bullets after the last are
    the review's own recommendations, not any one KLOE's."""
    doc = read_document(LETTER, LETTER.name)
    part = extract_document(doc)
    assert [(k.identifier, k.title) for k in part.kloes] == [
        ("1", "How timely and thorough are return home interviews when children go missing from home or care?"),
        ("2", "Are permanence plans timely for children in long-term foster care?"),
        ("3", "How well is partner information used in initial strategy discussions?"),
    ]
    assert [(f.kloe, f.polarity, f.text.split()[0]) for f in part.findings] == [
        ("1", "Strength", "Return"),
        ("1", "Weakness", "However,"),
        ("2", "Strength", "Permanence"),
        ("2", "Weakness", "Matches"),
        ("3", "Strength", "Police"),
        ("3", "Weakness", "Education"),
    ]
    assert [(r.identifier, r.kloe, r.text) for r in part.recommendations] == [
        ("1", None, "Analyse the themes from return home interviews each quarter and report them to the exploitation panel."),
        ("2", None, "Set a timescale for ratifying long-term foster care matches and track it at the permanence panel."),
        ("3", None, "Agree with schools how their information will be shared before every strategy discussion."),
    ]
    for item in part.kloes + part.findings + part.recommendations:
        assert _quoted(doc, item) == (item.title if hasattr(item, "title") else item.text)


@pytest.mark.parametrize("intro", ["<p>The peer team recommends:</p>", "<p><strong>Recommendations</strong></p>"])
def test_a_letters_recommendations_however_the_team_introduces_them(tmp_path, intro):
    """'The peer team recommends:' (helper-81's variant) and a bare 'Recommendations' heading are read as 'Areas to
    consider' is: the last line of enquiry no longer swallows the list."""
    reference = extract_document(read_document(LETTER, LETTER.name))
    path = tmp_path / "letter.html"
    path.write_text(
        LETTER.read_text(encoding="utf-8").replace("<p><strong>Areas to consider</strong></p>", intro), encoding="utf-8"
    )
    part = extract_document(read_document(path, path.name))
    assert [k.title for k in part.kloes] == [k.title for k in reference.kloes]
    assert [(r.identifier, r.text) for r in part.recommendations] == [(r.identifier, r.text) for r in reference.recommendations]


def test_a_letter_recommending_under_each_line_of_enquiry_numbers_them_under_it(tmp_path):
    """A list under each heading is that line of enquiry's ('2.1' under KLOE 2), as in a report."""
    text = LETTER.read_text(encoding="utf-8")
    for n, thing in ((2, "the permanence panel"), (3, "the safeguarding partnership")):
        text = text.replace(
            f"<p><strong>{n}. ",
            f"<p>The peer team recommends:</p>\n<ul><li>Report to {thing} each quarter.</li></ul>\n<p><strong>{n}. ",
        )
    path = tmp_path / "letter.html"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path, path.name)
    part = extract_document(doc)
    assert [(r.identifier, r.kloe, r.text.split()[0]) for r in part.recommendations] == [
        ("1.1", "1", "Report"),
        ("2.1", "2", "Report"),
        ("3.1", "3", "Analyse"),
        ("3.2", "3", "Set"),
        ("3.3", "3", "Agree"),
    ]
    assert [k.title.split()[0] for k in part.kloes] == ["How", "Are", "How"]
    assert all(_quoted(doc, r) == r.text for r in part.recommendations)


def test_a_letters_lines_of_enquiry_follow_up_only_the_recommendations_they_are_about():
    """KLOE 3 (strategy discussions) also followed up recommendation 2 (return home interviews) from the team's
    recommendations it had swallowed; the team's recommendations now follow up theirs."""
    from findings.build import build
    from tests.conftest import OFSTED, need_shared

    need_shared()
    x = build([LETTER, OFSTED / "hillingdon"]).extraction
    follows = {
        (link.source.kind, link.source.identifier, link.target.identifier)
        for link in x.links
        if link.kind == "followsUp" and link.asserted
    }
    assert {f for f in follows if f[0] == "kloe"} == {("kloe", "1", "2"), ("kloe", "2", "4"), ("kloe", "3", "1")}
    assert {f for f in follows if f[0] == "recommendation"} == {
        ("recommendation", "1", "2"),
        ("recommendation", "2", "4"),
        ("recommendation", "3", "1"),
    }


def test_a_letter_naming_its_peer_team_after_a_colon_records_the_team():
    """'The peer team was: Ruth Abernethy (lead peer, …); Cllr Deepa Okafor (member peer); and …' (helper-81's letter
    named its team so, and none was recorded)."""
    doc = read_document(LETTER, LETTER.name)
    review = next(a for a in extract_document(doc).assessments.values() if a.kind == "PeerReview")
    assert review.team == (
        "Ruth Abernethy (lead peer, Director of Children’s Services); Cllr Deepa Okafor (member peer); and Gareth Lund "
        "(LGA Peer Challenge Manager)"
    )
    assert doc.text[review.spans[-1].start : review.spans[-1].end].startswith("The peer team was: Ruth Abernethy")
