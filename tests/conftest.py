"""Shared fixtures.

``shared`` is the read-only folder ``../shared`` beside the project root, holding real
articles and gold corpora. Tests that use it are skipped when it is absent, so the
project also runs on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``../shared`` folder; skips the test when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not available")
    return SHARED


@pytest.fixture(scope="session")
def examples() -> Path:
    """The project's own ``examples/`` folder of articles written by the team."""
    return EXAMPLES
