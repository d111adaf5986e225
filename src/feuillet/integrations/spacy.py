"""spaCy pipeline component ``feuillet_sentences``: sentence starts from :func:`feuillet.sentences`.

Install the extra (``pip install 'feuillet[spacy]'``); the component is then found through the
``spacy_factories`` entry point, with no import needed::

    import spacy
    nlp = spacy.blank("fr")
    nlp.add_pipe("feuillet_sentences")
    doc = nlp("Il est arrivé à 9 h 30. M. Dupont parle.")
    [s.text for s in doc.sents]   # ['Il est arrivé à 9 h 30.', 'M. Dupont parle.']

The component sets ``token.is_sent_start`` on every token, so put it before any component
that reads sentences (or instead of ``senter`` / ``sentencizer``). It does not change the
text: normalize it with :func:`feuillet.normalize` before building the ``Doc`` if needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import MissingDependencyError
from ..segment import sentences

try:
    from spacy.language import Language  # type: ignore[import-not-found,unused-ignore]
except ImportError as error:  # pragma: no cover - exercised only without spaCy
    raise MissingDependencyError(
        "the spaCy integration needs spaCy: pip install 'feuillet[spacy]'"
    ) from error

if TYPE_CHECKING:
    from spacy.tokens import Doc  # type: ignore[import-not-found,unused-ignore]

__all__ = ["FeuilletSentences", "make_feuillet_sentences"]


class FeuilletSentences:
    """Set ``token.is_sent_start`` from the sentences :func:`feuillet.sentences` finds.

    A sentence that starts inside a token (the tokenizer did not split there) starts at that
    token; whitespace tokens never start a sentence.

    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> _ = nlp.add_pipe("feuillet_sentences")
    >>> [s.text for s in nlp("Il est arrivé à 9 h 30. M. Dupont parle.").sents]
    ['Il est arrivé à 9 h 30.', 'M. Dupont parle.']
    """

    def __init__(self, name: str = "feuillet_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Mark the sentence starts of *doc* and return it."""
        starts = [s.start for s in sentences(doc.text)]
        marked = _first_tokens(doc, starts)
        for token in doc:
            token.is_sent_start = token.i in marked or token.i == 0
        return doc


def _first_tokens(doc: Doc, starts: list[int]) -> set[int]:
    """Indices of the first non-space token ending after each sentence start (one pass)."""
    marked: set[int] = set()
    tokens = [t for t in doc if not t.is_space]
    position = 0
    for start in starts:  # sorted, like the tokens
        while position < len(tokens) and tokens[position].idx + len(tokens[position]) <= start:
            position += 1
        if position == len(tokens):
            break
        marked.add(tokens[position].i)
    return marked


@Language.factory("feuillet_sentences")  # type: ignore[untyped-decorator,unused-ignore]
def make_feuillet_sentences(nlp: Language, name: str) -> FeuilletSentences:
    """Create the ``feuillet_sentences`` component (``nlp.add_pipe("feuillet_sentences")``).

    >>> import spacy
    >>> make_feuillet_sentences(spacy.blank("fr"), "sents").name
    'sents'
    """
    return FeuilletSentences(name)
