"""Members asking for a paper in discussion and the same minute's resolution asking for it are one ask."""

from __future__ import annotations

import pytest

from findings.build import build

MINUTES = (
    "Trafford Council\nChildren and Young People's Scrutiny Committee\nMinutes of the meeting held on Tuesday, 12 March 2019\n\n"
    "Present: Councillor A Hartley (Chair); Councillors B Okafor and C Lindsay.\n\n"
    "6. POST-INSPECTION ACTION PLAN – PROGRESS\nThe Director presented the progress report.\n\n"
    "Members asked why no work had begun on foster placement sufficiency.\n\n{asked}\n\nRESOLVED –\n"
    "(1) That the progress report be noted.\n(2) {resolved}\n\n7. WORK PROGRAMME\nRESOLVED – That the work programme be noted.\n"
)
ASKED = (
    "Members asked that the Director report on progress with the fostering sufficiency strategy to the Committee"
    " in September 2019."
)


@pytest.mark.parametrize(
    "resolved, asks",
    [
        ("That a further report on foster placement sufficiency be brought to the Committee in September 2019.", 1),
        ("That a further report on social work caseloads and agency staffing be brought to the Committee in September 2019.", 2),
    ],
)
def test_a_request_in_discussion_and_the_resolution_asking_for_the_same_paper_are_one_ask(tmp_path, resolved, asks):
    """'Members asked that the Director report on … the fostering sufficiency strategy to the Committee in September
    2019' and, under the same minute, 'RESOLVED – (2) That a further report on foster placement sufficiency be brought
    …' were two open items for one paper (tester helper-103, D13); a resolution asking for a paper on another matter
    stays an ask of its own."""
    (tmp_path / "minutes.txt").write_text(MINUTES.format(asked=ASKED, resolved=resolved), encoding="utf-8")
    x = build([tmp_path]).extraction
    from findings.extract.lexicons import load_json
    from findings.link.fulfils import LEXICON, is_request

    rules = load_json(LEXICON)["fulfils"]
    open_asks = [r for r in x.recommendations if r.kind == "Resolution" and is_request(rules, r)]
    assert len(open_asks) == asks
    kept = next(r for r in open_asks if r.text == resolved)
    doc = x.documents[0]
    quotes = [doc.text[s.start : s.end] for s in kept.spans]
    assert (ASKED in quotes) is (asks == 1)  # the discussion's words are a source of the one ask
    assert resolved in quotes
