"""Learning an outlet's recurring lines: :func:`learn_boilerplate`."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from .._validate import check_text
from ..errors import ConfigurationError
from .rules import Rule, Rules
from .text import ccnet_key

__all__ = ["learn_boilerplate"]


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
