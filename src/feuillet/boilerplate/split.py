"""The public entry point of body / boilerplate separation: :func:`split_boilerplate`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from .._types import Zone
from .._validate import check_text
from ..errors import ConfigurationError
from .results import Removed, Split
from .rules import ZONES, Rules
from .zones import find_marks

__all__ = ["split_boilerplate"]


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
    removal to some of ``"header"``, ``"footer"``, ``"inline"``. A text is never emptied:
    when no line reads as article prose (a cookie wall, a login page), the lines are kept
    and :attr:`Split.no_body` says so.

    >>> text = "Par Claire Morel\\nLe trafic est perturbé jusqu'à mardi sur la ligne.\\nAvec AFP"
    >>> split = split_boilerplate(text)
    >>> split.body
    "Le trafic est perturbé jusqu'à mardi sur la ligne."
    >>> [(r.zone, r.rule) for r in split.removed]
    [('header', 'byline.par'), ('footer', 'agency.with')]
    >>> wall = "Nous utilisons des cookies pour mesurer l'audience.\\nAccepter les cookies"
    >>> split_boilerplate(wall).no_body, split_boilerplate(wall).body == wall
    (True, True)
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
    no_body = False
    # Two non-blank lines are enough to look for boilerplate (no copy of each line made).
    filled = (line for line in lines if line and not line.isspace())
    if next(filled, None) is not None and next(filled, None) is not None:
        marks, no_body = find_marks(lines, rules, inline=inline, zones=wanted)
    return _build(lines, marks, no_body=no_body)


def _build(lines: list[str], marks: dict[int, tuple[str, str]], *, no_body: bool = False) -> Split:
    removed = []
    kept = []
    offset = 0
    for i, line in enumerate(lines):
        mark = marks.get(i)
        if mark is None:
            kept.append(i)
        else:
            zone = cast("Zone", mark[0])  # the scans mark only the three zones
            removed.append(Removed(i, line, offset, offset + len(line), zone, mark[1]))
        offset += len(line) + 1
    body = "\n".join(lines[i] for i in kept)
    return Split(body=body, removed=tuple(removed), kept=tuple(kept), no_body=no_body)
