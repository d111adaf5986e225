"""The typography rules as one table: id, function, trigger characters, profiles.

:func:`~feuillet.normalize` and :func:`~feuillet.normalize_and_explain` both take their
steps from :data:`STEPS`, in table order, so the two can never run different rules. A
step's *triggers* are the characters without which its function changes nothing (an empty
string: it may always change something); ``normalize`` skips a step whose triggers are all
absent, and a property test checks that the triggers cover what each function acts on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..errors import MissingDependencyError
from . import rules
from .profile import Profile

__all__ = ["STEPS", "Step", "steps_for"]

Stage = Literal["before", "main", "after"]
Condition = tuple[tuple[str, tuple[object, ...]], ...]


def _on(**fields: object) -> Condition:
    """The profile fields (and their accepted values) that switch a step on."""
    return tuple(
        (name, value if isinstance(value, tuple) else (value,)) for name, value in fields.items()
    )


@dataclass(frozen=True)
class Step:
    """One rule of the policy: its id, its function, its trigger characters and profiles.

    ``stage`` says when it runs: ``"before"`` protected spans are set aside, on the
    protected text (``"main"``), or ``"after"`` the spans are put back.

    >>> step = next(s for s in STEPS if s.rule == "T14")
    >>> step.apply("Bon..."), step.may_change("Bon")
    ('Bon…', False)
    """

    rule: str
    apply: Callable[[str], str]
    triggers: str
    stage: Stage
    when: Condition

    def may_change(self, text: str) -> bool:
        """False when *text* holds none of the trigger characters (the step is a no-op)."""
        return not self.triggers or any(char in text for char in self.triggers)

    def applies_to(self, profile: Profile) -> bool:
        """Whether *profile* switches this step on."""
        return all(getattr(profile, name) in values for name, values in self.when)


def _transliterate(text: str) -> str:
    """§5: unidecode, imported only now (it is GPL and optional)."""
    try:
        from unidecode import unidecode
    except ImportError as error:
        raise MissingDependencyError(
            "the ascii profile needs unidecode: pip install 'feuillet[ascii]'"
        ) from error
    result: str = unidecode(text)
    return result


_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_ODD_SPACES = "\t\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000"
_PLAIN_SPACES = "\t\u00a0\u202f" + _ODD_SPACES[1:]
_TO_CURLY = "'\u02bc\u00b4`"
_TO_STRAIGHT = "\u2019\u2018\u201b\u02bc\u00b4`"
_NOT_FRENCH = ("plain", "keep")
# P2 also strips the no-break spaces at the ends of a line (P1 has turned the others).
_PLAIN_COLLAPSE = " \u00a0\u202f"

# fmt: off
#: Every step of every profile, in the order they run.
STEPS: tuple[Step, ...] = (
    # T2 runs before the spans are protected: an invisible character next to a backtick or
    # inside an address would otherwise decide what is protected on the first run only.
    Step("T2", rules.remove_invisible, _INVISIBLE, "before",
         _on(remove_invisible=True, spaces="french")),
    Step("P0", rules.remove_invisible, _INVISIBLE, "before",
         _on(remove_invisible=True, spaces=_NOT_FRENCH)),
    Step("T3", rules.odd_spaces, _ODD_SPACES, "main", _on(spaces="french")),
    Step("T4", rules.collapse_spaces, "", "main", _on(spaces="french")),
    Step("T5", rules.strip_lines, "", "main", _on(spaces="french")),
    Step("P1", rules.plain_spaces, _PLAIN_SPACES, "main", _on(spaces="plain")),
    Step("P2", rules.plain_collapse, _PLAIN_COLLAPSE, "main", _on(spaces="plain")),
    Step("T12", rules.typographic_apostrophes, _TO_CURLY, "main", _on(apostrophes="typographic")),
    Step("P3", rules.straight_apostrophes, _TO_STRAIGHT, "main", _on(apostrophes="straight")),
    Step("T14", rules.ellipsis, ".", "main", _on(ellipsis="character")),
    # T15–T16 come before T6–T8, which put no-break spaces next to marks they must not undo.
    Step("T15", rules.spaced_hyphens, "-", "main", _on(dashes="en")),
    Step("T16", rules.leading_hyphens, "-", "main", _on(dashes="en")),
    Step("T9", rules.straight_quotes, '"', "main", _on(quotes="french")),
    Step("T10", rules.curly_quotes, "\u201c", "main", _on(quotes="french")),
    Step("T13", rules.elision_before_guillemet, "«", "main", _on(apostrophes="typographic")),
    Step("T8", rules.guillemet_spaces, "«»", "main", _on(quotes="french")),
    Step("A1", rules.ascii_guillemets, "«»", "main", _on(quotes="ascii")),
    Step("T6", rules.space_before_marks, ";!?", "main", _on(spaces="french")),
    Step("T7", rules.space_before_colon, ":", "main", _on(spaces="french")),
    Step("T18", rules.percent_currency, "%‰€$£", "main", _on(numbers="french")),
    Step("T19", rules.unit_spaces, " \u202f", "main", _on(units=True)),
    Step("T20", rules.hours, "h", "main", _on(units=True)),
    Step("T21", rules.digit_groups, " \u00a0", "main", _on(numbers="french")),
    Step("A2", _transliterate, "", "after", _on(transliterate=True)),
    Step("P1", rules.plain_spaces, _PLAIN_SPACES, "after", _on(transliterate=True)),
    Step("P2", rules.plain_collapse, _PLAIN_COLLAPSE, "after", _on(transliterate=True)),
    Step("P3", rules.straight_apostrophes, _TO_STRAIGHT, "after", _on(transliterate=True)),
)
# fmt: on


@lru_cache(maxsize=64)
def steps_for(profile: Profile) -> tuple[tuple[Step, ...], tuple[Step, ...], tuple[Step, ...]]:
    """The steps *profile* switches on, by stage: before protection, protected, after.

    >>> [step.rule for step in steps_for(Profile.plain())[1]]
    ['P1', 'P2', 'P3']
    """
    chosen = [step for step in STEPS if step.applies_to(profile)]
    return (
        tuple(step for step in chosen if step.stage == "before"),
        tuple(step for step in chosen if step.stage == "main"),
        tuple(step for step in chosen if step.stage == "after"),
    )
