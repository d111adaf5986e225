"""The ``feuillet`` command (placeholder until issue 6: prints the version)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``feuillet`` command."""
    print(f"feuillet {__version__}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
