"""The characters a line must start with to match a rule pattern anchored at its start.

Most shipped patterns are anchored (``^(?:lire|voir) aussi``): only a line whose first
character is one of a few can match them. A search groups its rules by those characters
(see :class:`~feuillet.boilerplate.index.RuleIndex`), so one dictionary lookup on a line's
first character rules out most patterns without testing their prefilter strings — the
largest cost of matching short lines such as titles, menus and credits.

The answer must never rule out a line the pattern matches: anything this module does not
read with certainty (a negated class, ``\\w``, ``.``, a match that may be empty,
case-insensitive parts) gives ``None``, "any character". Digits of every script stand for
one another: ``\\d`` gives the ASCII digits, and a search looks a line starting with
another script's digit up as ``0`` (see :func:`lookup_char`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from . import prefilter

__all__ = ["first_chars", "lookup_char"]

# A class range wider than this is not worth listing: the pattern is tried on every line.
_MAX_RANGE = 256
_UNSURE_FLAGS = re.IGNORECASE | re.MULTILINE
_DIGITS = frozenset("0123456789")
# What \s matches in a str pattern: str.isspace (29 characters).
_SPACES = frozenset(chr(code) for code in range(0x3100) if chr(code).isspace())


def lookup_char(first: str) -> str:
    """The character to look a line starting with *first* up with: ``0`` for any digit
    outside ASCII (``\\d`` matches 660 of them; the table lists ASCII digits)."""
    return "0" if first.isdecimal() and not first.isascii() else first


def first_chars(pattern: str) -> str | None:
    """The characters every match of *pattern* starts with, sorted, or None if unknown.

    Only patterns anchored at the start of the text (``^``, ``\\A``) have them: a line
    whose first character is not among them cannot match.

    >>> first_chars(r"^(?:lire|voir) aussi"), first_chars(r"^[(\\[]?photo")
    ('lv', '([p')
    >>> first_chars(r"lire aussi") is None, first_chars(r"^\\d+ commentaires")
    (True, '0123456789')
    >>> first_chars(r"^(?:les )?commentaires")  # an optional word: either first letter
    'cl'
    """
    parser: Any = prefilter._PARSER
    tree = prefilter._parse_text(pattern)
    if parser is None or tree is None or tree.state.flags & _UNSURE_FLAGS or not tree.data:
        return None
    items = list(tree.data)
    if items[0] not in ((parser.AT, parser.AT_BEGINNING), (parser.AT, parser.AT_BEGINNING_STRING)):
        return None
    chars, empty = _starts(parser, items[1:])
    if chars is None or empty:
        return None
    if any(lookup_char(char) != char for char in chars):
        chars |= {"0"}  # another script's digit: looked up as 0
    return "".join(sorted(chars))


def _starts(parser: Any, items: Sequence[tuple[Any, Any]]) -> tuple[frozenset[str] | None, bool]:
    """The characters a match of *items* can start with (None: any), and whether it can be
    empty."""
    chars: set[str] = set()
    for op, arg in items:
        if op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
            continue  # an anchor or a lookaround matches no character
        if op == parser.LITERAL:
            return frozenset(chars | {chr(arg)}), False
        if op == parser.IN:
            members = _class(parser, arg)
            return (None if members is None else frozenset(chars | members)), False
        if op == parser.SUBPATTERN:
            _group, add_flags, _del_flags, sub = arg
            if add_flags & _UNSURE_FLAGS:
                return None, True
            sub_chars, empty = _starts(parser, sub)
        elif op == parser.ATOMIC_GROUP:
            sub_chars, empty = _starts(parser, arg)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
            low, _high, sub = arg
            sub_chars, empty = _starts(parser, sub)
            empty = empty or low == 0
        elif op == parser.BRANCH:
            parts = [_starts(parser, branch) for branch in arg[1]]
            if any(part is None for part, _empty in parts):
                return None, True
            sub_chars = frozenset().union(*(part for part, _empty in parts if part is not None))
            empty = any(empty for _part, empty in parts)
        else:  # any character, a category, a back reference, anything unknown
            return None, True
        if sub_chars is None:
            return None, True
        chars |= sub_chars
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _class(parser: Any, members: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a class such as ``[(\\[a-c]``, or None if negated or not listed."""
    chars: set[str] = set()
    for kind, value in members:
        if kind == parser.LITERAL:
            chars.add(chr(value))
        elif kind == parser.RANGE and value[1] - value[0] < _MAX_RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif kind == parser.CATEGORY and value == parser.CATEGORY_DIGIT:
            chars.update(_DIGITS)
        elif kind == parser.CATEGORY and value == parser.CATEGORY_SPACE:
            chars.update(_SPACES)
        else:  # a negation, another category (\\w), a wide range
            return None
    return chars
