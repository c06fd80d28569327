"""The council a paper's file name names ('norfolk_cs_committee_report_2018-01-16.txt'): the last resort for a paper
whose text names none (authorities.json 'file_names'), as a folder named after a council is for a paper alone in it."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from findings.extract.authorities import LEXICON, named_in_words
from findings.extract.lexicons import load_json
from findings.model import Organisation


def file_name_words(path: str) -> str:
    """The words of a file's name, without its suffix, dates, numbers and generic words ('cs', 'minutes'), lower case."""
    rule = load_json(LEXICON)["file_names"]
    generic = {w.casefold() for w in rule["generic"]}
    stem = PurePosixPath(path.replace("\\", "/")).stem.replace("’", "'").casefold()
    words = [w for w in re.split(rule["separators"], stem) if w and not re.search(r"\d", w) and w not in generic]
    return " ".join(words)


def council_of_file_name(path: str) -> Organisation | None:
    """The one registered council the file's name names, opening its words ('norfolk_minutes', not 'further_reading'
    for Reading); None for none or two (a file comparing two councils)."""
    named = named_in_words(file_name_words(path))
    if len({org.key for _, org in named}) != 1 or named[0][0] != 0:
        return None
    return named[0][1]
