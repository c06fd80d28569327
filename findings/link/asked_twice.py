"""One ask, however the minutes record it: members asking for a paper in discussion ('Members asked that the Director
report on progress with the fostering sufficiency strategy to the Committee in September 2019') and the resolution of
the same minute asking for it ('That a further report on foster placement sufficiency be brought to the Committee in
September 2019') are one request, the resolution's, not two open items (tester helper-103, D13)."""

from __future__ import annotations

from collections import defaultdict

from findings.extract.lexicons import load_json
from findings.extract.minute_numbers import minute_of_cell
from findings.model import Extraction, Recommendation


def _on_one_matter(a: str, b: str, received: dict) -> bool:
    """Do two asks share the distinctive words of the shorter ('minimum_shared' of them and 'minimum_score' of its
    own; linking.json 'fulfils', 'received', whose 'generic' words, months and the body asked, say nothing of what)?"""
    from findings.link.previous import content_words

    generic = set(received["generic"])
    wa, wb = content_words(a) - generic, content_words(b) - generic
    shared = wa & wb
    fewer = min(len(wa), len(wb))
    return bool(fewer) and len(shared) >= received["minimum_shared"] and len(shared) / fewer >= received["minimum_score"]


def merge_discussed_requests(out: Extraction) -> None:
    """Fold each request made in discussion into the one resolution of its meeting and minute that asks for a paper
    on the same matter (its spans join the resolution's; its updates move to it); where none or several do, it stays."""
    from findings.link.fulfils import LEXICON, is_request

    rules = load_json(LEXICON)["fulfils"]
    asks: dict[tuple[str, str], list[Recommendation]] = defaultdict(list)
    for r in out.recommendations:
        if r.kind == "Resolution" and r.minute and not r.log_reference and is_request(rules, r):
            asks[(r.assessment, minute_of_cell(r.minute))].append(r)
    folded: dict[tuple[str, str], Recommendation] = {}
    for near in asks.values():
        resolved = [r for r in near if not r.identifier.rsplit(".", 1)[-1].startswith("request-")]
        for said in (r for r in near if r not in resolved):
            same = [r for r in resolved if _on_one_matter(said.text, r.text, rules["received"])]
            if len(same) == 1:
                same[0].spans = sorted(set(same[0].spans) | set(said.spans))
                folded[(said.assessment, said.identifier)] = same[0]
    if not folded:
        return
    out.recommendations = [r for r in out.recommendations if (r.assessment, r.identifier) not in folded]
    for update in out.updates:
        if update.about_kind == "recommendation" and (into := folded.get((update.assessment, update.about))):
            update.about = into.identifier
