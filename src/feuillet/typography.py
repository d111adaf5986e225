"""French typography normalization: the ``typographic``, ``plain`` and ``ascii`` profiles.

The contract is the typography policy (rules T0–T26, P0–P4 and §5), summarised in
``docs/typography.md``. A :class:`Profile` holds one choice per independent aspect
(encoding repair, spaces, quotes, apostrophes…); :func:`normalize` applies it and
:func:`normalize_and_explain` also reports, line by line, which rule changed what.
Both run the same rule functions in the same order, so their outputs are identical.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, get_args

import ftfy

from . import _typo_rules as rules
from ._typo_protect import Protected, protect
from ._validate import check_text
from .errors import ConfigurationError, MissingDependencyError

__all__ = [
    "ASCII",
    "PLAIN",
    "TYPOGRAPHIC",
    "Change",
    "Profile",
    "normalize",
    "normalize_and_explain",
]

SpaceStyle = Literal["french", "plain", "keep"]
QuoteStyle = Literal["french", "ascii", "keep"]
ApostropheStyle = Literal["typographic", "straight", "keep"]
EllipsisStyle = Literal["character", "keep"]
DashStyle = Literal["en", "keep"]
NumberStyle = Literal["french", "keep"]

_CHOICES: dict[str, tuple[Any, ...]] = {
    "spaces": get_args(SpaceStyle),
    "quotes": get_args(QuoteStyle),
    "apostrophes": get_args(ApostropheStyle),
    "ellipsis": get_args(EllipsisStyle),
    "dashes": get_args(DashStyle),
    "numbers": get_args(NumberStyle),
}

# T0 / P0: ftfy with every option spelled out. uncurl_quotes would turn ’ into ' and
# “ ” into "; unescape_html="auto" switches itself off as soon as a literal `<` appears;
# NFKC would turn no-break spaces into spaces and … into "...".
_FTFY = ftfy.TextFixerConfig(
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
class Profile:
    """The normalization choices, one field per independent aspect.

    Use a preset (``Profile.typographic()``, ``Profile.plain()``, ``Profile.ascii()`` or
    ``Profile.from_name("plain")``) and derive variants with keyword overrides, as
    :func:`dataclasses.replace` does.

    * ``repair_encoding`` — T0/P0: repair mojibake, HTML entities, line breaks with ftfy.
    * ``remove_invisible`` — T2: drop zero-width spaces, word joiners, soft hyphens.
    * ``spaces`` — ``"french"``: T3–T7 (one space, no-break spaces before ``; ! ? :``);
      ``"plain"``: P1–P2 (every space becomes U+0020); ``"keep"``: untouched.
    * ``quotes`` — ``"french"``: T8–T11 (``« »`` with no-break spaces); ``"ascii"``:
      guillemets become ``"`` (§5); ``"keep"``.
    * ``apostrophes`` — ``"typographic"``: T12–T13 (``’``); ``"straight"``: P3 (``'``);
      ``"keep"``.
    * ``ellipsis`` — ``"character"``: T14 (``...`` → ``…``); ``"keep"``.
    * ``dashes`` — ``"en"``: T15–T16 (spaced hyphen → ``–``); ``"keep"``.
    * ``numbers`` — ``"french"``: T18 and T21 (``87 %``, ``12 500`` grouping kept with
      narrow no-break spaces, never inserted); ``"keep"``.
    * ``units`` — T19–T20: existing space before a unit symbol, ``18 h 30``.
    * ``protect_spans`` — T23: URLs, e-mails, handles, hashtags, code left byte for byte.
    * ``transliterate`` — §5: ``unidecode`` to ASCII (needs ``feuillet[ascii]``).

    >>> Profile.plain().quotes
    'keep'
    >>> Profile.from_name("typographic") == TYPOGRAPHIC
    True
    >>> dataclasses.replace(TYPOGRAPHIC, dashes="keep").dashes
    'keep'
    """

    repair_encoding: bool = True
    remove_invisible: bool = True
    spaces: SpaceStyle = "french"
    quotes: QuoteStyle = "french"
    apostrophes: ApostropheStyle = "typographic"
    ellipsis: EllipsisStyle = "character"
    dashes: DashStyle = "en"
    numbers: NumberStyle = "french"
    units: bool = True
    protect_spans: bool = True
    transliterate: bool = False

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            valid = _CHOICES.get(field.name, (True, False))
            if not any(
                value is choice or (type(value) is str and value == choice) for choice in valid
            ):
                listed = ", ".join(repr(choice) for choice in valid)
                raise ConfigurationError(
                    f"invalid value {value!r} for option {field.name!r}; valid values: {listed}"
                )

    @classmethod
    def typographic(cls) -> Profile:
        """French typography of the Imprimerie nationale (the default).

        >>> Profile.typographic().spaces
        'french'
        """
        return cls()

    @classmethod
    def plain(cls) -> Profile:
        """Repaired text with ordinary spaces and straight apostrophes, nothing inserted.

        >>> Profile.plain().spaces
        'plain'
        """
        return cls(
            spaces="plain",
            quotes="keep",
            apostrophes="straight",
            ellipsis="keep",
            dashes="keep",
            numbers="keep",
            units=False,
            protect_spans=False,
        )

    @classmethod
    def ascii(cls) -> Profile:
        """``plain``, then guillemets as ``"`` and transliteration to ASCII.

        >>> Profile.ascii().transliterate
        True
        """
        return dataclasses.replace(cls.plain(), quotes="ascii", transliterate=True)

    @classmethod
    def from_name(cls, name: str) -> Profile:
        """Return the preset called *name* (``typographic``, ``plain`` or ``ascii``).

        >>> Profile.from_name("ascii") == ASCII
        True
        >>> Profile.from_name("fancy")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        feuillet.errors.ConfigurationError: unknown profile 'fancy'; valid profiles: ascii, ...
        """
        presets = {"typographic": cls.typographic, "plain": cls.plain, "ascii": cls.ascii}
        if name not in presets:
            valid = ", ".join(sorted(presets))
            raise ConfigurationError(f"unknown profile {name!r}; valid profiles: {valid}")
        return presets[name]()


TYPOGRAPHIC = Profile.typographic()
PLAIN = Profile.plain()
ASCII = Profile.ascii()


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


@dataclass(frozen=True)
class _Step:
    """A rule: its id, its function, and the characters without which it changes nothing."""

    rule: str
    apply: Callable[[str], str]
    triggers: str = ""

    def may_change(self, text: str) -> bool:
        return not self.triggers or any(char in text for char in self.triggers)


def _transliterate(text: str) -> str:
    """§5: unidecode, imported only now (it is GPL and optional)."""
    try:
        from unidecode import unidecode
    except ImportError as error:
        raise MissingDependencyError(
            "the ascii profile needs unidecode: pip install 'feuillet[ascii]'"
        ) from error
    result: str = unidecode(text)
    return result


_INVISIBLE_CHARS = "\u200b\u2060\ufeff\u00ad"
_APOSTROPHE_CHARS = "'\u02bc\u00b4`"
_PLAIN_SPACE_CHARS = (
    "\t\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000"
)


@lru_cache(maxsize=64)
def _steps(profile: Profile) -> tuple[tuple[_Step, ...], tuple[_Step, ...], tuple[_Step, ...]]:
    """The rules of *profile*, in order: before protecting spans, on protected text, after."""
    family = "T" if profile.spaces == "french" else "P"
    # T2 runs before the spans are protected: an invisible character next to a backtick
    # or inside an address would otherwise decide what is protected on the first run only.
    before: list[_Step] = []
    if profile.remove_invisible:
        rule = "T2" if family == "T" else "P0"
        before.append(_Step(rule, rules.remove_invisible, _INVISIBLE_CHARS))
    main: list[_Step] = []
    if profile.spaces == "french":
        main += [
            _Step(
                "T3",
                rules.odd_spaces,
                "\t\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000",
            ),
            _Step("T4", rules.collapse_spaces),
            _Step("T5", rules.strip_lines),
        ]
    elif profile.spaces == "plain":
        main += [
            _Step("P1", rules.plain_spaces, _PLAIN_SPACE_CHARS),
            _Step("P2", rules.plain_collapse, " "),
        ]
    if profile.apostrophes == "typographic":
        main.append(_Step("T12", rules.typographic_apostrophes, _APOSTROPHE_CHARS))
    elif profile.apostrophes == "straight":
        main.append(_Step("P3", rules.straight_apostrophes, "\u2019\u2018\u201b\u02bc\u00b4`"))
    if profile.ellipsis == "character":
        main.append(_Step("T14", rules.ellipsis, "."))
    if profile.dashes == "en":
        # Before T6–T8: those rules put no-break spaces next to marks; T15 must not undo them.
        main += [
            _Step("T15", rules.spaced_hyphens, "-"),
            _Step("T16", rules.leading_hyphens, "-"),
        ]
    if profile.quotes == "french":
        main.append(_Step("T9", rules.straight_quotes, '"'))
        main.append(_Step("T10", rules.curly_quotes, "\u201c"))
    if profile.apostrophes == "typographic":
        main.append(_Step("T13", rules.elision_before_guillemet, "«"))
    if profile.quotes == "french":
        main.append(_Step("T8", rules.guillemet_spaces, "«»"))
    elif profile.quotes == "ascii":
        main.append(_Step("A1", rules.ascii_guillemets, "«»"))
    if profile.spaces == "french":
        main += [
            _Step("T6", rules.space_before_marks, ";!?"),
            _Step("T7", rules.space_before_colon, ":"),
        ]
    if profile.numbers == "french":
        main.append(_Step("T18", rules.percent_currency, "%‰€$£"))
    if profile.units:
        main += [_Step("T19", rules.unit_spaces, " \u202f"), _Step("T20", rules.hours, "h")]
    if profile.numbers == "french":
        main.append(_Step("T21", rules.digit_groups, " \u00a0"))
    after: list[_Step] = []
    if profile.transliterate:
        after += [
            _Step("A2", _transliterate),
            _Step("P1", rules.plain_spaces, _PLAIN_SPACE_CHARS),
            _Step("P2", rules.plain_collapse, " "),
            _Step("P3", rules.straight_apostrophes, "\u2019\u2018\u201b\u02bc\u00b4`"),
        ]
    return tuple(before), tuple(main), tuple(after)


def _resolve(profile: str | Profile, overrides: dict[str, Any]) -> Profile:
    if isinstance(profile, str):
        resolved = Profile.from_name(profile)
    elif isinstance(profile, Profile):
        resolved = profile
    else:
        raise TypeError(f"profile must be str or Profile, not {type(profile).__name__}")
    if overrides:
        names = [field.name for field in dataclasses.fields(Profile)]
        unknown = sorted(set(overrides) - set(names))
        if unknown:
            raise ConfigurationError(
                f"unknown option {unknown[0]!r}; valid options: {', '.join(names)}"
            )
        resolved = dataclasses.replace(resolved, **overrides)
    return resolved


def _repair(text: str, profile: Profile) -> str:
    if profile.repair_encoding:
        return ftfy.fix_text(text, _FTFY)
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
    chosen = _resolve(profile, overrides)
    before, main, after = _steps(chosen)
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


def normalize_and_explain(
    text: str, profile: str | Profile = "typographic", **overrides: Any
) -> tuple[str, list[Change]]:
    """Normalize like :func:`normalize` and list every change, rule by rule and line by line.

    >>> out, changes = normalize_and_explain("Il a dit : «non»")
    >>> [change.rule for change in changes]
    ['T8', 'T7']
    >>> changes[0].after
    'Il a dit : «\\xa0non\\xa0»'
    """
    check_text(text)
    chosen = _resolve(profile, overrides)
    before, main, after = _steps(chosen)
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
    return _explain_steps(after, body, changes), changes


def _explain_steps(steps: tuple[_Step, ...], body: str, changes: list[Change]) -> str:
    for step in steps:
        new = step.apply(body)
        if new != body:
            _record(changes, step.rule, body.split("\n"), new.split("\n"))
            body = new
    return body
