"""A paper whose text names no council, built beside other councils' papers, is the council's its file name names
('norfolk_cs_committee_report_2018-01-16.txt'), as a folder named after the council is for a paper alone in it
(black-box tester, bb358 r2: it was 'unknown/…' and its updates were all left out); never a council a name holding two
names, nor one against the council the text itself names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from findings.build import build
from findings.link.file_names import council_of_file_name, file_name_words
from findings.link.unnamed import councils_for_unnamed
from findings.model import Assessment, Document, Extraction, Organisation, ProgressUpdate
from tests.conftest import DATA

MINUTES = DATA / "other_councils" / "bristol_style_minutes_march.txt"
LEEDS = DATA / "other_councils" / "leeds_style_minutes_march.txt"


def _unnamed(folder: Path, name: str) -> None:
    """Bristol's minutes with every 'Bristol' gone and a body no other paper names: nothing in the text says whose."""
    lines = MINUTES.read_text(encoding="utf-8").replace("College Green, Bristol", "College Green").splitlines()
    text = "\n".join(line for line in lines if "Bristol" not in line and "BRISTOL" not in line)
    text = text.replace("People Scrutiny Commission", "Young People's Commission").replace("25 March 2024", "24 June 2024")
    (folder / name).write_text(text.replace("PSC/24/1", "PSC/24/3"), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "council"),
    [
        ("bristol_ypc_minutes_2024-06-24.txt", "bristol"),  # the council its file name names
        ("2024-06-24 Bristol - committee minutes.txt", "bristol"),  # dates and generic words aside, whatever the separators
        ("bristol_and_leeds_minutes_2024-06-24.txt", "unknown"),  # two councils: no guess
        ("minutes_2024-06-24.txt", "unknown"),  # none
    ],
)
def test_among_two_councils_a_paper_naming_none_is_the_council_its_file_name_names(tmp_path, name, council):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "psc-2024-03-25.txt").write_text(MINUTES.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "scrutiny-2023-03-15.txt").write_text(LEEDS.read_text(encoding="utf-8"), encoding="utf-8")
    _unnamed(folder, name)
    x = build([folder]).extraction
    orgs = {a.key: a.org.key for a in x.assessments.values() if a.kind == "Meeting"}
    meeting = [k for k in orgs if k.endswith("/young-people-s-commission-2024-06-24")]
    assert len(meeting) == 1, orgs
    if council == "unknown":  # keyed by the paper itself, so no other unknown paper shares its meeting (helper-386)
        assert orgs[meeting[0]].startswith("unknown-") and meeting[0].startswith(orgs[meeting[0]] + "/"), orgs
    else:
        assert orgs.get(f"{council}/young-people-s-commission-2024-06-24") == council, orgs
    said = [n for n in x.notes if name in n and "names no council" in n]
    assert len(said) == 1 and (("read as Bristol's, the only council its file name names" in said[0]) == (council == "bristol"))


def test_a_council_the_text_names_beats_the_one_its_file_name_names(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "leeds_psc_minutes_2024-03-25.txt").write_text(MINUTES.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "scrutiny-2023-03-15.txt").write_text(LEEDS.read_text(encoding="utf-8"), encoding="utf-8")
    x = build([folder]).extraction
    orgs = {a.key: a.org.key for a in x.assessments.values() if a.kind == "Meeting"}
    assert orgs.get("bristol/people-scrutiny-commission-2024-03-25") == "bristol", orgs
    assert not [n for n in x.notes if "names no council" in n]


def test_a_file_name_counts_only_within_the_councils_whose_inspection_the_day_fits():
    """Two councils' reports published the day the paper answers: a file name naming a third council does not place it;
    naming one of the two, it does."""

    def report(key: str, name: str, code: str) -> Extraction:
        a = Assessment(key=f"{key}/ofsted-2015", kind="Inspection", org=Organisation(key, name, code), label="Ofsted 2015")
        a.issued = date(2015, 6, 23)
        doc = Document(f"{key}.pdf", "report", key * 4, "", "application/pdf", kinds=["inspection report"])
        return Extraction(documents=[doc], assessments={a.key: a})

    def paper(path: str) -> Extraction:
        answered = Assessment(key="unknown/ofsted-2015", kind="Inspection", org=Organisation("unknown", "Unknown"), label="x")
        answered.issued = date(2015, 6, 23)
        return Extraction(
            documents=[Document(path, "Progress on the plan\n", "p" * 64, "", "text/plain")],
            assessments={answered.key: answered},
            updates=[ProgressUpdate("unknown/ofsted-2015", "1", None, "Done", [])],
        )

    built = [report("lambeth", "Lambeth", "E09000022"), report("derby", "Derby", "E06000015")]
    third, own = paper("norfolk_progress.txt"), paper("derby_progress_2015.txt")
    notes = councils_for_unnamed([*built, third, own])
    assert [u.assessment for u in third.updates] == ["unknown-pppppppp/ofsted-2015"]  # the paper's own: its sha256's start
    assert [u.assessment for u in own.updates] == ["derby/ofsted-2015"]
    assert notes == [
        "norfolk_progress.txt: names no council, and the build cannot tell whose it is (Derby, Lambeth)",
        "derby_progress_2015.txt: names no council; read as Derby's, the only council its file name names",
    ]


@pytest.mark.parametrize(
    ("path", "council"),
    [
        ("docs/norfolk_cs_committee_report_2018-01-16.txt", "norfolk"),
        ("stockton-on-tees_improvement_plan_v2.docx", "stockton-on-tees"),
        ("north_norfolk_minutes.txt", None),  # a district's name, not the county's
        ("newcastle_cs_report.txt", None),  # Newcastle upon Tyne or Newcastle-under-Lyme
        ("croydon_vs_norfolk.txt", None),  # two councils
        ("further_reading.txt", None),  # a council's name not opening the file's name: a word, not its council
        ("000_6c46fe09eff2521f.txt", None),
    ],
)
def test_the_council_a_file_name_names(path, council):
    found = council_of_file_name(path)
    assert (found.key if found else None) == council, file_name_words(path)
