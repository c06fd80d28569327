"""A progress report that heads each section with its recommendation's subject on a line of its own ('2. Response to
children who go missing', numbered or not, or a bullet's line), its paragraphs below ('2.1 Return interviews are …'),
had been read as nothing ('found no assessment or item in it', tester helper-334); each section is now an update on
the recommendation its heading names, as a paragraph opening with its subject is (findings/extract/headed_progress.py)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from findings.build import build
from findings.extract.headed_progress import headed_sections
from findings.extract.lexicons import load_json
from findings.segment.running import body_lines
from tests.conftest import DATA

REPORT = DATA / "other_councils" / "barnsley_style_ilacs_2023.txt"
TOP = (
    "Barnsley Metropolitan Borough Council\n\nCorporate Parenting Panel\n\n10 October 2024\n\n"
    "Progress against the Ofsted improvement plan\n\n"
)
NUMBERED = (
    "1. Purpose of the report\n\n"
    "1.1 To update the Panel on progress against the plan agreed following Ofsted's inspection of children's services "
    "(published 17 May 2023).\n\n"
    "2. Response to children who go missing\n\n"
    "2.1 Return interviews are now delivered in-house; 91% were completed within 72 hours in Q1 2024/25.\n\n"
    "2.2 Safety plans now record what each interview found. In progress.\n\n"
    "3. Plans for disabled children\n\n"
    "3.1 The new template has been in use since December 2023. This work is complete.\n\n"
    "4. Recommendation\n\n"
    "4.1 The Panel is asked to note the report.\n"
)
UNNUMBERED = (
    "The Panel is updated on the plan agreed following Ofsted's inspection of children's services (published 17 May "
    "2023).\n\n"
    "Response to children who go missing\n"
    "Return interviews are now delivered in-house; 91% were completed within 72 hours in Q1 2024/25. In progress.\n\n"
    "Plans for disabled children\n"
    "The new template has been in use since December 2023. This work is complete.\n"
)
BULLETED = UNNUMBERED.replace("Response to children", "• Response to children").replace("Plans for", "• Plans for")
IN_A_SECTION = (  # the subjects head parts of one numbered section, which numbers no paragraphs (tester helper-358)
    "1. Purpose of the report\n\n"
    "1.1 To update the Panel on progress against the plan agreed following Ofsted's inspection of children's services "
    "(published 17 May 2023). Updates are grouped by theme.\n\n"
    "2. Progress by theme\n\n"
    "Response to children who go missing\n\n"
    "Return interviews are now delivered in-house; 91% were completed within 72 hours in Q1 2024/25. In progress.\n\n"
    "Plans for disabled children\n\n"
    "The new template has been in use since December 2023. This work is complete.\n\n"
    "3. Recommendation\n\n"
    "3.1 The Panel is asked to note the report.\n"
)

THEMED = (  # a theme before each subject after a colon, the paragraphs under them numbered on ('2. ', '3. ')
    "Purpose of the report\n\n"
    "1. To update the Panel on progress against the plan agreed following Ofsted's inspection of children's services "
    "(published 17 May 2023). Updates are grouped by theme.\n\n"
    "Missing children: response to children who go missing\n\n"
    "2. Return interviews are now delivered in-house; 91% were completed within 72 hours in Q1 2024/25. In progress.\n\n"
    "Disabled children: plans for disabled children\n\n"
    "3. The new template has been in use since December 2023. This work is complete.\n\n"
    "Recommendation\n\n"
    "4. The Panel is asked to note the report.\n"
)


@pytest.mark.parametrize(
    "body",
    [NUMBERED, UNNUMBERED, BULLETED, IN_A_SECTION, THEMED],
    ids=["numbered", "unnumbered", "bulleted", "in-a-section", "themed"],
)
def test_each_section_is_an_update_on_the_recommendation_its_heading_names(tmp_path, body):
    shutil.copy(REPORT, tmp_path / REPORT.name)
    (tmp_path / "progress.txt").write_text(TOP + body, encoding="utf-8")
    built = build([tmp_path]).extraction
    updates = {u.about: u for u in built.updates if u.source.startswith("titled-")}
    assert sorted(updates) == ["2", "3"]
    assert updates["2"].text.startswith("Return interviews are now delivered in-house;")
    assert updates["3"].text.endswith("This work is complete.")
    docs = {d.sha256: d for d in built.documents}
    assert next(d for d in docs.values() if d.path.endswith("progress.txt")).date == date(2024, 10, 10)  # its own day
    for update in updates.values():  # the quote is the document's text at its offsets
        quoted = " ".join(docs[s.doc].text[s.start - docs[s.doc].offset : s.end - docs[s.doc].offset] for s in update.spans)
        assert quoted.split() == update.text.split()
    status = {(s.item.identifier, s.as_of): s.status for s in built.statuses if s.item.assessment == "barnsley/ofsted-2023"}
    assert status[("2", date(2024, 10, 10))] == "InProgress"
    assert status[("3", date(2024, 10, 10))] == "ReportedComplete"


def test_a_wrapped_line_of_a_paragraph_heads_no_section(tmp_path):
    """A paragraph's first line that breaks mid-sentence ('Staff from the service have met with the' / 'Children in
    Care Council …') is no heading, though it is short and stands after a blank line: it ends on a joining word."""
    shutil.copy(REPORT, tmp_path / REPORT.name)
    body = UNNUMBERED.replace(
        "\n\nPlans for disabled children\n",
        "\n\nStaff from the service have met with the\nChildren in Care Council twice.\n\nPlans for disabled children\n",
    )
    (tmp_path / "progress.txt").write_text(TOP + body, encoding="utf-8")
    built = build([tmp_path]).extraction
    updates = {u.about: u.text for u in built.updates if u.source.startswith("titled-")}
    assert updates["2"].endswith("Staff from the service have met with the Children in Care Council twice.")
    assert not any("Staff from the service" in note for note in built.notes)


LABELLED = (
    "The Panel is updated on the plan agreed following Ofsted's inspection of children's services.\n\n"
    "Supervision of social workers\n"
    "Supervision is now recorded monthly for every social worker in the assessment teams.\n\n"
    "Note: figures are provisional until the year end\n"
    "Further audits of supervision records are planned for the spring of next year.\n\n"
    "Pathway plans\n"
    "All pathway plans for care leavers have been audited and updated this quarter.\n"
)


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        (LABELLED, ["Supervision of social workers", "Pathway plans"]),  # 'Note: …' is a label's line, no heading
        (  # a lone theme before a colon: no heading either, where no other heading has one
            LABELLED.replace("Note: figures are provisional until the year end", "Audits: further work on records"),
            ["Supervision of social workers", "Pathway plans"],
        ),
        (
            THEMED,
            [
                "Missing children: response to children who go missing",
                "Disabled children: plans for disabled children",
                "Recommendation",
            ],
        ),
    ],
    ids=["label", "lone-theme", "themed"],
)
def test_a_colon_heads_a_section_only_as_a_theme_two_headings_share(body, titles):
    """'Note: figures are provisional …' between sections is a labelled line of the one above, not a section's heading
    (helper-374); a theme before a colon heads sections where two or more headings have one."""
    rules = load_json("lexicons/linking.json")["titled"]
    sections = headed_sections(body_lines(body, []), lambda words: True, rules)
    assert [title for _, _, title in sections] == titles
