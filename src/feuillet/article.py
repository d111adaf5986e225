"""The result of :func:`feuillet.clean`: :class:`Article`, and its JSON form."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._html import article_html
from .boilerplate import Removed
from .metadata import Metadata, extract_metadata
from .schema import Fields, parse_fields, to_plain
from .segment import Paragraph, Sentence

__all__ = ["Article"]


class _ReadOnFirstUse:
    """The ``metadata`` field of :class:`Article`: given, or read from the text when first used.

    Reading the metadata costs about a tenth of :func:`feuillet.clean`, and most callers
    only want the body. The field stays an ordinary constructor argument (``metadata=``);
    left out or ``None``, it is computed from ``text`` and ``removed`` on first access and
    kept. (A dataclass field whose default is a descriptor: the generated ``__init__``
    assigns through :meth:`__set__`, also on a frozen class.)
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = f"_{name}"

    def __get__(self, article: Article | None, owner: type | None = None) -> Metadata:
        if article is None:
            # The dataclass machinery asks the class for the field's default: none given.
            return None  # type: ignore[return-value]
        value: Metadata | None = article.__dict__.get(self._slot)
        if value is None:
            value = extract_metadata(article.text, article.removed)
            article.__dict__[self._slot] = value
        return value

    def __set__(self, article: Article, value: Metadata | None) -> None:
        article.__dict__[self._slot] = value


@dataclass(frozen=True, repr=False)
class Article:
    """A cleaned article: normalized text, body, removed lines, paragraphs and sentences.

    ``paragraphs`` and ``sentences`` are spans into ``body``; ``removed`` lists the lines of
    ``text`` taken out as boilerplate, each with its zone and the rule that removed it.
    ``french_score`` is the share of French function words of the body (about 0.4 for
    French prose, under 0.1 for English; ``None`` when not computed) and ``no_body`` says
    that the whole page was found to be boilerplate. ``metadata`` holds what the removed
    lines say (authors, dates, agencies, credits, tags, reading time), each value with the
    index of the line of ``text`` it was read from; it is read on first use, unless given.

    >>> article = Article(text="Titre\\nAvec AFP", body="Titre")
    >>> article.body, article.paragraphs
    ('Titre', ())
    >>> article
    Article(body='Titre', 0 paragraphs, 0 sentences, 0 removed lines, french_score=None)
    """

    text: str
    body: str
    removed: tuple[Removed, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=())
    french_score: float | None = None
    no_body: bool = False
    metadata: _ReadOnFirstUse = _ReadOnFirstUse()

    def to_dict(self, fields: str | Iterable[str] | Fields | None = None) -> dict[str, Any]:
        """Return the article as plain JSON types (see :mod:`feuillet.schema`).

        *fields* keeps only some of them, as ``"body,sentences.start,sentences.end"`` or
        the command line's ``--fields``.

        >>> article = Article(text="Oui.", body="Oui.")
        >>> article.to_dict()["body"]
        'Oui.'
        >>> article.to_dict("body,no_body")
        {'body': 'Oui.', 'no_body': False}
        """
        if fields is None:
            return to_plain(self)
        if not isinstance(fields, dict):
            fields = parse_fields(fields)
        return to_plain(self, fields)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from the output of :meth:`to_dict` (schema 1, 2 or 3).

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
            french_score=data.get("french_score"),
            no_body=data.get("no_body", False),
            metadata=Metadata.from_dict(data.get("metadata") or {}),
        )

    def __repr__(self) -> str:
        # The full dataclass repr repeats every paragraph and sentence text: 4x the article.
        body = self.body if len(self.body) <= 60 else f"{self.body[:57]}..."
        size = "" if len(self.body) <= 60 else f" ({len(self.body)} chars)"
        flags = ", no_body=True" if self.no_body else ""
        return (
            f"Article(body={body!r}{size}, {_count(self.paragraphs, 'paragraph')}, "
            f"{_count(self.sentences, 'sentence')}, {_count(self.removed, 'removed line')}, "
            f"french_score={self.french_score!r}{flags})"
        )

    def _repr_html_(self) -> str:
        """HTML view for notebooks: headings, sentences and greyed removed lines, all escaped."""
        return article_html(self)


def _count(items: tuple[Any, ...], noun: str) -> str:
    if len(items) == 1:
        return f"1 {noun}"
    plural = noun.replace("line", "lines") if noun.endswith("line") else f"{noun}s"
    return f"{len(items)} {plural}"
