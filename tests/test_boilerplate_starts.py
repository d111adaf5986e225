"""The first characters of anchored rule patterns: a search skips a rule only for lines that
cannot match it."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from feuillet import Rule, Rules, split_boilerplate
from feuillet.boilerplate import index
from feuillet.boilerplate.index import split_branches
from feuillet.boilerplate.starts import first_chars, lookup_char
from feuillet.boilerplate.text import BULLETS, fold
from test_boilerplate_rules import EXAMPLES

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^(?:lire|voir) aussi", "lv"),
        (r"\Apar ", "p"),
        (r"^(?:a|)b", "ab"),  # an empty alternative lets the next character start
        (r"^a*b", "ab"),
        (r"^a+b", "a"),
        (r"^(?=x)y", "y"),  # lookarounds match no character
        (r"^(?!.*\.$)[(\[]?photo", "([p"),
        (r"^[a-c]x", "abc"),
        (r"^(?:[>»-]+ ?)?a lire", "->a»"),
        (r"^\d+ commentaires", "0123456789"),  # other scripts' digits are looked up as 0
        (r"^[٣x]", "0x٣"),
    ],
)
def test_first_characters_of_anchored_patterns(pattern: str, expected: str) -> None:
    assert first_chars(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"lire aussi",  # not anchored
        r"^a|b",  # one alternative not anchored
        r"^$",  # the match may be empty
        r"^(?:abc)?",
        r"^\w+ commentaires",  # a category of thousands of characters
        r"^[^a]b",  # a negated class
        r"^.b",
        r"(?i)^a",  # upper case would match too
        r"^(?i:a)b",
        r"(?m)^a",  # after any line break
        r"^(a)?\1b",  # a back reference
        r"^[\u0000-\uffff]",  # too wide to list
        r"^(",  # unreadable
    ],
)
def test_no_first_characters_when_unsure(pattern: str) -> None:
    assert first_chars(pattern) is None


def _lines() -> list[str]:
    """Folded lines as rules see them: the labelled corpora when present, plus noise."""
    lines = [
        "lire aussi : le dossier",
        "(photo afp)",
        "[video] le reportage",
        "» a lire",
        "",
        "12 commentaires",
    ]
    for name in ("boilerplate-dev.jsonl", "boilerplate-dev2.jsonl"):
        path = SHARED / name
        if path.exists():
            for record in path.read_text(encoding="utf-8").splitlines():
                lines.extend(json.loads(record)["text"].split("\n"))
    rng = random.Random(7)
    alphabet = "abcdeiloprstuv ()[]-»>|/:.'0123456789©"
    lines += ["".join(rng.choices(alphabet, k=rng.randint(1, 12))) for _ in range(3000)]
    lines += ["٣ commentaires", "\u0663\u0662 reactions", "\u2003photo : afp"]
    return [fold(line).lstrip(BULLETS) for line in lines]


def test_no_line_a_shipped_pattern_matches_starts_elsewhere() -> None:
    lines = _lines()
    for rule in Rules.default():
        chars = first_chars(rule.pattern) if rule.kind == "regex" else None
        if chars is None:
            continue
        pattern = re.compile(rule.pattern)
        for line in lines:
            if pattern.search(line):
                assert lookup_char(line[:1]) in chars, (rule.id, line)


def test_the_stored_first_characters_are_those_of_the_shipped_rules() -> None:
    # After an edit of boilerplate.rules, rewrite the file with
    # feuillet.boilerplate.index.write_prefilter_table(); a missing entry only makes a
    # rule tried on more lines, but a wrong one would hide it.
    stored = json.loads(
        (Path(index.__file__).parent.parent / "data" / index.PREFILTER_FILE).read_text("utf-8")
    )["starts"]
    assert stored == index.start_table()


def test_a_search_skips_a_rule_only_when_the_first_character_rules_it_out() -> None:
    shipped = next(r for r in Rules.default() if r.id == "recirc.read-also")
    combined = index._Combined([shipped])
    assert combined.starts[0] is not None
    assert "l" in combined.starts[0]
    assert combined.search("lire aussi : le dossier", {}) is shipped
    assert combined.search("le dossier", {}) is None
    assert combined.search("", {}) is None
    # A user's pattern has no stored characters: it is tried on every line.
    user = Rule("site.read", "custom", r"^lire la suite")
    assert index._Combined([user]).starts == [None]
    text = "Titre\nUn paragraphe de texte suivi, assez long pour compter.\nLire la suite"
    assert split_boilerplate(text, rules=Rules.default() + Rules((user,))).removed


def test_a_line_led_by_another_scripts_digit_is_tried_on_digit_rules() -> None:
    # \d matches the digits of every script; the stored table lists ASCII digits only.
    shipped = next(r for r in Rules.default() if r.id == "comments.count")
    combined = index._Combined([shipped])
    line = '\u0663 commentaires sur "le projet"'
    assert re.search(shipped.pattern, line)
    assert combined.search(line, {}) is shipped


def test_a_users_keep_rule_only_regex_reads_is_searched_alone() -> None:
    # \p{..} is regex syntax: the keep rules are then searched one by one, none combined.
    note = Rule("site.note", "note", r"^\p{Ll}dition speciale", strength="keep")
    rules = Rules.default() + Rules((note,))
    assert rules._index.keep_anchored is None
    assert rules._index.keep_loose is None
    text = "Titre\nUn paragraphe de texte assez long pour compter.\nEdition speciale\nAvec AFP"
    split = split_boilerplate(text, rules=rules)
    assert [r.rule for r in split.removed] == ["agency.with"]


def test_a_rule_allowing_a_huge_word_count_builds_no_huge_table() -> None:
    # The thresholds of word counts are listed only up to a bound; beyond, they are found.
    big = Rule("site.big", "custom", r"^offert par maison", max_words=10**9)
    rules = Rules.default() + Rules((big,))
    assert len(rules._index._limits) <= index._MAX_LISTED_WORDS
    text = "Titre\nUn paragraphe de texte assez long pour compter.\nOffert par maison Dupont"
    assert [r.rule for r in split_boilerplate(text, rules=rules).removed] == ["site.big"]
    # Past the table (1,000 words fill 2,000 characters: only lines of one-letter words).
    assert rules._index._search("x " * 600 + "x", 1201, "footer", False, True, {}) is None


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        ("a|b", ["a", "b"]),
        ("^lire (?:aussi|plus)|voir", ["^lire (?:aussi|plus)", "voir"]),
        (r"[|] x|\| y", ["[|] x", r"\| y"]),
        ("[]|] x|[^]|] y|z", ["[]|] x", "[^]|] y", "z"]),
        ("(a|(b|c))", ["(a|(b|c))"]),
    ],
)
def test_a_pattern_splits_at_its_top_level_bars_only(pattern: str, branches: list[str]) -> None:
    assert split_branches(pattern) == branches


def test_a_long_shipped_pattern_matches_a_line_exactly_when_one_of_its_branches_does() -> None:
    split = [rule for rule in Rules.default() if len(rule.pattern) >= 500]
    assert len(split) >= 10
    lines = [fold(positive) for positive, _negative in EXAMPLES.values()]
    lines += [fold(negative) for _positive, negative in EXAMPLES.values()]
    for rule in split:
        whole = re.compile(rule.pattern)
        parts = [re.compile(branch) for branch in split_branches(rule.pattern)]
        assert "|".join(split_branches(rule.pattern)) == rule.pattern
        for line in lines:
            found = whole.search(line) is not None
            assert found == any(part.search(line) for part in parts), (rule.id, line)
