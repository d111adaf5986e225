"""Line folding, shape signals and rule prefilters used by :mod:`feuillet.boilerplate`.

Rules are written against a *folded* line (lower case, accents removed, one kind of
apostrophe, quote, dash and space), so that one pattern matches raw scraper output and
text already normalized by :func:`feuillet.normalize`.
"""

from __future__ import annotations

import importlib
import operator
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ._data import read_data

__all__ = [
    "BULLETS",
    "LineShape",
    "ccnet_key",
    "ccnet_key_of_folded",
    "fold",
    "quick_to_fail",
    "required_literals",
    "shape",
    "stopwords",
]

# Leading list marks that rules look past ("- ", "> ", "• ").
BULLETS = "-•*·▪►▶→>»|+ "


# Characters folding leaves as they are but news text is full of: Latin, Greek, Cyrillic,
# Hebrew, Arabic; punctuation, currency, arrows, symbols and dingbats.
_IDENTITY = (range(0x800), range(0x2000, 0x27C0))


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin letters with diacritics: keep the base letter.
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if base != char and base.isascii() and base:
            table[code] = base
    extra = {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "…": "...",
        "\ufeff": "",
        "\u200b": "",
        "\u00ad": "",
    }
    for char, repl in extra.items():
        table[ord(char)] = repl
    for char in "’‘ʼ`´′‛":
        table[ord(char)] = "'"
    for char in "«»“”„‟″":
        table[ord(char)] = '"'
    for char in "‐‑‒–—―−":
        table[ord(char)] = "-"
    for char in "\u00a0\u202f\u2009\u2007\u2008\u200a\u2002\u2003\t":
        table[ord(char)] = " "
    # str.translate raises and clears a KeyError for every character missing from the
    # table, which made folding three times slower: the common scripts map to themselves.
    for block in _IDENTITY:
        for code in block:
            table.setdefault(code, chr(code))
    return table


_FOLD_TABLE = _build_fold_table()


def fold(line: str) -> str:
    """Fold *line* for rule matching: lower case, no accents, plain punctuation, single spaces.

    >>> fold("  À LIRE AUSSI\u00a0: l’été «\u202fchaud\u202f» — Œuvre  ")
    'a lire aussi : l\\'ete " chaud " - oeuvre'
    """
    return " ".join(line.translate(_FOLD_TABLE).lower().split())


_NOT_WORD = re.compile(r"[^\w ]+")
_ALNUM = re.compile(r"[^\W_]")
_DIGITS = re.compile(r"\d")


def ccnet_key(line: str) -> str:
    """Normalize *line* the way CCNet does for deduplication: case, digits, punctuation, accents.

    >>> ccnet_key("© Le Quotidien 2026 – Tous droits réservés !")
    'le quotidien 0000 tous droits reserves'
    """
    return ccnet_key_of_folded(fold(line))


def ccnet_key_of_folded(folded: str) -> str:
    """:func:`ccnet_key` of a line already folded with :func:`fold`."""
    text = _NOT_WORD.sub(" ", folded)
    return " ".join(_DIGITS.sub("0", text).replace("_", " ").split())


@cache
def stopwords() -> frozenset[str]:
    """The French function words of ``data/stopwords-fr.txt``, folded."""
    return frozenset(fold(word) for word in read_data("stopwords-fr.txt"))


_TERMINAL = frozenset(".!?…")
_CLOSERS = frozenset("»\"”’')]*")
_STRIP = "\"'.,;:!?()[]«»“”…-–—*/|>•"


@dataclass(frozen=True, slots=True)
class LineShape:
    """Cheap shape signals of one line."""

    words: int
    terminal: bool
    stop_share: float
    letters: int
    upper_share: float
    cap_share: float

    @property
    def prose(self) -> bool:
        """Running prose: several words, final punctuation, normal share of function words."""
        return self.words >= 8 and self.terminal and self.stop_share >= 0.2

    @property
    def solid(self) -> bool:
        """A full body paragraph: long prose."""
        return self.words >= 14 and self.terminal and self.stop_share >= 0.22


def _ends_sentence(stripped: str) -> bool:
    end = len(stripped)
    # Look through closing quotes, brackets and spaces: « … fin. » ends a sentence.
    while end > 0 and (stripped[end - 1] in _CLOSERS or stripped[end - 1] in " \u00a0\u202f"):
        end -= 1
    return end > 0 and stripped[end - 1] in _TERMINAL


