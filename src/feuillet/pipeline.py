"""The whole job in one call: normalize, remove boilerplate, segment.

:func:`clean` runs the three capabilities on one text and returns an :class:`Article`;
:func:`clean_many` does the same over a stream of texts, optionally in several processes;
:func:`clean_record` does it for one record (a mapping such as a JSON object or a row).

The plain-JSON form of an article (:meth:`Article.to_dict`) is the exchange format used by the
command line's ``--jsonl`` mode and by the pipeline integrations::

    {
      "text": str,          # the normalized input, before boilerplate removal
      "body": str,          # the article body (kept lines, one paragraph per line)
      "paragraphs": [{"start": int, "end": int, "text": str, "kind": "paragraph" | "heading"}],
      "sentences":  [{"start": int, "end": int, "text": str}],
      "removed":    [{"line": int, "start": int, "end": int, "zone": str, "rule": str,
                      "text": str}]
    }

``paragraphs`` and ``sentences`` spans are character offsets into ``body``
(``body[start:end] == text``); ``removed`` spans and line numbers (0-based) refer to ``text``.
"""

from __future__ import annotations

import html
import itertools
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from ._validate import check_text
from .boilerplate import Removed, Rules, split_boilerplate
from .errors import ConfigurationError, FeuilletError, InputError
from .segment import Paragraph, Sentence, paragraphs, sentences
from .typography import Profile, normalize

if TYPE_CHECKING:
    from concurrent.futures import Future
    from multiprocessing.context import BaseContext

__all__ = [
    "STEPS",
    "Article",
    "Job",
    "clean",
    "clean_many",
    "clean_record",
    "describe_error",
    "record_text",
]

T = TypeVar("T")
R = TypeVar("R")

