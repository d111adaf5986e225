"""Argument checks shared by the public functions."""

from __future__ import annotations

from typing import Any

from .errors import InputTypeError


def check_text(value: Any, name: str = "text") -> str:
    """Return *value* if it is a ``str``; otherwise raise ``InputTypeError`` naming its type.

    :class:`~feuillet.InputTypeError` is a ``TypeError`` and a ``FeuilletError``.

    >>> check_text("ok")
    'ok'
    >>> check_text(b"bytes")
    Traceback (most recent call last):
    ...
    feuillet.errors.InputTypeError: text must be str, not bytes
    """
    if not isinstance(value, str):
        raise InputTypeError(f"{name} must be str, not {type(value).__name__}")
    return value
