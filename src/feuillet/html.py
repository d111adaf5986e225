"""HTML pages in: the page's main text by trafilatura, then the usual feuillet pipeline.

:func:`clean_html` extracts the main text of a news page with `trafilatura
<https://trafilatura.readthedocs.io>`_ (recall-oriented mode, plain text, one paragraph
per line), cleans it with :func:`feuillet.clean` (so feuillet's boilerplate step removes the
bylines, credits and appeals trafilatura keeps), reads the metadata of the removed lines
with :func:`feuillet.metadata.extract_metadata` and merges it with the metadata trafilatura
reads from the markup (title, author, date, site name), saying where each value came from.

trafilatura is an optional dependency (``pip install 'feuillet[html]'``); it is imported
only when :func:`clean_html` is called, never by ``import feuillet``.

HTML given where text is expected is told by :func:`feuillet._detect.looks_like_markup`
(the :class:`~feuillet.MarkupWarning` and the command line's notice quote :data:`HTML_HINT`).
"""

from __future__ import annotations

import importlib
import unicodedata
from dataclasses import replace
from datetime import datetime
from types import ModuleType
from typing import Any

from .article import Article
from .errors import MissingDependencyError
from .metadata import Metadata, Value, extract_metadata
from .options import CleanOptions
from .pipeline import clean

__all__ = [
    "HTML_HINT",
    "INSTALL_HINT",
    "clean_html",
    "extract_text",
    "merge_html_metadata",
]

#: How to get the optional dependency, quoted by the error and the warning.
INSTALL_HINT = "pip install 'feuillet[html]'"

#: What to tell a user who passed an HTML page where plain text is expected.
HTML_HINT = (
    "the input looks like HTML, and feuillet cleans plain text: use feuillet.clean_html() "
    f"or `feuillet clean --html` (they need trafilatura: {INSTALL_HINT})"
)


def _trafilatura() -> ModuleType:
    try:
        return importlib.import_module("trafilatura")
    except ImportError as error:
        raise MissingDependencyError(
            f"reading HTML needs the optional dependency trafilatura: {INSTALL_HINT}"
        ) from error


def extract_text(html: str | bytes, *, url: str | None = None) -> str:
    """The page's main text as trafilatura gives it (recall mode, one paragraph a line).

    This is the first step of :func:`clean_html`, for those who want the text before
    feuillet; ``""`` when the page has no main text.

    >>> extract_text("<html><body></body></html>")
    ''
    """
    extracted = _trafilatura().extract(
        html,
        url=url,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        output_format="txt",
    )
    return extracted or ""


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    reference: datetime | None = None,
    options: CleanOptions | None = None,
    **overrides: Any,
) -> Article:
    """Extract the main text of the page *html*, clean it and read its metadata.

    *url* helps trafilatura (and fills nothing by itself); *reference* resolves relative
    dates ("il y a 3 heures", see :func:`~feuillet.metadata.extract_metadata`); *options*
    and keyword *overrides* are those of :func:`feuillet.clean`. The article's
    ``metadata`` merges what the text says with what the page's markup says (title,
    authors, date, site name), each value with its origin. Raises
    :class:`~feuillet.MissingDependencyError` when trafilatura is not installed.

    A page with no main text gives an empty article with ``no_body`` true, and the markup's
    metadata.

    >>> page = (
    ...     "<html><head><title>Budget voté</title></head><body><article>"
    ...     "<p>Par Jeanne Martin</p>"
    ...     "<p>Le conseil municipal a voté mardi soir le budget de la ville pour l'an "
    ...     "prochain, au terme d'un long débat entre la majorité et l'opposition.</p>"
    ...     "<p>Avec AFP</p></article></body></html>"
    ... )
    >>> article = clean_html(page)
    >>> article.body[:48]
    'Le conseil municipal a voté mardi soir le budget'
    >>> [a.value for a in article.metadata.authors + article.metadata.agencies]
    ['Jeanne Martin', 'AFP']
    """
    trafilatura = _trafilatura()
    text = extract_text(html, url=url)
    article = clean(text, options, **overrides)
    if not text.strip():  # trafilatura found no main text: say so, as for a cookie wall
        article = replace(article, no_body=True)
    from_text = article.metadata
    if reference is not None:
        from_text = extract_metadata(article.text, article.removed, reference=reference)
    document = trafilatura.extract_metadata(html, default_url=url)
    return replace(article, metadata=merge_html_metadata(from_text, document))


def _key(value: object) -> str:
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(text.replace("-", " ").split())


def merge_html_metadata(from_text: Metadata, document: Any) -> Metadata:
    """Merge trafilatura's *document* metadata into *from_text*, recording each origin.

    A value both give is kept from the text (it has a line index) with origin
    ``"text+html"``; a value only the markup gives has origin ``"html"`` and no line.
    Dates: the text's date wins (it may carry a time); the markup's fills an absent one.

    >>> from types import SimpleNamespace
    >>> doc = SimpleNamespace(title="Un titre", author="Jeanne Martin; Paul Durand",
    ...                       date="2026-03-14", sitename="Le Journal")
    >>> meta = merge_html_metadata(Metadata(authors=(Value("Jeanne Martin", 0),)), doc)
    >>> [(a.value, a.origin) for a in meta.authors]
    [('Jeanne Martin', 'text+html'), ('Paul Durand', 'html')]
    >>> meta.published, meta.site_name.value
    (Value(value='2026-03-14', line=None, origin='html'), 'Le Journal')
    """
    if document is None:
        return from_text
    authors = list(from_text.authors)
    for name in _split_authors(getattr(document, "author", None)):
        for i, known in enumerate(authors):
            if _key(known.value) == _key(name):
                authors[i] = replace(known, origin="text+html")
                break
        else:
            authors.append(Value(name, None, "html"))
    published = from_text.published
    html_date = getattr(document, "date", None)
    if html_date:
        html_date = str(html_date)
        if published is None:
            published = Value(html_date, None, "html")
        elif str(published.value)[:10] == html_date[:10]:
            published = replace(published, origin="text+html")
    return replace(
        from_text,
        authors=tuple(authors),
        published=published,
        title=_html_value(getattr(document, "title", None)) or from_text.title,
        site_name=_html_value(getattr(document, "sitename", None)) or from_text.site_name,
    )


def _split_authors(raw: object) -> list[str]:
    # trafilatura joins several authors with "; ".
    if not raw:
        return []
    return [name.strip() for name in str(raw).split(";") if name.strip()]


def _html_value(raw: object) -> Value | None:
    if not raw:
        return None
    return Value(" ".join(str(raw).split()), None, "html")
