"""Property tests of the readers and the segmentation: for any text (form feeds, NEL, U+2028, control characters,
unpaired surrogates included), every offset is inside the text and every view maps back to exactly what it shows."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from findings.model import Document, Span
from findings.read import ReadError
from findings.read.html import read_html
from findings.read.pdf import PAGE_JOIN, read_pdf
from findings.read.text import decode_text, text_encoding
from findings.segment.fill import items_by_fill
from findings.segment.headers import header_lines, repeated_lines
from findings.segment.lines import blocks, split_lines
from findings.segment.lists import list_items
from findings.segment.pages import page_break_lines
from findings.segment.paragraphs import numbered_paragraphs
from findings.segment.running import body_lines
from findings.segment.view import unwrap
from tests.conftest import CORPUS
from tests.pdfmaker import make_pdf

AWKWARD = "\n\n\f\r\x85\u2028\u2029\x1c\x1d\x1e\x0b\t \u00a0\x00\x02\ud800\udc00\ufeff-•1.a)"
CHARS = st.one_of(st.sampled_from(AWKWARD), st.characters(codec=None))  # codec=None: surrogates too
TEXT = st.text(CHARS, max_size=400)
CORPUS_LINES = [line for path in sorted(CORPUS.glob("*/*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
assert len(CORPUS_LINES) > 1000
DOCUMENT_LIKE = st.lists(  # lines a report really has, broken up by anything
    st.one_of(st.sampled_from(CORPUS_LINES), st.text(CHARS, max_size=40)), max_size=60
).map("\n".join)
ANY_TEXT = st.one_of(TEXT, DOCUMENT_LIKE)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _offsets(text: str) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(0, len(text)), max_size=6, unique=True).map(sorted)


@SETTINGS
@given(ANY_TEXT)
def test_lines_are_exact_slices_and_cover_the_text(text):
    lines = split_lines(text)
    pos = 0
    for line in lines:
        assert line.start == pos and line.text == text[line.start : line.end]
        assert "\n" not in line.text and "\f" not in line.text
        assert line.end == len(text) or text[line.end] in "\n\f"
        assert text[line.content_start : line.content_end] == line.stripped
        pos = line.end + 1
    assert pos >= len(text)  # nothing after the last line is left out
    assert sum(len(line.text) for line in lines) + max(0, len(lines) - 1) + (1 if text[-1:] in ("\n", "\f") else 0) == len(text)
    assert [line for block in blocks(lines) for line in block] == [line for line in lines if not line.blank]


@SETTINGS
@given(ANY_TEXT, st.data())
def test_a_slice_of_the_text_splits_into_lines_inside_the_slice(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for line in split_lines(text, start, end):
        assert start <= line.start <= line.end <= end and line.text == text[line.start : line.end]


@SETTINGS
@given(ANY_TEXT)
def test_every_character_of_an_unwrapped_view_maps_back(text):
    view = unwrap(split_lines(text))
    assert len(view.offsets) == len(view.text)
    assert list(view.offsets) == sorted(set(view.offsets))  # strictly increasing: a view never reorders the text
    for i, char in enumerate(view.text):
        source = text[view.offsets[i]]
        assert source == char or (char == " " and (source.isspace() or source in "\n\f"))
    if view.text:
        start, end = view.source_range(0, len(view.text))
        assert 0 <= start < end <= len(text)
        assert text[start:end].split() == " ".join(text[start:end].split()).split()


@SETTINGS
@given(ANY_TEXT, st.data())
def test_running_headers_and_page_breaks_point_into_the_text(text, data):
    starts = data.draw(_offsets(text))
    lines = split_lines(text)
    kept = body_lines(text, starts)
    assert set(kept) <= set(lines)
    for line in kept:
        assert text[line.start : line.end] == line.text
    assert all(0 <= i < len(lines) for i in page_break_lines(text, lines))
    assert all(0 <= i < len(lines) for i in header_lines(lines, ["Recommendations", "Contents"]))
    assert repeated_lines(lines) <= {" ".join(line.text.split()).casefold() for line in lines}


@SETTINGS
@given(ANY_TEXT)
def test_list_items_and_paragraphs_are_the_lines_they_came_from(text):
    lines = split_lines(text)
    body = [line for line in lines if not line.blank]
    assert [line for item in list_items(lines) for line in item] == body
    assert [line for item in items_by_fill(lines) for line in item] == body
    used = [line for paragraph in numbered_paragraphs(lines) for line in paragraph.lines]
    assert set(used) <= set(lines) and used == sorted(used, key=lambda line: line.start)


@SETTINGS
@given(st.binary(max_size=600) | ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_text_decoding_refuses_or_reads_with_no_carriage_return(data):
    try:
        text = decode_text(data)
    except ReadError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert "\r" not in text
    codec = {"utf-16": "utf-16", "utf-8": "utf-8-sig"}.get(text_encoding(data), "windows-1252")  # as the bytes say
    assert text.replace("\n", "") == data.decode(codec).replace("\r", "").replace("\n", "")


@SETTINGS
@given(
    st.one_of(
        TEXT,
        st.lists(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<li>",
                    "<td>",
                    "<![",
                    "<!--",
                    "<script>",
                    "&amp;",
                    "&#0;",
                    "<br/>",
                    "<table>",
                    "text",
                    " ",
                    "\f",
                    "\u2028",
                ]
            )
        ).map("".join),
    )
)
def test_html_of_any_shape_reads_or_is_refused_in_one_line(markup):
    try:
        text, _ = read_html(markup)
    except ReadError as err:
        assert "\n" not in str(err)
        return
    assert text.endswith("\n")


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.lists(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9 ,.()]{0,40}", fullmatch=True), min_size=1, max_size=5),
        min_size=1,
        max_size=4,
    )
)
def test_pdf_pages_start_where_the_reader_says(pages):
    text, starts, _, _ = read_pdf(make_pdf(pages))
    assert len(starts) == len(pages) and starts[0] == 0
    assert starts == sorted(set(starts))
    for start in starts[1:]:
        assert text[start - len(PAGE_JOIN) : start] == PAGE_JOIN
    bounds = list(zip(starts, starts[1:] + [len(text)], strict=True))
    for lines, (start, end) in zip(pages, bounds, strict=True):
        page_text = text[start:end]
        assert "".join("".join(lines).split()) == "".join(page_text.split())  # PDFium may join lines; no character changes page


def _spans(value: object, seen: set[int] | None = None) -> list[Span]:
    """Every Span reachable from an extraction's dataclasses, lists, sets and dicts."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, Span):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _spans(item, seen)]
    if isinstance(value, list | tuple | set | frozenset):
        return [s for item in value for s in _spans(item, seen)]
    if hasattr(value, "__dataclass_fields__"):
        return [s for name in value.__dataclass_fields__ for s in _spans(getattr(value, name), seen)]
    return []


