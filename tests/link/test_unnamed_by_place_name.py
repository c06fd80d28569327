"""A council's progress paper that never writes '<Name> Council' but names its place bare ('Report to the Children's
Services Scrutiny Committee, Halton', "Halton's improvement plan") or in short with an ampersand ('B&H Council') is
that council's when two councils are built; a neighbour named in passing does not take it, and two councils named
alike leave it unknown. Invented reports and papers (helper-386), in the layout of a single inspection framework
report and a committee update quoting each recommendation beside a RAG rating."""

from __future__ import annotations

from pathlib import Path

import pytest

from findings.build import build

REPORT = """{council}
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: {start} to {end}
Report published: {published}
Children's services in {place} require improvement to be good

Executive summary
Children's services in {place} require improvement to be good. Senior leaders know their service well.

Recommendations
1. {rec1}
2. {rec2}
3. {rec3}

Summary for children and young people
Most children are safe and well looked after.
"""

RECS = {
    "Halton": (
        "Ensure that plans for children on the edge of care set clear goals and are reviewed within timescales.",
        "Improve the recording of management decisions on the files of disabled children.",
        "Ensure that care leavers are told about their entitlements in writing.",
    ),
    "Brighton and Hove": (
        "Ensure that referrals from schools are screened within one working day.",
        "Improve the quality of chronologies in the files of children subject to child protection plans.",
        "Ensure that the fostering panel receives timely reports on the health of children in care.",
    ),
}
DATES = {
    "Halton": ("4 April 2016", "28 April 2016", "6 June 2016"),
    "Brighton and Hove": ("7 March 2016", "31 March 2016", "10 May 2016"),
}


def _report(folder: Path, council: str) -> None:
    start, end, published = DATES[council]
    rec1, rec2, rec3 = RECS[council]
    text = REPORT.format(
        council=f"{council} Council", place=council, start=start, end=end, published=published, rec1=rec1, rec2=rec2, rec3=rec3
    )
    (folder / f"2016-{council.split()[0].lower()}-report.txt").write_text(text)


def _paper(folder: Path, council: str, head: str, purpose: str) -> None:
    body = "\n\n".join(
        f"Recommendation {n}: {rec}\nStatus: Amber\nIn progress. Audits continue and further work is planned."
        for n, rec in enumerate(RECS[council], 1)
    )
    subject = "Subject: Progress on the improvement plan following the 2016 inspection"
    text = f"{head}\n\nDate of meeting: 23 January 2018\n\n{subject}\n\nPurpose\n\n{purpose}\n\nProgress\n\n{body}\n"
    (folder / "paper.txt").write_text(text)


def _build(tmp_path: Path, council: str, head: str, purpose: str):
    folder = tmp_path / "papers"
    folder.mkdir()
    for each in RECS:
        _report(folder, each)
    _paper(folder, council, head, purpose)
    return build([folder]).extraction


PURPOSE = "This report updates members on the actions taken by the council in response to the 2016 inspection."


@pytest.mark.parametrize(
    ("council", "head", "purpose", "key"),
    [
        ("Halton", "Report to the Children's Services Scrutiny Committee, Halton", PURPOSE, "halton"),
        ("Halton", "Report to Halton's Children's Services Scrutiny Committee", PURPOSE, "halton"),
        (  # named in its text alone, once
            "Halton",
            "Report to the Children's Services Scrutiny Committee",
            "This report updates members on Halton's improvement plan.",
            "halton",
        ),
        (  # its first lines name it; a neighbour named in passing, though twice, does not take it
            "Halton",
            "Report to the Children's Services Scrutiny Committee, Halton",
            "The audit tool was written with Knowsley. Knowsley's audit team trained our managers.",
            "halton",
        ),
        ("Brighton and Hove", "B&H Council – Children and Young People Scrutiny Committee", PURPOSE, "brighton-and-hove"),
    ],
)
def test_a_paper_naming_its_place_bare_is_that_councils(tmp_path, council, head, purpose, key):
    x = _build(tmp_path, council, head, purpose)
    updates = sorted((u.assessment, u.about) for u in x.updates if u.about_kind == "recommendation")
    assert updates == [(f"{key}/ofsted-2016", str(n)) for n in (1, 2, 3)]
    assert not any(a.startswith("unknown/") for a in x.assessments)


def test_two_councils_named_alike_leave_the_paper_unknown(tmp_path):
    """Both councils built, each named once in its text, neither in its first lines: no guess."""
    purpose = "Halton's audit tool is shared with colleagues in Brighton and Hove.\n\nThis report updates members on the plan."
    x = _build(tmp_path, "Halton", "Report to the Children's Services Scrutiny Committee", purpose)
    assert not [u for u in x.updates if u.about_kind == "recommendation"]
    assert any("paper.txt: names no council, and the build cannot tell whose it is" in n for n in x.notes)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Report to the Children's Services Scrutiny Committee, Halton\n\nShared with Knowsley. Knowsley agreed.\n", "halton"),
        ("Report to Halton's Corporate Parenting Board\n\nDate of meeting: 23 January 2018\n", "halton"),
        ("Minutes of the panel. Halton hosted it.\n\nThe panel met in January.\n", "unknown"),  # a sentence, not a title
        ("Report to the Scrutiny Committee, Halton and Knowsley\n\nDate of meeting: 23 January 2018\n", "unknown"),
    ],
)
def test_a_paper_read_alone_is_the_council_its_title_lines_name(text, key):
    """Read alone (no build to choose among), a paper is the council its title lines name bare, once, before a
    neighbour its text names twice; a name in a sentence, or two councils in its title, name none."""
    from findings.extract.context import organisation

    assert organisation(text).key == key


def test_two_councils_papers_the_build_cannot_place_never_share_an_occasion(tmp_path):
    """Two papers naming no council, both answering 'the 2016 inspection', with two councils built: each stays
    unknown, under a key of its own, not one made-up 'unknown/ofsted-2016' holding both."""
    folder = tmp_path / "papers"
    folder.mkdir()
    for each in RECS:
        _report(folder, each)
    for n, council in enumerate(RECS):
        _paper(folder, council, "Report to the Children's Services Scrutiny Committee", PURPOSE)
        (folder / "paper.txt").rename(folder / f"paper-{n}.txt")
    x = build([folder]).extraction
    unknown = [a for a in x.assessments.values() if a.org.key.startswith("unknown")]
    assert len(unknown) == 2 and all(len(a.documents) == 1 for a in unknown)
    assert len({a.org.key for a in unknown}) == 2
