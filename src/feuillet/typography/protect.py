"""Protected spans of the typography policy (rule T23).

URLs, e-mail addresses, ``@handles``, ``#hashtags`` and ```code``` spans must come out
byte for byte. Before the rules run, each span is replaced by one placeholder character
from the Unicode private use area; the rules see it as an ordinary non-space character
(so ``www.meteofrance.com ?`` still gets its narrow no-break space), and the spans are
put back at the end, in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .._lazy import lazy_pattern

if TYPE_CHECKING:
    import regex

# One pattern per kind of span, each searched only when its trigger character occurs;
# candidates are then taken left to right, skipping overlaps. Every pattern is linear:
# possessive quantifiers never give characters back, and look-behinds stop a failed scan
# from being retried inside the same word.
_URL = lazy_pattern(r'(?:https?://|www\.)[^\s«»"“”<>]++')
_DOMAIN = lazy_pattern(r"[\w-]++(?:\.[\w-]++)+")
_HANDLE = lazy_pattern(r"\w++")
_HASHTAG = lazy_pattern(r"(?<![\w#])#\w++")
_URL_PREFIX = ("https://", "http://", "www.")
# Characters that end a sentence rather than a URL (T23).
_URL_TRAILING = ".,;:!?)»”…'’"
_LOCAL_PUNCTUATION = "_.+'-"  # with letters and digits, the local part of an address
# The placeholder must not occur in the text; the first free one is used.
_PLACEHOLDERS = [chr(c) for c in range(0xE000, 0xF900)]


@dataclass(frozen=True)
class Protected:
    """Text with its protected spans replaced by ``placeholder``, and the spans in order."""

    text: str
    spans: tuple[str, ...]
    placeholder: str

    def restore(self, text: str) -> str:
        """Put the spans back into *text* (the protected text after the rules ran)."""
        if not self.spans:
            return text
        parts = text.split(self.placeholder)
        out = [parts[0]]
        for span, part in zip(self.spans, parts[1:], strict=True):
            out.append(span)
            out.append(part)
        return "".join(out)

    def restore_lines(self, lines: list[str]) -> list[str]:
        """Restore each line of a protected text separately (for explanations)."""
        if not self.spans:
            return lines
        restored = []
        used = 0
        for line in lines:
            count = line.count(self.placeholder)
            part = Protected(line, self.spans[used : used + count], self.placeholder)
            restored.append(part.restore(line))
            used += count
        return restored


def _urls(text: str) -> Iterator[tuple[int, int]]:
    for match in _URL().finditer(text):
        url = match.group().rstrip(_URL_TRAILING)
        prefix = next(p for p in _URL_PREFIX if match.group().startswith(p))
        if len(url) > len(prefix):  # `www.` alone, or followed by dots only, is no URL
            yield match.start(), match.start() + len(url)


def _addresses(text: str) -> Iterator[tuple[int, int]]:
    """E-mail addresses and @handles, found from their ``@`` (rare) rather than word by word."""
    at = text.find("@")
    floor = 0
    while at != -1:
        start = at
        while start > floor and (
            text[start - 1].isalnum() or text[start - 1] in _LOCAL_PUNCTUATION
        ):
            start -= 1
        domain = _DOMAIN().match(text, at + 1)
        previous = text[at - 1] if at else " "
        handle = None
        if not (previous.isalnum() or previous in "_@"):
            handle = _HANDLE().match(text, at + 1)
        if start < at and domain:
            yield start, domain.end()
            floor = domain.end()
        elif handle:
            yield at, handle.end()
            floor = handle.end()
        at = text.find("@", max(at + 1, floor))


@cache
def _code() -> regex.Pattern[str]:
    # The only pattern needing the `regex` module (\p{L}): imported with the first backtick.
    import regex

    return regex.compile(r"(?<!\p{L})`(?:[^`\n]|(?<=\p{L})`(?=\p{L}))++`(?!\p{L})")


def _candidates(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        found += _urls(text)
    if "@" in text:
        found += _addresses(text)
    if "#" in text:
        found += (match.span() for match in _HASHTAG().finditer(text))
    if "`" in text:
        found += (match.span() for match in _code().finditer(text))
    return sorted(found)


def find_spans(text: str) -> list[tuple[int, int]]:
    """The protected spans of *text* as (start, end), left to right, without overlaps.

    >>> find_spans("Voir lemonde.fr ou www.lemonde.fr, écrire à a@b.fr")
    [(19, 33), (44, 50)]
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for start, end in _candidates(text):
        if start >= pos:
            spans.append((start, end))
            pos = end
    return spans


def protect(text: str) -> Protected:
    """Replace the protected spans of *text* by a placeholder character.

    >>> p = protect("Voir www.meteofrance.com? Écrire à @meteo ou à info@meteo.fr.")
    >>> p.text.replace(p.placeholder, "#")
    'Voir #? Écrire à # ou à #.'
    >>> p.spans
    ('www.meteofrance.com', '@meteo', 'info@meteo.fr')
    """
    placeholder = next((c for c in _PLACEHOLDERS if c not in text), "")
    found = find_spans(text) if placeholder else []
    if not found:
        return Protected(text, (), placeholder)
    out: list[str] = []
    spans: list[str] = []
    pos = 0
    for start, end in found:
        out.append(text[pos:start])
        out.append(placeholder)
        spans.append(text[start:end])
        pos = end
    out.append(text[pos:])
    return Protected("".join(out), tuple(spans), placeholder)
