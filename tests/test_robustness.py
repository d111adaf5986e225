"""Robustness of the whole public API on what the web throws at it.

Two families of tests:

* arbitrary Unicode from hypothesis (lone surrogates, control characters, NUL, combining
  marks, right-to-left text, emoji ZWJ sequences, mixed with the French fragments the rules
  look at) fed to every public function: each call returns (any string is valid input, so
  no error is acceptable), and what it returns keeps its invariants (lossless split, exact
  spans covering every non-space character);
* hostile sizes through :func:`feuillet.clean` (a 1 MB article, a 1 MB line without
  punctuation, 200,000 one-character lines, 1 MB runs of each character class the rules look
  at): the time on the full size divided by the time on a tenth of it stays well under 25,
  i.e. time is linear in size. Never an assertion on seconds.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import feuillet

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PROFILES = ("typographic", "plain", "ascii")
ZONES = {"header", "footer", "inline"}
KINDS = {"paragraph", "heading"}

# --- inputs ---------------------------------------------------------------------------------

# What a scraper really hands over, and the contexts the rules look at.
NASTY = [
    # lone surrogates, NUL and control characters
    "\ud800",
    "\udfff",
    "\udc80",
    "\x00",
    "\x01",
    "\x08",
    "\x1b",
    "\x7f",
    "\x9c",
    # every kind of line break and odd whitespace
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
    "\t",
    "\u00a0",
    "\u202f",
    "\u2009",
    "\u3000",
    "\u200b",
    "\u2060",
    "\ufeff",
    "\u00ad",
    # combining marks, alone and on letters
    "\u0301",
    "e\u0301",
    "c\u0327",
    "\u20dd",
    "a\u0300\u0301\u0302\u0303",
    # right-to-left text and bidi controls
    "\u200f",
    "\u200e",
    "\u202e",
    "\u2066",
    "مرحبا بالعالم.",
    "שלום עולם!",
    # emoji sequences (ZWJ, skin tone, flags, variation selector)
    "👨\u200d👩\u200d👧\u200d👦",
    "🏳\ufe0f\u200d🌈",
    "👍🏽",
    "🇫🇷",
    "\u200c",
    "\u200d",
    # French typography contexts
    "M. ",
    "Mme ",
    "etc. ",
    "« ",
    " »",
    "«",
    "»",
    '"',
    "'",
    "’",
    "“",
    "”",
    "...",
    "…",
    "?!",
    " ?",
    " !",
    ":",
    " : ",
    ";",
    " - ",
    "-",
    "–",
    "—",
    "1 000 ",
    "3.5",
    "12:30",
    "87 %",
    "http://exemple.fr/a.b?c=d",
    "www.exemple.fr",
    "jean.dupont@exemple.fr",
    "@compte",
    "&nbsp;",
    "&laquo;",
    "&amp;",
    "Ã©",
    "â€™",
    "<script>alert(1)</script>",
    "J. K. Rowling ",
    "S.N.C.F. ",
    "1. ",
    "(",
    ")",
    ".",
    "!",
    "?",
    " ",
    "\n",
    "\n\n",
    # boilerplate-looking lines
    "Avec AFP",
    "Lire aussi : ",
    "Publicité",
    "Abonnez-vous à notre newsletter",
    "© 2025 Le Journal",
    "Par Jean Dupont",
    "Il a dit non. ",
    "Elle est partie ! ",
    "La réunion a duré trois heures, selon les syndicats. ",
]

fragment = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(exclude_categories=()), max_size=6),
    st.text(st.sampled_from("abcdeéèàçôœ ABCÉ.,;:!?«»\"'’-\n"), max_size=12),
)
texts = st.lists(fragment, max_size=40).map("".join)
lines_of_texts = st.lists(fragment, max_size=8).map("".join)
corpora = st.lists(st.lists(lines_of_texts, min_size=1, max_size=6).map("\n".join), max_size=8)

# FEUILLET_FUZZ_EXAMPLES=5000 pytest tests/test_robustness.py -m "not slow" digs deeper.
ROBUST = settings(
    max_examples=int(os.environ.get("FEUILLET_FUZZ_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- helpers --------------------------------------------------------------------------------

# Characters a span may leave out: whitespace by Python's definition or by Unicode's
# White_Space property (the two differ on U+001C–U+001F and U+180E).
_WS = regex.compile(r"\p{White_Space}")


def is_space(char: str) -> bool:
    return char.isspace() or _WS.match(char) is not None


def is_strict_space(char: str) -> bool:
    """Whitespace under both definitions: never at the edge of a span."""
    return char.isspace() and _WS.match(char) is not None


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """Turn a hang in Python code into a failure instead of a stuck test run."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("call did not return within 240 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(240)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_spans(
    source: str, spans: Sequence[Any], *, within: tuple[int, int] | None = None
) -> None:
    """Spans are exact, non-empty, stripped, ordered, disjoint and cover every non-space char.

    With *within*, the spans lie in ``source[start:end]`` and cover that part only.
    """
    low, high = within or (0, len(source))
    previous_end = low
    for span in spans:
        assert isinstance(span.start, int)
        assert isinstance(span.end, int)
        assert previous_end <= span.start < span.end <= high, (span, previous_end)
        assert span.text == source[span.start : span.end]
        assert not is_strict_space(span.text[0]), span
        assert not is_strict_space(span.text[-1]), span
        previous_end = span.end
    covered = [False] * len(source)
    for span in spans:
        covered[span.start : span.end] = [True] * (span.end - span.start)
    lost = [i for i in range(low, high) if not covered[i] and not is_space(source[i])]
    assert not lost, f"characters outside every span: {[source[i] for i in lost[:10]]}"


