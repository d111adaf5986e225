"""Issue #12, items 4 to 8: user rules cannot hang, prefilters are checked, rules pickle
small, caches are bounded, rules files round-trip and one match path decides.
"""

from __future__ import annotations

import functools
import json
import pickle
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feuillet import (
    Rule,
    Rules,
    RulesError,
    _parallel,
    clean_many,
    learn_boilerplate,
    split_boilerplate,
)
from feuillet.boilerplate import index, prefilter
from feuillet.boilerplate.text import ccnet_key_of_folded, fold

SHIPPED = Rules.default()
REGEX_RULES = [rule for rule in SHIPPED if rule.kind == "regex"]


def dev_texts(shared: Path) -> list[str]:
    path = shared / "corpus" / "boilerplate-dev.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


# --- Item 4: a user's rule cannot hang the process ---------------------------------------------


def test_nested_unbounded_repeat_is_refused_at_load() -> None:
    with pytest.raises(RulesError, match=r"rule 'x'.*\(\\w\+\\s\?\)\+.*exponential"):
        Rules.default().extend([Rule("x", "custom", r"^(\w+\s?)+$")])
    text = "x custom all strong 40 - ^(?:[a-z]+ ?)*$\n"
    with pytest.raises(RulesError, match="unbounded repeat"):
        Rules.from_text(text)


def test_unambiguous_nested_repeats_are_accepted() -> None:
    for pattern in (r"^(?:\s*-\s*\w+)+$", r"^(?:\w+, )+fin$", r"(?:[a-z]+ )+x", r"^(?>\w+\s?)+$"):
        Rule("ok", "custom", pattern)


@pytest.mark.slow  # (compiles every shipped rule: seconds; run in CI's slow layer)
def test_every_shipped_rule_passes_the_load_time_checks() -> None:
    for rule in REGEX_RULES:
        assert prefilter.nested_repeat(rule.pattern) is None, rule.id
        assert prefilter.unfoldable_literal(rule.pattern, fold) is None, rule.id


def test_user_patterns_run_on_regex_and_shipped_ones_on_re() -> None:
    assert all(type(index.compile_pattern(r.pattern)) is re.Pattern for r in REGEX_RULES)
    assert type(index.compile_pattern(r"^offert par maison")) is not re.Pattern


def test_a_slow_user_pattern_stops_with_a_rules_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a|aa)+ nests no repeat, so the load-time check lets it through; it backtracks
    # exponentially all the same: the time limit of the search is the safety net.
    monkeypatch.setattr(index, "USER_PATTERN_TIMEOUT", 0.05)
    rules = Rules.default().extend([Rule("site.slow", "custom", r"^(a|aa)+$", max_words=None)])
    text = "Un paragraphe de texte suivi.\n" + "a" * 60 + "b\nUn autre paragraphe."
    with pytest.raises(RulesError, match=r"rule 'site.slow'.*took more than 0.05 s.*'a{60}b'"):
        split_boilerplate(text, rules=rules)
    with pytest.raises(RulesError, match=r"site\.slow"):
        rules.rules[-1].matches("a" * 60 + "b")


# --- Item 5: prefilters agree with the plain search --------------------------------------------


def test_the_private_parser_reads_patterns_as_expected() -> None:
    # Fails loudly if re._parser changes shape in a future Python (at run time the
    # prefilters are then switched off, so rules still match).
    prefilter.check_parser()
    assert prefilter.parser_ok()


@pytest.mark.slow
def test_prefilters_are_built_for_the_shipped_rules() -> None:
    # A parser that silently read nothing would turn every prefilter off. Patterns anchored
    # at the start need none (they fail at once); nearly all the others get one.
    searched = [
        r
        for r in REGEX_RULES
        if r.strength != "keep" and not prefilter.quick_to_fail(re.compile(r.pattern))
    ]
    built = [index._needs(r.pattern) for r in searched]
    assert len(searched) >= 20
    assert sum(needs is not None for needs in built) >= 0.8 * len(searched)


def test_a_prefilter_prefers_a_rare_string_to_a_space() -> None:
    # Nearly every line holds a space: a rule needing only " " was searched on every line.
    pattern = re.compile(r"^[^:|]{2,40}(?: -)? [\u2605\u2606]{5}")
    assert prefilter.required_literals(pattern) == ("\u2605", "\u2606")


