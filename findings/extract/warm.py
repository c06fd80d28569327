"""The extraction workers' server imports this (findings.parallel): it reads one small made-up report, so that every
pipeline, pattern and lexicon an extraction needs is built once, in the server, before it forks its workers. Without
it each worker paid about 0.2 s on its first document; with two jobs that was most of what they saved.

Should the extractors fail to import here (a broken spaCy, a missing model), the server must not die with a traceback
on the build's stderr: the failure is kept (`FAILED`) and the server forks its workers all the same; each worker's
first extraction imports the extractors again and raises the same error, which the build says in one line, as a
one-job build does (findings.cli's `main`)."""

from __future__ import annotations

import gc

from findings.model import Document

FAILED: BaseException | None = None

_REPORT = """Anytown Borough Council
Inspection of children's social care services
Inspection dates: 4 March to 15 March 2019
Lead inspector: A Inspector
Judgement: Overall effectiveness - Requires improvement to be good
The experiences and progress of children who need help and protection - Good

What needs to improve
1. The quality of plans for children in need.
2. Management oversight of the timeliness of assessments.

Children are seen alone. Managers do not always record their decisions, and plans are not always clear.
"""


def warm() -> None:
    """Extract the made-up report and forget it."""
    from findings.extract.document import extract_document

    extract_document(Document("warm.txt", _REPORT, "0" * 64, "made up", "text/plain"))


def settle(first: int = 100_000) -> None:
    """The server's objects (spaCy, the extractors, what `warm` built) frozen, and the workers' collector run every
    `first` new objects, as a one-job build extracts (findings.build.fewer_collections): the workers' collections
    then never walk (nor copy the pages of) what they inherit. About 4% of the workers' extraction."""
    gc.freeze()
    gc.set_threshold(first, *gc.get_threshold()[1:])


try:
    warm()
except Exception as err:  # noqa: BLE001  (raised again by the workers' first extraction, and said in one line)
    FAILED = err
settle()
