"""An item's IRI is minted under its assessment's (cached per key): the same string as every part encoded and joined."""

from hypothesis import given
from hypothesis import strategies as st

from findings.model import ItemRef
from findings.rdf.iris import Iris

_PART = st.text(max_size=12)
_KEY_PART = st.text(st.characters(blacklist_characters="/"), max_size=12)  # a key is '<organisation>/<assessment>'


@given(org=_KEY_PART, label=_KEY_PART, identifier=_PART, kind=st.sampled_from(["Recommendation", "Resolution", "finding"]))
def test_items_are_their_parts_encoded_and_joined(org: str, label: str, identifier: str, kind: str) -> None:
    iris, key = Iris(), f"{org}/{label}"
    whole = iris._iri  # every part percent-encoded, joined by '/'
    for _ in range(2):  # minted, then from the cache
        assert iris.assessment(key) == whole(org, label)
        assert iris.recommendation(key, identifier, kind) == whole(org, label, kind.lower(), identifier)
        assert iris.finding(key, identifier) == whole(org, label, "finding", identifier)
        assert iris.judgement(key, identifier) == whole(org, label, "judgement", identifier)
        assert iris.kloe(key, identifier) == whole(org, label, "kloe", identifier)
        assert iris.action(key, identifier) == whole(org, label, "action", identifier)
        assert iris.item(ItemRef("action", key, identifier)) == whole(org, label, "action", identifier)


def test_a_key_of_one_part_and_an_empty_one() -> None:
    iris = Iris("https://example.org/id")
    assert iris.finding("council", "3") == "https://example.org/id/council/finding/3"
    assert iris.finding("", "3") == "https://example.org/id//finding/3"
    assert iris.finding("a b/ofsted 2017", "x/y") == "https://example.org/id/a%20b/ofsted%202017/finding/x%2Fy"