def check_sentences(
    source: str,
    found: Sequence[feuillet.Sentence],
    within: tuple[int, int] | None = None,
    *,
    unwrapped: bool = False,
) -> None:
    check_spans(source, found, within=within)
    if unwrapped:  # sentences of a paragraph made of hard-wrapped lines run across them
        return
    for sentence in found:
        assert "\n" not in sentence.text, f"a newline always ends a sentence: {sentence!r}"


def check_paragraphs(source: str, found: Sequence[feuillet.Paragraph], *, unwrap: bool) -> None:
    check_spans(source, found)
    for paragraph in found:
        assert paragraph.kind in KINDS
        if not unwrap:
            assert "\n" not in paragraph.text, f"a newline ends a paragraph: {paragraph!r}"
        inner = paragraph.sentences()
        check_sentences(source, inner, (paragraph.start, paragraph.end), unwrapped=unwrap)


def check_split(source: str, split: feuillet.Split, *, inline: bool = True) -> None:
    """The split is lossless: kept and removed lines are exactly the input lines, in order."""
    lines = source.split("\n")
    kept = list(split.kept)
    removed = [r.line for r in split.removed]
    assert kept == sorted(kept)
    assert removed == sorted(removed)
    assert sorted(kept + removed) == list(range(len(lines)))
    assert split.body == "\n".join(lines[i] for i in kept)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for line in split.removed:
        assert line.text == lines[line.line]
        assert line.start == starts[line.line]
        assert line.end == line.start + len(line.text)
        assert source[line.start : line.end] == line.text
        assert line.zone in ZONES
        assert isinstance(line.rule, str)
        assert line.rule
        if not inline:
            assert line.zone != "inline", line


# --- arbitrary Unicode through every public function ----------------------------------------


@pytest.mark.parametrize("profile", PROFILES)
@ROBUST
@given(text=texts)
def test_normalize_returns_text_on_any_string(profile: str, text: str) -> None:
    out = feuillet.normalize(text, profile)
    assert isinstance(out, str)
    out.encode("utf-8")  # no lone surrogate survives the repair step (T0)
    explained = feuillet.normalize_and_explain(text, profile)
    same, changes = explained
    assert same == out
    for change in changes:
        assert isinstance(change.rule, str)
        assert change.rule
        assert change.line >= 0
        assert change.before != change.after, change


