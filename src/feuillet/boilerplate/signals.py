"""Per-line evidence of one text: folded form, shape, rules matched, repetitions.

:class:`Doc` computes each signal lazily, once per line: most lines need only a few.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .text import BULLETS, LineShape, ccnet_key_of_folded, fold, shape, stopwords

if TYPE_CHECKING:
    from .rules import Rule, Rules

__all__ = ["Doc", "long_prose", "short_title"]

_URLISH = re.compile(
    r"^(?:https?://\S+|www\.\S+|\S+@\S+\.\w{2,6}"
    r"|[\w.' -]{1,40}\.(?:fr|com|be|ch|ca|net|org|info|tn|ma|sn|ci|dz|eu|io|tv|lu)(?:/\S*)?)$"
)


_TOKEN = re.compile(r"[a-z][a-z0-9'-]{3,}")
# Words are compared on their first letters: "parcelles" and "parcelle", "inondations" and
# "inondees" count as the same word of the article.
_STEM = 6
# Lines longer than this are not read for vocabulary (bounds the work on hostile input).
_MAX_VOCAB_CHARS = 5000
# Lines nearer than this are not the article that a line is compared with.
_NEAR = 3
# Indentation sets a line apart only beside this many full paragraphs at the margin.
_MIN_FLUSH = 3


def content_words(folded: str) -> frozenset[str]:
    """The stems of the content words of a folded line (no function words, no numbers).

    >>> sorted(content_words("les parcelles de vigne ont ete touchees par la grele"))
    ['grele', 'parcel', 'touche', 'vigne']
    """
    stop = stopwords()
    words = set()
    for token in _TOKEN.findall(folded[:_MAX_VOCAB_CHARS]):
        token = token.rsplit("'", 1)[-1]
        if len(token) >= 4 and token not in stop:
            words.add(token[:_STEM])
    return frozenset(words)


class Doc:
    """Per-line signals of one text, computed lazily (most lines need only a few)."""

    def __init__(self, lines: list[str], rules: Rules) -> None:
        self.lines = lines
        self.index = rules._index
        self._folded: dict[int, str] = {}
        self._keys: dict[int, str] = {}
        self._shape: dict[int, LineShape] = {}
        self._keep: dict[int, Rule | None] = {}
        self._rules: dict[tuple[int, str, bool], Rule | None] = {}
        # Per line, the answer of each pattern already tried (zones share most rules).
        self._seen: dict[int, dict[str, bool]] = {}
        self._blank = [not line or line.isspace() for line in lines]
        self._first: dict[str, int] | None = None
        self._last: dict[str, int] | None = None
        self._next_solid: list[int] | None = None
        self._words: dict[int, frozenset[str]] = {}
        # The article's vocabulary: for each word stem, the core lines holding it.
        self._core: dict[str, set[int]] | None = None
        self._core_lines: Callable[[], list[int]] = list
        self._indented: bool | None = None

    def blank(self, i: int) -> bool:
        return self._blank[i]

    def folded(self, i: int) -> str:
        value = self._folded.get(i)
        if value is None:
            value = self._folded[i] = fold(self.lines[i])
        return value

    def bare(self, i: int) -> str:
        """The folded line without leading bullets ("- ", "> ", "• "), as rules see it."""
        return self.folded(i).lstrip(BULLETS)

    def key(self, i: int) -> str:
        value = self._keys.get(i)
        if value is None:
            value = self._keys[i] = ccnet_key_of_folded(self.folded(i))
        return value

    def repeated(self, i: int, *, later: bool) -> bool:
        """Whether line *i* (several words) occurs again later (or earlier) in the text."""
        return self.copy(i, later=later) is not None

    def copy(self, i: int, *, later: bool) -> int | None:
        """The last (later) or first (earlier) other line with the text of line *i*."""
        if self._first is None:
            self._first, self._last = {}, {}
            for j in range(len(self.lines)):
                if not self.blank(j):
                    key = self.key(j)
                    self._first.setdefault(key, j)
                    self._last[key] = j
        key = self.key(i)
        if len(key.split()) < 4 or self._last is None:
            return None
        j = self._last[key] if later else self._first[key]
        return j if (j > i if later else j < i) else None

    def shape(self, i: int) -> LineShape:
        value = self._shape.get(i)
        if value is None:
            value = self._shape[i] = shape(self.lines[i], self.folded(i))
        return value

    def keep(self, i: int) -> Rule | None:
        if i not in self._keep:
            self._keep[i] = self.index.kept(self.folded(i), self.shape(i).words)
        return self._keep[i]

    def rule(self, i: int, zone: str, *, strong_only: bool = False) -> Rule | None:
        """A rule removing line *i* in *zone*; weak rules spare long prose."""
        key = (i, zone, strong_only)
        if key not in self._rules:
            line_shape = self.shape(i)
            weak = not long_prose(line_shape)
            seen = self._seen.setdefault(i, {})
            line_key = self.key(i) if self.index.lines else ""
            self._rules[key] = self.index.first(
                self.bare(i), line_key, line_shape.words, zone, strong_only, weak, seen
            )
        return self._rules[key]

    def junk(self, i: int) -> str | None:
        """A shape signal for lines with no text: symbols, counters, lone URLs."""
        line_shape = self.shape(i)
        if line_shape.letters == 0:
            return "shape.no-letters"
        if line_shape.words <= 2 and line_shape.letters <= 2 and not line_shape.terminal:
            return "shape.symbols"
        if line_shape.words <= 4 and len(self.lines[i]) <= 300 and _URLISH.match(self.bare(i)):
            return "shape.url"
        return None

    def indented_minority(self) -> bool:
        """Whether a few lines are indented by spaces and most full paragraphs are not."""
        if self._indented is None:
            flush = indented = 0
            for i, line in enumerate(self.lines):
                if self.blank(i):
                    continue
                if line.startswith("  "):
                    indented += 1
                elif self.shape(i).solid:
                    flush += 1
            self._indented = flush >= _MIN_FLUSH and indented * 3 < flush
        return self._indented

    def words(self, i: int) -> frozenset[str]:
        value = self._words.get(i)
        if value is None:
            value = self._words[i] = content_words(self.folded(i))
        return value

    def set_core(self, lines: Callable[[], list[int]]) -> None:
        """Take the article's vocabulary from the paragraphs *lines* gives, when first needed.

        Most texts end on lines that rules alone decide, so the vocabulary is often never
        read.
        """
        self._core = None
        self._core_lines = lines

    def _core_words(self) -> dict[str, set[int]]:
        if self._core is None:
            core: dict[str, set[int]] = {}
            for i in self._core_lines():
                for word in self.words(i):
                    core.setdefault(word, set()).add(i)
            self._core = core
        return self._core

    def overlap(self, i: int) -> float:
        """The share of line *i*'s content words found in the article's paragraphs above it.

        Only paragraphs more than a few lines above *i* count. 0.0 when no core was set
        or the line has no content word.
        """
        words = self.words(i)
        if not words:
            return 0.0
        core = self._core_words()
        shared = 0
        for word in words:
            lines = core.get(word)
            # Only paragraphs well above the line count: the teasers of one link list
            # share words with each other, not with the article above them.
            if lines and min(lines) < i - _NEAR:
                shared += 1
        return shared / len(words)

    def table_row(self, i: int) -> bool:
        """A row of a table as extractors write it: ``| Revues | 316 | 630 |``, ``|---|---|``.

        A long line led by ``|`` is a table of one cell (a credit such as ``| DR`` is short).
        """
        line = self.lines[i].strip()
        if not line.startswith("|"):
            return False
        return (line.endswith("|") and line.count("|", 0, 2000) >= 3) or self.shape(i).words >= 12

    def solid_before(self, j: int, lo: int, count: int) -> bool:
        """Whether at least *count* full paragraphs stand between *lo* and line *j*."""
        found = 0
        for k in range(lo, j):
            if not self.blank(k) and self.shape(k).solid:
                found += 1
                if found >= count:
                    return True
        return False

    def next_solid(self, i: int) -> int:
        """The index of the first full paragraph at or after line *i* (len(lines) if none)."""
        if self._next_solid is None:
            n = len(self.lines)
            table = [n] * (n + 1)
            for k in range(n - 1, -1, -1):
                table[k] = k if not self.blank(k) and self.shape(k).solid else table[k + 1]
            self._next_solid = table
        return self._next_solid[i]

    def next_nonblank(self, i: int, stop: int) -> int | None:
        j = i + 1
        while j < stop and self.blank(j):
            j += 1
        return j if j < stop else None

    def clear_prose(self, i: int) -> bool:
        return self.shape(i).prose and self.rule(i, "inline", strong_only=True) is None


def long_prose(line_shape: LineShape) -> bool:
    return line_shape.words >= 20 and line_shape.terminal and line_shape.stop_share >= 0.3


def short_title(line_shape: LineShape, limit: int) -> bool:
    return 0 < line_shape.words <= limit and not line_shape.terminal and line_shape.letters > 0
