"""Sentence and paragraph segmentation: phenomena, conventions, spans, speed limits."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
import pickle
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _timing import best_time
from feuillet import (
    Paragraph,
    Sentence,
    clean,
    iter_paragraphs,
    iter_sentences,
    paragraphs,
    sentences,
)

CASE_FILES = sorted((Path(__file__).parent / "cases").glob("sentences*.json"))
GOLDEN = [
    pytest.param(text, expected, id=f"{path.stem}-{group}-{i}")
    for path in CASE_FILES
    for group, cases in json.loads(path.read_text("utf-8")).items()
    if not group.startswith("_")
    for i, (text, expected) in enumerate(cases)
]


def texts(found: list[Sentence] | list[Paragraph]) -> list[str]:
    return [item.text for item in found]


def nonspace(text: str) -> str:
    return "".join(char for char in text if not char.isspace())


def check_spans(source: str, found: list[Sentence] | list[Paragraph]) -> None:
    """Spans point into *source*, are trimmed, ordered, disjoint and cover every non-space."""
    previous_end = 0
    for item in found:
        assert item.text == source[item.start : item.end]
        assert item.text
        assert item.text == item.text.strip()
        assert item.start >= previous_end
        previous_end = item.end
    assert "".join(nonspace(item.text) for item in found) == nonspace(source)


# --- the phenomena of the issue, from tests/cases/sentences.json --------------------------


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_golden_sentences(text: str, expected: list[str]) -> None:
    found = sentences(text)
    assert texts(found) == expected
    check_spans(text, found)


def test_spans_are_offsets_into_the_source() -> None:
    text = "  « Non. » M. Dupont arrive à 9 h.\nIl pleut ?"
    assert sentences(text) == [
        Sentence(2, 10, "« Non. »"),
        Sentence(11, 34, "M. Dupont arrive à 9 h."),
        Sentence(35, 45, "Il pleut ?"),
    ]


def test_typographic_profile_spacing_is_handled() -> None:
    raw = "Vraiment ? « Non. » Il l’a dit… Pourquoi ?"
    typographic = "Vraiment\u202f? «\u00a0Non.\u00a0» Il l’a dit… Pourquoi\u202f?"
    expected = ["Vraiment ?", "« Non. »", "Il l’a dit…", "Pourquoi ?"]
    assert texts(sentences(raw)) == expected
    found = texts(sentences(typographic))
    assert [t.replace("\u202f", " ").replace("\u00a0", " ") for t in found] == expected


def test_extra_abbreviations() -> None:
    text = "Voir le suppl. Le Monde du jour."
    assert texts(sentences(text)) == ["Voir le suppl.", "Le Monde du jour."]
    assert texts(sentences(text, abbreviations={"suppl."})) == ["Voir le suppl. Le Monde du jour."]
    assert texts(sentences(text, abbreviations=["suppl"])) == ["Voir le suppl. Le Monde du jour."]


def test_abbreviations_must_be_strings() -> None:
    with pytest.raises(TypeError, match="not str"):
        sentences("Texte.", abbreviations="suppl.")
    with pytest.raises(TypeError, match="int"):
        sentences("Texte.", abbreviations=[3])  # type: ignore[list-item]


def test_packaged_abbreviation_lists_are_readable() -> None:
    from feuillet._data import read_data

    never = read_data("abbreviations.txt")
    assert {"M.", "MM.", "Mme", "Dr", "cf.", "p.", "art.", "n°", "env.", "tél."} <= set(never)
    assert {"etc.", "J.-C."} <= set(read_data("abbreviations_ambiguous.txt"))
    assert {"Le", "Il", "Mais"} <= set(read_data("sentence_starters.txt"))
    assert not set(never) & set(read_data("abbreviations_ambiguous.txt"))


# --- API ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [sentences, iter_sentences, paragraphs, iter_paragraphs],
    ids=["sentences", "iter_sentences", "paragraphs", "iter_paragraphs"],
)
def test_non_str_input_raises_type_error(call: Callable[[str], object]) -> None:
    with pytest.raises(TypeError, match="bytes"):
        call(b"Oui.")  # type: ignore[arg-type]


def test_unwrap_must_be_bool() -> None:
    with pytest.raises(TypeError, match="unwrap"):
        paragraphs("Oui.", unwrap="yes")  # type: ignore[arg-type]


def test_results_are_frozen_and_slotted() -> None:
    sentence = sentences("Oui.")[0]
    paragraph = paragraphs("Oui.")[0]
    assert dataclasses.is_dataclass(paragraph)
    for item in (sentence, paragraph):
        assert not hasattr(item, "__dict__")
        with pytest.raises(dataclasses.FrozenInstanceError):
            item.start = 3  # type: ignore[misc]
    with pytest.raises(AttributeError):
        sentence.colour = "red"  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del sentence.text


def test_sentence_value_semantics() -> None:
    sentence = Sentence(2, 6, "Oui.")
    assert sentence == Sentence(start=2, end=6, text="Oui.")
    assert sentence != Sentence(2, 6, "Non.")
    assert sentence != (2, 6, "Oui.")
    assert repr(sentence) == "Sentence(start=2, end=6, text='Oui.')"
    assert len({sentence, Sentence(2, 6, "Oui."), Sentence(0, 4, "Oui.")}) == 2
    assert pickle.loads(pickle.dumps(sentence)) == sentence
    assert copy.deepcopy(sentence) == sentence
    match sentence:
        case Sentence(start, end, text):
            assert (start, end, text) == (2, 6, "Oui.")
        case _:
            pytest.fail("Sentence does not match positionally")


def test_iterators_are_lazy() -> None:
    text = "Un. Deux. Trois."
    it = iter_sentences(text)
    assert next(it) == Sentence(0, 3, "Un.")
    assert next(iter_paragraphs("A.\nB.")) == Paragraph(0, 2, "A.", "paragraph")


def test_empty_and_blank_text() -> None:
    assert sentences("") == []
    assert sentences(" \n\t\u00a0\n") == []
    assert paragraphs("\n\n  \n") == []


# --- paragraphs and headings ---------------------------------------------------------------


def test_single_and_blank_line_breaks_both_separate_paragraphs() -> None:
    text = "Premier paragraphe.\nDeuxième paragraphe.\n\n\n  Troisième.  "
    assert paragraphs(text) == [
        Paragraph(0, 19, "Premier paragraphe.", "paragraph"),
        Paragraph(20, 40, "Deuxième paragraphe.", "paragraph"),
        Paragraph(45, 55, "Troisième.", "paragraph"),
    ]


def test_heading_is_a_short_line_without_final_punctuation_before_prose() -> None:
    text = (
        "Des voyageurs excédés\n"
        "Dans le hall de la gare, l'attente s'étire.\n"
        "Une ligne sans point\n"
        "Une autre ligne sans point\n"
        "Le dernier mot ?"
    )
    assert [(p.kind, p.text) for p in paragraphs(text)] == [
        ("heading", "Des voyageurs excédés"),
        ("paragraph", "Dans le hall de la gare, l'attente s'étire."),
        ("paragraph", "Une ligne sans point"),
        ("heading", "Une autre ligne sans point"),
        ("paragraph", "Le dernier mot ?"),
    ]


def test_epoch_times_heading(shared: Path) -> None:
    text = (shared / "examples" / "epoch-times-fr-2024.txt").read_text("utf-8")
    found = paragraphs(text)
    check_spans(text, found)
    headings = [p.text for p in found if p.kind == "heading"]
    assert headings == ["Partenariat « sans limites »"]
    assert found[0].text.startswith("Le président russe Vladimir Poutine")
    assert found[1].sentences()[0].text.startswith("M. Poutine a annoncé son projet")


def test_examples_segment_cleanly(examples: Path) -> None:
    text = (examples / "greve-sncf.txt").read_text("utf-8")
    found = sentences(text)
    check_spans(text, found)
    assert any("M. Julien Barre" in s.text for s in found)
    assert "Des voyageurs excédés" in [p.text for p in paragraphs(text) if p.kind == "heading"]


def test_paragraph_sentences_have_source_spans() -> None:
    text = "Titre\n\nM. Dupont parle. Il a fini !"
    paragraph = paragraphs(text)[1]
    assert paragraph.sentences() == [
        Sentence(7, 23, "M. Dupont parle."),
        Sentence(24, 35, "Il a fini !"),
    ]
    assert paragraph.sentences(abbreviations={"parle"}) == [Sentence(7, 35, text[7:])]


def test_unwrap_joins_hard_wrapped_lines() -> None:
    text = (
        "Le gouvernement a présenté hier un projet\n"
        "de loi sur les retraites. Il sera\n"
        "débattu en mars.\n"
        "Les syndicats protestent.\n"
        "\n"
        "une ligne après un blanc."
    )
    wrapped = paragraphs(text)
    assert len(wrapped) == 5
    unwrapped = paragraphs(text, unwrap=True)
    assert texts(unwrapped) == [
        text[:92],
        "Les syndicats protestent.",
        "une ligne après un blanc.",
    ]
    assert texts(unwrapped[0].sentences()) == [
        "Le gouvernement a présenté hier un projet\nde loi sur les retraites.",
        "Il sera\ndébattu en mars.",
    ]
    check_spans(text, unwrapped)


# --- invariants under hypothesis ------------------------------------------------------------

FRENCH_BITS = st.sampled_from(
    [
        "M.", "Mme", "etc.", "J.", "U.S.A.", "3.5", "12.", "1.", "…", "...", "?", "!", "?!",
        "«", "»", "\u00a0", "\u202f", '"', "'", "’", "(", ")", "—", "-", " ", "  ", "\n",
        "\r\n", "\n\n", "Le", "il", "a", "Paris", "www.x.fr", ".", ",", ":", "\t", "\u2028",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=200), st.lists(FRENCH_BITS, max_size=60).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentence_spans_cover_every_non_space_character_once(text: str) -> None:
    found = sentences(text)
    check_spans(text, found)
    for sentence in found:
        assert not any(char in sentence.text for char in "\n\r\u2028")
    assert list(iter_sentences(text)) == found


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.booleans())
def test_paragraph_spans_and_their_sentences(text: str, unwrap: bool) -> None:
    found = paragraphs(text, unwrap=unwrap)
    check_spans(text, found)
    assert all(p.kind in {"paragraph", "heading"} for p in found)
    for paragraph in found:
        inner = paragraph.sentences()
        assert nonspace("".join(s.text for s in inner)) == nonspace(paragraph.text)
        for sentence in inner:
            assert sentence.text == text[sentence.start : sentence.end]
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_paragraph_sentences_agree_with_sentences(text: str) -> None:
    assert [s for p in paragraphs(text) for s in p.sentences()] == sentences(text)


# --- linear time and flat memory --------------------------------------------------------------


def _best_time(call: Callable[[str], object], text: str) -> float:
    """Best CPU time of a few runs: CPU time is less disturbed by other processes."""
    return best_time(lambda: call(text), repeat=3, clock=time.process_time)


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "M. ", ".", "a", "« ", " ", "J. ", '" .', "a.Bb", "\n",
        # the rules of issue 14: lower case after "?", dashes, units, ";", numbers
        "? ", "? a ", "- ", ". - ", "1.", "2027. sa ", "5 °C. ", "; ", "; Il ", ";) ",
        '. " ', ". .. /", "? demanda-t-il ", "! a dit ", ".[2] ", ".[a.", "7,4. la ",
        # the genre rules: stage directions, years, inverted questions
        "(Rires) ", "(Aa) b ", "Aa) Bb ", "(A) ", "en 1998. ré ", "? a-t-il ", "? ai-je dit ",
        "(a). il ", "5 mg/kg. a ", "5 " + "g/" * 30 + "g. a ",
        # list items run into one line
        "1. Aa 2. Bb ", "a) Aa b) Bb ", "1. a 5. B ", "1) a 3) B ", "• a ", "a • b ", "•",
        # an opener word after a word without punctuation
        "a Il a ", "Il ", "b) Il a ", "dans Il a ", "a J'a ", "a Nous aimer ", "a Cependant, ",
    ],
)  # fmt: skip
def test_linear_time_on_hostile_input(unit: str) -> None:
    small = unit * (100_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    for call in (sentences, paragraphs):
        # a 1 ms floor: below it, timings measure caches, and quadratic work on 100 KB
        # would take far longer than 1 ms anyway
        ratio = _best_time(call, large) / max(_best_time(call, small), 1e-3)
        assert ratio < 25, f"{call.__name__} on {unit!r}: x{ratio:.1f} for x10 input"


@pytest.mark.slow
def test_iter_sentences_memory_is_flat() -> None:
    text = "M. Dupont arrive. Il pleut ? « Non ! » a-t-il dit.\n" * 10_000  # 0.5 MB
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_sentences(text))
        paragraph_count = sum(1 for _ in iter_paragraphs(text))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 30_000
    assert paragraph_count == 10_000
    # a list of the 30 000 sentences alone would take several megabytes
    assert peak < 200_000, f"peak {peak} bytes while iterating over 0.5 MB"


# --- gold data: UD French GSD ------------------------------------------------------------------


def _gsd_scores(path: Path, size: int) -> tuple[float, float, float]:
    """Boundary P, R, F1 on documents of *size* gold sentences joined by a space.

    Whitespace is ignored; a closing ``»`` or ``)`` that UD puts at the start of the next
    sentence counts with the sentence it closes.
    """
    gold = [
        line[9:].strip()
        for line in path.read_text("utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    hits = predicted = expected = 0
    for i in range(0, len(gold), size):
        doc = gold[i : i + size]
        truth, position = set(), 0
        for sentence, following in itertools.pairwise(doc):
            position += len(nonspace(sentence))
            closers = nonspace(following)
            moved = len(closers) - len(closers.lstrip("»)"))  # UD puts a closing » next
            truth.add(position + moved)
        found, position = set(), 0
        for sentence in sentences(" ".join(doc))[:-1]:
            position += len(nonspace(sentence.text))
            found.add(position)
        hits += len(truth & found)
        predicted += len(found)
        expected += len(truth)
    precision, recall = hits / predicted, hits / expected
    return 100 * precision, 100 * recall, 100 * 2 * precision * recall / (precision + recall)


# A ratchet, not a goal: the figures measured when the rules last changed (in-paragraph:
# documents of 10 sentences; whole-document: the whole split in one text). The rules are
# general French rules; GSD dev is where errors are looked at, test is only reported.
@pytest.mark.parametrize(
    ("split", "size", "precision", "f1"),
    [
        ("dev", 10, 99.7, 99.3),
        ("test", 10, 99.2, 98.7),
        ("dev", 100_000, 99.7, 99.3),
        ("test", 100_000, 99.5, 98.9),
    ],
    ids=["dev-paragraphs", "test-paragraphs", "dev-whole", "test-whole"],
)
def test_gsd_boundary_scores(
    shared: Path, split: str, size: int, precision: float, f1: float
) -> None:
    path = shared / "corpus" / "ud-fr-gsd" / f"fr_gsd-ud-{split}.conllu"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    p, _, f = _gsd_scores(path, size)
    assert p >= precision - 0.3
    assert f >= f1 - 0.3


def test_user_abbreviations_build_their_tables_once() -> None:
    # A service passing the same list on every call must not rebuild the tables each time
    # (they are read from data files); the cache is keyed by content and bounded.
    from feuillet.segment import _cached_tables

    _cached_tables.cache_clear()
    text = "Voir la Fig. Trois exemples suivent."
    first = sentences(text, abbreviations=["Fig"])
    again = sentences(text, abbreviations=("Fig",))
    assert first == again
    assert len(first) == 1
    info = _cached_tables.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    assert info.maxsize is not None


@pytest.mark.parametrize("text", [". a", " . à", "—. a", "°. a", "5 . a", "? a", "! é"])
def test_punctuation_with_no_word_before_it_is_no_error(text: str) -> None:
    # Found by a property test: a dot with no word before it ("". a") reached the unit
    # look-up with an empty word and raised IndexError.
    found = sentences(text)
    assert "".join(s.text for s in found).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text", ['. "\r"', 'Fin. "\n"Oui"', '. "\n"'])
def test_a_quote_on_the_next_line_does_not_decide_this_one(text: str) -> None:
    # Found by the property below: the look for a following quote crossed a line break.
    assert [s for p in paragraphs(text) for s in p.sentences()] == sentences(text)


def test_a_superscript_digit_before_a_list_marker_is_no_number() -> None:
    # "²" is a digit for str.isdigit() but not a number for int(): it used to crash.
    text = "J. K. Rowling ²... La suite."
    spans = [(s.start, s.end) for s in sentences(text)]
    assert spans
    assert spans[0][0] == 0
    assert spans[-1][1] <= len(text)
    assert clean(text).text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aéA. !?…;:)»«\"'’-1 \t\u00a0MIlJC[]"), max_size=60))
def test_both_scans_agree_on_a_paragraph_without_line_breaks(text: str) -> None:
    # Paragraph.sentences() uses the line scan when no line break occurs: same sentences.
    from feuillet import segment

    tables = segment.default_tables()
    lines = list(segment._scan(text, 0, tables, segment._SCAN_LINES, segment._SKIP_LINES))
    flow = list(segment._scan(text, 0, tables, segment._scan_flow(), segment._SKIP_FLOW))
    assert lines == flow