@ROBUST
@given(text=texts, inline=st.booleans())
def test_split_boilerplate_is_lossless(text: str, inline: bool) -> None:
    split = feuillet.split_boilerplate(text, inline=inline)
    check_split(text, split, inline=inline)


@ROBUST
@given(corpus=corpora, text=texts)
def test_learn_boilerplate_then_split_is_lossless(corpus: list[str], text: str) -> None:
    # Each corpus text is given twice so that its lines recur across articles and get learnt.
    rules = feuillet.learn_boilerplate(corpus + corpus)
    assert isinstance(rules, feuillet.Rules)
    # Learnt rules survive a trip through JSON (how users save them) unchanged in effect.
    reloaded = feuillet.Rules.from_json(json.loads(json.dumps(rules.to_json())))
    for target in [text, *corpus[:2]]:
        split = feuillet.split_boilerplate(target, rules=rules)
        check_split(target, split)
        assert feuillet.split_boilerplate(target, rules=reloaded) == split


@ROBUST
@given(text=texts)
def test_sentences_spans(text: str) -> None:
    found = feuillet.sentences(text)
    check_sentences(text, found)
    assert list(feuillet.iter_sentences(text)) == found


@pytest.mark.parametrize("unwrap", [False, True])
@ROBUST
@given(text=texts)
def test_paragraphs_spans(unwrap: bool, text: str) -> None:
    found = feuillet.paragraphs(text, unwrap=unwrap)
    check_paragraphs(text, found, unwrap=unwrap)
    assert list(feuillet.iter_paragraphs(text, unwrap=unwrap)) == found


def check_article(article: feuillet.Article) -> None:
    """Spans index into the body; removed lines index into the normalized text."""
    assert isinstance(article.text, str)
    assert isinstance(article.body, str)
    check_sentences(article.body, article.sentences)
    check_paragraphs(article.body, article.paragraphs, unwrap=False)
    body_lines = set(article.body.split("\n"))
    text_lines = article.text.split("\n")
    assert body_lines <= set(text_lines) | {""}
    for line in article.removed:
        assert line.zone in ZONES
        assert article.text[line.start : line.end] == line.text
        assert text_lines[line.line] == line.text
    # ftfy's surrogate repair (rule T0) leaves no lone surrogate: the article can always be
    # written as UTF-8 JSON, which JSON Lines pipelines rely on.
    line = json.dumps(article.to_dict(), ensure_ascii=False)
    assert json.loads(line.encode("utf-8")) == json.loads(json.dumps(article.to_dict()))


@ROBUST
@given(text=texts, boilerplate=st.booleans(), profile=st.sampled_from(PROFILES))
def test_clean_returns_article_with_valid_spans(text: str, boilerplate: bool, profile: str) -> None:
    article = feuillet.clean(text, profile=profile, boilerplate=boilerplate)
    check_article(article)
    if not boilerplate:
        assert not article.removed


@ROBUST
@given(text=texts)
def test_clean_many_matches_clean(text: str) -> None:
    article = feuillet.clean(text)
    assert list(feuillet.clean_many([text, text])) == [article, article]


