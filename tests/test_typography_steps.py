"""The step table: one source for normalize and normalize_and_explain, sound triggers."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feuillet import Profile, normalize, normalize_and_explain
from feuillet.typography.steps import STEPS, Step, steps_for

# Characters that any rule of the policy acts on, and ordinary French text around them.
_ACTIVE = (
    " \u00a0\u202f\t\u2000\u2009\u200a\u205f\u3000\u200b\u2060\ufeff\u00ad"
    "'\u02bc\u00b4`\u2019\u2018\u201b\"\u201c\u201d«»‹›.…-–—;:!?%‰€$£h0123456789"
    "()[]/,\n°º§¶×©™<>=*|"
)
_LETTERS = "acdeilnoqrstuyAEHMLÉéèàçkmgsVWxXICDPRT"
_ALPHABET = _ACTIVE + _LETTERS


def _without(chars: str) -> st.SearchStrategy[str]:
    alphabet = "".join(c for c in _ALPHABET if c not in chars)
    return st.text(alphabet=alphabet, max_size=60)


_TRIGGERED = [step for step in STEPS if step.triggers]


@pytest.mark.parametrize("step", _TRIGGERED, ids=[f"{s.rule}-{s.stage}" for s in _TRIGGERED])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_step_without_its_triggers_changes_nothing(step: Step, data: st.DataObject) -> None:
    # normalize skips a step when none of its trigger characters occurs: this is only
    # right if the step would not have changed such a text anyway.
    text = data.draw(_without(step.triggers))
    assert step.apply(text) == text


def test_every_trigger_can_fire() -> None:
    # A trigger set that no input of its step ever needs would hide a stale copy.
    samples = {
        "T2": "a\u200bb",
        "P0": "a\u200bb",
        "T3": "a\u2009b",
        "P1": "a\u00a0b",
        "P2": "a  b",
        "T12": "l'ami",
        "P3": "l’ami",
        "T14": "Bon...",
        "T15": "oui - non",
        "T16": "- Oui",
        "T9": 'Il a dit "non".',
        "T10": "Il a dit “non”.",
        "T13": "l’ «\u00a0ami\u00a0»",
        "T8": "«non»",
        "A1": "« non »",
        "T6": "Oui!",
        "T7": "Bilan: rien",
        "T18": "87%",
        "T19": "5 km",
        "T20": "18 h 30",
        "T21": "12 500 euros",
        "T27": 'les "oui"/"non"',
        "T28": 'Il dit " non " hier',
        "T30": "« Il lit « Le Monde » »",
        "T31": "» Et il partit",
        "T33": "Bilan\u00a0:\u00a0rien",
        "T34": "Quoi ? !",
        "T36": "Oui , mais",
        "T37": "Oui,mais",
        "T38": "( oui )",
        "T39": "n°12",
        "T40": "M. Dupont",
        "T41": "etc...",
        "T42": "2ème",
        "T43": "2 x 5",
        "T44": "(c) 2024",
        "T45": "a -- b",
        "T46": "—Viens",
        "T47": "C’ est",
        "T48": "20ºC",
    }
    for step in _TRIGGERED:
        sample = samples[step.rule]
        assert step.may_change(sample), step.rule
        assert step.apply(sample) != sample, step.rule


def test_step_ids_are_known_rules_of_the_policy() -> None:
    for step in STEPS:
        assert step.rule[0] in "TPA", step.rule
        assert step.rule[1:].isdigit(), step.rule


@pytest.mark.parametrize("name", ["typographic", "plain", "ascii"])
def test_presets_select_steps_from_the_table(name: str) -> None:
    profile = Profile.from_name(name)
    chosen = [step for stage in steps_for(profile) for step in stage]
    assert chosen == [step for step in STEPS if step.applies_to(profile)]


def test_explain_runs_the_same_steps_as_normalize() -> None:
    text = 'Il a dit "non"... Vraiment? 87 % - l\'ami : 18 h 30\u200b'
    for profile in (Profile.typographic(), Profile.plain()):
        for field in ("quotes", "dashes", "ellipsis"):
            variant = dataclasses.replace(profile, **{field: "keep"})
            out, _changes = normalize_and_explain(text, variant)
            assert out == normalize(text, variant)
