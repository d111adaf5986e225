"""The results of :func:`~feuillet.split_boilerplate`: :class:`Split` and :class:`Removed`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import Zone

__all__ = ["Removed", "Split"]


@dataclass(frozen=True)
class Removed:
    """A line removed as boilerplate, with where it was and why.

    ``line`` is its index in ``text.split("\\n")``, ``start``/``end`` its character offsets
    in the text, ``zone`` one of ``"header"``, ``"footer"``, ``"inline"`` and ``rule`` the
    id of the rule or shape signal that removed it.

    >>> from feuillet import split_boilerplate
    >>> split_boilerplate("Titre\\nUn texte.\\nAvec AFP").removed[0]
    Removed(line=2, text='Avec AFP', start=16, end=24, zone='footer', rule='agency.with')
    """

    line: int
    text: str
    start: int
    end: int
    zone: Zone
    rule: str


@dataclass(frozen=True)
class Split:
    """The body of a text and the lines removed from it.

    ``body`` is the kept lines joined by ``"\\n"``; ``kept`` their indices. Kept and
    removed lines together are exactly the input lines, in order. ``no_body`` is true when
    no line reads as article prose (a cookie wall, a login page, a list of links): the
    text is then returned whole, as body, rather than emptied.

    >>> from feuillet import split_boilerplate
    >>> split = split_boilerplate("Publicité\\nLe texte.\\nDeuxième ligne du texte.")
    >>> split.body, split.kept, split.no_body
    ('Le texte.\\nDeuxième ligne du texte.', (1, 2), False)
    """

    body: str
    removed: tuple[Removed, ...]
    kept: tuple[int, ...] = field(default=())
    no_body: bool = False
