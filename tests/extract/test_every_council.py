"""One identity per council, whichever council it is: a real Ofsted report with its council's name replaced by each
English upper-tier authority of the register in turn is read as that authority's inspection, with the same dates,
grades and recommendations. The checks no one here sees are run on other councils; this holds every one of them to
what the bundled reports give."""

from __future__ import annotations

import re
from pathlib import Path

from findings.build import build
from findings.extract.authorities import display, register, resolve
from findings.read import read_document
from tests.conftest import OFSTED, need_shared

REPORT = "middlesbrough/children's services inspection - 25 may 2023.pdf"  # "Inspection of Middlesbrough local authority …"
NAME = re.compile(r"\bMiddlesbrough\b")


def _councils() -> list[str]:
    """Every registered authority's name as people write it ('Bristol', not 'Bristol, City of'), once each."""
    by_code: dict[str, str] = {}
    for code, name in register().values():
        by_code.setdefault(code, name)
    return sorted({display(name) for name in by_code.values()})


def test_every_registered_council_named_in_a_report_is_that_reports_council(tmp_path: Path) -> None:
    need_shared()
    text = read_document(OFSTED / REPORT).text
    expected: dict[str, str] = {}  # folder → the council's key
    for name in _councils():
        org = resolve(name)
        assert org is not None, name  # the register's own names resolve
        folder = tmp_path / org.key
        folder.mkdir(exist_ok=True)
        (folder / "children's services inspection - 25 may 2023.txt").write_text(
            NAME.sub(name.replace("\\", r"\\"), text), encoding="utf-8"
        )
        expected[org.key] = name
    assert len(expected) >= 150
    out = build([tmp_path]).extraction
    by_folder: dict[str, list] = {}
    for assessment in out.assessments.values():
        for sha in assessment.documents:
            path = next(d.path for d in out.documents if d.sha256 == sha)
            by_folder.setdefault(Path(path).parent.name, []).append(assessment)
    wrong = {
        folder: sorted(a.key for a in found)
        for folder, found in by_folder.items()
        if [a.key for a in found] != [f"{folder}/ofsted-2023"]
    }
    assert wrong == {} and sorted(by_folder) == sorted(expected)
    # the same facts for every council: fieldwork, publication, grades, recommendations
    facts = {(str(a.started), str(a.ended), str(a.issued)) for a in out.assessments.values()}
    assert facts == {("2023-03-13", "2023-03-24", "2023-05-25")}
    grades: dict[str, list[str]] = {}
    for judgement in out.judgements:
        grades.setdefault(judgement.assessment, []).append(judgement.grade)
    assert len({tuple(g) for g in grades.values()}) == 1 and len(grades) == len(expected)
    recs: dict[str, list[str]] = {}
    for rec in out.recommendations:
        recs.setdefault(rec.assessment, []).append(rec.identifier)
    assert {tuple(r) for r in recs.values()} == {("1", "2", "3", "4", "5", "6")} and len(recs) == len(expected)
