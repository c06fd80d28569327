"""An agenda pack's cover dates the pack however long the contents list under its 'AGENDA' line runs, and its day
wins over the day of the last meeting's minutes printed inside the pack (issue #9, a black-box tester's packs: with
eight contents lines the pack was left undated, or dated by the minutes inside it, and its progress table's updates
were dropped as undated). The layouts below are written for the test, in another council's style."""

from __future__ import annotations

from datetime import date

import pytest

CONTENTS = "".join(f"{n}.\tItem number {n} of the evening\n" for n in range(1, 10))  # nine lines of contents

PACK = (
    """CORPORATE PARENTING PANEL

Thursday 14 September 2023 at 6.30 pm

AGENDA

"""
    + CONTENTS
    + """
Corporate Parenting Panel - 14 September 2023

MINUTES OF A MEETING OF THE CORPORATE PARENTING PANEL HELD ON 8 JUNE 2023 FROM 6.30 PM TO 8.00 PM

14. CARE LEAVERS' LOCAL OFFER

The Panel received a verbal update from the Head of Leaving Care on the local offer.

RESOLVED: That the update be noted.

Corporate Parenting Panel - 14 September 2023

Report on the Ofsted inspection of children's services, fieldwork 6 to 17 February 2023

This report updates the Panel on progress against the improvement plan as at 31 August 2023.

Ref\tArea for improvement\tProgress update\tRAG status
1\tReturn home interviews\tAll interviews are now offered within 72 hours. Complete.\tGreen
2\tPathway plans\tThe new pathway plan template is in use in every team. Complete.\tGreen
3\tHealth assessments\tThe review of the health pathway was delayed. Revised timescale: December 2023.\tAmber
"""
)


def _read(text: str):
    from findings.extract.document import extract_document
    from findings.model import Document

    doc = Document(path="pack.txt", text=text, sha256="d" * 64, normalisation="", media_type="text/plain")
    return doc, extract_document(doc)


@pytest.mark.parametrize("contents", [CONTENTS, CONTENTS[: CONTENTS.index("4.")]])  # nine lines, or three
def test_a_pack_is_dated_by_its_cover_not_by_the_minutes_inside_it(contents):
    doc, part = _read(PACK.replace(CONTENTS, contents))
    assert doc.date == date(2023, 9, 14)
    assert "agenda" in doc.kinds and "minutes" in doc.kinds
    days = sorted(a.date for a in part.assessments.values() if a.kind == "Meeting")
    assert days == [date(2023, 6, 8), date(2023, 9, 14)]  # the minutes' meeting, and the meeting the pack is for


def test_the_progress_table_under_a_long_contents_list_is_dated():
    doc, part = _read(PACK.replace(PACK[PACK.index("MINUTES OF") : PACK.index("Report on the Ofsted")], ""))
    table = [u for u in part.updates if u.about_kind == "recommendation"]
    assert [u.about for u in table] == ["1", "2", "3"]
    assert {u.as_at for u in table} == {date(2023, 8, 31)}  # 'as at 31 August 2023', read against the cover's day
    assert doc.date == date(2023, 9, 14)
    for u in table:
        assert " ".join(doc.text[s.start : s.end] for s in u.spans).split() == u.text.split()  # offsets kept


def test_minutes_opening_a_page_of_a_text_copy_after_its_form_feed_are_read():
    """A text copy of a PDF ('pdftotext') puts the page's form feed right before the next page's first line
    ('\\fMINUTES OF A MEETING …'): the minutes there are read as on any other line (helper-217: the pack lost them)."""
    doc, part = _read(PACK.replace("\nMINUTES OF A MEETING", "\n\fMINUTES OF A MEETING"))
    assert doc.date == date(2023, 9, 14)
    assert "minutes" in doc.kinds
    (meeting,) = [a for key, a in part.assessments.items() if key.endswith("2023-06-08")]
    assert all(doc.text[span.start : span.end].startswith("MINUTES") for span in meeting.spans)  # not the form feed
