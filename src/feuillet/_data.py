"""Loading of the language data shipped in ``feuillet/data``.

Data files are plain UTF-8 text, one item per line; ``#`` starts a comment and blank
lines are ignored, so a linguist can read and extend them without reading code.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache


def parse_lines(lines: Iterable[str]) -> tuple[str, ...]:
    """Strip comments and blank lines from data-file lines.

    A ``#`` starts a comment only at the start of a line or after whitespace, so items
    such as ``n°`` or ``#hashtag`` patterns can still contain the sign.

    >>> parse_lines(["# a comment", "M.", "", "Mme   # title", "  etc. "])
    ('M.', 'Mme', 'etc.')
    """
    items = []
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        cut = line.find(" #")
        if cut != -1:
            line = line[:cut].rstrip()
        items.append(line)
    return tuple(items)


def read_text(name: str) -> str:
    """The text of the packaged data file *name*, with ``\\n`` line ends.

    Read through the loader of ``feuillet.data`` (a directory or a zip archive alike), as
    ``pkgutil.get_data`` does: ``importlib.resources`` would add about 15 ms to
    ``import feuillet``. Raises ``OSError`` (``FileNotFoundError`` for a missing file in a
    directory) when the file cannot be read.

    >>> read_text("stopwords-fr.txt").startswith("#")
    True
    """
    from . import data

    loader = data.__spec__.loader if data.__spec__ is not None else None
    get_data = getattr(loader, "get_data", None)
    if get_data is None or data.__file__ is None:  # pragma: no cover - an unusual importer
        from importlib import resources

        return resources.files("feuillet.data").joinpath(name).read_text(encoding="utf-8")
    raw: bytes = get_data(os.path.join(os.path.dirname(data.__file__), name))
    # Text mode would turn "\r\n" and "\r" into "\n": so does this.
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@cache
def read_data(name: str) -> tuple[str, ...]:
    """Return the items of the packaged data file *name* (for example ``"abbreviations.txt"``).

    The result is cached: each file is read once per process.
    """
    return parse_lines(read_text(name).splitlines())
