"""The normalization choices: :class:`Profile` and its presets.

A profile holds one choice per independent aspect of the typography policy (encoding
repair, spaces, quotes, apostrophes…). The presets are ``typographic`` (publishing),
``plain`` (NLP) and ``ascii`` (plain, then transliterated).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal, get_args

from ..errors import ConfigurationError

__all__ = ["ASCII", "PLAIN", "TYPOGRAPHIC", "Profile", "resolve_profile"]


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
    * ``repairs`` — T34, T36, T37 (``Oui , mais`` → ``Oui, mais``, ``non.Puis`` →
      ``non. Puis``) and T41, T42, T47 (``etc...`` → ``etc.``, ``2ème`` → ``2e``,
      ``C’ est`` → ``C’est``): repairs that insert no no-break space and change no quote,
      on in every preset.
    * ``symbols`` — T43, T44: ``2 x 5`` → ``2 × 5``, ``(c) 2024`` → ``© 2024``.
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
    repairs: bool = True
    symbols: bool = True
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
            symbols=False,
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


def resolve_profile(profile: str | Profile, overrides: dict[str, Any]) -> Profile:
    """The profile named or given by *profile*, with keyword *overrides* applied.

    >>> resolve_profile("plain", {"dashes": "en"}).dashes
    'en'
    """
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
