"""The one schema of feuillet's results in plain JSON types.

:meth:`feuillet.Article.to_dict`, the command line's JSON output and the pipeline
integrations all write these forms::

    {
      "text": str,          # the normalized input, before boilerplate removal
      "body": str,          # the article body (kept lines, one paragraph per line)
      "paragraphs": [{"start": int, "end": int, "text": str, "kind": "paragraph" | "heading"}],
      "sentences":  [{"start": int, "end": int, "text": str}],
      "removed":    [{"line": int, "start": int, "end": int, "zone": str, "rule": str,
                      "text": str}]
    }

``paragraphs`` and ``sentences`` spans are character offsets into ``body``
(``body[start:end] == text``); ``removed`` spans and line numbers (0-based) refer to ``text``.
"""

from __future__ import annotations

from typing import Any

from .boilerplate import Removed
from .segment import Paragraph, Sentence

__all__ = ["SCHEMA_VERSION", "paragraph_to_dict", "removed_to_dict", "sentence_to_dict"]

#: Version of the :meth:`Article.to_dict` schema; bumped only on an incompatible change.
SCHEMA_VERSION = 1


def paragraph_to_dict(p: Paragraph) -> dict[str, Any]:
    """The JSON form of a paragraph.

    >>> paragraph_to_dict(Paragraph(0, 4, "Oui.", "paragraph"))
    {'start': 0, 'end': 4, 'text': 'Oui.', 'kind': 'paragraph'}
    """
    return {"start": p.start, "end": p.end, "text": p.text, "kind": p.kind}


def sentence_to_dict(s: Sentence) -> dict[str, Any]:
    """The JSON form of a sentence.

    >>> sentence_to_dict(Sentence(0, 4, "Oui."))
    {'start': 0, 'end': 4, 'text': 'Oui.'}
    """
    return {"start": s.start, "end": s.end, "text": s.text}


def removed_to_dict(removed: Removed) -> dict[str, Any]:
    """The JSON form of a removed line."""
    return {
        "line": removed.line,
        "start": removed.start,
        "end": removed.end,
        "zone": removed.zone,
        "rule": removed.rule,
        "text": removed.text,
    }
