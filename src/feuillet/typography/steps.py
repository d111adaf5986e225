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

from .._data import read_data
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

_QUOTE_MARKS = "\"«»“”'’"
_HONORIFIC_INITIALS = "".join(sorted({line[0] for line in read_data("typography-honorifics.txt")}))
_REPAIR_SPACES = ("french", "plain")


def _repairs_on(stage: Stage) -> Condition:
    # In the ascii profile, the second run (after unidecode) is its own; in the others the
    # repairs run once, on the protected text.
    if stage == "after":
        return _on(repairs=True, transliterate=True)
    return _on(repairs=True)


def _elision_repair(stage: Stage) -> tuple[Step, ...]:
    return (Step("T47", rules.loose_elision, "'’ʼ", stage, _repairs_on(stage)),)


def _word_repairs(stage: Stage) -> tuple[Step, ...]:
    return (
        Step("T41", rules.etc_and_ellipsis, ".…", stage, _repairs_on(stage)),
        Step("T42", rules.ordinals, "eèd", stage, _repairs_on(stage)),
    )


def _spacing_repairs(stage: Stage) -> tuple[Step, ...]:
    on = _repairs_on(stage) + _on(spaces=_REPAIR_SPACES)
    return (
        Step("T34", rules.join_marks, "!?,;", stage, on),
        Step("T36", rules.spaces_before_points, ",.", stage, on),
        Step("T37", rules.missing_spaces, ",.!?;…", stage, on),
    )


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
    # T47 before T12/P3: `C' est` glued becomes `C'est`, which T12 then curls.
    *_elision_repair("main"),
    Step("T12", rules.typographic_apostrophes, _TO_CURLY, "main", _on(apostrophes="typographic")),
    Step("P3", rules.straight_apostrophes, _TO_STRAIGHT, "main", _on(apostrophes="straight")),
    # T41 before T14, which would otherwise make `etc....` an `etc…` followed by nothing.
    *_word_repairs("main"),
    Step("T14", rules.ellipsis, ".", "main", _on(ellipsis="character")),
    # T15–T16 (and T45) come before T6–T8, which put no-break spaces next to marks they
    # must not undo.
    Step("T45", rules.double_hyphens, "-", "main", _on(dashes="en")),
    Step("T15", rules.spaced_hyphens, "-", "main", _on(dashes="en")),
    Step("T16", rules.leading_hyphens, "-", "main", _on(dashes="en")),
    Step("T46", rules.dialogue_dashes, "—–", "main", _on(dashes="en")),
    Step("T9", rules.straight_quotes, '"', "main", _on(quotes="french")),
    # T28 after T9: it only sees the paragraphs whose marks T9 could not all pair.
    Step("T28", rules.alternating_quotes, _QUOTE_MARKS, "main", _on(quotes="french")),
    Step("T10", rules.curly_quotes, "\u201c", "main", _on(quotes="french")),
    Step("T30", rules.nested_guillemets, "«", "main", _on(quotes="french")),
    Step("T13", rules.elision_before_guillemet, "«", "main", _on(apostrophes="typographic")),
    Step("T8", rules.guillemet_spaces, "«»", "main", _on(quotes="french")),
    Step("T31", rules.continued_quotation, "»", "main", _on(quotes="french")),
    Step("A1", rules.ascii_guillemets, "«»", "main", _on(quotes="ascii")),
    # T38 before T6, so that `( ? )` becomes `(?)`, which T6 leaves alone (T24).
    Step("T38", rules.bracket_spaces, "()[]", "main", _on(spaces="french")),
    # T34, T36, T37 before T6/T7: the marks they join or space then get their space.
    *_spacing_repairs("main"),
    Step("T6", rules.space_before_marks, ";!?", "main", _on(spaces="french")),
    Step("T7", rules.space_before_colon, ":", "main", _on(spaces="french")),
    Step("T33", rules.space_after_marks, "\u00a0\u202f", "main", _on(spaces="french")),
    Step("T39", rules.number_signs, "°º§¶", "main", _on(spaces="french")),
    Step("T40", rules.honorifics, _HONORIFIC_INITIALS, "main", _on(spaces="french")),
    Step("T43", rules.multiplication_sign, "xX", "main", _on(symbols=True)),
    Step("T44", rules.legal_signs, "(", "main", _on(symbols=True)),
    Step("T48", rules.degree_signs, "º", "main", _on(units=True)),
    Step("T18", rules.percent_currency, rules.currency_signs(), "main", _on(numbers="french")),
    Step("T19", rules.unit_spaces, " \u202f", "main", _on(units=True)),
    Step("T20", rules.hours, "h", "main", _on(units=True)),
    Step("T21", rules.digit_groups, " \u00a0", "main", _on(numbers="french")),
    Step("A2", _transliterate, "", "after", _on(transliterate=True)),
    Step("P1", rules.plain_spaces, _PLAIN_SPACES, "after", _on(transliterate=True)),
    Step("P2", rules.plain_collapse, _PLAIN_COLLAPSE, "after", _on(transliterate=True)),
    Step("P3", rules.straight_apostrophes, _TO_STRAIGHT, "after", _on(transliterate=True)),
    # unidecode can create what the repairs act on (`„` becomes `,,`, a CJK syllable ends
    # with a space before a comma): they run once more, as P1–P3 do.
    *_elision_repair("after"),
    *_word_repairs("after"),
    *_spacing_repairs("after"),
)
# fmt: on


@lru_cache(maxsize=64)
def steps_for(profile: Profile) -> tuple[tuple[Step, ...], tuple[Step, ...], tuple[Step, ...]]:
    """The steps *profile* switches on, by stage: before protection, protected, after.

    >>> [step.rule for step in steps_for(Profile.plain())[1]]
    ['P1', 'P2', 'T47', 'P3', 'T41', 'T42', 'T34', 'T36', 'T37']
    """
    chosen = [step for step in STEPS if step.applies_to(profile)]
    return (
        tuple(step for step in chosen if step.stage == "before"),
        tuple(step for step in chosen if step.stage == "main"),
        tuple(step for step in chosen if step.stage == "after"),
    )
