"""datatrove pipeline steps: clean each document, then drop those left without a body.

Install with ``pip install 'feuillet[datatrove]'``. Put :class:`FeuilletCleaner` after a
reader and :class:`EmptyBodyFilter` after it:

>>> from datatrove.data import Document
>>> docs = [Document(text="Bonjour.", id="1"), Document(text="", id="2")]
>>> steps = [FeuilletCleaner(), EmptyBodyFilter()]
>>> kept = list(steps[1](steps[0](docs)))
>>> [doc.id for doc in kept], kept[0].metadata["feuillet_sentence_count"]
(['1'], 1)

:class:`FeuilletCleaner` replaces ``Document.text`` by the body found by
:func:`feuillet.clean` and stores in ``Document.metadata``:

* ``feuillet_removed``: the boilerplate lines removed, each ``{"zone", "rule", "text"}``;
* ``feuillet_sentence_count``: the number of sentences of the body;
* ``feuillet_error``: only when cleaning failed; the text is then left as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .. import clean
from ..boilerplate import Rules
from ..errors import MissingDependencyError
from ..pipeline import describe_error

try:
    from datatrove.data import Document  # type: ignore[import-untyped, unused-ignore]
    from datatrove.pipeline.base import PipelineStep  # type: ignore[import-untyped, unused-ignore]
    from datatrove.pipeline.filters.base_filter import (  # type: ignore[import-untyped, unused-ignore]
        BaseFilter,
    )
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingDependencyError(
        "feuillet.integrations.datatrove needs datatrove: pip install 'feuillet[datatrove]'"
    ) from exc

__all__ = ["EmptyBodyFilter", "FeuilletCleaner"]

REMOVED_KEY = "feuillet_removed"
SENTENCE_COUNT_KEY = "feuillet_sentence_count"
ERROR_KEY = "feuillet_error"


class FeuilletCleaner(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Replace each document's text by its clean body (options as in :func:`feuillet.clean`).

    >>> from datatrove.data import Document
    >>> [doc] = FeuilletCleaner(profile="plain")([Document(text="Fin...", id="a")])
    >>> doc.text, doc.metadata["feuillet_removed"]
    ('Fin...', [])
    """

    name = "🧹 feuillet clean"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        *,
        profile: str = "typographic",
        boilerplate: bool = True,
        inline: bool = True,
        rules: Rules | None = None,
    ) -> None:
        super().__init__()
        self.options: dict[str, Any] = {
            "profile": profile,
            "boilerplate": boilerplate,
            "inline": inline,
            "rules": rules,
        }
        clean("", **self.options)  # an unknown profile fails here, not in every document

    def clean_document(self, doc: Document) -> bool:
        """Clean *doc* in place and return True; on failure leave its text, record why."""
        try:
            article = clean(doc.text, **self.options)
        except Exception as error:  # one bad document must not stop a task of millions
            doc.metadata[ERROR_KEY] = describe_error(error)
            self.stat_update("feuillet_errors")
            return False
        doc.text = article.body
        doc.metadata[REMOVED_KEY] = [
            {"zone": line.zone, "rule": line.rule, "text": line.text} for line in article.removed
        ]
        doc.metadata[SENTENCE_COUNT_KEY] = len(article.sentences)
        self.stat_update("feuillet_removed_lines", value=len(article.removed))
        return True

    def run(
        self, data: Iterable[Document] | None, rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        """Clean every document of *data* and pass it on."""
        for doc in data or ():
            with self.track_time():
                cleaned = self.clean_document(doc)
            if cleaned:
                self.update_doc_stats(doc)
            yield doc


class EmptyBodyFilter(BaseFilter):  # type: ignore[misc]  # datatrove ships no type hints
    """Drop the documents whose text is empty, white space or missing (reason ``empty_body``).

    >>> from datatrove.data import Document
    >>> EmptyBodyFilter().filter(Document(text=" \\n", id="a"))
    (False, 'empty_body')
    """

    name = "🫙 feuillet empty body"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep *doc* when its text has something other than white space."""
        if isinstance(doc.text, str) and doc.text.strip():
            return True
        return False, "empty_body"
