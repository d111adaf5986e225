"""The enum-like values of feuillet's results and options, as ``Literal`` types.

They are plain strings at run time (JSON-friendly); the aliases let type checkers catch a
misspelt zone or kind. The tuples list the valid values for run-time checks and messages.

>>> from typing import get_args
>>> get_args(Zone) == ZONES
True
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "KINDS",
    "ON_ERROR",
    "STEPS",
    "STRENGTHS",
    "ZONES",
    "OnError",
    "ParagraphKind",
    "Step",
    "Strength",
    "Zone",
]

#: ``Paragraph.kind``.
ParagraphKind = Literal["paragraph", "heading"]
#: ``Removed.zone`` and the ``zones`` option.
Zone = Literal["header", "footer", "inline"]
#: ``Rule.strength``.
Strength = Literal["strong", "weak", "keep"]
#: What the Python entry points do with a record that fails.
OnError = Literal["raise", "record"]
#: The steps of the pipeline, named as the command line's subcommands.
Step = Literal["clean", "normalize", "split", "sentences", "paragraphs"]

KINDS: tuple[ParagraphKind, ...] = get_args(ParagraphKind)
ZONES: tuple[Zone, ...] = get_args(Zone)
STRENGTHS: tuple[Strength, ...] = get_args(Strength)
ON_ERROR: tuple[OnError, ...] = get_args(OnError)
STEPS: tuple[Step, ...] = get_args(Step)
