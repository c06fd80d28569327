"""A council's plan saved as plain text with its table's cells set apart by bars and no outer bars ('R1.1 | Relaunch
… | Head of Service | w/c 3rd June 2024 | Amber'), under the inspection's recommendations restated one a line
('R2 The response to children who go missing …'): no action had been read, and the restated lines, with the table,
had become progress updates, and the plan, read first, had named the inspection 'Inspection 2023' (helper-179). Now
the table is read as one (findings/read/markdown.py bare_pipe_rows), an update that only restates its recommendation
is left out, unsaid in a paper that states the actions answering it (findings/link/orphans.py leave_out_restatements;
linking.json restated), and the report's own
label and facts come before a paper's (findings/link/corpus.py)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from findings.build import build
from findings.read.markdown import bare_pipe_rows
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "barnsley_style_ilacs_2023.txt"
PLAN = DATA / "other_councils" / "barnsley_style_plan_bars_2023.txt"


def test_a_plans_table_with_bars_gives_its_actions_and_restating_the_recommendations_is_no_progress(tmp_path):
    shutil.copy(REPORT, tmp_path / REPORT.name)
    shutil.copy(PLAN, tmp_path / "action plan.txt")  # read before the report it answers
    built = build([tmp_path]).extraction
    assert built.assessments["barnsley/ofsted-2023"].label == "Ofsted 2023"  # the report's own, not 'Inspection 2023'
    actions = [(a.identifier, a.responds_to, a.lead, a.due_by) for a in built.actions]
    assert actions == [
        ("1.1", "1", "Head of Service, Safeguarding", date(2024, 6, 9)),
        ("1.2", "1", "Principal Social Worker", date(2024, 12, 31)),
        ("2.1", "2", "Service Manager, Adolescent Services", date(2024, 9, 30)),
        ("2.2", "2", "Head of Service, Adolescents", date(2025, 3, 31)),
        ("3.1", "3", "Head of Service, Children with Disabilities", date(2023, 11, 30)),
        ("4.1", "4", "Director of Children's Social Care", date(2025, 3, 31)),
        ("5.1", "5", "Head of Service, Fostering", date(2024, 12, 31)),
    ]
    assert [u.about_kind for u in built.updates] == ["action"] * 7  # each row's RAG colour, none a restatement
    # the plan's list of what its actions answer: left out as progress, and not said (helper-215: said of four of five)
    assert not any("restated there" in note for note in built.notes)
    docs = {d.sha256: d for d in built.documents}
    for item in (*built.actions, *built.updates):
        for span in item.spans:
            assert docs[span.doc].text[span.start - docs[span.doc].offset : span.end - docs[span.doc].offset].strip()


def test_bars_are_read_as_cells_only_in_a_run_of_rows_and_every_offset_stays():
    prose = "Options A | B were weighed.\nThe panel agreed.\n"
    table = "Ref | Action | Due\nR1 | Audit | May\nR2 | Train | June\n"
    for text in (prose, table, prose + table + prose):
        read, _ = bare_pipe_rows(text)
        assert len(read) == len(text)
    assert bare_pipe_rows(prose) == (prose, False)
    read, found = bare_pipe_rows(prose + table)
    assert found and read == prose + table.replace("|", "\t")
    assert Path(PLAN).read_text(encoding="utf-8").count(" | ") > 30
