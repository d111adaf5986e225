"""The whole job in one call: normalize, remove boilerplate, segment.

:func:`clean` runs the three capabilities on one text and returns an :class:`Article`;
:func:`clean_many` does the same over a stream of texts, optionally in several processes;
:func:`clean_record` does it for one record (a mapping such as a JSON object or a row) and
:func:`record_text` reads a record's text the way every record-based entry point does.
The options are a :class:`~feuillet.CleanOptions`, or its fields as keywords. The
plain-JSON form of an article (:meth:`Article.to_dict`, described in :mod:`feuillet.schema`)
is the exchange format of the command line's ``--jsonl`` mode and of the integrations.

Errors: a failing text raises (``on_error="raise"``, the default) with the index of the
record in the message, or is reported as a :class:`Failure` and the run goes on
(``on_error="record"``), as the command line, Dask and datatrove always do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, Literal, Unpack, overload

from ._detect import (
    MARKUP,
    NO_BODY,
    NOT_FRENCH,
    french_evidence,
    is_not_french,
    looks_like_markup,
    warn_about,
)
from ._parallel import check_workers, chunks, flatten, map_chunks
from ._types import ON_ERROR, OnError
from ._validate import check_text
from .article import Article
from .boilerplate import Split, split_boilerplate
from .errors import ConfigurationError, FeuilletError, InputError, InputTypeError
from .options import CleanOptions, OptionsDict, resolve_options
from .schema import ERROR_KEY
from .segment import Paragraph, Sentence, paragraphs
from .typography import normalize

__all__ = ["Article", "Failure", "clean", "clean_many", "clean_record", "record_text"]


def clean(
    text: str, options: CleanOptions | None = None, **overrides: Unpack[OptionsDict]
) -> Article:
    """Normalize *text*, remove its boilerplate and segment the body.

    *options* is a :class:`~feuillet.CleanOptions`; keyword arguments set or override its
    fields (``profile``, ``boilerplate``, ``inline``, ``rules``, ``zones``,
    ``abbreviations``, ``unwrap``). A text that looks like HTML, or clearly not French,
    gives a :class:`~feuillet.FeuilletWarning` (it is cleaned all the same).

    >>> article = clean("Il a dit \\"non\\"... Puis il est parti.", boilerplate=False)
    >>> [s.text for s in article.sentences]
    ['Il a dit «\\xa0non\\xa0»…', 'Puis il est parti.']
    >>> clean("Le Xyz. Durand arrive.", abbreviations=["Xyz."]).sentences[0].text
    'Le Xyz. Durand arrive.'
    """
    article, flags = clean_with_flags(text, resolve_options(options, overrides))
    warn_about(flags)
    return article


def clean_with_flags(text: str, options: CleanOptions) -> tuple[Article, tuple[str, ...]]:
    """:func:`clean` without warnings: the article, and the flags that would warn."""
    check_text(text)
    flags: tuple[str, ...] = (MARKUP,) if looks_like_markup(text) else ()
    normalized = normalize(text, profile=options.profile)
    article, _, words = _segment(normalized, options)
    if is_not_french(article.french_score or 0.0, words):
        flags += (NOT_FRENCH,)
    if article.no_body:
        flags += (NO_BODY,)
    return article, flags


def segment_normalized(normalized: str, options: CleanOptions) -> tuple[Article, Split | None]:
    """Boilerplate and segmentation of an already normalized text (no typography, no warning).

    Also returns the :class:`~feuillet.Split` (``None`` with ``boilerplate=False``), whose
    ``kept`` lines map the body back to the text: the spaCy component needs it.
    """
    article, split, _ = _segment(normalized, options)
    return article, split


def _segment(normalized: str, options: CleanOptions) -> tuple[Article, Split | None, int]:
    split: Split | None = None
    if options.boilerplate:
        split = split_boilerplate(
            normalized, rules=options.rules, inline=options.inline, zones=options.zones
        )
        body, removed = split.body, split.removed
    else:
        body, removed = normalized, ()
    paras = tuple(paragraphs(body, unwrap=options.unwrap))
    # The score of the body, the article's prose; of the whole text when nothing is kept.
    score, words = french_evidence(body if body.strip() else normalized)
    article = Article(
        text=normalized,
        body=body,
        removed=tuple(removed),
        paragraphs=paras,
        sentences=tuple(_sentences_of(paras, options.abbreviations)),
        french_score=round(score, 3),
        no_body=split is not None and split.no_body,
    )
    return article, split, words


def _sentences_of(
    paras: Iterable[Paragraph], abbreviations: tuple[str, ...] | None
) -> Iterator[Sentence]:
    # Segmenting paragraph by paragraph guarantees that no sentence spans two paragraphs;
    # Paragraph.sentences() gives spans in the text the paragraph comes from, here the body.
    for para in paras:
        yield from para.sentences(abbreviations=abbreviations)


# --- Records --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    """A record that could not be cleaned, in place of its :class:`Article` (``on_error="record"``).

    ``index`` is the record's position in the input (0-based), ``error`` the message, which
    names it too.

    >>> [result] = clean_many([None], on_error="record")  # type: ignore[list-item]
    >>> result
    Failure(index=0, error='record 0: text must be str, not NoneType')
    >>> result.to_dict()
    {'error': 'record 0: text must be str, not NoneType'}
    """

    index: int
    error: str

    def to_dict(self) -> dict[str, Any]:
        """The error entry written in place of an article: ``{"error": "..."}``."""
        return {ERROR_KEY: self.error}


def clean_record(
    record: Mapping[str, Any],
    options: CleanOptions | None = None,
    *,
    field: str = "text",
    output_field: str = "feuillet",
    on_error: OnError = "raise",
    **overrides: Unpack[OptionsDict],
) -> dict[str, Any]:
    """Clean the text in ``record[field]`` and return a copy with the result added.

    The other fields are copied untouched; the :meth:`Article.to_dict` form is stored under
    *output_field*. A missing field raises :class:`~feuillet.InputError`; a value that is not
    a string raises :class:`~feuillet.InputTypeError` naming the field and the type. With
    ``on_error="record"`` the result is ``{"error": "..."}`` instead, as in ``--jsonl``.

    >>> out = clean_record({"id": 7, "text": "Bonjour !"}, boilerplate=False)
    >>> out["id"], out["feuillet"]["body"]
    (7, 'Bonjour\\u202f!')
    >>> clean_record({"id": 8, "text": None}, on_error="record")["feuillet"]
    {'error': "field 'text' must be str, not null"}
    """
    check_on_error(on_error)
    chosen = resolve_options(options, overrides)
    out = dict(record) if isinstance(record, Mapping) else {}
    try:
        text = record_text(record, field)
        out[output_field] = clean(text, chosen).to_dict()
    except FeuilletError as error:
        if on_error == "raise":
            raise
        out[output_field] = {ERROR_KEY: str(error)}
    return out


def record_text(record: Mapping[str, Any], field: str = "text") -> str:
    """Return ``record[field]``, checking that it is present and is a string.

    Every record-based entry point (``clean_record``, the command line's ``--jsonl``,
    the integrations) reads its text with this function, so the messages are the same.

    >>> record_text({"text": "Oui"})
    'Oui'
    >>> record_text({"titre": "Oui"})
    Traceback (most recent call last):
    ...
    feuillet.errors.InputError: record has no field 'text' (fields: 'titre')
    """
    if not isinstance(record, Mapping):
        raise InputTypeError(f"record must be a mapping, not {type(record).__name__}")
    if field not in record:
        names = ", ".join(repr(k) for k in record) or "none"
        raise InputError(f"record has no field {field!r} (fields: {names})")
    value = record[field]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        raise InputTypeError(f"field {field!r} must be str, not {kind}")
    return value


# --- Many texts -----------------------------------------------------------------------------


@overload
def clean_many(
    texts: Iterable[str],
    options: CleanOptions | None = None,
    *,
    workers: int = 1,
    chunksize: int = 32,
    on_error: Literal["raise"] = "raise",
    **overrides: Unpack[OptionsDict],
) -> Iterator[Article]: ...


@overload
def clean_many(
    texts: Iterable[str],
    options: CleanOptions | None = None,
    *,
    workers: int = 1,
    chunksize: int = 32,
    on_error: Literal["record"],
    **overrides: Unpack[OptionsDict],
) -> Iterator[Article | Failure]: ...


def clean_many(
    texts: Iterable[str],
    options: CleanOptions | None = None,
    *,
    workers: int = 1,
    chunksize: int = 32,
    on_error: OnError = "raise",
    **overrides: Unpack[OptionsDict],
) -> Iterator[Article] | Iterator[Article | Failure]:
    """Clean many texts, yielding one :class:`Article` per text, in input order.

    The input is consumed lazily. With ``workers > 1`` the texts are sent in chunks of
    *chunksize* to a pool of processes, with at most ``2 * workers`` chunks in flight, so
    memory stays flat whatever the length of the input. The options are those of
    :func:`clean`, checked once, here.

    A text that fails (``None``, a float NaN from a dataframe...) raises with its index in
    the message; with ``on_error="record"`` it gives a :class:`Failure` in its place and the
    run goes on. Warnings (:class:`~feuillet.FeuilletWarning`) are given in this process,
    with the record's index, whatever the number of workers.

    >>> [a.body for a in clean_many(["Oui.", "Non !"], boilerplate=False)]
    ['Oui.', 'Non\\u202f!']
    >>> list(clean_many(["Oui.", float("nan")]))  # type: ignore[list-item]
    Traceback (most recent call last):
    ...
    feuillet.errors.InputTypeError: record 1: text must be str, not float
    """
    if isinstance(texts, str):
        raise InputTypeError("texts must be an iterable of str, not a single str")
    check_workers(workers, chunksize)
    check_on_error(on_error)
    work = partial(_clean_chunk, options=resolve_options(options, overrides), on_error=on_error)
    # The checks above run at call time; the generator below runs as results are consumed.
    return _warned(flatten(map_chunks(work, chunks(enumerate(texts), chunksize), workers=workers)))


def check_on_error(on_error: object) -> None:
    if on_error not in ON_ERROR:
        raise ConfigurationError(
            f"unknown on_error {on_error!r}; valid: {', '.join(map(repr, ON_ERROR))}"
        )


def _warned(
    results: Iterator[tuple[Article | Failure, tuple[str, ...]]],
) -> Iterator[Article | Failure]:
    for result, flags in results:
        warn_about(flags)
        yield result


def _clean_chunk(
    items: list[tuple[int, Any]], *, options: CleanOptions, on_error: OnError
) -> list[tuple[Article | Failure, tuple[str, ...]]]:
    out: list[tuple[Article | Failure, tuple[str, ...]]] = []
    for index, text in items:
        try:
            out.append(clean_with_flags(text, options))
        except FeuilletError as error:
            # The same class with the index in front: "record 3: text must be str, not float".
            located = type(error)(f"record {index}: {error}")
            if on_error == "raise":
                raise located from error
            out.append((Failure(index, str(located)), ()))
        except Exception as error:  # a bug: keep its type and traceback, say which record
            error.add_note(f"(while cleaning record {index})")
            raise
    return out
