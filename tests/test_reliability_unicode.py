"""Issue #12, item 3: results do not depend on the Unicode normalization of the input.

Decomposed text (NFD: "e" + U+0301, as macOS file names and some CMS exports give it)
must split, match and learn exactly as composed text (NFC) does, while the removed lines
and the body stay the original text.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feuillet import Rules, learn_boilerplate, split_boilerplate
from feuillet.boilerplate.text import ccnet_key, fold


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def decisions(text: str) -> tuple[object, ...]:
    split = split_boilerplate(text)
    return split.kept, tuple((r.line, r.zone, r.rule) for r in split.removed)


BOILERPLATE = [
    "Publicité",
    "Écouter cet article",
    "Publié le 12 mars 2026 à 10h42",
    "Mis à jour le 13 mars 2026 à 08h00",
    "À lire aussi : la grève se durcit",
    "Réagir",
    "© Le Progrès – Tous droits réservés",
    "Abonnez-vous à notre newsletter",
    "Par Hélène Dupré",
    "Crédit photo : Reuters",
]
PROSE = [
    "Le préfet a annoncé mercredi une réunion avec les élus de la région pour évoquer la crise.",
    "Les écoles resteront fermées jusqu’à lundi, a précisé la rectrice lors d’une conférence.",
    "Selon la préfecture, près de trois mille foyers étaient privés d’électricité à l’aube.",
    "Élue en 2020, la maire a répété qu’elle ne céderait pas à la pression des promoteurs.",
]


def test_the_issue_examples() -> None:
    text = "\n".join(["Écouter cet article", "Publicité", *PROSE, "Publié le 3 mai 2026"])
    assert decisions(nfd(text)) == decisions(nfc(text))
    assert [r.text for r in split_boilerplate(nfd(text)).removed] == [
        nfd("Écouter cet article"),
        nfd("Publicité"),
        nfd("Publié le 3 mai 2026"),
    ]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(BOILERPLATE + PROSE), min_size=2, max_size=12))
def test_split_is_independent_of_normalization(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert decisions(nfd(text)) == decisions(nfc(text))
    # Lossless: the body and the removed lines are the input's own characters.
    split = split_boilerplate(nfd(text))
    assert split.body == "\n".join(nfd(text).split("\n")[i] for i in split.kept)


@pytest.mark.slow
def test_dev_corpus_splits_alike_in_nfc_and_nfd(shared: Path) -> None:
    path = shared / "corpus" / "boilerplate-dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    differ = [i for i, text in enumerate(texts) if decisions(nfd(text)) != decisions(nfc(text))]
    assert differ == []


LETTERS_AND_MARKS = "aeiouyAEIOUncC \u0300\u0301\u0302\u0308\u0327"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(LETTERS_AND_MARKS), max_size=30))
def test_fold_and_key_are_independent_of_normalization(text: str) -> None:
    assert fold(nfd(text)) == fold(nfc(text))
    assert ccnet_key(nfd(text)) == ccnet_key(nfc(text))


def test_rule_matches_is_independent_of_normalization() -> None:
    for line in BOILERPLATE + PROSE:
        for rule in Rules.default():
            assert rule.matches(nfd(line)) == rule.matches(nfc(line)), (rule.id, line)


def test_learning_is_independent_of_normalization() -> None:
    texts = [f"{prose}\nSoutenez l’Écho des Vallées, abonnez-vous" for prose in PROSE * 2]
    composed = learn_boilerplate([nfc(t) for t in texts], base=Rules())
    decomposed = learn_boilerplate([nfd(t) for t in texts], base=Rules())
    assert composed == decomposed
    assert [r.pattern for r in composed] == ["soutenez l echo des vallees abonnez vous"]
