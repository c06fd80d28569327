"""A progress paper whose sections are headed by an area ('2. Help and protection') over paragraphs that each open
with their recommendation's subject ('2.1 Supervision and management oversight …. The revised policy …'), and one
that does not ('2.3 Overall, good progress has been made …'): the section had become one update named by its heading
and its titled paragraphs were dropped (reviewer of this session's findings/extract/titled_progress.py). Now the
titled paragraphs are updates named by their own subjects, and the untitled one is named by the heading."""

from __future__ import annotations

from datetime import date

from findings.build import build

REPORT = """Inspection of Westmarsh local
authority children's services
Inspection dates: 13 to 24 March 2023
Lead inspector: Jo Example, His Majesty's Inspector
Judgement Grade
The impact of leaders on social work
practice with children and families
Good
The experiences and progress of
children who need help and protection
Requires improvement to be good
The experiences and progress of
children in care
Good
The experiences and progress of
care leavers
Good
Overall effectiveness Good
Since the last inspection in 2019, leaders have improved services for children.
What needs to improve?
◼ Managers' oversight and supervision, so that they consistently prevent drift and
delay in children's plans.
◼ The response to children who go missing, including the timeliness of return
interviews and how their findings inform safety planning.
◼ The quality of written plans for disabled children.
◼ The availability of foster homes close to Westmarsh for older children and siblings.
The experiences and progress of children who need help and
protection: requires improvement to be good
1. Children receive a timely response at the front door.
2. Return interviews for children who go missing are not always completed within
72 hours.
The experiences and progress of children in care: good
3. Most children in care live in stable homes, though too few foster homes are local.
The experiences and progress of care leavers: good
4. Care leavers are well supported.
The impact of leaders on social work practice with children and families: good
5. Leaders have a clear understanding of practice.
Ofsted published this report on 17 May 2023.
"""

PROGRESS = """Westmarsh Borough Council
Corporate Parenting Panel
10 October 2024
Report of the Director of Children's Services
Progress against the Ofsted improvement plan

1. Purpose of the report
1.1 To update the Panel on the plan agreed following Ofsted's inspection of children's services (published 17 May 2023).

2. Help and protection
2.1 Supervision and management oversight to prevent drift and delay. The revised policy was relaunched in June 2024. Complete.
2.2 Response to children who go missing. Return interviews are now delivered in-house. In progress.
2.3 Overall, good progress has been made across the service since the inspection.

3. Children in care
3.1 Plans for disabled children. The new template has been in use since December 2023. Complete.
3.2 Foster homes for older children and siblings. 11 new fostering households were approved in 2023/24. In progress.

4. Recommendation
4.1 That the Panel notes the progress made.
"""


def test_titled_paragraphs_under_an_areas_heading_are_each_an_update(tmp_path):
    (tmp_path / "westmarsh_ilacs_2023.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "westmarsh_progress_2024.txt").write_text(PROGRESS, encoding="utf-8")
    built = build([tmp_path]).extraction
    updates = [(u.about, u.as_at, u.text.split(".")[0]) for u in built.updates if u.source.startswith("titled-")]
    assert updates == [
        ("1", date(2024, 10, 10), "Supervision and management oversight to prevent drift and delay"),
        ("2", date(2024, 10, 10), "Response to children who go missing"),
        ("3", date(2024, 10, 10), "Plans for disabled children"),
        ("4", date(2024, 10, 10), "Foster homes for older children and siblings"),
    ]
    docs = {d.sha256: d for d in built.documents}
    for update in built.updates:  # the quote is the document's text at its offsets
        quoted = " ".join(docs[s.doc].text[s.start - docs[s.doc].offset : s.end - docs[s.doc].offset] for s in update.spans)
        assert quoted.split() == update.text.split()
    # the untitled closing paragraph is named by its section's heading, which names no one recommendation: said
    assert any("“Help and protection”" in note for note in built.notes)
