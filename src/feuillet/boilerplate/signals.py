"""Per-line evidence of one text: folded form, shape, rules matched, repetitions.

:class:`Doc` computes each signal lazily, once per line: most lines need only a few.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from .text import BULLETS, LineShape, ccnet_key_of_folded, fold, shape, stopwords

if TYPE_CHECKING:
    from .index import RuleIndex
    from .rules import Rule, Rules

__all__ = ["Doc", "long_prose", "plain_text", "short_title"]

_URLISH = re.compile(
    r"^(?:https?://\S+|www\.\S+|\S+@\S+\.\w{2,6}"
    r"|[\w.' -]{1,40}\.(?:fr|com|be|ch|ca|net|org|info|tn|ma|sn|ci|dz|eu|io|tv|lu)(?:/\S*)?)$"
)

# A span of years: a life under an obituary's title ("1941 – 2024"), a season's heading.
_YEARS = re.compile(r"^\(?(?:1[5-9]|20)\d\d ?[-–—] ?(?:1[5-9]|20)\d\d\)?$")

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
# Two sentences glued without a space ("… mardi soir.Pour lire la suite"); the first one
# must be this long to be a sentence of the article.
_GLUED_SENTENCE = re.compile(r"[a-zà-ÿ0-9»)][.!?](?=[A-ZÉÈÀÂÎÔÇ])")
_GLUED_HEAD_WORDS = 8
# A time alone on its line ("17h40", "9:05") or leading an entry after a dash or a colon
# ("16h20 – La SNCB …", "11h05 : Le journal", "14 h : accueil"); three such lines make a
# text a live blog (or a programme's rundown).
# (An hour past 24 alone, "26:41", is a video's length in a list of episodes; leading
# a line, "31:50 – Le débat", a podcast's chapter.)
_TIME_LED_ENTRY = re.compile(
    r"^\s*(?:(?:[01]?\d|2[0-4]) ?(?:h ?(?:\d{2})?|: ?\d{2})\s*$"
    r"|\d{1,2} ?(?:h ?(?:\d{2})?|: ?\d{2})(?: ?[–—-] \S| : \S)"
    r"|\d{1,3}(?:['’](?: ?\+ ?\d{1,2})?| ?\+ ?\d{1,2}['’]|e(?: ?\+ ?\d{1,2})?)\s*$"
    r"|[Ii]l y a \d{1,2} ?min(?:utes?)?\s*$)"
)
# What a live blog's entry time starts with: a digit, or "Il y a 5 min".
_ENTRY_STARTS = frozenset("0123456789Ii")
_LIVE_TIMES = 3
_QUOTE_MARKS = re.compile(r"[\"«»“”]")


def plain_text(text: str) -> str:
    """*text* in lower case, quotation marks as spaces, single spaces (pull quotes are
    compared with the paragraphs in this form).

    >>> plain_text("« La mer  n'est pas un puits »")
    "la mer n'est pas un puits"
    """
    return " ".join(_QUOTE_MARKS.sub(" ", text).split()).lower()


def content_words(folded: str) -> frozenset[str]:
    """The stems of the content words of a folded line (no function words, no numbers).

    >>> sorted(content_words("les parcelles de vigne ont ete touchees par la grele"))
    ['grele', 'parcel', 'touche', 'vigne']
    """
    tokens = _TOKEN.findall(folded[:_MAX_VOCAB_CHARS])
    # Words recur from line to line: each token's stem is worked out once (see _stem).
    stems = set(map(_STEMS.get, tokens))
    if None in stems:  # a token not seen yet
        stems = set(map(_stem, tokens))
    return frozenset(filter(None, stems))  # without "", a token with no stem


# The stem of each token seen so far ("" for none). Shared by threads, with single lookups;
# a token's stem never changes, so a lost or repeated store is harmless.
_STEMS: dict[str, str] = {}
_MAX_STEMS = 100_000


def _stem(token: str) -> str:
    """The stem of a token of :data:`_TOKEN`, or "" for a function word or a short word."""
    stem = _STEMS.get(token)
    if stem is None:
        # An elided article is not part of the word: "l'inondation".
        word = token.rpartition("'")[2]
        stem = word[:_STEM] if len(word) >= 4 and word not in stopwords() else ""
        if len(_STEMS) >= _MAX_STEMS:
            _STEMS.clear()
        _STEMS[token] = stem
    return stem


class Doc:
    """Per-line signals of one text, computed lazily (most lines need only a few)."""

    def __init__(self, lines: list[str], rules: Rules) -> None:
        self.lines = lines
        self.index = rules._index
        self.blocks = rules._block_index
        self._folded: dict[int, str] = {}
        self._keys: dict[int, str] = {}
        self._shape: dict[int, LineShape] = {}
        self._keep: dict[int, Rule | None] = {}
        self._rules: dict[tuple[int, str, bool], Rule | None] = {}
        # Per line, the answer of each pattern already tried (zones share most rules).
        self._seen: dict[int, dict[str, bool]] = {}
        self._blank = [not line or line.isspace() for line in lines]
        self._first: dict[str, int] | None = None
        self._last: dict[str, int] = {}
        self._joined_lines: tuple[str, list[int], list[int]] | None = None
        self._key_budget = len(lines)
        self._next_solid: list[int] | None = None
        self._words: dict[int, frozenset[str]] = {}
        self._plain: dict[int, str] = {}
        # The article's vocabulary (see set_core): the lines it is read from, and for each
        # word stem the first full paragraph holding it, then the first article paragraph.
        self._core_span = (0, 0)
        self._first_solid: dict[str, int] | None = None
        self._first_solid_span: tuple[int, int] | None = None
        self._core_first: dict[str, int] | None = None
        self._indented: bool | None = None
        self._live: bool | None = None
        # What the zone scans compute once per text (see zones.py), by name.
        self.memo: dict[str, Any] = {}

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
        key = self.key(i)
        tokens = key.split()
        if len(tokens) < 4:
            return None
        same = self._same_key(key, tokens)
        if same is None:  # looked up in the index of every line's key
            same = [j for j in (self._first_index()[key], self._last[key]) if j != i]
        if later:
            return max((j for j in same if j > i), default=None)
        return min((j for j in same if j < i), default=None)

    def last_copy(self, i: int) -> int:
        """The last line with the text of line *i*, of any length (*i* if none follows)."""
        self._first_index()
        return max(i, self._last.get(self.key(i), i))

    def _first_index(self) -> dict[str, int]:
        """The first line of each key (and in ``_last`` the last): every line's key."""
        if self._first is None:
            first: dict[str, int] = {}
            last: dict[str, int] = {}
            for j in range(len(self.lines)):
                if not self.blank(j):
                    key = self.key(j)
                    first.setdefault(key, j)
                    last[key] = j
            self._first, self._last = first, last
        return self._first

    def _same_key(self, key: str, tokens: list[str]) -> list[int] | None:
        """The lines whose key is *key*, found through one of its words; None: ask the index.

        Only the lines holding the key's longest word (one without digits, which the key
        writes as 0) get a key: most lines, body paragraphs, never need one. Lines holding
        the word without the key are counted; past a budget of one look per line, the
        index of every line's key answers instead (hostile text repeats a word everywhere).
        """
        words = [token for token in tokens if "0" not in token]
        if self._first is not None or not words or self._key_budget <= 0:
            return None
        word = max(words, key=len)
        text, starts, numbers = self._joined()
        found = []
        at = text.find(word)
        while at >= 0:
            self._key_budget -= 1
            if self._key_budget < 0:
                return None
            k = bisect_right(starts, at) - 1
            if self.key(numbers[k]) == key:
                found.append(numbers[k])
            at = text.find(word, starts[k + 1]) if k + 1 < len(starts) else -1
        return found

    def _joined(self) -> tuple[str, list[int], list[int]]:
        """The folded non-blank lines joined by line breaks, where each starts, their numbers."""
        if self._joined_lines is None:
            numbers = [j for j in range(len(self.lines)) if not self.blank(j)]
            folded = [self.folded(j) for j in numbers]
            starts = list(accumulate((len(line) + 1 for line in folded[:-1]), initial=0))
            self._joined_lines = ("\n".join(folded), starts, numbers)
        return self._joined_lines

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
            self._rules[key] = self._ask(self.index, i, zone, strong_only)
        return self._rules[key]

    def rule_of(self, part: str, zone: str) -> Rule | None:
        """A rule removing *part* of a line (a cell of a row) in *zone*, weak ones too."""
        folded = fold(part)
        return self.index.first(folded, "", len(folded.split()), zone, False, True, {})

    def block_rule(self, i: int) -> Rule | None:
        """The first rule opening a footer section ("Commentaires") that removes line *i*.

        When it is None, :meth:`rule` in the footer is no section heading either: the
        search for a heading asks this of many body lines, far cheaper than all rules.
        """
        return self._ask(self.blocks, i, "footer", False)

    def _ask(self, index: RuleIndex, i: int, zone: str, strong_only: bool) -> Rule | None:
        line_shape = self.shape(i)
        weak = not long_prose(line_shape)
        # Each pattern's answer for the line is shared by every zone and index asking.
        seen = self._seen.setdefault(i, {})
        line_key = self.key(i) if index.lines else ""
        found = index.first(self.bare(i), line_key, line_shape.words, zone, strong_only, weak, seen)
        if found is None or "." not in self.lines[i]:
            return found
        glued = _GLUED_SENTENCE.search(self.lines[i])
        if glued is None or len(self.lines[i][: glued.end()].split()) < _GLUED_HEAD_WORDS:
            return found
        # A sentence of the article with boilerplate run into it ("… mardi soir.Pour lire
        # la suite, abonnez-vous."): body, unless its first sentence is boilerplate too.
        head = fold(self.lines[i][: glued.end()])
        return index.first(head, "", len(head.split()), zone, strong_only, weak, {})

    def junk(self, i: int) -> str | None:
        """A shape signal for lines with no text: symbols, counters, lone URLs."""
        line_shape = self.shape(i)
        if line_shape.letters == 0:
            return None if _YEARS.match(self.lines[i].strip()) else "shape.no-letters"
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

    def plain(self, i: int) -> str:
        """:func:`plain_text` of line *i* (a paragraph is compared with many short lines)."""
        value = self._plain.get(i)
        if value is None:
            value = self._plain[i] = plain_text(self.lines[i])
        return value

    def set_core(self, lo: int, hi: int) -> None:
        """Take the article's vocabulary from lines *lo* to *hi* (excluded), when first needed.

        The article's paragraphs are the full paragraphs there that no footer rule
        removes (comments under the footer edge are not). Most texts end on lines that
        rules alone decide, so the vocabulary is often never read.
        """
        self._core_span = (lo, hi)
        self._core_first = None
        # The footer scan narrows the span: the index of a wider span from the same line
        # answers too (a word first met below *hi* is not in the span).
        indexed = self._first_solid_span
        if indexed is None or indexed[0] != lo or indexed[1] < hi:
            self._first_solid = None

    def _first_solids(self) -> dict[str, int]:
        """For each word stem, the first full paragraph holding it, from the first line of
        the core span (maybe past its end: see set_core)."""
        if self._first_solid is None:
            first: dict[str, int] = {}
            lo, hi = self._first_solid_span = self._core_span
            # Backwards, so that the first paragraph holding a word writes last.
            for k in range(hi - 1, lo - 1, -1):
                if not self.blank(k) and self.shape(k).solid:
                    first.update(dict.fromkeys(self.words(k), k))
            self._first_solid = first
        return self._first_solid

    def _core_firsts(self) -> dict[str, int]:
        """For each word stem, the first article paragraph holding it (see set_core)."""
        if self._core_first is None:
            first: dict[str, int] = {}
            lo, hi = self._core_span
            for k in range(hi - 1, lo - 1, -1):
                if not self.blank(k) and self.shape(k).solid and self.rule(k, "footer") is None:
                    first.update(dict.fromkeys(self.words(k), k))
            self._core_first = first
        return self._core_first

    def _in_core_above(self, word: str, first: int, limit: int) -> bool:
        """Whether an article paragraph above line *limit* holds *word*, whose first full
        paragraph is line *first* (above *limit*)."""
        # The first full paragraph holding the word is nearly always the article's own:
        # footer rules are only tried on it, not on every paragraph. When a rule removes
        # it (a comment, a note), all paragraphs are sorted out once.
        if self.rule(first, "footer") is None:
            return True
        k = self._core_firsts().get(word)
        return k is not None and k < limit

    def overlap(self, i: int) -> float:
        """The share of line *i*'s content words found in the article's paragraphs above it.

        Only paragraphs more than a few lines above *i* count. 0.0 when no core was set
        or the line has no content word.
        """
        words = self.words(i)
        if not words:
            return 0.0
        # Only paragraphs well above the line count: the teasers of one link list share
        # words with each other, not with the article above them.
        limit = min(i - _NEAR, self._core_span[1])
        firsts = self._first_solids()
        shared = 0
        for word in words:
            k = firsts.get(word)
            if k is not None and k < limit and self._in_core_above(word, k, limit):
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

    def structure(self, i: int) -> bool:
        """A line that gives the article its structure and is never boilerplate.

        A row of a table, or in a live blog (three lines or more led by a time) an entry's
        time, alone ("17h40", "87'", "Il y a 5 min") or leading the entry ("16h20 – La SNCB
        annonce …").
        """
        if self.table_row(i):
            return True
        line = self.lines[i]
        if line.lstrip()[:1] not in _ENTRY_STARTS or _TIME_LED_ENTRY.match(line) is None:
            return False
        if self._live is None:
            times = sum(
                1
                for other in self.lines
                if other.lstrip()[:1] in _ENTRY_STARTS and _TIME_LED_ENTRY.match(other)
            )
            self._live = times >= _LIVE_TIMES
        return self._live

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

    def previous_nonblank(self, i: int, lo: int = 0) -> int | None:
        j = i - 1
        while j >= lo and self.blank(j):
            j -= 1
        return j if j >= lo else None

    def clear_prose(self, i: int) -> bool:
        return self.shape(i).prose and self.rule(i, "inline", strong_only=True) is None


def long_prose(line_shape: LineShape) -> bool:
    return line_shape.words >= 20 and line_shape.terminal and line_shape.stop_share >= 0.3


def short_title(line_shape: LineShape, limit: int) -> bool:
    return 0 < line_shape.words <= limit and not line_shape.terminal and line_shape.letters > 0
