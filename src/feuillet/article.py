"""The result of :func:`feuillet.clean`: :class:`Article`, and its JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._html import article_html
from .boilerplate import Removed
from .schema import paragraph_to_dict, removed_to_dict, sentence_to_dict
from .segment import Paragraph, Sentence

__all__ = ["Article"]


@dataclass(frozen=True)
class Article:
    """A cleaned article: normalized text, body, removed lines, paragraphs and sentences.

    ``paragraphs`` and ``sentences`` are spans into ``body``; ``removed`` lists the lines of
    ``text`` taken out as boilerplate, each with its zone and the rule that removed it.

    >>> article = Article(text="Titre\\nAvec AFP", body="Titre")
    >>> article.body, article.paragraphs
    ('Titre', ())
    """

    text: str
    body: str
    removed: tuple[Removed, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Return the article as plain JSON types (see :mod:`feuillet.schema`).

        >>> Article(text="Oui.", body="Oui.").to_dict()["body"]
        'Oui.'
        """
        return {
            "text": self.text,
            "body": self.body,
            "paragraphs": [paragraph_to_dict(p) for p in self.paragraphs],
            "sentences": [sentence_to_dict(s) for s in self.sentences],
            "removed": [removed_to_dict(r) for r in self.removed],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from the output of :meth:`to_dict`.

        >>> article = Article(text="Oui.", body="Oui.")
        >>> Article.from_dict(article.to_dict()) == article
        True
        """
        return cls(
            text=data["text"],
            body=data["body"],
            removed=tuple(
                Removed(
                    line=r["line"],
                    text=r["text"],
                    start=r["start"],
                    end=r["end"],
                    zone=r["zone"],
                    rule=r["rule"],
                )
                for r in data.get("removed", ())
            ),
            paragraphs=tuple(
                Paragraph(start=p["start"], end=p["end"], text=p["text"], kind=p["kind"])
                for p in data.get("paragraphs", ())
            ),
            sentences=tuple(
                Sentence(start=s["start"], end=s["end"], text=s["text"])
                for s in data.get("sentences", ())
            ),
        )

    def _repr_html_(self) -> str:
        """HTML view for notebooks: headings, sentences and greyed removed lines, all escaped."""
        return article_html(self)
