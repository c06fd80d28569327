"""The query page in headless Chromium with every host but this server unreachable: a named query runs from it."""

from __future__ import annotations

import re

import pytest

from findings.viz.chromium import find_chromium, run_chromium


def test_a_named_query_runs_from_the_page_offline(server):
    if find_chromium() is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    done = run_chromium(
        [
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",  # no network but this server
            "--dump-dom",
            f"{server}/?run=actions-due",
        ]
    )
    dom = done.stdout
    assert done.returncode == 0, done.stderr[-2000:]
    assert 'class="current"' in dom and "Actions due by a date" in dom
    table = re.search(r'<table id="result-table">.*?</table>', dom, re.DOTALL)
    assert table, dom[-2000:]
    assert '<button type="button" data-column="0">action</button>' in table.group()
    rows = re.findall(r"<tr>", table.group())
    assert len(rows) > 2  # the header and result rows
    assert 'href="/item/central-bedfordshire/' in table.group()
    assert re.search(r'id="status" role="status">\d+ rows in', dom)
