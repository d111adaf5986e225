"""Typography: golden cases, the real article, profiles, options, explanations, errors."""

from __future__ import annotations

import dataclasses
import json
import pickle
import sys
from pathlib import Path

import pytest

import feuillet
from feuillet import (
    Change,
    ConfigurationError,
    MissingDependencyError,
    Profile,
    normalize,
    normalize_and_explain,
)
from feuillet.typography import ASCII, PLAIN, TYPOGRAPHIC

NB = "\u00a0"
NN = "\u202f"
PROFILES = ("typographic", "plain", "ascii")
# typography.json: the cases of rules T0–T26 and P0–P4; typography-v2.json: those of §7.
CASES = [
    case
    for name in ("typography.json", "typography-v2.json")
    for case in json.loads((Path(__file__).parent / "cases" / name).read_text("utf-8"))
]
RULES = {f"T{n}" for n in range(50)} | {f"P{n}" for n in range(5)} | {"ascii"}


def _case_id(case: dict[str, str]) -> str:
    return f"{case['rule']}-{case['note']}"


def test_golden_cases_cover_every_rule() -> None:
    assert {case["rule"] for case in CASES} == RULES


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_golden_case(case: dict[str, str], profile: str) -> None:
    assert normalize(case["input"], profile) == case[profile]


@pytest.mark.slow
@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_golden_case_explained_and_idempotent(case: dict[str, str], profile: str) -> None:
    out, changes = normalize_and_explain(case["input"], profile)
    assert out == case[profile]
    assert normalize(out, profile) == out
    lines = out.split("\n")
    for change in changes:
        assert isinstance(change, Change)
        assert 0 <= change.line < len(lines)


# --- the real article of ../shared/examples -------------------------------------------------


@pytest.fixture(scope="module")
def epoch_times(shared: Path) -> str:
    return (shared / "examples" / "epoch-times-fr-2024.txt").read_text("utf-8")


def test_epoch_times_typographic(epoch_times: str) -> None:
    out = normalize(epoch_times)
    assert out.count("\n") == epoch_times.count("\n")
    assert f"remporté 87{NB}% des voix" in out
    assert f"qualifié la résolution d’«{NB}incomplète et déséquilibrée{NB}»." in out
    assert f"vous tenir informés{NN}?" in out
    assert f"Partenariat «{NB}sans limites{NB}»" in out
    assert f"«{NB}La sécurité d’une région" in out
    assert f"«{NB}garanties de sécurité fiables et à long terme{NB}» «{NB}qui excluraient" in out
    assert "droits de l’homme en Chine. C’est pourquoi" in out
    # No guillemet without its no-break space, no straight apostrophe left between letters.
    assert "« " not in out
    assert " »" not in out
    assert "l'homme" not in out


def test_epoch_times_plain_and_ascii(epoch_times: str) -> None:
    plain = normalize(epoch_times, "plain")
    assert "remporté 87 % des voix" in plain
    assert "d' « incomplète et déséquilibrée »" in plain
    assert "informés ?" in plain
    assert NB not in plain
    assert "’" not in plain
    ascii_ = normalize(epoch_times, "ascii")
    assert ascii_.isascii()
    assert "remporte 87 % des voix" in ascii_
    assert 'd\' "incomplete et desequilibree".' in ascii_


# --- profiles and options -------------------------------------------------------------------


def test_presets_and_constants() -> None:
    assert Profile.typographic() == TYPOGRAPHIC == Profile()
    assert Profile.plain() == PLAIN
    assert Profile.ascii() == ASCII
    assert Profile.from_name("plain") == PLAIN
    assert ASCII.transliterate is True
    assert PLAIN.transliterate is False
    assert PLAIN.spaces == "plain"
    assert TYPOGRAPHIC.quotes == "french"


def test_profile_is_frozen_hashable_picklable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        TYPOGRAPHIC.spaces = "plain"  # type: ignore[misc]
    assert len({TYPOGRAPHIC, Profile(), PLAIN, ASCII}) == 3
    for profile in (TYPOGRAPHIC, PLAIN, ASCII):
        assert pickle.loads(pickle.dumps(profile)) == profile


