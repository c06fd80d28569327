"""A plan that letters its actions ('1a', '1b' under recommendation 1) keys them 1.1 and 1.2, as the papers naming
'action 1b' mean and as every other statement of the plan keys them; the label the plan prints is kept
(fo:reference), and `show`, `lineage` and `search` find the action by it (issue #9: `findings show …/action/1b` and
`findings search 1b` found nothing, though the user reads '1b' in the plan)."""

from __future__ import annotations

import json

from click.testing import CliRunner

PLAN = (
    "Northshire Council\n"
    "Our response to the Ofsted inspection of local authority children’s services\n"
    "Version 2.0 – 14 November 2023\n"
    "Ofsted inspected our children’s services between 4 and 15 September 2023 and published its report on 20 October"
    " 2023.\n"
    "Ref\tArea for improvement\tWhat we will do\tLead\tBy when\n"
    "1a\tThe quality of return home interviews for children who go missing.\tCommission a new return home interview"
    " service.\tHead of Safeguarding\tMarch 2024\n"
    "1b\t\tAudit a sample of return home interviews each quarter.\tQuality Assurance Manager\tJune 2024\n"
    "2a\tThe timeliness of pathway plans for care leavers.\tTrack every pathway plan due date weekly.\tHead of Leaving"
    " Care\tJanuary 2024\n"
)
ACTION = "northshire/ofsted-2023/action/1.2"


def _built(tmp_path):
    from findings.cli import cli

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "plan.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["--silent", "build", str(tmp_path / "docs"), "--out", str(out), "--no-pictures"])
    assert result.exit_code == 0, result.output
    return out


def _run(*args: str):
    from findings.cli import cli

    return CliRunner().invoke(cli, list(args))


def test_a_lettered_action_is_shown_searched_and_traced_by_the_plans_own_label(tmp_path):
    out = _built(tmp_path)
    for asked in ("ofsted-2023/action/1b", "northshire/ofsted-2023/action/1B", "action/1b"):
        result = _run("show", asked, "--graph", str(out), "--format", "json")
        assert result.exit_code == 0, result.output
        rows = json.loads(result.stdout)
        assert {row["item"] for row in rows} == {ACTION}  # its key stays 1.2
        fields = {row["field"]: row["value"] for row in rows}
        assert fields["fo:reference"] == "1b" and fields["fo:identifier"] == "1.2"
    found = _run("search", "1b", "--graph", str(out), "--format", "json")
    assert found.exit_code == 0, found.output
    assert [row["item"] for row in json.loads(found.stdout)] == [ACTION]
    assert _run("lineage", "ofsted-2023/action/1b", "--graph", str(out)).exit_code == 0
    assert _run("show", "ofsted-2023/action/1.2", "--graph", str(out)).exit_code == 0  # its key, as before
    assert _run("show", "ofsted-2023/action/2b", "--graph", str(out)).exit_code != 0  # no action printed '2b'
    assert _run("show", "ofsted-2023/recommendation/1b", "--graph", str(out)).exit_code != 0  # nor a recommendation


def test_a_reference_is_written_only_where_the_plan_prints_another_label_than_the_key():
    from findings.extract.document import extract_document
    from findings.model import Document

    doc = Document(path="plan.txt", text=PLAN, sha256="a" * 64, normalisation="", media_type="text/plain")
    actions = {a.identifier: a.reference for a in extract_document(doc).actions}
    assert actions == {"1.1": "1a", "1.2": "1b", "2.1": "2a"}
    dotted = PLAN.replace("\n1a\t", "\n1.1\t").replace("\n1b\t", "\n1.2\t").replace("\n2a\t", "\n2.1\t")
    doc = Document(path="plan.txt", text=dotted, sha256="b" * 64, normalisation="", media_type="text/plain")
    assert {a.identifier: a.reference for a in extract_document(doc).actions} == {"1.1": None, "1.2": None, "2.1": None}
