"""Rule prefilters: strings a line must hold before a rule's search is worth running.

Most lines of a text are body prose that no rule matches; a substring test is much
cheaper than an unanchored regular-expression search. The strings are read from the
parsed pattern with the parser of Python's ``re`` module.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

__all__ = ["quick_to_fail", "required_literals"]

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
