"""The compiled form of a rule collection, and the search of a line against it.

The rules are grouped once per question asked of a line (zone, strong rules only or not,
weak rules allowed or not, length of the line), so a search only tries the rules that
could answer it, each behind its prefilter.

The shipped rules run on Python's ``re`` (each is tested to take linear time); any other
pattern — a user's rule — runs on the ``regex`` package with a time limit per search, so
that a pattern with catastrophic backtracking stops with a :class:`RulesError` instead of
hanging the process.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from .._data import read_text
from ..errors import RulesError
from .needles import NeedleFinder
from .prefilter import quick_to_fail, required_literals, simplify_literals
from .starts import first_chars, lookup_char
from .text import BULLETS, ccnet_key_of_folded, count_words, fold

if TYPE_CHECKING:
    from pathlib import Path

    import regex

    from .rules import Rule

# json, pathlib and regex are imported where they are used, not by `import feuillet`
# (together about 20 ms); the shipped rules never need regex.

__all__ = [
    "MAX_RULE_CHARS",
    "USER_PATTERN_TIMEOUT",
    "LruCache",
    "RuleIndex",
    "compile_pattern",
    "rule_matches",
]

# Boilerplate lines are short; rules are not tried on longer lines (this also bounds the
# regex work on hostile input).
MAX_RULE_CHARS = 2000
#: Seconds one search of a user rule's pattern may take (see :func:`search`); legitimate
#: searches of a line of at most 2,000 characters take microseconds.
USER_PATTERN_TIMEOUT = 0.5
_MAX_CACHED_CHARS = 200
_MAX_CACHED_LINES = 50_000
# Distinct patterns compiled and kept: the shipped rules, plus room for a service that
# loads many users' rule files over its life without growing without bound.
_MAX_PATTERNS = 4096
_NOT_CACHED = object()  # sentinel: a cached answer may be None
# First characters whose rule order a search keeps (see _Combined).
_MAX_ORDERS = 512
# Word counts whose threshold is read from a table (see RuleIndex._search).
_MAX_LISTED_WORDS = 1000

Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LruCache(Generic[K, V]):
    """A dictionary keeping at most *maxsize* entries, dropping the least recently used.

    Safe to share between threads: each operation is one call into ``OrderedDict`` (C
    code, under the GIL), and an entry removed by another thread in between is a miss.

    >>> cache = LruCache(2)
    >>> cache.put("a", 1); cache.put("b", 2)
    >>> cache.get("a", None)  # "a" is now the most recently used
    1
    >>> cache.put("c", 3)  # full: "b" goes
    >>> cache.get("b", None), cache.get("a", None), len(cache)
    (None, 1, 2)
    """

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, default: V) -> V:
        """The value of *key* (now the most recently used), or *default*."""
        # A miss is the common case of a first reading: no exception raised for it.
        value = self._data.get(key, _NOT_CACHED)
        if value is _NOT_CACHED:
            return default
        with contextlib.suppress(KeyError):  # removed by another thread meanwhile
            self._data.move_to_end(key)
        return value  # type: ignore[return-value]

    def put(self, key: K, value: V) -> None:
        """Store *value*, dropping the least recently used entry when full."""
        self._data[key] = value
        if len(self._data) > self.maxsize:
            with contextlib.suppress(KeyError):  # emptied by another thread meanwhile
                self._data.popitem(last=False)

    def clear(self) -> None:
        """Forget everything."""
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


@cache
def _shipped_patterns() -> frozenset[str]:
    # Imported here: the rules module imports this one. Loading the shipped rules does not
    # compile them through compile_pattern (Rule only checks its pattern), so no cycle.
    from .rules import Rules

    return frozenset(rule.pattern for rule in Rules.default())


@lru_cache(maxsize=_MAX_PATTERNS)
def compile_pattern(pattern: str) -> Pattern:
    """The compiled *pattern*: ``re`` for the shipped rules, ``regex`` for any other.

    The shipped patterns are tested to take linear time on hostile lines; other patterns
    are searched with a time limit (:func:`search`), which only ``regex`` offers.

    >>> from feuillet import Rules
    >>> shipped = next(iter(Rules.default())).pattern
    >>> type(compile_pattern(shipped)) is re.Pattern
    True
    >>> import regex
    >>> type(compile_pattern(r"^offert par ")) is regex.Pattern
    True
    """
    if pattern in _shipped_patterns():
        return re.compile(pattern)
    import regex

    return regex.compile(pattern)


def search(rule: Rule, pattern: Pattern, folded: str) -> bool:
    """Whether *pattern* (the compiled pattern of *rule*) is found in the line *folded*.

    A search of a user's pattern that takes longer than :data:`USER_PATTERN_TIMEOUT`
    raises :class:`RulesError` naming the rule and the line.

    >>> from feuillet import Rule
    >>> rule = Rule("slow", "x", "^(a|aa)+$")  # exponential on "aaa…b"
    >>> search(rule, compile_pattern(rule.pattern), "aaab")
    False
    """
    if type(pattern) is re.Pattern:
        return pattern.search(folded) is not None
    try:
        return pattern.search(folded, timeout=USER_PATTERN_TIMEOUT) is not None
    except TimeoutError:
        shown = folded if len(folded) <= 80 else folded[:80] + "…"
        raise RulesError(
            f"rule {rule.id!r}: searching {rule.pattern!r} took more than "
            f"{USER_PATTERN_TIMEOUT} s on the line {shown!r}; the pattern backtracks "
            "catastrophically: make its repeats unambiguous"
        ) from None


def rule_matches(rule: Rule, line: str) -> bool:
    """Whether *rule* covers the raw *line*, exactly as the engine decides it.

    Zones and strength are not checked: it is the engine's search of this one rule, in
    one of its zones, with weak rules allowed.
    """
    folded = fold(line)
    words = _words(folded)
    index = _single_index(rule)
    if rule.strength == "keep":
        return index.kept(folded, words) is not None
    bare = folded.lstrip(BULLETS)
    key = ccnet_key_of_folded(folded) if rule.kind == "line" else ""
    return index.first(bare, key, words, rule.zones[0], False, True) is not None


def _words(folded: str) -> int:
    # The word count the engine uses (LineShape.words): tokens holding a letter or digit.
    return count_words(folded.split())[0]


@lru_cache(maxsize=256)
def _single_index(rule: Rule) -> RuleIndex:
    return RuleIndex((rule,))


class RuleIndex:
    """Compiled form of a rule collection.

    The rules are grouped once per question asked of a line (zone, strong rules only or
    not, weak rules allowed or not, length of the line), so a search only tries the rules
    that could answer it. Built lazily by :class:`Rules` and never pickled with it.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.keep = [r for r in rules if r.strength == "keep"]
        keep_regex = [r for r in self.keep if r.kind == "regex"]
        self.keep_lines = {r.pattern for r in self.keep if r.kind == "line"}
        # No keep rule applies to a line longer than their largest word limit (most long
        # paragraphs): the search below is skipped for them.
        keep_limits = [r.max_words for r in self.keep]
        self.keep_max_words: int | None = None
        if None not in keep_limits:
            self.keep_max_words = max((limit or 0 for limit in keep_limits), default=0)
        # The keep patterns anchored at the line's start only match lines starting with one
        # of their first characters (see starts.py), and only at the line's start: one
        # match of all of them at once there rules out most lines. Only for the shipped
        # patterns (re), as a user's pattern is searched alone, with its time limit.
        starts = [_starts(r.pattern) for r in keep_regex]
        shipped = all(type(compile_pattern(r.pattern)) is re.Pattern for r in keep_regex)
        anchored = [r for r, chars in zip(keep_regex, starts, strict=True) if chars is not None]
        loose = [r for r, chars in zip(keep_regex, starts, strict=True) if chars is None]
        self.keep_combined = shipped
        self.keep_first = frozenset().union(*(chars for chars in starts if chars is not None))
        self.keep_anchored = _combined(anchored) if shipped else None
        # The others are searched along the whole line, and only in a line holding one of
        # the strings they need (see _Combined).
        self.keep_loose = _combined(loose) if shipped else None
        self.keep_loose_needs = (
            None if self.keep_loose is None else _needs(self.keep_loose.pattern, True)
        )
        self.regex = [r for r in rules if r.kind == "regex" and r.strength != "keep"]
        # Every line rule for a key, in rule order: two rules for one line (in different
        # zones, say) must not hide each other.
        self.lines: dict[str, list[Rule]] = {}
        for rule in rules:
            if rule.kind == "line" and rule.strength != "keep":
                self.lines.setdefault(rule.pattern, []).append(rule)
        limits = [r.max_words for r in self.regex]
        self.max_words = None if None in limits else max((m or 0 for m in limits), default=0)
        self.thresholds = sorted({r.max_words for r in self.regex if r.max_words is not None})
        # The strings every pattern (and every branch of a long one) needs, found in a
        # line once for all the questions asked of it.
        self.finder = NeedleFinder(_all_needs(self.regex))
        # For each word count up to the largest threshold (at most _MAX_LISTED_WORDS: a
        # user's rule may allow millions), the threshold that applies.
        listed = min(self.thresholds[-1] + 1 if self.thresholds else 0, _MAX_LISTED_WORDS)
        self._limits = [next(t for t in self.thresholds if t >= words) for words in range(listed)]
        self._patterns: dict[tuple[str, bool, bool, int | None], _Combined] = {}
        self._cache: LruCache[tuple[str, str, bool, bool], Rule | None] = LruCache(
            _MAX_CACHED_LINES
        )

    def first(
        self,
        folded: str,
        line_key: str,
        words: int,
        zone: str,
        strong_only: bool,
        weak: bool,
        seen: dict[str, bool] | None = None,
    ) -> Rule | None:
        """The first rule (line rules, then patterns in rule order) covering the line in *zone*.

        *folded* is the folded line without leading bullets, *words* the line's word
        count (:class:`LineShape`), *line_key* its :func:`ccnet_key` (only needed by rules
        of kind ``"line"``).
        """
        if self.lines:
            for rule in self.lines.get(line_key, ()):
                if (
                    zone in rule.zones
                    and _allowed(rule, strong_only, weak)
                    and (rule.max_words is None or words <= rule.max_words)
                ):
                    return rule
        if len(folded) > MAX_RULE_CHARS or (self.max_words is not None and words > self.max_words):
            return None
        # Short lines are remembered: menus, share buttons and credits recur from one
        # article to the next, so a batch of articles from one site searches them once.
        # One lookup, not "in" then "[]": another thread may change the cache in between.
        key = (folded, zone, strong_only, weak)
        cacheable = len(folded) <= _MAX_CACHED_CHARS
        if cacheable:
            hit = self._cache.get(key, _NOT_CACHED)  # type: ignore[arg-type]
            if hit is not _NOT_CACHED:
                return hit
        found = self._search(folded, words, zone, strong_only, weak, seen)
        if cacheable:
            self._cache.put(key, found)
        return found

    def _search(
        self,
        folded: str,
        words: int,
        zone: str,
        strong_only: bool,
        weak: bool,
        seen: dict[str, bool] | None,
    ) -> Rule | None:
        limits = self._limits
        if words < len(limits):
            limit: int | None = limits[words]
        else:
            limit = next((t for t in self.thresholds if t >= words), None)
        combined = self._patterns.get((zone, strong_only, weak, limit))
        if combined is None:
            members = [
                r
                for r in self.regex
                if zone in r.zones
                and _allowed(r, strong_only, weak)
                and (r.max_words is None or (limit is not None and r.max_words >= limit))
            ]
            combined = _Combined(members, self.finder)
            self._patterns[(zone, strong_only, weak, limit)] = combined
        return combined.search(folded, {} if seen is None else seen)

    def kept(self, folded: str, words: int) -> Rule | None:
        """The first keep rule covering the line (*folded*, bullets included), or None."""
        if not self.keep:
            return None
        key = ccnet_key_of_folded(folded) if self.keep_lines else ""
        if key not in self.keep_lines:  # only a pattern can answer
            if len(folded) > MAX_RULE_CHARS:
                return None
            if self.keep_max_words is not None and words > self.keep_max_words:
                return None
            if self.keep_combined and not self._may_keep(folded):
                return None
        for rule in self.keep:
            if rule.max_words is not None and words > rule.max_words:
                continue
            if rule.kind == "line":
                if rule.pattern == key:
                    return rule
            elif len(folded) <= MAX_RULE_CHARS and search(
                rule, compile_pattern(rule.pattern), folded
            ):
                return rule
        return None

    def _may_keep(self, folded: str) -> bool:
        """Whether a keep pattern (of the shipped kind) can match the line *folded*."""
        anchored = self.keep_anchored
        if (
            anchored is not None
            and lookup_char(folded[:1]) in self.keep_first
            and anchored.match(folded) is not None
        ):
            return True
        loose = self.keep_loose
        if loose is None:
            return False
        needs = self.keep_loose_needs
        if needs is not None and not any(map(folded.__contains__, needs)):
            return False
        return loose.search(folded) is not None


