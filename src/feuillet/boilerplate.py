"""Body / boilerplate separation for scraped French news text.

A scraped article comes with lines that are not the article: bylines, dates, share buttons
and captions on top, "Lire aussi" links and adverts between paragraphs, agency credits,
appeals, newsletters, comments and menus at the end. :func:`split_boilerplate` tells them
apart line by line with a *zone model*:

* the **footer** is found by scanning up from the last line while lines are boilerplate,
  stopping at the first line of clear article prose; a section heading such as
  "Commentaires" or "Articles liés" below the body opens a footer block;
* the **header** is found by scanning down from the first line: boilerplate lines mixed
  with the headline and standfirst are removed until the running text starts;
* between them, **inline** lines are removed only on strong patterns ("Lire aussi : …",
  "Publicité", a newsletter box, a captioned photo credit).

Rules are data (``feuillet/data/boilerplate.rules``), grouped by line type, each with the
zones where it applies and a strength; users add their own with :meth:`Rules.from_phrases`
or learn an outlet's recurring lines with :func:`learn_boilerplate`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any, cast

from ._boilerplate_text import (
    BULLETS,
    LineShape,
    ccnet_key,
    ccnet_key_of_folded,
    fold,
    quick_to_fail,
    required_literals,
    shape,
)
from ._data import parse_lines
from ._validate import check_text
from .errors import ConfigurationError, RulesError

__all__ = ["Removed", "Rule", "Rules", "Split", "learn_boilerplate", "split_boilerplate"]

ZONES: tuple[str, ...] = ("header", "footer", "inline")
STRENGTHS: tuple[str, ...] = ("strong", "weak", "keep")
KINDS: tuple[str, ...] = ("regex", "line")

# Boilerplate lines are short; rules are not tried on longer lines (this also bounds the
# regex work on hostile input).
_MAX_RULE_CHARS = 2000
_MAX_CACHED_CHARS = 200
_MAX_CACHED_LINES = 50_000
_NOT_CACHED = object()  # sentinel: a cached answer may be None
_RULES_FILE = "boilerplate.rules"
_FORMAT = "feuillet-boilerplate-rules"


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule: a pattern for a type of line and where it may remove it.

    ``pattern`` is a regular expression searched in the *folded* line (lower case, no
    accents, apostrophes ``'``, quotes ``"``, dashes ``-``, single spaces) when ``kind`` is
    ``"regex"``; with ``kind="line"`` it is a whole line normalized as CCNet does (see
    :func:`learn_boilerplate`). ``zones`` says where the rule applies, ``strength`` whether
    it also removes lines between body paragraphs (``"strong"``), only at the edges
    (``"weak"``), or marks a body line that the scans pass over (``"keep"``). ``max_words``
    limits the rule to short lines; ``block`` marks a heading that opens a footer section.

    >>> rule = Rule("custom.sponsor", "advertising", r"^offert par ", zones=("inline",))
    >>> rule.matches("Offert par Maison Dupont")
    True
    >>> Rule("bad", "x", "(")
    Traceback (most recent call last):
    ...
    feuillet.errors.RulesError: rule 'bad': bad pattern '(': missing ), unterminated subpattern ...
    """

    id: str
    group: str
    pattern: str
    zones: tuple[str, ...] = ZONES
    strength: str = "strong"
    max_words: int | None = 40
    block: bool = False
    kind: str = "regex"

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise RulesError(f"rule id must be a non-empty string, not {self.id!r}")
        if not isinstance(self.group, str) or not self.group:
            raise RulesError(f"rule {self.id!r}: group must be a non-empty string")
        if not isinstance(self.pattern, str) or not self.pattern:
            raise RulesError(f"rule {self.id!r}: pattern must be a non-empty string")
        zones = tuple(self.zones) if not isinstance(self.zones, str) else (self.zones,)
        object.__setattr__(self, "zones", zones)
        bad = [zone for zone in zones if zone not in ZONES]
        if bad or not zones:
            raise RulesError(f"rule {self.id!r}: unknown zones {bad or '()'}; valid: {ZONES}")
        if self.strength not in STRENGTHS:
            raise RulesError(
                f"rule {self.id!r}: unknown strength {self.strength!r}; valid: {STRENGTHS}"
            )
        if self.kind not in KINDS:
            raise RulesError(f"rule {self.id!r}: unknown kind {self.kind!r}; valid: {KINDS}")
        if self.max_words is not None and (
            isinstance(self.max_words, bool)
            or not isinstance(self.max_words, int)
            or self.max_words < 1
        ):
            raise RulesError(f"rule {self.id!r}: max_words must be a positive int or None")
        if self.kind == "regex":
            try:
                _compile(self.pattern)
            except re.error as exc:
                raise RulesError(f"rule {self.id!r}: bad pattern {self.pattern!r}: {exc}") from exc

    def matches(self, line: str) -> bool:
        """Whether the pattern covers *line* (raw text; zones and strength are not checked)."""
        check_text(line, "line")
        folded = fold(line)
        if self.strength != "keep":
            folded = folded.lstrip(BULLETS)
        if self.max_words is not None and len(folded.split()) > self.max_words:
            return False
        if self.kind == "line":
            return ccnet_key(line) == self.pattern
        return _compile(self.pattern).search(folded) is not None

    def to_dict(self) -> dict[str, Any]:
        """The rule as a JSON-ready dictionary."""
        return {
            "id": self.id,
            "group": self.group,
            "kind": self.kind,
            "pattern": self.pattern,
            "zones": list(self.zones),
            "strength": self.strength,
            "max_words": self.max_words,
            "block": self.block,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Rule:
        """Build a rule from a dictionary written by :meth:`to_dict`."""
        if not isinstance(data, dict):
            raise RulesError(f"a rule must be a JSON object, not {type(data).__name__}")
        known = {"id", "group", "kind", "pattern", "zones", "strength", "max_words", "block"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise RulesError(f"unknown rule fields {unknown}; valid: {sorted(known)}")
        try:
            return cls(
                id=data["id"],
                group=data["group"],
                pattern=data["pattern"],
                zones=tuple(data.get("zones", ZONES)),
                strength=data.get("strength", "strong"),
                max_words=data.get("max_words", 40),
                block=bool(data.get("block", False)),
                kind=data.get("kind", "regex"),
            )
        except KeyError as exc:
            raise RulesError(f"rule {data.get('id', '?')!r} lacks the field {exc}") from exc
        except TypeError as exc:
            raise RulesError(f"malformed rule {data.get('id', '?')!r}: {exc}") from exc


@dataclass(frozen=True)
class Rules:
    """An ordered, immutable collection of :class:`Rule` objects.

    >>> rules = Rules.default() + Rules.from_phrases(["Offert par"], group="advertising")
    >>> len(rules) > len(Rules.default())
    True
    >>> text = "Titre\\nUn paragraphe de texte suivi.\\nOffert par Dupont"
    >>> split_boilerplate(text, rules=rules).body
    'Titre\\nUn paragraphe de texte suivi.'
    """

    rules: tuple[Rule, ...] = ()

    def __post_init__(self) -> None:
        rules = tuple(self.rules)
        object.__setattr__(self, "rules", rules)
        seen: set[str] = set()
        for rule in rules:
            if not isinstance(rule, Rule):
                raise RulesError(f"Rules holds Rule objects, not {type(rule).__name__}")
            if rule.id in seen:
                raise RulesError(f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __add__(self, other: Rules | Iterable[Rule]) -> Rules:
        return self.extend(other)

    def extend(self, other: Rules | Iterable[Rule]) -> Rules:
        """A new collection with the rules of *other* after these ones.

        A rule of *other* whose id is already present replaces the earlier one.
        """
        extra = tuple(other)
        ids = {rule.id for rule in extra}
        return Rules(tuple(rule for rule in self.rules if rule.id not in ids) + extra)

    def without(self, *ids_or_groups: str) -> Rules:
        """A new collection without the rules whose id or group is given.

        >>> len(Rules.default().without("byline")) < len(Rules.default())
        True
        """
        drop = set(ids_or_groups)
        return Rules(tuple(r for r in self.rules if r.id not in drop and r.group not in drop))

    @classmethod
    def default(cls) -> Rules:
        """The rules shipped with feuillet (``feuillet/data/boilerplate.rules``)."""
        return _default_rules()

    @classmethod
    def from_phrases(
        cls,
        phrases: Iterable[str],
        *,
        group: str = "custom",
        zones: Sequence[str] = ZONES,
        strength: str = "strong",
        match: str = "start",
        max_words: int | None = 40,
        prefix: str = "user",
    ) -> Rules:
        """Rules from plain phrases, without writing regular expressions.

        ``match`` is ``"start"`` (the line starts with the phrase), ``"line"`` (the line is
        the phrase, give or take final punctuation) or ``"anywhere"``. Phrases are folded
        like the lines, so accents, case and apostrophes do not matter.

        >>> rules = Rules.from_phrases(["Retrouvez nos podcasts"], group="recirculation")
        >>> rules.rules[0].matches("RETROUVEZ nos podcasts sur l’appli")
        True
        """
        if match not in ("start", "line", "anywhere"):
            raise ConfigurationError(f"unknown match {match!r}; valid: 'start', 'line', 'anywhere'")
        built = []
        for number, phrase in enumerate(phrases, 1):
            check_text(phrase, "phrase")
            folded = fold(phrase)
            if not folded:
                raise RulesError(f"empty phrase at position {number}")
            body = re.escape(folded).replace("\\ ", " ")
            if match == "start":
                pattern = rf"^{body}(?![a-z0-9])"
            elif match == "line":
                pattern = rf"^{body}\s*[.!:]?$"
            else:
                pattern = rf"(?<![a-z0-9]){body}(?![a-z0-9])"
            built.append(
                Rule(
                    id=f"{prefix}.{group}.{number}",
                    group=group,
                    pattern=pattern,
                    zones=tuple(zones),
                    strength=strength,
                    max_words=max_words,
                )
            )
        return cls(tuple(built))

    @classmethod
    def from_text(cls, text: str, *, source: str = "<text>") -> Rules:
        """Parse rules written in the format of ``feuillet/data/boilerplate.rules``."""
        check_text(text)
        return cls(tuple(_parse_rule_lines(text.splitlines(), source)))

    @classmethod
    def from_file(cls, path: str | Path) -> Rules:
        """Load rules from a JSON file written by :meth:`to_file` (or a ``.rules`` text file)."""
        path = Path(path)
        try:
            content = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RulesError(f"cannot read rules from {path}: {exc}") from exc
        if path.suffix != ".json":
            return cls.from_text(content, source=str(path))
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise RulesError(f"{path} is not valid JSON: {exc}") from exc
        return cls.from_json(data)

    @classmethod
    def from_json(cls, data: Any) -> Rules:
        """Build rules from the object written by :meth:`to_json`."""
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise RulesError(f"not a feuillet rules document (expected format {_FORMAT!r})")
        items = data.get("rules")
        if not isinstance(items, list):
            raise RulesError("the rules document has no 'rules' list")
        return cls(tuple(Rule.from_dict(item) for item in items))

    def to_json(self) -> dict[str, Any]:
        """The rules as a JSON-ready document."""
        return {"format": _FORMAT, "version": 1, "rules": [rule.to_dict() for rule in self]}

    def to_file(self, path: str | Path) -> None:
        """Save the rules as JSON, readable again with :meth:`from_file`."""
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1)
        Path(path).write_text(text + "\n", encoding="utf-8")

    @cached_property
    def _index(self) -> _Index:
        return _Index(self.rules)


class _Index:
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
        if len(folded) > _MAX_RULE_CHARS or (self.max_words is not None and words > self.max_words):
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
        if self.keep_any is None or len(folded) > _MAX_RULE_CHARS:
            return None
        if self.keep_needs is not None and not any(map(folded.__contains__, self.keep_needs)):
            return None
        if self.keep_any.search(folded) is None:
            return None
        for rule in self.keep:
            if (rule.max_words is None or words <= rule.max_words) and _compile(
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
        self.patterns = [_compile(rule.pattern) for rule in self.rules]
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


_DEFINE = re.compile(r"^define\s+([A-Z][A-Z0-9_]*)\s*=\s*(.+)$")


def _expand(pattern: str, defines: dict[str, str], where: str) -> str:
    """*pattern* with every ``{NAME}`` replaced, also inside other defines, in any order."""
    for _ in range(len(defines) + 1):
        expanded = pattern
        for name, value in defines.items():
            expanded = expanded.replace("{" + name + "}", value)
        if expanded == pattern:
            return pattern
        pattern = expanded
    raise RulesError(f"{where}: the defines it uses refer to each other in a cycle")


def _parse_rule_lines(lines: Iterable[str], source: str) -> Iterator[Rule]:
    defines: dict[str, str] = {}
    for number, line in enumerate(parse_lines(lines), 1):
        found = _DEFINE.match(line)
        if found:
            defines[found.group(1)] = found.group(2).strip()
            continue
        fields = line.split(None, 6)
        if len(fields) != 7:
            raise RulesError(f"{source}: rule {number} needs 7 fields, got {len(fields)}: {line!r}")
        rule_id, group, zones, strength, max_words, block, pattern = fields
        pattern = _expand(pattern, defines, f"{source}: rule {rule_id!r}")
        if max_words != "-" and not max_words.isdigit():
            raise RulesError(f"{source}: rule {rule_id!r}: max_words must be a number or '-'")
        if block not in ("block", "-"):
            raise RulesError(f"{source}: rule {rule_id!r}: the block field is 'block' or '-'")
        yield Rule(
            id=rule_id,
            group=group,
            pattern=pattern,
            zones=ZONES if zones == "all" else tuple(zones.split(",")),
            strength=strength,
            max_words=None if max_words == "-" else int(max_words),
            block=block == "block",
        )


@cache
def _default_rules() -> Rules:
    text = resources.files("feuillet.data").joinpath(_RULES_FILE).read_text(encoding="utf-8")
    return Rules(tuple(_parse_rule_lines(text.splitlines(), _RULES_FILE)))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Removed:
    """A line removed as boilerplate, with where it was and why.

    ``line`` is its index in ``text.split("\\n")``, ``start``/``end`` its character offsets
    in the text, ``zone`` one of ``"header"``, ``"footer"``, ``"inline"`` and ``rule`` the
    id of the rule or shape signal that removed it.

    >>> split_boilerplate("Titre\\nUn texte.\\nAvec AFP").removed[0]
    Removed(line=2, text='Avec AFP', start=16, end=24, zone='footer', rule='agency.with')
    """

    line: int
    text: str
    start: int
    end: int
    zone: str
    rule: str


@dataclass(frozen=True)
class Split:
    """The body of a text and the lines removed from it.

    ``body`` is the kept lines joined by ``"\\n"``; ``kept`` their indices. Kept and
    removed lines together are exactly the input lines, in order.

    >>> split = split_boilerplate("Publicité\\nLe texte.\\nDeuxième ligne du texte.")
    >>> split.body, split.kept
    ('Le texte.\\nDeuxième ligne du texte.', (1, 2))
    """

    body: str
    removed: tuple[Removed, ...]
    kept: tuple[int, ...] = field(default=())


# --------------------------------------------------------------------------- analysis

_URLISH = re.compile(
    r"^(?:https?://\S+|www\.\S+|\S+@\S+\.\w{2,6}"
    r"|[\w.' -]{1,40}\.(?:fr|com|be|ch|ca|net|org|info|tn|ma|sn|ci|dz|eu|io|tv|lu)(?:/\S*)?)$"
)
_TIME_LED = re.compile(r"^(?:\d+ )*(?:\d{1,2}[:h]\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?: ?\||(?=[a-z]))")
# How far above the footer a section heading is looked for.
_MAX_BLOCK_LINES = 150

# A date or time in a line: comments carry one ("02-11-2023 • 16h43", "Le 9 janvier à 13:06").
_STAMP = re.compile(r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b")
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*$")
_BARE_READ_ALSO = re.compile(
    r"^(?:[>»►▶→•*+|-]+ ?)?(?:a |en )?(?:lire|voir|a lire|a voir|lire aussi|a decouvrir)"
    r"(?: aussi| egalement| encore)?(?: sur [^ ]{2,40})?\s*:?$"
)


class _Doc:
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
        self._seen: dict[int, dict[int, bool]] = {}
        self._blank = [not line or line.isspace() for line in lines]
        self._first: dict[str, int] | None = None
        self._last: dict[str, int] | None = None

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
        if self._first is None:
            self._first, self._last = {}, {}
            for j in range(len(self.lines)):
                if not self.blank(j):
                    key = self.key(j)
                    self._first.setdefault(key, j)
                    self._last[key] = j
        key = self.key(i)
        if len(key.split()) < 4 or self._last is None:
            return False
        return self._last[key] > i if later else self._first[key] < i

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
            weak = not _long_prose(line_shape)
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

    def solid_before(self, j: int, lo: int, count: int) -> bool:
        """Whether at least *count* full paragraphs stand between *lo* and line *j*."""
        found = 0
        for k in range(lo, j):
            if not self.blank(k) and self.shape(k).solid:
                found += 1
                if found >= count:
                    return True
        return False

    def next_nonblank(self, i: int, stop: int) -> int | None:
        j = i + 1
        while j < stop and self.blank(j):
            j += 1
        return j if j < stop else None

    def clear_prose(self, i: int) -> bool:
        return self.shape(i).prose and self.rule(i, "inline", strong_only=True) is None


def _long_prose(line_shape: LineShape) -> bool:
    return line_shape.words >= 20 and line_shape.terminal and line_shape.stop_share >= 0.3


def _short_title(line_shape: LineShape, limit: int) -> bool:
    return 0 < line_shape.words <= limit and not line_shape.terminal and line_shape.letters > 0


# --------------------------------------------------------------------------- zones


def _scan_header(doc: _Doc, marks: dict[int, tuple[str, str]], stop: int) -> int:
    """Mark header lines; return the index of the first line after the header zone."""
    first = doc.next_nonblank(-1, stop)
    if first is None:
        return 0
    found: dict[int, str] = {}
    last = -1
    solid = 0
    for i in range(first, stop):
        if doc.blank(i) or doc.keep(i) is not None:
            continue
        rule = doc.rule(i, "header")
        reason = rule.id if rule is not None else doc.junk(i)
        if reason is None and i != first:
            reason = _header_shape(doc, i, stop, found)
        if reason is not None:
            found[i] = reason
            last = i
            continue
        if doc.shape(i).solid:
            solid += 1
            if solid >= 2:
                break
    for i, reason in found.items():
        if i <= last:
            marks[i] = ("header", reason)
    return last + 1


def _header_shape(doc: _Doc, i: int, stop: int, found: dict[int, str]) -> str | None:
    """Menus, repeated titles and captions among the headline and standfirst."""
    line_shape = doc.shape(i)
    following = doc.next_nonblank(i, stop)
    if _menu_like(line_shape):
        return "shape.menu"
    if line_shape.words <= 30 and not line_shape.solid and doc.repeated(i, later=True):
        return "shape.repeated"
    if _short_title(line_shape, 4) and (following is None or not doc.clear_prose(following)):
        previous = i - 1
        while previous >= 0 and doc.blank(previous):
            previous -= 1
        next_is_boilerplate = following is not None and (
            doc.rule(following, "header") is not None or doc.junk(following) is not None
        )
        if previous in found or next_is_boilerplate:
            return "shape.menu"
    if following is not None and line_shape.words <= 40:
        after = doc.rule(following, "header")
        # A caption above its credit line; a full paragraph there is the standfirst.
        if after is not None and after.id == "credit.label" and not line_shape.solid:
            return "credit.caption"
        if after is not None and after.group == "newsletter" and _newsletter_lead(doc, i):
            return "newsletter.lead"
    return None


_LEAD = re.compile(r"\b(?:chaque|tous les|toutes les|newsletters?|lettres?|\d{1,2} ?h)\b")


def _newsletter_lead(doc: _Doc, i: int) -> bool:
    """The title line of a newsletter box ("Tous les soirs à 18h"), not a subheading."""
    return _short_title(doc.shape(i), 8) and _LEAD.search(doc.folded(i)) is not None


def _menu_like(line_shape: LineShape) -> bool:
    """A row of menu entries or tags: capitalized words, hardly any function word."""
    return (
        line_shape.words >= 8
        and not line_shape.terminal
        and line_shape.stop_share < 0.2
        and line_shape.cap_share >= 0.5
    )


def _footer_shape(doc: _Doc, i: int, below: str | None) -> str | None:
    """Shape signals that let the footer scan go on: titles, tags, names, teasers."""
    line_shape = doc.shape(i)
    if _short_title(line_shape, 18):
        return "shape.title"
    if _menu_like(line_shape):
        return "shape.menu"
    if line_shape.upper_share >= 0.8 and line_shape.words <= 8 and line_shape.letters >= 4:
        return "shape.capitals"
    folded = doc.bare(i)
    if _TIME_LED.match(folded):
        return "shape.timeline"
    if line_shape.words <= 30 and _TRUNCATED.search(folded) and not line_shape.solid:
        return "shape.teaser"
    if line_shape.words <= 30 and not line_shape.solid and doc.repeated(i, later=False):
        return "shape.repeated"
    in_list = below is not None and (below.startswith(("shape.", "recirc.")))
    if in_list and line_shape.words <= 14 and folded.endswith("?"):
        return "shape.title"
    return None


def _scan_footer(doc: _Doc, marks: dict[int, tuple[str, str]], lo: int) -> int:
    """Mark footer lines scanning up from the end; return the first footer index."""
    n = len(doc.lines)
    start = n
    i = n - 1
    start, i = _strict_footer(doc, marks, i, lo, start)
    start = _require_evidence(doc, marks, start, n)
    while i >= lo:
        block = _find_block(doc, start, lo)
        if block is None:
            break
        marker, rule = block
        for j in range(marker, start):
            if doc.blank(j) or doc.keep(j) is not None:
                continue
            own = doc.rule(j, "footer")
            marks[j] = ("footer", own.id if own is not None else f"{rule.id}.section")
        start = marker
        start, i = _strict_footer(doc, marks, marker - 1, lo, start)
    return start


def _ends_list_intro(doc: _Doc, start: int) -> bool:
    above = start - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    return above >= 0 and doc.lines[above].rstrip().endswith(":")


def _require_evidence(doc: _Doc, marks: dict[int, tuple[str, str]], start: int, n: int) -> int:
    """Keep a text's last lines when only their shape (no rule) speaks against them.

    A final paragraph left without its full stop looks like a title; unless a rule matched
    somewhere in the footer, only short lines without final punctuation (names, tags) go.
    """
    found = [i for i in range(start, n) if i in marks]
    if any(not marks[i][1].startswith("shape.") for i in found):
        return start
    if len(found) >= 3 and not _ends_list_intro(doc, start):
        # A run of titles or tags, unlike a list, which follows a line ending in ":".
        return start
    for i in found:
        if doc.shape(i).words > 4 or doc.shape(i).terminal:
            del marks[i]
    remaining = [i for i in found if i in marks]
    if not remaining:
        return n
    # The footer must stay a contiguous run at the end of the text.
    first = n
    for i in range(n - 1, start - 1, -1):
        if doc.blank(i):
            continue
        if i not in marks:
            break
        first = i
    for i in remaining:
        if i < first:
            del marks[i]
    return first


def _strict_footer(
    doc: _Doc, marks: dict[int, tuple[str, str]], i: int, lo: int, start: int
) -> tuple[int, int]:
    below: str | None = None
    while i >= lo:
        if doc.blank(i) or doc.keep(i) is not None:
            i -= 1
            continue
        rule = doc.rule(i, "footer")
        reason = rule.id if rule is not None else doc.junk(i) or _footer_shape(doc, i, below)
        if reason is None:
            break
        marks[i] = ("footer", reason)
        below = reason
        start = i
        i -= 1
    return start, i


def _find_block(doc: _Doc, start: int, lo: int) -> tuple[int, Rule] | None:
    """The nearest section heading above *start* whose section does not read as body.

    Related-article lists alternate titles and one-paragraph teasers; body text has runs
    of full paragraphs. A section with two full paragraphs in a row is only opened under
    a comments heading that shows it is one: a count ("Commentaires (6)"), or a dated or
    rule-matched line ("Répondre", "Signaler") in the section. A subheading such as
    "Réactions" in the body thus keeps the paragraphs below it.
    """
    run = 0
    in_a_row = False
    comment_signs = False
    for j in range(start - 1, lo - 1, -1):
        if doc.blank(j):
            continue
        rule = doc.rule(j, "footer")
        if rule is not None and rule.block:
            if not doc.solid_before(j, lo, 2):
                return None
            if in_a_row:
                counted = any(char.isdigit() for char in doc.lines[j])
                if rule.group != "comments" or not (counted or comment_signs):
                    return None
            return j, rule
        comment_signs = comment_signs or rule is not None or bool(_STAMP.search(doc.folded(j)))
        # A teaser title may be a long question; a body paragraph ends with a full stop.
        if doc.shape(j).solid and rule is None and not doc.folded(j).endswith("?"):
            run += 1
            in_a_row = in_a_row or run >= 2
        else:
            run = 0
        if start - j > _MAX_BLOCK_LINES:
            return None
    return None


def _scan_inline(doc: _Doc, marks: dict[int, tuple[str, str]], lo: int, hi: int) -> None:
    for i in range(lo, hi):
        if i in marks or doc.blank(i) or doc.keep(i) is not None:
            continue
        rule = doc.rule(i, "inline", strong_only=True)
        if rule is not None:
            marks[i] = ("inline", rule.id)
            continue
    for i in range(lo, hi):
        if i in marks or doc.blank(i) or doc.keep(i) is not None:
            continue
        reason = _inline_context(doc, marks, i, hi)
        if reason is not None:
            marks[i] = ("inline", reason)


def _inline_context(doc: _Doc, marks: dict[int, tuple[str, str]], i: int, hi: int) -> str | None:
    """Lines that are boilerplate because of their neighbour: a teaser title, a caption."""
    line_shape = doc.shape(i)
    if line_shape.solid:
        return None
    previous = i - 1
    while previous >= 0 and doc.blank(previous):
        previous -= 1
    after_read_also = previous >= 0 and marks.get(previous, ("", ""))[1].startswith("recirc.")
    if after_read_also and _BARE_READ_ALSO.match(doc.folded(previous)) and line_shape.words <= 25:
        return "recirc.title"
    following = doc.next_nonblank(i, hi)
    if following is not None and following in marks:
        rule_id = marks[following][1]
        if rule_id == "credit.label" and doc.shape(following).words <= 8:
            return "credit.caption"
        if rule_id.startswith("newsletter.") and _newsletter_lead(doc, i):
            return "newsletter.lead"
    return None


# --------------------------------------------------------------------------- public API


def split_boilerplate(
    text: str,
    *,
    rules: Rules | None = None,
    inline: bool = True,
    zones: Sequence[str] = ZONES,
) -> Split:
    """Separate the body of *text* from its header, footer and inline boilerplate lines.

    Lines are those of ``text.split("\\n")``. ``rules`` defaults to :meth:`Rules.default`;
    ``inline=False`` keeps inline lines ("Lire aussi" links); ``zones`` restricts the
    removal to some of ``"header"``, ``"footer"``, ``"inline"``. A text with a single
    non-blank line is never emptied.

    >>> text = "Par Claire Morel\\nLe trafic est perturbé jusqu'à mardi sur la ligne.\\nAvec AFP"
    >>> split = split_boilerplate(text)
    >>> split.body
    "Le trafic est perturbé jusqu'à mardi sur la ligne."
    >>> [(r.zone, r.rule) for r in split.removed]
    [('header', 'byline.par'), ('footer', 'agency.with')]
    """
    check_text(text)
    if rules is None:
        rules = Rules.default()
    elif not isinstance(rules, Rules):
        raise TypeError(f"rules must be Rules, not {type(rules).__name__}")
    wanted = (zones,) if isinstance(zones, str) else tuple(zones)
    bad = [zone for zone in wanted if zone not in ZONES]
    if bad:
        raise ConfigurationError(f"unknown zones {bad}; valid: {', '.join(ZONES)}")
    lines = text.split("\n")
    marks: dict[int, tuple[str, str]] = {}
    if sum(1 for line in lines if line.strip()) > 1:
        marks = _find_marks(lines, rules, inline=inline, zones=wanted)
    return _build(lines, marks)


def _find_marks(
    lines: list[str], rules: Rules, *, inline: bool, zones: tuple[str, ...]
) -> dict[int, tuple[str, str]]:
    doc = _Doc(lines, rules)
    marks: dict[int, tuple[str, str]] = {}
    head_end = _scan_header(doc, marks, len(lines)) if "header" in zones else 0
    foot_start = _scan_footer(doc, marks, head_end) if "footer" in zones else len(lines)
    if inline and "inline" in zones:
        _scan_inline(doc, marks, head_end, foot_start)
    if all(i in marks for i, line in enumerate(lines) if line.strip()):
        # Never empty a text: keep what only shape signals removed, else keep everything.
        marks = {i: mark for i, mark in marks.items() if not mark[1].startswith("shape.")}
        if all(i in marks for i, line in enumerate(lines) if line.strip()):
            marks = {}
    return marks


def _build(lines: list[str], marks: dict[int, tuple[str, str]]) -> Split:
    removed = []
    kept = []
    offset = 0
    for i, line in enumerate(lines):
        mark = marks.get(i)
        if mark is None:
            kept.append(i)
        else:
            removed.append(Removed(i, line, offset, offset + len(line), mark[0], mark[1]))
        offset += len(line) + 1
    body = "\n".join(lines[i] for i in kept)
    return Split(body=body, removed=tuple(removed), kept=tuple(kept))


def learn_boilerplate(
    texts: Iterable[str],
    *,
    min_share: float = 0.2,
    min_count: int = 3,
    base: Rules | None = None,
    group: str = "learned",
    max_rules: int | None = 1000,
) -> Rules:
    """Rules extended with the lines that recur across many texts of one source.

    Lines are normalized as CCNet does (case, digits → 0, punctuation and accents folded);
    a line found in at least ``min_count`` texts and in at least ``min_share`` of them
    becomes a strong rule of kind ``"line"`` (applies in every zone). ``base`` (default:
    :meth:`Rules.default`) is extended; save the result with :meth:`Rules.to_file`.

    >>> places = ("Dijon", "Beaune", "Sens", "Autun", "Nuits")
    >>> texts = [f"Les nouvelles de {place}.\\nSoutenez le Journal du Coin" for place in places]
    >>> learned = learn_boilerplate(texts, base=Rules())
    >>> [rule.pattern for rule in learned]
    ['soutenez le journal du coin']
    """
    if not 0.0 < min_share <= 1.0:
        raise ConfigurationError(f"min_share must be in (0, 1], not {min_share!r}")
    if min_count < 1:
        raise ConfigurationError(f"min_count must be at least 1, not {min_count!r}")
    counts: Counter[str] = Counter()
    total = 0
    for text in texts:
        check_text(text)
        total += 1
        keys = {ccnet_key(line) for line in text.split("\n")}
        keys.discard("")
        counts.update(keys)
    threshold = max(min_count, min_share * total)
    frequent = [(key, count) for key, count in counts.items() if count >= threshold]
    frequent.sort(key=lambda item: (-item[1], item[0]))
    if max_rules is not None:
        frequent = frequent[:max_rules]
    # Ids name the line, so rules learned from several outlets can be added together.
    learned = tuple(
        Rule(
            id=f"{group}.{hashlib.sha1(key.encode()).hexdigest()[:12]}",
            group=group,
            pattern=key,
            kind="line",
            max_words=None,
        )
        for key, _count in frequent
    )
    return (Rules.default() if base is None else base).extend(learned)
