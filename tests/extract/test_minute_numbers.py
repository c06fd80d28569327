"""Minute numbers: each resolution and request carries the number its minutes print for the item ('45/24',
'CPP/18/9'), beside its positional identifier, and a user finds it by that number."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from findings.cli import cli
from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import CORPUS, DATA


def _minutes(path) -> dict[str, str | None]:
    part = extract_document(read_document(path, path.name))
    return {r.identifier: r.minute for r in part.recommendations if r.kind == "Resolution" and not r.log_reference}


def test_each_resolution_carries_its_minutes_number_and_keeps_its_identifier():
    got = _minutes(DATA / "action_logs" / "westmere_board_minutes_january.txt")
    assert got == {"1": "44/24", "2": "45/24", "3": "45/24", "4": "46/24"}


def test_the_bundled_minutes_print_their_numbers_and_a_request_under_an_unprinted_one_gets_none():
    scrutiny = _minutes(next(CORPUS.rglob("004_*.txt")))
    assert (scrutiny["1"], scrutiny["2"], scrutiny["3"], scrutiny["12"], scrutiny["request-3"]) == (
        "CFL/09/25",
        "CFL/09/32",
        "CFL/09/33",
        "CFL/09/35",
        "CFL/09/35",
    )
    panel = _minutes(next(CORPUS.rglob("000_*.txt")))
    assert panel["2"] == panel["8"] == "CPP/18/9"
    assert panel["1"] is None  # the minutes' first item prints no number
    assert panel["request-1"] is None  # between CPP/18/4 and CPP/18/6: perhaps under CPP/18/5, not printed
    assert set(_minutes(next(CORPUS.rglob("002_*.txt"))).values()) == {"35", "37"}  # '35.' over its title


@pytest.mark.parametrize(
    "heading, number",
    [
        ("SC.12 Ofsted improvement plan", "SC.12"),
        ("Minute 7 – Ofsted improvement plan", "7"),
        ("CPP/19/12 Ofsted improvement plan", "CPP/19/12"),
        ("12. Ofsted improvement plan", "12"),
        ("45/24 Ofsted improvement plan", "45/24"),
        ("22/23-44 Ofsted ILACS inspection - progress update", "22/23-44"),
        ("CYP 13 Ofsted improvement plan", "CYP 13"),  # helper-160: letters, a space, the item's number
        ("CPP 7 – Ofsted improvement plan", "CPP 7"),
    ],
)
def test_minute_numbers_in_several_house_styles(tmp_path, heading, number):
    paper = tmp_path / "minutes.txt"
    paper.write_text(
        "MINUTES of a meeting of the Corporate Parenting Panel held at County Hall on Tuesday 4 February 2025\n\n"
        "Present: Councillor A Shah (Chair)\n\n"
        f"{heading}\n\n"
        "9. The Panel noted that the average score for children in care had\n"
        "fallen over the year.\n\n"
        "RESOLVED: that the plan be noted.\n",
        encoding="utf-8",
    )
    assert _minutes(paper) == {"1": number}


def test_search_finds_a_resolution_by_its_minute_number_and_show_shows_it(tmp_path):
    out = tmp_path / "out"
    paper = DATA / "action_logs" / "westmere_board_minutes_january.txt"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(paper), "--out", str(out), "--no-pictures"]).exit_code == 0
    found = runner.invoke(cli, ["search", "45/24", "--graph", str(out), "--format", "csv"])
    assert found.exit_code == 0, found.output
    assert [line.split(",")[0].rsplit("/", 1)[-1] for line in found.output.splitlines()[1:]] == ["2", "3"]
    item = "children-s-services-improvement-board-2025-01-16/resolution/2"
    shown = runner.invoke(cli, ["show", item, "--graph", str(out), "--format", "csv"])
    assert shown.exit_code == 0, shown.output
    assert "fo:minute,45/24" in shown.output and "fo:identifier,2" in shown.output
    missing = runner.invoke(cli, ["search", "99/99", "--graph", str(out)])
    assert missing.exit_code == 1 and missing.stderr == "Error: no item holds '99/99'\n"


def test_common_minute_number_forms_are_read_and_one_not_understood_ends_the_minute_before_it():
    got = _minutes(DATA / "minute_numbers" / "northfold_cpp_minutes_numbered_variously.txt")
    texts = {
        r.identifier: r.text
        for r in extract_document(
            read_document(
                DATA / "minute_numbers" / "northfold_cpp_minutes_numbered_variously.txt",
                "northfold_cpp_minutes_numbered_variously.txt",
            )
        ).recommendations
    }
    by_text = {texts[i].split(" be ")[0].removeprefix("That the ").removeprefix("That a "): m for i, m in got.items()}
    assert by_text == {
        "improvement plan update": "45/24",
        "fostering recruitment campaign": "CSC 23/45",
        "return home interview figures": "12",
        "early help strategy": None,  # 'Agenda No. 11': not read, so not taken for 'Min. No. 12'
        "sufficiency strategy": "9",
        "life story work audit": "10",
    }


def test_search_finds_a_minute_as_its_minutes_print_it(tmp_path):
    """`findings search "Min. No. 12"` found nothing though the minute's number is 12 (the Missing list); 'Item 10' and
    'Minute 9' are the same minutes' numbers as printed. The words of an item's text still match as written."""
    out = tmp_path / "out"
    paper = DATA / "minute_numbers" / "northfold_cpp_minutes_numbered_variously.txt"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(paper), "--out", str(out), "--no-pictures"]).exit_code == 0

    def texts(*words: str) -> list[str]:
        found = runner.invoke(cli, ["search", *words, "--graph", str(out), "--format", "json"])
        assert found.exit_code == 0, found.output
        return [row["text"] for row in json.loads(found.output)]

    assert [t.split(" be ")[0] for t in texts("Min. No. 12")] == ["That the return home interview figures"]
    assert [t.split(" be ")[0] for t in texts("Item 10")] == ["That a life story work audit"]
    assert [t.split(" be ")[0] for t in texts("minute", "9")] == ["That the sufficiency strategy"]
    assert texts("life story") == texts("Item 10")


def test_a_minute_searched_as_printed_is_that_number_whole(tmp_path):
    """'Item 1' is no minute 12 or 10, 'Min 4' no minute 45/24 (review helper-100: they matched by prefix)."""
    out = tmp_path / "out"
    paper = DATA / "minute_numbers" / "northfold_cpp_minutes_numbered_variously.txt"
    runner = CliRunner()
    assert runner.invoke(cli, ["--silent", "build", str(paper), "--out", str(out), "--no-pictures"]).exit_code == 0
    for words in ("Item 1", "Min. No. 1", "Min 4"):
        found = runner.invoke(cli, ["search", words, "--graph", str(out)])
        assert found.exit_code == 1 and "no item holds" in found.stderr, (words, found.output)


def test_a_minute_headed_by_a_long_title_is_read_under_its_own_number():
    """'17/25 Children's Social Care – Quarterly Report on Progress Against the Improvement Plan …' (16 words, 110
    characters) was taken for a paragraph, so its resolutions and request were given the minute before it, 16/25
    (helper-140, a city council's web minutes)."""
    path = DATA / "minute_numbers" / "brackwater_panel_minutes_long_headings.html"
    doc = read_document(path, path.name)
    made = [r for r in extract_document(doc).recommendations if r.kind == "Resolution"]
    assert {r.identifier: r.minute for r in made} == {"1": "17/25", "2": "17/25", "3": "18/25", "request-1": "17/25"}
    for r in made:
        assert " ".join(" ".join(doc.text[s.start : s.end] for s in r.spans).split()) == r.text
