"""Boilerplate rules as data: :class:`Rule`, :class:`Rules` and their file formats.

A rule is a pattern for one type of line (a byline, a "Lire aussi" link, an agency
credit…) with the zones where it may remove it and a strength. The shipped rules live in
``feuillet/data/boilerplate.rules`` (one rule a line, readable and extensible); users add
their own from phrases, from a rules file, or learned from a crawl.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, cast

from .._data import parse_lines, read_text
from .._types import Strength
from .._validate import check_text
from ..errors import ConfigurationError, RulesError
from .index import RuleIndex, rule_matches
from .prefilter import nested_repeat, unfoldable_literal
from .text import ccnet_key, fold

if TYPE_CHECKING:
    from pathlib import Path

# json, pathlib and regex are imported where they are used: `import feuillet` needs none
# of them (the shipped rules run on ``re``), and together they cost about 20 ms.

__all__ = ["KINDS", "STRENGTHS", "ZONES", "Rule", "Rules"]

ZONES: tuple[str, ...] = ("header", "footer", "inline")
STRENGTHS: tuple[str, ...] = ("strong", "weak", "keep")
KINDS: tuple[str, ...] = ("regex", "line")

_RULES_FILE = "boilerplate.rules"
_FORMAT = "feuillet-boilerplate-rules"


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
    feuillet.errors.RulesError: rule 'bad': bad pattern '(': missing ) at position 1

    Patterns that could hang a search, or never match a folded line, are refused:

    >>> Rule("slow", "x", r"^(\\w+\\s?)+$")
    Traceback (most recent call last):
    ...
    feuillet.errors.RulesError: rule 'slow': the repeat '(\\w+\\s?)+' holds another ...
    >>> Rule("accent", "x", r"^publicité$")
    Traceback (most recent call last):
    ...
    feuillet.errors.RulesError: rule 'accent': the pattern holds 'é', which folded lines ...
    """

    id: str
    group: str
    pattern: str
    zones: tuple[str, ...] = ZONES
    strength: Strength = "strong"
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
            if self.pattern not in _SHIPPED_PATTERNS:
                _check_pattern(self.id, self.pattern)
        elif ccnet_key(self.pattern) != self.pattern:
            raise RulesError(
                f"rule {self.id!r}: a line rule's pattern is a normalized line "
                f"(ccnet_key), {ccnet_key(self.pattern)!r}, not {self.pattern!r}: "
                "it would never match"
            )

    def matches(self, line: str) -> bool:
        """Whether the rule covers *line* (raw text; zones and strength are not checked).

        The answer is the engine's own (the same search :func:`split_boilerplate` runs,
        with ``max_words`` counted the same way), for both kinds of rule.
        """
        check_text(line, "line")
        return rule_matches(self, line)

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


# The patterns of the shipped rules file. The test suite checks each of them as
# _check_pattern would (tests/test_reliability_rules.py); checking them again in every new
# process would cost more than the whole first split of an article.
_SHIPPED_PATTERNS: set[str] = set()


def _check_pattern(rule_id: str, pattern: str) -> None:
    """Refuse a pattern that is malformed, could hang a search, or can never match."""
    try:
        # The shipped patterns run on ``re`` (which caches this compilation), a user's on
        # ``regex``; ``regex`` reads every ``re`` pattern, and a few of its own.
        re.compile(pattern)
    except (re.error, ValueError, OverflowError):
        import regex

        try:
            regex.compile(pattern)
        except (regex.error, ValueError, OverflowError) as exc:
            raise RulesError(f"rule {rule_id!r}: bad pattern {pattern!r}: {exc}") from exc
    repeat = nested_repeat(pattern)
    if repeat is not None:
        raise RulesError(
            f"rule {rule_id!r}: the repeat '{repeat}' holds another unbounded repeat, "
            "which can take exponential time on a line that does not match; bound the "
            "inner repeat ({1,40}) or make the repeated part start with a fixed character"
        )
    char = unfoldable_literal(pattern, fold)
    if char is not None:
        raise RulesError(
            f"rule {rule_id!r}: the pattern holds {char!r}, which folded lines never "
            f"contain (it would never match); write {fold(char) or ' '!r} instead: "
            "patterns are searched in lower case without accents, with plain ' \" - "
            "and single spaces"
        )


