"""A later inspection's sentence on the last inspection that reaches a recommendation only by a concern it alone names
('… reflect their views. This is an improvement since the last inspection.' on pathway plans reaching the one on
caseloads and direct work) is not that recommendation's evidence when the later report has findings on its own
concerns ('Caseloads are now manageable …'): the call rests on those (black-box tester bb326, wrong-evidence)."""

from __future__ import annotations

from pathlib import Path

from findings.build import build
from tests.conftest import DATA

_EARLIER_REC = """6. Ensure that the arrangements of the local authority designated officer (LADO)
are timely and that records of allegations are complete."""
_LATER_PLANS = """8. Pathway plans are up to date and written with young people, who told
inspectors that they feel listened to."""
_CASELOADS = (
    "6. Reduce social workers' caseloads so that they have enough time for direct work\nwith children and their families."
)
_LATER_FIFTH = "5. Assessments are thorough and capture children's views well."
_SUPERVISION_PRAISED = (
    (
        "However, supervision of social workers remains inconsistent, and management\n"
        "oversight does not always prevent drift for children.",
        "Social workers value their supervision.",
    ),
    (
        "- The regularity and quality of supervision of social workers, so that management\n"
        "oversight consistently drives progress in children's plans.\n",
        "",
    ),
    (
        "4. Supervision is not regular for all social workers, and too many supervision\n"
        "records do not reflect on children's progress. Management oversight is not\n"
        "consistently effective in preventing drift for children, particularly for children\n"
        "in need. This was also identified at the last inspection.",
        "4. Social workers enjoy working in Anyshire.",
    ),
)


def _anyshire(folder: Path) -> Path:
    """Trafford's two reports (tests/data) retold as Anyshire's: a 2017 recommendation on caseloads and direct work,
    and a later report praising manageable caseloads and, of the last inspection, pathway plans reflecting views."""
    earlier = (DATA / "trafford" / "trafford_ofsted2017.txt").read_text(encoding="utf-8").replace("Trafford", "Anyshire")
    later = (DATA / "trafford" / "trafford_ofsted2022.txt").read_text(encoding="utf-8").replace("Trafford", "Anyshire")
    assert _EARLIER_REC in earlier and _LATER_PLANS in later and _LATER_FIFTH in later
    earlier = earlier.replace(
        _EARLIER_REC,
        "6. Reduce social workers' caseloads so that they have enough time for direct work\nwith children and their families.",
    )
    later = later.replace(
        _LATER_PLANS,
        "8. Pathway plans for care leavers are now up to date and specific, and they reflect\n"
        "their views. This is an improvement since the last inspection.",
    ).replace(_LATER_FIFTH, "5. Caseloads are now manageable, and social workers have time to spend with children.")
    folder.mkdir()
    (folder / "anyshire_ofsted2017.txt").write_text(earlier, encoding="utf-8")
    (folder / "anyshire_ofsted2022.txt").write_text(later, encoding="utf-8")
    return folder


def test_the_call_rests_on_the_finding_about_its_own_concern(tmp_path):
    out = build([_anyshire(tmp_path / "anyshire")]).extraction
    docs = {d.sha256: d for d in out.documents}
    calls = [
        s
        for s in out.statuses
        if s.item.kind == "recommendation" and s.item.assessment == "anyshire/ofsted-2017" and s.item.identifier == "6"
    ]
    (later,) = [s for s in calls if s.as_of.year == 2021]
    assert later.status == "IndependentlyVerified"
    quoted = [" ".join(docs[sp.doc].text[sp.start : sp.end].split()) for sp in later.evidence]
    assert quoted == ["Caseloads are now manageable, and social workers have time to spend with children."]
    plans = [s for s in out.statuses if s.item.assessment == "anyshire/ofsted-2017" and s.item.identifier == "3"]
    assert any("Pathway plans" in docs[sp.doc].text[sp.start : sp.end] for s in plans for sp in s.evidence)


def test_praise_of_managers_overseeing_plans_verifies_the_item_on_their_oversight(tmp_path):
    """'Managers oversee children in need plans well, and drift is identified and addressed.' names the item's concerns
    (ontology/themes.ttl: 'managers oversee', 'children in need plans') and, drift being dealt with, is a strength: it
    verifies 'Improve management oversight of children in need plans, so that drift is identified and addressed.'
    (black-box tester bb326, fv-praise-not-verified: it stayed Open)."""
    folder = _anyshire(tmp_path / "anyshire")
    for name, old, new in (
        (
            "anyshire_ofsted2017.txt",
            _CASELOADS,
            "6. Improve management oversight of children in need plans, so that drift is\nidentified and addressed.",
        ),
        (
            "anyshire_ofsted2022.txt",
            "5. Caseloads are now manageable, and social workers have time to spend with children.",
            "5. Team managers oversee children in need plans well, and drift is identified and addressed.",
        ),
    ):
        text = (folder / name).read_text(encoding="utf-8")
        assert old in text
        (folder / name).write_text(text.replace(old, new), encoding="utf-8")
    later = (folder / "anyshire_ofsted2022.txt").read_text(encoding="utf-8")
    for old, new in _SUPERVISION_PRAISED:  # the later report's word on supervision made praise: nothing raises it again
        assert old in later
        later = later.replace(old, new)
    (folder / "anyshire_ofsted2022.txt").write_text(later, encoding="utf-8")
    out = build([folder]).extraction
    docs = {d.sha256: d for d in out.documents}
    calls = [
        s
        for s in out.statuses
        if s.item.assessment == "anyshire/ofsted-2017" and s.item.identifier == "6" and s.as_of.year == 2021
    ]
    assert [s.status for s in calls] == ["IndependentlyVerified"] * len(calls) and calls
    quoted = [" ".join(docs[sp.doc].text[sp.start : sp.end].split()) for s in calls for sp in s.evidence]
    assert "Team managers oversee children in need plans well, and drift is identified and addressed." in quoted


def test_an_improvement_since_the_year_of_the_last_inspection_verifies_the_item(tmp_path):
    """'… now shapes the development of services … This is a marked improvement since 2017.': the year of the last
    inspection names it as 'the last inspection' does (linking.json previous_inspection), and 'This is … an
    improvement' says the matter now stands better (previous_inspection_past.improved_now): the item on the council of
    children in care is verified (black-box tester bb326, cicc-not-verified: it stayed Open)."""
    folder = _anyshire(tmp_path / "anyshire")
    for name, old, new in (
        (
            "anyshire_ofsted2017.txt",
            _CASELOADS,
            "6. Make sure that the children in care council is able to influence the development\nof services.",
        ),
        (
            "anyshire_ofsted2022.txt",
            "5. Caseloads are now manageable, and social workers have time to spend with children.",
            "5. The children in care council now shapes the development of services, such as the\n"
            "new pledge to care leavers. This is a marked improvement since 2017.",
        ),
    ):
        text = (folder / name).read_text(encoding="utf-8")
        assert old in text
        (folder / name).write_text(text.replace(old, new), encoding="utf-8")
    out = build([folder]).extraction
    calls = [
        s.status
        for s in out.statuses
        if s.item.assessment == "anyshire/ofsted-2017" and s.item.identifier == "6" and s.as_of.year == 2021
    ]
    assert calls == ["IndependentlyVerified"]
