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
:func:`feuillet.clean` and stores in ``Document.metadata`` (forms of :mod:`feuillet.schema`):

* ``feuillet_removed``: the boilerplate lines removed, each
  ``{"line", "start", "end", "zone", "rule", "text"}`` as in :meth:`feuillet.Article.to_dict`
  (``line``, ``start`` and ``end`` refer to the text before cleaning, normalized);
* ``feuillet_sentence_count``: the number of sentences of the body;
* ``feuillet_french_score`` and ``feuillet_no_body``: as in the article;
* ``feuillet_error``: only when cleaning failed; the text is then left as it was.

Its statistics count the documents that look like HTML (``feuillet_markup``) or not French
(``feuillet_not_french``). :class:`EmptyBodyFilter` drops the documents without a body: an
empty text (reason ``empty_body``) or a page found to be all boilerplate (``no_body``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Unpack

from .._job import describe_error
from ..errors import MissingDependencyError
from ..options import CleanOptions, OptionsDict, resolve_options
from ..pipeline import clean_with_flags
from ..schema import removed_to_dict

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
FRENCH_SCORE_KEY = "feuillet_french_score"
NO_BODY_KEY = "feuillet_no_body"
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
        self, options: CleanOptions | None = None, **overrides: Unpack[OptionsDict]
    ) -> None:
        super().__init__()
        # checked here, when the pipeline is built, not in every document
        self.options = resolve_options(options, overrides)

    def clean_document(self, doc: Document) -> bool:
        """Clean *doc* in place and return True; on failure leave its text, record why."""
        try:
            article, flags = clean_with_flags(doc.text, self.options)
        except Exception as error:  # one bad document must not stop a task of millions
            doc.metadata[ERROR_KEY] = describe_error(error)
            self.stat_update("feuillet_errors")
            return False
        doc.text = article.body
        doc.metadata[REMOVED_KEY] = [removed_to_dict(line) for line in article.removed]
        doc.metadata[SENTENCE_COUNT_KEY] = len(article.sentences)
        doc.metadata[FRENCH_SCORE_KEY] = article.french_score
        doc.metadata[NO_BODY_KEY] = article.no_body
        self.stat_update("feuillet_removed_lines", value=len(article.removed))
        for flag in flags:  # "markup", "not_french": counted, as the CLI's summary does
            self.stat_update(f"feuillet_{flag}")
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
    """Drop the documents without a body (reasons ``empty_body`` and ``no_body``).

    A text that is empty, white space or missing is an empty body; a document that
    :class:`FeuilletCleaner` found to be all boilerplate (``feuillet_no_body``) has none.

    >>> from datatrove.data import Document
    >>> EmptyBodyFilter().filter(Document(text=" \\n", id="a"))
    (False, 'empty_body')
    >>> EmptyBodyFilter().filter(Document(text="Menu", id="b", metadata={"feuillet_no_body": True}))
    (False, 'no_body')
    """

    name = "🫙 feuillet empty body"

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep *doc* when it has a body: text other than white space, not all boilerplate."""
        if doc.metadata.get(NO_BODY_KEY):
            return False, "no_body"
        if isinstance(doc.text, str) and doc.text.strip():
            return True
        return False, "empty_body"
