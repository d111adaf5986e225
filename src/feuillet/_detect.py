"""Cheap checks of what a text is: markup given as text, text that is not French.

Both look at a bounded prefix of the text, so they cost the same on a 10 MB input as on a
100 KB one. They only inform (a warning, a notice in the command line's summary): feuillet
never refuses a text.

>>> looks_like_markup("<html>\\n<body>\\n<p>Bonjour.</p>\\n</body>\\n</html>")
True
>>> round(french_score("Le chat est sur la table et il dort."), 2)
0.67
"""

from __future__ import annotations

import re
import warnings
from functools import cache

from ._data import read_data
from .errors import MarkupWarning, NotFrenchWarning

__all__ = [
    "MARKUP",
    "NOT_FRENCH",
    "NO_BODY",
    "french_evidence",
    "french_score",
    "is_not_french",
    "looks_like_markup",
    "looks_not_french",
    "warn_about",
]

# Flags reported per text (and counted by the command line).
MARKUP = "markup"
NOT_FRENCH = "not_french"
NO_BODY = "no_body"  # every line was boilerplate (a cookie wall, a login page)

#: Characters looked at: about 600 words, enough for a verdict, and a bound on the cost.
PREFIX = 4_000
#: Fewer words than this say nothing about the language.
MIN_WORDS = 20
#: Below this share of French function words, a text of MIN_WORDS words is not French.
#: French news prose scores 0.35-0.5 and a page of menus 0.17; English 0.02-0.08 (its "a",
#: "on" and the "s" of "it's" are French function words too).
NOT_FRENCH_BELOW = 0.10

_WORD = re.compile(r"[^\W\d_]+")  # runs of letters
# A tag: <name ...>, </name>, <!-- ... -->, <!DOCTYPE ...>; attributes bounded, no nesting.
_TAG = re.compile(
    r"<(?:/?[A-Za-z][A-Za-z0-9:-]{0,30}(?:\s[^<>]{0,500})?/?|!--[^<>]{0,500}--|![A-Za-z][^<>]{0,200})>"
)


@cache
def _function_words() -> frozenset[str]:
    # The data file writes elisions with their apostrophe ("l'"); words are matched without.
    return frozenset(word.rstrip("'") for word in read_data("stopwords-fr.txt"))


# The data file is written without accents ("ca", "deja"); only a few letters matter.
_ACCENTS = str.maketrans("àâäçéèêëîïôöùûüÿ", "aaaceeeeiioouuuy")


def french_evidence(text: str) -> tuple[float, int]:
    """The French score of *text* and the number of words it was read from."""
    # This runs on every article: only the few words with an accent are folded (folding
    # the whole prefix with a mapping table cost more than the rest of the check).
    words = _WORD.findall(text[:PREFIX].lower())
    if not words:
        return 0.0, 0
    known = _function_words()
    hits = 0
    for word in words:
        if word in known or (not word.isascii() and word.translate(_ACCENTS) in known):
            hits += 1
    return hits / len(words), len(words)


def french_score(text: str) -> float:
    """The share of French function words among the words of *text* (0.0 to 1.0).

    Read from the first ``PREFIX`` characters; an empty text scores 0.0. Running French
    prose scores about 0.4, English about 0.05.

    >>> french_score("Breaking: storm hits the coast, thousands without power.")
    0.0
    """
    return french_evidence(text)[0]


def looks_not_french(text: str) -> bool:
    """Whether *text* is clearly not French: enough words, and few French function words.

    >>> looks_not_french("Yes.")  # too short to tell
    False
    """
    return is_not_french(*french_evidence(text))


def is_not_french(score: float, words: int) -> bool:
    """The verdict of :func:`looks_not_french` from a score and its number of words."""
    return words >= MIN_WORDS and score < NOT_FRENCH_BELOW


def looks_like_markup(text: str) -> bool:
    """Whether *text* looks like HTML or XML rather than text extracted from it.

    Lines made mostly of tags are counted: markup when they are at least a fifth of the
    non-blank lines (and at least two), or, for a page on one line, when tags make up a
    third of the characters.

    >>> looks_like_markup("Le prix est <b>bas</b> : 3 < 4.")
    False
    """
    head = text[:PREFIX]
    tag_lines = lines = 0
    tag_chars = chars = 0
    for line in head.split("\n"):
        size = len(line.strip())
        if not size:
            continue
        lines += 1
        in_tags = sum(len(m) for m in _TAG.findall(line))
        chars += size
        tag_chars += in_tags
        if 2 * in_tags >= size:
            tag_lines += 1
    if tag_lines >= 2 and 5 * tag_lines >= lines:
        return True
    return chars > 0 and 3 * tag_chars >= chars and tag_chars >= 20


def warn_about(flags: tuple[str, ...], stacklevel: int = 3) -> None:
    """Turn *flags* into :class:`~feuillet.FeuilletWarning` warnings for Python callers."""
    if MARKUP in flags:
        warnings.warn(
            "the text looks like HTML: feuillet cleans text, not markup; use "
            "feuillet.clean_html() or `feuillet clean --html`, which extract the article with "
            "trafilatura first (pip install 'feuillet[html]')",
            MarkupWarning,
            stacklevel=stacklevel,
        )
    if NOT_FRENCH in flags:
        warnings.warn(
            "the text does not look French (few French function words, see "
            "Article.french_score): French typography and rules may not fit it",
            NotFrenchWarning,
            stacklevel=stacklevel,
        )
