"""One step of the pipeline (a command line subcommand) with its options, for workers.

The command line, Dask and datatrove run a :class:`Job` on each text: it is picklable,
checked once when made, and gives the plain-JSON result of the step, a subset of the
:meth:`feuillet.Article.to_dict` schema (:data:`feuillet.schema.STEP_KEYS`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._detect import (
    MARKUP,
    NO_BODY,
    NOT_FRENCH,
    french_evidence,
    is_not_french,
    looks_like_markup,
)
from ._types import STEPS
from ._validate import check_text
from .boilerplate import split_boilerplate
from .errors import ConfigurationError, FeuilletError
from .options import CleanOptions
from .pipeline import clean_with_flags
from .schema import Fields, paragraph_to_dict, project, removed_to_dict, sentence_to_dict
from .segment import paragraphs, sentences
from .typography import normalize

__all__ = ["STEPS", "Job", "describe_error"]


@dataclass(frozen=True)
class Job:
    """One step with its options: picklable, so workers can run it.

    >>> Job("normalize", CleanOptions(profile="plain")).payload("« Oui »")
    {'text': '« Oui »'}
    >>> Job("clean", fields={"body": None}).payload("Oui.")
    {'body': 'Oui.'}
    """

    command: str
    options: CleanOptions = field(default_factory=CleanOptions)
    field: str = "text"
    output_field: str = "feuillet"
    fields: Fields | None = None  # the keys kept in the result (``--fields``); None: all

    def __post_init__(self) -> None:
        if self.command not in STEPS:
            raise ConfigurationError(
                f"unknown step {self.command!r}; valid steps: {', '.join(STEPS)}"
            )

    def payload(self, text: str) -> dict[str, Any]:
        """The result for *text*: a subset of the :meth:`feuillet.Article.to_dict` schema."""
        return self.run(text)[0]

    def run(self, text: str) -> tuple[dict[str, Any], tuple[str, ...]]:
        """The result for *text*, and the flags about it (``"markup"``, ``"not_french"``,
        ``"no_body"``)."""
        options = self.options
        check_text(text)
        if self.command == "clean":
            article, flags = clean_with_flags(text, options)
            return article.to_dict(self.fields), flags
        flags = (MARKUP,) if looks_like_markup(text) else ()
        if self.command == "normalize":
            payload: dict[str, Any] = {"text": normalize(text, profile=options.profile)}
            if is_not_french(*french_evidence(text)):
                flags += (NOT_FRENCH,)
        elif self.command == "split":
            split = split_boilerplate(
                text, rules=options.rules, inline=options.inline, zones=options.zones
            )
            payload = {
                "body": split.body,
                "removed": [removed_to_dict(r) for r in split.removed],
                "no_body": split.no_body,
                "metadata": split.metadata.to_dict(),
            }
            if split.no_body:
                flags += (NO_BODY,)
        elif self.command == "sentences":
            found = sentences(text, abbreviations=options.abbreviations)
            payload = {"sentences": [sentence_to_dict(s) for s in found]}
        else:
            found_paras = paragraphs(text, unwrap=options.unwrap)
            payload = {"paragraphs": [paragraph_to_dict(p) for p in found_paras]}
        return (payload if self.fields is None else project(payload, self.fields)), flags


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
