"""spaCy component ``feuillet_sentences``: feuillet's sentences, paragraphs and boilerplate.

Install the extra (``pip install 'feuillet[spacy]'``); the component is then found through the
``spacy_factories`` entry point, with no import needed::

    import spacy
    nlp = spacy.blank("fr")
    nlp.add_pipe("feuillet_sentences", config={"boilerplate": True, "unwrap": False})
    doc = nlp("Il est arrivé à 9 h 30. M. Dupont parle.")
    [s.text for s in doc.sents]   # ['Il est arrivé à 9 h 30.', 'M. Dupont parle.']

The component runs :func:`feuillet.clean` on ``doc.text`` with the options of its config
(``boilerplate``, ``inline``, ``zones``, ``rules`` — a rules file path —, ``abbreviations``
and ``unwrap``; the typography profile does not apply: a component cannot change the text,
so normalize it with :func:`feuillet.normalize` before building the ``Doc`` if needed). It
sets ``token.is_sent_start`` on every token and fills, as span groups of ``doc.spans`` (saved
with the ``Doc``) and as ``Doc._`` extensions:

* ``feuillet_sentences``: the sentences, exactly the spans of :attr:`feuillet.Article.sentences`.
  ``doc.sents`` holds the same sentences, except that spaCy ends a sentence where the next
  begins: a line break token after a sentence belongs to it there, not in these spans;
* ``feuillet_paragraphs`` and ``feuillet_headings``: the paragraphs and the headings;
* ``feuillet_removed``: the boilerplate lines (with ``boilerplate: true``; the label is the
  zone, ``span.id_`` is not used), each keeping the rule in ``span.kb_id_``.

Spans cover whole tokens: a sentence ending inside a token ends with that token.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..boilerplate import Split
from ..errors import MissingDependencyError
from ..options import CleanOptions
from ..pipeline import segment_normalized

try:
    from spacy.language import Language  # type: ignore[import-not-found,unused-ignore]
    from spacy.tokens import Doc as _Doc  # type: ignore[import-not-found,unused-ignore]
except ImportError as error:  # pragma: no cover - exercised only without spaCy
    raise MissingDependencyError(
        "the spaCy integration needs spaCy: pip install 'feuillet[spacy]'"
    ) from error

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span  # type: ignore[import-not-found,unused-ignore]

__all__ = ["GROUPS", "FeuilletSentences", "make_feuillet_sentences"]

#: The span groups (and ``Doc._`` extensions) the component fills.
GROUPS = ("feuillet_sentences", "feuillet_paragraphs", "feuillet_headings", "feuillet_removed")


def _register_extensions() -> None:
    # Getters over doc.spans: the spans are saved with the Doc (DocBin, to_disk), which
    # extension values are not.
    for group in GROUPS:
        if not _Doc.has_extension(group):
            _Doc.set_extension(group, getter=_group_getter(group))


def _group_getter(group: str) -> Callable[[Doc], list[Span]]:
    return lambda doc: list(doc.spans[group]) if group in doc.spans else []


class FeuilletSentences:
    """Sentence starts, and span groups for sentences, paragraphs, headings, removed lines.

    A sentence that starts inside a token (the tokenizer did not split there) starts at that
    token; whitespace tokens never start a sentence.

    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> _ = nlp.add_pipe("feuillet_sentences")
    >>> doc = nlp("Il est arrivé à 9 h 30.\\nM. Dupont parle.")
    >>> [s.text for s in doc._.feuillet_sentences]
    ['Il est arrivé à 9 h 30.', 'M. Dupont parle.']
    >>> [s.text for s in doc.sents]
    ['Il est arrivé à 9 h 30.\\n', 'M. Dupont parle.']
    """

    def __init__(
        self, name: str = "feuillet_sentences", options: CleanOptions | None = None
    ) -> None:
        self.name = name
        self.options = options or CleanOptions(boilerplate=False)
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Mark the sentence starts of *doc*, fill its span groups and return it."""
        article, split = segment_normalized(doc.text, self.options)
        to_doc = _body_to_text(doc.text, split)

        def span(start: int, end: int, label: str = "") -> Span | None:
            begin, stop = to_doc(start), to_doc(end - 1) + 1 if end > start else to_doc(start)
            return doc.char_span(begin, stop, label=label, alignment_mode="expand")

        sents = [s for s in (span(x.start, x.end) for x in article.sentences) if s is not None]
        paras = [(p.kind, span(p.start, p.end, p.kind)) for p in article.paragraphs]
        doc.spans["feuillet_sentences"] = sents
        doc.spans["feuillet_paragraphs"] = [s for _, s in paras if s is not None]
        doc.spans["feuillet_headings"] = [s for k, s in paras if s is not None and k == "heading"]
        removed = []
        for line in article.removed:
            found = doc.char_span(line.start, line.end, label=line.zone, alignment_mode="expand")
            if found is not None:
                found.kb_id_ = line.rule
                removed.append(found)
        doc.spans["feuillet_removed"] = removed
        starts = {s.start for s in sents if not s[0].is_space}
        for token in doc:
            token.is_sent_start = token.i in starts or token.i == 0
        return doc


def _body_to_text(text: str, split: Split | None) -> Callable[[int], int]:
    """Map an offset in the body to one in *text*: the body is *text* minus removed lines."""
    if split is None or not split.kept:
        return lambda offset: offset
    line_starts = [0]
    for index, char in enumerate(text):
        if char == "\n":
            line_starts.append(index + 1)
    body_starts = []  # where each kept line starts in the body
    position = 0
    for kept in split.kept:
        body_starts.append(position)
        end = line_starts[kept + 1] - 1 if kept + 1 < len(line_starts) else len(text)
        position += end - line_starts[kept] + 1  # the line and its "\n"

    def to_text(offset: int) -> int:
        line = bisect_right(body_starts, offset) - 1
        return line_starts[split.kept[line]] + offset - body_starts[line]

    return to_text


@Language.factory(  # type: ignore[untyped-decorator,unused-ignore]
    "feuillet_sentences",
    default_config={
        "boilerplate": False,
        "inline": True,
        "zones": ["header", "footer", "inline"],
        "rules": None,
        "abbreviations": None,
        "unwrap": False,
    },
)
def make_feuillet_sentences(
    nlp: Language,
    name: str,
    boilerplate: bool = False,
    inline: bool = True,
    zones: Any = ("header", "footer", "inline"),
    rules: Any = None,
    abbreviations: Any = None,
    unwrap: bool = False,
) -> FeuilletSentences:
    """Create the ``feuillet_sentences`` component, its options read from the spaCy config.

    ``rules`` is the path of a rules file; ``abbreviations`` a list of strings; the others
    are the fields of :class:`~feuillet.CleanOptions`, checked when the pipeline is built.

    >>> import spacy
    >>> make_feuillet_sentences(spacy.blank("fr"), "sents", unwrap=True).options.unwrap
    True
    """
    options = CleanOptions.from_mapping(
        {
            "boilerplate": boilerplate,
            "inline": inline,
            "zones": tuple(zones),
            "rules": rules,
            "abbreviations": abbreviations,
            "unwrap": unwrap,
        }
    )
    return FeuilletSentences(name, options)
