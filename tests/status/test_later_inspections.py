"""The later inspections tell the real story: independent confirmation and recurrence of the 2017 recommendations."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.build import build
from findings.evaluate.links import score_links
from tests.conftest import CORPUS, OFSTED, need_shared

GOLD_LINKS = Path(__file__).resolve().parents[1] / "gold" / "links"


@pytest.fixture(scope="module")
def with_later_reports():
    need_shared()
    return build([CORPUS, OFSTED / "central-bedfordshire"])


def test_2022_and_2025_confirm_and_raise_again_the_2017_recommendations(with_later_reports):
    statuses = [s for s in with_later_reports.extraction.statuses if s.item.assessment.endswith("/ofsted-2017")]
    by = {(s.item.identifier, s.as_of.year, s.status) for s in statuses}
    assert ("3", 2022, "IndependentlyVerified") in by  # permanence improved by 2022 …
    assert ("3", 2025, "Recurred") in by  # … and raised again in 2025
    assert ("3", 2018, "InProgress") in by  # 'tracking is now embedded … meetings commenced in May … will be kept appraised'
    assert ("3", 2019, "InProgress") in by  # February 2019: 'a particularly active area of work. Further actions include …'
    assert ("2", 2019, "ReportedComplete") in by  # the council reported pre-proceedings work complete in February 2019 …
    assert ("2", 2022, "Recurred") in by  # … and the 2022 inspection raised it again
    recurred = [s for s in statuses if s.status == "Recurred"]
    assert recurred and all(s.evidence and s.assurance == "OutcomeNotMet" for s in recurred)
    docs = {d.sha256: d for d in with_later_reports.extraction.documents}
    for s in statuses:  # every status rests on quotable evidence
        assert s.evidence and all(docs[sp.doc].text[sp.start : sp.end].strip() for sp in s.evidence), s


def test_links_are_measured_against_gold_and_do_not_fall(with_later_reports, tmp_path):
    (tmp_path / "cb.json").write_bytes((GOLD_LINKS / "central-bedfordshire.json").read_bytes())
    scores = {s.kind: s for s in score_links(with_later_reports.extraction.links, tmp_path)}
    assert scores["recurs"].gold == 6 and scores["recurs"].correct >= 4  # measured: 4 of 6 at the 0.65 threshold


def test_a_mixed_verdict_gives_its_weights_and_the_closest_finding_against_it(with_later_reports):
    """'3 strengths, 1 weakness' alone hid the weakness: a mixed verdict says how the weights came out and quotes the
    best-matched finding on the other side, word for word."""
    ex = with_later_reports.extraction
    mixed = [s for s in ex.statuses if "says otherwise" in s.basis]
    assert mixed
    for s in mixed:
        assert "% of the weight" in s.basis
        where = s.basis.split("says otherwise (", 1)[1].split(")", 1)[0]  # 'page 9, paragraph 23', not 'p23-3'
        page, *numbered = (part.split()[-1] for part in where.split(", "))  # a summary box's sentence: no paragraph
        paragraph = numbered[0] if numbered else None
        quoted = s.basis.split("“", 1)[1].removesuffix("”")
        same = [
            f
            for f in ex.findings
            if (f.spans[0].page, f.paragraph) == (int(page), paragraph) and " ".join(f.text.split()) == quoted
        ]
        assert same and same[0].polarity != ("Strength" if s.status == "IndependentlyVerified" else "Weakness"), s.basis


def test_a_report_saved_without_its_publication_date_raises_nothing_before_its_pdf_was_made(tmp_path):
    """Later reports print no publication date; saved under a name without one, the report's recommendations were
    raised on the last day of fieldwork, weeks before the report existed (`open --as-of` listed them early): they
    stand from the later of fieldwork end and the PDF's creation, the report's earliest date (helper-60)."""
    import shutil

    from click.testing import CliRunner

    from findings.cli import cli

    need_shared()
    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copy(OFSTED / "rochdale" / "children's services inspection - 12 march 2018.pdf", folder / "rochdale 2018.pdf")
    x = build([folder]).extraction
    (inspection,) = [a for a in x.assessments.values() if a.kind == "Inspection" and a.key.endswith("ofsted-2018")]
    assert inspection.issued is None and inspection.earliest is not None and inspection.earliest > inspection.ended
    raised = {s.as_of for s in x.statuses if s.item.assessment == inspection.key and s.basis == "raised"}
    assert raised == {inspection.earliest}
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["--silent", "build", str(folder), "--out", str(out), "--no-pictures"]).exit_code == 0
    before = CliRunner().invoke(cli, ["open", "--graph", str(out), "--as-of", str(inspection.ended), "--format", "csv"])
    assert before.exit_code == 0 and before.stdout.count("\n") == 1  # the header only: nothing raised yet
    lineage = CliRunner().invoke(
        cli, ["lineage", "rochdale/ofsted-2018/recommendation/1", "--graph", str(out), "--format", "csv"]
    )
    assert lineage.output.splitlines()[1].startswith(f"{inspection.earliest},raised by,")


def test_every_call_on_a_later_report_saved_without_its_publication_date_is_dated_alike(tmp_path):
    """The 2023 report under a name without its date stands from its earliest date (16 March), but two calls read from
    its sentences on the 2018 recommendations were dated by its fieldwork's end (3 February): one report, two dates
    (helper-146)."""
    import shutil

    need_shared()
    folder = tmp_path / "r"
    folder.mkdir()
    for report in (OFSTED / "rochdale").glob("*.pdf"):
        named = "Agenda frontsheet.pdf" if "2023" in report.name else report.name
        shutil.copy(report, folder / named)
    x = build([folder]).extraction
    later = next(a for a in x.assessments.values() if a.kind == "Inspection" and a.key.endswith("ofsted-2023"))
    assert later.issued is None and later.stands_from() > later.ended
    said = {u.as_at for u in x.updates if u.by == later.key}
    assert said == {later.stands_from()}
    after_fieldwork = {s.as_of for s in x.statuses if later.ended <= s.as_of < later.stands_from()}
    assert after_fieldwork == set()


def test_a_report_re_saved_long_after_its_fieldwork_is_not_dated_by_the_copy(tmp_path):
    """A council's re-exported copy carries a creation date years on: no bound on the publication, or the report's
    recommendations would be raised after the next inspection had spoken (helper-61)."""
    import datetime as dt

    from findings.extract.document import extract_document
    from findings.read import read_document

    need_shared()
    pdf = OFSTED / "rochdale" / "children's services inspection - 12 march 2018.pdf"
    shutil_copy = tmp_path / "rochdale 2018.pdf"
    shutil_copy.write_bytes(pdf.read_bytes())
    doc = read_document(shutil_copy, "r/rochdale 2018.pdf")
    doc.created = dt.date(2026, 1, 4)
    (inspection,) = [a for a in extract_document(doc).assessments.values() if a.key.endswith("ofsted-2018")]
    assert inspection.ended == dt.date(2018, 2, 9) and inspection.stands_from() == inspection.ended


def test_a_status_quotes_the_finding_that_matched_its_recommendation_best(tmp_path):
    """helper-136: Wigan 2017's call for care leavers' move to adult mental health services showed, as the evidence of
    its 2025 verification, a sentence on parents' mental health (the first of the four findings in the report's
    order), not the one on care leavers' mental health that matched it best. The status's own quote is its
    best-matched finding's; the others stay in the graph as findings it rests on."""
    import json

    from click.testing import CliRunner

    from findings.cli import cli

    need_shared()
    out = tmp_path / "graph"
    built = CliRunner().invoke(cli, ["--silent", "build", str(OFSTED / "wigan"), "--out", str(out), "--no-pictures", "-j", "1"])
    assert built.exit_code == 0, built.output
    later = build([OFSTED / "wigan"]).extraction
    mention = next(
        m
        for m in later.mentions
        if m.item.identifier == "9" and m.item.assessment.endswith("2017") and m.assessment.endswith("2025")
    )
    best = mention.findings[0][1]
    assert len(mention.findings) > 1 and best.spans[0].start > min(f.spans[0].start for _, f in mention.findings)
    shown = CliRunner().invoke(cli, ["open", "--council", "wigan", "--evidence", "--graph", str(out), "--format", "json"])
    row = next(r for r in json.loads(shown.stdout) if r["item"] == "wigan/ofsted-2017/recommendation/9")
    assert " ".join(row["evidence"].split()) == " ".join(best.text.split())