def _allowed(rule: Rule, strong_only: bool, weak: bool) -> bool:
    if rule.strength == "strong":
        return True
    return rule.strength == "weak" and weak and not strong_only


class _Combined:
    """The rules answering one question, tried in order until one matches.

    (Python's ``re`` searches one alternation of many unanchored patterns more slowly
    than the patterns one by one, each with its own prefix optimizations.) A pattern is
    only searched in a line holding one of the strings it needs (:func:`_prefilter`):
    body lines, which no rule matches, mostly skip the search.
    """

    def __init__(self, rules: Sequence[Rule], finder: NeedleFinder | None = None) -> None:
        self.rules = list(rules)
        self.needs = [_needs(rule.pattern) for rule in self.rules]
        # Compiled on first use: a pattern whose strings no line holds is never compiled,
        # which keeps the first call of a process cheap.
        self.patterns: list[Pattern | None] = [None] * len(self.rules)
        # A pattern anchored at the line's start matches only lines starting with one of a
        # few characters (see starts.py): per first character, the rules worth trying.
        self.starts = [_starts(rule.pattern) for rule in self.rules]
        self._orders: dict[str, tuple[tuple[int, str, tuple[str, ...] | None], ...]] = {}
        # A long shipped pattern is searched branch by branch (its top-level alternatives),
        # each compiled on first use: a line needs one or two of them, and compiling all
        # of them made the first call of a process slow.
        self.branches = [_shipped_branches(rule.pattern) for rule in self.rules]
        # Once the finder has compiled its trie, a search starts from the rules whose
        # strings the line holds instead of testing each rule's strings in turn.
        self.finder = finder if finder is not None else NeedleFinder(_all_needs(self.rules))
        # (A pattern needing the empty string is tried on every line, as before.)
        # Sets of rules are bit masks (bit i: rule i): a line's candidates are the OR of
        # the masks of the strings it holds, which is far cheaper than building sets, and
        # reading the bits from the lowest keeps the rules' order.
        self.always = 0
        for i, needs in enumerate(self.needs):
            if needs is None or "" in needs:
                self.always |= 1 << i
        self.rules_of: dict[str, int] = {}
        for i, needs in enumerate(self.needs):
            for needle in needs or ():
                self.rules_of[needle] = self.rules_of.get(needle, 0) | 1 << i
        self._allowed: dict[str, int] = {}

    def _order(self, first: str) -> tuple[tuple[int, str, tuple[str, ...] | None], ...]:
        """The rules a line starting with *first* may match, in order: (index, pattern,
        needed strings)."""
        order = self._orders.get(first)
        if order is None:
            probe = lookup_char(first)
            order = tuple(
                (i, rule.pattern, needs)
                for i, (rule, needs, chars) in enumerate(
                    zip(self.rules, self.needs, self.starts, strict=True)
                )
                if chars is None or probe in chars
            )
            # Bounded: hostile text may start its lines with many characters.
            if len(self._orders) < _MAX_ORDERS:
                self._orders[first] = order
        return order

    def search(self, folded: str, seen: dict[str, bool]) -> Rule | None:
        """The first rule matching *folded*; *seen* remembers each pattern's answer."""
        if self.finder.ready():
            return self._search_present(folded, self.finder.present(folded), seen)
        contains = folded.__contains__
        for i, source, needs in self._order(folded[:1]):
            hit = seen.get(source)
            if hit is None:
                # A line without any of the pattern's required strings cannot match.
                hit = needs is None or any(map(contains, needs))
                hit = seen[source] = hit and self._match(i, folded)
            if hit:
                return self.rules[i]
        return None

    def _search_present(
        self, folded: str, present: frozenset[str], seen: dict[str, bool]
    ) -> Rule | None:
        """:meth:`search` for a line holding the needed strings *present*."""
        candidates = self.always
        rules_of = self.rules_of
        for needle in present:
            candidates |= rules_of.get(needle, 0)
        if not candidates:
            return None
        first = folded[:1]
        allowed = self._allowed.get(first)
        if allowed is None:
            allowed = 0
            for i, _, _ in self._order(first):
                allowed |= 1 << i
            if len(self._allowed) < _MAX_ORDERS:
                self._allowed[first] = allowed
        candidates &= allowed
        while candidates:
            lowest = candidates & -candidates
            candidates ^= lowest
            i = lowest.bit_length() - 1
            source = self.rules[i].pattern
            hit = seen.get(source)
            if hit is None:
                hit = seen[source] = self._match(i, folded, present)
            if hit:
                return self.rules[i]
        return None

    def _match(self, i: int, folded: str, present: frozenset[str] | None = None) -> bool:
        """Whether the pattern of rule *i* is found in *folded* (compiled on first use);
        *present*: the needed strings the line holds, when known."""
        branches = self.branches[i]
        if branches is not None:
            if present is None:
                present = frozenset(
                    needle for _, needs in branches for needle in needs or () if needle in folded
                )
            return any(
                _compile_branch(source).search(folded) is not None
                for source, needs in branches
                if needs is None or "" in needs or not present.isdisjoint(needs)
            )
        pattern = self.patterns[i]
        if pattern is None:
            pattern = self.patterns[i] = compile_pattern(self.rules[i].pattern)
        # Shipped patterns are searched directly; a user's with a time limit.
        if type(pattern) is re.Pattern:
            return pattern.search(folded) is not None
        return search(self.rules[i], pattern, folded)


