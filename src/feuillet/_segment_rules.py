"""The rules that decide whether a candidate punctuation run ends a French sentence.

:mod:`feuillet.segment` finds the candidates (``.``, ``!``, ``?``, ``…`` and runs of them,
with the closing quotes and brackets that follow) with one regular expression; for each
one, :func:`is_boundary` looks at the character after it and, for a plain dot, at the
word before it. All lookups are bounded (at most :data:`_WINDOW` characters), so the
total work stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ._data import read_data

# The characters str.splitlines() breaks on: each one ends a sentence.
BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

_WINDOW = 40  # longest word looked at before a dot; longer words are never abbreviations
_QUOTE_WINDOW = 2000  # straight quotes counted back to pair them
_STRAIGHT = "\"'’"  # quotes that open or close
_OPENERS = "«“‘„‹\"'([{—–-"
_DIALOGUE = "«“„—–"  # an opening quote or a dialogue dash starts a new sentence
_NO_START = ",;:.!?)]}»”›%"  # characters that never start a sentence
_ELISION = "'’"
_NEXT_WORD = re.compile(rf"(?:[«“‘„‹\"'(\[{{—–\-]|[^\S{BREAKS}]){{0,6}}([^\W\d_]+['’]?)")
_ACRONYM = re.compile(r"(?:[^\W\d_]\.-?)+[^\W\d_]{1,2}")
_ROMAN = re.compile(r"[IVXLC]+")


@dataclass(frozen=True, slots=True)
class Tables:
    """The word lists the rules consult (keys are written without their final dot)."""

    never_final: frozenset[str]
    ambiguous: frozenset[str]
    starters: frozenset[str]


def _keys(items: Iterable[str]) -> frozenset[str]:
    return frozenset(item.rstrip(".") for item in items if item.rstrip("."))


@cache
def default_tables() -> Tables:
    """The tables built from the packaged data files."""
    return make_tables(())


def make_tables(extra_abbreviations: Iterable[str]) -> Tables:
    """The packaged tables plus *extra_abbreviations* (which never end a sentence)."""
    never = _keys(read_data("abbreviations.txt")) | _keys(extra_abbreviations)
    starters = frozenset(w.replace("’", "'") for w in read_data("sentence_starters.txt"))
    return Tables(never, _keys(read_data("abbreviations_ambiguous.txt")), starters)


def is_boundary(text: str, start: int, end: int, nxt: int, sentence: int, tables: Tables) -> bool:
    """Whether the candidate ``text[start:end]`` ends a sentence.

    *nxt* is the first non-space character after the candidate (inside the text and the
    line), *sentence* where the current sentence started.
    """
    char = text[nxt]
    run = text[start:end].rstrip(" \t\u00a0\u202f»”\")]}›'’")
    closed = len(run) < end - start  # a closing quote or bracket follows the punctuation
    if nxt == end:  # no space after: "3.5", "S.N.C.F", "www.site.fr", "fin.Début"
        return _glued(text, start, nxt, closed)
    if char.isalpha() and not char.isupper():
        # lower case: an incise ("a-t-il dit"), an abbreviation, an ellipsis; only a plain
        # word and a dot end a sentence there ("Très bon accueil. très propre.")
        return run == "." and not closed and _lower_case_start(text, start, tables)
    if char in _NO_START:
        return False
    if char in _OPENERS and not _opens_sentence(text, nxt):
        return False
    if "!" in run or "?" in run:
        return True
    if ")" in run or "]" in run:
        return True  # punctuation after a bracket: "(...). Les"
    if len(run) > 1 or run == "…":  # an ellipsis: "…", "...", ". . ."
        return start == 0 or text[start - 1] not in "([{"  # "[…]" cuts a quotation
    return _dot_ends_sentence(text, start, nxt, sentence, closed, tables)


def run_end(text: str, line: int, start: int, end: int) -> int:
    """Where the candidate run ``text[start:end]`` really ends.

    The scan takes punctuation, closing quotes and brackets, and the spaces between them;
    the run ends at its last non-space character, unless that is a quote opening the next
    sentence: glued to a letter (``fin."Le``), or a spaced straight quote (``fin. " Le``)
    with an even number of straight quotes before it on its *line* (only the last
    :data:`_QUOTE_WINDOW` characters are counted).
    """
    end = start + len(text[start:end].rstrip())
    quote = end - 1
    if text[quote] in _STRAIGHT and end < len(text) and text[end].isalnum():
        return start + len(text[start:quote].rstrip())  # 'fin."Le': the quote opens
    if text[quote] != '"' or not text[quote - 1].isspace():
        return end  # 'fin."' closes
    if text.count('"', max(line, start - _QUOTE_WINDOW), quote) % 2:
        return end
    if text[end : end + 3].lstrip().startswith('"'):
        return end  # 'fin. " "Début': the first quote closes, the second opens
    return start + len(text[start:quote].rstrip())


def _glued(text: str, start: int, nxt: int, closed: bool) -> bool:
    """A boundary with no space after it, as scraped text often has: "vérité.Depuis"."""
    if text[nxt] in _DIALOGUE or text[nxt] == '"':
        nxt += 1  # 'fin."Le début', 'fin.«Le début'
    after = text[nxt : nxt + 2]
    if len(after) < 2 or not (after[0].isupper() and after[1].islower()):
        return False
    if closed:
        return True  # 'Fin.»Le'
    word = _word_before(text, start)
    if text[start] in "!?":
        return word.isalpha()  # "Quoi?Non", but not "index.php?Id=3"
    return len(word) >= 2 and word.isalpha() and word.islower()


def _opens_sentence(text: str, nxt: int) -> bool:
    """After an opening quote, bracket or dash: does a capital or a figure follow?"""
    for char in text[nxt : nxt + 4]:
        if char.isalnum():
            return not char.islower()
        if char in BREAKS:
            break
    return True


def _word_before(text: str, end: int) -> str:
    """The word that ends at *end*, without leading openers or elided article."""
    # the last plain space is almost always where the word starts; other whitespace
    # (no-break spaces, tabs, line breaks) is not printable and sends us to split()
    low = max(0, end - _WINDOW)
    space = text.rfind(" ", low, end)
    word = text[space + 1 if space >= 0 else low : end]
    if not word.isprintable():
        word = "" if word[-1].isspace() else word.split()[-1]
    if not word:
        return ""
    for mark in _ELISION:
        if mark in word:
            word = word.rsplit(mark, 1)[1]
    return word.lstrip(_OPENERS)


def _next_is_starter(text: str, nxt: int, tables: Tables) -> bool:
    """Whether a typical sentence opener ("Le", "Il", "Mais", an opening quote) follows."""
    if text[nxt] in _DIALOGUE:
        return True
    m = _NEXT_WORD.match(text, nxt)
    return m is not None and m.group(1).replace("’", "'") in tables.starters


def _at_sentence_start(text: str, word_start: int, sentence: int) -> bool:
    """Whether only spaces, bullets or dashes precede *word_start* in its sentence."""
    if word_start - sentence > 12:
        return False
    return not text[sentence:word_start].strip(' \t\u00a0\u202f-–—•*·(«"')


def _dot_ends_sentence(
    text: str, start: int, nxt: int, sentence: int, closed: bool, tables: Tables
) -> bool:
    """A single dot followed by a capital, a figure or an opener: look at the word before."""
    word = _word_before(text, start)
    if not word:
        return True  # a detached dot: "fin . Le"
    if word[-1] in '»”")]}›':
        return True  # "(AFP). Le", "« sans limites ». La"
    initial = _at_sentence_start(text, start - len(word), sentence)
    if word in tables.never_final or (initial and word[0].lower() + word[1:] in tables.never_final):
        return closed and _next_is_starter(text, nxt, tables)
    if word in tables.ambiguous:
        return _next_is_starter(text, nxt, tables)
    if len(word) == 1 and word.isalpha():
        if initial:
            return False  # "A. Les faits", "J. Dupont" at the start of a sentence
        if word.islower():  # a unit or a letter: "à 9 h. Le train", "point b. Il"
            return _next_is_starter(text, nxt, tables)
        return _initial_may_end(text, start, nxt, tables)
    if "." in word and _ACRONYM.fullmatch(word):
        # "aux U.S.A. Il" ends a sentence, "J.-C. Decaux" and "H.R.F. Keating" do not
        return _next_is_starter(text, nxt, tables)
    if not initial:
        return True
    # at the start of a sentence, a small number or a Roman numeral is an enumeration:
    # "1. Le premier point", "II. Méthode"
    return not ((word.isdigit() and len(word) <= 3) or _ROMAN.fullmatch(word))


def _lower_case_start(text: str, start: int, tables: Tables) -> bool:
    """A dot after a plain word, then a lower-case word: a sentence ends.

    Informal text (reviews, comments) often starts sentences in lower case; a dot after a
    word of two letters or more that is no known abbreviation is a boundary there too.
    """
    word = _word_before(text, start)
    if len(word) < 2 or not word.replace("-", "").isalpha():
        return False
    for key in (word, word[0].lower() + word[1:]):
        if key in tables.never_final or key in tables.ambiguous:
            return False
    return True


def _initial_may_end(text: str, start: int, nxt: int, tables: Tables) -> bool:
    """A lone letter and a dot: an initial ("J. K. Rowling") unless it closes a phrase.

    Only a sentence opener after it ("Elle") with a lower-case word before it ("la
    vitamine C.") or a Roman numeral ("Dagobert I.") make it the end of a sentence.
    """
    if not _next_is_starter(text, nxt, tables):
        return False
    if text[start - 1] in "IVX":  # a Roman numeral: "Dagobert I.", "Mac OS X."
        return True
    before = text[max(0, start - 1 - _WINDOW) : start - 1].split()
    return bool(before) and before[-1][0].islower()
