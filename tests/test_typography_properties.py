"""Typography properties: idempotence, line structure, nothing but the rules, linear time."""

from __future__ import annotations

import time

import ftfy
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from _timing import best_time
from feuillet import normalize, normalize_and_explain
from feuillet.typography.normalizer import FTFY_CONFIG

PROFILES = ("typographic", "plain", "ascii")

# Characters the rules look at, mixed with anything hypothesis likes.
SPECIAL = [
    *"\"'«»“”‘’ʼ´`.;:!?…-–—%‰€$£/()[]{}@#hkmgl°²0123456789 \t\n\r",
    *"\u00a0\u202f\u2009\u2007\u200b\u2060\u00ad\u200d\ufeff\u3000",
    *["http://", "www.", "M. ", "1 000 ", ":)", ";-)", "&amp;", "&nbsp;", "Ã©"],
]
arbitrary_text = st.lists(
    st.one_of(st.text(max_size=3), st.sampled_from(SPECIAL)), max_size=40
).map("".join)

WORDS = [
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "de",
    "du",
    "d'",
    "l'",
    "qu'",
    "aujourd'hui",
    "l’État",
    "président",
    "ministre",
    "a",
    "dit",
    "Macron",
    "Paris",
    "2024",
    "12",
    "500",
    "87",
    "15320",
    "km",
    "h",
    "18",
    "30",
    "m²",
    "°C",
    "€",
    "%",
    "t-shirts",
    "5G",
    "A380",
    "www.lemonde.fr",
    "@AFP",
    "#Paris2024",
    "jean@exemple.fr",
    "`code`",
    "M.",
    "n°",
    "Football's",
    "home",
]
PUNCT = [
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "?!",
    "...",
    "…",
    "-",
    " - ",
    "«",
    "»",
    '"',
    "“",
    "”",
    "(",
    ")",
]
SPACES = [" ", " ", " ", "", "  ", "\u00a0", "\u202f", "\t", "\n"]
french_text = st.lists(
    st.tuples(st.sampled_from(WORDS + PUNCT), st.sampled_from(SPACES)).map("".join),
    max_size=40,
).map("".join)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _stable_under_ftfy(text: str) -> bool:
    """Whether ftfy leaves *text* alone.

    ftfy is a heuristic repair run on every call (T0): when the rules *create* a sequence
    that ftfy would repair (removing a soft hyphen from ``&amp\\u00ad;`` or ``Ã\\u00ad©``,
    a no-break space inserted after a stray ``Ã``), a second call repairs it. That is the
    only idempotence exception, documented in docs/typography.md; arbitrary-text tests
    skip exactly those outputs.
    """
    return ftfy.fix_text(text, FTFY_CONFIG) == text


@pytest.mark.parametrize("profile", PROFILES)
@FAST
@given(text=french_text)
def test_idempotent_on_french_text(profile: str, text: str) -> None:
    once = normalize(text, profile)
    assert normalize(once, profile) == once


@pytest.mark.parametrize("profile", PROFILES)
@FAST
@given(text=arbitrary_text)
def test_idempotent_on_arbitrary_text(profile: str, text: str) -> None:
    once = normalize(text, profile)
    assume(_stable_under_ftfy(once))
    assert normalize(once, profile) == once


@pytest.mark.parametrize("profile", PROFILES)
@FAST
@given(text=st.one_of(arbitrary_text, french_text))
def test_explain_gives_the_same_output(profile: str, text: str) -> None:
    out, changes = normalize_and_explain(text, profile)
    assert out == normalize(text, profile)
    lines = out.split("\n")
    assert all(0 <= change.line < len(lines) for change in changes)
    assert all(change.before != change.after for change in changes)


@pytest.mark.parametrize("profile", PROFILES)
@FAST
@given(text=st.one_of(arbitrary_text, french_text))
def test_line_structure_kept(profile: str, text: str) -> None:
    repaired = ftfy.fix_text(text, FTFY_CONFIG)
    assert normalize(text, profile).count("\n") == repaired.count("\n")


@pytest.mark.parametrize("profile", ["typographic", "plain"])
@FAST
@given(text=st.one_of(arbitrary_text, french_text))
def test_letters_and_digits_unchanged(profile: str, text: str) -> None:
    # After the repair, no rule touches a letter or a digit (T26, P4); U+02BC is a
    # "modifier letter" for Unicode but an apostrophe for T12 and P3.
    repaired = ftfy.fix_text(text, FTFY_CONFIG)
    out = normalize(text, profile)

    def kept(s: str) -> list[str]:
        return [c for c in s if c.isalnum() and c != "\u02bc"]

    assert kept(out) == kept(repaired)


@FAST
@given(text=french_text)
def test_no_space_at_line_ends_and_no_runs(text: str) -> None:
    for profile in PROFILES:
        for line in normalize(text, profile).split("\n"):
            assert line == line.strip(" \u00a0\u202f")
            assert "  " not in line


@FAST
@given(text=french_text)
def test_plain_inserts_nothing(text: str) -> None:
    out = normalize(text, "plain")
    assert "\u00a0" not in out
    assert "\u202f" not in out
    assert len(out) <= len(ftfy.fix_text(text, FTFY_CONFIG))


HOSTILE = [".", " ", "\u00a0", "«", '"', "?!", "a", "M. ", "1 000 ", "http://", ": ", "`a", "a@"]


def _cpu_seconds(text: str, profile: str, repeat: int) -> float:
    # CPU time of this process: on a shared machine, wall time mostly measures the others.
    return best_time(lambda: normalize(text, profile), repeat=repeat, clock=time.process_time)


@pytest.mark.slow
@pytest.mark.parametrize("unit", HOSTILE)
@pytest.mark.parametrize("profile", ["typographic", "plain"])
def test_linear_time_on_hostile_input(unit: str, profile: str) -> None:
    # 100 KB against 1 MB of one hostile pattern, no newline: linear means about 10.
    small = _cpu_seconds(unit * (100_000 // len(unit)), profile, 3)
    large = _cpu_seconds(unit * (1_000_000 // len(unit)), profile, 1)
    assert large / max(small, 1e-4) < 25, (unit, profile, small, large)