#: The prefilters of the shipped patterns, computed ahead (reading a pattern's structure
#: costs more than the whole first split of an article); other patterns are read on demand.
PREFILTER_FILE = "boilerplate.prefilters.json"


def _key(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:20]


@cache
def _prefilter_document() -> dict[str, Any]:
    """The stored file of the shipped patterns' prefilters and first characters."""
    import json

    try:
        data = read_text(PREFILTER_FILE)
    except OSError:  # pragma: no cover - the file ships with the package
        return {}
    document: dict[str, Any] = json.loads(data)
    return document


def _shipped_prefilters() -> dict[str, list[str] | None]:
    table: dict[str, list[str] | None] = _prefilter_document().get("prefilters", {})
    return table


def _shipped_starts() -> dict[str, str]:
    table: dict[str, str] = _prefilter_document().get("starts", {})
    return table


# A shipped pattern at least this long is searched branch by branch.
_SPLIT_CHARS = 500


def split_branches(source: str) -> list[str]:
    """The top-level alternatives of the pattern *source*, in order.

    >>> split_branches("^lire aussi|voir (?:aussi|plus)|[|] partager")
    ['^lire aussi', 'voir (?:aussi|plus)', '[|] partager']
    """
    branches: list[str] = []
    depth = 0
    start = 0
    k = 0
    n = len(source)
    while k < n:
        char = source[k]
        if char == "\\":
            k += 2
            continue
        if char == "[":
            # A "]" right after "[" or "[^" is a literal member of the class.
            k += 2 if source[k + 1 : k + 2] == "^" else 1
            k += 1 if source[k : k + 1] == "]" else 0
            while k < n and source[k] != "]":
                k += 2 if source[k] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(source[start:k])
            start = k + 1
        k += 1
    branches.append(source[start:])
    return branches


