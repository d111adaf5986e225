"""Paragraph and sentence segmentation of French text, with exact character spans.

Conventions (see ``docs/segmentation.md``):

* spans are offsets into the string passed in: ``text == source[start:end]`` always;
* a line break always ends a sentence, and every non-blank line is a paragraph (scraped
  news has one paragraph per line); ``unwrap=True`` joins hard-wrapped lines instead;
* leading and trailing whitespace is never part of a span;
* a closing quote or bracket belongs to the sentence it closes (``« Non. »`` is one
  sentence);
* every non-space character belongs to exactly one sentence.

The scan is one compiled regular expression over the text that finds line breaks, runs
of terminal punctuation (``. ! ? …`` plus closing quotes and brackets), semicolons,
closing brackets (stage directions, list markers), bullets and capitalised opener words
right after a word with no punctuation (a heading run into its text); a little
Python then decides for each candidate, from the word before it and the character after
it, whether a sentence ends there. The rules live in :mod:`feuillet._segment_rules`, the
language data in ``feuillet/data/*.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import FrozenInstanceError, dataclass
from functools import cache, lru_cache, partial
from typing import cast

from ._segment_rules import (
    BREAKS,
    Tables,
    default_tables,
    is_boundary,
    make_tables,
    next_item,
    run_end,
    run_on,
    run_on_branches,
)
from ._types import ParagraphKind
from ._validate import check_text

__all__ = ["Paragraph", "Sentence", "iter_paragraphs", "iter_sentences", "paragraphs", "sentences"]

_TERM = "[.!?…]"
# What may follow the first terminal punctuation of a candidate: more punctuation (an
# ellipsis, "?!"), closing quotes and brackets, and the spaces between them. One flat
# character class, so the scan never backtracks; trailing spaces and a straight quote
# that opens the next sentence are trimmed in Python (see _segment_rules.run_end).
_RUN = "[.!?…»”)\\]}›\"'’ \t\u00a0\u202f\u2009]*"
# A semicolon is a candidate too (it ends a sentence before a capitalised opener), with
# the nose and mouth of a winking emoticon: ";)", ";-)".
_SEMI = "-?\\)"
# Reference marks after the punctuation, as encyclopaedia text has them: "en 1848.[2] Il",
# "élu. [3][4] Il", "[note 1]", "[réf. nécessaire]": figures and lower-case words in
# brackets ("[Photo AFP]" is a caption). Each opens with "[" and holds no bracket, and a
# run holds at most eight of them: one match never spans a megabyte of ".[2] .[2] …",
# whose repeated group made Python's engine superlinear (x31 for x10 input).
_REF_WORD = "[^\\W_A-ZÀ-Þ](?:[^\\W_A-ZÀ-Þ]|\\.){0,15}"  # "2", "note", "réf."
_REFS = f"(?:\\[{_REF_WORD}(?: {_REF_WORD})?\\]{_RUN}){{0,8}}"


# Bullets: a list run into one line ("• Lire • Signer") ends an item before each bullet.
_BULLETS = "•◦▪►"
# Candidates that end a sentence without punctuation: line breaks, a closing bracket (a
# stage direction, "(Rires) Merci", or a list marker, "a) Lire b) Signer"), bullets and
# the capitals of the opener words of run_on_starters.txt ("… se ruiner Il dénonce").
_NO_PUNCT = BREAKS + ")" + _BULLETS + "".join(sorted({b[0] for b in run_on_branches()}))


def _candidates(*, lines: bool) -> re.Pattern[str]:
    """The candidate scan: a line break, a run of terminal punctuation and closers, ``;``,
    a closing bracket, a bullet or an opener word after a word without punctuation.

    With ``lines=False`` line breaks are ordinary spaces. Every branch opens with a
    literal character, which ``re`` gathers into one set it searches for quickly, and
    there is no nested repetition: linear time on any input.
    """
    singles = ")" + _BULLETS + (BREAKS if lines else "")
    branches = [re.escape(char) + _RUN + _REFS for char in ".!?…"]
    branches.append(f";(?:{_SEMI})?")
    branches.extend(re.escape(char) for char in singles)
    branches.extend(run_on_branches())
    return re.compile("|".join(branches))


# what follows a list marker ("1.", "12.", "a)"): a sentence whose second or third
# character is one of these may open a list (a character test is cheaper than a call)
_ITEM_MARKS = ".)"
_ASIDE_SPACES = (" ", "\u00a0")  # between a stage direction and the next sentence
_ASIDE_WINDOW = 120  # longest stage direction looked at: "(La séance est levée à 12 h 30)"
_HSPACE = f"[^\\S{BREAKS}]"  # whitespace that is not a line break
# sentences() and the paragraphs of clean(), which hold no line break, use the first scan;
# the second, for paragraphs whose line breaks count as spaces (unwrap=True), is compiled
# when first needed: each costs a few milliseconds to compile.
_SCAN_LINES = _candidates(lines=True)
_scan_flow = cache(partial(_candidates, lines=False))
_HAS_BREAK = re.compile(f"[{BREAKS}]")
_SKIP_LINES = re.compile(rf"{_HSPACE}*")
_SKIP_FLOW = re.compile(r"\s*")
_LINE = re.compile(rf"[^{BREAKS}]+")
_FINAL_PUNCT = ".!?…:;,"
_CLOSING_CHARS = " \t\u00a0\u202f»”\")]}›'’"


class Sentence:
    """A sentence and its span in the source text: ``text == source[start:end]``.

    Immutable, hashable and picklable; a slotted class rather than a dataclass because a
    text yields one per sentence and this one is built several times faster.

    >>> s = sentences("M. Dupont est là. Il parle.")[1]
    >>> s
    Sentence(start=18, end=27, text='Il parle.')
    >>> s == Sentence(start=18, end=27, text="Il parle."), s.text
    (True, 'Il parle.')
    """

    __slots__ = ("end", "start", "text")
    __match_args__ = ("start", "end", "text")

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        _set_start(self, start)
        _set_end(self, end)
        _set_text(self, text)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(start={self.start!r}, end={self.end!r}, text={self.text!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        that: Sentence = other
        return (self.start, self.end, self.text) == (that.start, that.end, that.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __reduce__(self) -> tuple[type[Sentence], tuple[int, int, str]]:
        return (type(self), (self.start, self.end, self.text))


# the slots' own setters: they write past Sentence.__setattr__, which forbids changes
_set_start: Callable[[Sentence, int], None] = vars(Sentence)["start"].__set__
_set_end: Callable[[Sentence, int], None] = vars(Sentence)["end"].__set__
_set_text: Callable[[Sentence, str], None] = vars(Sentence)["text"].__set__


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph (``kind="paragraph"``) or heading (``kind="heading"``) and its span.

    >>> p = paragraphs("Titre\\nLe texte. Fin.")[1]
    >>> [s.text for s in p.sentences()], p.sentences()[1].start
    (['Le texte.', 'Fin.'], 16)
    """

    start: int
    end: int
    text: str
    kind: ParagraphKind = "paragraph"

    def sentences(self, *, abbreviations: Iterable[str] | None = None) -> list[Sentence]:
        """Return the sentences of this paragraph, with spans in the source text.

        Line breaks inside the paragraph (left by ``unwrap=True``) count as spaces.

        >>> Paragraph(10, 19, "Oui. Non.").sentences()
        [Sentence(start=10, end=14, text='Oui.'), Sentence(start=15, end=19, text='Non.')]
        """
        tables = _tables(abbreviations)
        if _HAS_BREAK.search(self.text) is None:
            # Without a line break the two scans find the same sentences.
            return list(_scan(self.text, self.start, tables, _SCAN_LINES, _SKIP_LINES))
        return list(_scan(self.text, self.start, tables, _scan_flow(), _SKIP_FLOW))


