"""The rules of the typography policy, one small function each.

Every function maps a whole text to a whole text and never touches ``\\n``, so the line
structure is kept. Each works on the text after protected spans (T23) were replaced by a
placeholder character. ``normalize`` and ``normalize_and_explain`` run the same functions
in the same order; only the bookkeeping differs. Each pattern is compiled the first time
its rule runs (:func:`~feuillet._lazy.lazy_pattern`), and every one of them is linear
(possessive quantifiers, no nested repetition).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from .._data import read_data
from .._lazy import lazy_pattern
from .quotes import nest_guillemets, pair_alternating, pair_curly, pair_straight

if TYPE_CHECKING:
    import regex

NB = "\u00a0"  # espace-mot insécable
NN = "\u202f"  # espace fine insécable
_WS = " \u00a0\u202f"  # the only horizontal spaces left after T3
_W = "[ \u00a0\u202f]"

Rule = Callable[[str], str]

# --- T1 / T2 / T3 / T4 / T5: invisible characters and spaces -----------------------------

# T1 (corrected in §7): U+0085 is not a line break; ftfy reads it as windows-1252 `…`.
_LINE_BREAK = lazy_pattern(r"\r\n|[\r\u2028\u2029]")
_INVISIBLE = lazy_pattern("[\u200b\u2060\ufeff\u00ad]")
_ODD_SPACE = lazy_pattern("[\t\u2000-\u200a\u205f\u3000]")
_SPACE_RUN = lazy_pattern(_W + "{2,}+")
_PLAIN_RUN = lazy_pattern(" {2,}+")


def line_breaks(text: str) -> str:
    """T1 when ftfy is not used: every line break becomes ``\\n``."""
    if not any(char in text for char in "\r\u2028\u2029"):
        return text
    return _LINE_BREAK().sub("\n", text)


def remove_invisible(text: str) -> str:
    """T2: drop zero-width space, word joiner, BOM and soft hyphen (ZWJ/ZWNJ are kept)."""
    return _INVISIBLE().sub("", text)


def odd_spaces(text: str) -> str:
    """T3: tab, U+2000–U+200A, U+205F, U+3000 become an ordinary space."""
    return _ODD_SPACE().sub(" ", text)


_NB_IN_RUN = (
    lazy_pattern("\u00a0(?:(?<=[ \u00a0\u202f].)|(?=[ \u00a0\u202f]))"),
    lazy_pattern("\u202f(?:(?<=[ \u00a0\u202f].)|(?=[ \u00a0\u202f]))"),
)


def collapse_spaces(text: str) -> str:
    """T4: a run of two or more spaces (of any kind) becomes one ordinary space."""
    # Patterns starting with one literal character are searched many times faster than
    # a class of spaces, which stops at every space of the text.
    if any(pattern().search(text) for pattern in _NB_IN_RUN):
        return _SPACE_RUN().sub(" ", text)
    return _PLAIN_RUN().sub(" ", text) if "  " in text else text


def strip_lines(text: str) -> str:
    """T5 / P2: no space at the start or end of a line."""
    return "\n".join(line.strip(_WS) for line in text.split("\n"))


# --- T6 / T7: space before ; ! ? and : ---------------------------------------------------

# A run is a maximal sequence of ; : ! ? (so `?!` or `:?` get one space, before the
# first mark); its first mark decides the rule: `:` is T7, the others T6.
_T6_RUN = lazy_pattern(r"[;!?](?<![;:!?].)[;:!?]*+")
_T7_RUN = lazy_pattern(r":(?<![;:!?].)[;:!?]*+")
_T6_FOLLOWERS = frozenset(_WS + '\n»”")]}.,…')
_T7_FOLLOWERS = frozenset(_WS + "\n")
# T24/T49 emoticons, checked on what follows the last mark of a run: what may come after
# an emoticon that needs a follower (or the end of the text).
_EMOTICON_FOLLOWERS = " \u00a0\u202f\n.,!?»"

# The emoticons after a mark, by their first character: for ``:`` and ``;``, the rest of
# each emoticon and whether it needs a follower.
_Tails = dict[str, dict[str, list[tuple[str, bool]]]]


@cache
def _emoticon_tails() -> _Tails:
    """For ``:`` and ``;``, what follows the mark in an emoticon (data file: at least two
    characters each), grouped by its first character.

    Those starting with ``:`` and those ending with a letter (``;D``) need a follower
    (end, space, ``. , ! ? »``), so that ``Note :Dupont`` is still punctuation. Plain
    string tests: an alternation of them cost 6 ms to compile in the first call.
    """
    tails: _Tails = {":": {}, ";": {}}
    for emoticon in read_data("typography-emoticons.txt"):
        mark, tail = emoticon[0], emoticon[1:]
        if mark in tails and tail:
            needs_follower = mark == ":" or emoticon[-1].isalpha()
            tails[mark].setdefault(tail[0], []).append((tail, needs_follower))
    return tails


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
    by_first = _emoticon_tails().get(run[-1])
    if by_first is None or end >= len(text):
        return False
    for tail, needs_follower in by_first.get(text[end], ()):
        if text.startswith(tail, end):
            after = end + len(tail)
            if not needs_follower or after == len(text) or text[after] in _EMOTICON_FOLLOWERS:
                return True
    return False


def _opens_emoticon(text: str, index: int) -> bool:
    """Whether the ``(`` or ``[`` at *index* ends an emoticon such as ``:(`` or ``:'(``."""
    for mark_at in (index - 1, index - 2):
        if (
            mark_at >= 0
            and text[mark_at] in ":;"
            and _is_emoticon(text, text[mark_at], mark_at + 1)
        ):
            return True
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
    if after == "=" and run[-1] in "!?":
        return None  # T35: `!=` and `?=` are operators
    if run == ":" and not has_space and before in _DIGITS and after in _DIGITS:
        return None  # 14:30, 16:9
    if has_space or after in followers:
        return first, end, space + run
    return None


def space_before_marks(text: str) -> str:
    """T6: one narrow no-break space before ``;``, ``!``, ``?`` (or a run like ``?!``)."""
    return _rewrite(text, _T6_RUN(), lambda t, s, e: _mark_space(t, s, e, NN, _T6_FOLLOWERS))


def space_before_colon(text: str) -> str:
    """T7: one no-break space before a ``:`` used as punctuation."""
    return _rewrite(text, _T7_RUN(), lambda t, s, e: _mark_space(t, s, e, NB, _T7_FOLLOWERS))


# --- T8 / T9 / T10 / T13: quotation marks ------------------------------------------------

_AFTER_OPENING = lazy_pattern(rf"«(?:{_W}|(?=[^ \u00a0\u202f\n]))")
_CLOSING = lazy_pattern("»")
_ELISION = lazy_pattern(rf"['’]{_W}?«")
_STRAIGHT = lazy_pattern('"')
_CURLY_OPENING = lazy_pattern("“")
# One literal each: searched many times faster than a class of the five marks.
_DOUBLE_MARKS = tuple(lazy_pattern(mark) for mark in '"«»“”')
_DOUBLED_APOSTROPHES = lazy_pattern("''|’’")
_SECOND_OPENING = lazy_pattern("«[^«»\n]*+«")


def _line_starts(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """The start of every line where *pattern* matches (a match is found by its last char).

    The search resumes at the end of each line found, so a line with a million matches
    is still scanned once.
    """
    pos = 0
    while True:
        match = pattern.search(text, pos)
        if match is None:
            return
        inside = max(match.start(), match.end() - 1)
        yield text.rfind("\n", 0, inside) + 1
        end = text.find("\n", inside)
        if end == -1:
            return
        pos = end + 1


def _per_line(text: str, starts: Iterable[int], function: Callable[[str], str]) -> str:
    """Apply *function* to the lines of *text* that start at *starts*, leave the others."""
    out: list[str] = []
    pos = 0
    for start in sorted(set(starts)):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end]
        new = function(line)
        if new != line:
            out.append(text[pos:start])
            out.append(new)
            pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def straight_quotes(text: str) -> str:
    """T9: straight quotes that pair up within a paragraph become ``« »`` or ``“ ”``."""
    return _per_line(text, _line_starts(text, _STRAIGHT()), pair_straight)


def alternating_quotes(text: str) -> str:
    """T28: a paragraph whose quotes do not pair by direction is paired by alternation."""
    starts = [start for mark in _DOUBLE_MARKS for start in _line_starts(text, mark())]
    if "''" in text or "’’" in text:
        starts += _line_starts(text, _DOUBLED_APOSTROPHES())
    return _per_line(text, starts, pair_alternating)


def curly_quotes(text: str) -> str:
    """T10: ``“…”`` not inside another quotation becomes ``«…»`` (T11: others are kept)."""
    return _per_line(text, _line_starts(text, _CURLY_OPENING()), pair_curly)


def nested_guillemets(text: str) -> str:
    """T30: ``« … « … » … »`` paired cleanly → ``« … “…” … »``."""
    return _per_line(text, _line_starts(text, _SECOND_OPENING()), nest_guillemets)


def guillemet_spaces(text: str) -> str:
    """T8: exactly one no-break space after ``«`` and before ``»``."""
    text = _AFTER_OPENING().sub("«" + NB, text)
    return _rewrite(text, _CLOSING(), _space_before_closing)


def _space_before_closing(text: str, start: int, end: int) -> Edit:
    before = text[start - 1] if start else "\n"
    if before == "\n":
        return None  # never a space at the start of a line
    if before in _WS:
        return start - 1, end, NB + "»"
    return start, end, NB + "»"


def elision_before_guillemet(text: str) -> str:
    """T13: ``d’ « incomplète »`` → ``d’«incomplète »`` (T8 then adds the inner space)."""
    return _rewrite(text, _ELISION(), _elision)


def _elision(text: str, start: int, end: int) -> Edit:
    # T32: only after an elision word (`d’`, `qu’`), not after a closing single quote.
    return (start, end, "’«") if _after_elision_word(text, start) else None


# --- T12 / P3: apostrophes ---------------------------------------------------------------

_APOSTROPHE = lazy_pattern("['\u02bc\u00b4`]")
_CURLY_APOSTROPHE = lazy_pattern("[\u2019\u2018\u201b\u02bc]")
_ACCENT_APOSTROPHE = lazy_pattern("[\u00b4`]")
# The letters are those of the `regex` module's \p{L}, as for code spans. Below U+0530
# (Latin, IPA, Greek, Cyrillic) they are exactly the characters of str.isalpha(), which
# the tests check for every code point there: regex, 15 ms to import, is loaded only for
# a character beyond.
ISALPHA_IS_LETTER_BELOW = 0x530


@cache
def _letter() -> regex.Pattern[str]:
    import regex

    return regex.compile(r"\p{L}")


def _is_letter(text: str, index: int) -> bool:
    if not 0 <= index < len(text):
        return False
    char = text[index]
    if ord(char) < ISALPHA_IS_LETTER_BELOW:
        return char.isalpha()
    return _letter().match(char) is not None


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
    return _rewrite(text, _APOSTROPHE(), _TO_CURLY)


def straight_apostrophes(text: str) -> str:
    """P3: ``’ ‘ ‛ ʼ`` anywhere, ``´`` and a backtick between letters, become ``'``."""
    text = _CURLY_APOSTROPHE().sub("'", text)
    if "\u00b4" not in text and "`" not in text:
        return text
    return _rewrite(text, _ACCENT_APOSTROPHE(), _TO_STRAIGHT)


# --- T14 / T15 / T16: ellipsis and dashes ------------------------------------------------

_DOTS = lazy_pattern(r"\.\.\.\.*+")  # `{3,}` would hide the literal prefix from the engine
# A hyphen between spaces, with text on both sides. `«` on the left and `; : ! ? »` on
# the right are not text here (for T16 too): T6–T8 may put a space next to them, which
# would otherwise make the rule fire only on a second run. The right space is left for
# the next hyphen when another hyphen follows it (`a - - b`).
_SPACED_HYPHEN = lazy_pattern(
    rf"{_W}-(?<=[^ \u00a0\u202f\n«]..)(?={_W}[^ \u00a0\u202f\n;:!?»])(?P<right>{_W}(?!-))?"
)
_LEADING_HYPHEN = lazy_pattern(rf"(?m)^-{_W}(?=[^ \u00a0\u202f\n;:!?»])")


def ellipsis(text: str) -> str:
    """T14: three or more periods become ``…``."""
    if "..." not in text:
        return text  # a substring search is many times faster than any pattern
    return _DOTS().sub("…", text)


def spaced_hyphens(text: str) -> str:
    """T15: ``mot - mot`` → ``mot – mot`` (en dash, ordinary spaces)."""
    if not _any_in(text, [space + "-" for space in _WS]):
        return text
    return _SPACED_HYPHEN().sub(lambda m: " –" + (" " if m.group("right") else ""), text)


def leading_hyphens(text: str) -> str:
    """T16: ``- texte`` at the start of a line → ``– texte``."""
    if not text.startswith("-") and "\n-" not in text:
        return text
    return _LEADING_HYPHEN().sub("– ", text)


# --- T18 / T19 / T20 / T21: numbers ------------------------------------------------------

# Patterns start with a digit (found fast); the look-behinds placed after that first digit
# check what precedes the number.
_HOUR = lazy_pattern(rf"([0-9](?<![0-9][0-9])[0-9]?){_W}h{_W}([0-9]{{2}})(?![0-9])")
_GROUPED = lazy_pattern(
    rf"[0-9](?<![0-9.,][0-9])(?<![0-9]{_W}[0-9])[0-9]{{0,2}}+"
    rf"(?:{_W}[0-9]{{3}})++(?![0-9])(?!{_W}[0-9])"
)
_GROUP_SEPARATOR = lazy_pattern(_W)


@cache
def _unit_pattern() -> re.Pattern[str]:
    units = sorted(read_data("typography-units.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(unit) for unit in units)
    follower = r"(?:[ \u00a0\u202f\n.,;:!?…)\]»”\"/]|\Z)"
    return re.compile(rf"([0-9]){_W}(?=(?:{alternatives}){follower})")


def currency_signs() -> str:
    """The signs of T18 (and T48), from ``typography-currencies.txt``."""
    return "".join(read_data("typography-currencies.txt"))


@cache
def _percent_currency() -> re.Pattern[str]:
    return re.compile(rf"([0-9]){_W}?(?=[{re.escape(currency_signs())}])")


def percent_currency(text: str) -> str:
    """T18/T48: one no-break space between a number and ``% ‰ € $ £ ¥ ¢`` (inserted if missing)."""
    return _percent_currency().sub(rf"\1{NB}", text)


def unit_spaces(text: str) -> str:
    """T19: an existing space between a number and a unit symbol becomes a no-break space."""
    return _unit_pattern().sub(rf"\1{NB}", text)


def hours(text: str) -> str:
    """T20: ``18 h 30`` → ``18⍽h⍽30`` with no-break spaces."""
    return _HOUR().sub(rf"\1{NB}h{NB}\2", text)


def digit_groups(text: str) -> str:
    """T21: the spaces of an existing grouping by three (``12 500``) become narrow no-break."""
    return _GROUPED().sub(lambda m: _GROUP_SEPARATOR().sub(NN, m.group()), text)


# --- P1 / §5 -----------------------------------------------------------------------------

_ANY_SPACE = lazy_pattern("[\t\u00a0\u202f\u2000-\u200a\u205f\u3000]")
_ASCII_GUILLEMETS = lazy_pattern("« ?| ?»")


def plain_spaces(text: str) -> str:
    """P1: every horizontal space (tab, no-break, narrow, thin…) becomes an ordinary space."""
    return _ANY_SPACE().sub(" ", text)


def plain_collapse(text: str) -> str:
    """P2: runs of spaces become one; no space at the start or end of a line."""
    return strip_lines(_PLAIN_RUN().sub(" ", text))


def ascii_guillemets(text: str) -> str:
    """§5: ``« Non »`` and ``«Non»`` become ``"Non"`` (unidecode would give ``<<``)."""
    return _ASCII_GUILLEMETS().sub('"', text)


# --- §7 helpers --------------------------------------------------------------------------


def _any_in(text: str, needles: list[str]) -> bool:
    """Whether one of *needles* occurs: one or two substring searches run faster than a
    pass of a pattern (many do not), so rules whose context is rare check this first."""
    return any(needle in text for needle in needles)


_APOSTROPHES = "'’ʼ"


@cache
def _elision_end() -> re.Pattern[str]:
    """An elision word (data file) ending exactly where a search's ``endpos`` is."""
    words = sorted(read_data("typography-elisions.txt"), key=len, reverse=True)
    return re.compile(rf"(?i)(?<![^\W_])(?:{'|'.join(map(re.escape, words))})\Z")


def _after_elision_word(text: str, index: int) -> bool:
    """Whether ``text[:index]`` ends with a whole elision word (``l``, ``qu``, ``lorsqu``…)."""
    return _elision_end().search(text, max(0, index - 7), index) is not None


def _line_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The T23 spans (URLs, e-mails…) of the line starting at *start*, in text positions.

    The typographic profile has already replaced them by a placeholder, so this finds
    nothing there; the plain and ascii profiles do not protect spans, and the repairs
    they share (T34, T36, T37, T41, T42, T47) must still leave ``lemonde.fr/a,b`` or
    ``a?b=1`` alone. No span crosses a line, so one line is enough.
    """
    from .protect import find_spans  # protect imports nothing from here; no cycle

    end = text.find("\n", start)
    line = text[start:] if end == -1 else text[start:end]
    return [(first + start, last + start) for first, last in find_spans(line)]


def _rewrite_outside_spans(
    text: str, pattern: re.Pattern[str], decide: Callable[[str, int, int], Edit]
) -> str:
    """:func:`_rewrite`, skipping the edits that touch a T23 span.

    Edits are rare, so the spans are looked up only for the line of an edit, once per line
    (a single huge line costs one scan, not one per edit).
    """
    # The line of the last edit: edits come left to right, so the next one is usually in
    # it, and finding a line's start again for each edit would be quadratic on one long line.
    line_start, line_end = -1, -1
    spans: list[tuple[int, int]] = []

    def guarded(text: str, start: int, end: int) -> Edit:
        nonlocal line_start, line_end, spans
        edit = decide(text, start, end)
        if edit is None:
            return None
        first, last = edit[0], max(edit[1], end)
        if not line_start <= first < line_end:
            line_start = text.rfind("\n", 0, first) + 1
            found = text.find("\n", first)
            line_end = len(text) + 1 if found == -1 else found
            spans = _line_spans(text, line_start)
        index = bisect.bisect_right(spans, (last, len(text) + 1))
        if index and spans[index - 1][1] > first:
            return None
        if index < len(spans) and spans[index][0] < last:
            return None
        return edit

    return _rewrite(text, pattern, guarded)


def _letter_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha()


# --- T47 / T41 / T42: word repairs -------------------------------------------------------

# An apostrophe with a space on either side, or doubled, before a letter (T47).
_LOOSE_APOSTROPHE = lazy_pattern(
    rf"[{_APOSTROPHES}](?:(?<={_W}.){_W}?+|{_W}|[{_APOSTROPHES}])(?=[^\W\d_])"
)


def loose_elision(text: str) -> str:
    """T47: ``C’ est`` → ``C’est``, ``qu ’elle`` → ``qu’elle``, ``l’'Europe`` → ``l’Europe``."""
    return _rewrite_outside_spans(text, _LOOSE_APOSTROPHE(), _glue_elision)


def _glue_elision(text: str, start: int, end: int) -> Edit:
    apostrophe = text[start]
    if start and text[start - 1] in _WS:
        start -= 1  # `qu ’elle`: the space before the apostrophe goes too
    if not _after_elision_word(text, start):
        return None
    return start, end, apostrophe


_ETC = lazy_pattern(r"tc(?<=[Ee]tc)(?<![^\W_]...)(?=\.[.…]|…)[.…]++")
_ELLIPSIS_DOTS = lazy_pattern(r"…\.++")


def etc_and_ellipsis(text: str) -> str:
    """T41: ``etc...`` or ``etc…`` → ``etc.``; ``….`` → ``…``."""
    if "etc" in text or "Etc" in text:
        text = _rewrite_outside_spans(
            text, _ETC(), lambda t, s, e: (s - 1, e, t[s - 1 : s + 2] + ".")
        )
    if "…." not in text:
        return text
    return _rewrite_outside_spans(text, _ELLIPSIS_DOTS(), lambda t, s, e: (s, e, "…"))


@cache
def _ordinal_rule() -> tuple[re.Pattern[str], dict[str, str]]:
    pairs = {
        wrong.strip(): right.strip()
        for wrong, right in (line.split("->") for line in read_data("typography-ordinals.txt"))
    }
    suffixes = "|".join(map(re.escape, sorted(pairs, key=len, reverse=True)))
    # The numeral: digits, or I/V/X alone, or 2+ Roman letters; not glued to a word on the
    # left. Possessive, so a failed suffix never makes the numeral give characters back.
    # One character class first (the engine jumps between candidates), then the three
    # kinds of numeral: digits, 2+ Roman letters, or I/V/X alone.
    numeral = r"(?:(?<=[0-9])[0-9]*+|(?<=[IVXLCDM])[IVXLCDM]++|(?<=[IVX]))"
    pattern = re.compile(rf"[0-9IVXLCDM](?<![^\W_].){numeral}(?P<suffix>{suffixes})s?(?!\w)")
    return pattern, pairs


def ordinals(text: str) -> str:
    """T42: ``2ème`` → ``2e``, ``1ère`` → ``1re``, ``XIXème`` → ``XIXe``, ``2nde`` → ``2de``."""
    pattern, pairs = _ordinal_rule()

    def decide(text: str, start: int, end: int) -> Edit:
        match = pattern.match(text, start, end)
        assert match is not None
        suffix_start = match.start("suffix")
        return suffix_start, match.end("suffix"), pairs[match.group("suffix")]

    return _rewrite_outside_spans(text, pattern, decide)


# --- T34 / T36 / T37: spacing repairs ----------------------------------------------------

_SPACED_MARKS = lazy_pattern(rf"[!?](?:{_W}?+[!?])++")
_DOUBLED = lazy_pattern(r",,++|;;++")
# Only marks separated by a space change; glued `?!` are common and already right.
_MARK_PAIR_HINT = tuple(lazy_pattern(rf"\{mark}{_W}[!?]") for mark in "!?")
_SPACE = lazy_pattern(_W)


def _join_marks(text: str, start: int, end: int) -> Edit:
    run = text[start:end]
    joined = _SPACE().sub("", run)
    return (start, end, joined) if joined != run else None


def join_marks(text: str) -> str:
    """T34: ``? !`` → ``?!``, ``! ! !`` → ``!!!``; ``,,`` → ``,`` and ``;;`` → ``;``."""
    if any(pattern().search(text) for pattern in _MARK_PAIR_HINT):
        text = _rewrite_outside_spans(text, _SPACED_MARKS(), _join_marks)
    if ",," not in text and ";;" not in text:
        return text
    return _rewrite_outside_spans(text, _DOUBLED(), lambda t, s, e: (s, e, t[s]))


# The space before `,`, or before a `.` that ends a sentence (not `..`; a `; : ! ?` after
# it counts as the space T6/T7 will put there); what precedes the space (a letter, a digit
# or a closing quote/bracket) is checked in Python.
_SPACE_BEFORE_POINT = lazy_pattern(
    r"[,.](?<=[ \u00a0\u202f][,.])(?:(?<=,)|(?=[ \u00a0\u202f\n»”)\];:!?]|\Z))"
)
_CLOSERS = '»”)]}"'


def spaces_before_points(text: str) -> str:
    """T36: ``Oui , mais non .`` → ``Oui, mais non.``."""
    if not any(space + point in text for space in _WS for point in ",."):
        return text
    return _rewrite_outside_spans(
        text, _SPACE_BEFORE_POINT(), lambda t, s, e: _space_before_point(t, s, e)
    )


def _space_before_point(text: str, start: int, end: int) -> Edit:
    before = text[start - 2] if start >= 2 else "\n"
    if before in _CLOSERS or before.isalnum():
        return start - 1, end, text[start]
    return None


# A mark glued to a letter on its right (rare in clean text, so the decision is in Python).
_GLUED_MARK = lazy_pattern(r"[,.!?;…](?=[^\W\d_])")
_SENTENCE_END = ".!?;"


def missing_spaces(text: str) -> str:
    """T37: ``Oui,mais`` → ``Oui, mais``; ``Puis…rien``; ``non.Puis`` → ``non. Puis``."""
    return _rewrite_outside_spans(text, _GLUED_MARK(), _missing_space)


def _missing_space(text: str, start: int, end: int) -> Edit:
    mark = text[start]
    if mark == ",":
        ok = _letter_at(text, start - 1)
    elif mark == "…":
        # An ellipsis opening a text (`…et puis`, `[…]`) is not missing a space after it.
        ok = start > 0 and text[start - 1] not in _WS + "\n«“‘\"'([{"
    else:
        ok = (
            start >= 2
            and text[start - 1].islower()
            and text[start - 2].islower()
            and end + 1 < len(text)
            and text[end].isupper()
            and text[end + 1].islower()
        )
    return (start, end, mark + " ") if ok else None


# --- T31 / T33 / T38 / T39 / T40 / T46: more no-break and ordinary spaces ----------------

_LINE_INITIAL_CLOSING = lazy_pattern(r"(?m)^»(?:[ \u00a0\u202f](?=\S)|(?=[^\s»]))")


def continued_quotation(text: str) -> str:
    """T31: a line-initial ``»`` continuing a quotation gets its no-break space."""
    if not text.startswith("»") and "\n»" not in text:
        return text
    return _LINE_INITIAL_CLOSING().sub("»" + NB, text)


_SPACE_AFTER_MARK = (
    lazy_pattern("\u202f[;:!?]++[\u00a0\u202f](?=[^\\s»”])"),
    lazy_pattern("\u00a0[;:!?]++[\u00a0\u202f](?=[^\\s»”])"),
)


def space_after_marks(text: str) -> str:
    """T33: after ``: ; ! ?`` spaced by T6/T7, an ordinary space (never a no-break one)."""
    for pattern in _SPACE_AFTER_MARK:
        text = pattern().sub(lambda m: m.group()[:-1] + " ", text)
    return text


_INSIDE_BRACKET = lazy_pattern(rf"[()\[\]](?:(?<=[(\[])(?={_W})|(?<={_W}[)\]]))")


def bracket_spaces(text: str) -> str:
    """T38: ``( selon la police )`` → ``(selon la police)`` (emoticons kept)."""
    return _rewrite(text, _INSIDE_BRACKET(), _bracket_space)


def _bracket_space(text: str, start: int, end: int) -> Edit:
    bracket = text[start]
    if bracket in "([":
        if _opens_emoticon(text, start):
            return None
        return start, start + 2, bracket
    return start - 1, end, bracket


# Patterns of §7 start with a character class of their own (the engine then jumps from
# one candidate to the next) and check what comes before in a look-behind placed after it.
_SIGN_BEFORE_NUMBER = lazy_pattern(
    rf"[°º§¶](?:(?<=[nN][°º])(?<![^\W_]..)|(?<=[§¶])){_W}?+(?=[^\W_])"
)


def number_signs(text: str) -> str:
    """T39: ``n°412`` → ``n°⍽412``, ``§ 3`` → ``§⍽3``; ``nº`` becomes ``n°``."""
    return _rewrite(text, _SIGN_BEFORE_NUMBER(), _number_sign)


def _number_sign(text: str, start: int, end: int) -> Edit:
    following = text[end]
    if not (following in "0123456789" or following.isupper()):
        return None
    if text[start] in "§¶":
        return start, end, text[start] + NB
    return start - 1, end, text[start - 1] + "°" + NB


@cache
def _honorific_rule() -> tuple[re.Pattern[str], dict[str, str]]:
    forms: dict[str, str] = {}
    for line in read_data("typography-honorifics.txt"):
        wrong, _, right = line.partition("->")
        forms[wrong.strip()] = (right or wrong).strip()
    by_initial: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        by_initial.setdefault(form[0], []).append(re.escape(form[1:]))
    alternatives = "|".join(
        rf"{re.escape(initial)}(?<![^\W_].)(?:{'|'.join(tails)})"
        for initial, tails in by_initial.items()
    )
    return re.compile(rf"(?:{alternatives}){_W}(?=[^\W\d_])", re.M), forms


def honorifics(text: str) -> str:
    """T40: ``M. Dupont`` → ``M.⍽Dupont``, ``Mme. Durand`` → ``Mme⍽Durand``."""
    pattern, forms = _honorific_rule()

    def decide(text: str, start: int, end: int) -> Edit:
        if not text[end].isupper():
            return None  # `Me voici`: a pronoun, not Maître
        return start, end, forms[text[start : end - 1]] + NB

    return _rewrite(text, pattern, decide)


_GLUED_DIALOGUE = lazy_pattern(r"\n[—–](?=[^\W\d_])")


def dialogue_dashes(text: str) -> str:
    """T46: ``—Viens !`` at the start of a line → ``— Viens !``."""
    if text[:1] in ("—", "–") and _is_letter(text, 1):
        text = text[0] + " " + text[1:]
    return _GLUED_DIALOGUE().sub(lambda m: m.group() + " ", text)


# --- T43 / T44 / T45 / T48: signs --------------------------------------------------------

_TIMES = tuple(lazy_pattern(rf"{x}(?<=[0-9]{_W}{x})(?={_W}[0-9])") for x in "xX")
_COPYRIGHT = lazy_pattern(rf"\([cC]\)(?={_W}?+[0-9]{{4}}(?![0-9]))")
_LEGAL_HINT = lazy_pattern(r"\((?:[cC]|tm|TM)\)")
_TRADEMARK = lazy_pattern(r"\((?:tm|TM)\)(?<=[^\W_].{4})")
_SPACED_DOUBLE_HYPHEN = lazy_pattern(
    rf"{_W}--(?<=[^ \u00a0\u202f\n«]...)(?={_W}[^ \u00a0\u202f\n;:!?»])(?P<right>{_W}(?!-))?"
)
_LEADING_DOUBLE_HYPHEN = lazy_pattern(rf"(?m)^--{_W}(?=[^ \u00a0\u202f\n;:!?»])")
_ORDINAL_DEGREE = lazy_pattern(rf"(?<=[0-9])({_W}?+)º(?=[CF])")


def multiplication_sign(text: str) -> str:
    """T43: ``2 x 5`` → ``2 × 5`` (glued ``4x4`` is kept)."""
    for pattern in _TIMES:
        text = pattern().sub("×", text)
    return text


def legal_signs(text: str) -> str:
    """T44: ``(c) 2024`` → ``© 2024``, ``Acme(TM)`` → ``Acme™`` (never ``(r)``)."""
    if not _LEGAL_HINT().search(text):
        return text
    return _TRADEMARK().sub("™", _COPYRIGHT().sub("©", text))


def double_hyphens(text: str) -> str:
    """T45: a spaced ``--`` is an en dash, as T15/T16: ``a -- b`` → ``a – b``."""
    if "--" not in text:
        return text
    text = _SPACED_DOUBLE_HYPHEN().sub(lambda m: " –" + (" " if m.group("right") else ""), text)
    if not text.startswith("--") and "\n--" not in text:
        return text
    return _LEADING_DOUBLE_HYPHEN().sub("– ", text)


def degree_signs(text: str) -> str:
    """T48: ``20ºC`` (masculine ordinal indicator) → ``20°C`` (degree sign)."""
    return _ORDINAL_DEGREE().sub(r"\1°", text)