@lru_cache(maxsize=_MAX_PATTERNS)
def _compile_branch(source: str) -> re.Pattern[str]:
    """A branch of a shipped pattern, compiled once for every index that searches it."""
    return re.compile(source)


@lru_cache(maxsize=_MAX_PATTERNS)
def _shipped_branches(source: str) -> tuple[tuple[str, tuple[str, ...] | None], ...] | None:
    """The branches of a long shipped pattern with their needed strings, or None.

    Only for a pattern whose branches' strings are in the stored table (a user's pattern
    is searched whole, with its time limit).
    """
    if len(source) < _SPLIT_CHARS:
        return None
    known = _shipped_prefilters()
    if _key(source) not in known:
        return None
    branches = split_branches(source)
    if len(branches) < 2 or any(_key(branch) not in known for branch in branches):
        return None
    found = ((branch, known[_key(branch)]) for branch in branches)
    return tuple((branch, None if needs is None else tuple(needs)) for branch, needs in found)


def _all_needs(rules: Sequence[Rule]) -> set[str]:
    """Every string a pattern of *rules*, or a branch of one, may need."""
    found: set[str] = set()
    for rule in rules:
        found.update(_needs(rule.pattern) or ())
        for _, needs in _shipped_branches(rule.pattern) or ():
            found.update(needs or ())
    return found


