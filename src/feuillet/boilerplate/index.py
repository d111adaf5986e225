"""The compiled form of a rule collection, and the search of a line against it.

The rules are grouped once per question asked of a line (zone, strong rules only or not,
weak rules allowed or not, length of the line), so a search only tries the rules that
could answer it, each behind its prefilter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, cast

from .prefilter import quick_to_fail, required_literals

if TYPE_CHECKING:
    from .rules import Rule

__all__ = ["MAX_RULE_CHARS", "RuleIndex", "compile_pattern"]

# Boilerplate lines are short; rules are not tried on longer lines (this also bounds the
# regex work on hostile input).
MAX_RULE_CHARS = 2000
_MAX_CACHED_CHARS = 200
_MAX_CACHED_LINES = 50_000
_NOT_CACHED = object()  # sentinel: a cached answer may be None


@cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The compiled *pattern* (compiled once per process)."""
    return re.compile(pattern)


class RuleIndex:
    """Compiled form of a rule collection.

    The rules are grouped once per question asked of a line (zone, strong rules only or
    not, weak rules allowed or not, length of the line), so a search only tries the rules
    that could answer it.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.keep = [r for r in rules if r.strength == "keep" and r.kind == "regex"]
        self.keep_any = _combined(self.keep)
        # Most lines hold none of the strings the keep rules need (see _Combined).
        self.keep_needs = None if self.keep_any is None else required_literals(self.keep_any)
        self.regex = [r for r in rules if r.kind == "regex" and r.strength != "keep"]
        self.lines: dict[str, Rule] = {}
        for rule in rules:
            if rule.kind == "line" and rule.strength != "keep":
                self.lines.setdefault(rule.pattern, rule)
        limits = [r.max_words for r in self.regex]
        self.max_words = None if None in limits else max((m or 0 for m in limits), default=0)
        self.thresholds = sorted({r.max_words for r in self.regex if r.max_words is not None})
        self._patterns: dict[tuple[str, bool, bool, int | None], _Combined] = {}
        self._cache: dict[tuple[str, str, bool, bool], Rule | None] = {}

    def first(
        self,
        folded: str,
        line_key: str,
        words: int,
        zone: str,
        strong_only: bool,
        weak: bool,
        seen: dict[int, bool] | None = None,
    ) -> Rule | None:
        """The first rule (in rule order) covering the line in *zone*, or None.

        *line_key* is the line's :func:`ccnet_key` (only needed by rules of kind ``"line"``).
        """
        if self.lines:
            rule = self.lines.get(line_key)
            if rule is not None and zone in rule.zones and _allowed(rule, strong_only, weak):
                return rule
        if len(folded) > MAX_RULE_CHARS or (self.max_words is not None and words > self.max_words):
            return None
        # Short lines are remembered: menus, share buttons and credits recur from one
        # article to the next, so a batch of articles from one site searches them once.
        # One lookup, not "in" then "[]": another thread may clear the cache in between.
        key = (folded, zone, strong_only, weak)
        cacheable = len(folded) <= _MAX_CACHED_CHARS
        if cacheable:
            hit = self._cache.get(key, _NOT_CACHED)
            if hit is not _NOT_CACHED:
                return cast("Rule | None", hit)
        found = self._search(folded, words, zone, strong_only, weak, seen)
        if cacheable:
            if len(self._cache) >= _MAX_CACHED_LINES:
                self._cache.clear()
            self._cache[key] = found
        return found

    def _search(
        self,
        folded: str,
        words: int,
        zone: str,
        strong_only: bool,
        weak: bool,
        seen: dict[int, bool] | None,
    ) -> Rule | None:
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
            combined = self._patterns[(zone, strong_only, weak, limit)] = _Combined(members)
        return combined.search(folded, {} if seen is None else seen)

    def kept(self, folded: str, words: int) -> Rule | None:
        if self.keep_any is None or len(folded) > MAX_RULE_CHARS:
            return None
        if self.keep_needs is not None and not any(map(folded.__contains__, self.keep_needs)):
            return None
        if self.keep_any.search(folded) is None:
            return None
        for rule in self.keep:
            if (rule.max_words is None or words <= rule.max_words) and compile_pattern(
                rule.pattern
            ).search(folded):
                return rule
        return None


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

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(rules)
        self.patterns = [compile_pattern(rule.pattern) for rule in self.rules]
        self.needs = [_prefilter(pattern) for pattern in self.patterns]

    def search(self, folded: str, seen: dict[int, bool]) -> Rule | None:
        """The first rule matching *folded*; *seen* remembers each pattern's answer."""
        for rule, pattern, needs in zip(self.rules, self.patterns, self.needs, strict=True):
            key = id(pattern)
            hit = seen.get(key)
            if hit is None:
                # A line without any of the pattern's required strings cannot match.
                hit = (needs is None or any(map(folded.__contains__, needs))) and (
                    pattern.search(folded) is not None
                )
                seen[key] = hit
            if hit:
                return rule
        return None


@cache
def _prefilter(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which a line must hold to match *pattern*; None: always search.

    Most patterns anchored at the start fail at once on other lines: no prefilter.
    """
    return None if quick_to_fail(pattern) else required_literals(pattern)


def _combined(rules: Sequence[Rule]) -> re.Pattern[str] | None:
    if not rules:
        return None
    return re.compile("|".join(f"(?:{rule.pattern})" for rule in rules))
