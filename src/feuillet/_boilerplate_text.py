"""Line folding and shape signals used by :mod:`feuillet.boilerplate`.

Rules are written against a *folded* line (lower case, accents removed, one kind of
apostrophe, quote, dash and space), so that one pattern matches raw scraper output and
text already normalized by :func:`feuillet.normalize`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ._data import read_data

__all__ = ["BULLETS", "LineShape", "ccnet_key", "fold", "shape", "stopwords"]

# Leading list marks that rules look past ("- ", "> ", "• ").
BULLETS = "-•*·▪►▶→>»|+ "


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
    text = _NOT_WORD.sub(" ", fold(line))
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
    """
    stripped = line.strip()
    # Words are tokens holding a letter or digit: a lone "-" or "|" is not a word.
    tokens = [token for token in (folded or fold(stripped)).split() if _ALNUM.search(token)]
    words = len(tokens)
    stop = stopwords()
    hits = 0
    capitals = sum(1 for token in stripped.split(None, 200)[:200] if token[:1].isupper())
    for token in tokens:
        if "'" in token:
            cut = token.find("'")
            if token[: cut + 1] in stop:
                hits += 1
                continue
        if token.strip(_STRIP) in stop:
            hits += 1
    # Counting letters of a 1 MB line is linear; the share only matters for short lines.
    sample = stripped if len(stripped) <= 2000 else stripped[:2000]
    letters = sum(map(str.isalpha, sample))
    upper = sum(map(str.isupper, sample))
    return LineShape(
        words=words,
        terminal=_ends_sentence(stripped),
        stop_share=hits / words if words else 0.0,
        letters=letters,
        upper_share=upper / letters if letters else 0.0,
        cap_share=min(1.0, capitals / words) if words else 0.0,
    )
