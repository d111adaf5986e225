"""Argument checks shared by the public functions."""

from __future__ import annotations

from typing import Any


def check_text(value: Any, name: str = "text") -> str:
    """Return *value* if it is a ``str``; otherwise raise ``TypeError`` naming its type.

    >>> check_text("ok")
    'ok'
    >>> check_text(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not bytes
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be str, not {type(value).__name__}")
    return value
