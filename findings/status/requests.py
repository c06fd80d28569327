"""A meeting's request for a paper: open from the meeting until a later paper or meeting fulfils it."""

from __future__ import annotations

from findings.extract.lexicons import load_json
from findings.model import Extraction, ItemRef, StatusAssessment
from findings.status.fulfilled import fulfilled, fulfilling
from findings.status.updates import raised


def requests(out: Extraction, confidence: dict[str, float]) -> list[StatusAssessment]:
    """A meeting's request for a paper is open from the meeting until a later paper fulfils it (fo:fulfils): the
    first to come (findings.status.fulfilled)."""
    from findings.link.fulfils import LEXICON as LINKING
    from findings.link.fulfils import is_request

    rules = load_json(LINKING)["fulfils"]
    links = fulfilling(out)
    docs = {d.sha256: d for d in out.documents}
    statuses = []
    for res in out.recommendations:
        meeting = out.assessments.get(res.assessment)
        if res.kind != "Resolution" or meeting is None or meeting.stands_from() is None or not is_request(rules, res):
            continue
        if res.log_reference:  # an action log says where it stands (logged)
            continue
        ref = ItemRef("resolution", res.assessment, res.identifier)
        mine = [raised(ref, meeting.stands_from(), res.spans[:1], "requested", "Accepted", confidence)]
        if (done := fulfilled(out, docs, ref, links.get((res.assessment, res.identifier), []), confidence)) is not None:
            mine.append(done)
        mine[-1].current = True
        statuses += mine
    return statuses
