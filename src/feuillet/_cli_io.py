"""The command line's input and output: files, stdin, gzip, batches, progress.

Reading yields :class:`Item` objects (a whole document, or one JSON line) in batches
bounded in lines and bytes; a read error becomes an item carrying the error, so it is
reported like any bad record. Writing goes to a file (gzip by its ``.gz`` name) or stdout.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO, Any, NamedTuple, cast

__all__ = [
    "Item",
    "Outcome",
    "Output",
    "Progress",
    "open_output",
    "read_documents",
    "read_lines",
    "same_file",
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
    flags: tuple[str, ...] = ()  # "markup", "not_french", "no_body": counted in the summary
    lost: bool = False  # the input could not be read (to its end): data is missing


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
            # Where reading stopped: the line after the last whole one.
            message = _read_error(error) + "; the rest of the file is lost"
            yield Item(f"{where}:{lineno + 1}", b"", offset, error=message)


def _read_error(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror}"
    return f"cannot read: {error or type(error).__name__}"


# --- Writing and reporting -------------------------------------------------------------------


class Output:
    """Where the results go: stdout (streamed), or a file written whole or not at all.

    A file is written to a temporary file in its folder and renamed into place by
    :meth:`commit`, so a failed or interrupted run never leaves a truncated output where a
    good file stood: leaving the ``with`` block without :meth:`commit` removes the
    temporary file and keeps the previous content. A symbolic link is written through
    (its target is replaced); a device or pipe (``/dev/null``, ``/dev/stdout``) is written
    directly, as it cannot be renamed over.

    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "out.txt")
    >>> with open_output(path) as out:
    ...     _ = out.stream.write(b"half")  # no commit: as if the run had failed
    >>> os.path.exists(path), os.listdir(folder)
    (False, [])
    >>> with open_output(path) as out:
    ...     _ = out.stream.write(b"whole")
    ...     out.commit()
    >>> from pathlib import Path
    >>> Path(path).read_bytes()
    b'whole'
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._temp: str | None = None
        self._target = name
        self._closers: list[IO[bytes]] = []
        self.stream: IO[bytes]
        if name == "-":  # not closed afterwards: stdout belongs to the caller
            self.stream = sys.stdout.buffer
            return
        # Write through a symbolic link: the link stays, its target gets the new content.
        self._target = os.path.realpath(name)
        try:
            info: os.stat_result | None = os.stat(self._target)
        except FileNotFoundError:
            info = None
        raw: IO[bytes]
        if info is not None and not stat.S_ISREG(info.st_mode):
            # A device or a pipe: no rename possible. Closed by commit() or discard().
            raw = open(self._target, "wb")  # noqa: SIM115
        else:
            folder, base = os.path.split(self._target)
            handle, self._temp = tempfile.mkstemp(prefix=f".{base}.", suffix=".part", dir=folder)
            # mkstemp creates the file private (0600): give it the mode a new file, or the
            # file it replaces, would have.
            os.chmod(self._temp, info.st_mode & 0o7777 if info is not None else _new_file_mode())
            raw = os.fdopen(handle, "wb")
        self._closers.append(raw)
        self.stream = raw
        if name.endswith(".gz"):
            import gzip

            # filename: the gzip header names the output, not the temporary file.
            packed = gzip.GzipFile(filename=self._target, mode="wb", fileobj=raw)
            self._closers.insert(0, cast("IO[bytes]", packed))
            self.stream = cast("IO[bytes]", packed)

    def __enter__(self) -> Output:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def _close(self) -> None:
        closers, self._closers = self._closers, []
        for stream in closers:
            stream.close()

    def commit(self) -> None:
        """Finish the output: flush stdout, or move the complete file into place."""
        if self.name == "-":
            self.stream.flush()
            return
        self._close()
        if self._temp is not None:
            os.replace(self._temp, self._target)
            self._temp = None

    def discard(self) -> None:
        """Drop an uncommitted file output (stdout has been streamed: nothing to undo)."""
        if self.name == "-":
            with contextlib.suppress(OSError):
                self.stream.flush()
            return
        try:
            self._close()
        finally:
            if self._temp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(self._temp)
                self._temp = None


def open_output(name: str) -> Output:
    """The output *name*: ``-`` is stdout, ``.gz`` is compressed (see :class:`Output`)."""
    return Output(name)


def _new_file_mode() -> int:
    # The umask can only be read by setting it; the command line is single-threaded here.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def same_file(output: str, inputs: Sequence[str]) -> str | None:
    """The first of *inputs* that is the file *output* names (same path, link or hard link).

    >>> import os, tempfile
    >>> from pathlib import Path
    >>> folder = tempfile.mkdtemp()
    >>> data = os.path.join(folder, "data.jsonl")
    >>> Path(data).touch()
    >>> os.symlink(data, os.path.join(folder, "alias.jsonl"))
    >>> same_file(os.path.join(folder, "alias.jsonl"), ["-", data]) == data
    True
    >>> same_file(os.path.join(folder, "new.jsonl"), [data]) is None
    True
    """
    if output == "-":
        return None
    try:
        out = os.stat(output)  # follows symbolic links
    except OSError:
        return None  # does not exist yet (or cannot be seen): it cannot be an input
    if not stat.S_ISREG(out.st_mode):
        return None  # /dev/null, a pipe: writing it destroys no input
    for name in inputs:
        if name == "-":
            continue
        try:
            info = os.stat(name)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (out.st_dev, out.st_ino):
            return name
    return None


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
