"""Paragraph and sentence segmentation (placeholder: being implemented for issue 5)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ._validate import check_text

__all__ = ["Paragraph", "Sentence", "iter_paragraphs", "iter_sentences", "paragraphs", "sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and its span in the source text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph and its span in the source text."""

    start: int
    end: int
    text: str
    kind: str = "paragraph"


def iter_sentences(text: str) -> Iterator[Sentence]:
    """Yield the sentences of *text*."""
    check_text(text)
    raise NotImplementedError


def iter_paragraphs(text: str, *, unwrap: bool = False) -> Iterator[Paragraph]:
    """Yield the paragraphs of *text*."""
    check_text(text)
    raise NotImplementedError


def sentences(text: str) -> list[Sentence]:
    """Return the sentences of *text*."""
    return list(iter_sentences(text))


def paragraphs(text: str, *, unwrap: bool = False) -> list[Paragraph]:
    """Return the paragraphs of *text*."""
    return list(iter_paragraphs(text, unwrap=unwrap))
