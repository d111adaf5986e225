"""Per-line signals computed lazily give the answers of their plain definitions: repeated
lines, the article's vocabulary, letters and capitals."""

from __future__ import annotations

from feuillet import Rules
from feuillet.boilerplate.signals import Doc, content_words
from feuillet.boilerplate.text import shape

TITLE = "Sécheresse : les vignes du Gard sous surveillance"
PROSE = (
    "Les viticulteurs du Gard surveillent leurs parcelles depuis le début de l'été, "
    "car la sécheresse menace une partie de la récolte selon la chambre d'agriculture."
)


def _doc(lines: list[str]) -> Doc:
    return Doc(lines, Rules.default())


def test_a_repeated_title_is_found_later_and_earlier() -> None:
    lines = [TITLE, "Par Claire Morel", "", PROSE, TITLE, "Partager", TITLE.upper()]
    doc = _doc(lines)
    assert doc.copy(0, later=True) == 6  # the last copy; case and accents do not count
    assert doc.copy(6, later=False) == 0
    assert doc.copy(4, later=False) == 0
    assert doc.copy(4, later=True) == 6
    assert doc.copy(1, later=True) is None  # three words: never a copy
    assert doc.copy(3, later=True) is None


def test_copies_are_found_when_a_word_is_everywhere() -> None:
    # Every line holds the title's longest word: the look-up by word runs out of budget
    # and the index of every line's key answers, with the same result.
    sectors = [a + b for a in "bcdfg" for b in "aeiouy"]  # 30 names, each its own line
    filler = [f"surveillance du secteur {name} renforcée ce matin" for name in sectors]
    lines = [TITLE, *filler, TITLE]
    doc = _doc(lines)
    assert doc.copy(0, later=True) == 31
    assert doc.copy(31, later=False) == 0
    assert doc.copy(5, later=True) is None


def test_copies_of_a_line_of_numbers() -> None:
    lines = ["12 15 18 21 24", "Un mot", "13 16 19 22 25"]  # digits all read as 0
    doc = _doc(lines)
    assert doc.copy(0, later=True) == 2


def test_the_vocabulary_of_a_narrower_span_ignores_the_lines_below_it() -> None:
    other = (
        "Le tribunal administratif examinera le recours des riverains contre le projet "
        "d'autoroute, déposé au printemps par trois associations de défense du paysage."
    )
    lines = [PROSE, other, "", "x", "y", "z", "parcelles viticulteurs recours autoroute"]
    doc = _doc(lines)
    doc.set_core(0, 6)
    assert doc.overlap(6) == 1.0  # all four words are in the two paragraphs
    doc.set_core(0, 1)
    assert doc.overlap(6) == 0.5  # only the first paragraph counts now
    doc.set_core(1, 6)
    assert doc.overlap(6) == 0.5


def test_content_words_of_elided_and_repeated_tokens() -> None:
    words = content_words("l'inondation de l'inondation aujourd'hui qu'elle parcelles")
    assert sorted(words) == ["inonda", "parcel"]
    assert sorted(content_words("l'inondation de l'inondation")) == ["inonda"]


def test_letters_and_capitals_are_counted_on_first_use() -> None:
    line_shape = shape("RUBRIQUE Économie", "")
    assert (line_shape.letters, line_shape.upper_share, line_shape.cap_share) == (16, 9 / 16, 1.0)
    assert shape("   ", "").letters == 0
    assert shape("12 / 14", "").upper_share == 0.0