@functools.cache
def _dev_texts(shared: Path) -> list[str]:
    with (shared / "corpus" / "boilerplate-dev.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


@ROBUST
@given(data=st.data())
def test_clean_on_damaged_real_articles(shared: Path, data: st.DataObject) -> None:
    # Real articles with nasty fragments inserted here and there: the structure the rules
    # rely on (lines, prose, boilerplate zones) is real, the damage is arbitrary.
    text = data.draw(st.sampled_from(_dev_texts(shared)), label="article")
    for _ in range(data.draw(st.integers(0, 12), label="insertions")):
        at = data.draw(st.integers(0, len(text)), label="at")
        text = text[:at] + data.draw(fragment, label="fragment") + text[at:]
    article = feuillet.clean(text)
    check_article(article)
    check_split(article.text, feuillet.split_boilerplate(article.text))


def test_clean_on_real_articles_keeps_invariants(examples: Path) -> None:
    for path in sorted(examples.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        article = feuillet.clean(text)
        check_article(article)
        assert article.sentences, path.name
        check_split(article.text, feuillet.split_boilerplate(article.text))


# --- hostile sizes: time linear in size -----------------------------------------------------

MAX_RATIO = 25  # expected 10 for a tenfold size; 25 leaves room for a noisy shared machine
FLOOR = 0.01  # seconds: below this, timer and cache noise dominate a measurement


def _cpu_seconds(text: str) -> tuple[float, feuillet.Article]:
    # CPU time of this process: other processes on a shared machine do not count.
    start = time.process_time()
    article = feuillet.clean(text)
    return time.process_time() - start, article


def assert_linear(make: Callable[[int], str], full: int) -> feuillet.Article:
    """Clean ``make(full)`` and ``make(full // 10)``; the CPU-time ratio stays under MAX_RATIO.

    A quadratic step would make the ratio about 100. The small size is timed three times
    (best kept) and times under FLOOR count as FLOOR (a 100 KB input that fits in the CPU
    cache runs faster per character than 1 MB). The large size is timed twice (best kept):
    a CI machine once paused a single large run (0.78 s against 0.50 s here, ratio 26).
    Returns the article made from the large input.
    """
    small_text, large_text = make(full // 10), make(full)
    feuillet.clean(make(1000))  # warm-up: data files, compiled patterns
    small = max(min(_cpu_seconds(small_text)[0] for _ in range(3)), FLOOR)
    large, article = _cpu_seconds(large_text)
    if large / small >= MAX_RATIO:
        large = min(large, _cpu_seconds(large_text)[0])
    assert large / small < MAX_RATIO, f"{len(large_text):,} chars: {large:.2f}s vs {small:.3f}s"
    return article


def repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def real_article(size: int) -> str:
    """Real-looking article text of about *size* characters: the examples, over and over."""
    lines: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    return repeat_to("\n".join(lines) + "\n", size)


MB = 1_000_000

# 1 MB (no newline) of every character class the rules look at.
CLASSES = {
    "dot": ".",
    "space": " ",
    "nbsp": "\u00a0",
    "nnbsp": "\u202f",
    "open-guillemet": "«",
    "guillemet-pair": "« » ",
    "straight-quote": '"',
    "interrobang": "?!",
    "exclamation-space": "a !",
    "title-abbrev": "M. ",
    "spaced-number": "1 000 ",
    "url-scheme": "http://",
    "hyphen": "-",
    "spaced-hyphen": " - ",
    "apostrophe": "'",
    "apostrophe-word": "l'a",
    "colon": ":",
    "ellipsis": "…",
    "digits": "0123456789",
    "letters": "a",
    "initial": "J. ",
    "brackets": "(a) ",
    "html-entity": "&amp;",
    "mojibake": "Ã©",
}


@pytest.mark.slow
@pytest.mark.parametrize("unit", list(CLASSES.values()), ids=list(CLASSES))
def test_clean_linear_on_one_mb_of_each_character_class(unit: str) -> None:
    assert_linear(lambda size: repeat_to(unit, size), MB)


@pytest.mark.slow
def test_clean_linear_on_a_one_mb_article() -> None:
    assert_linear(real_article, MB)


@pytest.mark.slow
def test_clean_linear_on_a_one_mb_line_without_punctuation() -> None:
    words = "le gouvernement annonce une réforme des retraites sans concertation "
    assert_linear(lambda size: repeat_to(words, size), MB)


@pytest.mark.slow
def test_clean_linear_on_200000_one_character_lines() -> None:
    article = assert_linear(lambda size: repeat_to("a\n", size), 400_000)
    # Every line is either one sentence of the body or a removed line: none is lost.
    assert len(article.sentences) + len(article.removed) == 200_000
    assert len(article.paragraphs) == len(article.sentences)


# Lines the structure checks of the sixth boilerplate round look at, each repeated: a run
# of them must not make every line scan the whole run.
STRUCTURE_LINES = {
    "tour-date": "- 21 mars : la Chapelle des Carmes, Prés-Bas\n",
    "opening-hours": "Du lundi au vendredi : 9 h – 18 h 30\n",
    "signatory": "Lucie Ferrand, présidente du syndicat de rivière\n",
    "spec-line": "Écran : OLED 6,7 pouces, 2 800 x 1 260 pixels, 1-120 Hz\n",
    "classified": "- Vends scooter de 2021, deux casques offerts. Tél. 06 00 00 00 00\n",
    # (The seventh round's: a team sheet counted down, a programme's hours, a podium, a
    # related title over its teaser.)
    "team-sheet": "14. Luc Abadie ; 13. Karim Ouali ; 12. Jean Morel ; 11. Paul Ferrand\n",
    "programme": "14 h : accueil des invités et des délégations\n",
    "podium": "Seniors : 1. Marc Aubel (Prés-Bas), 2. Luc Abadie, 3. Jean Morel\n",
    "related-pair": "Digues : la Sorne rehaussée avant l'hiver à Prés-Bas et Brévanne\n"
    "Une machine remplace désormais trente cueilleurs sur les parcelles.\n",
    # (The eighth round's: a chronology, a setlist the text quotes, signatories with a
    # capitalized role, a ranking with full stops.)
    "chronology": "1964 Fonde le syndicat de rivière de la Sorne\n",
    "setlist": "Il ouvre avec « Sable noir » puis « Vertige ».\nSable noir\nVertige\n",
    "capital-role": "Koffi Yao Séraphin, Secrétaire général (SYNAPES)\n",
    "ranking": "100 m: 1. Lucie Ferrand 10''31. 2. Marc Aubel 10''48. 3. Paul Morel 10''52.\n",
    "letter-signature": "Je remercie les pompiers de la Sorne pour leur aide.\nJean D., Lyon\n",
    "day-programme": "Jeudi 13 mars\n- 18 h : parade des batteurs sur la digue\n",
}


@pytest.mark.slow
@pytest.mark.parametrize("line", list(STRUCTURE_LINES.values()), ids=list(STRUCTURE_LINES))
def test_clean_linear_on_runs_of_structured_lines(line: str) -> None:
    article = assert_linear(lambda size: repeat_to(line, size), 400_000)
    assert article.text or article.removed


@pytest.mark.slow
@pytest.mark.parametrize("line", list(STRUCTURE_LINES.values()), ids=list(STRUCTURE_LINES))
def test_structure_checks_asked_of_every_line_of_a_run_stay_linear(line: str) -> None:
    # The scans ask these checks of one line at a time; asked of every line of a long run,
    # each must look at a bounded neighbourhood (a tour's dates once scanned the whole run).
    from feuillet.boilerplate.signals import Doc
    from feuillet.boilerplate.structure import (
        article_detail,
        dated_entry,
        introduced_item,
        named_list,
        signatory,
    )

    def ask_all(count: int) -> float:
        doc = Doc([line.rstrip("\n")] * count, feuillet.Rules.default())
        start = time.process_time()
        for i in range(count):
            dated_entry(doc, i)
            signatory(doc, i)
            article_detail(doc, i)
            named_list(doc, i)
            introduced_item(doc, i)
        return time.process_time() - start

    small = max(min(ask_all(1_000) for _ in range(3)), FLOOR)
    # (Best of two: one run of the large size can take a pause of the machine, not the code.)
    large = min(ask_all(10_000) for _ in range(2))
    assert large / small < MAX_RATIO, f"{large:.2f}s vs {small:.3f}s"
