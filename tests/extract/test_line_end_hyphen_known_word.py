"""A word a line's end breaks with a hyphen is made whole in an item's text where the joined word is a word of the
vocabulary (extract/lexicons/words.json) and what follows the hyphen is none, though the document never spells it
whole elsewhere ('com-' / 'plete'); a compound broken at its own hyphen keeps it ('well-' / 'being', 'multi-' /
'agency'), and the quote stays the lines as printed (black-box tester bb316 hyphen-in-bullet, hyphen-page-break)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document

LETTER = """3 May 2012
Unannounced inspection of contact, referral and assessment arrangements within Westmere Borough Council children's services
This letter summarises the findings of the unannounced inspection of contact, referral and
assessment arrangements undertaken in Westmere Borough Council children's services. The
inspection took place on 17 and 18 April 2012.
Areas for development
1. Record who will com-
plete each action agreed at a strategy meeting.
2. Give the emotional well-
being of children in care its own review.
3. Make the multi-
agency front door child-
centred, with clear decision-
making.
4. Review how managers chal-
lenge drift in plans.
Yours sincerely
Ruth Lane
Her Majesty's Inspector
"""


def test_a_known_word_is_whole_and_a_compound_keeps_its_hyphen(tmp_path):
    path = tmp_path / "westmere-cra-2012.txt"
    path.write_text(LETTER, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "Record who will complete each action agreed at a strategy meeting.",
        "Give the emotional well-being of children in care its own review.",
        "Make the multi-agency front door child-centred, with clear decision-making.",
        "Review how managers challenge drift in plans.",
    ]
    assert "com-\nplete" in "\n".join(doc.text[s.start : s.end] for s in recs[0].spans)
