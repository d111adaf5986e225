r"""Run ftfy only on the lines where it can change something.

``ftfy.fix_text`` cuts its input into segments (each line with its ``\n``, and pieces of
at most ``max_decode_length`` characters) and fixes every segment on its own. A segment
comes back unchanged when every step of ftfy's pipeline leaves it as it is, and each step
has a cheap, exact condition for doing nothing:

* ``unescape_html``: no match of ftfy's own HTML entity pattern;
* ``fix_encoding`` (with ``restore_byte_a0``, ``replace_lossy_sequences`` and
  ``decode_inconsistent_utf8``, which only run inside it): ``ftfy.badness.is_bad`` is
  false, since that is the first thing the encoding fixer checks;
* the character fixers (C1 controls, ligatures, character width, quotes, line breaks,
  surrogates, terminal escapes, control characters): none of the characters they act on;
* normalization: ``unicodedata.is_normalized`` is true.

When the first round of ftfy's loop changes nothing it stops, so a segment passing all
the checks is returned as is. :func:`fix_text` checks segments and hands only the others
to ftfy; on real French news almost no line needs it.

Half of ftfy's time on clean text is its badness check, one big alternation whose
branches mostly start with classes containing ASCII, so ``re`` tries every branch at
every position. This module parses ``ftfy.badness.BADNESS_RE`` and rewrites each branch
around one of its characters that must be non-ASCII (the anchor): what comes before the
anchor becomes a fixed-width look-behind, what follows stays as it is. The rewritten
pattern starts with the class of all anchors, which ``re`` scans for in C, and it matches
a string exactly when ftfy's pattern does. The rewrite of the pattern of each known ftfy
is stored (``data/ftfy-gate.json``, keyed by the pattern's text), so an import reads it
instead of parsing the pattern again. The trigger characters are read from ftfy's own
tables and patterns.

Every check is one pass of a C scan or of a pattern whose matches are a few characters
long, so the gate stays linear in the length of the text, hostile input included.

Everything is derived from the installed ftfy. When its version is not one this gate was
checked against, or a pattern does not have the expected shape, the gate is off
(:data:`GATED` is false, :data:`FALLBACK_REASON` says why) and :func:`fix_text` is plain
``ftfy.fix_text``.

>>> config = ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)
>>> fix_text("L’été à Paris\n", config)
'L’été à Paris\n'
>>> fix_text("Ã©tÃ© &amp; hiver\n", config)
'été & hiver\n'
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any, Literal, NamedTuple

import ftfy
from ftfy import badness, chardata, fixes

from .._data import read_text

__all__ = ["FALLBACK_REASON", "GATED", "fix_text"]

# Versions whose pipeline (fix_text, fix_and_explain, the fixers) was read for this gate.
# Another version may add a step that changes text this gate believes clean.
KNOWN_VERSIONS = frozenset({"6.3.1"})

_KNOWN_FIELDS = (
    "unescape_html",
    "remove_terminal_escapes",
    "fix_encoding",
    "restore_byte_a0",
    "replace_lossy_sequences",
    "decode_inconsistent_utf8",
    "fix_c1_controls",
    "fix_latin_ligatures",
    "fix_character_width",
    "uncurl_quotes",
    "fix_line_breaks",
    "fix_surrogates",
    "remove_control_chars",
    "normalization",
    "max_decode_length",
    "explain",
)

_FORMS = frozenset({"NFC", "NFD", "NFKC", "NFKD"})

# fixes.fix_line_breaks is a chain of str.replace calls: there is no table to read.
_LINE_BREAKS = "\r\u2028\u2029\x85"

# Characters frequent in French news. Anchoring a branch on a class holding them would
# stop the C scan at every word; anchors avoid them when the branch allows it.
_FRENCH = "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”–—…°€\xa0\u202f"

# Private but stable since Python 3.11; any change in it turns the gate off, never wrong.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")


class Unrecognised(Exception):
    """The installed ftfy does not have the shape this gate was written against."""


class _Elem(NamedTuple):
    """One element of a branch: a single character (or a zero-width ``^``)."""

    source: str
    chars: frozenset[int] | None  # the finite set matched; None for \s, [^…], . and ^
    width: int
    optional: bool


class _Gate:
    """The derived checks.

    Every match of the badness patterns starts with one of the *anchors*, characters rare
    in French text (``«`` and ``»`` among them, though): a text without any needs neither
    pattern. Each is compiled on first use, in about 12 ms.
    """

    def __init__(
        self,
        anchors: re.Pattern[str],
        bad_exact_source: str,
        bad_loose_source: str,
        entity: re.Pattern[str],
        fixer_chars: dict[str, frozenset[int]],
    ) -> None:
        self.anchors = anchors
        self.bad_exact_source = bad_exact_source
        self.bad_loose_source = bad_loose_source
        self.entity = entity
        self.fixer_chars = fixer_chars

    @functools.cached_property
    def bad_exact(self) -> re.Pattern[str]:
        """Matches a segment exactly when ftfy's ``BADNESS_RE`` does."""
        return re.compile(self.bad_exact_source)

    @functools.cached_property
    def bad_loose(self) -> re.Pattern[str]:
        """Also matches across lines: a cheap "no line is bad" test of a whole text."""
        return re.compile(self.bad_loose_source)

    def badness(self, text: str, *, exact: bool) -> re.Pattern[str] | None:
        """The pattern to search *text* with, or None when no anchor occurs in it."""
        if self.anchors.search(text) is None:
            return None
        return self.bad_exact if exact else self.bad_loose


