"""feuillet — turn raw French news text into clean, structured text.

Three capabilities, usable alone or together:

* :func:`normalize` — French typography (quotes « », no-break spaces, apostrophes,
  ellipses, dashes, broken encodings) with the ``typographic``, ``plain`` and ``ascii``
  profiles;
* :func:`split_boilerplate` — the article body told apart from header, footer and
  inline boilerplate, every removed line returned with the rule that removed it;
* :func:`paragraphs` and :func:`sentences` — segmentation with exact character spans;

and :func:`clean`, which runs all three.
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from .boilerplate import Removed, Rule, Rules, Split, learn_boilerplate, split_boilerplate
from .errors import (
    ConfigurationError,
    FeuilletError,
    InputError,
    MissingDependencyError,
    RulesError,
)
from .pipeline import Article, clean, clean_many
from .segment import Paragraph, Sentence, iter_paragraphs, iter_sentences, paragraphs, sentences
from .typography import Change, Profile, normalize, normalize_and_explain

try:
    __version__ = version("feuillet")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "Article",
    "Change",
    "ConfigurationError",
    "FeuilletError",
    "InputError",
    "MissingDependencyError",
    "Paragraph",
    "Profile",
    "Removed",
    "Rule",
    "Rules",
    "RulesError",
    "Sentence",
    "Split",
    "__version__",
    "clean",
    "clean_many",
    "iter_paragraphs",
    "iter_sentences",
    "learn_boilerplate",
    "normalize",
    "normalize_and_explain",
    "paragraphs",
    "sentences",
    "split_boilerplate",
]
