"""Exceptions raised by feuillet.

Every exception feuillet raises on purpose derives from :class:`FeuilletError`, so
``except feuillet.FeuilletError`` catches them all. Each subclass also derives from the
built-in exception a Python user would expect (``ValueError``, ``ImportError``), so code
written without knowing feuillet keeps working.

Passing something other than ``str`` where text is expected raises
:class:`InputTypeError`, a :class:`TypeError` naming the type received (and a
:class:`FeuilletError`, so one ``except`` clause catches every feuillet error).

Warnings about suspicious input (markup given as text, text that is not French) are
:class:`FeuilletWarning` subclasses: silence them all with
``warnings.simplefilter("ignore", feuillet.FeuilletWarning)``.

>>> issubclass(ConfigurationError, FeuilletError), issubclass(ConfigurationError, ValueError)
(True, True)
>>> issubclass(InputTypeError, FeuilletError), issubclass(InputTypeError, TypeError)
(True, True)
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "FeuilletError",
    "FeuilletWarning",
    "InputError",
    "InputTypeError",
    "MarkupWarning",
    "MissingDependencyError",
    "NotFrenchWarning",
    "RulesError",
]


class FeuilletError(Exception):
    """Base class of every error raised on purpose by feuillet."""


class ConfigurationError(FeuilletError, ValueError):
    """An unknown profile, preset or option was asked for.

    The message lists the valid choices.
    """


class RulesError(FeuilletError, ValueError):
    """A boilerplate rule or rule file is malformed (bad pattern, unknown zone, bad JSON)."""


class InputError(FeuilletError, ValueError):
    """Input that feuillet cannot process (for example an undecodable byte in a file)."""


class MissingDependencyError(FeuilletError, ImportError):
    """An optional dependency is needed for what was asked; the message says how to install it."""


class InputTypeError(FeuilletError, TypeError):
    """A value of the wrong type where text (or a record) is expected; names the type."""


class FeuilletWarning(UserWarning):
    """Base class of the warnings feuillet gives about its input; nothing is refused."""


class MarkupWarning(FeuilletWarning):
    """The text looks like HTML or XML: extract the article first (for example with trafilatura)."""


class NotFrenchWarning(FeuilletWarning):
    """The text is clearly not French: French typography and rules do not fit it."""
