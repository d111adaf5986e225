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
        # A sentence ending on the agency it was said to: its attribution, not a credit.
        "Le chantier doit encore être validé par le Grand Conseil au printemps prochain, "
        "a déclaré son porte-parole à Keystone-ATS.",
        "Le débat reprendra l'an prochain, a indiqué dimanche soir le syndicat à Belga.",
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


def test_an_arrow_led_subheading_between_paragraphs_stays() -> None:
    # Some outlets lead their subheadings with ">>": between paragraphs an arrow alone does
    # not make a link (below the body it counts as a title's shape).
    lines = [TITLE, P[0], P[1], ">> Les crues de la Sorne, trois fois en dix ans !", P[2]]
    assert removed(lines) == {}


QUOTE = (
    "« Nous ne laisserons pas la Sorne déborder une troisième fois sur le quartier », a "
    "promis le président du syndicat de rivière devant une centaine de riverains inquiets."
)


def test_a_pull_quote_with_an_elision_is_inline() -> None:
    pull = "« Nous ne laisserons pas la Sorne (...) sur le quartier »"
    lines = [TITLE, P[0], QUOTE, pull, P[1], P[2]]
    assert removed(lines) == {3: "shape.pull-quote"}


def test_a_pull_quote_and_its_attribution_are_inline() -> None:
    pull = "« Nous ne laisserons pas la Sorne déborder une troisième fois sur le quartier »"
    lines = [TITLE, P[0], QUOTE, pull, "Marc Aubel, président du syndicat", P[1], P[2]]
    assert removed(lines) == {3: "shape.pull-quote", 4: "shape.pull-quote"}


def test_a_long_pull_quote_above_the_paragraph_it_repeats_is_inline() -> None:
    pull = "« Nous ne laisserons pas la Sorne déborder une troisième fois sur le quartier »"
    lines = [TITLE, P[0], P[1], pull, QUOTE, P[2]]
    assert removed(lines) == {3: "shape.pull-quote"}


def test_a_quoted_sentence_a_few_paragraphs_above_its_source_is_inline() -> None:
    # A whole statement closed inside its marks, set apart two paragraphs before the one
    # it repeats (b137, b174); a quoted question there may be the one a fact-check answers.
    pull = "« Nous ne laisserons pas la Sorne déborder une troisième fois sur le quartier. »"
    lines = [TITLE, P[0], pull, P[1], P[2], QUOTE]
    assert removed(lines) == {2: "shape.pull-quote"}
    question = "« La Sorne va-t-elle déborder une troisième fois sur le quartier ? »"
    source = QUOTE.replace(
        "Nous ne laisserons pas la Sorne déborder", "La Sorne va-t-elle déborder"
    )
    assert removed([TITLE, P[0], question, P[1], P[2], source]) == {}


def test_a_short_quoted_subheading_above_its_paragraph_stays() -> None:
    subheading = "« Nous ne laisserons pas la Sorne »"
    lines = [TITLE, P[0], P[1], subheading, QUOTE, P[2]]
    assert removed(lines) == {}


def test_a_subheading_below_a_pull_quote_is_no_speaker() -> None:
    # "Name, role" below a quote is its speaker; a subheading led by an article is not.
    pull = "« Nous ne laisserons pas la Sorne déborder une troisième fois sur le quartier »"
    subheading = "La Sorne, point faible du chantier"
    lines = [TITLE, P[0], QUOTE, pull, subheading, P[1], P[2]]
    assert removed(lines) == {3: "shape.pull-quote"}


@pytest.mark.parametrize(
    "after",
    [
        P[1],  # a quotation set as a subheading, with no name below it
        "— Marc Aubel (@marcaubel) 3 mars 2024",  # an embedded post's signature
    ],
)
def test_a_repeated_quotation_without_the_signs_of_a_pull_quote_stays(after: str) -> None:
    pull = "Nous ne laisserons pas la Sorne déborder une troisième fois sur le quartier"
    lines = [TITLE, P[0], QUOTE, pull, after, P[2]]
    assert 3 not in removed(lines)


def test_tags_and_a_recommended_list_below_the_body_go() -> None:
    tail = [
        "Sorne, Digues, Crues, Brévanne, Syndicat de rivière",
        "Lucie Ferrand",
        "La rédaction vous conseille",
        "Un marché couvert rouvre ses portes à Port-Clarin",
        "Le conseil municipal vote un nouveau plan de circulation",
    ]
    lines = [TITLE, *P, *tail]
    assert sorted(removed(lines)) == list(range(4, 4 + len(tail)))


def test_footnotes_under_a_notes_heading_stay_in_a_related_section() -> None:
    lines = [
        TITLE,
        *P,
        "Sur le même sujet",
        "Un marché couvert rouvre ses portes à Port-Clarin",
        "Notes",
        "1. Lucie Ferrand est hydrologue au laboratoire des rivières de Brévanne depuis 2012.",
    ]
    gone = removed(lines)
    assert 6 not in gone
    assert 7 not in gone


def test_related_titles_of_one_series_go_with_the_footer() -> None:
    tail = [
        "Crues de la Sorne : le syndicat de rivière vote le budget des digues",
        "Crues de la Sorne : les riverains des Prés-Bas saisissent le préfet",
        "Crues de la Sorne : trois fois en dix ans, le quartier sous les eaux",
    ]
    lines = [TITLE, *P, *tail]
    assert sorted(removed(lines)) == [4, 5, 6]


def test_subheadings_with_different_leads_stay() -> None:
    lines = [TITLE, P[0], "Le budget : 4 millions", P[1], "Le calendrier : septembre", P[2]]
    assert removed(lines) == {}


def test_a_long_comment_thread_above_a_comment_form_goes() -> None:
    comments = [
        f"Répondre Signaler un abus Lecteur{n} | le 0{n}/03/2024 à 1{n}:2{n} Les digues de la "
        "Sorne, enfin ! Les riverains des Prés-Bas attendaient ces travaux depuis longtemps."
        for n in range(1, 8)
    ]
    form = [
        "Donne ton avis ! Annuler",
        "La Gazette te demande ton nom et ton adresse pour publier ton commentaire sur la "
        "Sorne et les digues ; les riverains et les lecteurs du quartier des Prés-Bas liront "
        "ta réaction sous l'article, sans ton adresse, qui reste à la rédaction.",
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain "
        "commentaire.",
        "Envoyer",
    ]
    lines = [TITLE, *P, *comments, *form]
    assert sorted(removed(lines)) == list(range(4, len(lines)))


def test_a_bare_read_also_heading_opens_a_related_section() -> None:
    tail = [
        "Lire aussi",
        "Le marché couvert de Port-Clarin rouvre ses portes",
        'Lucie Ferrand : "Les riverains des digues de la Sorne ont raison"',
        "Le conseil municipal vote un nouveau plan de circulation",
    ]
    lines = [TITLE, *P, *tail]
    assert sorted(removed(lines)) == [4, 5, 6, 7]


def test_an_embedded_post_below_a_bare_read_also_stays() -> None:
    post = "Les digues de la Sorne, enfin ! Merci au syndicat de rivière pour ce chantier."
    lines = [
        TITLE,
        *P,
        "Lire aussi",
        post,
        "- Lucie Ferrand (@lferrand) March 3, 2024",
    ]
    gone = removed(lines)
    assert 5 not in gone
    assert 6 not in gone
