"""The rules of the typography policy, one small function each.

Every function maps a whole text to a whole text and never touches ``\\n``, so the line
structure is kept. Each works on the text after protected spans (T23) were replaced by a
placeholder character. ``normalize`` and ``normalize_and_explain`` run the same functions
in the same order; only the bookkeeping differs. Patterns are compiled once, at import,
and every one of them is linear (possessive quantifiers, no nested repetition).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import regex

from .._data import read_data
from .quotes import pair_curly, pair_straight

NB = "\u00a0"  # espace-mot insécable
NN = "\u202f"  # espace fine insécable
_WS = " \u00a0\u202f"  # the only horizontal spaces left after T3
_W = "[ \u00a0\u202f]"

Rule = Callable[[str], str]

# --- T1 / T2 / T3 / T4 / T5: invisible characters and spaces -----------------------------

_LINE_BREAK = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile("[\t\u2000-\u200a\u205f\u3000]")
_SPACE_RUN = re.compile(_W + "{2,}+")
_PLAIN_RUN = re.compile(" {2,}+")


def line_breaks(text: str) -> str:
    """T1 when ftfy is not used: every line break becomes ``\\n``."""
    if not any(char in text for char in "\r\u2028\u2029\x85"):
        return text
    return _LINE_BREAK.sub("\n", text)


def remove_invisible(text: str) -> str:
    """T2: drop zero-width space, word joiner, BOM and soft hyphen (ZWJ/ZWNJ are kept)."""
    return _INVISIBLE.sub("", text)


def odd_spaces(text: str) -> str:
    """T3: tab, U+2000–U+200A, U+205F, U+3000 become an ordinary space."""
    return _ODD_SPACE.sub(" ", text)


def collapse_spaces(text: str) -> str:
    """T4: a run of two or more spaces (of any kind) becomes one ordinary space."""
    if "\u00a0" not in text and "\u202f" not in text:
        return _PLAIN_RUN.sub(" ", text) if "  " in text else text
    return _SPACE_RUN.sub(" ", text)


def strip_lines(text: str) -> str:
    """T5 / P2: no space at the start or end of a line."""
    return "\n".join(line.strip(_WS) for line in text.split("\n"))


# --- T6 / T7: space before ; ! ? and : ---------------------------------------------------

# A run is a maximal sequence of ; : ! ? (so `?!` or `:?` get one space, before the
# first mark); its first mark decides the rule: `:` is T7, the others T6.
_T6_RUN = re.compile(r"[;!?](?<![;:!?].)[;:!?]*+")
_T7_RUN = re.compile(r":(?<![;:!?].)[;:!?]*+")
_T6_FOLLOWERS = frozenset(_WS + '\n»”")]}.,…')
_T7_FOLLOWERS = frozenset(_WS + "\n")
# T24 emoticons, checked on what follows the last mark of a run.
_COLON_SMILEY = re.compile(r"-?[)(DPp](?:[ \u00a0\u202f\n.,!?»]|\Z)")
_SEMICOLON_SMILEY = re.compile(r"-?[)(]")
_DIGITS = "0123456789"

# (start, end, replacement) of the text to rewrite around a match, or None to keep it.
Edit = tuple[int, int, str] | None


def _rewrite(text: str, pattern: re.Pattern[str], decide: Callable[[str, int, int], Edit]) -> str:
    """Apply the edits *decide* returns for the matches of *pattern*, left to right.

    The patterns start with the mark itself (fast to find); *decide* looks at the space
    before it, which a pattern starting with an optional space would test at every space.
    """
    out: list[str] = []
    pos = 0
    for match in pattern.finditer(text):
        edit = decide(text, match.start(), match.end())
        if edit is None:
            continue
        start, end, replacement = edit
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _is_emoticon(text: str, run: str, end: int) -> bool:
    if run[-1] == ":":
        return _COLON_SMILEY.match(text, end) is not None
    if run[-1] == ";":
        return _SEMICOLON_SMILEY.match(text, end) is not None
    return False


def _mark_space(text: str, start: int, end: int, space: str, followers: frozenset[str]) -> Edit:
    run = text[start:end]
    has_space = start > 0 and text[start - 1] in _WS
    first = start - 1 if has_space else start
    before = text[first - 1] if first else "\n"
    after = text[end] if end < len(text) else "\n"
    if before == "\n" or before == "«":
        return None  # start of line (T24); inside « the space is T8's
    if not has_space and before in "([":
        return None  # (?) (!) [?]
    if _is_emoticon(text, run, end):
        return None
    if run == ":" and not has_space and before in _DIGITS and after in _DIGITS:
        return None  # 14:30, 16:9
    if has_space or after in followers:
        return first, end, space + run
    return None


def space_before_marks(text: str) -> str:
    """T6: one narrow no-break space before ``;``, ``!``, ``?`` (or a run like ``?!``)."""
    return _rewrite(text, _T6_RUN, lambda t, s, e: _mark_space(t, s, e, NN, _T6_FOLLOWERS))


def space_before_colon(text: str) -> str:
    """T7: one no-break space before a ``:`` used as punctuation."""
    return _rewrite(text, _T7_RUN, lambda t, s, e: _mark_space(t, s, e, NB, _T7_FOLLOWERS))


# --- T8 / T9 / T10 / T13: quotation marks ------------------------------------------------

_AFTER_OPENING = re.compile(rf"«(?:{_W}|(?=[^ \u00a0\u202f\n]))")
_CLOSING = re.compile("»")
_ELISION = re.compile(rf"['’]{_W}?«")


def straight_quotes(text: str) -> str:
    """T9: straight quotes that pair up within a paragraph become ``« »`` or ``“ ”``."""
    return "\n".join(pair_straight(line) for line in text.split("\n"))


def curly_quotes(text: str) -> str:
    """T10: ``“…”`` not inside another quotation becomes ``«…»`` (T11: others are kept)."""
    return "\n".join(pair_curly(line) for line in text.split("\n"))


def guillemet_spaces(text: str) -> str:
    """T8: exactly one no-break space after ``«`` and before ``»``."""
    text = _AFTER_OPENING.sub("«" + NB, text)
    return _rewrite(text, _CLOSING, _space_before_closing)


def _space_before_closing(text: str, start: int, end: int) -> Edit:
    before = text[start - 1] if start else "\n"
    if before == "\n":
        return None  # never a space at the start of a line
    if before in _WS:
        return start - 1, end, NB + "»"
    return start, end, NB + "»"


def elision_before_guillemet(text: str) -> str:
    """T13: ``d’ « incomplète »`` → ``d’«incomplète »`` (T8 then adds the inner space)."""
    return _rewrite(text, _ELISION, _elision)


def _elision(text: str, start: int, end: int) -> Edit:
    return (start, end, "’«") if _is_letter(text, start - 1) else None


# --- T12 / P3: apostrophes ---------------------------------------------------------------

_APOSTROPHE = re.compile("['\u02bc\u00b4`]")
_CURLY_APOSTROPHE = re.compile("[\u2019\u2018\u201b\u02bc]")
_ACCENT_APOSTROPHE = re.compile("[\u00b4`]")
_LETTER = regex.compile(r"\p{L}")  # the letters of the `regex` module, as for code spans


def _is_letter(text: str, index: int) -> bool:
    return 0 <= index < len(text) and _LETTER.match(text, index) is not None


def _between_letters(replacement: str) -> Callable[[str, int, int], Edit]:
    def decide(text: str, start: int, end: int) -> Edit:
        if _is_letter(text, start - 1) and _is_letter(text, end):
            return start, end, replacement
        return None

    return decide


_TO_CURLY = _between_letters("’")
_TO_STRAIGHT = _between_letters("'")


def typographic_apostrophes(text: str) -> str:
    """T12: ``'``, ``ʼ``, ``´`` or a backtick between two letters becomes ``’``."""
    return _rewrite(text, _APOSTROPHE, _TO_CURLY)


