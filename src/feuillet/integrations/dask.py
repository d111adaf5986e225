"""Run feuillet over a Dask bag or dataframe, on a laptop or on a cluster.

Install with ``pip install 'feuillet[dask]'``. One function per kind of collection:

* :func:`map_texts` — a bag of strings becomes a bag of results;
* :func:`map_records` — a bag of records (dicts, for example parsed JSON lines) gets the
  results under ``output_field``, exactly as ``feuillet STEP --jsonl`` writes them;
* :func:`map_column` — a text column of a dataframe gives result columns, written to
  Parquet with the schema of :func:`parquet_schema`.

Each takes ``step`` (``"clean"``, ``"normalize"``, ``"split"``, ``"sentences"`` or
``"paragraphs"``, as the CLI's subcommands) and the options of :func:`feuillet.clean`, as a
:class:`~feuillet.CleanOptions` or as keywords. The results are those of the CLI:
``{"text": ...}`` for ``normalize``, ``{"body": ..., "removed": [...]}`` for ``split``, the
whole :meth:`feuillet.Article.to_dict` for ``clean`` (or the ``fields`` chosen, as
``--fields``). :func:`write_jsonl` writes a bag of records as JSON Lines, each file ending
with a newline.

A record that fails (a missing field, text that is not a string) does not stop the job: its
result is ``{"error": "..."}``. The options are checked once, when the graph is built, so a
misspelt profile fails at once rather than in every record.

>>> import dask.bag as db
>>> bag = db.from_sequence([{"id": 1, "text": "Oui."}, {"id": 2, "text": None}])
>>> for record in map_records(bag, step="normalize").compute(scheduler="sync"):
...     print(record)
{'id': 1, 'text': 'Oui.', 'feuillet': {'text': 'Oui.'}}
{'id': 2, 'text': None, 'feuillet': {'error': "field 'text' must be str, not null"}}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, Unpack

from .._job import STEPS, Job, describe_error
from ..errors import ConfigurationError, MissingDependencyError
from ..options import CleanOptions, OptionsDict, resolve_options
from ..pipeline import record_text
from ..schema import ERROR_KEY, Fields, arrow_type, parse_fields

try:
    import dask.bag
    import dask.dataframe
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingDependencyError(
        "feuillet.integrations.dask needs Dask: pip install 'feuillet[dask]'"
    ) from exc

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["STEPS", "map_column", "map_records", "map_texts", "parquet_schema", "write_jsonl"]


def _job(
    step: str,
    options: CleanOptions | None,
    overrides: Mapping[str, Any],
    *,
    field: str = "text",
    output_field: str = "feuillet",
    fields: str | Iterable[str] | None = None,
) -> Job:
    """The CLI's description of the work (picklable), checked once here in the client."""
    if step not in STEPS:
        raise ConfigurationError(f"unknown step {step!r}; valid steps: {', '.join(STEPS)}")
    chosen: Fields | None = None if fields is None else parse_fields(fields, step)
    return Job(
        command=step,
        options=resolve_options(options, overrides),
        field=field,
        output_field=output_field,
        fields=chosen,
    )


def _payload(job: Job, text: Any) -> dict[str, Any]:
    """The results for one text, or ``{"error": ...}``: one bad record must not stop a job."""
    try:
        payload: dict[str, Any] = job.payload(text)
    except Exception as error:
        return {ERROR_KEY: describe_error(error)}
    return payload


def _on_record(record: Any, job: Job) -> dict[str, Any]:
    try:
        text = record_text(record, job.field)
    except Exception as error:
        fields = dict(record) if isinstance(record, Mapping) else {}
        return {**fields, job.output_field: {ERROR_KEY: describe_error(error)}}
    return {**record, job.output_field: _payload(job, text)}  # a copy: never mutate the input


