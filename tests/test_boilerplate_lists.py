"""Lists of related titles between paragraphs (issue #13, fourth round).

Under a heading that announces several links ("Dans la même rubrique"), the titles go
on until the line before the next paragraph, which may be the article's own subheading;
a single "Lire aussi" link never runs on into the subheadings below it. Every line is
invented.
"""

from __future__ import annotations

from _pages import PORT, PORT_TITLE, removed_by_rule

TITLE = PORT_TITLE
PARAGRAPHS = PORT


def test_titles_under_a_list_heading_go_on_until_the_line_before_a_paragraph() -> None:
    box = [
        "Dans la même rubrique",
        "Économie. La Banque du Léman relève encore ses taux",
        "Société. Les urgences de Port-Clarin saturées cet hiver",
        "Les riverains du port réclament des capteurs",
    ]
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], *box, *PARAGRAPHS[2:]]
    removed = removed_by_rule(lines)
    assert {3, 4, 5} <= set(removed)
    # The line right before a paragraph may be the article's subheading: it stays.
    assert 6 not in removed
    assert not set(removed) & {0, 1, 2, 7, 8}


def test_one_read_also_link_does_not_run_into_two_subheadings() -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "LIRE AUSSI",
        ">> Les armateurs face à la fin des escales",
        "Le volet sanitaire",
        "Les fumées en question",
        *PARAGRAPHS[2:],
    ]
    removed = removed_by_rule(lines)
    assert {3, 4} <= set(removed)
    assert 5 not in removed
    assert 6 not in removed


def test_a_title_announcing_the_articles_list_stays_under_a_list_heading() -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Sur le même sujet",
        "Croisières : le port veut doubler ses escales",
        "Les trois mesures votées",
        "- une interdiction des navires de plus de cent mètres ;",
        "- des capteurs de fumées sur le quai ;",
        *PARAGRAPHS[2:],
    ]
    removed = removed_by_rule(lines)
    assert {3, 4} <= set(removed)
    assert not set(removed) & {5, 6, 7}


def test_links_with_their_teasers_under_a_bare_read_also_at_the_end_go() -> None:
    related = [
        "À lire aussi",
        "Croisières : les riverains du quai des Tanneurs réclament des capteurs",
        "Les habitants du quartier veulent mesurer eux-mêmes les fumées des navires.",
        "Port de commerce : les travaux de dragage commenceront en mars",
        "La métropole a voté un budget de 12 millions d'euros pour accueillir les navires.",
        "Mentions légales",
    ]
    lines = [TITLE, *PARAGRAPHS, *related]
    removed = removed_by_rule(lines)
    assert set(removed) == set(range(len(PARAGRAPHS) + 1, len(lines)))


def test_subheadings_with_one_sentence_paragraphs_after_a_bare_read_also_stay() -> None:
    ending = [
        "À lire aussi",
        "Des fumées mesurées",
        "Les capteurs installés sur le quai ont relevé des pics de particules en août.",
        "Un délai refusé",
        "Le conseil municipal a refusé le délai de trois ans demandé par les armateurs.",
    ]
    lines = [TITLE, *PARAGRAPHS, *ending]
    removed = removed_by_rule(lines)
    # The line right under "À lire aussi" may be the link's title; the rest is the article.
    assert not set(removed) & set(range(len(PARAGRAPHS) + 3, len(lines)))


def test_a_related_title_between_paragraphs_without_a_marker_goes() -> None:
    related = "Vendée : la commune de Brétignolles interdit les locations saisonnières"
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], related, *PARAGRAPHS[2:]]
    assert set(removed_by_rule(lines)) == {3}


def test_a_long_subheading_that_announces_its_paragraph_stays() -> None:
    subheading = "Les armateurs : un délai de trois ans pour adapter leurs itinéraires"
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], subheading, *PARAGRAPHS[2:]]
    assert removed_by_rule(lines) == {}


def test_a_related_title_and_its_one_sentence_teaser_between_paragraphs_go() -> None:
    pair = [
        "Vignobles : la vendange mécanique gagne les coteaux de la Sorne cette année",
        "Une machine remplace désormais trente cueilleurs sur les parcelles les plus plates.",
    ]
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], *pair, *PARAGRAPHS[2:]]
    assert removed_by_rule(lines) == {3: "recirc.unmarked", 4: "recirc.teaser"}


def test_a_short_subheading_and_a_sentence_addressed_to_the_reader_stay() -> None:
    subheading = ["Article 5 : les sanctions", "Les armateurs fautifs paieront une amende."]
    question = [
        "Vignobles : la vendange mécanique gagne les coteaux de la Sorne cette année",
        "Le prix du gazole est aussi au cœur de vos revendications.",
    ]
    for pair in (subheading, question):
        lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], *pair, *PARAGRAPHS[2:]]
        assert not set(removed_by_rule(lines)) & {3, 4}, pair


def test_teasers_written_as_sentences_under_a_related_heading_go() -> None:
    # Under "Découvrir nos autres essais", each teaser is one sentence on another subject
    # (b158): a list of links, though two such lines in a row look like paragraphs.
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Découvrir nos autres essais",
        "Nous avons roulé dans le nouveau break électrique de Norvik, qui promet 600 "
        "kilomètres d'autonomie sur autoroute.",
        "Le pick-up Hakari passe à l'hybride, mais garde ses capacités de remorquage.",
    ]
    removed = removed_by_rule(lines)
    assert set(removed) == set(range(len(PARAGRAPHS) + 1, len(lines)))