def _starts(source: str) -> frozenset[str] | None:
    """The characters a line must start with to match the shipped pattern *source*.

    None (any line) for a pattern not anchored on a few characters, and for any pattern
    the stored table lacks: a user's pattern, or a shipped one edited since the table was
    written, which is then only tried on more lines.
    """
    chars = _shipped_starts().get(_key(source))
    return None if chars is None else frozenset(chars)


@lru_cache(maxsize=_MAX_PATTERNS)
def _needs(source: str, always: bool = False) -> tuple[str, ...] | None:
    """Strings one of which a line must hold to match *source*; None: always search.

    The shipped patterns' strings come from the stored table; another pattern's are read
    (see :func:`_read_needs`; the keep rules' alternation is read *always*).
    """
    known = _shipped_prefilters()
    key = _key(source)
    if key in known:
        found = known[key]
        return None if found is None else tuple(found)
    return _read_needs(source, always)


def _read_needs(source: str, always: bool) -> tuple[str, ...] | None:
    """Read the strings a match of *source* needs; unless *always*, not for a pattern that
    fails at once on most lines (anchored at the start), whose search is as cheap.

    The stored table has them *always*: a string test then also spares compiling a
    pattern that no line of a first article needs.
    """
    try:  # the structure is read with re's parser, whichever engine runs the pattern
        pattern = re.compile(source)
    except (re.error, ValueError, OverflowError):  # a pattern only ``regex`` reads
        return None
    if always:
        return required_literals(pattern)
    return None if quick_to_fail(pattern) else required_literals(pattern)


