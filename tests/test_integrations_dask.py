"""feuillet over Dask: a real two-process LocalCluster gives what the sequential run gives."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

# Loading the engine takes seconds: these run in the slow layer (`pytest -m slow`, run by
# .ci/run), as the other tests that start a real engine.
pytestmark = pytest.mark.slow

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

import feuillet  # noqa: E402
import feuillet.schema  # noqa: E402
from feuillet.errors import ConfigurationError  # noqa: E402
from feuillet.integrations.dask import (  # noqa: E402
    STEPS,
    map_column,
    map_records,
    map_texts,
    parquet_schema,
    write_jsonl,
)
from feuillet.pipeline import clean_record  # noqa: E402

N_RECORDS = 12  # enough for several partitions, few enough to stay quick


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A real cluster: two worker processes, one thread each, no dashboard."""
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def records(shared: Path) -> list[dict[str, Any]]:
    """Real labelled news texts from the shared corpus (only a few fields kept)."""
    path = shared / "corpus" / "boilerplate-dev.jsonl"
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(N_RECORDS), lines, strict=False)]
    return [{"id": row["id"], "outlet": row["outlet"], "text": row["text"]} for row in rows]


@pytest.fixture(scope="module")
def sequential(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The sequential run: :func:`feuillet.pipeline.clean_record` on each record, in order."""
    return [clean_record(record) for record in records]


@pytest.fixture(scope="module")
def texts(examples: Path) -> list[str]:
    """The project's own example articles, plus two edge cases."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]
    return [*articles, "", "Une phrase. Une autre !"]


@pytest.mark.slow
def test_texts_on_the_cluster(client: Any, texts: list[str]) -> None:
    bag = db.from_sequence(texts, npartitions=2)
    assert map_texts(bag).compute() == [feuillet.clean(text).to_dict() for text in texts]
    assert map_texts(bag, "sentences").compute()[-2:] == [
        {"sentences": []},
        {
            "sentences": [
                {"start": 0, "end": 11, "text": "Une phrase."},
                {"start": 12, "end": 23, "text": "Une autre !"},
            ]
        },
    ]


def test_records_match_the_sequential_run_in_order(
    client: Any, records: list[dict[str, Any]], sequential: list[dict[str, Any]]
) -> None:
    bag = db.from_sequence(records, npartitions=4)
    done = map_records(bag).compute()
    assert [r["id"] for r in done] == [r["id"] for r in records]
    assert done == sequential
    # the other fields are untouched and the input records were not modified
    assert all(set(r) == {"id", "outlet", "text", "feuillet"} for r in done)
    assert all("feuillet" not in r for r in records)


def test_options_reach_the_workers(client: Any, records: list[dict[str, Any]]) -> None:
    options: dict[str, Any] = {"profile": "plain", "boilerplate": False}
    bag = db.from_sequence(records[:6], npartitions=3)
    done = map_records(bag, field="text", output_field="out", **options).compute()
    assert [r["out"] for r in done] == [
        feuillet.clean(r["text"], **options).to_dict() for r in records[:6]
    ]
    # without boilerplate removal nothing is removed and the body is the normalized text
    assert all(r["out"]["removed"] == [] and r["out"]["body"] == r["out"]["text"] for r in done)


def test_failing_records_are_reported_not_fatal(client: Any) -> None:
    bag = db.from_sequence(
        [
            {"id": "ok", "text": "Le train part ce matin."},
            {"id": "null", "text": None},
            {"id": "number", "text": 42},
            {"id": "missing", "titre": "Sans texte"},
            "not a record",
            {"id": "ok2", "text": "Il arrive à midi."},
        ],
        npartitions=2,
    )
    done = map_records(bag).compute()
    assert [r.get("id") for r in done] == ["ok", "null", "number", "missing", None, "ok2"]
    assert done[0]["feuillet"] == feuillet.clean("Le train part ce matin.").to_dict()
    assert done[5]["feuillet"] == feuillet.clean("Il arrive à midi.").to_dict()
    errors = [r["feuillet"] for r in done[1:5]]
    assert errors == [
        {"error": "field 'text' must be str, not null"},
        {"error": "field 'text' must be str, not int"},
        {"error": "record has no field 'text' (fields: 'id', 'titre')"},
        {"error": "record must be a mapping, not str"},
    ]
    assert done[1]["text"] is None  # the failing record keeps its fields
    assert done[3]["titre"] == "Sans texte"


def _run_cli(step: str, records: list[dict[str, Any]], tmp_path: Path) -> list[dict[str, Any]]:
    """What ``feuillet STEP --jsonl`` writes for *records*."""
    source = tmp_path / f"{step}.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "feuillet", step, "--jsonl", "--quiet", str(source)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [json.loads(line) for line in run.stdout.splitlines()]


@pytest.mark.slow
@pytest.mark.parametrize("step", STEPS)
def test_every_step_gives_what_the_cli_gives(
    client: Any, records: list[dict[str, Any]], tmp_path: Path, step: str
) -> None:
    some = records[:8]
    expected = _run_cli(step, some, tmp_path)
    assert [set(r["feuillet"]) for r in expected] == [RESULT_KEYS[step]] * len(some)
    assert map_records(db.from_sequence(some, npartitions=3), step).compute() == expected
    texts = db.from_sequence([r["text"] for r in some], npartitions=3)
    assert map_texts(texts, step).compute() == [r["feuillet"] for r in expected]


RESULT_KEYS = {
    "clean": {
        "text",
        "body",
        "paragraphs",
        "sentences",
        "removed",
        "french_score",
        "no_body",
        "metadata",
    },
    "normalize": {"text"},
    "split": {"body", "removed", "no_body", "metadata"},
    "sentences": {"sentences"},
    "paragraphs": {"paragraphs"},
}


def test_dataframe_column(
    client: Any, records: list[dict[str, Any]], sequential: list[dict[str, Any]]
) -> None:
    frame = pd.DataFrame(records[:10])
    frame.loc[3, "text"] = None  # one failing row
    df = dd.from_pandas(frame, npartitions=3)
    out = map_column(df, "text").compute()
    assert list(out.index) == list(range(10))
    assert list(out["id"]) == [r["id"] for r in records[:10]]
    expected_columns = list(feuillet.schema.ARTICLE)  # the schema's keys, in its order
    assert [c for c in out.columns if c.startswith("feuillet_")] == [
        *(f"feuillet_{c}" for c in expected_columns),
        "feuillet_error",
    ]
    articles = [record["feuillet"] for record in sequential[:10]]
    articles[3] = dict.fromkeys(articles[3])  # the failing row has no results
    errors = [None] * 10
    errors[3] = "field 'text' must be str, not null"
    assert _column(out, "feuillet_error") == errors
    for key in ["body", "sentences", "removed", "french_score", "no_body"]:
        assert _column(out, f"feuillet_{key}") == [a[key] for a in articles]


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    """The values of a column as Python objects, ``None`` where missing."""
    return [None if value is pd.NA else value for value in frame[name].tolist()]


def test_jsonl_folder_to_parquet(
    client: Any, records: list[dict[str, Any]], sequential: list[dict[str, Any]], tmp_path: Path
) -> None:
    """The recipe of docs/scale-out.md, end to end."""
    source = tmp_path / "jsonl"
    source.mkdir()
    for part in range(3):
        with (source / f"part-{part}.jsonl").open("w", encoding="utf-8") as out:
            for record in records[part::3]:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

    df = dd.read_json(str(source / "*.jsonl"), lines=True, blocksize=None)
    cleaned = map_column(df, "text", profile="typographic")
    cleaned = cleaned[["id", "feuillet_body", "feuillet_sentences", "feuillet_error"]]
    cleaned.to_parquet(tmp_path / "parquet", schema=parquet_schema(cleaned), write_index=False)

    rows = pq.read_table(tmp_path / "parquet").to_pylist()
    assert sorted(row["id"] for row in rows) == sorted(r["id"] for r in records)
    by_id = {record["id"]: record["feuillet"] for record in sequential}
    for row in rows:
        assert row["feuillet_error"] is None
        assert row["feuillet_body"] == by_id[row["id"]]["body"]
        assert row["feuillet_sentences"] == by_id[row["id"]]["sentences"]
    # pandas reads it back too, and one row per sentence is one explode away
    frame = pd.read_parquet(tmp_path / "parquet", columns=["id", "feuillet_sentences"])
    exploded = frame.explode("feuillet_sentences").dropna()
    assert len(exploded) == sum(len(article["sentences"]) for article in by_id.values())


def test_bad_options_fail_before_the_job() -> None:
    bag = db.from_sequence(["Bonjour."])
    with pytest.raises(ConfigurationError, match="valid steps: clean, normalize"):
        map_texts(bag, step="tokenize")
    with pytest.raises(ConfigurationError):
        map_records(bag, profile="no-such-profile")
    df = dd.from_pandas(pd.DataFrame({"body": ["Bonjour."]}), npartitions=1)
    with pytest.raises(ConfigurationError, match="no column 'text'; columns: body"):
        map_column(df, "text")


def test_import_feuillet_imports_no_scale_out_engine() -> None:
    code = (
        "import sys, feuillet; "
        "print([m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'datatrove')])"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_write_jsonl_ends_every_shard_with_a_newline(tmp_path: Path) -> None:
    bag = db.from_sequence([{"text": f"Phrase {i}."} for i in range(5)], npartitions=3)
    cleaned = map_records(bag, "sentences")
    failed = cleaned.filter(lambda r: "error" in r["feuillet"]).count()
    writes = write_jsonl(cleaned, str(tmp_path / "*.jsonl"), compute=False)
    # one pass over the graph for the files and the error count
    _, count = dask.compute(writes, failed, scheduler="sync")
    assert count == 0
    shards = sorted(tmp_path.glob("*.jsonl"))
    assert len(shards) == 3
    for shard in shards:
        assert shard.read_text(encoding="utf-8").endswith("}\n")
    joined = "".join(shard.read_text(encoding="utf-8") for shard in shards)
    assert [json.loads(line)["text"] for line in joined.splitlines()] == [
        f"Phrase {i}." for i in range(5)
    ]


def test_options_object_and_fields() -> None:
    bag = db.from_sequence(["« Oui »", None], npartitions=1)
    options = feuillet.CleanOptions(profile="plain", boilerplate=False)
    done = map_texts(bag, "clean", options, fields="body,sentences.start").compute(scheduler="sync")
    assert done == [
        {"body": "« Oui »", "sentences": [{"start": 0}]},
        {"error": "text must be str, not NoneType"},
    ]


def test_column_fields_and_their_parquet_schema() -> None:
    df = dd.from_pandas(pd.DataFrame({"text": ["Oui. Non."]}), npartitions=1)
    out = map_column(df, fields="sentences.start,no_body")
    assert [c for c in out.columns if c.startswith("feuillet_")] == [
        "feuillet_sentences",
        "feuillet_no_body",
        "feuillet_error",
    ]
    schema = parquet_schema(out, fields="sentences.start,no_body")
    assert str(schema.field("feuillet_sentences").type) == "list<item: struct<start: int64>>"
    assert out.compute(scheduler="sync")["feuillet_sentences"].tolist() == [
        [{"start": 0}, {"start": 5}]
    ]
