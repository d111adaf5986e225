"""The invented labelled pages of ``benchmarks/data`` (issue #13, fourth round).

Each set holds 16 pages of invented outlets, written by people who had not read the rules,
in a trafilatura and a simple-scraper text. No body line of any of them may be removed,
and boilerplate F1 must not fall below the floor measured when the set was added.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feuillet import split_boilerplate

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
SETS = sorted(DATA.glob("invented-pages-*.jsonl"))
# The F1 below which a change counts as a regression on these pages.
F1_FLOOR = 0.95


def _records(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("path", SETS, ids=[path.stem for path in SETS])
def test_no_body_line_of_the_invented_pages_is_removed(path: Path) -> None:
    lost: list[str] = []
    tp = fp = fn = 0
    for record in _records(path):
        text, labels = str(record["text"]), record["labels"]
        assert isinstance(labels, list)
        assert len(labels) == len(text.split("\n")), record["id"]
        removed = {r.line for r in split_boilerplate(text).removed}
        for i, label in enumerate(labels):
            if label == "empty":
                continue
            boilerplate = label != "body"
            tp += boilerplate and i in removed
            fp += not boilerplate and i in removed
            fn += boilerplate and i not in removed
            if label == "body" and i in removed:
                lost.append(f"{record['id']}:{i}")
    assert lost == []
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= F1_FLOOR


def test_the_invented_sets_are_there() -> None:
    assert len(SETS) >= 2
