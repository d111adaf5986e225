"""The results of :func:`~feuillet.split_boilerplate`: :class:`Split` and :class:`Removed`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .._types import Zone

if TYPE_CHECKING:
    from ..metadata import Metadata

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
    removed lines together are exactly the input lines, in order (a ``Split`` that breaks
    this cannot be built: ``ValueError``). ``no_body`` is true when no line reads as
    article prose (a cookie wall, a login page, a list of links); nothing is lost then
    either. ``metadata`` is what the removed lines say (authors, dates, agencies…), read
    on first use.

    >>> from feuillet import split_boilerplate
    >>> split = split_boilerplate("Publicité\\nLe texte.\\nDeuxième ligne du texte.")
    >>> split.body, split.kept, split.no_body
    ('Le texte.\\nDeuxième ligne du texte.', (1, 2), False)
    """

    body: str
    removed: tuple[Removed, ...]
    kept: tuple[int, ...] = field(default=())
    no_body: bool = False

    def __post_init__(self) -> None:
        removed = [r.line for r in self.removed]
        kept = list(self.kept)
        lines = len(kept) + len(removed)
        # An empty body with no kept line: every line was removed.
        body_lines = self.body.count("\n") + 1 if kept or self.body else 0
        if (
            sorted(kept + removed) != list(range(lines))
            or kept != sorted(kept)
            or removed != sorted(removed)
            or body_lines != len(kept)
        ):
            raise ValueError(
                "inconsistent Split: kept and removed lines must be the lines 0..n-1, in "
                "order, with one body line per kept index"
            )

    def text(self) -> str:
        """The text that was split: kept and removed lines put back in order.

        >>> from feuillet import split_boilerplate
        >>> split_boilerplate("Titre\\nUn texte.\\nAvec AFP").text()
        'Titre\\nUn texte.\\nAvec AFP'
        """
        lines = [""] * (len(self.kept) + len(self.removed))
        for index, line in zip(self.kept, self.body.split("\n"), strict=False):
            lines[index] = line
        for item in self.removed:
            lines[item.line] = item.text
        return "\n".join(lines)

    @cached_property
    def metadata(self) -> Metadata:
        """Authors, dates, agencies… read from the removed lines (see :mod:`feuillet.metadata`).

        >>> from feuillet import split_boilerplate
        >>> split = split_boilerplate("Par Claire Morel\\nLe trafic reprend mardi sur la ligne.")
        >>> [author.value for author in split.metadata.authors]
        ['Claire Morel']
        """
        from ..metadata import extract_metadata  # here: that module imports this one

        return extract_metadata(self.text(), self.removed)