def test_an_alternation_too_wide_for_its_rarest_strings_takes_fewer() -> None:
    # In each branch the fifteen "<name> est" are rarer than " est" (three letters), but
    # both branches' together would be 30 strings, more than a prefilter tests: each
    # branch then offers its one shared string instead of no prefilter at all.
    names = [
        "alice",
        "bruno",
        "chloe",
        "denis",
        "emile",
        "fanny",
        "gaston",
        "helene",
        "ines",
        "jules",
        "karim",
        "louise",
        "marcel",
        "nadia",
        "oscar",
    ]
    words = "|".join(names)
    pattern = re.compile(rf"^(?:{words}) est$|^(?:{words}) ont$")
    assert prefilter.required_literals(pattern) == (" est", " ont")


def _prefiltered(pattern: Any, line: str) -> bool:
    needs = index._needs(pattern.pattern)
    return (needs is None or any(n in line for n in needs)) and pattern.search(line) is not None


@pytest.mark.slow
@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_prefiltered_search_equals_plain_search_on_built_lines(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(REGEX_RULES))
    pattern = index.compile_pattern(rule.pattern)
    body = data.draw(st.from_regex(pattern))
    line = data.draw(st.sampled_from(["", "le ", "a lire "])) + body
    assert _prefiltered(pattern, line) == (pattern.search(line) is not None), rule.id


@pytest.mark.slow
def test_prefiltered_search_equals_plain_search_on_real_lines(shared: Path) -> None:
    lines = {fold(line) for text in dev_texts(shared) for line in text.split("\n")}
    for rule in REGEX_RULES:
        pattern = index.compile_pattern(rule.pattern)
        for line in lines:
            assert _prefiltered(pattern, line) == (pattern.search(line) is not None), rule.id


# --- Item 6: rules pickle without their caches -------------------------------------------------


@pytest.mark.slow
def test_rules_pickle_the_same_before_and_after_use(shared: Path) -> None:
    rules = Rules.from_text(SHIPPED.to_text())  # a fresh collection, not the shared default
    before = pickle.dumps(rules)
    for text in dev_texts(shared):
        split_boilerplate(text, rules=rules)
    assert "_index" in vars(rules)  # it was used
    assert pickle.dumps(rules) == before
    assert pickle.loads(before) == rules


def test_datasets_fingerprint_is_stable_after_use() -> None:
    hasher = pytest.importorskip("datasets.fingerprint").Hasher
    rules = Rules.from_text(SHIPPED.to_text())
    before = hasher.hash(rules)
    split_boilerplate("Par Claire Morel\nLe texte de l'article, assez long.\nAvec AFP", rules=rules)
    assert hasher.hash(rules) == before


class _CountedWork:
    """A work function counting how often it is pickled (in the parent process)."""

    pickled = 0

    def __call__(self, batch: list[int]) -> list[int]:
        return [value * 2 for value in batch]

    def __reduce__(self) -> Any:
        type(self).pickled += 1
        return (_CountedWork, ())


@pytest.mark.slow
def test_pool_receives_the_work_once_per_worker() -> None:
    _CountedWork.pickled = 0
    batches = [[i] for i in range(12)]
    results = list(_parallel.map_chunks(_CountedWork(), batches, workers=2))
    assert results == [[2 * i] for i in range(12)]
    assert _CountedWork.pickled <= 2  # not once per batch


@pytest.mark.slow
def test_clean_many_in_workers_gives_the_serial_result() -> None:
    texts = ["Par Claire Morel\nLe trafic est perturbé jusqu'à mardi.\nAvec AFP"] * 3
    rules = Rules.default() + Rules.from_phrases(["Offert par"])
    serial = [a.body for a in clean_many(texts, rules=rules)]
    assert [a.body for a in clean_many(texts, rules=rules, workers=2, chunksize=1)] == serial


# --- Item 7: bounded caches --------------------------------------------------------------------


@pytest.mark.slow
def test_pattern_caches_are_bounded() -> None:
    for cached in (index.compile_pattern, index._needs, prefilter._parse_text):
        assert isinstance(cached, functools._lru_cache_wrapper)
        assert cached.cache_info().maxsize is not None
    for number in range(index._MAX_PATTERNS + 10):
        index.compile_pattern(f"^offert par le numero {number}$")
    assert index.compile_pattern.cache_info().currsize <= index._MAX_PATTERNS