def prefilter_table() -> dict[str, list[str] | None]:
    """The prefilters of the shipped patterns, as stored in ``data/boilerplate.prefilters.json``.

    Computed from the patterns themselves; the test suite checks that the stored file is
    this table. After editing ``boilerplate.rules``, rewrite it with
    :func:`write_prefilter_table`.
    """
    from .rules import Rules  # here: the rules module imports this one

    rules = Rules.default()
    table: dict[str, list[str] | None] = {}
    for rule in rules:
        if rule.kind == "regex" and rule.strength != "keep":
            found = _read_needs(rule.pattern, True)
            table[_key(rule.pattern)] = None if found is None else list(found)
            if len(rule.pattern) >= _SPLIT_CHARS:
                for branch in split_branches(rule.pattern):
                    found = _read_needs(branch, True)
                    table[_key(branch)] = None if found is None else list(found)
    # The keep patterns searched together, all of them and those not anchored (as
    # RuleIndex builds them once the first characters below are stored).
    keep_regex = [rule for rule in rules if rule.strength == "keep" and rule.kind == "regex"]
    loose = [rule for rule in keep_regex if first_chars(rule.pattern) is None]
    for group in (keep_regex, loose):
        keep = _combined(group)
        if keep is not None:
            found = _union_needs([rule.pattern for rule in group])
            table[_key(keep.pattern)] = None if found is None else list(found)
    return dict(sorted(table.items()))


# The keep rules are searched together; the strings their union needs may outnumber the
# limit of one pattern's prefilter (each rule's own stays under it).
_MAX_KEEP_LITERALS = 40


def _union_needs(patterns: Sequence[str]) -> tuple[str, ...] | None:
    """Strings one of which a line must hold to match one of *patterns*; None: search."""
    union: list[str] = []
    for source in patterns:
        found = _read_needs(source, True)
        if found is None:
            return None
        union.extend(found)
    simple = simplify_literals(union)
    return tuple(simple) if len(simple) <= _MAX_KEEP_LITERALS else None


def start_table() -> dict[str, str]:
    """The first characters of the shipped anchored patterns (:func:`first_chars`), as
    stored under ``"starts"`` in ``data/boilerplate.prefilters.json``."""
    from .rules import Rules  # here: the rules module imports this one

    table = {}
    for rule in Rules.default():
        if rule.kind == "regex":
            chars = first_chars(rule.pattern)
            if chars is not None:
                table[_key(rule.pattern)] = chars
    return dict(sorted(table.items()))


def write_prefilter_table(path: str | Path | None = None) -> Path:
    """Write :func:`prefilter_table` to the package's data file (or to *path*)."""
    import json
    from pathlib import Path

    target = Path(path) if path is not None else Path(__file__).parent.parent / "data"
    if target.is_dir():
        target = target / PREFILTER_FILE
    document = {"about": "written by feuillet.boilerplate.index.write_prefilter_table"}
    document["prefilters"] = prefilter_table()  # type: ignore[assignment]
    document["starts"] = start_table()  # type: ignore[assignment]
    target.write_text(json.dumps(document, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    return target


def _combined(rules: Sequence[Rule]) -> re.Pattern[str] | None:
    if not rules:
        return None
    return re.compile("|".join(f"(?:{rule.pattern})" for rule in rules))