def test_profile_object_and_name_give_the_same_output() -> None:
    text = 'Il a dit "non"... 87 %'
    assert normalize(text, TYPOGRAPHIC) == normalize(text, "typographic") == normalize(text)
    assert normalize(text, PLAIN) == normalize(text, "plain")


def test_overrides() -> None:
    text = 'Il a dit "non" - vraiment? 87 % et 12 km...'
    assert normalize(text, quotes="keep") == (
        f'Il a dit "non" – vraiment{NN}? 87{NB}% et 12{NB}km…'
    )
    assert normalize(text, dashes="keep", ellipsis="keep", units=False, numbers="keep") == (
        f"Il a dit «{NB}non{NB}» - vraiment{NN}? 87 % et 12 km..."
    )
    assert (
        normalize(text, "plain", quotes="french")
        == f"Il a dit «{NB}non{NB}» - vraiment? 87 % et 12 km..."
    )
    custom = dataclasses.replace(TYPOGRAPHIC, spaces="keep")
    assert normalize("Vraiment?", custom) == "Vraiment?"
    assert normalize("Vraiment?", custom, spaces="french") == f"Vraiment{NN}?"


def test_no_repair_still_normalizes_line_breaks() -> None:
    assert normalize("Ã©tÃ©\r\nfin", repair_encoding=False) == "Ã©tÃ©\nfin"
    assert normalize("Ã©tÃ©\r\nfin") == "été\nfin"


def test_protect_spans_can_be_switched_off() -> None:
    assert normalize("Voir www.site.fr/a...b") == "Voir www.site.fr/a...b"
    assert normalize("Voir www.site.fr/a...b", protect_spans=False) == "Voir www.site.fr/a…b"


@pytest.mark.parametrize("name", ["Typographic", "french", "", "ASCII"])
def test_unknown_profile_name(name: str) -> None:
    with pytest.raises(ConfigurationError, match="valid profiles: ascii, plain, typographic"):
        normalize("x", name)
    with pytest.raises(ValueError, match="unknown profile"):
        Profile.from_name(name)


def test_unknown_option_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigurationError, match=r"unknown option 'quote'.*quotes.*transliterate"):
        normalize("x", quote="keep")
    with pytest.raises(ConfigurationError, match="unknown option"):
        normalize_and_explain("x", "plain", colour="red")


@pytest.mark.parametrize(
    ("option", "value"),
    [("spaces", "narrow"), ("quotes", "english"), ("units", "yes"), ("ellipsis", True)],
)
def test_invalid_option_value_lists_the_valid_ones(option: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=f"invalid value .* for option '{option}'"):
        normalize("x", **{option: value})
    with pytest.raises(ValueError, match="valid values"):
        Profile(**{option: value})  # type: ignore[arg-type]


def test_profile_of_wrong_type() -> None:
    with pytest.raises(TypeError, match="int"):
        normalize("x", 3)  # type: ignore[arg-type]


def test_ascii_without_unidecode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "unidecode", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'feuillet\[ascii\]'"):
        normalize("école", "ascii")
    with pytest.raises(ImportError):
        normalize_and_explain("école", ASCII)
    # The other profiles never need it.
    assert normalize("école", "plain") == "école"


def test_public_names() -> None:
    assert feuillet.normalize is normalize
    assert feuillet.Profile is Profile
    assert feuillet.Change is Change


# --- explanations ---------------------------------------------------------------------------


def test_explain_reports_each_rule_with_line_before_and_after() -> None:
    text = 'Premier paragraphe.\nIl a dit "non"... Vraiment?\nRien.'
    out, changes = normalize_and_explain(text)
    assert out == f"Premier paragraphe.\nIl a dit «{NB}non{NB}»… Vraiment{NN}?\nRien."
    assert changes == [
        Change("T14", 1, 'Il a dit "non"... Vraiment?', 'Il a dit "non"… Vraiment?'),
        Change("T9", 1, 'Il a dit "non"… Vraiment?', "Il a dit «non»… Vraiment?"),
        Change("T8", 1, "Il a dit «non»… Vraiment?", f"Il a dit «{NB}non{NB}»… Vraiment?"),
        Change(
            "T6", 1, f"Il a dit «{NB}non{NB}»… Vraiment?", f"Il a dit «{NB}non{NB}»… Vraiment{NN}?"
        ),
    ]


