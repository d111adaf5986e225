"""Quote pairing of the typography policy (rules T9–T11, policy §3).

One paragraph (line) at a time: straight ``"`` are classified as opening or closing from
their neighbours, then all quotation marks are paired with a stack. Straight quotes are
converted all or nothing per paragraph; a level-0 ``“…”`` becomes ``«…»``. Spacing
inside guillemets (T8) is a separate rule that runs afterwards.
"""

from __future__ import annotations

import regex

_MARK = regex.compile(r'[«»“”"]')
_SPACES = " \u00a0\u202f"
# §3.1: what may come before an opening straight quote, and after a closing one.
_OPEN_AFTER = frozenset(_SPACES + "([{«“‘—–/'’")
_CLOSE_BEFORE = frozenset(_SPACES + ".,;:!?…)]}»”")
# Level 0 (and every even level) gets guillemets, odd levels English quotes.
_BY_LEVEL = (("«", "»"), ("“", "”"))


class _Unpairable(Exception):
    """Some straight quote of the paragraph cannot be classified or paired."""


def _straight_kind(line: str, pos: int) -> str:
    """Return ``"open"`` or ``"close"`` for the straight quote at *pos*, or raise."""
    before = line[pos - 1] if pos else ""
    after = line[pos + 1] if pos + 1 < len(line) else ""
    can_open = (not before or before in _OPEN_AFTER) and bool(after) and after not in _SPACES
    can_close = bool(before) and before not in _SPACES and (not after or after in _CLOSE_BEFORE)
    if can_open == can_close:
        raise _Unpairable
    return "open" if can_open else "close"


def _pair(line: str, use_straight: bool) -> dict[int, str]:
    """Return the replacements {position: new mark} for *line*.

    With *use_straight*, only straight quotes are converted (T9), and _Unpairable is
    raised when one cannot be paired; without, straight quotes are ignored and level-0
    ``“…”`` are converted (T10). Running T9 then T10 gives the levels of one joint scan,
    since a converted straight pair is still a quotation at the same place. The
    stack holds positions; separate stacks of the positions of ``«``, ``“`` and ``"``
    make every lookup O(1), so the scan stays linear even on hostile input.
    """
    stack: list[int] = []
    openers: dict[str, list[int]] = {"«": [], "“": [], '"': []}  # indexes into stack
    changes: dict[int, str] = {}
    for match in _MARK.finditer(line):
        pos, mark = match.start(), match.group()
        if mark == '"':
            if not use_straight:
                continue
            if _straight_kind(line, pos) == "open":
                openers['"'].append(len(stack))
                stack.append(pos)
                continue
            if not openers['"'] or openers['"'][-1] != len(stack) - 1:
                raise _Unpairable  # nothing open, or it would close a « or a “
            openers['"'].pop()
            opened = stack.pop()
            opening, closing = _BY_LEVEL[len(stack) % 2]
            changes[opened], changes[pos] = opening, closing
        elif mark in "«“":
            openers[mark].append(len(stack))
            stack.append(pos)
        else:
            wanted = openers["«" if mark == "»" else "“"]
            if not wanted:
                continue  # a stray closing mark is left alone
            depth = wanted[-1]
            if openers['"'] and openers['"'][-1] > depth:
                raise _Unpairable  # a straight quote opened inside is never closed
            for kind in openers.values():
                while kind and kind[-1] >= depth:
                    kind.pop()
            opened = stack[depth]
            del stack[depth:]
            if mark == "”" and depth == 0 and not use_straight:
                changes[opened], changes[pos] = "«", "»"
    if openers['"']:
        raise _Unpairable
    return changes


def _apply(line: str, changes: dict[int, str]) -> str:
    if not changes:
        return line
    chars = list(line)
    for pos, mark in changes.items():
        chars[pos] = mark
    return "".join(chars)


def pair_straight(line: str) -> str:
    """T9: convert the straight quotes of one paragraph, all or nothing.

    >>> pair_straight('Il a dit "non" et « elle "oui" ».')
    'Il a dit «non» et « elle “oui” ».'
    >>> pair_straight('Un écran de 65" et "rien')
    'Un écran de 65" et "rien'
    """
    if '"' not in line:
        return line
    try:
        return _apply(line, _pair(line, use_straight=True))
    except _Unpairable:
        return line


def pair_curly(line: str) -> str:
    """T10: a level-0 ``“…”`` of one paragraph becomes ``«…»``.

    >>> pair_curly("“Vite”, dit-il « “non” »")
    '«Vite», dit-il « “non” »'
    """
    if "“" not in line:
        return line
    return _apply(line, _pair(line, use_straight=False))
