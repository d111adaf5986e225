"""Typography normalization (placeholder: being implemented for issue 3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._validate import check_text

__all__ = ["Change", "Profile", "normalize", "normalize_and_explain"]


@dataclass(frozen=True)
class Profile:
    """A set of normalization choices."""

    name: str = "typographic"


@dataclass(frozen=True)
class Change:
    """One rule that changed one line."""

    rule: str
    line: int
    before: str
    after: str


def normalize(text: str, profile: str | Profile = "typographic", **overrides: Any) -> str:
    """Normalize French typography."""
    check_text(text)
    raise NotImplementedError


def normalize_and_explain(
    text: str, profile: str | Profile = "typographic", **overrides: Any
) -> tuple[str, list[Change]]:
    """Normalize and report the rules that fired."""
    check_text(text)
    raise NotImplementedError
