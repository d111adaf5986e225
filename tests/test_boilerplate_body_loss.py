"""Ways body lines were lost (issue #13, item 4), each pinned by an invented text.

Every line here is invented; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from feuillet import split_boilerplate

TITLE = "Les digues de la Sorne seront rehaussées avant l'hiver"
P = [
    "Les travaux de rehaussement des digues de la Sorne commenceront en septembre, a "
    "annoncé mardi le syndicat de rivière, après les crues du printemps dernier.",
    "Le chantier coûtera 4 millions d'euros, financés pour moitié par la région, et "
    "doit protéger les trois cents maisons du quartier des Prés-Bas.",
    "Les riverains réclamaient ces travaux depuis dix ans, et leur association avait "
    "saisi le préfet l'an dernier pour accélérer le dossier.",
]


def removed(lines: list[str]) -> dict[int, str]:
    return {r.line: r.rule for r in split_boilerplate("\n".join(lines)).removed}


@pytest.mark.parametrize(
    "line",
    [
        "Trois habitants ont été évacués selon l'AFP.",
        "Chers collègues,",
        "les digues du quartier nord,",
        "Publiée par Association des riverains de la Sorne sur Mardi 3 mars 2024",
    ],
)
@pytest.mark.parametrize("where", ["between", "last"])
def test_a_body_line_that_looks_like_boilerplate_stays(line: str, where: str) -> None:
    lines = [TITLE, P[0], P[1], line, P[2]] if where == "between" else [TITLE, *P, line]
    assert line not in [lines[i] for i in removed(lines)]


def test_a_statement_ending_in_a_comma_keeps_its_signatories() -> None:
    lines = [
        TITLE,
        *P,
        "Nous demandons au préfet de suspendre le chantier et de réunir les riverains,",
        "Lucie Ferrand, présidente",
        "Marc Aubel, trésorier",
    ]
    assert removed(lines) == {}


def test_a_comments_link_in_a_share_bar_opens_no_section() -> None:
    lines = [TITLE, P[0], P[1], "Partager", "Commentaires (3)", "Facebook", P[2]]
    assert P[2] not in [lines[i] for i in removed(lines)]


def test_a_headline_repeated_in_a_related_list_stays() -> None:
    lines = [
        "Environnement",
        TITLE,
        *P,
        "Sur le même sujet",
        TITLE,
        "Un marché couvert rouvre ses portes à Port-Clarin",
    ]
    gone = removed(lines)
    assert 1 not in gone
    assert 0 in gone
    assert 6 in gone


def test_a_title_given_twice_above_the_body_goes_once() -> None:
    lines = ["Environnement", TITLE, TITLE, *P]
    gone = removed(lines)
    assert gone.get(1) == "shape.repeated"
    assert 2 not in gone


def test_related_titles_with_a_rubric_or_a_date_go_with_the_footer() -> None:
    tail = [
        "Économie. La coopérative de Brévanne relève encore ses prix",
        "santé • Un centre de dialyse ouvre à Port-Clarin 12/03/2024",
        "RubriqueÀ la une Société Sports Planète",
    ]
    lines = [TITLE, *P, *tail]
    assert sorted(removed(lines)) == list(range(4, 4 + len(tail)))


def test_an_arrow_led_link_between_paragraphs_is_inline() -> None:
    lines = [TITLE, P[0], P[1], "► Les crues de la Sorne en images", P[2]]
    assert removed(lines) == {3: "recirc.arrow"}