def straight_apostrophes(text: str) -> str:
    """P3: ``’ ‘ ‛ ʼ`` anywhere, ``´`` and a backtick between letters, become ``'``."""
    text = _CURLY_APOSTROPHE.sub("'", text)
    if "\u00b4" not in text and "`" not in text:
        return text
    return _rewrite(text, _ACCENT_APOSTROPHE, _TO_STRAIGHT)


# --- T14 / T15 / T16: ellipsis and dashes ------------------------------------------------

_DOTS = re.compile(r"\.{3,}+")
# A hyphen between spaces, with text on both sides. `«` on the left and `; : ! ? »` on
# the right are not text here (for T16 too): T6–T8 may put a space next to them, which
# would otherwise make the rule fire only on a second run. The right space is left for
# the next hyphen when another hyphen follows it (`a - - b`).
_SPACED_HYPHEN = re.compile(
    rf"{_W}-(?<=[^ \u00a0\u202f\n«]..)(?={_W}[^ \u00a0\u202f\n;:!?»])(?P<right>{_W}(?!-))?"
)
_LEADING_HYPHEN = re.compile(rf"(?m)^-{_W}(?=[^ \u00a0\u202f\n;:!?»])")


def ellipsis(text: str) -> str:
    """T14: three or more periods become ``…``."""
    return _DOTS.sub("…", text)


