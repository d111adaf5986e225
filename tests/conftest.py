"""Shared fixtures.

``shared`` is the read-only folder ``../shared`` beside the project root, holding real
articles and gold corpora (or the folder named by the ``FEUILLET_SHARED`` environment
variable). Tests that use it are skipped when it is absent, so the
project also runs on its own.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI (CI=true) the property tests draw the same examples on every run, so that a landing
# judges the change, not the draw; elsewhere they explore anew each time, and
# FEUILLET_FUZZ_EXAMPLES digs deeper in the robustness tests.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
# FEUILLET_SHARED points elsewhere, e.g. when the tests run from a git worktree.
SHARED = Path(os.environ.get("FEUILLET_SHARED") or ROOT.parent / "shared")
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
