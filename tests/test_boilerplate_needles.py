"""The needle finder: one pass over a line names every needed string it holds.

The rule search starts from its answer once the trie is compiled, so a wrong answer
would hide a rule (a missed needle) or cost time (an extra one). Every answer here is
checked against plain ``needle in line``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from _timing import best_time
from feuillet import Rule, Rules, split_boilerplate
from feuillet.boilerplate import index
from feuillet.boilerplate.needles import BUILD_AFTER, NeedleFinder
from feuillet.boilerplate.text import fold

SHIPPED = Rules.default()._index.finder.needles
INVENTED = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def brute(needles: frozenset[str], line: str) -> frozenset[str]:
    return frozenset(n for n in needles if n in line)


def folded_lines() -> list[str]:
    """Folded lines of the invented pages shipped with the benchmarks (boilerplate and body)."""
    lines: list[str] = []
    for path in sorted(INVENTED.glob("invented-pages-b*.jsonl"))[:6]:
        with path.open(encoding="utf-8") as handle:
            for record in map(json.loads, handle):
                lines.extend(fold(line) for line in record["text"].split("\n") if line.strip())
    return lines


def test_the_shipped_rules_need_many_strings() -> None:
    # The finder is worth its trie only with many strings; this also guards that the
    # index hands it the strings of every pattern.
    assert len(SHIPPED) > 500
    assert "lire aussi" in SHIPPED or any("lire auss" in n for n in SHIPPED)


def test_overlapping_and_nested_needles_are_all_found() -> None:
    needles = ["a", "ab", "abc", "bc", "c", "abcd", "d", "bcd", "zz"]
    finder = NeedleFinder(needles, build_after=0)
    for line in ["abcd", "xabcx", "dcba", "", "zzz", "abab", "bcbcd"]:
        assert finder.present(line) == brute(finder.needles, line), line


def test_regex_characters_in_needles_are_literal() -> None:
    needles = [".", "(", "a+b", "[x]", "\\d", "|", " ", "^", "$", "?", "©"]
    finder = NeedleFinder(needles, build_after=0)
    for line in ["a+b (x) [x] © 2024", "aab", r"\d+", "^$|?", "rien", "."]:
        assert finder.present(line) == brute(finder.needles, line), line


def test_shipped_needles_found_exactly_in_real_lines() -> None:
    lines = folded_lines()
    assert len(lines) > 1000
    finder = NeedleFinder(SHIPPED, build_after=0)
    for line in lines:
        assert finder.present(line) == brute(SHIPPED, line), line


def test_random_lines_built_from_needles() -> None:
    # Lines glued from needles and their pieces: many overlaps, prefixes and repeats.
    rng = random.Random(13)
    pool = sorted(SHIPPED)
    finder = NeedleFinder(SHIPPED, build_after=0)
    for _ in range(300):
        parts = [rng.choice(pool) for _ in range(rng.randint(1, 6))]
        parts = [p[rng.randint(0, len(p) // 2) :] for p in parts]
        line = rng.choice(["", " ", "x"]).join(parts)
        assert finder.present(line) == brute(SHIPPED, line), line


def test_before_the_trie_the_answer_is_the_same() -> None:
    finder = NeedleFinder(SHIPPED, build_after=10**9)
    line = "lire aussi : la une du jour, par la redaction (afp)"
    assert finder.present(line) == brute(SHIPPED, line)
    assert not finder.ready()


def test_the_trie_is_built_after_enough_lines_only() -> None:
    finder = NeedleFinder(["abc"], build_after=3)
    assert [finder.ready() for _ in range(4)] == [False, False, False, True]
    assert finder.ready()


def test_a_first_split_does_not_compile_the_trie() -> None:
    # Compiling it costs about as much as splitting a few articles: a notebook's first
    # call must not pay it.
    rules = Rules(tuple(Rules.default()))
    split_boilerplate(
        "Par Claire Morel\nLe trafic est perturbé jusqu'à mardi.\nAvec AFP", rules=rules
    )
    assert not rules._index.finder.ready() or BUILD_AFTER < 3


def test_a_users_long_needle_is_tested_alone() -> None:
    long = "x" * 150
    finder = NeedleFinder([long, "ab"], build_after=0)
    assert finder.present("ab" + long) == {long, "ab"}
    assert finder.present("ab" + long[:-1]) == {"ab"}
    only_long = NeedleFinder([long], build_after=0)
    assert not only_long.ready()  # nothing to put in a trie: plain tests
    assert only_long.present(long) == {long}


def agree(lines: list[str]) -> None:
    """The same lines and questions get the same rule through both paths of a search."""
    searched = [r for r in Rules.default() if r.kind == "regex" and r.strength != "keep"]
    for zone in ("header", "footer", "inline"):
        members = [r for r in searched if zone in r.zones]
        slow = index._Combined(members, NeedleFinder(index._all_needs(members), build_after=10**9))
        fast = index._Combined(members, NeedleFinder(index._all_needs(members), build_after=0))
        for line in lines:
            assert slow.search(line, {}) is fast.search(line, {}), (zone, line)


def test_search_with_and_without_the_trie_agree_on_invented_lines() -> None:
    agree(folded_lines()[:1200])


@pytest.mark.slow
def test_search_with_and_without_the_trie_agree_on_every_shared_line(shared: Path) -> None:
    lines = folded_lines()
    for path in ("boilerplate-dev.jsonl", "boilerplate-dev2.jsonl"):
        with (shared / "corpus" / path).open(encoding="utf-8") as handle:
            for record in map(json.loads, handle):
                lines.extend(fold(line) for line in record["text"].split("\n") if line.strip())
    agree(lines)


def test_a_users_rule_is_found_through_the_trie() -> None:
    user = Rule("site.sponsor", "custom", r"offert par (?:la )?maison \w+")
    rules = Rules.default() + Rules((user,))
    finder = rules._index.finder
    for _ in range(BUILD_AFTER + 1):
        finder.ready()
    assert finder.built
    text = (
        "Titre du jour\nUn paragraphe de texte suivi, assez long pour compter ici.\n"
        "Offert par la maison Dupont"
    )
    assert [r.rule for r in split_boilerplate(text, rules=rules).removed] == ["site.sponsor"]


@pytest.mark.parametrize("unit", [".", " ", "M. ", "lire aussi ", "a", "ab" * 40])
def test_present_takes_linear_time(unit: str) -> None:
    # A trie search reads at most the longest needle from each position.
    finder = NeedleFinder(SHIPPED, build_after=0)
    finder.ready()

    def timed(size: int) -> float:
        line = (unit * (size // len(unit) + 1))[:size]
        return best_time(lambda: NeedleFinder.present(finder, line + str(size)), repeat=3)

    small, large = max(timed(20_000), 1e-4), timed(200_000)
    assert large / small < 40, (unit, small, large)
