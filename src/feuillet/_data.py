"""Loading of the language data shipped in ``feuillet/data``.

Data files are plain UTF-8 text, one item per line; ``#`` starts a comment and blank
lines are ignored, so a linguist can read and extend them without reading code.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources


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


@cache
def read_data(name: str) -> tuple[str, ...]:
    """Return the items of the packaged data file *name* (for example ``"abbreviations.txt"``).

    The result is cached: each file is read once per process.
    """
    text = resources.files("feuillet.data").joinpath(name).read_text(encoding="utf-8")
    return parse_lines(text.splitlines())
