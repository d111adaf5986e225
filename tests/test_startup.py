"""What keeps the import and the first call of a process cheap stays correct: the stored
prefilter table of the shipped rules and the stored rewrite of ftfy's badness pattern, the
shipped patterns trusted without their load-time checks, the lazy compilation of patterns,
and the modules `import feuillet` leaves out."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import ftfy
import pytest
import regex
from ftfy import badness

from feuillet import Rule, Rules, RulesError, normalize, split_boilerplate
from feuillet.boilerplate import index, rules
from feuillet.typography import ftfy_gate
from feuillet.typography import rules as typography_rules

SRC = str(Path(__file__).resolve().parent.parent / "src")


# (Reads every shipped rule's pattern: seconds; the slow layer runs it in CI.)
@pytest.mark.slow
def test_the_stored_prefilter_table_is_that_of_the_shipped_rules() -> None:
    # After an edit of boilerplate.rules, rewrite the table with
    # feuillet.boilerplate.index.write_prefilter_table(); a stale entry would only be
    # recomputed, but a wrong one would hide a rule.
    stored = json.loads(
        resources.files("feuillet.data").joinpath(index.PREFILTER_FILE).read_text("utf-8")
    )["prefilters"]
    assert stored == index.prefilter_table()


# (Reads every shipped rule's pattern: seconds; the slow layer runs it in CI.)
@pytest.mark.slow
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


# --- What `import feuillet` leaves out ---------------------------------------------------


def _fresh(code: str) -> str:
    """The output of *code* run in a fresh interpreter importing this checkout's feuillet."""
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    return done.stdout.strip()


# Not needed to import feuillet, nor (regex) to clean an ordinary French article.
_LEFT_OUT = (
    "regex",
    "importlib.resources",
    "importlib.metadata",
    "pathlib",
    "logging",
    "zipfile",
    "tempfile",
)


def test_import_leaves_out_the_modules_it_does_not_need() -> None:
    # Modules the interpreter loaded before (a coverage hook, say) are not feuillet's doing.
    code = f"""
import sys
before = set(sys.modules)
import feuillet
print([m for m in {_LEFT_OUT!r} if m in sys.modules and m not in before])
"""
    assert _fresh(code) == "[]"


def test_a_first_clean_of_french_text_needs_no_regex_module() -> None:
    text = "Par Claire Morel\nL'été sera « chaud » : 35 °C à Paris, dit-elle.\nAvec AFP"
    code = f"""
import sys
before = set(sys.modules)
import feuillet
feuillet.clean({text!r})
print("regex" in sys.modules and "regex" not in before)
"""
    assert _fresh(code) == "False"


def test_import_compiles_none_of_the_lazy_patterns() -> None:
    code = """
import feuillet
from feuillet import _segment_rules, metadata
from feuillet.typography import protect, rules
accessors = []
for module in (_segment_rules, metadata, protect, rules):
    for name, value in vars(module).items():
        if name.startswith("_") and name.isupper():
            accessors += value if isinstance(value, tuple) else [value]
accessors = [value for value in accessors if hasattr(value, "cache_info")]
print(len(accessors), sum(a.cache_info().currsize for a in accessors))
"""
    count, compiled = _fresh(code).split()
    assert int(count) > 90  # the module-level patterns of the four modules
    assert compiled == "0"


# --- Letters without the regex module ------------------------------------------------------


def test_isalpha_is_regex_letter_class_below_the_bound() -> None:
    # The apostrophe rules read letters as regex's \p{L}; below the bound they use
    # str.isalpha(), which must give the same answer for every code point there.
    letter = regex.compile(r"\p{L}")
    bound = typography_rules.ISALPHA_IS_LETTER_BELOW
    wrong = [hex(c) for c in range(bound) if chr(c).isalpha() != bool(letter.match(chr(c)))]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'été", "l’été"),
        ("Ωx'Ωy", "Ωx’Ωy"),  # Greek letters, below the bound
        ("ա'բ", "ա’բ"),  # Armenian letters: regex decides
        ("1'2", "1'2"),
        ("a'\u0301", "a'\u0301"),  # a combining mark is no letter
    ],
)
def test_apostrophes_between_letters(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --- Emoticons, matched without a pattern -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trop triste :-( vraiment", "Trop triste :-( vraiment"),
        ("Super :) !", "Super :)\u202f!"),  # ":" emoticons need a follower...
        ("Super :)", "Super :)"),  # ... or the end of the text
        ("Super :)x", "Super\u00a0:)x"),  # otherwise ":" is punctuation
        ("Ah ;)bon", "Ah ;)bon"),  # ";)" needs no follower
        ("Bien ;D", "Bien ;D"),
        ("Bien ;Dupont", "Bien\u202f;Dupont"),  # ";D" ends with a letter: it needs one
        ("Note :Dupont", "Note\u00a0:Dupont"),
    ],
)
def test_emoticons(text: str, expected: str) -> None:
    assert normalize(text) == expected


# --- The stored rewrite of ftfy's badness pattern -----------------------------------------


def test_the_stored_badness_rewrite_is_that_of_the_installed_ftfy() -> None:
    # After adding an ftfy version to KNOWN_VERSIONS, store its rewrite with
    # feuillet.typography.ftfy_gate.write_stored_rewrites().
    if ftfy.__version__ not in ftfy_gate.KNOWN_VERSIONS:
        pytest.skip(f"ftfy {ftfy.__version__} is not gated")
    key = ftfy_gate._pattern_key(badness.BADNESS_RE)
    stored = ftfy_gate.stored_rewrites()[key]
    assert stored == {"ftfy": ftfy.__version__, **ftfy_gate.badness_rewrite(badness.BADNESS_RE)}


def test_another_badness_pattern_is_read_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    if ftfy.__version__ not in ftfy_gate.KNOWN_VERSIONS:
        pytest.skip(f"ftfy {ftfy.__version__} is not gated")
    other = re.compile("[ÃÂ][€œ]")
    assert ftfy_gate._pattern_key(other) not in ftfy_gate.stored_rewrites()
    monkeypatch.setattr(badness, "BADNESS_RE", other)
    gate, reason = ftfy_gate.derive()
    assert reason == ""
    assert gate is not None
    assert gate.bad_exact.search("Ã€")
    assert not gate.bad_exact.search("Ã x")
