"""A page whose file gives a run of lines after the lines printed below them (a browser's list with bullets drawn as
shapes) is read in the order it is printed, also where the run is printed atop the page's first line; a page whose
file gives its running head last, or a table column by column, is read as the file gives it (findings/read/pdf_order.py
moves only a run that fills a hole in its column, or one given last atop a page in flow, set in the page's size)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from findings.read import read_document
from tests.pdfmaker import _document, _escape


def _placed(lines: list[tuple[float, float, str]]) -> bytes:
    """A one-page PDF whose file gives each line at its (x, y) in the order listed."""
    ops = " ".join(f"1 0 0 1 {x:g} {y:g} Tm ({_escape(text)}) Tj" for x, y, text in lines)
    return _document([f"BT /F1 11 Tf {ops} ET".encode("latin-1")])


def _read(tmp_path, lines: list[tuple[float, float, str]]) -> list[str]:
    path = tmp_path / "page.pdf"
    path.write_bytes(_placed(lines))
    return read_document(path, path.name).text.splitlines()


def test_a_list_the_file_gives_last_is_read_where_it_is_printed(tmp_path):
    got = _read(
        tmp_path,
        [
            (72, 740, "What needs to improve?"),
            (72, 680, "The experiences of children in care: good"),
            (72, 660, "Published: 1 May 2025"),
            (90, 720, "The timeliness of health assessments."),
            (90, 705, "The quality of pathway plans."),
        ],
    )
    assert got == [
        "What needs to improve?",
        "The timeliness of health assessments.",
        "The quality of pathway plans.",
        "The experiences of children in care: good",
        "Published: 1 May 2025",
    ]


def test_a_running_head_or_foot_the_file_gives_out_of_place_stays_where_it_is(tmp_path):
    lines = [
        (72, 40, "Page 2"),
        (72, 720, "The report words go on here."),
        (72, 705, "And here."),
        (72, 770, "Inspection of Anytown children services"),
    ]
    assert _read(tmp_path, lines) == [text for _, _, text in lines]


def test_a_table_the_file_gives_column_by_column_stays_so(tmp_path):
    lines = [
        (72, 720, "The timeliness of"),
        (72, 690, "assessments"),
        (300, 705, "Good"),
        (72, 660, "Next paragraph."),
    ]
    assert _read(tmp_path, lines)[:3] == ["The timeliness of", "assessments", "Good"]


def _sized(tmp_path, lines: list[tuple[float, float, str, float]]) -> list[str]:
    """A one-page PDF whose file gives each line at its (x, y) in its size, in the order listed, read."""
    ops = " ".join(f"/F1 {size:g} Tf 1 0 0 1 {x:g} {y:g} Tm ({_escape(text)}) Tj" for x, y, text, size in lines)
    path = tmp_path / "page.pdf"
    path.write_bytes(_document([f"BT {ops} ET".encode("latin-1")]))
    return read_document(path, path.name).text.splitlines()


PAGE = [  # a letter's last page, its lines in flow: a heading, a paragraph, the sign-off
    (72, 700, "Main findings", 14),
    (72, 680, "Contacts are screened promptly, but decisions are not always recorded.", 11),
    (72, 655, "Yours sincerely", 11),
    (72, 640, "Sam Example, HMI", 11),
]
ITEMS = [(90, 750, "The tracking of children missing from education", 11), (90, 735, "Strengthen the oversight of plans", 11)]


def test_a_list_given_after_the_page_but_printed_atop_it_is_read_at_the_top(tmp_path):
    """A browser gives a list's items that go on from the page before after the page below them (bb303 Oldham)."""
    assert _sized(tmp_path, PAGE + ITEMS) == [text for _, _, text, _ in ITEMS + PAGE]


def test_a_smaller_head_given_last_atop_the_page_stays_where_the_file_gives_it(tmp_path):
    lines = [*PAGE, (72, 770, "Anytown Council focused visit letter", 8)]
    assert _sized(tmp_path, lines) == [text for _, _, text, _ in lines]


def test_a_page_given_after_its_foot_stays_as_the_file_gives_it(tmp_path):
    """The page's first line given is its foot (printed lowest): the page is no run given last atop it."""
    lines = [(72, 40, "Anytown Council", 9), (72, 28, "Page 3", 9), *PAGE]
    assert _sized(tmp_path, lines) == [text for _, _, text, _ in lines]
    assert _sized(tmp_path, [(72, 40, "Anytown Council", 11), *ITEMS]) == ["Anytown Council", *(t for _, _, t, _ in ITEMS)]


def _both_ways(data: bytes, monkeypatch) -> list[tuple[str | None, str | None]]:
    """Each page's order as read (the first-character test first) and with the full measure of every page."""
    import pypdfium2 as pdfium

    from findings.read import pdf_order

    pdf = pdfium.PdfDocument(data)
    pages = [pdf[index].get_textpage() for index in range(len(pdf))]
    raws = [page.get_text_bounded() for page in pages]
    quick = [pdf_order.in_print_order(page, raw) for page, raw in zip(pages, raws, strict=True)]
    with monkeypatch.context() as patched:
        patched.setattr(pdf_order, "_may_move", lambda textpage, raw: True)
        full = [pdf_order.in_print_order(page, raw) for page, raw in zip(pages, raws, strict=True)]
    return list(zip(quick, full, strict=True))


def test_the_first_character_test_moves_what_the_full_measure_moves(monkeypatch):
    from pathlib import Path

    pdfs = sorted((Path(__file__).parents[1] / "data").rglob("*.pdf"))
    pairs = [pair for path in pdfs for pair in _both_ways(path.read_bytes(), monkeypatch)]
    assert any(full is not None for _, full in pairs)  # pages that need their lines moved (shape_bullets)
    assert any(full is None for _, full in pairs)  # and pages that do not
    assert all(quick == full for quick, full in pairs)


_LINE = st.tuples(
    st.integers(min_value=40, max_value=300),
    st.integers(min_value=40, max_value=760),
    st.sampled_from(["The quality of plans.", "  Leaders know their services well.", "1", "Ofsted", "x", " "]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(_LINE, min_size=2, max_size=12))
def test_any_page_reads_the_same_with_the_first_character_test(lines, monkeypatch):
    for quick, full in _both_ways(_placed(lines), monkeypatch):
        assert quick == full
