"""The whole job in one call: normalize, remove boilerplate, segment.

:func:`clean` runs the three capabilities on one text and returns an :class:`Article`;
:func:`clean_many` does the same over a stream of texts, optionally in several processes;
:func:`clean_record` does it for one record (a mapping such as a JSON object or a row).
The plain-JSON form of an article (:meth:`Article.to_dict`, described in
:mod:`feuillet.schema`) is the exchange format of the command line's ``--jsonl`` mode and
of the pipeline integrations.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from ._parallel import check_workers, chunks, flatten, map_chunks
from ._validate import check_text
from .article import Article
from .boilerplate import Rules, split_boilerplate
from .errors import ConfigurationError, FeuilletError, InputError
from .schema import paragraph_to_dict, removed_to_dict, sentence_to_dict
from .segment import Paragraph, Sentence, paragraphs, sentences
from .typography import Profile, normalize

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
            return {"body": split.body, "removed": [removed_to_dict(r) for r in split.removed]}
        if self.command == "sentences":
            return {"sentences": [sentence_to_dict(s) for s in sentences(text)]}
        if self.command == "paragraphs":
            return {"paragraphs": [paragraph_to_dict(p) for p in paragraphs(text)]}
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
    check_workers(workers, chunksize)
    _check_rules(rules)
    normalize("", profile=profile)  # an unknown profile fails now, not in a worker
    work = partial(
        _clean_chunk,
        options={"profile": profile, "boilerplate": boilerplate, "inline": inline, "rules": rules},
    )
    # The checks above run at call time; the generator below runs as results are consumed.
    return flatten(map_chunks(work, chunks(texts, chunksize), workers=workers))


def _clean_chunk(texts: list[str], *, options: dict[str, Any]) -> list[Article]:
    return [clean(text, **options) for text in texts]
