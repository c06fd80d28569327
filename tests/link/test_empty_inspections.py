"""An inspection a paper only names, with no day and nothing of it read, is no node of the graph: a QA lead's notes
beside the papers ('R1 supervision -> recurs SIF 1') made an undated inspection of the council with no item, beside
its real ones (tester helper-102); it is left out and said."""

from __future__ import annotations

from findings.build import build

NOTES = """# Our notes

## Barnet (London Borough of Barnet / Barnet / Barnet Council)
- SIF 2017 (Barnet SIF report.pdf): fieldwork 2017-03-14..2017-04-05, published 2017-07-07. Overall Inadequate;
  CNHP Inadequate; CLA Requires improvement; Adoption RI; Care leavers Inadequate; LMG Inadequate; LSCB RI.
  Recs 1-8 (LA; 1-2 under 'Priority and immediate action'; 4 has a) b) c); 8 wraps over page break with page number '5'),
  LSCB recs 13, 14. Paras 9-12 are findings, not recs.
- Monitoring visit 2018 (monitoring visit letter.txt): visit 2018-02-06..07, letter 2018-03-08. No recs.
- ILACS 2019 (children's services inspection - 30 july 2019.pdf): 2019-05-13..24, published (file name) 2019-07-30.
  Leaders Good; CNHP Good; CiC & care leavers RI; Overall Good. 5 recs (bullets •, list wraps to page 2).
  R1 supervision -> recurs SIF 1; R2 pathway plans -> recurs SIF 5; R3 private fostering -> UNRELATED;
  R4 initial health assessments -> recurs SIF 6; R5 step-down rationale -> UNRELATED (maybe weak vs SIF 4).
"""


def test_an_inspection_only_named_undated_and_with_nothing_read_is_left_out_and_said(tmp_path):
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    x = build([tmp_path]).extraction
    assert [a for a in x.assessments.values() if a.kind == "Inspection"] == []
    said = [n for n in x.notes if "left out an inspection it names" in n]
    assert said == [
        f"{tmp_path.name}/notes.md: left out an inspection it names (Barnet, Inspection (undated)): nothing dates it or was"
        " read of it"
    ]
