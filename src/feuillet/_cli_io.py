"""The command line's input and output: files, stdin, gzip, batches, progress.

Reading yields :class:`Item` objects (a whole document, or one JSON line) in batches
bounded in lines and bytes; a read error becomes an item carrying the error, so it is
reported like any bad record. Writing goes to a file (gzip by its ``.gz`` name) or stdout.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any, NamedTuple, cast

__all__ = [
    "Item",
    "Outcome",
    "Progress",
    "open_output",
    "read_documents",
    "read_lines",
    "total_size",
    "warn",
]

# A JSONL batch sent to a worker holds at most this many lines or bytes.
BATCH_LINES = 256
BATCH_BYTES = 4_000_000
GZIP_MAGIC = b"\x1f\x8b"


class Item(NamedTuple):
    """One document (a file) or one JSONL line, as read; ``error`` if it could not be read."""

    where: str  # "file" or "file:line", for messages
    data: bytes
    offset: int = 0  # byte offset of ``data`` in its file
    error: str | None = None
    blank: bool = False


class Outcome(NamedTuple):
    """What to write for one item, and what to report about it."""

    output: bytes
    error: str | None = None  # "where: message"
    notes: tuple[str, ...] = ()
    size: int = 0
    record: bool = True  # False for blank lines, which are copied but not counted
    flags: tuple[str, ...] = ()  # "markup", "not_french": counted in the summary


# --- Reading ---------------------------------------------------------------------------------


@contextlib.contextmanager
def _open_input(name: str) -> Iterator[IO[bytes]]:
    """Open *name* (``-`` is stdin) for reading bytes, decompressing gzip transparently."""
    with contextlib.ExitStack() as stack:
        stream: IO[bytes] = sys.stdin.buffer  # stdin is the caller's: never closed here
        if name != "-":
            stream = stack.enter_context(open(name, "rb"))
        peek = getattr(stream, "peek", None)
        head = peek(2)[:2] if peek is not None else b""
        if head == GZIP_MAGIC:  # recognised by content, so that compressed stdin works too
            import gzip

            stream = cast("IO[bytes]", stack.enter_context(gzip.GzipFile(fileobj=stream)))
        yield stream


def _display(name: str) -> str:
    return "<stdin>" if name == "-" else name


def read_documents(names: Sequence[str]) -> Iterator[list[Item]]:
    """Yield each input file as a batch of one document; read errors become error items."""
    for name in names:
        where = _display(name)
        try:
            with _open_input(name) as stream:
                data = stream.read()
        except (OSError, EOFError) as error:
            yield [Item(where, b"", error=_read_error(error))]
            continue
        yield [Item(where, data)]


def read_lines(names: Sequence[str]) -> Iterator[list[Item]]:
    """Yield the lines of the input files in batches bounded in lines and bytes."""
    batch: list[Item] = []
    size = 0
    for item in _lines(names):
        batch.append(item)
        size += len(item.data)
        if len(batch) >= BATCH_LINES or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _lines(names: Sequence[str]) -> Iterator[Item]:
    for name in names:
        where = _display(name)
        lineno, offset = 0, 0
        try:
            with _open_input(name) as stream:
                for lineno, raw in enumerate(stream, start=1):
                    data = raw.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else raw
                    yield Item(f"{where}:{lineno}", data, offset, blank=not raw.strip())
                    offset += len(raw)
        except (OSError, EOFError) as error:
            yield Item(f"{where}:{lineno + 1}", b"", offset, error=_read_error(error))


def _read_error(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror}"
    return f"cannot read: {error or type(error).__name__}"


# --- Writing and reporting -------------------------------------------------------------------


def open_output(name: str) -> contextlib.AbstractContextManager[IO[bytes]]:
    if name == "-":  # not closed afterwards: stdout belongs to the caller
        return contextlib.nullcontext(sys.stdout.buffer)
    if name.endswith(".gz"):
        import gzip

        return cast("IO[bytes]", gzip.open(name, "wb"))
    return open(name, "wb")


class Progress:
    """Bytes read, with % and ETA when the size is known, on stderr, with tqdm.

    Only when stderr is a terminal. Every other line for stderr during the run goes
    through :meth:`write`, so that it is printed above the bar instead of through it.
    The bar is redrawn on time (at most twice a second), not on a count of records.
    """

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.bar: Any = None
        self.records = 0
        if enabled:
            from tqdm import tqdm  # imported only when a terminal will show it

            self.bar = tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc="feuillet",
                file=sys.stderr,
                mininterval=0.5,
                miniters=1,  # no dynamic miniters: a slow start must not freeze the bar
                dynamic_ncols=True,
            )

    def update(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.records += outcome.record
        if self.bar is not None:
            self.bar.set_postfix(records=self.records, refresh=False)
            self.bar.update(outcome.size)  # redraws when mininterval has passed

    def write(self, message: str) -> None:
        """Print ``feuillet: message`` on stderr, above the bar if there is one."""
        if self.bar is None:
            warn(message)
        else:
            self.bar.write(f"feuillet: {message}", file=sys.stderr)

    def close(self) -> None:
        """Remove the bar."""
        if self.bar is not None:
            self.bar.close()


def total_size(names: Sequence[str]) -> int | None:
    """The bytes the documents of *names* hold, if known (not for stdin).

    For a ``.gz`` file this is the uncompressed size stored in its last four bytes (the
    size modulo 4 GiB, for the last member): the bar counts uncompressed bytes. A value
    smaller than the compressed file is wrapped or from a multi-member file: unknown.
    """
    total = 0
    for name in names:
        if name == "-":
            return None
        try:
            on_disk = os.path.getsize(name)
            size = _gzip_size(name, on_disk) if name.endswith(".gz") else on_disk
        except OSError:
            return None
        if size is None:
            return None
        total += size
    return total


def _gzip_size(name: str, compressed: int) -> int | None:
    if compressed < 18:  # smaller than a gzip header and trailer
        return None
    with open(name, "rb") as stream:
        stream.seek(-4, os.SEEK_END)
        size = int.from_bytes(stream.read(4), "little")
    return size if size >= compressed // 2 else None


def warn(message: str) -> None:
    print(f"feuillet: {message}", file=sys.stderr)
