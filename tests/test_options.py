"""CleanOptions: one validated, picklable options object for every entry point."""

from __future__ import annotations

import pickle

import pytest

import feuillet
from feuillet import CleanOptions, ConfigurationError, FeuilletError, InputTypeError, Rules
from feuillet.options import resolve_options


def test_defaults_are_those_of_clean() -> None:
    options = CleanOptions()
    assert (options.profile, options.boilerplate, options.inline, options.rules) == (
        "typographic",
        True,
        True,
        None,
    )
    assert options.zones == ("header", "footer", "inline")
    assert (options.abbreviations, options.unwrap) == (None, False)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"profile": "fancy"}, ConfigurationError, "plain"),
        ({"profile": 3}, InputTypeError, "profile must be str or Profile, not int"),
        ({"boilerplate": "no"}, InputTypeError, "boilerplate must be bool, not str"),
        ({"unwrap": 1}, InputTypeError, "unwrap must be bool, not int"),
        ({"rules": {"rules": []}}, InputTypeError, "dict"),
        ({"zones": ("top",)}, ConfigurationError, "valid zones: header, footer, inline"),
        ({"zones": 3}, InputTypeError, "zones"),
        ({"abbreviations": "Pr."}, InputTypeError, "iterable of str, not str"),
        ({"abbreviations": ["Pr.", 3]}, InputTypeError, "each abbreviation must be str"),
    ],
)
def test_invalid_options_fail_when_made(kwargs: dict, error: type, match: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(error, match=match):
        CleanOptions(**kwargs)
    with pytest.raises(FeuilletError):  # one except clause catches them all
        CleanOptions(**kwargs)


def test_sequences_become_tuples_and_a_single_zone_is_accepted() -> None:
    options = CleanOptions(zones="footer", abbreviations=iter(["Pr.", "Dr"]))  # type: ignore[arg-type]
    assert options.zones == ("footer",)
    assert options.abbreviations == ("Pr.", "Dr")
    assert hash(options) == hash(CleanOptions(zones=["footer"], abbreviations=["Pr.", "Dr"]))  # type: ignore[arg-type]


def test_picklable_and_equal_after_the_trip() -> None:
    options = CleanOptions(profile="plain", rules=Rules.from_phrases(["Publicité"]), unwrap=True)
    assert pickle.loads(pickle.dumps(options)) == options


def test_frozen() -> None:
    with pytest.raises(AttributeError):
        CleanOptions().unwrap = True  # type: ignore[misc]


def test_replace_validates_and_names_unknown_options() -> None:
    assert CleanOptions().replace(inline=False).inline is False
    with pytest.raises(ConfigurationError, match="unknown option 'inlines'; valid options: pro"):
        CleanOptions().replace(inlines=False)
    with pytest.raises(ConfigurationError, match="plain"):
        CleanOptions().replace(profile="fancy")


def test_resolve_options() -> None:
    base = CleanOptions(profile="plain")
    assert resolve_options(None, {}) == CleanOptions()
    assert resolve_options(base, {}) is base
    assert resolve_options(base, {"unwrap": True}) == CleanOptions(profile="plain", unwrap=True)
    with pytest.raises(InputTypeError, match=r"options must be feuillet\.CleanOptions"):
        resolve_options({"profile": "plain"}, {})  # type: ignore[arg-type]


def test_from_mapping_reads_a_rules_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rules.json"
    Rules.from_phrases(["Le coin des lecteurs"]).to_file(path)
    options = CleanOptions.from_mapping({"rules": str(path), "zones": ["footer"], "unwrap": None})
    assert isinstance(options.rules, Rules)
    assert options.zones == ("footer",)
    assert options.unwrap is False


def test_clean_takes_options_and_keyword_overrides(examples) -> None:  # type: ignore[no-untyped-def]
    text = (examples / "greve-sncf.txt").read_text(encoding="utf-8")
    options = CleanOptions(inline=False)
    assert "Publicité" in feuillet.clean(text, options).body
    assert "Publicité" not in feuillet.clean(text, options, inline=True).body
    # the keywords of before CleanOptions still work
    assert feuillet.clean(text, inline=False) == feuillet.clean(text, options)


def test_clean_gains_zones_abbreviations_and_unwrap() -> None:
    text = "Par Claire Morel\nLe trafic est perturbé jusqu'à mardi sur la ligne.\nAvec AFP"
    assert [r.zone for r in feuillet.clean(text, zones=("footer",)).removed] == ["footer"]
    said = "Le Xyz. Durand arrive. Il parle."
    assert feuillet.clean(said).sentences[0].text == "Le Xyz."
    known = feuillet.clean(said, abbreviations=["Xyz."])
    assert known.sentences[0].text == "Le Xyz. Durand arrive."
    wrapped = "Une ligne coupée\nen deux morceaux."
    assert len(feuillet.clean(wrapped, boilerplate=False).paragraphs) == 2
    assert len(feuillet.clean(wrapped, boilerplate=False, unwrap=True).paragraphs) == 1