def _tables(abbreviations: Iterable[str] | None) -> Tables:
    """The rule tables, with the user's extra abbreviations if any (checked to be str)."""
    if abbreviations is None:
        return default_tables()
    if isinstance(abbreviations, str):
        raise TypeError("abbreviations must be an iterable of str, not str")
    extra = tuple(abbreviations)
    for item in extra:
        check_text(item, "each abbreviation")
    return _cached_tables(frozenset(extra))


@lru_cache(maxsize=32)
def _cached_tables(extra: frozenset[str]) -> Tables:
    # Keyed by content: a caller passing the same list on every call (a service, a
    # notebook loop) builds the tables once; bounded, so varied lists cannot grow it forever.
    return make_tables(tuple(sorted(extra)))


def _scan(
    text: str,
    offset: int,
    tables: Tables,
    scan: re.Pattern[str],
    skip: re.Pattern[str],
) -> Iterator[Sentence]:
    """Yield the sentences of *text*, spans shifted by *offset*.

    This loop runs once per candidate, so it is kept flat: ``start`` always points at the
    first non-space character of the sentence in progress (or at a line break), and only
    sentences closed by a line break or the end of the text need trimming on the right.
    """
    n = len(text)
    # the skip patterns match everywhere (``\s*``), so their match is never None
    skip_space = cast("Callable[[str, int], re.Match[str]]", skip.match)
    never, ambiguous, units = tables.never_final, tables.ambiguous, tables.units
    start = line = skip_space(text, 0).end()  # sentence in progress, line in progress
    for m in scan.finditer(text):
        first, end = m.span()
        char = text[first]
        if char in _NO_PUNCT:  # one test sends line breaks, brackets and bullets here
            if char in BREAKS:
                body = text[start:first].rstrip()
                if body:
                    yield Sentence(start + offset, start + offset + len(body), body)
                start = line = skip_space(text, end).end()
            elif char.isalpha():
                if run_on(text, first, end, start, tables):
                    body = text[start:first].rstrip()  # "… se ruiner Il dénonce": before "Il"
                    yield Sentence(start + offset, start + offset + len(body), body)
                    start = first
            elif char != ")":
                if text[start] == char and _bullet_opens(text, start, first):
                    body = text[start:first].rstrip()  # "• Lire • Signer": before "•"
                    yield Sentence(start + offset, start + offset + len(body), body)
                    start = first
            elif text[start] == "(" and _aside_ends(text, start, first):
                yield Sentence(start + offset, end + offset, text[start:end])
                start = skip_space(text, end).end()
            elif (
                first - start > 3
                and (text[start + 1] in _ITEM_MARKS or text[start + 2] in _ITEM_MARKS)
                and (item := next_item(text, first, start)) > 0
            ):
                body = text[start:item].rstrip()  # "a) Lire b) Signer": before "b)"
                yield Sentence(start + offset, start + offset + len(body), body)
                start = item
            continue
        if end - first == 2 and text[first + 1] == " ":
            end -= 1  # the common ". " needs no call
            if end + 1 < n and text[end + 1].isupper():
                # the commonest cases of all, "word. Capital" and "M. Dupont", decided
                # here (is_boundary would say the same, more slowly): the scan has taken
                # every space, so the capital follows. "?" and "!" end a sentence there;
                # a dot after an abbreviation does not, after a lower-case word of two
                # letters or more that is no abbreviation it does.
                if char == "." and first and text[first - 1].isalpha():
                    space = text.rfind(" ", max(0, first - 40), first)
                    if space >= 0:
                        word = text[space + 1 : first]
                        if word in never and word not in units:
                            continue  # "M. Dupont"; "110 ch. Il" goes on to is_boundary
                        if (
                            len(word) > 1
                            and word.islower()
                            and word.isalpha()
                            and word not in ambiguous
                        ):
                            yield Sentence(start + offset, end + offset, text[start:end])
                            start = end + 1
                            continue
                elif char in "?!":
                    yield Sentence(start + offset, end + offset, text[start:end])
                    start = end + 1
                    continue
        elif end - first > 1:
            end = run_end(text, line, start, first, end)
        if (
            first - start > 3
            and (text[start + 1] in _ITEM_MARKS or text[start + 2] in _ITEM_MARKS)
            and (item := next_item(text, first, start)) > 0
        ):
            # only a sentence that opens with a list marker looks for the next one
            body = text[start:item].rstrip()  # "1. Lire 2. Signer": before "2."
            yield Sentence(start + offset, start + offset + len(body), body)
            start = item
            continue
        nxt = skip_space(text, end).end()
        if nxt >= n or text[nxt] in BREAKS:
            continue  # the line ends here anyway
        if is_boundary(text, first, end, nxt, start, tables):
            yield Sentence(start + offset, end + offset, text[start:end])
            start = nxt
    body = text[start:].rstrip()
    if body:
        yield Sentence(start + offset, start + offset + len(body), body)


