"""A long text is normalized a block of lines at a time: the result must be the same as in
one pass, which holds only if every rule stays within its line."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import feuillet
from feuillet.typography import normalizer

FRAGMENTS = [
    "«",
    "»",
    '"',
    "“",
    "”",
    "'",
    "’",
    " ",
    "\u00a0",
    "\u202f",
    "\t",
    "...",
    "…",
    "-",
    " - ",
    "--",
    ":",
    ";",
    "!",
    "?",
    "%",
    "€",
    "12 500",
    "18 h 30",
    "M. Dupont",
    "Mme.",
    "n° 4",
    "http://ex.fr/a",
    "x@y.fr",
    "`code`",
    "(c) 2024",
    "2ème",
    "Il a dit",
    "non",
    "l'",
    "\r",
    "\r\n",
    "\u2028",
    "\x85",
    "&amp;",
    "Ã©",
    "\u200b",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
]
lines = st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join)
texts = st.lists(lines, min_size=2, max_size=12).map("\n".join)


@pytest.mark.parametrize("profile", ["typographic", "plain", "ascii"])
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, size=st.integers(1, 20))
def test_blocks_give_the_one_pass_result(profile: str, text: str, size: int) -> None:
    whole = normalizer._normalize(text, feuillet.Profile.from_name(profile))
    old = normalizer.CHUNK_CHARS
    normalizer.CHUNK_CHARS = size
    try:
        assert feuillet.normalize(text, profile) == whole
    finally:
        normalizer.CHUNK_CHARS = old


@pytest.mark.slow
def test_a_long_text_is_normalized_within_a_bounded_memory() -> None:
    import tracemalloc

    line = 'Il a dit "non"... Vraiment? 87 % des voix, 12 500 votants ; l\'ami - fin\n'
    text = line * (2_000_000 // len(line))
    feuillet.normalize(text[:1000])  # tables and patterns loaded
    tracemalloc.start()
    out = feuillet.normalize(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # The blocks of the output and their join: twice the output. One pass over this text
    # peaked at 5.5x the output (each step copies the text, splitting into lines another).
    assert peak < 2.5 * sys.getsizeof(out)
