"""A council reorganised into new ones (authorities.json 'succeeds', 'until'): a successor's later recommendations raise
again its predecessor's earlier ones as a council's own later reports do; a neighbour's, or a fellow successor's, never."""

from __future__ import annotations

from pathlib import Path

from findings.build import build
from findings.extract.authorities import resolve
from findings.extract.succession import ended, predecessors, successors

REPORT = """Inspection of {council} local authority children's services

Inspection dates: {dates}

Lead inspector: Anna Brook, His Majesty's Inspector

Judgement\tGrade
Overall effectiveness\tRequires improvement to be good

What needs to improve

• {first}
• {second}
"""

EARLIER = (
    "Tracking of plans for permanence so that permanence is achieved without delay.",
    "The timeliness and quality of return home interviews for children who go missing.",
)
LATER = (
    "The timeliness of permanence decisions for children in care.",  # Cumbria's first, reworded
    "The analysis of risk for care leavers who misuse drugs or alcohol.",  # a decoy: no concern of Cumbria's
)


def _write(folder: Path, name: str, council: str, dates: str, items: tuple[str, str]) -> None:
    text = REPORT.format(council=council, dates=dates, first=items[0], second=items[1])
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def recurrences(folder: Path) -> set[tuple[str, str, str, str]]:
    """(later council, later item, earlier council, earlier item) of every recurrence asserted."""
    x = build([folder]).extraction
    council = {key: a.org.key for key, a in x.assessments.items()}
    return {
        (council[k.source.assessment], k.source.identifier, council[k.target.assessment], k.target.identifier)
        for k in x.links
        if k.kind == "recurs" and k.asserted
    }


def test_the_lexicon_says_who_succeeded_whom_and_when_the_predecessor_ended():
    cumbria, cumberland = resolve("Cumbria County Council"), resolve("Cumberland Council")
    assert cumbria and cumberland and [p.key for p in predecessors(cumberland)] == ["cumbria"]
    assert [s.name for s in successors(cumbria)] == ["Cumberland", "Westmorland and Furness"]
    assert str(ended(cumbria)) == "2023-03-31" and ended(cumberland) is None
    lancashire = resolve("Lancashire County Council")
    assert lancashire and predecessors(lancashire) == [] and successors(lancashire) == [] and ended(lancashire) is None


def test_a_successor_raises_its_predecessors_concern_again_but_not_a_neighbours_nor_a_fellow_successors(tmp_path):
    _write(tmp_path, "cumbria-2022", "Cumbria", "7 March 2022 to 18 March 2022", EARLIER)
    _write(tmp_path, "lancashire-2022", "Lancashire", "7 March 2022 to 18 March 2022", EARLIER)  # no succession
    _write(tmp_path, "cumberland-2024", "Cumberland", "4 March 2024 to 15 March 2024", LATER)
    _write(tmp_path, "westmorland-2025", "Westmorland and Furness", "3 March 2025 to 14 March 2025", LATER)
    _write(tmp_path, "lancashire-2025", "Lancashire", "3 March 2025 to 14 March 2025", LATER)
    assert recurrences(tmp_path) == {
        ("cumberland", "1", "cumbria", "1"),
        ("westmorland-and-furness", "1", "cumbria", "1"),  # not Cumberland's, a council beside it
        ("lancashire", "1", "lancashire", "1"),  # a council without succession, as before
    }
