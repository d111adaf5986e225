"""The one schema of feuillet's results: JSON form, field selection, Arrow and HF types.

:meth:`feuillet.Article.to_dict`, the command line's JSON output and the pipeline
integrations all write these forms (schema version 2)::

    {
      "text": str,            # the normalized input, before boilerplate removal
      "body": str,            # the article body (kept lines, one paragraph per line)
      "paragraphs": [{"start": int, "end": int, "text": str, "kind": "paragraph" | "heading"}],
      "sentences":  [{"start": int, "end": int, "text": str}],
      "removed":    [{"line": int, "start": int, "end": int, "zone": str, "rule": str,
                      "text": str}],
      "french_score": float | null,  # share of French function words (0.0 to 1.0)
      "no_body": bool,               # the whole page was boilerplate
      "metadata": {...}              # authors, dates, agencies... (feuillet.metadata)
    }

``paragraphs`` and ``sentences`` spans are character offsets into ``body``
(``body[start:end] == text``); ``removed`` spans refer to ``text``.

Numbering rule: every number in this form is a 0-based index (``"line": 1`` is the
second line, ``text.split("\\n")[1]``), as in Python. Messages written for a person (the
command line's notes, the notebook view) say "line 2" for it: 1-based, like editors and
``grep -n``.

The steps of the command line write a subset of the keys (:data:`STEP_KEYS`). A record
that failed has ``{"error": "..."}`` instead.

Everything else here is generated from :data:`ARTICLE`, the description of the fields:
:func:`parse_fields` and :func:`project` (``--fields``), :func:`hf_features` (Hugging Face
``datasets``) and :func:`arrow_type` / :func:`arrow_schema` (Arrow, Parquet).

Each metadata value is ``{"value": ..., "line": int | null, "origin": "text" | "html" |
"text+html"}``, its ``line`` an index into ``text`` (see :class:`feuillet.metadata.Metadata`).

History: version 2 added ``french_score`` and ``no_body``; version 3 added ``metadata``;
the other keys are unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .errors import ConfigurationError, InputTypeError

if TYPE_CHECKING:
    from .boilerplate import Removed
    from .segment import Paragraph, Sentence

__all__ = [
    "ARTICLE",
    "ERROR_KEY",
    "SCHEMA_VERSION",
    "STEP_KEYS",
    "Fields",
    "arrow_schema",
    "arrow_type",
    "hf_features",
    "paragraph_to_dict",
    "parse_fields",
    "project",
    "removed_to_dict",
    "sentence_to_dict",
    "to_plain",
]

#: Version of the :meth:`Article.to_dict` schema; bumped on every change of its keys.
SCHEMA_VERSION = 3

# A field's type: a leaf type name (as Arrow and ``datasets.Value`` spell them), a dict of
# named fields (an object), or a one-item list (a list of that item).
Spec = Any

SENTENCE: dict[str, Spec] = {"start": "int64", "end": "int64", "text": "string"}
PARAGRAPH: dict[str, Spec] = {**SENTENCE, "kind": "string"}
REMOVED: dict[str, Spec] = {
    "line": "int64",
    "start": "int64",
    "end": "int64",
    "zone": "string",
    "rule": "string",
    "text": "string",
}
VALUE: dict[str, Spec] = {"value": "string", "line": "int64", "origin": "string"}
#: The fields of :class:`feuillet.metadata.Metadata`; a single value may be null.
METADATA: dict[str, Spec] = {
    "authors": [VALUE],
    "published": VALUE,
    "updated": VALUE,
    "agencies": [VALUE],
    "photo_credits": [VALUE],
    "source": VALUE,
    "tags": [VALUE],
    "reading_time": {**VALUE, "value": "int64"},
    "place": VALUE,
    "title": VALUE,
    "site_name": VALUE,
}
#: The fields of an article, in the order of the JSON form.
ARTICLE: dict[str, Spec] = {
    "text": "string",
    "body": "string",
    "paragraphs": [PARAGRAPH],
    "sentences": [SENTENCE],
    "removed": [REMOVED],
    "french_score": "float64",
    "no_body": "bool",
    "metadata": METADATA,
}
#: The keys each step writes (the command line's subcommands).
STEP_KEYS: dict[str, tuple[str, ...]] = {
    "clean": tuple(ARTICLE),
    "normalize": ("text",),
    "split": ("body", "removed", "no_body", "metadata"),
    "sentences": ("sentences",),
    "paragraphs": ("paragraphs",),
}
#: The key of a failed record's entry.
ERROR_KEY = "error"

#: A choice of fields: top-level key -> ``None`` (all of it) or the item fields kept.
Fields = dict[str, tuple[str, ...] | None]


# --- JSON form ------------------------------------------------------------------------------


def _converter(spec: Spec) -> Callable[[Any], Any]:
    """A function turning an object described by *spec* into plain JSON types."""
    if isinstance(spec, list):
        item = _converter(spec[0])
        return lambda values: [item(v) for v in values]
    if isinstance(spec, dict):
        parts = [(name, _converter(sub)) for name, sub in spec.items()]
        if all(isinstance(sub, str) for sub in spec.values()):  # the common, flat case
            names = tuple(spec)
            # An absent object (a metadata value without evidence) stays null.
            return lambda obj: None if obj is None else {name: getattr(obj, name) for name in names}
        return lambda obj: {name: convert(getattr(obj, name)) for name, convert in parts}
    return lambda value: value


_PARAGRAPH = _converter(PARAGRAPH)
_SENTENCE = _converter(SENTENCE)
_REMOVED = _converter(REMOVED)
_ARTICLE = _converter(ARTICLE)


def to_plain(obj: Any, fields: Fields | None = None) -> dict[str, Any]:
    """The JSON form of an article-like *obj* (attributes named as :data:`ARTICLE`'s keys).

    Only the *fields* chosen are read (see :func:`parse_fields`): a field left out costs
    nothing.

    >>> from feuillet import clean
    >>> to_plain(clean("Oui.", boilerplate=False), parse_fields("body,sentences.start"))
    {'body': 'Oui.', 'sentences': [{'start': 0}]}
    """
    if fields is None:
        return _ARTICLE(obj)  # type: ignore[no-any-return]
    convert = _converter(_project_spec(ARTICLE, fields))
    return convert(obj)  # type: ignore[no-any-return]


def paragraph_to_dict(p: Paragraph) -> dict[str, Any]:
    """The JSON form of a paragraph.

    >>> from feuillet import Paragraph
    >>> paragraph_to_dict(Paragraph(0, 4, "Oui.", "paragraph"))
    {'start': 0, 'end': 4, 'text': 'Oui.', 'kind': 'paragraph'}
    """
    return _PARAGRAPH(p)  # type: ignore[no-any-return]


def sentence_to_dict(s: Sentence) -> dict[str, Any]:
    """The JSON form of a sentence.

    >>> from feuillet import Sentence
    >>> sentence_to_dict(Sentence(0, 4, "Oui."))
    {'start': 0, 'end': 4, 'text': 'Oui.'}
    """
    return _SENTENCE(s)  # type: ignore[no-any-return]


def removed_to_dict(removed: Removed) -> dict[str, Any]:
    """The JSON form of a removed line.

    >>> from feuillet import Removed
    >>> removed_to_dict(Removed(2, "Avec AFP", 16, 24, "footer", "agency.with"))["line"]
    2
    """
    return _REMOVED(removed)  # type: ignore[no-any-return]


# --- Choosing fields ------------------------------------------------------------------------


def parse_fields(spec: str | Iterable[str], step: str = "clean") -> Fields:
    """Parse a choice of fields such as ``"body,sentences.start,sentences.end"``.

    A top-level key keeps all of it; ``key.item`` keeps only some fields of each item of
    a list (spans without their text, for example). The keys must be those *step* writes.

    >>> parse_fields("body,sentences.start,sentences.end")
    {'body': None, 'sentences': ('start', 'end')}
    >>> parse_fields("body,words")
    Traceback (most recent call last):
    ...
    feuillet.errors.ConfigurationError: unknown field 'words'; valid fields: text, body, \
paragraphs, sentences, removed, french_score, no_body, metadata
    """
    names = [n.strip() for n in spec.split(",")] if isinstance(spec, str) else list(spec)
    if step not in STEP_KEYS:
        raise ConfigurationError(f"unknown step {step!r}; valid steps: {', '.join(STEP_KEYS)}")
    valid = STEP_KEYS[step]
    fields: Fields = {}
    for name in names:
        if not isinstance(name, str):
            raise InputTypeError(f"each field must be str, not {type(name).__name__}")
        if not name:
            raise ConfigurationError("empty field name (write them separated by commas)")
        key, _, item = name.partition(".")
        if key not in valid:
            raise ConfigurationError(f"unknown field {key!r}; valid fields: {', '.join(valid)}")
        spec_of_key = ARTICLE[key]
        if not item:
            fields[key] = None
            continue
        if not isinstance(spec_of_key, list) or item not in spec_of_key[0]:
            inner = ", ".join(spec_of_key[0]) if isinstance(spec_of_key, list) else "none"
            raise ConfigurationError(f"unknown field {name!r}; fields of {key}: {inner}")
        if key in fields and fields[key] is None:
            continue  # the whole key was asked for already
        kept = fields.get(key) or ()
        if item not in kept:
            fields[key] = (*kept, item)
    ordered: Fields = {}
    for key in valid:  # keys and item fields in the schema's order
        if key in fields:
            items = fields[key]
            ordered[key] = (
                None if items is None else tuple(n for n in ARTICLE[key][0] if n in items)
            )
    return ordered


def project(payload: Mapping[str, Any], fields: Fields) -> dict[str, Any]:
    """Keep only the chosen *fields* of a JSON form (an error entry is kept whole).

    >>> project({"body": "Oui.", "text": "Oui."}, {"body": None})
    {'body': 'Oui.'}
    """
    if ERROR_KEY in payload:
        return dict(payload)
    out: dict[str, Any] = {}
    for key, items in fields.items():
        if key not in payload:
            continue
        value = payload[key]
        if items is not None:
            value = [{name: entry[name] for name in items} for entry in value]
        out[key] = value
    return out


def _project_spec(spec: dict[str, Spec], fields: Fields | None) -> dict[str, Spec]:
    if fields is None:
        return spec
    out: dict[str, Spec] = {}
    for key, sub in spec.items():  # in the schema's order, whatever the order of *fields*
        if key not in fields:
            continue
        items = fields[key]
        if items is not None:
            sub = [{name: kind for name, kind in sub[0].items() if name in items}]
        out[key] = sub
    return out


# --- Types for Arrow and Hugging Face datasets ---------------------------------------------


def hf_features(fields: Fields | None = None) -> Any:
    """The ``datasets`` feature of an article (or of the chosen *fields*) as a dict.

    Wrap it in ``datasets.Features({..., "feuillet": hf_features()})``.

    >>> hf_features({"sentences": ("start",)})
    {'sentences': [{'start': Value('int64')}]}
    """
    import datasets  # type: ignore[import-untyped,import-not-found,unused-ignore]

    def build(spec: Spec) -> Any:
        if isinstance(spec, list):
            return [build(spec[0])]
        if isinstance(spec, dict):
            return {name: build(sub) for name, sub in spec.items()}
        return datasets.Value(spec)

    return build(_project_spec(ARTICLE, fields))


def arrow_type(fields: Fields | None = None) -> Any:
    """The Arrow struct type of an article (or of the chosen *fields*).

    >>> print(arrow_type({"sentences": None}))
    struct<sentences: list<item: struct<start: int64, end: int64, text: string>>>
    """
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    def build(spec: Spec) -> Any:
        if isinstance(spec, list):
            return pa.list_(build(spec[0]))
        if isinstance(spec, dict):
            return pa.struct([pa.field(name, build(sub)) for name, sub in spec.items()])
        return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64()}.get(
            spec, pa.bool_()
        )

    return build(_project_spec(ARTICLE, fields))


def arrow_schema(fields: Fields | None = None) -> Any:
    """The Arrow schema of a table with one column per field of an article.

    >>> arrow_schema({"body": None, "no_body": None}).names
    ['body', 'no_body']
    """
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    return pa.schema(list(arrow_type(fields)))
