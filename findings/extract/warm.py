"""The extraction workers' server imports this (findings.parallel): it reads one small made-up report, so that every
pipeline, pattern and lexicon an extraction needs is built once, in the server, before it forks its workers. Without
it each worker paid about 0.2 s on its first document; with two jobs that was most of what they saved."""

from __future__ import annotations

import gc

from findings.extract.document import extract_document
from findings.model import Document

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
    extract_document(Document("warm.txt", _REPORT, "0" * 64, "made up", "text/plain"))


def settle(first: int = 100_000) -> None:
    """The server's objects (spaCy, the extractors, what `warm` built) frozen, and the workers' collector run every
    `first` new objects, as a one-job build extracts (findings.build.fewer_collections): the workers' collections
    then never walk (nor copy the pages of) what they inherit. About 4% of the workers' extraction."""
    gc.freeze()
    gc.set_threshold(first, *gc.get_threshold()[1:])


warm()
settle()
