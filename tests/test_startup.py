"""What keeps the first call of a process cheap stays correct: the stored prefilter table of
the shipped rules, the shipped patterns trusted without their load-time checks, and the lazy
compilation of patterns."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from feuillet import Rule, Rules, RulesError, split_boilerplate
from feuillet.boilerplate import index, rules


def test_the_stored_prefilter_table_is_that_of_the_shipped_rules() -> None:
    # After an edit of boilerplate.rules, rewrite the table with
    # feuillet.boilerplate.index.write_prefilter_table(); a stale entry would only be
    # recomputed, but a wrong one would hide a rule.
    stored = json.loads(
        resources.files("feuillet.data").joinpath(index.PREFILTER_FILE).read_text("utf-8")
    )["prefilters"]
    assert stored == index.prefilter_table()


def test_the_stored_table_gives_what_reading_the_pattern_gives() -> None:
    for rule in Rules.default():
        if rule.kind == "regex" and rule.strength != "keep":
            assert index._needs(rule.pattern) == index._read_needs(rule.pattern, True), rule.id


def test_only_the_shipped_patterns_skip_the_load_time_checks() -> None:
    shipped = next(r for r in Rules.default() if r.kind == "regex")
    assert shipped.pattern in rules._SHIPPED_PATTERNS
    with pytest.raises(RulesError, match="holds another unbounded repeat"):
        Rule("site.bad", "custom", r"^(\w+\s?)+$")


def test_patterns_are_compiled_when_a_line_needs_them() -> None:
    # A line that holds none of a pattern's strings never compiles it.
    combined = index._Combined([Rule("site.sponsor", "custom", r"offert par maison \w+")])
    assert combined.search("un texte sans rapport", {}) is None
    assert combined.patterns == [None]
    assert combined.search("offert par maison dupont", {}) is not None
    assert combined.patterns[0] is not None


def test_a_first_split_in_a_fresh_state_gives_the_usual_result() -> None:
    text = "Par Claire Morel\nLe trafic est perturbé jusqu'à mardi sur la ligne.\nAvec AFP"
    index._needs.cache_clear()
    first = split_boilerplate(text)
    assert [r.rule for r in first.removed] == ["byline.par", "agency.with"]
    assert split_boilerplate(text) == first