def shape(line: str, folded: str) -> LineShape:
    """Shape signals of *line* (raw) given its folded form.

    >>> s = shape("Le ministre a annoncé une réforme de la retraite hier.", "")
    >>> s.words, s.terminal, s.prose
    (10, True, True)
    >>> s = shape("À LIRE AUSSI : l’été", "")
    >>> s.words, s.letters, round(s.upper_share * s.letters), s.cap_share
    (4, 14, 10, 0.75)
    """
    stripped = line.strip()
    words, hits = _count_words((folded or fold(stripped)).split())
    capitals = sum(map(str.isupper, map(_FIRST_CHAR, stripped.split(None, 200)[:200])))
    # Counting letters of a 1 MB line is linear; the share only matters for short lines.
    sample = stripped if len(stripped) <= 2000 else stripped[:2000]
    letters, upper = _count_letters(sample)
    return LineShape(
        words=words,
        terminal=_ends_sentence(stripped),
        stop_share=hits / words if words else 0.0,
        letters=letters,
        upper_share=upper / letters if letters else 0.0,
        cap_share=min(1.0, capitals / words) if words else 0.0,
    )


_FIRST_CHAR = operator.itemgetter(slice(0, 1))
_NOT_A_WORD, _WORD, _STOP_WORD = 0, 1, 2
# Kinds of the tokens seen so far: words recur from line to line. Shared by threads, with
# single lookups; a token's kind never changes, so a lost or repeated store is harmless.
_TOKEN_KINDS: dict[str, int] = {}
_MAX_TOKEN_KINDS = 100_000
_MAX_KNOWN_TOKEN = 40


def _count_words(tokens: list[str]) -> tuple[int, int]:
    """Words (tokens holding a letter or digit) and function words among *tokens*."""
    kinds = list(map(_TOKEN_KINDS.get, tokens))
    if None in kinds:
        for i, kind in enumerate(kinds):
            if kind is None:
                kinds[i] = _token_kind(tokens[i])
    return len(kinds) - kinds.count(_NOT_A_WORD), kinds.count(_STOP_WORD)


def _token_kind(token: str) -> int:
    # A lone "-" or "|" is not a word; "l'" in "l'ete" is a function word.
    if not _ALNUM.search(token):
        kind = _NOT_A_WORD
    else:
        stop = stopwords()
        cut = token.find("'")
        elided = cut >= 0 and token[: cut + 1] in stop
        kind = _STOP_WORD if elided or token.strip(_STRIP) in stop else _WORD
    if len(token) <= _MAX_KNOWN_TOKEN:
        if len(_TOKEN_KINDS) >= _MAX_TOKEN_KINDS:
            _TOKEN_KINDS.clear()
        _TOKEN_KINDS[token] = kind
    return kind


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))


def _count_letters(text: str) -> tuple[int, int]:
    """Letters and upper-case letters of *text* (``str.isalpha``, ``str.isupper``)."""
    # ASCII letters are counted on bytes, the few other characters one by one.
    others = _NON_ASCII.findall(text)
    plain = text.encode("ascii", "ignore")
    letters = len(plain) - len(plain.translate(None, _ASCII_LETTERS))
    upper = len(plain) - len(plain.translate(None, _ASCII_UPPER))
    if others:
        letters += sum(map(str.isalpha, others))
        upper += sum(map(str.isupper, others))
    return letters, upper


# --------------------------------------------------------------------------- prefilters

# The parser of the ``re`` module, to read a pattern's structure; without it (another
# Python implementation) rules simply run without prefilters.
_REPEATS: tuple[Any, ...]
try:
    _PARSER: Any = importlib.import_module("re._parser")
    _REPEATS = (_PARSER.MAX_REPEAT, _PARSER.MIN_REPEAT, _PARSER.POSSESSIVE_REPEAT)
except ImportError:  # pragma: no cover
    _PARSER = None
    _REPEATS = ()

# Beyond this many alternatives a prefilter costs about as much as the search it saves.
_MAX_LITERALS = 24
# A repeat this long at the start of a pattern makes its search scan the line.
_LONG_REPEAT = 10
# Strings of this length are rare enough in a line; beyond it, fewer strings are better.
_RARE_ENOUGH = 4


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of *pattern* contains, or None if none is known.

    A line holding none of them cannot match, so the search can be skipped: most lines
    of a text are body prose that no rule matches, and a substring test is much cheaper
    than an unanchored search. The strings are read from the parsed pattern (literal
    characters in sequence, alternatives, repeats of at least one); anything not
    understood contributes nothing, which only weakens the prefilter.

    >>> required_literals(re.compile(r"\\b(?:faites|je fais) un don\\b"))
    (' un don',)
    >>> required_literals(re.compile(r"(?:avec|selon) l'afp|photo\\s*:"))
    ('photo', " l'afp")
    >>> required_literals(re.compile(r"(?i)publicite")) is None
    True
    """
    tree = _parse(pattern)
    if tree is None or tree.state.flags & re.IGNORECASE:
        return None
    found = _needed(tree)
    if not found or len(found) > _MAX_LITERALS:
        return None
    return tuple(found)


def quick_to_fail(pattern: re.Pattern[str]) -> bool:
    """Whether *pattern* starts with ``^`` and no long repeat: it fails at once on most lines.

    Such a search is cheaper than any prefilter; ``^[^.]{0,150}newsletter`` is not.

    >>> quick_to_fail(re.compile(r"^(?:lire|voir) aussi")), quick_to_fail(re.compile(r"^a|b"))
    (True, False)
    >>> quick_to_fail(re.compile(r"^[^.!?]{0,150}\\bnewsletters?"))
    False
    """
    tree = _parse(pattern)
    items = [] if tree is None else tree.data
    if not items or items[0] != (_PARSER.AT, _PARSER.AT_BEGINNING):
        return False
    if len(items) > 1 and items[1][0] in _REPEATS:
        _low, high, _sub = items[1][1]
        return bool(high < _LONG_REPEAT)
    return True


def _parse(pattern: re.Pattern[str]) -> Any:
    """The parse tree of *pattern*, or None if this Python's parser is not the one we know."""
    if _PARSER is None:  # pragma: no cover
        return None
    try:
        return _PARSER.parse(pattern.pattern, pattern.flags)
    except (re.error, AttributeError, TypeError, ValueError):  # pragma: no cover
        return None


