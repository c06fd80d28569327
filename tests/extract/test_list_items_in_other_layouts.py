"""Recommendation lists in three layouts of councils never seen (helper-179's black-box test): a list whose glyphs
were lost but not the space after them, each item's first line indented and the lines it wraps onto not (two
items had been read as one); a list of phrases without glyphs followed by Ofsted's publication line (read as a
fourth recommendation); a web page's bulleted list of lettered items ('• (a) The quality …': the letter had stayed
in the text). Each item's text is exactly the words its spans quote."""

from __future__ import annotations

from findings.extract.document import extract_document
from findings.read import read_document
from tests.conftest import DATA

FOLDER = DATA / "other_councils"


def _recommendations(name: str) -> list[tuple[str, str]]:
    path = FOLDER / name
    doc = read_document(path, path.name)
    recs = extract_document(doc).recommendations
    for rec in recs:
        assert " ".join(" ".join(doc.text[s.start : s.end] for s in rec.spans).split()) == " ".join(rec.text.split())
    return [(rec.identifier, rec.text) for rec in recs]


def test_items_indented_by_their_lost_glyphs_space_are_items_of_their_own():
    recs = _recommendations("greenwich_style_slac_2011_indented_items.txt")
    assert recs[:4] == [
        (
            "safeguarding-1",
            "ensure that all children subject to a child protection plan are allocated to a qualified social worker",
        ),
        (
            "safeguarding-2",
            "ensure that return home interviews are offered to every child who goes missing from home or care and that "
            "the information is shared with the police",
        ),
        ("safeguarding-3", "improve the recording of management decisions on case files"),
        (
            "safeguarding-4",
            "increase the number of local foster carers so that fewer children are placed at a distance from Greenwich.",
        ),
    ]


def test_the_publication_line_after_a_list_of_phrases_is_not_an_item():
    recs = _recommendations("greenwich_style_ilacs_2019_published_after_list.txt")
    assert [identifier for identifier, _ in recs] == ["1", "2", "3"]
    assert not [text for _, text in recs if "published" in text]


def test_a_lettered_item_under_a_bullet_loses_its_letter():
    assert _recommendations("merton_style_ilacs_2022_lettered_list.html") == [
        (
            "1",
            "The quality and timeliness of pathway plans for care leavers, so that they are updated when circumstances "
            "change and address housing and health.",
        ),
        ("2", "The involvement of partner agencies, particularly health, in strategy meetings."),
        ("3", "Oversight of children living in private fostering arrangements."),
        ("4", "Placement stability for children in care aged 11 to 15."),
    ]