class _Plan(NamedTuple):
    triggers: re.Pattern[str] | None
    check_bad: bool
    form: Literal["NFC", "NFD", "NFKC", "NFKD"] | None
    max_len: int


# --- Reading ftfy's patterns -----------------------------------------------------------


def _esc(code: int) -> str:
    # The character itself (escaped if it means something to a pattern): ``re`` compiles
    # a literal much faster than a ``\U0000xxxx`` escape (12 ms instead of 20 ms for the
    # badness pattern, in the first call of a process).
    return re.escape(chr(code))


def _class_source(codes: Iterable[int]) -> str:
    """A character class matching exactly *codes*, as ranges."""
    parts = []
    ordered = sorted(set(codes))
    for _, run in itertools.groupby(enumerate(ordered), lambda pair: pair[1] - pair[0]):
        run_codes = [code for _, code in run]
        low, high = run_codes[0], run_codes[-1]
        parts.append(_esc(low) if low == high else f"{_esc(low)}-{_esc(high)}")
    return "[" + "".join(parts) + "]"


_CATEGORIES = {
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
}


def _set_element(items: list[tuple[Any, Any]]) -> _Elem:
    """A ``[...]`` class; its character set is known only for plain literals and ranges."""
    codes: set[int] = set()
    parts = []
    finite = True
    for op, arg in items:
        if op is _c.LITERAL:
            codes.add(arg)
            parts.append(_esc(arg))
        elif op is _c.RANGE:
            codes.update(range(arg[0], arg[1] + 1))
            parts.append(f"{_esc(arg[0])}-{_esc(arg[1])}")
        elif op is _c.NEGATE and not parts:
            finite = False
            parts.append("^")
        elif op is _c.CATEGORY and getattr(arg, "name", None) in _CATEGORIES:
            finite = False
            parts.append(_CATEGORIES[arg.name])
        else:
            raise Unrecognised(f"class item {op} {arg}")
    return _Elem("[" + "".join(parts) + "]", frozenset(codes) if finite else None, 1, False)


def _element(op: Any, arg: Any) -> _Elem:
    if op is _c.LITERAL:
        return _Elem(_esc(arg), frozenset({arg}), 1, False)
    if op is _c.NOT_LITERAL:
        return _Elem(f"[^{_esc(arg)}]", None, 1, False)
    if op is _c.ANY:
        return _Elem(".", None, 1, False)
    if op is _c.IN:
        return _set_element(list(arg))
    if op is _c.AT and arg is _c.AT_BEGINNING:
        return _Elem("^", None, 0, False)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] == 0 and arg[1] == 1 and len(arg[2]) == 1:
        inner = _element(*arg[2][0])
        if inner.width == 1:
            return inner._replace(optional=True)
    raise Unrecognised(f"element {op} {arg}")