def _aside_ends(text: str, start: int, close: int) -> bool:
    """Whether the sentence ``text[start:close + 1]`` is a stage direction: "(Rires)".

    It is when the bracket that opens the sentence closes at *close* (at most
    :data:`_ASIDE_WINDOW` characters on, nothing bracketed inside) around words starting
    with a capitalised word ("(La séance est levée)", not "(AFP)" or "(1)"), and a
    capitalised word follows ("Monsieur", not "AFP").
    """
    if close - start > _ASIDE_WINDOW:
        return False
    if "(" in text[start + 1 : close] or not _capitalised(text, start + 1):
        return False
    return text[close + 1 : close + 2] in _ASIDE_SPACES and _capitalised(text, close + 2)


def _bullet_opens(text: str, start: int, bullet: int) -> bool:
    """Whether the spaced bullet at *bullet* opens the next item of a list.

    It does when the sentence in progress (at *start*) opens with the same bullet: "•
    Lire la notice • Signer" is two items, "Accueil • Contact" and "on y voit • des
    arbres" (a bullet inside a sentence) stay whole.
    """
    return (
        bullet > start
        and text[bullet - 1 : bullet] in _ASIDE_SPACES
        and text[bullet + 1 : bullet + 2] in _ASIDE_SPACES
    )


def _capitalised(text: str, at: int) -> bool:
    """Whether a capitalised word (a capital, then lower case or an elision) is at *at*."""
    pair = text[at : at + 2]
    return len(pair) == 2 and pair[0].isupper() and (pair[1].islower() or pair[1] in "'’")


