"""A report saved from a web page keeps the site's cookie banner, header, menus, breadcrumbs and footer around the
report: the page's main content (`<main>`, or an element with role="main") is what is read, so the report's title
opens the text as it opens the report, and its recommendations are read (tester helper-193: three gov.uk pages lost
every recommendation, the title pushed too far down by the page's chrome, with nothing said)."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from findings.read.html import read_html
from tests.conftest import DATA

_CHROME = (
    '<div id="global-cookie-message"><p>We use some essential cookies to make this website work.</p>'
    "<button>Accept additional cookies</button><button>Reject additional cookies</button></div>"
    '<a href="#main">Skip to main content</a><header><a href="/">GOV.UK</a><nav><ul><li><a href="/b">Education, '
    'training and skills</a></li><li><a href="/s">Search</a></li></ul></nav></header><div class="govuk-breadcrumbs">'
    '<ol><li><a href="/">Home</a></li><li><a href="/e">Education</a></li><li><a href="/i">Inspections</a></li></ol></div>'
)


def test_only_a_pages_main_content_is_read():
    for opening in ("<main>", '<div role="main" id="content">'):
        closing = "</main>" if opening == "<main>" else "</div>"
        content = f"{opening}<h1>Title</h1><div><p>Body.</p></div>{closing}"
        page = f"<html><body>{_CHROME}{content}<footer>Cookies</footer></body></html>"
        assert read_html(page)[0].splitlines() == ["Title", "Body."]
    assert read_html(f"<html><body>{_CHROME}<h1>Title</h1></body></html>")[0].splitlines()[-1] == "Title"  # no main: all


def test_a_report_saved_with_its_sites_chrome_gives_its_recommendations(tmp_path):
    text = (DATA / "other_councils" / "torbay_ilacs_report_2024.txt").read_text(encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    page = tmp_path / "Inspection of Torbay local authority children's services.html"
    page.write_text(f"<html><body>{_CHROME}<main>{body}</main><footer>Contact us</footer></body></html>", encoding="utf-8")
    part = extract_document(read_document(page, page.name))
    assert [r.text for r in part.recommendations] == [
        "The quality and timeliness of assessments for children in need of help and protection.",
        "The consistency of management oversight and supervision of social workers.",
        "The sufficiency of suitable accommodation for care leavers.",
    ]
    copied = tmp_path / "torbay.txt"  # the same page copied as text, its menus a line each above the title
    copied.write_text("".join(f"Menu item {n}\n" for n in range(12)) + text, encoding="utf-8")
    assert len(extract_document(read_document(copied, copied.name)).recommendations) == 3


def test_a_page_without_a_real_main_is_read_whole():
    """'main' only in another element's name, another role, a comment or a script, or an empty <main>: the page is
    read whole, as before (reviewer helper-195: each gave no text at all)."""
    for page in (
        "<main-nav><a>Home</a></main-nav><h1>Title</h1><p>Body.</p>",
        '<div role="main-content"><h1>Title</h1><p>Body.</p></div>',
        "<!-- <main> --><h1>Title</h1><p>Body.</p>",
        "<script>var t='<main>';</script><h1>Title</h1><p>Body.</p>",
        "<main></main><h1>Title</h1><p>Body.</p>",
    ):
        assert read_html(f"<html><body>{page}</body></html>")[0].splitlines()[-2:] == ["Title", "Body."]


def test_a_council_paper_quoting_a_reports_title_and_dates_is_no_report():
    """A paper's cover and prose above a line quoting the report's title and its dates: not menus, so the paper is
    read as what it is (reviewer helper-195: a progress paper lost its nine updates, read as a report)."""
    from findings.extract.report import framework

    title = "Inspection of Wigan local authority children's services\nInspection dates: 4 to 15 July 2022\n"
    paper = (
        "Report to: Children's Scrutiny Committee\nDate of meeting: 20 September 2023\nPurpose of the report\n"
        "This report updates members on the plan that answers the council's last inspection.\n"
        "The inspection's title and dates were as follows.\n"
    )
    menus = "".join(f"Menu item {n}\n" for n in range(12))
    assert framework(paper + title, under_menus=True) is None
    assert framework(menus + title, under_menus=True) == "ILACS"
    assert framework(menus + title) is None  # a pack's page: only a title opening it


def _page(furniture: str, report: str) -> str:
    return f"<html><body>{furniture}{report}<footer><a href='/contact'>Contact us</a></footer></body></html>"


_SIF = (
    "<h2>Fenmoor County Council</h2><p>Inspection of services for children in need of help and protection, children looked"
    " after and care leavers</p><p>Inspection dates: 3 October 2016 – 27 October 2016</p>"
    "<p>Date of publication: 12 December 2016</p><p>The overall judgement is requires improvement.</p>"
    "<h3>What does the local authority need to improve?</h3><h3>Areas for improvement</h3><ol start='21'>"
    "<li>Ensure that assessments are completed within timescales that meet children's needs.</li>"
    "<li>Improve the quality of supervision so that it challenges drift in children's plans.</li>"
    "<li>Reduce the number of moves experienced by children in care.</li></ol>"
    "<h3>Information about this inspection</h3><p>Lead inspector: Anna Example HMI</p>"
)


def test_a_report_below_a_pages_breadcrumb_heading_and_introduction_is_read(tmp_path):
    """A council's page republishing its report under the site's breadcrumb, its own heading and a paragraph or two
    introducing it (no <main>): the report's title block, with its dates and its publication line, opens a report
    there, its items numbered as the page numbers them (tester bb291: such a page read nothing but the fieldwork)."""
    furniture = (
        "<div class='crumbs'>You are here: <a href='/'>Home</a> / <a href='/c'>Children and families</a> / Ofsted</div>"
        "<h1>Our Ofsted inspection</h1><p>Ofsted inspected our children's services in the autumn of 2016.</p>"
        "<p>We have published an action plan in response. The report is reproduced in full below.</p>"
    )
    page = tmp_path / "our-ofsted-inspection.html"
    page.write_text(_page(furniture, _SIF), encoding="utf-8")
    doc = read_document(page, page.name)
    part = extract_document(doc)
    (inspection,) = part.assessments.values()
    assert (inspection.framework, str(inspection.issued)) == ("SIF", "2016-12-12")
    assert ("overall_effectiveness", "RequiresImprovement") in {(j.key, j.grade) for j in part.judgements}
    assert [(r.identifier, r.text) for r in part.recommendations] == [
        ("21", "Ensure that assessments are completed within timescales that meet children's needs."),
        ("22", "Improve the quality of supervision so that it challenges drift in children's plans."),
        ("23", "Reduce the number of moves experienced by children in care."),
    ]
    for r in part.recommendations:  # offsets into the page's text
        assert doc.text[r.spans[0].start : r.spans[0].end] == r.text


def test_an_ilacs_title_block_below_a_pages_furniture_is_a_report():
    """The title block of an ILACS report (its dates, then its lead inspector) under a page's heading and introduction;
    a paper quoting only a report's title and dates under its own prose stays a paper."""
    from findings.extract.report import framework

    furniture = (
        "Home > Children > Inspections\nOfsted inspection 2023\nOfsted inspected our services in March 2023.\n"
        "The full report of the inspection follows.\n"
    )
    title = "Inspection of Westmere local authority children's services\nInspection dates: 6 to 17 March 2023\n"
    assert framework(furniture + title + "Lead inspector: Sam Example, His Majesty's Inspector\n", under_menus=True) == "ILACS"
    assert framework(furniture + title + "The inspection found that leaders have improved practice.\n", under_menus=True) is None


