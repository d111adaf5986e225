"""Exceptions raised by feuillet.

Every exception feuillet raises on purpose derives from :class:`FeuilletError`, so
``except feuillet.FeuilletError`` catches them all. Each subclass also derives from the
built-in exception a Python user would expect (``ValueError``, ``ImportError``), so code
written without knowing feuillet keeps working.

Passing something other than ``str`` where text is expected raises the built-in
:class:`TypeError`, naming the type received.

>>> issubclass(ConfigurationError, FeuilletError), issubclass(ConfigurationError, ValueError)
(True, True)
"""

from __future__ import annotations

__all__ = [
    "ConfigurationError",
    "FeuilletError",
    "InputError",
    "MissingDependencyError",
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