def test_explain_repair_and_line_breaks() -> None:
    out, changes = normalize_and_explain("Ã©tÃ©\r\nfin")
    assert out == "été\nfin"
    assert changes == [Change("T0", 0, "Ã©tÃ©", "été"), Change("T1", 0, "Ã©tÃ©\r\n", "été\n")]


def test_explain_shows_protected_spans_restored() -> None:
    out, changes = normalize_and_explain("Voir www.meteofrance.com?")
    assert out == f"Voir www.meteofrance.com{NN}?"
    assert changes == [Change("T6", 0, "Voir www.meteofrance.com?", out)]


def test_explain_plain_and_ascii_rule_ids() -> None:
    _, changes = normalize_and_explain("L’été\u00a0: « oui »", "plain")
    assert [change.rule for change in changes] == ["P1", "P3"]
    out, changes = normalize_and_explain("L’été : « oui »", "ascii")
    assert out == 'L\'ete : "oui"'
    assert [change.rule for change in changes] == ["P3", "A1", "A2"]


def test_explain_nothing_to_do() -> None:
    assert normalize_and_explain("Rien à changer.") == ("Rien à changer.", [])
    assert normalize_and_explain("") == ("", [])


def test_unit_data_file_holds_the_policy_list() -> None:
    from feuillet._data import read_data

    policy_t19 = (
        "km/h km² km m² m³ cm mm mg kg g t ha ml cl l L min ms h s °C °F kWh MWh GWh TWh "
        "kW MW GW W Mo Go To Md€ M€ m"
    )
    policy_t48 = (
        "µs µg µm µl mAh Ah Hz kHz MHz GHz dB Pa hPa kPa kV mV mA kVA Ω kΩ cm² cm³ mm² mm³ "
        "dm³ m2 m3 km2 rad rad/s CHF"
    )
    expected = policy_t19.split() + policy_t48.split()
    assert sorted(read_data("typography-units.txt")) == sorted(expected)
    assert "".join(read_data("typography-currencies.txt")) == "%‰€$£¥¢"


def test_honorific_and_elision_data_files_hold_the_policy_lists() -> None:
    from feuillet._data import read_data

    honorifics = [
        line.partition("->")[0].strip() for line in read_data("typography-honorifics.txt")
    ]
    policy = ["M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr"]
    assert honorifics == [*policy, "Mme.", "Mmes.", "Mlle.", "Mlles."]
    elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"]
    assert list(read_data("typography-elisions.txt")) == [*elisions, "quoiqu", "presqu", "quelqu"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une route de 12 km.", f"Une route de 12{NB}km."),
        ("Il fait -3 °C ; brrr", f"Il fait -3{NB}°C{NN}; brrr"),
        ("Il a 24h/24 et 24 h/24", f"Il a 24h/24 et 24{NB}h/24"),
        ("Le 2 mai, 3 Mo et 4 Go", f"Le 2 mai, 3{NB}Mo et 4{NB}Go"),
        ("Un budget de 3 Md€ et 12 M€", f"Un budget de 3{NB}Md€ et 12{NB}M€"),
        ("Il a 3 ans et 12 kilos", "Il a 3 ans et 12 kilos"),
    ],
)
def test_units(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '« le "; ',  # a straight quote glued to a mark that T6 then spaces
        '« le " .',  # a space T36 then takes away
        '»"a»"',  # a line-initial » that T31 then spaces
        '«"”"',  # a mark right after « (T8 then spaces it)
        "“»“””",  # curly quotes that do not pair: left alone, not half converted
        "a .;",  # a final point before a mark that T6 then spaces
    ],
)
def test_spacing_rules_do_not_change_a_second_run(text: str) -> None:
    # Found by the idempotence property: the quote rules judged a mark's neighbours before
    # the spacing rules ran, and a second run judged them after.
    once = normalize(text)
    assert normalize(once) == once