def map_texts(
    bag: dask.bag.Bag,
    step: str = "clean",
    options: CleanOptions | None = None,
    *,
    fields: str | Iterable[str] | None = None,
    **overrides: Unpack[OptionsDict],
) -> dask.bag.Bag:
    """Apply *step* to every string of *bag*; a failing one gives ``{"error": "..."}``.

    >>> import dask.bag as db
    >>> texts = db.from_sequence(["Oui.", 42])
    >>> map_texts(texts, step="normalize").compute(scheduler="sync")
    [{'text': 'Oui.'}, {'error': 'text must be str, not int'}]
    """
    job = _job(step, options, overrides, fields=fields)
    mapped: dask.bag.Bag = bag.map(partial(_payload, job))  # type: ignore[no-untyped-call]
    return mapped


def map_records(
    bag: dask.bag.Bag,
    step: str = "clean",
    options: CleanOptions | None = None,
    *,
    field: str = "text",
    output_field: str = "feuillet",
    fields: str | Iterable[str] | None = None,
    **overrides: Unpack[OptionsDict],
) -> dask.bag.Bag:
    """Return each record of *bag* with the results of *step* on ``record[field]`` added.

    The results go under *output_field*, the other fields are kept as they are: the same
    records as ``feuillet STEP --jsonl``. A record that fails gets ``{"error": "..."}``
    as its results.

    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"body": "Oui."}, {"title": "Sans corps"}])
    >>> done = map_records(bag, "sentences", field="body", output_field="out")
    >>> for record in done.compute(scheduler="sync"):
    ...     print(record)
    {'body': 'Oui.', 'out': {'sentences': [{'start': 0, 'end': 4, 'text': 'Oui.'}]}}
    {'title': 'Sans corps', 'out': {'error': "record has no field 'body' (fields: 'title')"}}
    """
    job = _job(step, options, overrides, field=field, output_field=output_field, fields=fields)
    mapped: dask.bag.Bag = bag.map(partial(_on_record, job=job))  # type: ignore[no-untyped-call]
    return mapped


def _arrow_types(fields: Fields | None = None) -> dict[str, Any]:
    """The Arrow type of every result key, as ``{key: pyarrow.DataType}`` (from the schema)."""
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    types = {field.name: field.type for field in arrow_type(fields)}
    types[ERROR_KEY] = pa.string()
    return types


def _result_dtypes(job: Job) -> dict[str, Any]:
    """``{result key: pandas dtype}`` for *job*: strings for text, Python objects for spans."""
    import pandas as pd
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    types = _arrow_types()
    return {
        key: pd.StringDtype("pyarrow") if pa.types.is_string(types[key]) else object
        for key in [*job.payload(""), ERROR_KEY]
    }


def _on_partition(
    frame: pd.DataFrame, column: str, job: Job, dtypes: dict[str, Any]
) -> pd.DataFrame:
    import pandas as pd

    # a cell is checked as a record's field would be, so the messages are the same
    cells = ({column: _missing_as_none(value)} for value in frame[column])
    results = [_on_record(cell, job)[job.output_field] for cell in cells]
    out = frame.copy()
    for key, dtype in dtypes.items():
        values = [result.get(key) for result in results]  # None where the row failed
        out[f"{job.output_field}_{key}"] = pd.Series(values, index=frame.index, dtype=dtype)
    return out


def _missing_as_none(value: Any) -> Any:
    """pandas marks a missing cell with None, NaN or NA: report them all as null."""
    import pandas as pd

    if not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value):
        return None
    return value