@dataclass(frozen=True)
class Rules:
    """An ordered, immutable collection of :class:`Rule` objects.

    >>> from feuillet import split_boilerplate
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
        strength: Strength = "strong",
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
        """Load rules from a file written by :meth:`to_file`: JSON or the ``.rules`` text.

        A ``.json`` file, or any file whose content starts with ``{``, is read as JSON;
        any other as the text format of ``feuillet/data/boilerplate.rules``.
        """
        import json
        from pathlib import Path

        path = Path(path)
        try:
            content = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RulesError(f"cannot read rules from {path}: {exc}") from exc
        if path.suffix != ".json" and not content.lstrip().startswith("{"):
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
        """Save the rules, readable again with :meth:`from_file`.

        A ``.json`` name gets JSON (:meth:`to_json`); any other name the ``.rules`` text
        format (:meth:`to_text`).

        >>> import tempfile
        >>> from pathlib import Path
        >>> rules = Rules.from_phrases(["Offert par"], group="advertising")
        >>> for name in ("site.rules", "site.json"):
        ...     path = Path(tempfile.mkdtemp()) / name
        ...     rules.to_file(path)
        ...     assert Rules.from_file(path) == rules
        """
        import json
        from pathlib import Path

        path = Path(path)
        if path.suffix == ".json":
            text = json.dumps(self.to_json(), ensure_ascii=False, indent=1) + "\n"
        else:
            text = self.to_text()
        path.write_text(text, encoding="utf-8")

    def to_text(self) -> str:
        """The rules in the text format of ``feuillet/data/boilerplate.rules``.

        The sixth field holds the flags ``block`` and ``line`` (a rule of kind
        ``"line"``), comma separated, or ``-``. A rule this format cannot hold exactly
        (a pattern with surrounding spaces, a line break or `` #``) raises
        :class:`RulesError`: save it as JSON.

        >>> print(Rules.from_phrases(["Offert par"], prefix="site").to_text(), end="")
        # feuillet boilerplate rules: id group zones strength max_words flags pattern
        site.custom.1 custom all strong 40 - ^offert par(?![a-z0-9])
        """
        lines = [f"# feuillet boilerplate rules: {_TEXT_FIELDS}"]
        for rule in self.rules:
            lines.append(_rule_line(rule))
        return "\n".join(lines) + "\n"

    @cached_property
    def _index(self) -> RuleIndex:
        # Built on first use and dropped from pickles (__getstate__).
        return RuleIndex(self.rules)

    @cached_property
    def _block_index(self) -> RuleIndex:
        # The rules that open a footer section, alone: the search for a section heading
        # asks every line above the footer whether one of them matches (few lines do).
        return RuleIndex(tuple(rule for rule in self.rules if rule.block))

    def __getstate__(self) -> dict[str, Any]:
        # Only the rules: the index and its line cache grow with use, and would make the
        # pickle (sent with every chunk to worker processes) and the Hugging Face
        # datasets fingerprint change after one call.
        return {"rules": self.rules}

    def __setstate__(self, state: dict[str, Any]) -> None:
        object.__setattr__(self, "rules", state["rules"])


_TEXT_FIELDS = "id group zones strength max_words flags pattern"


def _rule_line(rule: Rule) -> str:
    """One rule as a line of the text format; RulesError if it cannot be written exactly."""
    problem = None
    if any(char.isspace() for char in rule.id + rule.group) or "#" in rule.id + rule.group:
        problem = "an id or group with a space or '#'"
    elif rule.pattern != rule.pattern.strip() or "\n" in rule.pattern or "\r" in rule.pattern:
        problem = "a pattern with surrounding spaces or a line break"
    elif " #" in rule.pattern or "\t#" in rule.pattern:
        problem = "a pattern holding ' #' (a comment in the text format)"
    elif _DEFINE.match(f"{rule.id} ") or rule.id == "define":
        problem = "the id 'define'"
    elif re.search(r"\{[A-Z][A-Z0-9_]*\}", rule.pattern):
        problem = "a pattern holding {NAME}, which the text format expands"
    if problem is not None:
        raise RulesError(
            f"rule {rule.id!r} has {problem}: the .rules text format cannot hold it; "
            "save the rules to a .json file"
        )
    zones = "all" if rule.zones == ZONES else ",".join(rule.zones)
    flags = ",".join(
        name for name, on in (("block", rule.block), ("line", rule.kind == "line")) if on
    )
    limit = "-" if rule.max_words is None else str(rule.max_words)
    fields = (rule.id, rule.group, zones, rule.strength, limit, flags or "-", rule.pattern)
    return " ".join(fields)


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


def _parse_rule_lines(
    lines: Iterable[str], source: str, *, shipped: bool = False
) -> Iterator[Rule]:
    defines: dict[str, str] = {}
    for number, line in enumerate(parse_lines(lines), 1):
        found = _DEFINE.match(line)
        if found:
            defines[found.group(1)] = found.group(2).strip()
            continue
        fields = line.split(None, 6)
        if len(fields) != 7:
            raise RulesError(f"{source}: rule {number} needs 7 fields, got {len(fields)}: {line!r}")
        rule_id, group, zones, strength, max_words, flag_field, pattern = fields
        pattern = _expand(pattern, defines, f"{source}: rule {rule_id!r}")
        if shipped:
            _SHIPPED_PATTERNS.add(pattern)
        if max_words != "-" and not max_words.isdigit():
            raise RulesError(f"{source}: rule {rule_id!r}: max_words must be a number or '-'")
        flags = set() if flag_field == "-" else set(flag_field.split(","))
        if not flags <= {"block", "line"}:
            raise RulesError(
                f"{source}: rule {rule_id!r}: the flags field is 'block', 'line', "
                "'block,line' or '-'"
            )
        yield Rule(
            id=rule_id,
            group=group,
            pattern=pattern,
            zones=ZONES if zones == "all" else tuple(zones.split(",")),
            strength=cast("Strength", strength),  # checked by Rule
            max_words=None if max_words == "-" else int(max_words),
            block="block" in flags,
            kind="line" if "line" in flags else "regex",
        )


@cache
def _default_rules() -> Rules:
    text = read_text(_RULES_FILE)
    return Rules(tuple(_parse_rule_lines(text.splitlines(), _RULES_FILE, shipped=True)))
