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
    sources: Iterable[str] | None = None,
    min_sources: int = 1,
) -> Rules:
    """Return *base* plus rules for the lines that recur across many texts of one source.

    The result holds **the base rules and the learned ones**: ``base`` defaults to
    :meth:`Rules.default` (the shipped rules); pass ``base=Rules()`` for the learned rules
    alone. Lines are normalized as CCNet does (case, digits → 0, punctuation and accents
    folded); a line found in at least ``min_count`` texts and in at least ``min_share`` of
    them becomes a strong rule of kind ``"line"`` (applies in every zone), in the group
    *group*. Save the result with :meth:`Rules.to_file`.

    ``sources`` names the source (outlet, site) of each text, in the same order as
    ``texts``; with ``min_sources=k`` a line must also occur in texts of at least *k*
    distinct sources. Learning over many outlets with ``k`` of 2 or more keeps the lines
    that pages share across sites (comment forms, share buttons of a common platform) and
    leaves out each outlet's own slogans and names.

    >>> places = ("Dijon", "Beaune", "Sens", "Autun", "Nuits")
    >>> texts = [f"Les nouvelles de {place}.\\nSoutenez le Journal du Coin" for place in places]
    >>> learned = learn_boilerplate(texts, base=Rules())
    >>> [rule.pattern for rule in learned]
    ['soutenez le journal du coin']
    >>> texts = [f"Les nouvelles de {place}.\\nPartager sur Facebook" for place in places]
    >>> outlets = ["Coin", "Coin", "Coin", "Val", "Val"]
    >>> [r.pattern for r in learn_boilerplate(texts, base=Rules(), sources=outlets, min_sources=2)]
    ['partager sur facebook']
    >>> len(learn_boilerplate(texts, base=Rules(), sources=outlets, min_sources=3))
    0
    """
    if not 0.0 < min_share <= 1.0:
        raise ConfigurationError(f"min_share must be in (0, 1], not {min_share!r}")
    if min_count < 1:
        raise ConfigurationError(f"min_count must be at least 1, not {min_count!r}")
    if min_sources < 1:
        raise ConfigurationError(f"min_sources must be at least 1, not {min_sources!r}")
    if min_sources > 1 and sources is None:
        raise ConfigurationError("min_sources above 1 needs sources, one per text")
    texts = list(texts)
    names: list[str] | None = None
    if sources is not None:
        names = [str(source) for source in sources]
        if len(names) != len(texts):
            raise ConfigurationError(f"{len(names)} sources for {len(texts)} texts")
    counts: Counter[str] = Counter()
    seen_in: dict[str, set[str]] = {}
    total = 0
    for n, text in enumerate(texts):
        check_text(text)
        total += 1
        keys = {ccnet_key(line) for line in text.split("\n")}
        keys.discard("")
        counts.update(keys)
        if names is not None and min_sources > 1:
            for key in keys:
                seen_in.setdefault(key, set()).add(names[n])
    threshold = max(min_count, min_share * total)
    frequent = [
        (key, count)
        for key, count in counts.items()
        if count >= threshold and (min_sources <= 1 or len(seen_in.get(key, ())) >= min_sources)
    ]
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
