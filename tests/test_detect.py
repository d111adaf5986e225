"""Warnings about the input: HTML given as text, text that is not French. Nothing is refused."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import feuillet
from feuillet import MarkupWarning, NotFrenchWarning
from feuillet._detect import french_score, looks_like_markup, looks_not_french

ENGLISH = (
    "Breaking: Storm hits the coast as thousands are left without power in the region, "
    "officials said on Monday. The weather service warned of more rain to come and asked "
    "residents to stay at home until the wind drops."
)
HTML = (
    "<!DOCTYPE html>\n<html>\n<head><title>Grève</title></head>\n<body>\n"
    '<div class="article">\n<p>Le trafic est très perturbé ce matin sur les lignes.</p>\n'
    "<p>La direction annonce un retour à la normale mardi.</p>\n</div>\n</body>\n</html>"
)


def test_french_score_on_french_and_english(examples: Path) -> None:
    french = (examples / "greve-sncf.txt").read_text(encoding="utf-8")
    assert french_score(french) > 0.3
    assert french_score(ENGLISH) < 0.1
    assert not looks_not_french(french)
    assert looks_not_french(ENGLISH)
    assert not looks_not_french("Breaking news.")  # too few words to tell


def test_english_text_warns_and_is_still_cleaned() -> None:
    with pytest.warns(NotFrenchWarning, match="does not look French"):
        article = feuillet.clean(ENGLISH)
    assert article.french_score is not None
    assert article.french_score < 0.1
    assert article.sentences  # cleaned all the same
    assert article.to_dict()["french_score"] == article.french_score


def test_french_text_gives_no_warning(examples: Path) -> None:
    text = (examples / "greve-sncf.txt").read_text(encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", feuillet.FeuilletWarning)
        article = feuillet.clean(text)
    assert article.french_score is not None
    assert article.french_score > 0.3


def test_html_warns_and_points_to_extraction() -> None:
    assert looks_like_markup(HTML)
    with pytest.warns(MarkupWarning, match="trafilatura"):
        feuillet.clean(HTML)


def test_minified_html_on_one_line() -> None:
    page = "".join(f'<div class="c{i}"><span>Texte {i}</span></div>' for i in range(20))
    assert looks_like_markup(page)


@pytest.mark.parametrize(
    "text",
    [
        "Le prix est <b>bas</b> : 3 < 4 et 5 > 2.",
        "Il écrit <3 à sa mère.\nLa suite du texte est normale.",
        "",
    ],
)
def test_a_few_tags_in_prose_are_not_markup(text: str) -> None:
    assert not looks_like_markup(text)


def test_clean_many_warns_in_the_caller() -> None:
    with pytest.warns(NotFrenchWarning):
        list(feuillet.clean_many([ENGLISH], workers=1))


def test_one_filter_silences_every_feuillet_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.simplefilter("ignore", feuillet.FeuilletWarning)
        feuillet.clean(HTML)
        feuillet.clean(ENGLISH)