def _needed(items: Sequence[tuple[Any, Any]]) -> list[str] | None:
    """For a sequence of parsed items: strings one of which any match contains, or None."""
    best: list[str] | None = None

    def consider(candidate: list[str] | None) -> None:
        nonlocal best
        if not candidate or "" in candidate:
            return
        candidate = _simplify(candidate)
        if best is None or _better(candidate, best):
            best = candidate

    # Items matching one of a few known strings ("a", "(?:dr|d\.r\.)", "s?") are joined
    # with their neighbours: each run of them is a set of strings found side by side.
    exact = [_exact(op, arg) for op, arg in items]
    for start in range(len(items)):
        joined = [""]
        for words in exact[start:]:
            if words is None:
                break
            joined = [left + right for left in joined for right in words]
            if len(joined) > _MAX_LITERALS:
                break
            consider(joined)
    for (op, arg), words in zip(items, exact, strict=True):
        if words is None:
            consider(_inner(op, arg))
    return best


def _inner(op: Any, arg: Any) -> list[str] | None:
    """Strings one of which any match of the (not exact) item contains, or None."""
    if op == _PARSER.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        return None if add_flags & re.IGNORECASE else _needed(sub)
    if op == _PARSER.ATOMIC_GROUP:
        return _needed(arg)
    if op in _REPEATS:
        low, _high, sub = arg
        return _needed(sub) if low >= 1 else None
    if op == _PARSER.BRANCH:
        union: list[str] = []
        for branch in arg[1]:
            part = _needed(branch)
            if not part:
                return None
            union.extend(part)
        return union
    # Any other item (classes, lookarounds, references) matches text we cannot name.
    return None


def _exact(op: Any, arg: Any) -> list[str] | None:
    """The few strings the item can match, or None if they are many or unknown."""
    if op == _PARSER.LITERAL:
        return [chr(arg)]
    if op == _PARSER.AT:
        # Anchors match no character: the letters around them are adjacent.
        return [""]
    if op == _PARSER.IN:
        if all(kind == _PARSER.LITERAL for kind, _value in arg) and len(arg) <= _MAX_LITERALS:
            return [chr(value) for _kind, value in arg]
        return None
    if op == _PARSER.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        return None if add_flags & re.IGNORECASE else _exact_sequence(sub)
    if op in _REPEATS:
        low, high, sub = arg
        words = _exact_sequence(sub)
        if words is None or high > 1:
            return None
        return ["", *words] if low == 0 else words
    if op == _PARSER.BRANCH:
        union: list[str] = []
        for branch in arg[1]:
            part = _exact_sequence(branch)
            if part is None:
                return None
            union.extend(part)
        return union if len(union) <= _MAX_LITERALS else None
    return None


def _exact_sequence(items: Sequence[tuple[Any, Any]]) -> list[str] | None:
    joined = [""]
    for op, arg in items:
        words = _exact(op, arg)
        if words is None:
            return None
        joined = [left + right for left in joined for right in words]
        if len(joined) > _MAX_LITERALS:
            return None
    return joined


def _better(candidate: list[str], best: list[str]) -> bool:
    """Longer strings are rarer in a line, up to a point; fewer are quicker to test."""
    return _score(candidate) > _score(best)


def _score(strings: list[str]) -> tuple[bool, int, int, int]:
    shortest = min(map(len, strings))
    return len(strings) <= _MAX_LITERALS, min(_RARE_ENOUGH, shortest), -len(strings), shortest


def _simplify(strings: list[str]) -> list[str]:
    """Without duplicates nor strings holding another member (the shorter one is present)."""
    ordered = sorted(set(strings), key=lambda text: (len(text), text))
    return [text for i, text in enumerate(ordered) if not any(t in text for t in ordered[:i])]
