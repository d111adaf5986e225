"""Differential tests: the gated ``fix_text`` must equal ``ftfy.fix_text`` on every input.

The strategies aim at the places where a gate could be wrong: the characters each ftfy
fixer acts on, mojibake of every encoding ftfy knows (so the badness check fires, or
nearly does), HTML entities, every kind of line break, segments cut at
``max_decode_length`` and hostile repeats.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import ftfy
import pytest
from ftfy import badness
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _timing import best_time
from feuillet.typography import ftfy_gate as gate

# feuillet's settings (typography._FTFY), spelled out so this test does not lean on them.
CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=True,
    fix_character_width=True,
    uncurl_quotes=False,
    fix_line_breaks=True,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=False,
)

# Other settings exercise the per-option triggers, "auto" unescaping (which stops for the
# rest of the text at the first "<") and segments cut inside a line.
CONFIGS = [
    CONFIG,
    ftfy.TextFixerConfig(explain=False),
    CONFIG._replace(max_decode_length=7),
    CONFIG._replace(fix_encoding=False, normalization="NFKC"),
    CONFIG._replace(unescape_html="auto", normalization=None, max_decode_length=3),
    ftfy.TextFixerConfig(
        unescape_html=False,
        fix_encoding=False,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_terminal_escapes=False,
        remove_control_chars=False,
        normalization="NFD",
    ),
]

# FEUILLET_FUZZ_EXAMPLES=20000 pytest tests/test_ftfy_gate.py -m "not slow" digs deeper.
FUZZ = settings(
    max_examples=int(os.environ.get("FEUILLET_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _pattern_chars() -> str:
    """Every character BADNESS_RE names, so random strings hit its classes often."""
    codes: set[int] = set()
    for branch in gate._branches(badness.BADNESS_RE):
        for elem in branch:
            codes |= elem.chars or frozenset()
    return "".join(sorted(chr(code) for code in codes))


BADNESS_CHARS = _pattern_chars()
TRIGGERS = "\x00\x1b\x7f\x85\x9d\ufeff\u206a\ufff9\ufb01\ufb06\u0133\u01c4\uff21\uff65\u3000"
BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\n\r"]
ENTITIES = [
    "&amp;",
    "&eacute;",
    "&EACUTE;",
    "&#233;",
    "&#x2019;",
    "&#xD83D;",
    "&NTILDE;",
    "&nTILDE;",
    "&bogus;",
    "&#;",
    "&amp",
    "& amp;",
    "&lt;p&gt;",
]
FRENCH = "àâçéèêëîïôùûüÿœÀÂÇÉÈÊÎÔÙŒ«»’“”–—…\xa0\u202f€°"
ALPHABET = (
    BADNESS_CHARS
    + TRIGGERS
    + FRENCH
    + "".join(BREAKS)
    + "abcAZ09 .,;:?!'\"&#<>\t\u0301\u0327\u0308\U0001f600\u2018\u201c\u02bc"
)
ENCODINGS = [
    "latin-1",
    "cp1252",
    "sloppy-windows-1252",
    "sloppy-windows-1251",
    "sloppy-windows-1250",
    "cp1253",
    "macroman",
    "cp437",
    "iso-8859-2",
]

any_char = st.characters(codec=None, categories=None, exclude_categories=())
surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"])
random_text = st.text(st.one_of(any_char, surrogate), max_size=40)
pool_text = st.text(st.sampled_from(ALPHABET), max_size=40)
clean_french = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz " + FRENCH), max_size=30)


@st.composite
def mojibake(draw: st.DrawFn) -> str:
    """French text read back in a wrong encoding, sometimes twice or with damage."""
    text = draw(clean_french)
    for _ in range(draw(st.integers(1, 2))):
        errors = draw(st.sampled_from(["replace", "ignore"]))
        encoding = draw(st.sampled_from(ENCODINGS))
        text = text.encode("utf-8").decode(encoding, errors=errors)
    damage = draw(st.sampled_from(["", "\xa0", "\ufffd", "\x85"]))
    if damage:  # the losses ftfy's restore_byte_a0 and replace_lossy_sequences undo
        text = text.replace(damage, draw(st.sampled_from([" ", "?", "\ufffd"])))
    return text


piece = st.one_of(
    pool_text,
    random_text,
    mojibake(),
    clean_french,
    st.sampled_from(ENTITIES),
    st.sampled_from(BREAKS),
    st.from_regex(badness.BADNESS_RE),
)
documents = st.lists(piece, max_size=8).map("".join)


def _same(text: str, config: ftfy.TextFixerConfig) -> None:
    assert gate.fix_text(text, config) == ftfy.fix_text(text, config)


# --- The gate is on, and it really skips ftfy ------------------------------------------


def test_gate_is_active_with_the_installed_ftfy() -> None:
    # A silent fallback would keep every test green while losing the speed-up. A newer ftfy
    # is a designed fallback (its pipeline must be read before it is gated): skip, loudly.
    if ftfy.__version__ not in gate.KNOWN_VERSIONS:
        pytest.skip(f"ftfy {ftfy.__version__} is not gated yet: {gate.FALLBACK_REASON}")
    assert gate.GATED, gate.FALLBACK_REASON
    assert gate.FALLBACK_REASON == ""


def test_only_the_segments_that_need_it_go_to_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = ftfy.fix_text

    def spy(text: str, config: ftfy.TextFixerConfig) -> str:
        seen.append(text)
        return real(text, config)

    monkeypatch.setattr(ftfy, "fix_text", spy)
    text = "Le « projet » coûte 3 € : l’été.\nIl a dit Ã§a.\nFin, à bientôt\n\nÉtat"
    assert gate.fix_text(text, CONFIG) == "Le « projet » coûte 3 € : l’été.\nIl a dit ça.\n" + (
        "Fin, à bientôt\n\nÉtat"
    )
    assert seen == ["Il a dit Ã§a.\n"]
    seen.clear()
    assert gate.fix_text("Rien à corriger ici.\nNi là.", CONFIG) == "Rien à corriger ici.\nNi là."
    assert seen == []
    # "^[ÃÂ] " is bad only at the start of a segment: the whole-text pre-check sees it
    # anywhere, the per-segment check must not send this line to ftfy.
    assert gate.fix_text("Vu.\nNote 1Ã x\nÃ\n", CONFIG) == "Vu.\nNote 1Ã x\nÃ\n"
    assert seen == []


# --- Examples of every step ftfy can take ----------------------------------------------

EXAMPLES = [
    "",
    "\n",
    "a\r\nb\rc\u2028d\u2029e\x85f\n",
    "ﬁn ﬂeur ĳ Ǆ",
    "ＬＯＵＤ　ｶﾀｶﾅ",
    "\x1b[31mrouge\x1b[0m",
    "nul\x00 bom\ufeff del\x7f \u206a \ufffc",
    "\ud83d\udca9 \udca9\ud83d",
    "e\u0301te\u0301 c\u0327a",
    "&eacute;t&eacute; &amp; &EACUTE;T&EACUTE; &#x2019; &#233; &bogus; AT&T",
    "<p>&amp;</p>\n&amp;\n",
    "&amp;\n<b>\n&amp;",
    "Ã©tÃ© Ã  la plage",
    "cafÃ\xa0 voilÃ  Ã la mode",
    "â€œ guillemets â€\ufffd",
    "\x80\x93\x9d C1",
    "‘quotes’ “double” ʼ",
    "Ã",
    "Ã ",
    "a Ã \n",
    "œuvre cœur\nœ\n",
    "×² ≈° √± вЂ ‚Äì",
    "ГўВЂВ™s",
    "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",
    "Ã©" * 10 + "\n" + "é" * 10,
]


@pytest.mark.parametrize("text", EXAMPLES)
@pytest.mark.parametrize("config", CONFIGS, ids=range(len(CONFIGS)))
def test_examples_match_ftfy(text: str, config: ftfy.TextFixerConfig) -> None:
    _same(text, config)


def test_an_example_is_repaired() -> None:
    # Guards the examples above against a gate and an ftfy that both do nothing.
    assert gate.fix_text("Ã©tÃ©\r\nﬁn &amp;", CONFIG) == "été\nfin &"


# --- Differential fuzzing --------------------------------------------------------------


@FUZZ
@given(random_text, st.sampled_from(CONFIGS))
def test_random_unicode_matches_ftfy(text: str, config: ftfy.TextFixerConfig) -> None:
    _same(text, config)


@FUZZ
@given(documents, st.sampled_from(CONFIGS))
def test_mixed_documents_match_ftfy(text: str, config: ftfy.TextFixerConfig) -> None:
    _same(text, config)


@FUZZ
@given(st.lists(st.one_of(mojibake(), clean_french, st.sampled_from(BREAKS)), max_size=10))
def test_mojibake_lines_match_ftfy(parts: list[str]) -> None:
    _same("".join(parts), CONFIG)


@FUZZ
@given(
    st.text(st.sampled_from("Ã©a \n"), max_size=30),
    st.integers(1, 12),
    st.sampled_from(["auto", True, False]),
)
def test_segments_cut_inside_lines_match_ftfy(text: str, limit: int, unescape: str | bool) -> None:
    config = CONFIG._replace(max_decode_length=limit, unescape_html=unescape)
    _same(text + "&amp;<" + text, config)


# --- The rewritten badness pattern -----------------------------------------------------


def _lines(text: str) -> Iterator[str]:
    yield from re.findall(r"[^\n]*\n|[^\n]+$", text)


@FUZZ
@given(st.one_of(pool_text, st.from_regex(badness.BADNESS_RE), mojibake(), documents))
def test_rewritten_badness_equals_ftfys(text: str) -> None:
    assert gate._GATE is not None
    assert bool(gate._GATE.bad_exact.search(text)) == badness.is_bad(text)
    # The whole-text pre-check may see more, never less, than the lines one by one.
    if any(badness.is_bad(line) for line in _lines(text)):
        assert gate._GATE.bad_loose.search(text)


def test_rewritten_badness_on_every_pair_of_characters() -> None:
    assert gate._GATE is not None
    exact = gate._GATE.bad_exact
    alphabet = BADNESS_CHARS + "aZ .\n"
    wrong = [
        first + second
        for first in alphabet
        for second in alphabet
        if bool(exact.search(first + second)) != bool(badness.BADNESS_RE.search(first + second))
    ]
    assert wrong == []


def test_start_of_segment_is_kept_exact() -> None:
    assert gate._GATE is not None
    # "^[ÃÂ] " counts only at the start of a segment, as in ftfy.
    assert gate._GATE.bad_exact.search("Ã x")
    assert not gate._GATE.bad_exact.search("1Ã x")
    assert badness.is_bad("Ã x")
    assert not badness.is_bad("1Ã x")


# --- Long and hostile inputs -----------------------------------------------------------


@pytest.mark.slow
def test_lines_over_ftfys_segment_limit() -> None:
    limit = CONFIG.max_decode_length
    clean = "é" * (limit - 1)
    for text in (
        clean + "Ã©" + "a\n",  # the mojibake pair is cut in two segments
        clean + "aÃ©\n" + "b" * 10,
        "Ã©\n" + clean + "ab" + "c" * limit,
        "e" * limit + "\u0301",  # a combining accent alone in its segment
    ):
        _same(text, CONFIG)


HOSTILE = ["é", "Ã©", "«\xa0", "Â ", "ﬁ", "&amp;", "\r", "a\u0301", "ГўВЂВ™"]


@pytest.mark.slow
@pytest.mark.parametrize("unit", HOSTILE)
def test_hostile_repeats_are_linear(unit: str) -> None:
    size = 1_000_000 // len(unit)
    small, large = unit * (size // 2), unit * size
    assert gate.fix_text(small, CONFIG) == ftfy.fix_text(small, CONFIG)
    half = best_time(lambda: gate.fix_text(small, CONFIG))
    full = best_time(lambda: gate.fix_text(large, CONFIG))
    assert full < 3.5 * half + 0.01


# --- Real articles ---------------------------------------------------------------------


def _real_texts(shared: Path, examples: Path) -> Iterator[str]:
    for corpus in sorted((shared / "corpus").glob("boilerplate-dev*.jsonl")):
        with corpus.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)["text"]
    for folder in (shared / "examples", examples):
        for path in sorted(folder.glob("*.txt")):
            yield path.read_text(encoding="utf-8")


def test_real_articles_match_ftfy(shared: Path, examples: Path) -> None:
    texts = list(_real_texts(shared, examples))
    assert len(texts) > 100
    different = [
        text[:60] for text in texts if gate.fix_text(text, CONFIG) != ftfy.fix_text(text, CONFIG)
    ]
    assert different == []


# --- Fallback --------------------------------------------------------------------------


def test_unknown_ftfy_version_turns_the_gate_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ftfy, "__version__", "99.0")
    found, reason = gate.derive()
    assert found is None
    assert "99.0" in reason


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)[ÃÂ][€œ]",  # a flag changing what classes mean
        r"[ÃÂ](ab)+",  # a group and a repeat
        r"[a-z][A-Z]",  # a branch that can match pure ASCII
        r"[ÃÂ]\b",  # an assertion other than ^
    ],
)
def test_unknown_badness_shape_turns_the_gate_off(
    monkeypatch: pytest.MonkeyPatch, pattern: str
) -> None:
    monkeypatch.setattr(badness, "BADNESS_RE", re.compile(pattern))
    found, reason = gate.derive()
    assert found is None
    assert reason.startswith("unrecognised")


def test_fallback_is_plain_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = ftfy.fix_text

    def spy(text: str, config: ftfy.TextFixerConfig) -> str:
        calls.append(text)
        return real(text, config)

    monkeypatch.setattr(ftfy, "fix_text", spy)
    monkeypatch.setattr(gate, "_GATE", None)
    text = "Déjà propre.\nÃ©tÃ©\n"
    assert gate.fix_text(text, CONFIG) == real(text, CONFIG)
    assert calls == [text]  # the whole text, in one call


def test_settings_the_gate_cannot_vouch_for_go_to_ftfy() -> None:
    with pytest.raises(ValueError, match="invalid normalization form"):
        gate.fix_text("abc", CONFIG._replace(normalization="nfc"))  # type: ignore[arg-type]
    with pytest.raises(UnicodeError):
        gate.fix_text(b"abc", CONFIG)  # type: ignore[arg-type]