def _check_flags(pattern: re.Pattern[str]) -> None:
    # Only the flags that do not change what a character class means.
    if pattern.flags & ~(re.UNICODE | re.VERBOSE):
        raise Unrecognised(f"flags {pattern.flags} of {pattern.pattern[:40]!r}")


def _branches(pattern: re.Pattern[str]) -> list[list[_Elem]]:
    """The alternatives of *pattern*, each a sequence of single-character elements."""
    _check_flags(pattern)
    data = list(_parser.parse(pattern.pattern, pattern.flags).data)
    if len(data) == 1 and data[0][0] is _c.BRANCH:
        alternatives = [list(branch.data) for branch in data[0][1][1]]
    else:
        alternatives = [data]
    return [[_element(op, arg) for op, arg in branch] for branch in alternatives]


def _char_class(pattern: re.Pattern[str]) -> frozenset[int]:
    """The characters of a pattern that is one character class, like ``[\\x80-\\x9f]``."""
    branches = _branches(pattern)
    if len(branches) != 1 or len(branches[0]) != 1 or branches[0][0].chars is None:
        raise Unrecognised(f"not a single class: {pattern.pattern!r}")
    return branches[0][0].chars


def _first_chars(pattern: re.Pattern[str]) -> frozenset[int]:
    """The characters any match of *pattern* must start with (the rest is not read)."""
    _check_flags(pattern)
    data = list(_parser.parse(pattern.pattern, pattern.flags).data)
    first = _element(*data[0]) if data else None
    if first is None or first.chars is None or first.optional:
        raise Unrecognised(f"no fixed first character: {pattern.pattern!r}")
    return first.chars


# --- Rewriting the badness pattern around non-ASCII anchors ----------------------------


def _anchor_cost(elem: _Elem) -> tuple[int, int]:
    chars = elem.chars or frozenset()
    return (sum(1 for char in _FRENCH if ord(char) in chars), len(chars))


def _anchor_index(branch: list[_Elem]) -> int:
    """The position of the cheapest element that must match one non-ASCII character."""
    candidates = [
        index
        for index, elem in enumerate(branch)
        if elem.chars and not elem.optional and min(elem.chars) >= 0x80
    ]
    if not candidates:
        raise Unrecognised("a badness branch can match pure ASCII")
    return min(candidates, key=lambda index: _anchor_cost(branch[index]))


def _look_behinds(prefix: list[_Elem], anchor: _Elem, keep_assertions: bool) -> Iterator[str]:
    """Fixed-width look-behinds, one per choice of the optional elements before the anchor."""
    optional = [index for index, elem in enumerate(prefix) if elem.optional]
    if len(optional) > 6:
        raise Unrecognised("too many optional elements")
    for kept in itertools.product((False, True), repeat=len(optional)):
        dropped = {index for index, keep in zip(optional, kept, strict=True) if not keep}
        body = "".join(
            elem.source
            for index, elem in enumerate(prefix)
            if index not in dropped and (elem.width or keep_assertions)
        )
        yield f"(?<={body}{anchor.source})"


def _suffix_source(suffix: list[_Elem], keep_assertions: bool) -> str:
    return "".join(
        elem.source + ("?" if elem.optional else "")
        for elem in suffix
        if elem.width or keep_assertions
    )


def _anchor_chars(branches: list[list[_Elem]]) -> frozenset[int]:
    """The anchor characters of the branches: every match starts with one of them."""
    anchors: set[int] = set()
    for branch in branches:
        anchors |= branch[_anchor_index(branch)].chars or frozenset()
    return frozenset(anchors)


