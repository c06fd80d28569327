"""Status over time: a dated fo:StatusAssessment per recommendation per piece of evidence, on three axes.

Acceptance, progress and assurance are kept apart (ONTOLOGY.md). One rule derives the summary status: the evidence
of the latest date decides, and between statuses of one date the lexicon's precedence does: a recurrence outranks
an independent confirmation, which outranks anything the council reports of itself.
"""

from __future__ import annotations

from findings.status.rules import assess_status

__all__ = ["assess_status"]