def test_a_call_on_more_findings_than_it_quotes_says_which_are_its_evidence(corpus_build):
    """helper-137: a review call read '8 strengths' beside five quotes. The count stays (it weighed them all); the
    call says the five that match best are its evidence."""
    import re

    for s in corpus_build.extraction.statuses:
        counted = re.search(r"\((\d+) strengths?, (\d+) weakness", s.basis)
        if not counted:
            continue
        same_side = int(counted.group(1) if s.status == "IndependentlyVerified" else counted.group(2))
        if same_side > len(s.evidence):
            assert f"(the {len(s.evidence)} that match it best are the evidence)" in s.basis, s.basis
        else:
            assert "that match it best" not in s.basis, s.basis


def test_a_call_on_six_strengths_quotes_five_and_says_so(tmp_path):
    """helper-137, in a report of its own: the corpus's one such call (seven strengths on its 2017 pre-proceedings
    item) rests on five since findings on court work that repeat no word of what it asked are none of its (issue #9)."""
    from findings.build import build
    from tests.status.test_later_findings_read_right import _later_calls

    earlier = ["Ensure that return home interviews are offered promptly to children who go missing."]
    praise = [
        "Return home interviews are now offered promptly.",
        "Return home interviews are of good quality.",
        "Return home interviews are thorough and well recorded.",
        "Return home interviews are offered by skilled workers whom children trust.",
        "Return home interviews now inform effective safety plans.",
        "Return home interviews are analysed well to identify patterns of risk.",
    ]
    body = "".join(f"{n}. {sentence}\n\n" for n, sentence in enumerate(praise, 1))
    assert _later_calls(tmp_path, earlier, body) == {"1": ["IndependentlyVerified"]}
    (call,) = [s for s in build([tmp_path]).extraction.statuses if s.as_of.year == 2025 and s.item.assessment.endswith("2021")]
    assert "(6 strengths, 0 weaknesses)" in call.basis and "(the 5 that match it best are the evidence)" in call.basis
    assert len(call.evidence) == 5


def test_an_action_due_before_its_recommendation_was_raised_is_noted(corpus_build):
    """helper-137: the plan's 'March 17' for action 8.1 reads as 31 March 2017, months before the 2017 inspection was
    published, and nothing said so. The date stands as written; the build notes it for a person to look at."""
    notes = [n for n in corpus_build.extraction.notes if "action 8.1 is due" in n]
    assert notes == [
        "corpus/central-bedfordshire/000_6c46fe09eff2521f.txt: action 8.1 is due 2017-03-31 ('March 17'), before its"
        " recommendation was raised (2017-08-25): the plan may mean a later year"
    ]
