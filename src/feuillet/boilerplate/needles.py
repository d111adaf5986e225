"""Which of many fixed strings a line holds, found in one pass over the line.

Each shipped rule is searched only in lines holding one of the strings it needs (its
prefilter, see :mod:`feuillet.boilerplate.prefilter`). Testing those strings rule by rule
reads a line a few hundred times; here all the strings of a rule collection go into one
pattern shaped as a trie, whose search reads the line once and names, at each position,
the longest string starting there. The strings starting at a position are that longest
string's prefixes which are strings of the collection, so the whole answer follows.

Compiling the trie costs about as much as splitting a few articles, so a
:class:`NeedleFinder` only builds it once its owner has asked about enough lines
(:data:`BUILD_AFTER`): a notebook's first call stays quick, a pipeline over many articles
pays once.

>>> finder = NeedleFinder(["lire", "lire aussi", "aussi", "abonn"], build_after=0)
>>> sorted(finder.present("a lire aussi : le dossier"))
['aussi', 'lire', 'lire aussi']
>>> finder.present("rien a voir")
frozenset()
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["BUILD_AFTER", "NeedleFinder"]

#: Lines a finder answers by plain substring tests before it compiles its trie.
BUILD_AFTER = 400
# Lines whose answer a finder remembers: each line is asked about by several questions
# (zones, strong rules only or not) in a row.
_MAX_CACHED = 4096
# Longer strings (only a user's pattern may need one) are tested alone: the trie's
# pattern nests one group per character.
_MAX_TRIE_CHARS = 100


class NeedleFinder:
    """The strings of *needles* that a line holds, exactly as ``needle in line`` says.

    Until it has been asked *build_after* times it tests each string in turn (the
    answer is the same, only slower on many lines).

    >>> NeedleFinder(["ab", "b", "bc"], build_after=0).present("abc") == {"ab", "b", "bc"}
    True
    """

    def __init__(self, needles: Iterable[str], *, build_after: int = BUILD_AFTER) -> None:
        # The empty string is in every line: its rules are tried on every line anyway.
        self.needles = frozenset(n for n in needles if n)
        self._long = tuple(n for n in self.needles if len(n) > _MAX_TRIE_CHARS)
        self._asked = 0
        self._build_after = build_after
        self._pattern: re.Pattern[str] | None = None
        self._prefixes: dict[str, tuple[str, ...]] = {}
        self._cache: dict[str, frozenset[str]] = {}

    @property
    def built(self) -> bool:
        """Whether the trie is compiled (unlike :meth:`ready`, this does not count)."""
        return self._pattern is not None

    def ready(self) -> bool:
        """Whether :meth:`present` reads a line once; counts the calls until it does.

        A caller with a cheaper way for a few lines (testing a handful of strings) asks
        this first; the trie is compiled on the call after *build_after* others.
        """
        if self._pattern is not None:
            return True
        self._asked += 1
        if self._asked <= self._build_after or len(self._long) == len(self.needles):
            return False
        self._pattern = _trie_pattern(n for n in self.needles if len(n) <= _MAX_TRIE_CHARS)
        return True

    def present(self, line: str) -> frozenset[str]:
        """The needles that *line* holds."""
        hit = self._cache.get(line)
        if hit is not None:
            return hit
        pattern = self._pattern
        if pattern is None and self.ready():
            pattern = self._pattern
        if pattern is None:
            found = frozenset(n for n in self.needles if n in line)
        else:
            prefixes = self._prefixes
            answer: set[str] = set()
            for longest in set(pattern.findall(line)):
                known = prefixes.get(longest)
                if known is None:
                    known = prefixes[longest] = self._needle_prefixes(longest)
                answer.update(known)
            answer.update(n for n in self._long if n in line)
            found = frozenset(answer)
        if len(self._cache) >= _MAX_CACHED:
            self._cache.clear()
        self._cache[line] = found
        return found

    def _needle_prefixes(self, needle: str) -> tuple[str, ...]:
        """The needles that start *needle* (itself included)."""
        return tuple(needle[:k] for k in range(1, len(needle) + 1) if needle[:k] in self.needles)


def _trie_pattern(needles: Iterable[str]) -> re.Pattern[str]:
    """A pattern naming, at every position of a line, the longest needle starting there.

    A trie of literals: at each node the children start with distinct characters, and a
    needle ending inside a longer one makes the rest optional (greedy, so the longest
    wins). A search reads at most the longest needle's length from each position: linear
    in the line.

    >>> _trie_pattern(["ab", "abc", "b"]).findall("xabcb")
    ['abc', 'b', 'b']
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for needle in needles:
        node = trie
        for char in needle:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(f"(?=({_branch(trie)}))")


def _branch(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    children = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not children:
        return ""
    body = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
    return f"(?:{body})?" if "" in node else body
