"""Root pytest configuration: skip collecting integration modules whose tool is absent.

pytest collects the doctests of ``src/feuillet``; the integration modules import their
tool (spaCy, Dask, datatrove, datasets) when loaded, so without the matching extra their
collection would fail. The ``dev`` extra installs all of them, as CI does.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

collect_ignore = [
    f"src/feuillet/integrations/{name}.py"
    for name in ("spacy", "dask", "datatrove", "datasets")
    if importlib.util.find_spec(name) is None
]
# feuillet.html imports trafilatura only when called; its examples need it.
if importlib.util.find_spec("trafilatura") is None:
    collect_ignore.append("src/feuillet/html.py")


# The examples of the spaCy and Dask integrations load those tools (several seconds): they
# run in the slow layer with the integration tests, which keeps the plain `pytest` under a
# minute.
_SLOW_EXAMPLES = ("integrations/spacy.py", "integrations/dask.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if str(item.path).replace("\\", "/").endswith(_SLOW_EXAMPLES):
            item.add_marker(pytest.mark.slow)


# Modules whose every test is slow: when a run deselects the slow layer (the plain
# `pytest`), they are not even collected, so no worker pays for importing spaCy or Dask.
_ALL_SLOW = (
    "tests/test_integrations_spacy.py",
    "tests/test_integrations_dask.py",
    # (Property tests: hypothesis draws hundreds of texts per test.)
    "tests/test_typography_properties.py",
    *(f"src/feuillet/{name}" for name in _SLOW_EXAMPLES),
)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    skips_slow = str(config.getoption("markexpr", "")).replace(" ", "") == "notslow"
    if skips_slow and collection_path.as_posix().endswith(_ALL_SLOW):
        return True
    return None
