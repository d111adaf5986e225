"""feuillet — turn raw French news text into clean, structured text.

Three capabilities, usable alone or together:

* :func:`normalize` — French typography (quotes « », no-break spaces, apostrophes,
  ellipses, dashes, broken encodings) with the ``typographic``, ``plain`` and ``ascii``
  profiles;
* :func:`split_boilerplate` — the article body told apart from header, footer and
  inline boilerplate, every removed line returned with the rule that removed it;
* :func:`paragraphs` and :func:`sentences` — segmentation with exact character spans;

and :func:`clean`, which runs all three with the options of a :class:`CleanOptions`.
"""

from .boilerplate import Removed, Rule, Rules, Split, learn_boilerplate, split_boilerplate
from .errors import (
    ConfigurationError,
    FeuilletError,
    FeuilletWarning,
    InputError,
    InputTypeError,
    MarkupWarning,
    MissingDependencyError,
    NotFrenchWarning,
    RulesError,
)
from .html import clean_html
from .metadata import Metadata
from .options import CleanOptions
from .pipeline import Article, Failure, clean, clean_many
from .segment import Paragraph, Sentence, iter_paragraphs, iter_sentences, paragraphs, sentences
from .typography import Change, Profile, normalize, normalize_and_explain

# The one place the version is written: pyproject.toml reads it from here (hatch), so that
# `import feuillet` needs no importlib.metadata (45 ms at start-up). feuillet logs nothing.
__version__ = "0.2.0.dev0"

__all__ = [
    "Article",
    "Change",
    "CleanOptions",
    "ConfigurationError",
    "Failure",
    "FeuilletError",
    "FeuilletWarning",
    "InputError",
    "InputTypeError",
    "MarkupWarning",
    "Metadata",
    "MissingDependencyError",
    "NotFrenchWarning",
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
    "clean_html",
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
