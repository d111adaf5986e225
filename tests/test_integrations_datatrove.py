"""feuillet in a datatrove pipeline, run by datatrove's own local executor."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datatrove")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor

import feuillet
from feuillet.errors import ConfigurationError
from feuillet.integrations.datatrove import EmptyBodyFilter, FeuilletCleaner

SIMPLE = "Le train part ce matin. Il arrive à midi."


@pytest.fixture(scope="module")
def documents(shared: Path, examples: Path) -> list[dict[str, Any]]:
    """Real articles (shared corpus and examples), a simple one and two without a body."""
    with (shared / "corpus" / "boilerplate-dev.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(6), lines, strict=False)]
    docs = [{"id": row["id"], "text": row["text"]} for row in rows]
    docs += [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in examples.glob("*.txt")]
    docs += [{"id": "simple", "text": SIMPLE}, {"id": "blank", "text": " \n\n \n"}]
    docs += [{"id": "empty", "text": ""}]
    return docs


def _reader(docs: list[dict[str, Any]]) -> Any:
    """A datatrove reader: task *rank* of *world_size* reads its share of *docs*."""

    def read(data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        for doc in docs[rank::world_size]:
            yield Document(text=doc["text"], id=doc["id"])

    return read


def _writer(folder: Path) -> Any:
    """A datatrove writer: each task writes its documents to ``folder/RANK.jsonl``."""

    def write(data: Iterable[Document], rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        folder.mkdir(exist_ok=True)
        with (folder / f"{rank}.jsonl").open("w", encoding="utf-8") as out:
            for doc in data:
                record = {"id": doc.id, "text": doc.text, "metadata": doc.metadata}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                yield doc

    return write


def _run(docs: list[dict[str, Any]], tmp_path: Path, **options: Any) -> dict[str, dict[str, Any]]:
    """Run reader → cleaner → filter → writer as two tasks in two processes; read the output."""
    LocalPipelineExecutor(
        pipeline=[
            _reader(docs),
            FeuilletCleaner(**options),
            EmptyBodyFilter(),
            _writer(tmp_path / "out"),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    written = [
        json.loads(line)
        for path in sorted((tmp_path / "out").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    return {doc["id"]: doc for doc in written}


@pytest.mark.slow
def test_local_executor_cleans_and_filters(documents: list[dict[str, Any]], tmp_path: Path) -> None:
    out = _run(documents, tmp_path)
    # the documents without a body are dropped, all the others are kept
    assert set(out) == {doc["id"] for doc in documents} - {"blank", "empty"}
    assert out["simple"]["metadata"]["feuillet_sentence_count"] == 2
    assert out["simple"]["metadata"]["feuillet_removed"] == []
    for doc in documents:
        if doc["id"] in out:
            article = feuillet.clean(doc["text"])
            metadata = out[doc["id"]]["metadata"]
            assert out[doc["id"]]["text"] == article.body
            assert metadata["feuillet_sentence_count"] == len(article.sentences)
            # the schema's form of a removed line: line and span included
            assert metadata["feuillet_removed"] == article.to_dict()["removed"]
            assert metadata["feuillet_french_score"] == article.french_score
            assert metadata["feuillet_no_body"] is article.no_body
            assert "feuillet_error" not in metadata


@pytest.mark.slow
def test_options_are_those_of_clean(documents: list[dict[str, Any]], tmp_path: Path) -> None:
    out = _run(documents, tmp_path, profile="plain", boilerplate=False)
    for doc in documents:
        if doc["id"] in out:
            assert out[doc["id"]]["text"] == feuillet.normalize(doc["text"], profile="plain")
            assert out[doc["id"]]["metadata"]["feuillet_removed"] == []


def test_a_failing_document_is_kept_and_reported() -> None:
    docs = [Document(text=None, id="none"), Document(text=SIMPLE, id="ok")]  # type: ignore[arg-type]
    cleaned = list(FeuilletCleaner()(docs))
    assert [doc.id for doc in cleaned] == ["none", "ok"]
    assert cleaned[0].metadata == {"feuillet_error": "text must be str, not NoneType"}
    assert cleaned[1].metadata["feuillet_sentence_count"] == 2
    # a document with no text has no body: the filter drops it
    assert [doc.id for doc in EmptyBodyFilter()(cleaned)] == ["ok"]


def test_bad_options_fail_when_the_pipeline_is_built() -> None:
    with pytest.raises(ConfigurationError):
        FeuilletCleaner(profile="no-such-profile")


def test_options_object_and_no_body_documents_are_dropped() -> None:
    cleaner = FeuilletCleaner(feuillet.CleanOptions(profile="plain"))
    [doc] = cleaner([Document(text=SIMPLE, id="ok")])
    assert doc.metadata["feuillet_no_body"] is False
    assert doc.metadata["feuillet_french_score"] > 0.3
    menu = Document(text="Menu", id="menu", metadata={"feuillet_no_body": True})
    assert EmptyBodyFilter().filter(menu) == (False, "no_body")
    assert EmptyBodyFilter().filter(doc) is True
