"""``python -m feuillet``: the same as the ``feuillet`` command."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":  # workers of a process pool import this module too
    sys.exit(main())
