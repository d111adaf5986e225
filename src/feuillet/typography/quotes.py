"""Quote pairing of the typography policy (rules T9–T11, T27–T30, policy §3 and §7).

One paragraph (line) at a time: runs of straight ``"`` are classified as opening or
closing from their neighbours, then all quotation marks are paired with a stack. Straight
quotes are converted all or nothing per paragraph (T9); a level-0 ``“…”`` becomes
``«…»`` (T10); guillemets nested in guillemets become ``“…”`` (T30). When this
directional pairing fails, the paragraph's double marks may still be paired by
alternation (T28). Spacing inside guillemets (T8) is a separate rule that runs afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A run of straight quotes is classified as one mark (T27: `"non""` closes twice).
_MARK = re.compile(r'"++|[«»“”]')
_SPACES = " \u00a0\u202f"
# §3.1 with T27: what may come before an opening straight quote, and after a closing one.
_OPEN_AFTER = frozenset(_SPACES + "([{«“‘—–/'’")
_CLOSE_BEFORE = frozenset(_SPACES + '.,;:!?…)]}»”"/-')
# Level 0 (and every even level) gets guillemets, odd levels English quotes.
_BY_LEVEL = (("«", "»"), ("“", "”"))
# T28: every double mark, `''` typed for one (not inside a longer run of apostrophes).
_ANY_MARK = re.compile(r"[\"«»“”]|(?<!')''(?!')|(?<!’)’’(?!’)")
_DOUBLE_APOSTROPHE = re.compile(r"(?<!')''(?!')|(?<!’)’’(?!’)")
_DIGITS = "0123456789"
_SPACE_BEFORE = frozenset(_SPACES + "([{«")
_SPACE_AFTER = frozenset(_SPACES + ";:!?,.)]}»")
_CURLY_OR_GUILLEMET = re.compile("[«»“”]")
_CLOSES = {"»": "«", "”": "“"}
# A `«` opened while another is still open: the only way to a nested pair (T30).
_SECOND_OPENING = re.compile("«[^«»]*+«")


class _Unpairable(Exception):
    """Some straight quote of the paragraph cannot be classified or paired."""


def _run_kind(line: str, start: int, end: int) -> str | None:
    """``"open"``, ``"close"`` or None (T29: an empty ``""`` is no mark) for a run of ``"``.

    Raises _Unpairable when the run is neither or both (`" non "`).
    """
    before = line[start - 1] if start else ""
    # Judged as the text will be spaced: T8 puts a no-break space after `«` and before `»`,
    # T31 after a line-initial `»` (a second run would classify differently otherwise).
    if before == "«" or (start == 1 and before == "»"):
        before = " "
    after = line[end] if end < len(line) else ""
    if after == "»":
        after = " "
    elif after in _SPACES and _space_goes(line, end):
        after = line[end + 1]  # T36 takes the space before `,` or a final `.` away
    can_open = (not before or before in _OPEN_AFTER) and bool(after) and after not in _SPACES
    can_close = bool(before) and before not in _SPACES and (not after or after in _CLOSE_BEFORE)
    if can_open != can_close:
        return "open" if can_open else "close"
    if end - start == 2:
        return None  # T29: `""` with nothing between is left alone
    raise _Unpairable


def _space_goes(line: str, space: int) -> bool:
    """Whether T36 removes the space at *space* after a quote: before `,` or a final `.`."""
    point = line[space + 1 : space + 2]
    if point == ",":
        return True
    following = line[space + 2 : space + 3]
    return point == "." and (not following or following in _SPACES + "\n»”)];:!?")


class _Scan:
    """The result of one directional pass over a paragraph."""

    def __init__(self) -> None:
        self.changes: dict[int, str] = {}
        self.clean = True  # every mark paired (a line-initial `»` excepted, T31)
        self.nested: list[tuple[int, int]] = []  # existing « » pairs at an odd level (T30)


def _scan(line: str, use_straight: bool) -> _Scan:
    """Pair the quotation marks of *line* with a stack.

    With *use_straight*, straight quotes are paired and converted (T9), and _Unpairable
    is raised when one cannot be paired; without, straight quotes are ignored and level-0
    ``“…”`` are converted (T10). Running T9 then T10 gives the levels of one joint scan,
    since a converted straight pair is still a quotation at the same place. Separate
    stacks of the positions of ``«``, ``“`` and ``"`` make every lookup O(1), so the scan
    stays linear even on hostile input.
    """
    result = _Scan()
    stack: list[int] = []
    openers: dict[str, list[int]] = {"«": [], "“": [], '"': []}  # indexes into stack
    for match in _MARK.finditer(line):
        start, end = match.span()
        mark = line[start]
        if mark == '"':
            if not use_straight:
                continue
            kind = _run_kind(line, start, end)
            for pos in range(start, end) if kind else ():
                if kind == "open":
                    openers['"'].append(len(stack))
                    stack.append(pos)
                    continue
                if not openers['"'] or openers['"'][-1] != len(stack) - 1:
                    raise _Unpairable  # nothing open, or it would close a « or a “
                openers['"'].pop()
                opened = stack.pop()
                opening, closing = _BY_LEVEL[len(stack) % 2]
                result.changes[opened], result.changes[pos] = opening, closing
        elif mark in "«“":
            openers[mark].append(len(stack))
            stack.append(start)
        else:
            wanted = openers["«" if mark == "»" else "“"]
            if not wanted:
                if not (mark == "»" and start == 0):
                    result.clean = False  # a stray closing mark is left alone
                continue
            depth = wanted[-1]
            if openers['"'] and openers['"'][-1] > depth:
                raise _Unpairable  # a straight quote opened inside is never closed
            if depth != len(stack) - 1:
                result.clean = False  # it closes over a mark left open inside
            for kind_stack in openers.values():
                while kind_stack and kind_stack[-1] >= depth:
                    kind_stack.pop()
            opened = stack[depth]
            del stack[depth:]
            if mark == "”" and depth == 0 and not use_straight:
                result.changes[opened], result.changes[start] = "«", "»"
            if mark == "»" and depth % 2 == 1:
                result.nested.append((opened, start))
    if openers['"']:
        raise _Unpairable
    if stack:
        result.clean = False
    return result


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
    >>> pair_straight('Il a dit "Il a dit "non"".')
    'Il a dit «Il a dit “non”».'
    """
    if '"' not in line:
        return line
    try:
        return _apply(line, _scan(line, use_straight=True).changes)
    except _Unpairable:
        return line