def assert_spans_inside(extraction) -> int:
    """Every span of `extraction` lies inside its document's text; the number of spans."""
    texts = {doc.sha256: doc.text for doc in extraction.documents}
    spans = _spans(extraction)
    for span in spans:
        assert span.doc in texts, span
        assert 0 <= span.start <= span.end <= len(texts[span.doc]), span
    return len(spans)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT_LIKE)
def test_extraction_of_any_document_points_inside_it(text):
    from findings.extract.document import extract_document
    from findings.link.corpus import link_corpus
    from findings.rdf.writer import to_graph
    from findings.status import assess_status

    doc = Document(
        path="fuzz.txt",
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        normalisation="as generated",
        media_type="text/plain",
    )
    extraction = link_corpus([extract_document(doc)])
    assess_status(extraction)
    assert_spans_inside(extraction)
    to_graph(extraction, None)


@SETTINGS
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.binary(max_size=2000).map(lambda b: b"%PDF-1.4\n" + b),
        ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    ),
    st.sampled_from([".txt", ".md", ".html", ".htm", ".pdf", ".text"]),
)
def test_any_file_is_read_into_a_document_or_refused_in_one_line(tmp_path_factory, data, suffix):
    from findings.read import read_document

    path = tmp_path_factory.mktemp("any") / f"file{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except ReadError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert doc.text.strip() and doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.page_starts == sorted(set(doc.page_starts)) and all(0 <= p <= len(doc.text) for p in doc.page_starts)
