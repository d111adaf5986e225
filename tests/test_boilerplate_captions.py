"""Captions that end with their credit, and a site's name above its menu (issue #13, fourth round).

Every line is invented.
"""

from __future__ import annotations

import pytest

from feuillet import split_boilerplate

TITLE = "Les digues de la Sorne seront rehaussées avant l'hiver"
PARAGRAPHS = [
    "Les travaux de rehaussement des digues de la Sorne commenceront en septembre, a "
    "annoncé mardi le syndicat de rivière, après les crues du printemps dernier.",
    "Le chantier coûtera 4 millions d'euros, financés pour moitié par la région, et "
    "doit protéger les trois cents maisons du quartier des Prés-Bas.",
    "Les riverains demandent que les travaux n'empiètent pas sur le chemin de halage, "
    "très fréquenté par les promeneurs le week-end.",
]


def _removed(lines: list[str]) -> dict[int, str]:
    return {r.line: r.rule for r in split_boilerplate("\n".join(lines)).removed}


@pytest.mark.parametrize(
    "caption",
    [
        "La digue des Prés-Bas, le 3 mars 2026. LUCIE FERRAND POUR « LE JOURNAL DE LA SORNE »",
        "La digue des Prés-Bas, le 3 mars 2026. LUCIE FERRAND / HANS LUCAS",
        "La digue des Prés-Bas a cédé sur vingt mètres. Photo Le Journal/Lucie Ferrand",
        "La digue des Prés-Bas, lundi matin. (Le Journal de la Sorne, Lucie Ferrand)",
        "La digue des Prés-Bas, lundi matin. (Lucie Ferrand/Pool/Sipa)",
    ],
)
def test_a_caption_ending_with_its_credit_goes_in_the_header_and_between_paragraphs(
    caption: str,
) -> None:
    assert 1 in _removed([TITLE, caption, *PARAGRAPHS])
    assert 2 in _removed([TITLE, PARAGRAPHS[0], caption, *PARAGRAPHS[1:]])


def test_a_paragraph_ending_with_a_quoted_name_in_parentheses_stays() -> None:
    paragraph = "Le syndicat a publié son rapport lundi. (Les chiffres sont ceux de la préfecture.)"
    assert _removed([TITLE, PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]]) == {}


def test_a_sites_name_and_rubrics_above_its_menu_are_header() -> None:
    lines = [
        "Le Journal de la Sorne",
        "Prés-Bas",
        "Accueil",
        "Actualités",
        "Sports",
        "Mon compte",
        TITLE,
        *PARAGRAPHS,
    ]
    removed = _removed(lines)
    assert set(removed) == {0, 1, 2, 3, 4, 5}


def test_a_short_headline_above_a_byline_and_a_date_stays() -> None:
    lines = ["Digues rehaussées", "Par Lucie Ferrand", "Publié le 3 mars 2026", TITLE, *PARAGRAPHS]
    assert 0 not in _removed(lines)
