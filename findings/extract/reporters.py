"""Who reports a paper's progress: the council, unless the paper shows someone outside it as its author (a letter from
an improvement adviser the Department for Education appointed), read by extract/lexicons/reporters.json."""

from __future__ import annotations

import re

from findings.extract.lexicons import PatternError, load_json

LEXICON = "lexicons/reporters.json"


def reported_by(text: str) -> str | None:
    """The outside reporter a paper's opening lines or its own first-person words name ('the improvement adviser'),
    or None for the council's own paper.

    >>> reported_by("Jo Bloggs\\nChildren's Services Improvement Adviser (appointed by the Department for Education)\\n")
    'the improvement adviser'
    >>> reported_by("Report to Cabinet\\nThe DfE improvement adviser attended the board in May.\\n") is None
    True
    """
    lexicon = load_json(LEXICON)
    opening = [line.strip() for line in text.splitlines() if line.strip()][: int(lexicon["opening_lines"])]
    for kind in lexicon["reporters"]:
        try:
            first, person = re.compile(kind["opening"]), re.compile(kind["first_person"])
        except (KeyError, re.error) as err:
            raise PatternError(f"{LEXICON}: {kind.get('who', '?')}: {err}") from None
        if any(first.search(line) for line in opening) or person.search(text):
            return kind["who"]
    return None
