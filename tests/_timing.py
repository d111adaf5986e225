"""Timing helper for the linear-time tests (a ratio between two sizes, never seconds)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_time(
    call: Callable[[], object], *, repeat: int = 2, clock: Callable[[], float] = time.process_time
) -> float:
    """The smallest CPU time of *repeat* calls (this process only: load from others is not
    counted, and the smallest is the one least disturbed by caches and the scheduler).
    """
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        call()
        best = min(best, clock() - start)
    return best