def test_line_cache_keeps_recent_lines_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index, "_MAX_CACHED_LINES", 50)
    rules = Rules.from_text(SHIPPED.to_text())
    cache = rules._index._cache
    menu = "Accueil\nPolitique\nSport\nUn article assez long pour être du texte, vraiment.\n"
    for number in range(200):
        split_boilerplate(menu + f"Ligne numéro {number} du flux", rules=rules)
        assert len(cache) <= 50
    # The lines seen in every text stay; clearing the whole cache when full would drop them.
    assert any(key[0] == "politique" for key in cache._data)


# --- Item 8: rules files, one match path, load-time checks -------------------------------------


@pytest.mark.parametrize("name", ["site.rules", "site.json", "site.txt"])
def test_rules_files_round_trip(tmp_path: Path, name: str) -> None:
    learned = learn_boilerplate(["Titre\nSoutenez le Journal du Coin"] * 4, base=Rules())
    rules = SHIPPED + Rules.from_phrases(["Offert par"]) + learned
    rules = rules.extend([Rule("blocky", "comments", r"^\d+ commentaires?$", block=True)])
    path = tmp_path / name
    rules.to_file(path)
    assert Rules.from_file(path) == rules


def test_json_content_is_read_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "old.rules"
    path.write_text(json.dumps(Rules.from_phrases(["Offert par"]).to_json()), encoding="utf-8")
    assert Rules.from_file(path) == Rules.from_phrases(["Offert par"])


def test_text_format_refuses_what_it_cannot_hold(tmp_path: Path) -> None:
    rules = Rules((Rule("x", "custom", "^offert par "),))  # a trailing space
    with pytest.raises(RulesError, match=r"save the rules to a \.json file"):
        rules.to_file(tmp_path / "x.rules")
    rules.to_file(tmp_path / "x.json")
    assert Rules.from_file(tmp_path / "x.json") == rules


def _engine(rules: Rules, line: str, zone: str) -> Rule | None:
    folded = fold(line)
    key = ccnet_key_of_folded(folded)
    return rules._index.first(folded, key, index._words(folded), zone, False, True)


def test_line_rules_with_the_same_key_do_not_shadow_each_other() -> None:
    header = Rule("a", "custom", "soutenez le journal", kind="line", zones=("header",))
    footer = Rule("b", "custom", "soutenez le journal", kind="line", zones=("footer",))
    rules = Rules((header, footer))
    assert _engine(rules, "Soutenez le journal !", "header") == header
    assert _engine(rules, "Soutenez le journal !", "footer") == footer


def test_rule_matches_and_the_engine_agree_on_max_words() -> None:
    short = Rule("s", "custom", "soutenez le journal", kind="line", max_words=2)
    assert not short.matches("Soutenez le journal")
    assert _engine(Rules((short,)), "Soutenez le journal", "footer") is None
    # Punctuation is not a word, for both.
    agency = Rule("ag", "agency", r"^avec afp$", max_words=2)
    assert agency.matches("— Avec AFP")
    assert _engine(Rules((agency,)), "Avec AFP", "footer") == agency


@pytest.mark.slow
def test_rule_matches_agrees_with_the_engine_on_real_lines(shared: Path) -> None:
    lines = [line for text in dev_texts(shared)[:30] for line in text.split("\n") if line.strip()]
    for rule in SHIPPED:
        if rule.strength == "keep":
            continue
        single = Rules((rule,))._index
        for line in lines:
            folded = fold(line)
            words = index._words(folded)
            engine = single.first(
                folded.lstrip(" -•*·▪►▶→>»|+"), "", words, rule.zones[0], False, True
            )
            assert rule.matches(line) == (engine is not None), (rule.id, line)


@pytest.mark.parametrize(
    ("pattern", "kind", "message"),
    [
        (r"^publicité$", "regex", "'é', which folded lines never contain"),
        (r"^Lire aussi", "regex", "'L', which folded lines never contain"),
        (r"^lire\taussi", "regex", "folded lines never contain"),
        ("Soutenez le Journal", "line", "normalized line"),
    ],
)
def test_rules_that_could_never_match_are_refused(pattern: str, kind: str, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        Rule("never", "custom", pattern, kind=kind)


def test_patterns_that_still_match_are_accepted() -> None:
    for pattern in (r"(?i)^Lire aussi", r"^re(?:ç|c)oit", r"^[eé]te"):
        Rule("ok", "custom", pattern)
