"""A council's paper 'following the ILACS inspection' that quotes each of that inspection's areas for improvement
word for word, and says in passing that 'some of these areas were also raised in the 2016 inspection', answers the
later inspection: its updates were put on the 2016 report's recommendations, whose words it does not quote.
Invented reports and paper (helper-386) for Halton, in the layout of a single inspection framework report, an
inspection of local authority children's services and a board's update."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.build import build

SIF = """Halton Borough Council
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: 4 April 2016 to 28 April 2016
Report published: 6 June 2016
Children's services in Halton require improvement to be good

Executive summary
Children's services in Halton require improvement to be good. Senior leaders know their service well.

Recommendations
1. Ensure that plans for children on the edge of care set clear goals and are reviewed within timescales.
2. Improve the recording of management decisions on the files of disabled children.
3. Ensure that care leavers are told about their entitlements in writing.

Summary for children and young people
Most children are safe and well looked after.
"""

AREAS = (
    "The timeliness of decisions for children who go missing from school, and how these inform their plans.",
    "The range of local homes for disabled children who need short breaks away from their families.",
    "The quality of written agreements with carers who look after children in family and friends arrangements.",
)

ILACS = """Inspection of Halton local authority
children's services
Inspection dates: 6 December to 17 December 2021
Lead inspector: Alex Invented, His Majesty's Inspector
Overall effectiveness Requires improvement to be good
Services for children in Halton require improvement to be good. Since the last inspection in 2016, leaders have
made progress in several areas.
What needs to improve?
{areas}
The experiences and progress of children who need help and
protection: requires improvement to be good
1. Children and families receive help at the right time.
"""

PAPER = """Halton Borough Council

Corporate Parenting Board

12 October 2022

Improvement plan update following the ILACS inspection

1. Purpose

1.1 This report updates the Board on the improvement plan agreed after the ILACS inspection.{aside}

2. Progress on each area for improvement

{items}

3. Recommendation

That the Board notes the progress made.
"""


@pytest.mark.parametrize(
    ("framework", "aside"),
    [
        ("ILACS", ""),
        ("ILACS", " Some of these areas were also raised in the 2016 inspection."),
        ("Ofsted", " Some of these areas were also raised in the 2016 inspection."),  # its quotes alone tell
    ],
)
def test_a_paper_quoting_the_later_inspections_areas_answers_it(tmp_path: Path, framework: str, aside: str):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "2016-sif-report.txt").write_text(SIF)
    (folder / "2021-ilacs-report.txt").write_text(ILACS.format(areas="\n".join(f"◼ {a}" for a in AREAS)))
    items = "\n\n".join(
        f"Recommendation {n}: {a}\nRAG: Amber\nIn progress. Further work is planned." for n, a in enumerate(AREAS, 1)
    )
    (folder / "2022-progress.txt").write_text(PAPER.format(aside=aside, items=items).replace("ILACS", framework))
    x = build([folder]).extraction
    updates = sorted((u.assessment, u.about) for u in x.updates if u.about_kind == "recommendation")
    assert updates == [("halton/ofsted-2021", str(n)) for n in (1, 2, 3)]


def test_a_paper_naming_the_ilacs_inspection_answers_the_latest_one_whatever_earlier_year_it_names(tmp_path: Path):
    """Quoting nothing, it answers the council's latest ILACS inspection before it, not the one its aside dates."""
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "2016-sif-report.txt").write_text(SIF)
    (folder / "2021-ilacs-report.txt").write_text(ILACS.format(areas="\n".join(f"◼ {a}" for a in AREAS)))
    items = "\n\n".join(f"Recommendation {n}\nRAG: Amber\nIn progress. Further work is planned." for n in (1, 2, 3))
    aside = " Some of these areas were also raised in the 2016 inspection."
    (folder / "2022-progress.txt").write_text(PAPER.format(aside=aside, items=items))
    x = build([folder]).extraction
    assert {u.assessment for u in x.updates} == {"halton/ofsted-2021"}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Update following the ILACS inspection\n\nSome areas were also raised in the 2016 inspection.", None),
        ("Update following the ILACS inspection\n\nIt follows up the 2016 inspection and the 2021 inspection.", 2021),
        ("Update following the 2016 inspection\n\nThe ILACS framework replaced the SIF.", 2016),  # its own year first
    ],
)
def test_a_year_outside_the_named_framework_names_another_inspection(text: str, year: int | None):
    from findings.extract.context import inspection_mention

    assert inspection_mention(text).get("year") == year
