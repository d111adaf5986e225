"""Body / boilerplate separation (placeholder: being implemented for issue 4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ._validate import check_text

__all__ = ["Removed", "Rule", "Rules", "Split", "learn_boilerplate", "split_boilerplate"]


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule."""

    id: str


@dataclass(frozen=True)
class Rules:
    """A set of boilerplate rules."""

    rules: tuple[Rule, ...] = ()


@dataclass(frozen=True)
class Removed:
    """A line removed as boilerplate."""

    line: int
    text: str
    start: int
    end: int
    zone: str
    rule: str


@dataclass(frozen=True)
class Split:
    """The body of a text and the lines removed from it."""

    body: str
    removed: tuple[Removed, ...]
    kept: tuple[int, ...]


def split_boilerplate(text: str, *, rules: Rules | None = None, inline: bool = True) -> Split:
    """Separate the body of *text* from its boilerplate lines."""
    check_text(text)
    raise NotImplementedError


def learn_boilerplate(texts: Iterable[str], min_share: float = 0.1) -> Rules:
    """Learn recurring boilerplate lines from a corpus."""
    raise NotImplementedError
