"""feuillet.schema: one description of the fields, from which every form is generated."""

from __future__ import annotations

import json

import pytest

import feuillet
from feuillet import ConfigurationError
from feuillet.schema import (
    ARTICLE,
    SCHEMA_VERSION,
    STEP_KEYS,
    arrow_schema,
    arrow_type,
    parse_fields,
    project,
)

TEXT = "Par Claire Morel\nLe trafic est perturbé jusqu'à mardi sur la ligne. Il reprend.\nAvec AFP"


@pytest.fixture(scope="module")
def article() -> feuillet.Article:
    return feuillet.clean(TEXT)


def test_to_dict_follows_the_description(article: feuillet.Article) -> None:
    data = article.to_dict()
    assert list(data) == list(ARTICLE)
    for key, spec in ARTICLE.items():
        if isinstance(spec, list):
            assert all(list(item) == list(spec[0]) for item in data[key]), key
    assert SCHEMA_VERSION == 3


def test_fields_projection_without_text(article: feuillet.Article) -> None:
    data = article.to_dict("body,sentences.start,sentences.end")
    assert list(data) == ["body", "sentences"]
    assert data["sentences"] == [{"start": s.start, "end": s.end} for s in article.sentences]
    # the same as projecting the full form
    fields = parse_fields("sentences.end,body,sentences.start")
    assert project(article.to_dict(), fields) == data | {
        "sentences": [{"start": s.start, "end": s.end} for s in article.sentences]
    }


def test_projection_is_smaller(article: feuillet.Article) -> None:
    full = json.dumps(article.to_dict(), ensure_ascii=False)
    small = json.dumps(article.to_dict("sentences.start,sentences.end"), ensure_ascii=False)
    assert len(small) * 4 < len(full)


def test_parse_fields_rules() -> None:
    assert parse_fields("sentences,sentences.start") == {"sentences": None}
    assert parse_fields(["removed.line", "removed.line"]) == {"removed": ("line",)}
    with pytest.raises(ConfigurationError, match="fields of sentences: start, end, text"):
        parse_fields("sentences.kind")
    with pytest.raises(ConfigurationError, match="fields of body: none"):
        parse_fields("body.start")
    with pytest.raises(ConfigurationError, match="valid fields: sentences"):
        parse_fields("body", step="sentences")
    with pytest.raises(ConfigurationError, match="empty field"):
        parse_fields("body,")


def test_error_entries_are_kept_whole() -> None:
    assert project({"error": "x"}, {"body": None}) == {"error": "x"}


def test_every_step_writes_schema_keys() -> None:
    for keys in STEP_KEYS.values():
        assert set(keys) <= set(ARTICLE)


def test_arrow_types_hold_the_json_form(article: feuillet.Article) -> None:
    pa = pytest.importorskip("pyarrow")
    table = pa.Table.from_pylist([article.to_dict()], schema=arrow_schema())
    assert table.to_pylist() == [article.to_dict()]
    assert str(arrow_type({"no_body": None, "french_score": None})) == (
        "struct<french_score: double, no_body: bool>"
    )
