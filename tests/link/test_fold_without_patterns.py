"""Texts are folded for the themes as before, and the patterns that only change a text holding a hyphen or an
opening quote are not run over one that holds neither (most of them: each tries every character)."""

from __future__ import annotations

from findings.link import themes


class _Counted:
    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def sub(self, *args, **kwargs):
        self.calls += 1
        return self.pattern.sub(*args, **kwargs)


def test_folding_is_unchanged():
    assert (
        themes.folded("Pre-proceedings  ‘Return Home’ interviews — children’s")
        == "preproceedings return home interviews — children's"
    )
    assert themes.folded("multi-agency “MASH”") == "multiagency mash"
    assert themes.folded("Plain words only") == "plain words only"
    assert themes.unhyphenated("well-being, 2-3, x-") == "wellbeing, 2-3, x-"


def test_a_text_without_a_hyphen_or_a_quote_is_folded_without_the_patterns(monkeypatch):
    joined, quoted = _Counted(themes._JOINED), _Counted(themes._QUOTED)
    monkeypatch.setattr(themes, "_JOINED", joined)
    monkeypatch.setattr(themes, "_QUOTED", quoted)
    assert themes.folded("Management oversight of plans is weak") == "management oversight of plans is weak"
    assert (joined.calls, quoted.calls) == (0, 0)
    assert themes.folded("Multi-agency ‘front door’") == "multiagency front door"
    assert (joined.calls, quoted.calls) == (1, 1)
