"""One identity per council however a report writes its name: prefixes, suffixes and a name that keeps its 'City of'."""

import pytest

from findings.extract.authorities import resolve


@pytest.mark.parametrize(
    ("written", "key", "code"),
    [
        ("The Royal Borough of Kensington & Chelsea Council", "kensington-and-chelsea", "E09000020"),
        ("Metropolitan Borough of Rotherham", "rotherham", "E08000018"),
        ("City of Bradford Metropolitan District Council", "bradford", "E08000032"),
        ("City of York Council", "york", "E06000014"),
        ("Bristol, City of", "bristol", "E06000023"),
        ("County Durham", "durham", "E06000047"),
        ("London Borough of Tower Hamlets Council children's social care", "tower-hamlets", "E09000030"),
        ("City of London Corporation", "city-of-london", "E09000001"),
        ("The City of London Corporation children's services", "city-of-london", "E09000001"),
        ("City of London", "city-of-london", "E09000001"),
        ("Westmorland and Furness Council", "westmorland-and-furness", "E06000064"),
        ("BCP Council", "bournemouth-christchurch-and-poole", "E06000058"),
    ],
)
def test_a_council_written_any_way_is_one_authority(written, key, code):
    org = resolve(written)
    assert org is not None and (org.key, org.code) == (key, code)


def test_a_name_that_is_no_council_resolves_to_nothing():
    assert resolve("Achieving for Children") is None
