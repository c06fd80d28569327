"""A report that prints no publication date takes it from the name Ofsted publishes the file under; a PDF saved or
printed after that day (a council's copy, re-saved months later) is a copy whose making bounds nothing there, so
the name's date still stands (tester helper-329 issued-2026). A PDF made before the day its name gives still bounds
it, and a name's date long after the fieldwork is still no publication date."""

from __future__ import annotations

from datetime import date

import pytest

from findings.extract.report import _unprinted_publication
from findings.model import Assessment, Document, Organisation


def _dated(name: str, created: date | None, ended: date = date(2026, 6, 12)) -> Assessment:
    doc = Document(path=f"anyshire/{name}", text="", sha256="0" * 64, normalisation="NFC", media_type="application/pdf")
    doc.created = created
    org = Organisation("anyshire", "Anyshire")
    inspection = Assessment("anyshire/ofsted-2026", "Inspection", org, "Ofsted 2026", started=date(2026, 6, 1), ended=ended)
    _unprinted_publication(doc, inspection)
    return inspection


@pytest.mark.parametrize("created", [None, date(2026, 7, 20), date(2026, 7, 24), date(2026, 12, 7), date(2027, 3, 1)])
def test_the_files_name_gives_the_day_however_late_the_copy_was_saved(created):
    inspection = _dated("children's services inspection - 24 july 2026.pdf", created)
    assert inspection.issued == date(2026, 7, 24)
    assert "file name" in inspection.date_source


def test_a_names_day_long_after_the_fieldwork_is_no_publication_day():
    inspection = _dated("children's services inspection - 24 july 2027.pdf", date(2027, 8, 1))
    assert inspection.issued is None and inspection.earliest == date(2026, 6, 12)


def test_a_pdf_made_before_the_names_day_still_bounds_it():
    inspection = _dated("children's services inspection - 24 july 2026.pdf", date(2026, 7, 1))
    assert inspection.issued == date(2026, 7, 24)
