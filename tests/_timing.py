"""Timing helper for the linear-time tests (a ratio between two sizes, never seconds)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_time(
    call: Callable[[], object], *, repeat: int = 2, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The smallest time of *repeat* calls: the one least disturbed by other processes.

    Pass ``clock=time.process_time`` to count only this process's CPU time.
    """
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        call()
        best = min(best, clock() - start)
    return best
