"""Apply a profile: :func:`normalize`, and :func:`normalize_and_explain` with its changes.

Both run the steps of :mod:`feuillet.typography.steps` in the same order, so their outputs
are identical; ``normalize_and_explain`` also records, line by line, which rule changed
what.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

import ftfy

from .._validate import check_text
from . import ftfy_gate, rules
from .profile import Profile, resolve_profile
from .protect import Protected, protect
from .steps import Step, steps_for

__all__ = ["FTFY_CONFIG", "Change", "Explained", "normalize", "normalize_and_explain"]

# T0 / P0: ftfy with every option spelled out. uncurl_quotes would turn ’ into ' and
# “ ” into "; unescape_html="auto" switches itself off as soon as a literal `<` appears;
# NFKC would turn no-break spaces into spaces and … into "...".
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=True,
    fix_character_width=True,
    uncurl_quotes=False,
    fix_line_breaks=True,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=False,
)


@dataclass(frozen=True)
class Change:
    """One rule that changed one line: the line as it was before and after that rule.

    ``line`` is the index of the line (0-based, after line breaks are normalized).

    >>> normalize_and_explain("Vraiment?")[1]
    [Change(rule='T6', line=0, before='Vraiment?', after='Vraiment\\u202f?')]
    """

    rule: str
    line: int
    before: str
    after: str


def _repair(text: str, profile: Profile) -> str:
    if profile.repair_encoding:
        # Same result as ftfy.fix_text; only the lines ftfy could change are sent to it.
        return ftfy_gate.fix_text(text, FTFY_CONFIG)
    return rules.line_breaks(text)


def normalize(text: str, profile: str | Profile = "typographic", **overrides: Any) -> str:
    """Normalize French typography according to *profile* (and keyword *overrides*).

    >>> normalize('Il a dit "non"... Vraiment? 87 % des voix, 12 500 votants ; fin')
    'Il a dit «\\xa0non\\xa0»… Vraiment\\u202f? 87\\xa0% des voix, 12\\u202f500 votants\\u202f; fin'
    >>> normalize("L’« État » a dit : 18 h 30", "plain")
    "L'« État » a dit : 18 h 30"
    >>> normalize("Vraiment?", quotes="keep", spaces="keep")
    'Vraiment?'
    """
    check_text(text)
    chosen = resolve_profile(profile, overrides)
    if len(text) <= CHUNK_CHARS:
        return _normalize(text, chosen)
    # Every rule works within a line: a long text is normalized a block of lines at a time,
    # which keeps the peak memory near the input and output sizes (each step of a
    # whole-text pass makes a copy, and splitting into lines another).
    return "".join(_normalize(block, chosen) for block in _blocks(text, CHUNK_CHARS))


#: Texts longer than this are normalized a block of lines at a time (same result).
CHUNK_CHARS = 1 << 16


def _blocks(text: str, size: int) -> Iterator[str]:
    """*text* cut after a ``\\n`` once every *size* characters or so (a long line stays whole).

    >>> list(_blocks("ab\\ncd\\nef", 2))
    ['ab\\n', 'cd\\n', 'ef']
    """
    start = 0
    while start < len(text):
        cut = text.find("\n", start + size - 1)
        end = len(text) if cut < 0 else cut + 1
        yield text[start:end]
        start = end


def _normalize(text: str, chosen: Profile) -> str:
    before, main, after = steps_for(chosen)
    body = _repair(text, chosen)
    for step in before:
        if step.may_change(body):
            body = step.apply(body)
    protected = protect(body) if chosen.protect_spans else Protected(body, (), "")
    body = protected.text
    for step in main:
        if step.may_change(body):
            body = step.apply(body)
    body = protected.restore(body)
    for step in after:
        if step.may_change(body):
            body = step.apply(body)
    return body


def _record(changes: list[Change], rule: str, before: list[str], after: list[str]) -> None:
    for index, (old, new) in enumerate(zip(before, after, strict=True)):
        if old != new:
            changes.append(Change(rule, index, old, new))


_ANY_BREAK = re.compile("(\r\n|[\n\r\u2028\u2029\x85])")


def _explain_repair(
    text: str, repaired: str, rules_ids: tuple[str, str], changes: list[Change]
) -> None:
    """Report the repair per line, and the line breaks that were not ``\\n``."""
    repair_rule, break_rule = rules_ids
    parts = _ANY_BREAK.split(text)
    raw, ends = parts[0::2], parts[1::2]
    fixed = repaired.split("\n")
    if len(raw) != len(fixed):  # ftfy turned a C1 control into a character: no line mapping
        changes.append(Change(repair_rule, 0, text, repaired))
        return
    _record(changes, repair_rule, raw, fixed)
    for index, end in enumerate(ends):
        if end != "\n":
            changes.append(Change(break_rule, index, raw[index] + end, fixed[index] + "\n"))


class Explained(NamedTuple):
    """What :func:`normalize_and_explain` returns: the text, and the changes that made it."""

    text: str
    changes: list[Change]


def normalize_and_explain(
    text: str, profile: str | Profile = "typographic", **overrides: Any
) -> Explained:
    """Normalize like :func:`normalize` and list every change, rule by rule and line by line.

    >>> out, changes = normalize_and_explain("Il a dit : «non»")
    >>> [change.rule for change in changes]
    ['T8', 'T7']
    >>> changes[0].after
    'Il a dit : «\\xa0non\\xa0»'
    """
    check_text(text)
    chosen = resolve_profile(profile, overrides)
    before, main, after = steps_for(chosen)
    changes: list[Change] = []
    body = _repair(text, chosen)
    if body != text:
        ids = ("T0", "T1") if chosen.spaces == "french" else ("P0", "P0")
        _explain_repair(text, body, ids, changes)
    body = _explain_steps(before, body, changes)
    protected = protect(body) if chosen.protect_spans else Protected(body, (), "")
    body = protected.text
    lines = protected.restore_lines(body.split("\n"))
    for step in main:
        new = step.apply(body)
        if new != body:
            new_lines = protected.restore_lines(new.split("\n"))
            _record(changes, step.rule, lines, new_lines)
            body, lines = new, new_lines
    body = protected.restore(body)
    return Explained(_explain_steps(after, body, changes), changes)


def _explain_steps(steps: tuple[Step, ...], body: str, changes: list[Change]) -> str:
    for step in steps:
        new = step.apply(body)
        if new != body:
            _record(changes, step.rule, body.split("\n"), new.split("\n"))
            body = new
    return body
