"""The corpus stage of a build with two jobs or more: linking across years on a second core, beside the findings'
triples.

Why: once the workers have extracted the documents, the build's process alone links them, assesses their statuses
and makes the graph's triples, while the other core idles (about 0.6 s of the 26 Ofsted reports' 3.8 s build:
docs/performance.md). Two pieces of that stretch need nothing of each other: what later documents say of earlier
items (`link_later`: recurrences, answered requests, later findings on earlier recommendations — about 0.2 s) and
the findings' own triples with what their paragraphs underpin (`link_basis`, then findings.rdf.items.findings —
about 0.25 s, and most of the graph). So a process forked once the documents are joined (findings.parallel.Beside:
it sees them copy-on-write) runs `link_later`, while this one finds what the findings underpin and writes their
triples; the forked process sends back only what `link_later` made (links, themes, and which findings speak of which
recommendation, by their place in the list), not triples.

The result is the one `link_corpus` makes, pass for pass in the same order (the forked process runs the passes
`link_later` reads after, `ready_for_later`, on its copy: they read nothing `link_basis` writes), so the graph is
byte-identical whatever the number of jobs. If the forked process fails or is lost, `link_later` runs here, where
a fault in it is raised like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from findings.link.basis import link_basis
from findings.link.corpus import join_documents, link_later, ready_for_later
from findings.link.in_words import credit_actions
from findings.model import Extraction, Finding, ItemRef, Link, Mention
from findings.parallel import Beside, TaskFailed
from findings.rdf import items
from findings.rdf.writer import GraphWriter


@dataclass
class _Later:
    """What `link_later` made, as it travels back from the forked process: each mention's findings by their place in
    `out.findings` (the same list in both processes), so they are this process's own objects again."""

    links: list[Link]
    themes: dict[ItemRef, list[str]]
    mentions: list[tuple[ItemRef, str, list[tuple[float, int, str | None]]]]  # (share, place, polarity of its copy)


def _link_later_apart(out: Extraction) -> _Later:
    """In the forked process: the passes before `link_later` that the build's process runs beside, then it."""
    ready_for_later(out)
    link_later(out)
    places = _Places(out.findings)
    mentions = [(m.item, m.assessment, [(share, *places.of(f)) for share, f in m.findings]) for m in out.mentions]
    return _Later(out.links, out.themes, mentions)


class _Places:
    """Where a mention's finding is in `out.findings`: the finding itself, or the copy of one that `link_later` made
    with the polarity of its clauses that speak of the recommendation (later._as_said_of), sent as the original's
    place and that polarity, so that this process makes the same copy of its own finding (`_take`)."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.at = {id(finding): i for i, finding in enumerate(findings)}
        self.named: dict[str, list[int]] | None = None  # by identifier, made only when a copy is met

    def of(self, finding: Finding) -> tuple[int, str | None]:
        i = self.at.get(id(finding))
        if i is not None:
            return i, None
        if self.named is None:
            self.named = {}
            for k, each in enumerate(self.findings):
                self.named.setdefault(each.identifier, []).append(k)
        for k in self.named.get(finding.identifier, []):
            if replace(self.findings[k], polarity=finding.polarity) == finding:
                return k, finding.polarity
        raise LookupError(f"a later finding not among the findings: {finding.identifier}")  # linked here instead


def _take(out: Extraction, later: _Later) -> None:
    out.links, out.themes = later.links, later.themes
    out.mentions = [
        Mention(item, key, [(share, _finding(out, i, polarity)) for share, i, polarity in found])
        for item, key, found in later.mentions
    ]


def _finding(out: Extraction, i: int, polarity: str | None) -> Finding:
    """The finding at `i`, or its copy with `polarity`, as `link_later` would have made it here."""
    return out.findings[i] if polarity is None else replace(out.findings[i], polarity=polarity)


def link_beside(parts: list[Extraction], base: str | None, jobs: int) -> tuple[Extraction, GraphWriter]:
    """`link_corpus(parts)`, with `link_later` in a forked process when `jobs` ≥ 2; and a graph writer that has written
    the findings (findings.rdf.writer.to_triples writes the rest)."""
    out = join_documents(parts)
    apart: Beside[_Later | None] = Beside(lambda: _link_later_apart(out), "linking across years", jobs, here=lambda: None)
    try:
        link_basis(out)
        ready_for_later(out)
        begun = GraphWriter(out, base)
        begun.write(items.findings)  # nothing after link_basis changes a finding
        try:
            later = apart.wait()
        except TaskFailed:  # its process was lost or failed: linked here, where a fault in it is raised
            later = None
    except BaseException:
        apart.cancel()
        raise
    if later is None:
        link_later(out)
    else:
        _take(out, later)
    credit_actions(out)
    return out, begun
