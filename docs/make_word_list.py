"""Write extract/lexicons/words.json: the words written whole (no hyphen beside them, in lower case) in at least two
documents of the folders given, the vocabulary a line-end hyphen's joined word is checked against.

    python docs/make_word_list.py corpus /path/to/ofsted/reports   # rewrites extract/lexicons/words.json

A QA lead may add or remove words by hand; rerunning the script over the same documents gives the same list.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from findings.extract.authorities import register
from findings.read import read_document
from findings.read.walk import collect

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extract" / "lexicons" / "words.json"
_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w-])")  # a whole word: no hyphen, apostrophe or letter beside it
LEAST_DOCUMENTS = 2  # a word broken at a line's end ('plete') is in one document at most


def main(folders: list[str]) -> None:
    seen: Counter[str] = Counter()
    for path, rel in collect(Path(folder) for folder in folders):
        try:
            text = read_document(path, rel).text
        except Exception as error:  # noqa: BLE001 - a document the readers refuse adds no words
            print(f"skipped {path}: {error}", file=sys.stderr)
            continue
        seen.update(set(_WORD.findall(text)))
    councils = {name.replace(" ", "") for name in register() if " " in name}  # a name of words run together (a web
    words = sorted(w for w, n in seen.items() if n >= LEAST_DOCUMENTS and w not in councils)  # address)
    about = (
        "Words written whole in at least two documents of the bundled corpus and a set of Ofsted reports"
        " (docs/make_word_list.py): a word a line's end breaks with a hyphen ('com-' / 'plete') is made whole in an"
        " item's text when the joined word is one of these and what follows the hyphen is none"
        " (findings/extract/recommendation_item.py rejoin_words); a QA lead may add or remove words."
    )
    OUT.write_text(json.dumps({"description": about, "words": words}, indent=0) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