#: Version of the :meth:`Article.to_dict` schema; bumped only on an incompatible change.
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Article:
    """A cleaned article: normalized text, body, removed lines, paragraphs and sentences.

    ``paragraphs`` and ``sentences`` are spans into ``body``; ``removed`` lists the lines of
    ``text`` taken out as boilerplate, each with its zone and the rule that removed it.

    >>> article = Article(text="Titre\\nAvec AFP", body="Titre")
    >>> article.body, article.paragraphs
    ('Titre', ())
    """

    text: str
    body: str
    removed: tuple[Removed, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """Return the article as plain JSON types (the schema is in the module docstring).

        >>> Article(text="Oui.", body="Oui.").to_dict()["body"]
        'Oui.'
        """
        return {
            "text": self.text,
            "body": self.body,
            "paragraphs": [_paragraph_to_dict(p) for p in self.paragraphs],
            "sentences": [_sentence_to_dict(s) for s in self.sentences],
            "removed": [_removed_to_dict(r) for r in self.removed],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from the output of :meth:`to_dict`.

        >>> article = Article(text="Oui.", body="Oui.")
        >>> Article.from_dict(article.to_dict()) == article
        True
        """
        return cls(
            text=data["text"],
            body=data["body"],
            removed=tuple(
                Removed(
                    line=r["line"],
                    text=r["text"],
                    start=r["start"],
                    end=r["end"],
                    zone=r["zone"],
                    rule=r["rule"],
                )
                for r in data.get("removed", ())
            ),
            paragraphs=tuple(
                Paragraph(start=p["start"], end=p["end"], text=p["text"], kind=p["kind"])
                for p in data.get("paragraphs", ())
            ),
            sentences=tuple(
                Sentence(start=s["start"], end=s["end"], text=s["text"])
                for s in data.get("sentences", ())
            ),
        )

    def _repr_html_(self) -> str:
        """HTML view for notebooks: headings, sentences and greyed removed lines, all escaped."""
        return _article_html(self)


# The JSON forms of the result types, in the key order of the documented schema.


def _paragraph_to_dict(p: Paragraph) -> dict[str, Any]:
    return {"start": p.start, "end": p.end, "text": p.text, "kind": p.kind}


def _sentence_to_dict(s: Sentence) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def _removed_to_dict(removed: Removed) -> dict[str, Any]:
    return {
        "line": removed.line,
        "start": removed.start,
        "end": removed.end,
        "zone": removed.zone,
        "rule": removed.rule,
        "text": removed.text,
    }


def clean(
    text: str,
    *,
    profile: str | Profile = "typographic",
    boilerplate: bool = True,
    inline: bool = True,
    rules: Rules | None = None,
) -> Article:
    """Normalize *text*, remove its boilerplate and segment the body.

    ``profile`` is passed to :func:`feuillet.normalize`; ``boilerplate=False`` keeps every
    line; ``inline`` and ``rules`` are passed to :func:`feuillet.split_boilerplate`.

    >>> article = clean("Il a dit \\"non\\"... Puis il est parti.", boilerplate=False)
    >>> [s.text for s in article.sentences]
    ['Il a dit «\\xa0non\\xa0»…', 'Puis il est parti.']
    """
    check_text(text)
    _check_rules(rules)
    normalized = normalize(text, profile=profile)
    if boilerplate:
        split = split_boilerplate(normalized, rules=rules, inline=inline)
        body, removed = split.body, split.removed
    else:
        body, removed = normalized, ()
    paras = tuple(paragraphs(body))
    return Article(
        text=normalized,
        body=body,
        removed=tuple(removed),
        paragraphs=paras,
        sentences=tuple(_sentences_of(paras)),
    )


def _sentences_of(paras: Iterable[Paragraph]) -> Iterator[Sentence]:
    # Segmenting paragraph by paragraph guarantees that no sentence spans two paragraphs;
    # Paragraph.sentences() gives spans in the text the paragraph comes from, here the body.
    for para in paras:
        yield from para.sentences()


def _check_rules(rules: object) -> None:
    if rules is not None and not isinstance(rules, Rules):
        raise TypeError(f"rules must be feuillet.Rules or None, not {type(rules).__name__}")


def clean_record(
    record: Mapping[str, Any],
    *,
    field: str = "text",
    output_field: str = "feuillet",
    profile: str | Profile = "typographic",
    boilerplate: bool = True,
    inline: bool = True,
    rules: Rules | None = None,
) -> dict[str, Any]:
    """Clean the text in ``record[field]`` and return a copy with the result added.

    The other fields are copied untouched; the :meth:`Article.to_dict` form is stored under
    *output_field*. A missing field raises :class:`~feuillet.InputError`; a value that is not a
    string raises ``TypeError`` naming the field and the type.

    >>> out = clean_record({"id": 7, "text": "Bonjour !"}, boilerplate=False)
    >>> out["id"], out["feuillet"]["body"]
    (7, 'Bonjour\\u202f!')
    """
    text = record_text(record, field)
    article = clean(text, profile=profile, boilerplate=boilerplate, inline=inline, rules=rules)
    out = dict(record)
    out[output_field] = article.to_dict()
    return out


def record_text(record: Mapping[str, Any], field: str = "text") -> str:
    """Return ``record[field]``, checking that it is present and is a string.

    >>> record_text({"text": "Oui"})
    'Oui'
    >>> record_text({"titre": "Oui"})
    Traceback (most recent call last):
    ...
    feuillet.errors.InputError: record has no field 'text' (fields: 'titre')
    """
    if not isinstance(record, Mapping):
        raise TypeError(f"record must be a mapping, not {type(record).__name__}")
    if field not in record:
        names = ", ".join(repr(k) for k in record) or "none"
        raise InputError(f"record has no field {field!r} (fields: {names})")
    value = record[field]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        raise TypeError(f"field {field!r} must be str, not {kind}")
    return value


#: The steps a :class:`Job` can run, named as the command line's subcommands.
STEPS = ("clean", "normalize", "split", "sentences", "paragraphs")


@dataclass(frozen=True)
class Job:
    """One step (a CLI subcommand) with its options: picklable, so workers can run it.

    :meth:`payload` gives the plain-JSON result that ``feuillet STEP --jsonl`` writes and
    that the Dask and datatrove integrations reuse.

    >>> Job("normalize", profile="plain").payload("« Oui »")
    {'text': '« Oui »'}
    """

    command: str
    profile: str = "typographic"
    boilerplate: bool = True
    inline: bool = True
    rules: Rules | None = None
    field: str = "text"
    output_field: str = "feuillet"

    def payload(self, text: str) -> dict[str, Any]:
        """The result for *text*: a subset of the :meth:`feuillet.Article.to_dict` schema."""
        if self.command == "clean":
            article = clean(
                text,
                profile=self.profile,
                boilerplate=self.boilerplate,
                inline=self.inline,
                rules=self.rules,
            )
            return article.to_dict()
        if self.command == "normalize":
            return {"text": normalize(text, profile=self.profile)}
        if self.command == "split":
            split = split_boilerplate(text, rules=self.rules, inline=self.inline)
            return {"body": split.body, "removed": [_removed_to_dict(r) for r in split.removed]}
        if self.command == "sentences":
            return {"sentences": [_sentence_to_dict(s) for s in sentences(text)]}
        if self.command == "paragraphs":
            return {"paragraphs": [_paragraph_to_dict(p) for p in paragraphs(text)]}
        raise ConfigurationError(f"unknown step {self.command!r}; valid steps: {', '.join(STEPS)}")


def describe_error(error: Exception) -> str:
    """The one-line message reported for a record that failed.

    >>> describe_error(TypeError("text must be str, not int"))
    'text must be str, not int'
    >>> describe_error(KeyError("x"))
    "KeyError: 'x'"
    """
    if isinstance(error, FeuilletError | TypeError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def clean_many(
    texts: Iterable[str],
    *,
    workers: int = 1,
    chunksize: int = 32,
    profile: str | Profile = "typographic",
    boilerplate: bool = True,
    inline: bool = True,
    rules: Rules | None = None,
) -> Iterator[Article]:
    """Clean many texts, yielding one :class:`Article` per text, in input order.

    The input is consumed lazily. With ``workers > 1`` the texts are sent in chunks of
    *chunksize* to a pool of processes, with at most ``2 * workers`` chunks in flight, so
    memory stays flat whatever the length of the input. The options are those of
    :func:`clean` and must be picklable (``Rules`` and ``Profile`` are).

    >>> [a.body for a in clean_many(["Oui.", "Non !"], boilerplate=False)]
    ['Oui.', 'Non\\u202f!']
    """
    if isinstance(texts, str):
        raise TypeError("texts must be an iterable of str, not a single str")
    _check_workers(workers, chunksize)
    _check_rules(rules)
    normalize("", profile=profile)  # an unknown profile fails now, not in a worker
    work = partial(
        _clean_chunk,
        options={"profile": profile, "boilerplate": boilerplate, "inline": inline, "rules": rules},
    )
    # The checks above run at call time; the generator below runs as results are consumed.
    return _flatten(_map_chunks(work, _chunks(texts, chunksize), workers=workers))


def _flatten(batches: Iterable[list[R]]) -> Iterator[R]:
    for batch in batches:
        yield from batch


def _clean_chunk(texts: list[str], *, options: dict[str, Any]) -> list[Article]:
    return [clean(text, **options) for text in texts]


def _check_workers(workers: int, chunksize: int) -> None:
    if not isinstance(workers, int) or workers < 1:
        raise ConfigurationError(f"workers must be an integer >= 1, not {workers!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ConfigurationError(f"chunksize must be an integer >= 1, not {chunksize!r}")


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Group *items* into lists of at most *size* items, lazily.

    >>> list(_chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _map_chunks(
    work: Callable[[list[T]], list[R]],
    batches: Iterable[list[T]],
    *,
    workers: int = 1,
) -> Generator[list[R], None, None]:
    """Apply *work* to each batch, in order, in up to *workers* processes.

    At most ``2 * workers`` batches are in flight, so the input is read only as fast as the
    results are consumed. *work* and the batches must be picklable when ``workers > 1``.

    >>> list(_map_chunks(sorted, [[3, 1], [2]]))
    [[1, 3], [2]]
    """
    if workers <= 1:
        yield from map(work, batches)
        return
    from concurrent.futures import ProcessPoolExecutor  # imported here: only pools need it

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context())
    pending: deque[Future[list[R]]] = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(work, batch))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        # Reached on normal end, on an error, or when the caller stops iterating early.
        pool.shutdown(wait=True, cancel_futures=True)


def _mp_context() -> BaseContext:
    # "fork" from a process that may hold threads can deadlock; forkserver (POSIX) and spawn
    # start clean workers that import feuillet when they unpickle the work function.
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


# --- HTML view -------------------------------------------------------------------------------

_BOX = (
    "font-family:system-ui,sans-serif;line-height:1.5;max-width:52em;"
    "color:#1a1a1a;background:#fff;padding:0.6em"  # readable in dark notebook themes too
)
_SUMMARY = "color:#555;font-size:0.85em;margin-bottom:0.6em"
_HEADING = "font-size:1.15em;font-weight:bold;margin:0.8em 0 0.3em 0"
_PARAGRAPH = "margin:0 0 0.6em 0"
_REMOVED = "color:#999;font-size:0.85em;margin:0 0 0.3em 0"
_TAG = "border:1px solid #ccc;border-radius:3px;padding:0 0.3em;margin-right:0.4em"
_SENTENCE_COLOURS = ("#e8f0fe", "#fef3e0")


def _article_html(article: Article) -> str:
    summary = (
        f"feuillet.Article: {len(article.paragraphs)} paragraphs, "
        f"{len(article.sentences)} sentences, {len(article.removed)} removed lines"
    )
    parts = [f'<div class="feuillet-article" style="{_BOX}">']
    parts.append(f'<div style="{_SUMMARY}">{html.escape(summary)}</div>')
    parts.extend(block for _, block in sorted(_html_blocks(article), key=lambda b: b[0]))
    parts.append("</div>")
    return "\n".join(parts)


def _html_blocks(article: Article) -> Iterator[tuple[tuple[float, int], str]]:
    """Yield (position, html) blocks; the position orders removed lines among paragraphs."""
    source_line = _body_line_to_source_line(article)
    for order, removed in enumerate(article.removed):
        if source_line is None:  # no line mapping: header first, everything else last
            position = -1.0 if removed.zone == "header" else float("inf")
        else:
            position = float(removed.line)
        yield (position, order), _removed_html(removed)
    sentence_index, body_line, counted_to = 0, 0, 0
    for order, para in enumerate(article.paragraphs):
        # Count line breaks incrementally: counting from 0 each time would be quadratic.
        body_line += article.body.count("\n", counted_to, para.start)
        counted_to = max(counted_to, para.start)
        position = float(order) if source_line is None else float(source_line(body_line))
        inner, sentence_index = _sentences_html(article, para, sentence_index)
        yield (position, len(article.removed) + order), _paragraph_html(para, inner)


def _body_line_to_source_line(article: Article) -> Callable[[int], int] | None:
    """Map a line number of ``body`` to one of ``text`` if the body is ``text`` minus lines."""
    text_lines = article.text.split("\n")
    removed_lines = {r.line for r in article.removed}
    kept = [i for i in range(len(text_lines)) if i not in removed_lines]
    body_lines = article.body.split("\n")
    if len(kept) != len(body_lines):
        return None
    return lambda body_line: kept[min(body_line, len(kept) - 1)]


def _sentences_html(article: Article, para: Paragraph, index: int) -> tuple[str, int]:
    """Render the text of *para* with each of its sentences highlighted."""
    pieces: list[str] = []
    cursor = para.start
    sents = article.sentences
    # Sentences are sorted by start; skip the ones before this paragraph.
    while index < len(sents) and sents[index].end <= para.start:
        index += 1
    while index < len(sents) and sents[index].start < para.end:
        sent = sents[index]
        start, end = max(sent.start, cursor), min(sent.end, para.end)
        pieces.append(html.escape(article.body[cursor:start]))
        colour = _SENTENCE_COLOURS[index % len(_SENTENCE_COLOURS)]
        pieces.append(
            f'<span title="sentence {index + 1} [{sent.start}:{sent.end}]" '
            f'style="background:{colour};border-radius:2px">'
            f"{html.escape(article.body[start:end])}</span>"
        )
        cursor = end
        if sent.end > para.end:
            break
        index += 1
    pieces.append(html.escape(article.body[cursor : para.end]))
    return "".join(pieces), index


def _paragraph_html(para: Paragraph, inner: str) -> str:
    if para.kind == "heading":
        return f'<div class="feuillet-heading" style="{_HEADING}">{inner}</div>'
    return f'<p class="feuillet-paragraph" style="{_PARAGRAPH}">{inner}</p>'


def _removed_html(removed: Removed) -> str:
    tag = html.escape(f"{removed.zone} · {removed.rule}")
    return (
        f'<div class="feuillet-removed" style="{_REMOVED}" title="removed line {removed.line + 1}">'
        f'<span style="{_TAG}">{tag}</span><s>{html.escape(removed.text)}</s></div>'
    )