def pair_curly(line: str) -> str:
    """T10: a level-0 ``“…”`` of one paragraph becomes ``«…»``.

    >>> pair_curly("“Vite”, dit-il « “non” »")
    '«Vite», dit-il « “non” »'
    """
    if "“" not in line:
        return line
    scan = _scan(line, use_straight=False)
    # Only in a paragraph whose marks pair cleanly: converting one pair of a muddle
    # changes the levels of the others, and a second run would pair them differently.
    return _apply(line, scan.changes) if scan.clean else line


def _is_clean(line: str) -> bool:
    try:
        return _scan(line, use_straight=True).clean
    except _Unpairable:
        return False


def _well_nested(line: str) -> bool:
    """Whether the ``« » “ ”`` of a line without straight quotes pair cleanly (as _scan)."""
    stack: list[str] = []
    for mark in _CURLY_OR_GUILLEMET.findall(line, 1 if line.startswith("»") else 0):
        if mark in "«“":
            stack.append(mark)
        elif not stack or stack.pop() != _CLOSES[mark]:
            return False
    return not stack


def _direction(line: str, start: int, end: int) -> str | None:
    """T28: the direction a mark certainly has, or None when its neighbours do not tell."""
    mark = line[start]
    if mark == "«":
        return "open"
    if mark == "»":
        return "close"
    # Judged as the text will stand once spaced: T6/T7 put a space before `; : ! ?`, T36
    # takes it away before `, .` and T38 inside brackets, T8 puts one inside `« »`, T31
    # after a line-initial `»`; so these count as a space here
    # (otherwise a second run could pair what the first left: normalize must be idempotent).
    space_before = start == 0 or line[start - 1] in _SPACE_BEFORE or (start == 1 and line[0] == "»")
    space_after = end == len(line) or line[end] in _SPACE_AFTER
    if space_before != space_after:
        return "open" if space_before else "close"
    return None


def _marks(line: str) -> Iterator[tuple[int, int]]:
    for match in _ANY_MARK.finditer(line):
        if match.start() == 0 and line[0] == "»":
            continue  # T31: a quotation continued from the previous paragraph
        yield match.span()


def _alternation(line: str) -> list[tuple[int, int, str]] | None:
    """T28: the (start, end, guillemet) of every mark, or None if alternation fails."""
    out: list[tuple[int, int, str]] = []
    opened = -1
    for start, end in _marks(line):
        opening = opened < 0
        if line[start] in "\"'’" and start and line[start - 1] in _DIGITS:
            return None  # an inch mark (`65"`) or seconds, not a quotation
        if _direction(line, start, end) not in (None, "open" if opening else "close"):
            return None
        if opening:
            opened = end
        else:
            if not line[opened:start].strip(_SPACES):
                return None  # an empty pair
            opened = -1
        out.append((start, end, "«" if opening else "»"))
    return out if opened < 0 and out else None


def pair_alternating(line: str) -> str:
    """T28: when directional pairing fails, pair the double marks by alternation.

    >>> pair_alternating('Il a répondu " non " sèchement.')
    'Il a répondu « non » sèchement.'
    >>> pair_alternating("”amis” et ''Chut''")
    '«amis» et «Chut»'
    >>> pair_alternating('Un écran de 65" et " rien "')
    'Un écran de 65" et " rien "'
    """
    has_double_apostrophe = ("''" in line or "’’" in line) and bool(_DOUBLE_APOSTROPHE.search(line))
    if not has_double_apostrophe and not any(char in line for char in '"«»“”'):
        return line
    if '"' not in line:
        if not has_double_apostrophe and _well_nested(line):
            return line  # the common case: no need for the full scan
    elif _is_clean(line) and not has_double_apostrophe:
        return line
    pairs = _alternation(line)
    if pairs is None:
        return line
    out: list[str] = []
    pos = 0
    for start, end, guillemet in pairs:
        out.append(line[pos:start])
        out.append(guillemet)
        pos = end
    out.append(line[pos:])
    return "".join(out)


def nest_guillemets(line: str) -> str:
    """T30: in a cleanly paired paragraph, ``«`` … ``»`` inside ``« »`` become ``“…”``.

    >>> nest_guillemets("« Il a lu « Le Monde » hier »")
    '« Il a lu “Le Monde” hier »'
    """
    if line.count("«") < 2 or not _SECOND_OPENING.search(line):
        return line
    try:
        scan = _scan(line, use_straight=True)
    except _Unpairable:
        return line
    if not scan.clean or not scan.nested:
        return line
    chars = list(line)
    for opened, closed in scan.nested:
        chars[opened], chars[closed] = "“", "”"
        if opened + 1 < len(chars) and chars[opened + 1] in _SPACES:
            chars[opened + 1] = ""
        if chars[closed - 1] in _SPACES:
            chars[closed - 1] = ""
    return "".join(chars)
