"""Line folding and shape signals: how a line looks to the boilerplate rules.

Rules are written against a *folded* line (lower case, accents removed, one kind of
apostrophe, quote, dash and space), so that one pattern matches raw scraper output and
text already normalized by :func:`feuillet.normalize`. The shape of a line (words, final
punctuation, share of function words, capitals) tells prose from titles, menus and tags.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from functools import cache

from .._data import read_data

__all__ = [
    "BULLETS",
    "LineShape",
    "ccnet_key",
    "ccnet_key_of_folded",
    "count_words",
    "fold",
    "fold_table",
    "shape",
    "stopwords",
]

# Leading list marks that rules look past ("- ", "> ", "• ").
BULLETS = "-•*·▪►▶→>»|+ "


# Characters folding leaves as they are but news text is full of: Latin, Greek, Cyrillic,
# Hebrew, Arabic; punctuation, currency, arrows, symbols and dingbats.
_IDENTITY = (range(0x800), range(0x2000, 0x27C0))


def fold_table(*, one_to_one: bool = False) -> dict[int, str]:
    """The table of :func:`fold` for ``str.translate`` (before lower case and spaces).

    Letters lose their accents; apostrophes, quotes, dashes and spaces become one kind
    each. With *one_to_one*, every character maps to exactly one character (``œ`` and ``…``
    stay, invisible characters too), so that offsets in the folded text are those of the
    original: the metadata parser needs that.
    """
    table: dict[int, str] = {}
    # Latin letters with diacritics: keep the base letter.
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if base != char and base.isascii() and base and (len(base) == 1 or not one_to_one):
            table[code] = base
    if not one_to_one:
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


_FOLD_TABLE = fold_table()


def fold(line: str) -> str:
    """Fold *line* for rule matching: lower case, no accents, plain punctuation, single spaces.

    Composed and decomposed accents fold alike (the result is that of the NFC form).

    >>> fold("Publicite\u0301") == fold("Publicité") == "publicite"
    True
    >>> fold("  À LIRE AUSSI\u00a0: l’été «\u202fchaud\u202f» — Œuvre  ")
    'a lire aussi : l\\'ete " chaud " - oeuvre'
    """
    folded = line.translate(_FOLD_TABLE)
    # Decomposed input (NFD: "e" + U+0301, from macOS or some CMS exports) must fold like
    # composed input, or "Publicité" would not be recognised. Folding leaves most French
    # lines pure ASCII, and only a line that is not can hold a combining mark, so the
    # normalization check is skipped for most lines (str.isascii costs nothing).
    if not folded.isascii() and not unicodedata.is_normalized("NFC", line):
        folded = unicodedata.normalize("NFC", line).translate(_FOLD_TABLE)
    return " ".join(folded.lower().split())


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
    if folded.isascii():  # most folded lines: one table does the three replacements
        return " ".join(folded.translate(_ASCII_KEY_TABLE).split())
    text = _NOT_WORD.sub(" ", folded)
    return " ".join(_DIGITS.sub("0", text).replace("_", " ").split())


def _ascii_key_table() -> dict[int, str]:
    # What ccnet_key_of_folded does to each ASCII character: digits become 0, characters
    # other than letters and spaces a space (as the underscore).
    table = {}
    for code in range(128):
        char = chr(code)
        if _DIGITS.match(char):
            table[code] = "0"
        elif char == "_" or _NOT_WORD.match(char):
            table[code] = " "
    return table


_ASCII_KEY_TABLE = _ascii_key_table()


@cache
def stopwords() -> frozenset[str]:
    """The French function words of ``data/stopwords-fr.txt``, folded."""
    return frozenset(fold(word) for word in read_data("stopwords-fr.txt"))


_TERMINAL = frozenset(".!?…")
_CLOSERS = frozenset("»\"”’')]*")
_STRIP = "\"'.,;:!?()[]«»“”…-–—*/|>•"


class LineShape:
    """Cheap shape signals of one line.

    Words, final punctuation and function words are read for every line; letters and
    capitals only for the few short lines that may be titles, symbols or menus, so they
    are counted on first use.
    """

    __slots__ = ("_cap_share", "_letters", "_stripped", "_upper", "stop_share", "terminal", "words")

    def __init__(self, words: int, terminal: bool, stop_share: float, stripped: str) -> None:
        self.words = words
        self.terminal = terminal
        self.stop_share = stop_share
        self._stripped = stripped  # the line without surrounding spaces, for the counts
        self._letters = -1  # not counted yet
        self._upper = 0
        self._cap_share = -1.0

    def __repr__(self) -> str:
        return (
            f"LineShape(words={self.words}, terminal={self.terminal}, "
            f"stop_share={self.stop_share}, letters={self.letters}, "
            f"upper_share={self.upper_share}, cap_share={self.cap_share})"
        )

    def _count(self) -> None:
        # Counting letters of a 1 MB line is linear; the share only matters for short lines.
        stripped = self._stripped
        self._letters, self._upper = _count_letters(
            stripped if len(stripped) <= 2000 else stripped[:2000]
        )

    @property
    def letters(self) -> int:
        """Letters (``str.isalpha``) among the first 2,000 characters."""
        if self._letters < 0:
            self._count()
        return self._letters

    @property
    def upper_share(self) -> float:
        """The share of those letters in upper case."""
        letters = self.letters
        return self._upper / letters if letters else 0.0

    @property
    def cap_share(self) -> float:
        """The share of words (of the first 200) starting with a capital, at most 1."""
        if self._cap_share < 0:
            words = self.words
            heads = map(_FIRST_CHAR, self._stripped.split(None, 200)[:200])
            self._cap_share = min(1.0, sum(map(str.isupper, heads)) / words) if words else 0.0
        return self._cap_share

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
    words, hits = count_words((folded or fold(stripped)).split())
    return LineShape(words, _ends_sentence(stripped), hits / words if words else 0.0, stripped)


_FIRST_CHAR = operator.itemgetter(slice(0, 1))
_NOT_A_WORD, _WORD, _STOP_WORD = 0, 1, 2
# Kinds of the tokens seen so far: words recur from line to line. Shared by threads, with
# single lookups; a token's kind never changes, so a lost or repeated store is harmless.
_TOKEN_KINDS: dict[str, int] = {}
_MAX_TOKEN_KINDS = 100_000
_MAX_KNOWN_TOKEN = 40


def count_words(tokens: list[str]) -> tuple[int, int]:
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
