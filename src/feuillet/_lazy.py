"""Regular expressions compiled on first use.

Compiling a pattern costs from a few microseconds to a few milliseconds (Python's ``re``
parses it in Python); a module holding dozens of them would spend tens of milliseconds of
every ``import feuillet`` on patterns a process may never use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

__all__ = ["lazy_pattern"]


def lazy_pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function returning ``re.compile(source, flags)``, compiled on its first call only.

    Safe from several threads: two first calls at once may both compile, and get equal
    patterns.

    >>> words = lazy_pattern(r"\\w+")
    >>> words().findall("deux mots"), words() is words()
    (['deux', 'mots'], True)
    """
    return cache(partial(re.compile, source, flags))