def _anchored_source(branches: list[list[_Elem]], keep_assertions: bool) -> str:
    """``[anchors](?:(?<=before anchor)after|...)``: the leading class runs the scan in C.

    With *keep_assertions* false, ``^`` is dropped: the pattern then matches wherever
    the exact one does and more, which is what a whole-text pre-check needs.
    """
    anchors: set[int] = set()
    alternatives = []
    for branch in branches:
        index = _anchor_index(branch)
        anchor = branch[index]
        anchors |= anchor.chars or frozenset()
        after = _suffix_source(branch[index + 1 :], keep_assertions)
        for behind in _look_behinds(branch[:index], anchor, keep_assertions):
            alternatives.append(behind + after)
    return _class_source(anchors) + "(?:" + "|".join(alternatives) + ")"


# --- The gate --------------------------------------------------------------------------


def _fixer_chars() -> dict[str, frozenset[int]]:
    """For each character fixer, the characters without which it returns its input."""
    return {
        "fix_c1_controls": _char_class(chardata.C1_CONTROL_RE),
        "fix_latin_ligatures": frozenset(chardata.LIGATURES),
        "fix_character_width": frozenset(chardata.WIDTH_MAP),
        "uncurl_quotes": _char_class(chardata.SINGLE_QUOTE_RE)
        | _char_class(chardata.DOUBLE_QUOTE_RE),
        "fix_line_breaks": frozenset(map(ord, _LINE_BREAKS)),
        "fix_surrogates": _char_class(fixes.SURROGATE_RE),
        "remove_terminal_escapes": _first_chars(fixes.ANSI_RE),
        "remove_control_chars": frozenset(chardata.CONTROL_CHARS),
    }


def badness_rewrite(pattern: re.Pattern[str]) -> dict[str, str]:
    """The sources of the anchor class and of the exact and loose rewrites of *pattern*.

    Raises :class:`Unrecognised` when *pattern* does not have the expected shape.
    """
    branches = _branches(pattern)
    return {
        "anchors": _class_source(_anchor_chars(branches)),
        "exact": _anchored_source(branches, keep_assertions=True),
        "loose": _anchored_source(branches, keep_assertions=False),
    }


#: The rewrite of ftfy's badness pattern, stored for the patterns it was computed from:
#: reading the pattern costs about 9 ms, at every import. An entry is keyed by the
#: pattern's flags and text, so any other pattern is read as before; the test suite
#: checks that the stored entry is what :func:`badness_rewrite` gives. After a new ftfy
#: is added to :data:`KNOWN_VERSIONS`, add its entry with :func:`write_stored_rewrites`.
STORED_FILE = "ftfy-gate.json"


def _pattern_key(pattern: re.Pattern[str]) -> str:
    return hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:20]


def stored_rewrites() -> dict[str, dict[str, str]]:
    """The stored rewrites by pattern key (empty when the file cannot be read)."""
    try:
        document = json.loads(read_text(STORED_FILE))
    except OSError:  # pragma: no cover - the file ships with the package
        return {}
    rewrites: dict[str, dict[str, str]] = document["rewrites"]
    return rewrites


def _rewrite_of(pattern: re.Pattern[str]) -> dict[str, str]:
    stored = stored_rewrites().get(_pattern_key(pattern))
    return stored if stored is not None else badness_rewrite(pattern)


def write_stored_rewrites(path: str | None = None) -> str:
    """Add the rewrite of the installed ftfy's badness pattern to the stored file (or to
    *path*), keeping the entries of other versions; return the path written."""
    import os

    target = path or os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", STORED_FILE)
    rewrites = stored_rewrites()
    entry = {"ftfy": ftfy.__version__, **badness_rewrite(badness.BADNESS_RE)}
    rewrites[_pattern_key(badness.BADNESS_RE)] = entry
    document = {"about": "written by feuillet.typography.ftfy_gate.write_stored_rewrites"}
    with open(target, "w", encoding="utf-8") as out:
        json.dump({**document, "rewrites": dict(sorted(rewrites.items()))}, out, indent=1)
        out.write("\n")
    return target