def iter_sentences(text: str, *, abbreviations: Iterable[str] | None = None) -> Iterator[Sentence]:
    """Yield the sentences of *text* one by one (memory flat in the size of *text*).

    *abbreviations* adds abbreviations that never end a sentence to the packaged list
    ``feuillet/data/abbreviations.txt`` (written with or without their final dot).

    >>> [s.text for s in iter_sentences("Le Pr. Durand arrive. Il est 9 h.", abbreviations=["Pr."])]
    ['Le Pr. Durand arrive.', 'Il est 9 h.']
    """
    check_text(text)
    tables = _tables(abbreviations)
    return _scan(text, 0, tables, _SCAN_LINES, _SKIP_LINES)


def sentences(text: str, *, abbreviations: Iterable[str] | None = None) -> list[Sentence]:
    """Return the sentences of *text*, each with its span in *text*.

    >>> [s.text for s in sentences("« Non. » M. Dupont part à 9 h 30. Vraiment\u202f?\\nOui.")]
    ['« Non. »', 'M. Dupont part à 9 h 30.', 'Vraiment\u202f?', 'Oui.']
    """
    return list(iter_sentences(text, abbreviations=abbreviations))


def iter_paragraphs(text: str, *, unwrap: bool = False) -> Iterator[Paragraph]:
    """Yield the paragraphs of *text* one by one, headings marked ``kind="heading"``.

    Every non-blank line is a paragraph. With ``unwrap=True``, a line that ends
    mid-sentence followed by a line starting in lower case continues the same paragraph.

    >>> [(p.kind, p.text) for p in iter_paragraphs("Un titre\\nLe texte suit.")]
    [('heading', 'Un titre'), ('paragraph', 'Le texte suit.')]
    """
    check_text(text)
    if not isinstance(unwrap, bool):
        raise TypeError(f"unwrap must be bool, not {type(unwrap).__name__}")
    return _classify(text, _blocks(text, unwrap))


def paragraphs(text: str, *, unwrap: bool = False) -> list[Paragraph]:
    """Return the paragraphs of *text*, each with its span in *text*.

    >>> [p.text for p in paragraphs("Ligne coupée\\nen deux.\\n\\nSuite.", unwrap=True)]
    ['Ligne coupée\\nen deux.', 'Suite.']
    """
    return list(iter_paragraphs(text, unwrap=unwrap))


def _blocks(text: str, unwrap: bool) -> Iterator[tuple[int, int]]:
    """Yield the ``(start, end)`` span of each paragraph, whitespace trimmed."""
    current: tuple[int, int] | None = None
    for m in _LINE.finditer(text):
        line = m.group()
        body = line.strip()
        if not body:  # a blank line closes the paragraph in progress
            if current is not None:
                yield current
                current = None
            continue
        start = m.start() + len(line) - len(line.lstrip())
        end = start + len(body)
        if current is not None and unwrap and _continues(text, current, body):
            current = (current[0], end)
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def _continues(text: str, previous: tuple[int, int], line: str) -> bool:
    """Whether *line* continues the paragraph *previous* (a hard-wrapped line)."""
    tail = text[max(previous[0], previous[1] - 8) : previous[1]].rstrip(_CLOSING_CHARS)
    ends_mid_sentence = not tail or tail[-1] not in ".!?…:"
    return ends_mid_sentence and line[0].islower()


def _classify(text: str, blocks: Iterator[tuple[int, int]]) -> Iterator[Paragraph]:
    """Turn spans into paragraphs, looking one block ahead to recognise headings."""
    previous: str | None = None
    prev_span = (0, 0)
    for start, end in blocks:
        body = text[start:end]
        if previous is not None:
            kind: ParagraphKind = "heading" if _is_heading(previous, body) else "paragraph"
            yield Paragraph(prev_span[0], prev_span[1], previous, kind)
        previous, prev_span = body, (start, end)
    if previous is not None:
        yield Paragraph(prev_span[0], prev_span[1], previous, "paragraph")


def _ends_with(body: str, chars: str) -> bool:
    """Whether *body*, closing quotes and brackets put aside, ends with one of *chars*."""
    core = body[-12:].rstrip(_CLOSING_CHARS)
    return bool(core) and core[-1] in chars


def _is_heading(body: str, following: str) -> bool:
    """A short line without final punctuation, followed by prose, is a heading."""
    return (
        len(body) <= 120
        and body.count(" ") < 15
        and "\n" not in body
        and not body[0].islower()
        and any(char.isalnum() for char in body)
        and not _ends_with(body, _FINAL_PUNCT)
        and _ends_with(following, ".!?…")
    )
