"""The whole job in one call (placeholder: being implemented for issue 6)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ._validate import check_text

__all__ = ["Article", "clean", "clean_many"]


@dataclass(frozen=True)
class Article:
    """A cleaned article."""

    text: str
    body: str


def clean(text: str, **options: Any) -> Article:
    """Normalize, remove boilerplate and segment *text*."""
    check_text(text)
    raise NotImplementedError


def clean_many(texts: Iterable[str], *, workers: int = 1, **options: Any) -> Iterator[Article]:
    """Clean many texts."""
    raise NotImplementedError