def derive() -> tuple[_Gate | None, str]:
    """Build the gate from the installed ftfy, or say why it cannot be trusted."""
    if ftfy.__version__ not in KNOWN_VERSIONS:
        return None, f"ftfy {ftfy.__version__} is not one of {sorted(KNOWN_VERSIONS)}"
    if ftfy.TextFixerConfig._fields != _KNOWN_FIELDS:
        return None, "ftfy.TextFixerConfig has other options"
    try:
        rewrite = _rewrite_of(badness.BADNESS_RE)
        gate = _Gate(
            anchors=re.compile(rewrite["anchors"]),
            bad_exact_source=rewrite["exact"],
            bad_loose_source=rewrite["loose"],
            entity=chardata.HTML_ENTITY_RE,  # the object fixes.unescape_html uses
            fixer_chars=_fixer_chars(),
        )
    except (Unrecognised, AttributeError, re.error) as error:
        return None, f"unrecognised ftfy pattern: {error}"
    return gate, ""


_GATE, FALLBACK_REASON = derive()
#: True when :func:`fix_text` skips ftfy on clean segments; false means plain ftfy.
GATED = _GATE is not None


@functools.lru_cache(maxsize=64)
def _triggers(enabled: frozenset[str]) -> re.Pattern[str] | None:
    if _GATE is None:
        return None
    chars = set().union(*(_GATE.fixer_chars[name] for name in enabled))
    return re.compile(_class_source(chars)) if chars else None


def _plan(config: object) -> _Plan | None:
    """What to check for *config*; None when the gate cannot vouch for it."""
    if _GATE is None or not isinstance(config, ftfy.TextFixerConfig):
        return None
    max_len = config.max_decode_length
    form = config.normalization
    # ftfy loops forever or raises on these: let it do so itself.
    if type(max_len) is not int or max_len <= 0 or (form is not None and form not in _FORMS):
        return None
    # ftfy runs a fixer when its option is truthy, whatever its type.
    enabled = frozenset(name for name in _GATE.fixer_chars if getattr(config, name))
    return _Plan(_triggers(enabled), bool(config.fix_encoding), form, max_len)


def _is_clean(segment: str, plan: _Plan, unescape: bool, bad: re.Pattern[str] | None) -> bool:
    """True when no step of ftfy's pipeline can change *segment*."""
    if plan.triggers is not None and plan.triggers.search(segment):
        return False
    if unescape and _GATE is not None and _GATE.entity.search(segment):
        return False
    if plan.form is not None and not unicodedata.is_normalized(plan.form, segment):
        return False
    return not (plan.check_bad and bad is not None and bad.search(segment))


def _segments(text: str, max_len: int) -> Iterator[str]:
    """ftfy's segments: each line with its ``\\n``, cut every *max_len* characters."""
    pos = 0
    while pos < len(text):
        # Bounded search: a long line without "\n" is not rescanned for each piece.
        newline = text.find("\n", pos, pos + max_len)
        end = newline + 1 if newline >= 0 else min(len(text), pos + max_len)
        yield text[pos:end]
        pos = end


def _fix_segments(text: str, config: ftfy.TextFixerConfig, plan: _Plan) -> str:
    assert _GATE is not None
    out = []
    for segment in _segments(text, plan.max_len):
        # As ftfy.fix_text does: once a segment holds "<", "auto" means no unescaping.
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        bad = _GATE.badness(segment, exact=True) if plan.check_bad else None
        if _is_clean(segment, plan, bool(config.unescape_html), bad):
            out.append(segment)
        else:
            out.append(ftfy.fix_text(segment, config))
    return "".join(out)


def fix_text(text: str, config: ftfy.TextFixerConfig) -> str:
    """``ftfy.fix_text(text, config)``, calling ftfy only on segments it could change."""
    plan = _plan(config) if type(text) is str else None
    if plan is None or _GATE is None:
        return ftfy.fix_text(text, config)
    # Without a cut inside a line, a text with no trigger, entity or badness anywhere has
    # none in any line, and NFC of lines joined by "\n" is the join of their NFC forms.
    bad = _GATE.badness(text, exact=False) if plan.check_bad else None
    if len(text) <= plan.max_len and _is_clean(text, plan, bool(config.unescape_html), bad):
        return text
    return _fix_segments(text, config, plan)
