"""Action logs a committee keeps in its minutes, as text copies hold them (helper-180): a Markdown-style table with
outer bars in a .txt file had been read as prose (no log at all), and a log headed by its minute number and subject
('### 42 Ofsted improvement action log') with no meeting or minute column had not been known as a log. Now the
bars of a run of rows are cells in any text file (findings/read/markdown.py bare_pipe_rows), and a log's title may
follow its minute's number and words (extract/action_log_layout.json, title). The same Ref in the next meeting's log
with a later due date re-plans it (fo:dueBySlipped)."""

from __future__ import annotations

import shutil
from datetime import date

from findings.build import build
from tests.conftest import DATA

FOLDER = DATA / "other_councils"


def _built(tmp_path, *names: str):
    for name in names:
        shutil.copy(FOLDER / name, tmp_path / name)
    return build([tmp_path]).extraction


def test_a_log_with_outer_bars_in_a_text_file_gives_its_rows_and_their_replanning(tmp_path):
    built = _built(tmp_path, "shropshire_style_minutes_log_january.txt", "shropshire_style_minutes_log_april.txt")
    logged = {r.identifier: r for r in built.recommendations if r.identifier.startswith("log-")}
    assert sorted(logged) == ["log-A1", "log-A2"]
    assert logged["log-A1"].text.startswith("Revise the supervision policy and audit compliance monthly")
    assert logged["log-A1"].due_by == date(2020, 3, 31)
    assert [when for when, _ in logged["log-A1"].slips] == [date(2020, 6, 30)]
    assert logged["log-A2"].slips == []


def test_a_log_titled_by_its_minute_is_a_log(tmp_path):
    built = _built(tmp_path, "shropshire_style_minutes_titled_log.md")
    logged = sorted(r.identifier for r in built.recommendations if r.identifier.startswith("log-"))
    assert logged == ["log-OF1", "log-OF2", "log-OF3"]
    assert {u.about for u in built.updates} == {"log-OF1", "log-OF2", "log-OF3"}
