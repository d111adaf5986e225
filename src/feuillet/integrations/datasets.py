"""Hugging Face ``datasets``: clean a text column with ``Dataset.map``.

:class:`CleanBatch` is a picklable batched map function: its options are the fields of a
frozen dataclass, so ``num_proc`` workers receive it intact and the ``datasets`` fingerprint
(a hash of the pickled function) is the same from one run to the next, which lets the cache
work. Each article comes back under one column holding the :meth:`feuillet.Article.to_dict`
form (``text``, ``body``, ``paragraphs``, ``sentences``, ``removed``)::

    from feuillet.integrations.datasets import CleanBatch, clean_dataset

    ds = clean_dataset(ds, num_proc=4)                  # adds the "feuillet" column
    # or, by hand (pass the features: see CleanBatch.features):
    fn = CleanBatch(field="text", profile="plain")
    ds = ds.map(fn, batched=True, num_proc=4, features=fn.features(ds.features))

Only :meth:`CleanBatch.features` and :func:`clean_dataset` import ``datasets``; the function
itself works on any ``dict`` of lists (for example a pandas or polars batch turned into one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..boilerplate import Rules
from ..errors import MissingDependencyError
from ..pipeline import clean, record_text
from ..typography import Profile, normalize

__all__ = ["CleanBatch", "clean_dataset"]


@dataclass(frozen=True)
class CleanBatch:
    """Batched map function: cleans ``batch[field]`` and adds ``batch[output_field]``.

    The options are those of :func:`feuillet.clean`. A missing column raises
    :class:`~feuillet.InputError`; a value that is not a string (``None`` included) raises
    ``TypeError`` naming the column.

    >>> fn = CleanBatch(boilerplate=False)
    >>> out = fn({"text": ["Oui !", "Non."], "id": [1, 2]})
    >>> list(out), [a["body"] for a in out["feuillet"]]
    (['feuillet'], ['Oui\\u202f!', 'Non.'])
    """

    field: str = "text"
    output_field: str = "feuillet"
    profile: str | Profile = "typographic"
    boilerplate: bool = True
    inline: bool = True
    rules: Rules | None = None

    def __post_init__(self) -> None:
        normalize("", profile=self.profile)  # an unknown profile fails here, not in a worker
        if self.rules is not None and not isinstance(self.rules, Rules):
            raise TypeError(
                f"rules must be feuillet.Rules or None, not {type(self.rules).__name__}"
            )

    def __call__(self, batch: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
        """Clean one batch; returns only the new column (``datasets`` keeps the others)."""
        if self.field not in batch:
            record_text(batch, self.field)  # raises InputError naming the columns
        articles = [
            clean(
                record_text({self.field: value}, self.field),
                profile=self.profile,
                boilerplate=self.boilerplate,
                inline=self.inline,
                rules=self.rules,
            ).to_dict()
            for value in batch[self.field]
        ]
        return {self.output_field: articles}

    def features(self, features: Any = None) -> Any:
        """The ``datasets.Features`` after the map: *features* (the dataset's) plus the new column.

        Pass the result as ``features=`` to ``Dataset.map``: without it, ``datasets`` guesses
        the column type from the first batch and fails when that batch has only empty lists.
        """
        datasets = _datasets()
        value = datasets.Value
        span = {"start": value("int64"), "end": value("int64"), "text": value("string")}
        article = datasets.Features(
            {
                "text": value("string"),
                "body": value("string"),
                "paragraphs": [{**span, "kind": value("string")}],
                "sentences": [span],
                "removed": [
                    {
                        "line": value("int64"),
                        "start": value("int64"),
                        "end": value("int64"),
                        "zone": value("string"),
                        "rule": value("string"),
                        "text": value("string"),
                    }
                ],
            }
        )
        merged = dict(features or {})
        merged[self.output_field] = dict(article)
        return datasets.Features(merged)


def clean_dataset(dataset: Any, *, num_proc: int | None = None, **options: Any) -> Any:
    """Return ``dataset`` with a column of cleaned articles (``dataset.map`` made right).

    *options* are the fields of :class:`CleanBatch` (``field``, ``output_field``, ``profile``,
    ``boilerplate``, ``inline``, ``rules``). The result is cached by ``datasets`` like any map.
    """
    fn = CleanBatch(**options)
    return dataset.map(fn, batched=True, num_proc=num_proc, features=fn.features(dataset.features))


def _datasets() -> Any:
    try:
        import datasets  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as error:
        raise MissingDependencyError(
            "this needs Hugging Face datasets: pip install 'feuillet[datasets]'"
        ) from error
    return datasets
