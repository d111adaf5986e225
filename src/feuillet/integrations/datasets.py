"""Hugging Face ``datasets``: clean a text column with ``Dataset.map``.

:class:`CleanBatch` is a picklable batched map function: its options are a frozen
:class:`~feuillet.CleanOptions`, so ``num_proc`` workers receive it intact and the
``datasets`` fingerprint (a hash of the pickled function) is the same from one run to the
next, which lets the cache work. Each article comes back under one column holding the
:meth:`feuillet.Article.to_dict` form (or the ``fields`` chosen), typed by
:func:`feuillet.schema.hf_features`::

    from feuillet.integrations.datasets import CleanBatch, clean_dataset

    ds = clean_dataset(ds, num_proc=4)                  # adds the "feuillet" column
    stream = clean_dataset(load_dataset(..., streaming=True))  # IterableDataset: lazy
    # or, by hand (pass the features: see CleanBatch.features):
    fn = CleanBatch(field="text", profile="plain")
    ds = ds.map(fn, batched=True, with_indices=True, features=fn.features(ds.features))

Errors: with ``on_error="raise"`` (the default) a value that is not a string stops the map
with the row's index in the message; with ``on_error="record"`` its article is ``None``
and the column ``{output_field}_error`` says why (it is ``None`` for the other rows).

Only :meth:`CleanBatch.features` and :func:`clean_dataset` import ``datasets``; the function
itself works on any ``dict`` of lists (for example a pandas or polars batch turned into one).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Unpack

from .._detect import warn_about
from .._types import OnError
from ..errors import ConfigurationError, FeuilletError, MissingDependencyError
from ..options import CleanOptions, OptionsDict, resolve_options
from ..pipeline import check_on_error, clean_with_flags, record_text
from ..schema import Fields, hf_features, parse_fields

__all__ = ["CleanBatch", "clean_dataset"]


@dataclass(frozen=True, init=False)
class CleanBatch:
    """Batched map function: cleans ``batch[field]`` and adds ``batch[output_field]``.

    The options are those of :func:`feuillet.clean`, as a :class:`~feuillet.CleanOptions`
    or keywords. A missing column raises :class:`~feuillet.InputError`; a value that is not
    a string (``None`` included) raises :class:`~feuillet.InputTypeError` naming the column
    and the row, unless ``on_error="record"``.

    >>> fn = CleanBatch(boilerplate=False)
    >>> out = fn({"text": ["Oui !", "Non."], "id": [1, 2]})
    >>> list(out), [a["body"] for a in out["feuillet"]]
    (['feuillet'], ['Oui\\u202f!', 'Non.'])
    >>> out = CleanBatch(on_error="record", fields="body")({"text": ["Oui.", None]}, [7, 8])
    >>> out["feuillet"], out["feuillet_error"]
    ([{'body': 'Oui.'}, None], [None, "row 8: field 'text' must be str, not null"])
    """

    field: str
    output_field: str
    options: CleanOptions
    on_error: OnError
    fields: Fields | None

    def __init__(
        self,
        field: str = "text",
        output_field: str = "feuillet",
        options: CleanOptions | None = None,
        *,
        on_error: OnError = "raise",
        fields: str | Iterable[str] | None = None,
        **overrides: Unpack[OptionsDict],
    ) -> None:
        check_on_error(on_error)
        # frozen: the fields are set once, here, and checked before any worker sees them
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "output_field", output_field)
        object.__setattr__(self, "options", resolve_options(options, overrides))
        object.__setattr__(self, "on_error", on_error)
        object.__setattr__(self, "fields", None if fields is None else parse_fields(fields))

    @property
    def error_field(self) -> str:
        """The column of error messages with ``on_error="record"``."""
        return f"{self.output_field}_error"

    def __call__(
        self, batch: Mapping[str, list[Any]], indices: list[int] | None = None
    ) -> dict[str, list[Any]]:
        """Clean one batch; returns only the new columns (``datasets`` keeps the others).

        *indices* are the rows' indices (``Dataset.map(..., with_indices=True)``), for the
        messages; without them the position in the batch is given.
        """
        if self.field not in batch:
            record_text(batch, self.field)  # raises InputError naming the columns
        values = batch[self.field]
        rows = indices if indices is not None else range(len(values))
        articles: list[Any] = []
        errors: list[str | None] = []
        for row, value in zip(rows, values, strict=True):
            try:
                article, flags = clean_with_flags(
                    record_text({self.field: value}, self.field), self.options
                )
            except FeuilletError as error:
                located = type(error)(f"row {row}: {error}")
                if self.on_error == "raise":
                    raise located from error
                articles.append(None)
                errors.append(str(located))
                continue
            warn_about(flags)
            articles.append(article.to_dict(self.fields))
            errors.append(None)
        if self.on_error == "record":
            return {self.output_field: articles, self.error_field: errors}
        return {self.output_field: articles}

    def features(self, features: Any = None) -> Any:
        """The ``datasets.Features`` after the map: *features* (the dataset's) plus the new column.

        Pass the result as ``features=`` to ``Dataset.map``: without it, ``datasets`` guesses
        the column type from the first batch and fails when that batch has only empty lists.
        """
        datasets = _datasets()
        merged = dict(features or {})
        merged[self.output_field] = hf_features(self.fields)
        if self.on_error == "record":
            merged[self.error_field] = datasets.Value("string")
        return datasets.Features(merged)


def clean_dataset(
    dataset: Any,
    options: CleanOptions | None = None,
    *,
    field: str = "text",
    output_field: str = "feuillet",
    on_error: OnError = "raise",
    fields: str | Iterable[str] | None = None,
    num_proc: int | None = None,
    batch_size: int = 1000,
    **overrides: Unpack[OptionsDict],
) -> Any:
    """Return *dataset* with a column of cleaned articles (``dataset.map`` made right).

    Works on a ``Dataset`` (cached by ``datasets`` like any map; ``num_proc`` processes)
    and on a streaming ``IterableDataset`` (cleaned lazily as it is iterated; it has no
    ``num_proc``). The options are those of :class:`CleanBatch`.
    """
    datasets = _datasets()
    fn = CleanBatch(field, output_field, options, on_error=on_error, fields=fields, **overrides)
    if isinstance(dataset, datasets.IterableDataset):
        if num_proc not in (None, 1):
            raise ConfigurationError(
                "num_proc does not apply to a streaming IterableDataset: it is cleaned as it "
                "is read; use Dataset.to_iterable_dataset(num_shards=...) with a DataLoader "
                "for parallel reading"
            )
        known = dataset.features  # None when the stream's columns are not known yet
        return dataset.map(
            fn,
            batched=True,
            batch_size=batch_size,
            with_indices=True,
            features=None if known is None else fn.features(known),
        )
    return dataset.map(
        fn,
        batched=True,
        batch_size=batch_size,
        with_indices=True,
        num_proc=num_proc,
        features=fn.features(dataset.features),
    )


def _datasets() -> Any:
    try:
        import datasets  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise MissingDependencyError(
            "this needs Hugging Face datasets: pip install 'feuillet[datasets]'"
        ) from error
    return datasets
