"""The options of :func:`feuillet.clean`, in one frozen, validated, picklable object.

Every entry point builds a :class:`CleanOptions`: :func:`~feuillet.clean`,
:func:`~feuillet.clean_many`, the command line and the integrations (spaCy, Hugging Face
datasets, Dask, datatrove). An invalid option fails when the object is made, once, in the
caller's process — not in a worker, nor once per record.

>>> options = CleanOptions(profile="plain", zones=("header", "footer"))
>>> options.zones, options.inline
(('header', 'footer'), True)
>>> options.replace(unwrap=True).unwrap
True
>>> CleanOptions(zones=("top",))
Traceback (most recent call last):
...
feuillet.errors.ConfigurationError: unknown zone 'top'; valid zones: header, footer, inline
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict, cast

from ._types import ZONES, Zone
from .boilerplate import Rules
from .errors import ConfigurationError, InputTypeError
from .typography import Profile, normalize

__all__ = ["CleanOptions", "OptionsDict", "resolve_options"]


class OptionsDict(TypedDict, total=False):
    """The fields of :class:`CleanOptions` as keyword arguments (``clean(text, **options)``)."""

    profile: str | Profile
    boilerplate: bool
    inline: bool
    rules: Rules | None
    zones: tuple[Zone, ...] | Iterable[Zone] | Zone
    abbreviations: Iterable[str] | None
    unwrap: bool


@dataclass(frozen=True)
class CleanOptions:
    """What :func:`feuillet.clean` does, field by field.

    * ``profile`` — the typography profile, a name (``"typographic"``, ``"plain"``,
      ``"ascii"``) or a :class:`~feuillet.Profile`;
    * ``boilerplate`` — ``False`` keeps every line;
    * ``inline`` — ``False`` keeps the inline boilerplate lines ("Lire aussi : …");
    * ``rules`` — the boilerplate :class:`~feuillet.Rules` (default: the packaged ones);
    * ``zones`` — where boilerplate is removed: some of ``"header"``, ``"footer"``,
      ``"inline"``;
    * ``abbreviations`` — extra abbreviations that never end a sentence;
    * ``unwrap`` — join hard-wrapped lines into one paragraph.

    Sequences are stored as tuples, so the object is hashable when its rules are, and it
    pickles to send to worker processes.

    >>> CleanOptions(abbreviations=["Pr."]).abbreviations
    ('Pr.',)
    >>> CleanOptions(boilerplate="no")
    Traceback (most recent call last):
    ...
    feuillet.errors.InputTypeError: boilerplate must be bool, not str
    """

    profile: str | Profile = "typographic"
    boilerplate: bool = True
    inline: bool = True
    rules: Rules | None = None
    zones: tuple[Zone, ...] = field(default=ZONES)
    abbreviations: tuple[str, ...] | None = None
    unwrap: bool = False

    def __post_init__(self) -> None:
        for name in ("boilerplate", "inline", "unwrap"):
            value = getattr(self, name)
            if not isinstance(value, bool):
                raise InputTypeError(f"{name} must be bool, not {type(value).__name__}")
        if self.rules is not None and not isinstance(self.rules, Rules):
            raise InputTypeError(
                f"rules must be feuillet.Rules or None, not {type(self.rules).__name__}"
            )
        if not isinstance(self.profile, str | Profile):
            raise InputTypeError(
                f"profile must be str or Profile, not {type(self.profile).__name__}"
            )
        normalize("", profile=self.profile)  # an unknown profile or a missing extra fails now
        object.__setattr__(self, "zones", _zones(self.zones))
        if self.abbreviations is not None:
            object.__setattr__(self, "abbreviations", _strings(self.abbreviations))

    def replace(self, **overrides: Any) -> CleanOptions:
        """A copy with some fields changed (validated like a new object).

        >>> CleanOptions().replace(colour=True)
        Traceback (most recent call last):
        ...
        feuillet.errors.ConfigurationError: unknown option 'colour'; valid options: profile, \
boilerplate, inline, rules, zones, abbreviations, unwrap
        """
        _check_names(overrides)
        return dataclasses.replace(self, **overrides)

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> CleanOptions:
        """Build options from plain values, as found in a config file (spaCy's, for example).

        ``rules`` may be the path of a rules file; ``None`` values mean the default.

        >>> CleanOptions.from_mapping({"profile": "plain", "rules": None}).profile
        'plain'
        """
        _check_names(values)
        given = {name: value for name, value in values.items() if value is not None}
        rules = given.get("rules")
        if isinstance(rules, str | os.PathLike):
            given["rules"] = Rules.from_file(os.fspath(rules))
        return cls(**given)


def resolve_options(options: CleanOptions | None, overrides: Mapping[str, Any]) -> CleanOptions:
    """*options* (default: ``CleanOptions()``) with keyword *overrides* applied.

    >>> resolve_options(None, {"unwrap": True}).unwrap
    True
    """
    if options is None:
        if not overrides:  # the common call, clean(text): built and checked once
            return _default_options()
        _check_names(overrides)
        return CleanOptions(**overrides)
    if not isinstance(options, CleanOptions):
        raise InputTypeError(
            f"options must be feuillet.CleanOptions or None, not {type(options).__name__}"
        )
    return options.replace(**overrides) if overrides else options


_NAMES = tuple(f.name for f in dataclasses.fields(CleanOptions))


@functools.cache
def _default_options() -> CleanOptions:
    return CleanOptions()


def _check_names(values: Mapping[str, Any]) -> None:
    unknown = [name for name in values if name not in _NAMES]
    if unknown:
        raise ConfigurationError(
            f"unknown option {unknown[0]!r}; valid options: {', '.join(_NAMES)}"
        )


def _zones(zones: object) -> tuple[Zone, ...]:
    wanted = (zones,) if isinstance(zones, str) else zones
    if not isinstance(wanted, Iterable):
        raise InputTypeError(f"zones must be a sequence of str, not {type(zones).__name__}")
    result = tuple(wanted)
    for zone in result:
        if zone not in ZONES:
            raise ConfigurationError(f"unknown zone {zone!r}; valid zones: {', '.join(ZONES)}")
    return cast("tuple[Zone, ...]", result)


def _strings(values: object) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise InputTypeError(
            f"abbreviations must be an iterable of str, not {type(values).__name__}"
        )
    result = tuple(values)
    for value in result:
        if not isinstance(value, str):
            raise InputTypeError(f"each abbreviation must be str, not {type(value).__name__}")
    return result