def spaced_hyphens(text: str) -> str:
    """T15: ``mot - mot`` → ``mot – mot`` (en dash, ordinary spaces)."""
    return _SPACED_HYPHEN.sub(lambda m: " –" + (" " if m.group("right") else ""), text)


def leading_hyphens(text: str) -> str:
    """T16: ``- texte`` at the start of a line → ``– texte``."""
    if not text.startswith("-") and "\n-" not in text:
        return text
    return _LEADING_HYPHEN.sub("– ", text)


# --- T18 / T19 / T20 / T21: numbers ------------------------------------------------------

# Patterns start with a digit (found fast); the look-behinds placed after that first digit
# check what precedes the number.
_PERCENT_CURRENCY = re.compile(rf"([0-9]){_W}?(?=[%‰€$£])")
_HOUR = re.compile(rf"([0-9](?<![0-9][0-9])[0-9]?){_W}h{_W}([0-9]{{2}})(?![0-9])")
_GROUPED = re.compile(
    rf"[0-9](?<![0-9.,][0-9])(?<![0-9]{_W}[0-9])[0-9]{{0,2}}+"
    rf"(?:{_W}[0-9]{{3}})++(?![0-9])(?!{_W}[0-9])"
)
_GROUP_SEPARATOR = re.compile(_W)


@cache
def _unit_pattern() -> re.Pattern[str]:
    units = sorted(read_data("typography-units.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(unit) for unit in units)
    follower = r"(?:[ \u00a0\u202f\n.,;:!?…)\]»”\"/]|\Z)"
    return re.compile(rf"([0-9]){_W}(?=(?:{alternatives}){follower})")


def percent_currency(text: str) -> str:
    """T18: one no-break space between a number and ``% ‰ € $ £`` (inserted if missing)."""
    return _PERCENT_CURRENCY.sub(rf"\1{NB}", text)


def unit_spaces(text: str) -> str:
    """T19: an existing space between a number and a unit symbol becomes a no-break space."""
    return _unit_pattern().sub(rf"\1{NB}", text)


def hours(text: str) -> str:
    """T20: ``18 h 30`` → ``18⍽h⍽30`` with no-break spaces."""
    return _HOUR.sub(rf"\1{NB}h{NB}\2", text)


def digit_groups(text: str) -> str:
    """T21: the spaces of an existing grouping by three (``12 500``) become narrow no-break."""
    return _GROUPED.sub(lambda m: _GROUP_SEPARATOR.sub(NN, m.group()), text)


# --- P1 / §5 -----------------------------------------------------------------------------

_ANY_SPACE = re.compile("[\t\u00a0\u202f\u2000-\u200a\u205f\u3000]")
_ASCII_GUILLEMETS = re.compile("« ?| ?»")


def plain_spaces(text: str) -> str:
    """P1: every horizontal space (tab, no-break, narrow, thin…) becomes an ordinary space."""
    return _ANY_SPACE.sub(" ", text)


def plain_collapse(text: str) -> str:
    """P2: runs of spaces become one; no space at the start or end of a line."""
    return strip_lines(_PLAIN_RUN.sub(" ", text))


def ascii_guillemets(text: str) -> str:
    """§5: ``« Non »`` and ``«Non»`` become ``"Non"`` (unidecode would give ``<<``)."""
    return _ASCII_GUILLEMETS.sub('"', text)