def map_column(
    df: dask.dataframe.DataFrame,
    column: str = "text",
    step: str = "clean",
    options: CleanOptions | None = None,
    *,
    output_field: str = "feuillet",
    fields: str | Iterable[str] | None = None,
    **overrides: Unpack[OptionsDict],
) -> dask.dataframe.DataFrame:
    """Return *df* with one new column per result of *step* on *column*.

    The columns are named ``{output_field}_{key}`` (for ``clean``: ``_text``, ``_body``,
    ``_paragraphs``, ``_sentences``, ``_removed``, ``_french_score``, ``_no_body``; only
    the *fields* chosen if given) plus ``{output_field}_error``, missing unless the row
    failed. Text columns are strings, spans are lists of dicts: write them
    to Parquet with the schema given by :func:`parquet_schema`.

    >>> import pandas as pd, dask.dataframe as dd
    >>> df = dd.from_pandas(pd.DataFrame({"text": ["Oui.", None]}), npartitions=1)
    >>> out = map_column(df, step="normalize").compute(scheduler="sync")
    >>> out["feuillet_text"].tolist(), out["feuillet_error"].tolist()
    (['Oui.', <NA>], [<NA>, "field 'text' must be str, not null"])
    """
    job = _job(step, options, overrides, field=column, output_field=output_field, fields=fields)
    if column not in df.columns:
        valid = ", ".join(map(str, df.columns))
        raise ConfigurationError(f"no column {column!r}; columns: {valid}")
    dtypes = _result_dtypes(job)
    meta = _on_partition(df._meta, column, job, dtypes)
    mapped: dask.dataframe.DataFrame = df.map_partitions(  # type: ignore[no-untyped-call]
        _on_partition, column, job, dtypes, meta=meta
    )
    return mapped


def parquet_schema(
    df: dask.dataframe.DataFrame,
    *,
    output_field: str = "feuillet",
    fields: str | Iterable[str] | None = None,
) -> Any:
    """The Arrow schema with which to write the output of :func:`map_column` to Parquet.

    Dask cannot guess the type of columns holding Python lists, such as the sentence spans:
    pass this schema to ``to_parquet(..., schema=parquet_schema(df), write_index=False)``.
    The result columns get their nested types; the other columns keep those Dask infers.
    Pass the *fields* given to :func:`map_column`, if any.

    >>> import pandas as pd, dask.dataframe as dd
    >>> df = dd.from_pandas(pd.DataFrame({"id": [1], "text": ["Oui."]}), npartitions=1)
    >>> schema = parquet_schema(map_column(df, step="sentences"))
    >>> print(schema.field("feuillet_sentences").type)
    list<item: struct<start: int64, end: int64, text: string>>
    >>> schema.names
    ['id', 'text', 'feuillet_sentences', 'feuillet_error']
    """
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    chosen = None if fields is None else parse_fields(fields)
    types = {f"{output_field}_{key}": type_ for key, type_ in _arrow_types(chosen).items()}
    others = [name for name in df.columns if name not in types]
    inferred = pa.Schema.from_pandas(df._meta_nonempty[others], preserve_index=False)
    return pa.schema(
        [
            pa.field(name, types[name]) if name in types else inferred.field(name)
            for name in df.columns
        ]
    )


def _json_line(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False)


def write_jsonl(bag: dask.bag.Bag, path: str, *, compute: bool = True, **options: Any) -> Any:
    """Write a bag of records as JSON Lines files (one per partition), each ending with "\\n".

    *path* is a folder or a glob such as ``"out/*.jsonl.gz"`` (compressed by its name);
    *options* go to ``Bag.to_textfiles``. With ``compute=False``, return the delayed
    writes, to compute them together with other results of the same graph (an error
    count, say) in one pass: ``dask.compute(writes, failed)``.

    >>> import dask.bag as db, pathlib, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> _ = write_jsonl(db.from_sequence([{"a": 1}, {"a": 2}], npartitions=1), folder)
    >>> pathlib.Path(folder, "0.part").read_text()
    '{"a": 1}\\n{"a": 2}\\n'
    """
    lines = bag.map(_json_line)  # type: ignore[no-untyped-call]
    # last_endline: without it the last line of every file lacks its newline, and files
    # concatenated with cat would merge two records into one invalid line.
    return lines.to_textfiles(path, last_endline=True, compute=compute, **options)