_SIF_ONE_LINE = (
    "<h2>Anyshire County Council: Inspection of services for children in need of help and protection, children looked"
    " after and care leavers and Review of the effectiveness of the Local Safeguarding Children Board</h2>"
    "<p>Inspection date: 6 October 2015 to 29 October 2015</p><p>Report published: 14 December 2015</p>"
    "<h3>What does the local authority need to improve?</h3><h3>Areas for improvement</h3>"
    "<p>1. Ensure that assessments are completed within timescales that meet children's needs.</p>"
    "<p>2. Improve the quality of supervision so that it challenges drift in children's plans.</p>"
    "<h2>Review of the effectiveness of the Local Safeguarding Children Board</h2>"
    "<p>The Local Safeguarding Children Board (LSCB) requires improvement.</p><h3>Recommendations</h3>"
    "<p>1. Ensure that the board monitors the effectiveness of early help services.</p>"
)


def test_a_title_after_the_councils_name_below_a_pages_heading_and_introduction_is_read(tmp_path):
    """A web page's heading, breadcrumb and introduction above a report whose title the page prints on one line after
    the council's name ('Anyshire County Council: Inspection of services …'): a report, its lists read (tester bb314
    web-copy-with-intro: no framework, no board review and none of eight recommendations)."""
    furniture = (
        "<div class='breadcrumb'>Home / Children's social care / Ofsted report 2015</div>"
        "<h1>Ofsted inspection of children's services 2015</h1><p>Ofsted inspected Anyshire County Council's services"
        " for children in October 2015. The text of the report is reproduced below.</p>"
    )
    page = tmp_path / "ofsted-report-2015.html"
    page.write_text(_page(furniture, _SIF_ONE_LINE), encoding="utf-8")
    doc = read_document(page, page.name)
    part = extract_document(doc)
    assert sorted((a.kind, a.framework) for a in part.assessments.values()) == [("BoardReview", "SIF"), ("Inspection", "SIF")]
    assert [r.text for r in part.recommendations] == [
        "Ensure that assessments are completed within timescales that meet children's needs.",
        "Improve the quality of supervision so that it challenges drift in children's plans.",
        "Ensure that the board monitors the effectiveness of early help services.",
    ]


def test_a_sentence_naming_a_reports_title_is_no_title_line():
    """Prose that names the title mid-sentence, with its dates and publication under it, stays a paper's."""
    from findings.extract.report import framework

    furniture = "Home / Children\nOfsted inspection 2015\nThe council welcomed the report of its inspection in autumn 2015.\n"
    said = (
        "Members noted that the Inspection of services for children in need of help and protection found weaknesses\n"
        "Inspection date: 6 October 2015 to 29 October 2015\nReport published: 14 December 2015\n"
    )
    assert framework(furniture + said, under_menus=True) is None
