"""Hugging Face ``datasets``: the picklable batched map function and its cache fingerprint."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import feuillet
import feuillet.metadata
from feuillet import ConfigurationError, InputError, Rules
from feuillet.integrations.datasets import CleanBatch, clean_dataset

datasets = pytest.importorskip("datasets")

NN = "\u202f"
ROWS = {
    "id": [1, 2, 3],
    "text": [
        "Le maire a parlé hier soir devant le conseil municipal réuni.\nAvec AFP",
        "Oui !",
        "",  # an empty text: every list of the result is empty
    ],
}


@pytest.fixture
def dataset(tmp_path: Path):  # type: ignore[no-untyped-def]
    # A dataset backed by a file, as after load_dataset: only those have a cache.
    path = tmp_path / "rows.jsonl"
    rows = [dict(zip(ROWS, values, strict=True)) for values in zip(*ROWS.values(), strict=True)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return datasets.Dataset.from_json(str(path), cache_dir=str(tmp_path / "cache"))


def test_call_on_a_plain_batch() -> None:
    out = CleanBatch()(ROWS)
    assert list(out) == ["feuillet"]
    first, second, third = out["feuillet"]
    assert first["body"] == "Le maire a parlé hier soir devant le conseil municipal réuni."
    assert [(r["zone"], r["text"]) for r in first["removed"]] == [("footer", "Avec AFP")]
    assert second["sentences"] == [{"start": 0, "end": 5, "text": f"Oui{NN}!"}]
    assert third == {
        "text": "",
        "body": "",
        "paragraphs": [],
        "sentences": [],
        "removed": [],
        "french_score": 0.0,
        "no_body": False,
        "metadata": feuillet.metadata.Metadata().to_dict(),  # no evidence: every field empty
    }
    assert all(not value for value in third["metadata"].values())
    assert [a["value"] for a in first["metadata"]["agencies"]] == ["AFP"]


def test_errors() -> None:
    with pytest.raises(InputError, match="no field 'content'"):
        CleanBatch(field="content")(ROWS)
    with pytest.raises(TypeError, match="row 1: field 'text' must be str, not null"):
        CleanBatch()({"text": ["Oui.", None]})
    with pytest.raises(TypeError, match="row 11: "):
        CleanBatch()({"text": ["Oui.", None]}, [10, 11])
    with pytest.raises(ConfigurationError, match="typographic"):
        CleanBatch(profile="fancy")
    with pytest.raises(TypeError, match="Rules"):
        CleanBatch(rules="Publicité")  # type: ignore[arg-type]


def test_picklable_and_fingerprint_is_deterministic() -> None:
    from datasets.fingerprint import Hasher

    fn = CleanBatch(profile="plain", rules=Rules.from_phrases(["Publicité"]))
    assert pickle.loads(pickle.dumps(fn)) == fn
    same = CleanBatch(profile="plain", rules=Rules.from_phrases(["Publicité"]))
    assert Hasher.hash(fn) == Hasher.hash(same)
    assert Hasher.hash(fn) != Hasher.hash(CleanBatch(profile="plain"))
    assert Hasher.hash(CleanBatch()) != Hasher.hash(CleanBatch(field="body"))


def test_map_adds_the_column_and_keeps_the_others(dataset) -> None:  # type: ignore[no-untyped-def]
    fn = CleanBatch()
    out = dataset.map(fn, batched=True, batch_size=2, features=fn.features(dataset.features))
    assert out.column_names == ["id", "text", "feuillet"]
    assert out["id"] == [1, 2, 3]
    assert out[1]["feuillet"]["body"] == f"Oui{NN}!"
    assert out[2]["feuillet"]["sentences"] == []
    assert out[0]["feuillet"]["removed"][0]["zone"] == "footer"


def test_second_map_hits_the_cache(dataset) -> None:  # type: ignore[no-untyped-def]
    first = clean_dataset(dataset)
    second = clean_dataset(dataset)
    assert first.cache_files
    assert first.cache_files == second.cache_files
    assert first._fingerprint == second._fingerprint
    other = clean_dataset(dataset, profile="plain")
    assert other.cache_files != first.cache_files


def test_num_proc(dataset) -> None:  # type: ignore[no-untyped-def]
    out = clean_dataset(dataset, num_proc=2, output_field="clean")
    assert out.column_names == ["id", "text", "clean"]
    assert [row["clean"]["body"] for row in out] == [
        "Le maire a parlé hier soir devant le conseil municipal réuni.",
        f"Oui{NN}!",
        "",
    ]


def test_on_error_record_gives_an_error_column(dataset) -> None:  # type: ignore[no-untyped-def]
    rows = datasets.Dataset.from_dict({"text": ["Oui.", None, "Non."]})
    out = clean_dataset(rows, on_error="record", fields="body")
    assert out.column_names == ["text", "feuillet", "feuillet_error"]
    assert out["feuillet"] == [{"body": "Oui."}, None, {"body": "Non."}]
    assert out["feuillet_error"] == [None, "row 1: field 'text' must be str, not null", None]


def test_on_error_raise_names_the_row() -> None:
    rows = datasets.Dataset.from_dict({"text": ["Oui.", "Non.", None]})
    with pytest.raises(TypeError, match="row 2: "):
        clean_dataset(rows, batch_size=2)


def test_streaming_iterable_dataset(dataset) -> None:  # type: ignore[no-untyped-def]
    stream = dataset.to_iterable_dataset(num_shards=1)
    out = clean_dataset(stream, batch_size=2, fields=["body", "sentences.start"])
    assert isinstance(out, datasets.IterableDataset)
    rows = list(out)
    assert [row["id"] for row in rows] == [1, 2, 3]
    assert rows[1]["feuillet"] == {"body": f"Oui{NN}!", "sentences": [{"start": 0}]}
    with pytest.raises(ConfigurationError, match="num_proc"):
        clean_dataset(stream, num_proc=2)


def test_features_come_from_the_schema() -> None:
    from feuillet.schema import ARTICLE

    features = CleanBatch().features()
    assert list(features["feuillet"]) == list(ARTICLE)
    assert features["feuillet"]["french_score"] == datasets.Value("float64")
