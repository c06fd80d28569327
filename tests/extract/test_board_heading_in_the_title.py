"""A SIF report's title names the board's review ('… and review of the effectiveness of the Local Safeguarding
Children Board'), and the board's own section heading opens a page under the running head in the same words: it is
the report's heading, not a repeat of its title, so the board's recommendations are the board review's (tester
helper-285: they were the council's 6 and 7)."""

from __future__ import annotations

from findings.build import build

HEAD = "Inspection of services for children in need of help and protection, children looked after and care leavers: Northfold"
REPORT = (
    "Northfold City Council\n"
    "Inspection of services for children in need of help and protection, children looked after and care leavers\n"
    "and\n"
    "Review of the effectiveness of the Local Safeguarding Children Board\n"
    "Inspection date: 3 March 2014 to 27 March 2014\n"
    "Report published: 9 May 2014\n\n"
    "Children's services in Northfold require improvement.\n\n"
    "What does the local authority need to improve?\n\n"
    "1. Ensure that children who go missing are offered a return home interview.\n"
    "2. Improve the timeliness of initial child protection conferences.\n"
    "\f{head}\n2\n"
    "Summary for children and young people\n\n"
    "Social workers change too often.\n"
    "\f{head}\n3\n"
    "{board}\n\n"
    "The effectiveness of the LSCB requires improvement.\n\n"
    "The board has not ensured that partners apply thresholds consistently.\n\n"
    "Recommendations\n\n"
    "1. Ensure that the multi-agency audit programme tests the quality of frontline practice.\n"
    "2. Publish the annual report on time and use it to set the board's priorities.\n\n"
    "Information about this inspection\n\n"
    "Inspectors looked closely at the experiences of children.\n"
)


def test_the_boards_heading_in_the_titles_words_opens_its_section(tmp_path):
    for n, board in enumerate(
        ("The effectiveness of the Local Safeguarding Children Board", "Local Safeguarding Children Board")
    ):
        folder = tmp_path / str(n)
        folder.mkdir()
        (folder / "northfold-sif-2014.txt").write_text(REPORT.format(head=HEAD, board=board), encoding="utf-8")
        out = build([folder]).extraction
        text = out.documents[0].text
        recs = {(r.assessment, r.identifier): r for r in out.recommendations}
        assert sorted(recs) == [
            ("northfold/ofsted-2014", "1"),
            ("northfold/ofsted-2014", "2"),
            ("northfold/ofsted-2014-lscb", "1"),
            ("northfold/ofsted-2014-lscb", "2"),
        ], board
        board_rec = recs[("northfold/ofsted-2014-lscb", "1")]
        assert [text[s.start : s.end] for s in board_rec.spans] == [board_rec.text]
