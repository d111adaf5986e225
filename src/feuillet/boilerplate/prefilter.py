"""Reading rule patterns: prefilters, and the checks made when a rule is loaded.

Most lines of a text are body prose that no rule matches; a substring test is much
cheaper than an unanchored regular-expression search, so each pattern gets the strings a
line must hold before its search is worth running. When a rule is loaded, its pattern is
checked for nested unbounded repeats (catastrophic backtracking) and for literal
characters that the line folding removes (the rule could never match).

The structure of a pattern is read with the parser of Python's ``re`` module, a private
module (``re._parser``). :func:`check_parser` verifies, the first time a pattern is read
(not at import: the prefilters of the shipped rules are stored, so most processes never
read one), that it still reads patterns the way this code expects; if not (a future
Python), the prefilters and checks are switched off — rules still match, only more
slowly — and the test suite fails loudly on :func:`check_parser`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

__all__ = [
    "check_parser",
    "nested_repeat",
    "parser_ok",
    "quick_to_fail",
    "required_literals",
    "unfoldable_literal",
]

# The parser of the ``re`` module, to read a pattern's structure; without it (another
# Python implementation) rules simply run without prefilters.
_REPEATS: tuple[Any, ...]
try:
    _PARSER: Any = importlib.import_module("re._parser")
    _REPEATS = (_PARSER.MAX_REPEAT, _PARSER.MIN_REPEAT, _PARSER.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover
    _PARSER = None
    _REPEATS = ()

# Beyond this many alternatives a prefilter costs about as much as the search it saves.
_MAX_LITERALS = 24
# A repeat this long at the start of a pattern makes its search scan the line.
_LONG_REPEAT = 10
# Strings of this length are rare enough in a line; beyond it, fewer strings are better.
_RARE_ENOUGH = 4


def required_literals(pattern: Any) -> tuple[str, ...] | None:
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
    if tree is None or tree.state.flags & re.IGNORECASE or _flags(pattern) & re.IGNORECASE:
        return None
    found = _needed(tree)
    if not found or len(found) > _MAX_LITERALS:
        return None
    return tuple(found)


def quick_to_fail(pattern: Any) -> bool:
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


def _flags(pattern: Any) -> int:
    # A pattern compiled by ``regex`` carries flags ``re`` does not know; only its
    # IGNORECASE matters here, and it has the same value in both.
    flags: int = pattern.flags
    return flags if isinstance(pattern, re.Pattern) else flags & re.IGNORECASE


def _parse(pattern: Any) -> Any:
    """The parse tree of *pattern* (``re`` or ``regex``), or None if ``re`` cannot read it.

    None for a pattern using syntax only ``regex`` knows: it then runs without prefilter.
    """
    return _parse_text(pattern.pattern, _flags(pattern))


@lru_cache(maxsize=512)
def _parse_text(text: str, flags: int = 0) -> Any:
    if _PARSER is None or not parser_ok():  # pragma: no cover
        return None
    try:
        return _PARSER.parse(text, flags)
    except (re.error, TypeError, ValueError, OverflowError, RecursionError):
        return None


def nested_repeat(text: str) -> str | None:
    """An ambiguous repeat nested in another unbounded repeat, or None.

    ``(\\w+\\s?)+`` can take time exponential in the line length when a search fails:
    the inner ``\\w+`` and the next round of the outer repeat can share the same
    letters in many ways. A nested repeat is faulted when the characters it repeats can
    also start what follows it; ``(?:\\s*(?:,|/|et))*`` is not, as a comma, a slash or
    an "e" is not a space. Possessive repeats and atomic groups do not backtrack. This is
    a load-time check; the time limit of each search (``regex``) stays the safety net.

    >>> nested_repeat(r"^(\\w+\\s?)+$")
    '(\\\\w+\\\\s?)+'
    >>> nested_repeat(r"^(?:\\s*(?:,|/|et))*$") is None
    True
    """
    tree = _parse_text(text)
    if tree is None or not _star_height_two(tree.data, False):
        return None  # the cheap test first: most patterns nest no unbounded repeats
    found = _scan(list(tree.data), frozenset(), None)
    if found is None:
        return None
    # Name the outer repeat by its place in the text, for the message.
    return _excerpt(text, found)


def _star_height_two(items: Any, inside: bool) -> bool:
    """Whether an unbounded repeat lies inside another (ambiguous or not)."""
    for op, arg in items:
        if op in (_PARSER.MAX_REPEAT, _PARSER.MIN_REPEAT):
            unbounded = arg[1] == _PARSER.MAXREPEAT
            if unbounded and inside:
                return True
            if _star_height_two(arg[2], inside or unbounded):
                return True
        elif op not in (_PARSER.POSSESSIVE_REPEAT, _PARSER.ATOMIC_GROUP) and any(
            _star_height_two(sub, inside) for sub in _children(op, arg)
        ):
            return True
    return False


# Characters first-character sets are computed over: what folded lines are made of.
_UNIVERSE = frozenset(map(chr, (*range(0x20, 0x250), 0x09, 0x0A, 0x2019, 0x20AC)))
_CATEGORIES = {
    "CATEGORY_DIGIT": re.compile(r"\d"),
    "CATEGORY_NOT_DIGIT": re.compile(r"\D"),
    "CATEGORY_SPACE": re.compile(r"\s"),
    "CATEGORY_NOT_SPACE": re.compile(r"\S"),
    "CATEGORY_WORD": re.compile(r"\w"),
    "CATEGORY_NOT_WORD": re.compile(r"\W"),
}


def _in_class(members: Any, char: str) -> bool:
    negate, hit = False, False
    for kind, value in members:
        if kind == _PARSER.NEGATE:
            negate = True
        elif kind == _PARSER.LITERAL:
            hit = hit or char == chr(value)
        elif kind == _PARSER.RANGE:
            hit = hit or value[0] <= ord(char) <= value[1]
        elif kind == _PARSER.CATEGORY:
            test = _CATEGORIES.get(str(value))
            hit = hit or test is None or test.match(char) is not None
        else:  # unknown member: assume it may match
            hit = True
    return hit != negate


_CLASS_CHARS: dict[str, frozenset[str]] = {}


def _class_chars(members: Any) -> frozenset[str]:
    # Classes recur across patterns (\\s, [a-z]...): each is evaluated once.
    key = repr(members)
    chars = _CLASS_CHARS.get(key)
    if chars is None:
        chars = frozenset(c for c in _UNIVERSE if _in_class(members, c))
        if len(_CLASS_CHARS) < 1000:
            _CLASS_CHARS[key] = chars
    return chars


def _first(items: Sequence[tuple[Any, Any]]) -> tuple[frozenset[str], bool]:
    """Characters a match of *items* can start with, and whether it can be empty."""
    chars: set[str] = set()
    for op, arg in items:
        if op == _PARSER.LITERAL:
            return frozenset(chars | {chr(arg)}), False
        if op == _PARSER.NOT_LITERAL:
            return frozenset(chars | (_UNIVERSE - {chr(arg)})), False
        if op == _PARSER.ANY:
            return frozenset(chars | (_UNIVERSE - {"\n"})), False
        if op == _PARSER.IN:
            return frozenset(chars | _class_chars(arg)), False
        if op in (_PARSER.AT, _PARSER.ASSERT, _PARSER.ASSERT_NOT):
            continue  # matches no character
        if op == _PARSER.SUBPATTERN:
            sub, empty = _first(arg[3])
        elif op == _PARSER.ATOMIC_GROUP:
            sub, empty = _first(arg)
        elif op in _REPEATS:
            sub, empty = _first(arg[2])
            empty = empty or arg[0] == 0
        elif op == _PARSER.BRANCH:
            parts = [_first(branch) for branch in arg[1]]
            sub = frozenset().union(*(part for part, _ in parts))
            empty = any(can for _, can in parts)
        else:  # a back reference or anything unknown: could start with anything
            sub, empty = _UNIVERSE, True
        chars |= sub
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _scan(items: list[tuple[Any, Any]], after: frozenset[str], outer: Any) -> Any:
    """The outer repeat holding an ambiguous unbounded repeat among *items*, or None.

    *after* is what can follow *items*; *outer* the enclosing unbounded repeat, if any.
    """
    # What can follow each item, computed from the end (one pass, not one per item).
    follows: list[frozenset[str]] = [after] * len(items)
    following = after
    for i in range(len(items) - 1, -1, -1):
        follows[i] = following
        starts, empty = _first(items[i : i + 1])
        following = starts | following if empty else starts
    for i, (op, arg) in enumerate(items):
        follow = follows[i]
        if op in (_PARSER.MAX_REPEAT, _PARSER.MIN_REPEAT):
            _low, high, sub = arg
            starts, _empty = _first(sub)
            unbounded = high == _PARSER.MAXREPEAT
            if unbounded and outer is not None and starts & follow:
                return outer
            # Within the repeat, a round can be followed by the next one.
            inner = (op, arg) if unbounded and outer is None else outer
            found = _scan(list(sub), starts | follow if high > 1 else follow, inner)
        elif op in (_PARSER.POSSESSIVE_REPEAT, _PARSER.ATOMIC_GROUP):
            continue  # no backtracking into it
        else:
            found = None
            for sub in _children(op, arg):
                found = found or _scan(list(sub), follow, outer)
        if found is not None:
            return found
    return None


def _children(op: Any, arg: Any) -> Iterator[Any]:
    """The item sequences inside one parsed item (groups, branches, lookarounds)."""
    if op == _PARSER.SUBPATTERN:
        yield arg[3]
    elif op == _PARSER.BRANCH:
        yield from arg[1]
    elif op in (_PARSER.ASSERT, _PARSER.ASSERT_NOT):
        yield arg[1]
    elif op == _PARSER.GROUPREF_EXISTS:
        yield from (branch for branch in arg[1:] if branch is not None)


def _excerpt(text: str, item: Any) -> str:
    # The parser keeps no positions: find a "(...)" followed by a quantifier that parses
    # to the same repeat, else show the whole pattern. Only ends just after a quantifier
    # that follows ")" are tried, so this stays cheap on long patterns.
    wanted = repr(item)
    ends = [match.end() for match in re.finditer(r"\)(?:[*+?]|\{\d*,?\d*\})\??", text)]
    for start in (i for i, char in enumerate(text) if char == "("):
        for end in ends:
            if end > start:
                tree = _parse_text(text[start:end])
                if tree is not None and len(tree.data) == 1 and repr(tree.data[0]) == wanted:
                    return text[start:end]
    return text


def unfoldable_literal(text: str, fold: Any) -> str | None:
    """A literal character that every match needs but *fold* removes, or None.

    Rules are searched in folded lines: lower case, no accents, plain apostrophes, quotes
    and dashes, single spaces. A pattern that cannot match without such a character (an
    accented word, a capital) never matches. Alternatives that can still match,
    character classes and case-insensitive parts are not faulted (``[eé]`` matches ``e``).

    >>> from feuillet.boilerplate.text import fold
    >>> unfoldable_literal(r"^publicité", fold), unfoldable_literal(r"^re(?:ç|c)oit", fold)
    ('é', None)
    """
    tree = _parse_text(text)
    if tree is None or tree.state.flags & re.IGNORECASE:
        return None
    return _blocker(tree.data, fold)


def _blocker(items: Any, fold: Any) -> str | None:
    """A character that folded text lacks and every match of *items* needs, or None."""
    for op, arg in items:
        found: str | None = None
        if op == _PARSER.LITERAL:
            char = chr(arg)
            if char != " " and fold(char) != char:
                found = char
        elif op == _PARSER.SUBPATTERN:
            found = None if arg[1] & re.IGNORECASE else _blocker(arg[3], fold)
        elif op in _REPEATS:
            found = _blocker(arg[2], fold) if arg[0] >= 1 else None
        elif op == _PARSER.ATOMIC_GROUP:
            found = _blocker(arg, fold)
        elif op == _PARSER.ASSERT:
            found = _blocker(arg[1], fold)
        elif op == _PARSER.BRANCH:
            blockers = [_blocker(branch, fold) for branch in arg[1]]
            found = blockers[0] if all(blockers) else None
        if found is not None:
            return found
    return None


def _needed(items: Sequence[tuple[Any, Any]], fewest: bool = False) -> list[str] | None:
    """For a sequence of parsed items: strings one of which any match contains, or None.

    *fewest*: prefer fewer strings to rarer ones (for the branches of an alternation
    whose rarest strings together are too many to test).
    """
    best: list[str] | None = None

    def consider(candidate: list[str] | None) -> None:
        nonlocal best
        if not candidate or "" in candidate:
            return
        candidate = simplify_literals(candidate)
        if best is None or _better(candidate, best, fewest):
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
            consider(_inner(op, arg, fewest))
    return best


def _inner(op: Any, arg: Any, fewest: bool = False) -> list[str] | None:
    """Strings one of which any match of the (not exact) item contains, or None."""
    if op == _PARSER.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        return None if add_flags & re.IGNORECASE else _needed(sub, fewest)
    if op == _PARSER.ATOMIC_GROUP:
        return _needed(arg, fewest)
    if op in _REPEATS:
        low, _high, sub = arg
        return _needed(sub, fewest) if low >= 1 else None
    if op == _PARSER.BRANCH:
        union: list[str] = []
        for branch in arg[1]:
            part = _needed(branch, fewest)
            if not part:
                return None
            union.extend(part)
        if len(simplify_literals(union)) > _MAX_LITERALS and not fewest:
            return _inner(op, arg, True)
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


def _better(candidate: list[str], best: list[str], fewest: bool = False) -> bool:
    """Longer strings are rarer in a line, up to a point; fewer are quicker to test."""
    if fewest:
        return _fewest_score(candidate) > _fewest_score(best)
    return _score(candidate) > _score(best)


def _score(strings: list[str]) -> tuple[bool, int, int, int]:
    # Spaces count for nothing: nearly every line holds " " (a pattern needing only a
    # space, or " a ", is tried on every line).
    letters = min(len(text.strip(" ")) for text in strings)
    shortest = min(map(len, strings))
    return len(strings) <= _MAX_LITERALS, min(_RARE_ENOUGH, letters), -len(strings), shortest


def _fewest_score(strings: list[str]) -> tuple[bool, bool, int, int]:
    letters = min(len(text.strip(" ")) for text in strings)
    return len(strings) <= _MAX_LITERALS, letters > 0, -len(strings), min(map(len, strings))


def simplify_literals(strings: list[str]) -> list[str]:
    """Without duplicates nor strings holding another member (the shorter one is present)."""
    ordered = sorted(set(strings), key=lambda text: (len(text), text))
    return [text for i, text in enumerate(ordered) if not any(t in text for t in ordered[:i])]


def check_parser() -> None:
    """Raise ``RuntimeError`` if ``re._parser`` no longer reads patterns as expected.

    The prefilters read a private module of Python; a change of its shape in a future
    Python must not make a rule silently never match. This checks known answers.

    >>> check_parser()
    """
    if _PARSER is None:
        raise RuntimeError("re._parser is not available: rule prefilters are off")
    expected: list[tuple[Any, Any]] = [
        (lambda: required_literals(re.compile(r"\b(?:faites|je fais) un don\b")), (" un don",)),
        (
            lambda: required_literals(re.compile(r"(?:avec|selon) l'afp|photo\s*:")),
            ("photo", " l'afp"),
        ),
        (
            lambda: required_literals(re.compile(r"^(?:dr|d\.r\.)s? ?:")),
            ("dr:", "dr :", "drs:", "d.r.:", "drs :", "d.r. :", "d.r.s:", "d.r.s :"),
        ),
        (lambda: required_literals(re.compile(r"abonnez-(?:vous|toi)")), ("abonnez-",)),
        (lambda: required_literals(re.compile(r"(?i)publicite")), None),
        (lambda: quick_to_fail(re.compile(r"^(?:lire|voir) aussi")), True),
        (lambda: quick_to_fail(re.compile(r"^[^.!?]{0,150}newsletter")), False),
        (lambda: nested_repeat(r"^(\w+\s?)+$"), r"(\w+\s?)+"),
        (lambda: nested_repeat(r"^(?:a|b)+c{1,3}$"), None),
        (lambda: nested_repeat(r"^(?:\s*(?:,|/|et))*$"), None),
        (lambda: nested_repeat(r"(x+x+)+y"), "(x+x+)+"),
    ]
    for number, (compute, answer) in enumerate(expected, 1):
        try:
            got = compute()
        except Exception as error:  # any failure means the parser changed
            raise RuntimeError(f"re._parser check {number} raised {error!r}") from error
        if got != answer:
            raise RuntimeError(f"re._parser check {number}: expected {answer!r}, got {got!r}")


# The answer of parser_ok, once known.
_CHECKED: list[bool] = []


def parser_ok() -> bool:
    """Whether ``re._parser`` passed :func:`check_parser` (prefilters and checks are on).

    Checked on the first call, which the first reading of a pattern makes; while the check
    runs, its own readings see the parser as good.

    >>> parser_ok()
    True
    """
    if not _CHECKED:
        _CHECKED.append(True)
        try:
            check_parser()
        except RuntimeError:  # pragma: no cover - a future Python: run without prefilters
            _CHECKED[0] = False
            _parse_text.cache_clear()  # what the check itself read
    return _CHECKED[0]
