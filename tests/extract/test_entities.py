"""Entities inside text: measures, dates, organisations and roles, from the pattern files."""

from __future__ import annotations

from findings.extract.entities import entities, measures


def test_measures_dates_and_organisations():
    text = (
        "Currently 59% of children are matched, up from 39% in February 2018. 11 applications totalling £52,055.00 "
        "were agreed; 88 per cent of cases were reviewed by 5 March 2018 with NHS Bedfordshire and Ofsted."
    )
    got = [(label, t) for label, _, _, t in entities(text)]
    assert got == [
        ("PERCENT", "59%"),
        ("PERCENT", "39%"),
        ("DATE", "February 2018"),
        ("COUNT", "11 applications"),
        ("MONEY", "£52,055.00"),
        ("PERCENT", "88 per cent"),
        ("DATE", "5 March 2018"),
        ("ORG", "NHS Bedfordshire"),
        ("ORG", "Ofsted"),
    ]
    for _, start, end, t in entities(text):
        assert text[start:end] == t
    assert measures(text) == ["59%", "39%", "11 applications", "£52,055.00", "88 per cent"]


def test_roles_come_from_the_gazetteer():
    found = [(label, t) for label, _, _, t in entities("The Head of Corporate Parenting said.")]
    assert ("ROLE", "Head of Corporate Parenting") in found


def test_progress_updates_carry_their_measures(corpus_build):
    updates = [u for u in corpus_build.extraction.updates if "59%" in u.text]
    assert updates and all("59%" in u.measures and "39%" in u.measures for u in updates)


def test_a_count_is_a_number_of_something_not_an_ordinal_or_half_a_phrase():
    """helper-137 found fo:measure values 'second Looked', 'two young', '17 homeless' and 'First audits': an ordinal
    counts nothing, and a count of young people, social workers, foster carers, care leavers or looked after children
    is the whole phrase."""
    assert measures("Before the second Looked After Child Review. First audits show progress.") == []
    assert measures("two young people and 3 Looked After Children moved; 2 social workers left") == [
        "two young people",
        "3 Looked After Children",
        "2 social workers",
    ]
    assert measures("17 homeless young people and various reports") == []
    assert measures("45 referrals and 12 audits") == ["45 referrals", "12 audits"]
