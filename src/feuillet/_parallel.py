"""Chunking and the process pool behind ``clean_many`` and ``feuillet --workers``."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ConfigurationError

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

__all__ = ["check_workers", "chunks", "flatten", "map_chunks"]

T = TypeVar("T")
R = TypeVar("R")


def flatten(batches: Iterable[list[R]]) -> Iterator[R]:
    for batch in batches:
        yield from batch


def check_workers(workers: int, chunksize: int) -> None:
    if not isinstance(workers, int) or workers < 1:
        raise ConfigurationError(f"workers must be an integer >= 1, not {workers!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ConfigurationError(f"chunksize must be an integer >= 1, not {chunksize!r}")


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Group *items* into lists of at most *size* items, lazily.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def map_chunks(
    work: Callable[[list[T]], list[R]],
    batches: Iterable[list[T]],
    *,
    workers: int = 1,
) -> Generator[list[R], None, None]:
    """Apply *work* to each batch, in order, in up to *workers* processes.

    At most ``2 * workers`` batches are in flight, so the input is read only as fast as the
    results are consumed. *work* and the batches must be picklable when ``workers > 1``.

    >>> list(map_chunks(sorted, [[3, 1], [2]]))
    [[1, 3], [2]]
    """
    if workers <= 1:
        yield from map(work, batches)
        return
    from concurrent.futures import ProcessPoolExecutor  # imported here: only pools need it

    # *work* (a partial holding the options, rules included) is sent once to each worker
    # by the pool initializer; each batch then travels alone.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_mp_context(),
        initializer=_install,
        initargs=(work,),
    )
    pending: deque[Future[list[R]]] = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(_run_installed, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # Reached on normal end, on an error, or when the caller stops iterating early.
        pool.shutdown(wait=True, cancel_futures=True)


_installed: Callable[[list[Any]], list[Any]] | None = None


def _install(work: Callable[[list[Any]], list[Any]]) -> None:
    """Pool initializer: keep the work function (and its options) in the worker process."""
    global _installed
    _installed = work


def _run_installed(batch: list[Any]) -> list[Any]:
    assert _installed is not None, "the pool initializer did not run"
    return _installed(batch)


def _mp_context() -> BaseContext:
    # "fork" from a process that may hold threads can deadlock; forkserver (POSIX) and spawn
    # start clean workers that import feuillet when they unpickle the work function.
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
