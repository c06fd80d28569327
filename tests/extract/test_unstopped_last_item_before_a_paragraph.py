"""A list whose last item ends without a full stop, then a blank line, then the letter's or report's next paragraph
('Inspectors will return …', 'Leaders have made …') or a one-word heading over the next agency's items ('Health'):
neither is a word of the item. An item that wraps onto its next line, with no blank line, still goes on."""

from __future__ import annotations

import pytest

from findings.extract.document import extract_document
from findings.read import read_document

LETTER = """12 March 2010

Ms C Director
Director of Children's Services
Anyshire County Council

Dear Ms Director

Annual unannounced inspection of contact, referral and assessment arrangements within local authority
children's services in Anyshire

This letter summarises the findings of the unannounced inspection of contact, referral and assessment arrangements
within local authority children's services in Anyshire, which was conducted on 2 and 3 March 2010.

Areas for development

{bullet}ensure that contacts are logged on the day they arrive
{bullet}ensure that the emergency duty team passes its records to the day teams before noon on
  the following working day

Inspectors will look at these areas again at the next
inspection.

Yours sincerely

Sam Inspector
Her Majesty's Inspector
"""

ILACS = """Inspection of Westvale local authority children’s services
Inspection dates: 4 to 15 March 2019
Lead inspector: Alex Morgan, Her Majesty’s Inspector
Judgement Grade
The impact of leaders on social work practice with children and families Good
The experiences and progress of children who need help and protection Good
The experiences and progress of children in care and care leavers Good
Overall effectiveness Good
Services for children in Westvale have improved since the last inspection.

What needs to improve
◼ The timeliness of return home interviews for children who go missing
◼ The quality of supervision for newly qualified social workers

Senior leaders know their services well and have acted on what the last inspection
found.
"""


@pytest.mark.parametrize("bullet", ["\u2022 ", "- "])
def test_the_letters_next_paragraph_is_no_word_of_the_last_item(tmp_path, bullet):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER.format(bullet=bullet), encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "ensure that contacts are logged on the day they arrive",
        "ensure that the emergency duty team passes its records to the day teams before noon on the following working day",
    ]
    for rec in recs:
        assert " ".join(" ".join(doc.text[s.start : s.end].split()) for s in rec.spans) == rec.text


def test_the_reports_next_paragraph_is_no_word_of_the_last_item(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(ILACS, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "The timeliness of return home interviews for children who go missing",
        "The quality of supervision for newly qualified social workers",
    ]


JTAI = """3 December 2018

Ms A Director, Director of Children’s Services, Eastmarsh Council
Mr B Constable, Chief Constable, Eastmarsh Police

Dear local partners

Joint targeted area inspection of the multi-agency response to child neglect in Eastmarsh

Between 12 and 16 November 2018, Ofsted, the Care Quality Commission (CQC), HMI Constabulary and Fire & Rescue Services
(HMICFRS) and HMI Probation (HMIP) carried out a joint inspection of the multi-agency response to child neglect in Eastmarsh.

Areas for improvement

Children’s social care

• Social workers should record how neglect affects each child in the family
  home

Health

• School nurses should see every child on a child protection plan each term

Probation

• Probation officers should ask about children in the household at each first meeting

Next steps

The director of children’s services should prepare a written statement of proposed action.

Yours sincerely

Sam Inspector
HMI
"""


def test_an_agencys_one_word_heading_is_no_word_of_the_item_above_it(tmp_path):
    path = tmp_path / "jtai.txt"
    path.write_text(JTAI, encoding="utf-8")
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    assert [r.text for r in recs] == [
        "Social workers should record how neglect affects each child in the family home",
        "School nurses should see every child on a child protection plan each term",
        "Probation officers should ask about children in the household at each first meeting",
    ]
