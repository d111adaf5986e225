"""Page furniture found on outlets the rules were not written for (issue #13, third round).

A discussion thread opened by its form's microcopy, link lists led by one arrow, dates
with unusual separators and the signature beside them, personalised-feed widgets and
share-bar buttons. Every line is invented; each case has a body that must stay.
"""

from __future__ import annotations

import pytest

from _pages import PORT, PORT_TITLE, SORNE, removed_by_rule
from feuillet import split_boilerplate

PARAGRAPHS = PORT[:3]


def _goes(zone: str, line: str) -> bool:
    """Whether *line*, set under the headline, between paragraphs or after the last one,
    is removed there."""
    if zone == "header":
        lines, index = [PORT_TITLE, line, *PARAGRAPHS], 1
    elif zone == "inline":
        lines, index = [PORT_TITLE, *PARAGRAPHS[:2], line, PARAGRAPHS[2]], 3
    else:
        lines, index = [*PARAGRAPHS, line], len(PARAGRAPHS)
    return index in removed_by_rule(lines)


def test_a_discussion_thread_goes_even_when_comments_reuse_the_articles_words() -> None:
    comments = [
        "Vous souhaitez suivre ce fil de discussion ?",
        "Souhaitez-vous recevoir une notification lors de la réponse à votre commentaire ?",
        "Les bateaux de croisière polluent moins que les camions du port, il faudrait le "
        "dire aussi au conseil municipal.",
        "Gribouille34 Entièrement d'accord, les riverains du quartier attendaient cette "
        "décision depuis des années.",
        "Signaler un abus",
    ]
    lines = ["Le quai des Tanneurs fermé aux bateaux de croisière", *PARAGRAPHS, *comments]
    removed = removed_by_rule(lines)
    assert set(removed) == set(range(4, len(lines)))
    assert removed[4] == "comments.thread"


def test_the_thread_heading_is_a_whole_line_not_a_sentence_about_comments() -> None:
    lines = [
        "Le quai des Tanneurs fermé aux bateaux de croisière",
        *PARAGRAPHS,
        "Les commentaires des lecteurs ont afflué après la publication du rapport, a "
        "reconnu la mairie, qui promet une réunion publique en mai.",
    ]
    assert removed_by_rule(lines) == {}


def test_links_led_by_the_same_arrow_form_one_list() -> None:
    lines = [
        "Le quai des Tanneurs fermé aux bateaux de croisière",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        ">> Lire aussi : Les fumées des navires mesurées pendant un an",
        ">> Faut-il interdire les paquebots dans les ports ?",
        PARAGRAPHS[2],
    ]
    removed = removed_by_rule(lines)
    assert set(removed) == {3, 4}
    assert removed[4] == "recirc.title"


def test_a_subheading_after_a_link_stays_body() -> None:
    # The subheading has another bullet, or none: it opens the next part of the article.
    for subheading in ("- Une décision attendue", "Une décision attendue", ">> Une décision."):
        lines = [
            "Le quai des Tanneurs fermé aux bateaux de croisière",
            PARAGRAPHS[0],
            PARAGRAPHS[1],
            ">> Lire aussi : Les fumées des navires mesurées pendant un an",
            subheading,
            PARAGRAPHS[2],
        ]
        assert set(removed_by_rule(lines)) == {3}, subheading


def test_a_backslashed_date_and_the_signature_beside_it_go() -> None:
    lines = [
        "Le quai des Tanneurs fermé aux bateaux de croisière",
        "LUCIE FERRAND",
        "17 Mars 2025 \\ 15h45",
        *PARAGRAPHS,
    ]
    removed = removed_by_rule(lines)
    assert set(removed) == {1, 2}
    assert removed[2] == "date.bare"


def test_a_name_alone_the_article_speaks_of_is_not_a_byline() -> None:
    # A portrait's subheading under the standfirst: the paragraph below names her.
    lines = [
        "Le quai des Tanneurs fermé aux bateaux de croisière",
        PARAGRAPHS[0],
        "Lucie Ferrand",
        "Batelière depuis vingt ans, Lucie Ferrand a vu passer les premiers paquebots "
        "fluviaux sur le quai, quand personne ne parlait encore de les interdire.",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
    ]
    assert 2 not in removed_by_rule(lines)
    # Without it, the name alone under the standfirst signs the article.
    del lines[3]
    assert removed_by_rule(lines).get(2) == "byline.name-alone"


def test_personalised_feed_widgets_and_share_buttons_go() -> None:
    lines = [
        "Le quai des Tanneurs fermé aux bateaux de croisière",
        "Favori",
        "Recommander",
        "Mon actualité personnalisable",
        "Sélectionnez les thèmes qui vous intéressent :",
        *PARAGRAPHS,
    ]
    removed = removed_by_rule(lines)
    assert set(removed) == {1, 2, 3, 4}
    assert removed[3] == removed[4] == "account.topics"


# Interface strings any French news page may carry, invented from the genre (not from a
# corpus): each goes wherever it stands, the paragraphs around it stay.
ANYWHERE = [
    "Cette vidéo n'est plus disponible",
    "La vidéo va démarrer dans 5 secondes",
    "Passer la publicité",
    "Vous devez activer JavaScript pour lire ce contenu.",
    "Votre navigateur n'est pas à jour.",
    "Lire dans l'application",
    "Suivre ce sujet",
    "Avez-vous trouvé cet article utile ?",
    "Merci pour votre retour",
    "Disponible sur l'App Store et Google Play",
    "Recommandé par Outbrain",
    "Contenu proposé par notre partenaire",
    "S'inscrire à la newsletter",
    "Vous êtes bien inscrit à la newsletter.",
    "VIDÉO. Le quai des Tanneurs vu du ciel",
    "PODCAST. Écoutez notre épisode sur les ports",
    "Continuer la lecture",
    "Mettre en pause",
    "Vidéo en cours de chargement",
    "Regarder sur YouTube",
    "Photo 3/10",
    "Durée : 2:35",
    "Gérer mes préférences",
    "En cliquant sur « Accepter », vous acceptez le dépôt de cookies par la plateforme.",
    "Voir plus d'articles",
    "Cet article vous a plu ?",
    "Découvrez nos offres",
    "Les plus lus",
    "Vous aimerez aussi",
]
# Navigation and section headings that stand in the header as well as the footer.
HEADER_AND_FOOTER = [
    "Le fil info",
    "Toutes les infos",
    "Espace abonné",
    "Service client",
    "Les plus lus",
    "Sur le même sujet",
    "Dernières actualités",
    "Sujets associés",
    "Voir les commentaires",
    "Ajouter un commentaire",
    "Article rédigé par Lucie Ferrand",
]
TITLE = "Le quai des Tanneurs fermé aux bateaux de croisière"
# Between paragraphs means two of them below: above one last paragraph, a section heading
# such as "Les plus lus" opens the footer, and the paragraph is its teaser.
LAST = (
    "Le maire assure que le port de commerce pourra accueillir les plus gros navires dès "
    "l'an prochain, après des travaux de dragage."
)


def _pages(line: str) -> dict[str, tuple[list[str], int]]:
    return {
        "header": ([TITLE, line, *PARAGRAPHS], 1),
        "inline": ([TITLE, PARAGRAPHS[0], PARAGRAPHS[1], line, PARAGRAPHS[2], LAST], 3),
        "footer": ([TITLE, *PARAGRAPHS, line], 4),
    }


@pytest.mark.parametrize("line", ANYWHERE)
def test_interface_strings_go_in_every_zone(line: str) -> None:
    for zone, (page, at) in _pages(line).items():
        assert set(removed_by_rule(page)) == {at}, zone


@pytest.mark.parametrize("line", HEADER_AND_FOOTER)
def test_navigation_goes_in_the_header_and_the_footer(line: str) -> None:
    for zone in ("header", "footer"):
        page, at = _pages(line)[zone]
        assert set(removed_by_rule(page)) == {at}, zone


def test_a_comment_count_between_paragraphs_takes_no_paragraph() -> None:
    # A share bar's "Commentaires (12)" above the last paragraphs opens no comments
    # section: nothing below it shows a comment (no date, no "Répondre").
    page = [TITLE, PARAGRAPHS[0], "Commentaires (12)", PARAGRAPHS[1], PARAGRAPHS[2]]
    assert set(removed_by_rule(page)) <= {2}


@pytest.mark.parametrize(
    "caption",
    [
        "Le quai des Tanneurs, un soir de juin. DDM, Lucie Ferrand",
        "Les paquebots devront accoster au port de commerce. MAXPPP - Marc Aubel",
        "Le quai des Tanneurs vu depuis la passerelleJMD",
    ],
)
def test_a_caption_ending_with_its_credit_goes_in_the_header_and_inline(caption: str) -> None:
    for zone in ("header", "inline"):
        page, at = _pages(caption)[zone]
        removed = removed_by_rule(page)
        assert set(removed) == {at}, zone
        assert removed[at].startswith("credit.")


def test_sentences_ending_with_initials_in_running_text_stay() -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        "Le maire a saisi l'ONU, puis la préfecture a écrit à la SNCF.",
        "La décision, a-t-il dit, « sera appliquée dès juin ».",
        PARAGRAPHS[1],
    ]
    assert removed_by_rule(lines) == {}


def test_link_cards_under_lone_bullets_go_after_the_body() -> None:
    # Teasers of the same newspaper's other stories: long sentences that share a few of
    # the article's words (the port, the council), as related stories do.
    cards = [
        "Urbanisme Le conseil municipal vote le budget du nouveau tramway qui desservira "
        "le port de commerce, la gare, le stade, l'université et les quartiers nord en 2027.",
        "Santé Une enquête de l'agence régionale mesure la qualité de l'air près du port, "
        "des écoles, des crèches et des hôpitaux pendant toute une année de relevés.",
        "Culture Les riverains du quartier organisent un festival de musique sur les "
        "anciens docks, avec trois scènes, quarante concerts et une fête foraine en juillet.",
    ]
    lines = [TITLE, *PARAGRAPHS]
    for card in cards:
        lines += ["- ", "", "          " + card]
    removed = removed_by_rule(lines)
    assert set(removed) == {i for i in range(len(PARAGRAPHS) + 1, len(lines)) if lines[i]}


def test_the_articles_own_list_under_lone_bullets_stays() -> None:
    # The same rendering for the article's list of measures: its items use its words.
    items = [
        "Les bateaux de croisière de plus de cent mètres ne pourront plus accoster au quai "
        "des Tanneurs à partir de juin.",
        "Les armateurs des bateaux de croisière auront trois ans pour adapter leurs "
        "itinéraires vers le port de commerce.",
        "Les riverains du quartier seront consultés sur les fumées des navires et le "
        "dragage du port de commerce.",
    ]
    lines = [TITLE, *PARAGRAPHS]
    for item in items:
        lines += ["- ", "", item]
    kept = set(range(len(lines))) - set(removed_by_rule(lines))
    assert {i for i, line in enumerate(lines) if line in items} <= kept


def test_a_related_box_between_paragraphs_goes_with_its_first_title() -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Sur le même sujet",
        "Les paquebots bannis de la lagune de Venise",
        PARAGRAPHS[2],
        LAST,
    ]
    removed = removed_by_rule(lines)
    assert removed == {3: "recirc.box", 4: "recirc.title"}


@pytest.mark.parametrize(
    "line",
    [
        "Sophie Marchetti et Yannick Brun",
        "► Les digues de la Sorne seront rehaussées",
        "Un centre de dialyse ouvre à Port-Clarin. Plus…",
        "| DR",
    ],
)
def test_a_lone_signature_link_or_credit_after_the_body_goes(line: str) -> None:
    page, at = _pages(line)["footer"]
    assert set(removed_by_rule(page)) == {at}


def test_a_last_paragraph_led_by_an_arrow_stays() -> None:
    lines = [TITLE, *PARAGRAPHS, "► Pratique : le quai reste ouvert aux piétons tout l'été."]
    assert removed_by_rule(lines) == {}


def test_an_elided_pull_quote_may_join_two_paragraphs() -> None:
    first = (
        "Les armateurs dénoncent une décision brutale qui menace trois cents emplois sur le "
        "port, selon leur syndicat, réuni en urgence vendredi."
    )
    second = (
        "Pour autant, la fermeture du quai a le mérite de protéger les riverains du quartier "
        "des fumées, reconnaît le président du syndicat des armateurs."
    )
    quote = (
        "Les armateurs dénoncent une décision brutale (...) mais la fermeture du quai a le "
        "mérite de protéger les riverains du quartier des fumées."
    )
    lines = [TITLE, PARAGRAPHS[0], first, second, quote, PARAGRAPHS[1], PARAGRAPHS[2]]
    assert removed_by_rule(lines) == {4: "shape.pull-quote"}


def test_an_indented_caption_between_flush_paragraphs_goes() -> None:
    caption = "  Banderole des riverains sur le quai des Tanneurs, un soir de juin"
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], caption, PARAGRAPHS[2], LAST]
    assert removed_by_rule(lines) == {3: "shape.indented"}


def test_a_text_whose_paragraphs_are_all_indented_keeps_them() -> None:
    lines = [TITLE, *("  " + p for p in PARAGRAPHS), "  Une décision attendue", "  " + LAST]
    assert removed_by_rule(lines) == {}


def test_a_column_of_tags_using_the_articles_words_goes() -> None:
    tags = ["Croisière", "port de commerce", "riverains", "conseil municipal", "pollution"]
    lines = [TITLE, *PARAGRAPHS, LAST, *tags]
    removed = removed_by_rule(lines)
    assert set(removed) == set(range(len(lines) - len(tags), len(lines)))


def test_a_list_the_article_introduces_stays() -> None:
    names = ["Lucie Ferrand", "Marc Aubel", "Claire Morel", "Jeanne Martin", "Paul Girard"]
    lines = [TITLE, *PARAGRAPHS, "Les élus du conseil municipal qui ont voté contre :", *names]
    assert removed_by_rule(lines) == {}


def test_a_players_duration_goes_and_a_live_blogs_times_stay() -> None:
    title = "Le quai des Tanneurs fermé aux bateaux de croisière"
    lines = [title, *PARAGRAPHS[:2], "Le reportage de Télé Tanneurs :", "02:14", PARAGRAPHS[2]]
    assert removed_by_rule(lines).get(4) == "shape.duration"
    live = [title, "13:20", PARAGRAPHS[0], "12:48", PARAGRAPHS[1], "Publicité", "12:15"]
    assert set(removed_by_rule([*live, PARAGRAPHS[2]])) == {5}


def test_a_list_of_episodes_with_their_lengths_goes() -> None:
    episodes = ["Tous les épisodes"]
    for name, length in (
        ("Les dockers du quai", "26:41"),
        ("Le dernier voilier", "25:12"),
        ("Les pilotes du port", "27:30"),
    ):
        episodes += [name, length, "Revoir"]
    lines = ["Le quai des Tanneurs fermé aux bateaux de croisière", *PARAGRAPHS, *episodes]
    assert set(removed_by_rule(lines)) == set(range(4, len(lines)))


def test_broadcast_and_agency_furniture_goes() -> None:
    header = [
        "Replay",
        "Dernier épisode",
        "Diffusé le 15/03/2026",
        "Écouter le journal de 18h",
        "Équipe éditoriale Télé Tanneurs",
        "PORT-CLARIN 05/02 (Agence Mistral)",
    ]
    footer = [
        "Rafraîchissez cette page pour voir les derniers événements",
        "(Agence Mistral) ADV/JDL",
        "Télé Tanneurs est la télévision locale du bassin de Port-Clarin, reconnue par la "
        "région depuis 1994.",
        "Ce programme est disponible gratuitement pour les utilisateurs connectés.",
        "Voir le prix chez Tanneurs Électro",
    ]
    title = "Le quai des Tanneurs fermé aux bateaux de croisière"
    lines = [title, *header, *PARAGRAPHS, *footer]
    removed = removed_by_rule(lines)
    boilerplate = set(range(1, 1 + len(header))) | set(range(len(lines) - len(footer), len(lines)))
    assert set(removed) == boilerplate
    shown = {removed[i] for i in boilerplate}
    assert {"nav.player.8", "date.broadcast", "byline.team", "date.dateline.3"} <= shown
    assert {"agency.signoff", "source.about.4", "paywall.members", "ad.affiliate"} <= shown


def test_a_newsletter_box_between_paragraphs_goes_with_its_title_and_pitch() -> None:
    box = [
        "La lettre du port",
        "Chaque lundi, l'essentiel de l'actualité du port décrypté par la rédaction.",
        "Je m'inscris gratuitement",
    ]
    lines = ["Le quai des Tanneurs fermé aux bateaux de croisière", *PARAGRAPHS[:2], *box]
    lines.append(PARAGRAPHS[2])
    assert set(removed_by_rule(lines)) == {3, 4, 5}


def test_a_sentence_announcing_the_list_above_a_newsletter_prompt_stays() -> None:
    # "… chaque classe d'avis :" over a WhatsApp prompt and the article's numbered list
    # (b163): it announces the list, it is no newsletter box's title.
    lines = [
        "Le quai des Tanneurs fermé aux bateaux de croisière",
        *PARAGRAPHS[:2],
        "Pour rappel, voici ce qu'implique chaque classe d'avis :",
        "Recevez nos alertes sur WhatsApp : envoyez « PORT » au 5 000 0000.",
        "1. Classe 1 : les navires sont prévenus 48 heures avant la fermeture du quai.",
        "2. Classe 2 : la capitainerie suspend les escales dans les 12 heures.",
        PARAGRAPHS[2],
    ]
    assert set(removed_by_rule(lines)) == {4}


def test_rubric_lines_above_the_headline_go() -> None:
    title = "Lucie Ferrand : « Le port doit rester ouvert aux croisières »"
    lines = ["Politique", "Conseil municipal", "Entretien", title, *PARAGRAPHS]
    assert set(removed_by_rule(lines)) == {0, 1, 2}
    lines = ["Ligue 1", "Par Lucie Ferrand", "Publié le 3 mars 2026", title, *PARAGRAPHS]
    assert set(removed_by_rule(lines)) == {0, 1, 2}


def test_a_related_section_ending_with_the_town_halls_opening_hours_goes_whole() -> None:
    footer = [
        "Dans la même rubrique",
        "Budget participatif : votez pour vos projets jusqu'au 6 avril",
        "Travaux rue des Lilas : circulation alternée jusqu'à fin avril",
        "Hôtel de ville",
        "2, place de la Mairie – 72840 Port-Clarin",
        "Du lundi au vendredi : 8 h 30 – 12 h / 13 h 30 – 17 h 30",
        "Samedi : 9 h – 12 h (état civil uniquement)",
        "Mentions légales",
    ]
    lines = ["Le quai des Tanneurs fermé aux bateaux de croisière", *PARAGRAPHS, *footer]
    assert set(removed_by_rule(lines)) == set(range(4, len(lines)))


def test_a_related_title_and_its_teaser_under_a_box_heading_go() -> None:
    title = "Cacao : le prix garanti au producteur connu avant le 1er octobre"
    teaser = "Le gouvernement doit annoncer dans les prochains jours le prix de la campagne."
    lines = [PARAGRAPHS[0], "Ceci pourrait vous intéresser", title, teaser, *PARAGRAPHS[1:]]
    removed = {r.line: r.rule for r in split_boilerplate("\n".join(lines)).removed}
    assert removed == {1: "recirc.interest", 2: "recirc.title", 3: "recirc.teaser"}


def test_an_interviews_introduction_under_a_related_title_stays() -> None:
    title = "Basse-Sambre : la collecte des sacs bleus modifiée dès mars"
    intro = "Nous avons posé quelques questions au directeur du syndicat de collecte."
    question = "Pourquoi limiter le nombre de passages ?"
    lines = [PARAGRAPHS[0], "Lire aussi", title, intro, question, *PARAGRAPHS[1:]]
    removed = {r.line for r in split_boilerplate("\n".join(lines)).removed}
    assert removed == {1, 2}


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("L. M. O. (avec AGP)", "footer"),  # initials spaced, a Gabonese agency
        ("A. B. avec APS", "footer"),
        ("Kinshasa, 10 mars 2025 (ACP).-", "header"),  # an agency's dateline on its line
        ("Rédaction & MAP", "header"),
    ],
)
def test_agency_signatures_in_other_spellings_go(line: str, zone: str) -> None:
    assert _goes(zone, line)


@pytest.mark.parametrize(
    "line",
    [
        "La suite de cet article (encore 64 %) est accessible à nos abonnés.",
        "Trois mois d'accès illimité pour 9 dollars.",
    ],
)
def test_paywall_lines_in_wider_wordings_go(line: str) -> None:
    assert _goes("footer", line)


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("Lees ook / Lire aussi : la zone basse émission prolongée d'un an", "inline"),
        ("Leggi anche / Lire aussi : l'état de catastrophe naturelle reconnu", "inline"),
        ("Le reportage de Manon Delvaux à l'école des Coteaux (2'41)", "header"),
        ("Foto: Ufficio stampa Regione / Bureau de presse de la Région", "header"),
        ("Lire en néerlandais – Lees in het Nederlands", "header"),
        ("À lire sur le même thème", "inline"),
    ],
)
def test_bilingual_and_broadcast_furniture_goes(line: str, zone: str) -> None:
    # (b124: bilingual Belgian, Aosta and Swiss pages; a TV site's report line.)
    assert _goes(zone, line)


@pytest.mark.parametrize("line", ["AMAP", "(ATOP)", "Avec ATPE", "(ACI)"])
def test_more_african_agencies_sign_the_article(line: str) -> None:
    assert _goes("footer", line)


def test_a_metadata_row_with_a_view_counter_is_header() -> None:
    lines = [PORT_TITLE, "ACI | 15 janvier 2025 | 👁 1 960 vues", *PARAGRAPHS]
    assert 1 in removed_by_rule(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Camille_R · ★★★★★ · Je suis sortie de la séance sans dire un mot.",
        "Avis de lecteurs (1)",
        "D'autres essais à lire",
        "Nos autres carnets",
        "En ligne sur Papyrus.be — 21,00 € (livraison offerte en point relais)",
        "Acheter le vinyle (32,99 $) sur la boutique de l'étiquette",
        "Prix relevés le 4 mars. Nous pouvons percevoir une commission sur les achats.",
    ],
)
def test_a_magazines_ending_in_other_wordings_goes(line: str) -> None:
    # (b126: readers' reviews, more-of headings, price boxes and affiliate notes.)
    assert _goes("footer", line)


def test_a_caption_with_an_agencys_credit_in_brackets_goes() -> None:
    caption = "Des pirogues sur la plage du port, le 3 mars 2024 (AFP/Archives - Yao DZIKPE)"
    assert removed_by_rule([PORT_TITLE, caption, *PARAGRAPHS]).get(1) == "credit.tail"


@pytest.mark.parametrize(
    "line",
    [
        "Soutenez Le Fil ! Un don, même de 500 FCFA, nous aide. Orange Money au 76 00 00 00.",
        "Contribution libre par Orange Money (+226 70 00 00 00), référence « FIL ».",
        "Les commentaires sont désactivés pour cet article.",
        "Texte : W. Pierre-Louis – Photos : Jude Étienne",
    ],
)
def test_african_and_overseas_endings_in_wider_wordings_go(line: str) -> None:
    # (b127: mobile-money appeals, a closed comments note, text and photo credits.)
    assert _goes("footer", line)


@pytest.mark.parametrize(
    "line",
    [
        "⚽ Cote boostée à 3,40 sur le derby ! Inscris-toi sur PariPort avec le code QUAI.",
        "📲 Ajoute Le Fil sur WhatsApp pour recevoir les nouvelles du port avant tout le monde.",
        "[À relire] Notre enquête de l'an dernier sur les files d'attente au port",
        "Lisez Le Fil en version numérique dès 5 heures – abonnement e-paper à Rs 150 par mois.",
    ],
)
def test_more_adverts_and_prompts_between_paragraphs_go(line: str) -> None:
    assert _goes("inline", line)


@pytest.mark.parametrize(
    "line",
    [
        "Ces comparatifs pourraient aussi vous intéresser",
        "Dans la même journée",
        "Autres riads testés à Essaouira",
        "Relu et validé par le Dr Karim Abou Jaoudé",
    ],
)
def test_magazine_headings_and_review_notes_in_wider_wordings_go(line: str) -> None:
    # (b130: related headings and a health article's medical review line.)
    assert _goes("footer", line)


def test_comments_signed_in_any_way_go_when_their_form_follows() -> None:
    # (b189, read after scoring: "Commentaires" over two readers' paragraphs, one signed
    # "Un éleveur de Valgorge", then "Vous devez être abonné pour réagir.")
    comments = [
        "Commentaires",
        "Jean-Louis B. : Le maire a raison, on a déjà assez de friches pour installer des "
        "panneaux sans toucher aux quais du port, et personne ne nous a demandé notre avis.",
        "Une habitante du quartier : On nous promet des retombées depuis dix ans et les "
        "commerces ferment les uns après les autres, je ne vois pas ce qui va changer.",
        "Vous devez être abonné pour réagir.",
    ]
    lines = [PORT_TITLE, *PARAGRAPHS, *comments]
    assert set(removed_by_rule(lines)) == set(range(len(lines) - 4, len(lines)))


def test_a_reactions_subheading_over_the_articles_paragraphs_stays() -> None:
    # The article's own "Réactions" section, with no comment form under it.
    reactions = [
        "Réactions",
        "Le président du port : « Nous avons entendu les riverains et le calendrier des "
        "travaux sera revu avant l'été, quartier par quartier, avec eux. »",
        "L'association des commerçants : « C'est un premier pas, mais nous attendons des "
        "engagements écrits sur les horaires de livraison et le stationnement. »",
    ]
    lines = [PORT_TITLE, *PARAGRAPHS, *reactions]
    assert removed_by_rule(lines) == {}


def test_related_articles_given_as_one_sentence_each_go_under_their_heading() -> None:
    # (b191, read after scoring: "Articles similaires" over three teasers, each a sentence
    # written as a headline, at the end of the page: two full lines in a row no longer keep
    # them. An article's own paragraphs, with their verbs, still do.)
    related = [
        "Articles similaires",
        "Port de commerce : une hausse de 12 % du trafic de conteneurs au premier trimestre, "
        "selon la capitainerie.",
        "Les pêcheurs artisanaux privés de quai de débarquement depuis l'été dernier, faute de "
        "place sur le quai historique.",
        "Croisières : quatorze escales de paquebots sont annoncées pour la saison prochaine.",
    ]
    lines = [PORT_TITLE, *PARAGRAPHS, *related]
    assert set(removed_by_rule(lines)) == set(range(len(lines) - 4, len(lines)))


def test_pour_memoire_and_vous_pouvez_lire_aussi_head_a_related_title() -> None:
    # (b167, b199: "Pour mémoire" or "Vous pouvez lire aussi" between paragraphs, with the
    # related article's title under it.)
    paragraphs = [
        *SORNE,
        "Les digues actuelles, construites en 1962, n'avaient jamais été rehaussées ; elles "
        "ont cédé deux fois en dix ans, inondant les quartiers bas de Brévanne.",
    ]
    related = "Crues : la vallée de la Lisse a connu son printemps le plus humide"
    for heading in ("Pour mémoire", "Vous pouvez lire aussi", "Vakio koa"):
        lines = [paragraphs[0], paragraphs[1], heading, related, paragraphs[2], paragraphs[3]]
        found = {r.line: r.zone for r in split_boilerplate("\n".join(lines)).removed}
        assert found == {2: "inline", 3: "inline"}, heading


def test_the_last_sentence_above_a_paywall_is_no_related_teaser() -> None:
    # (Set e: a related title, then the article's last visible sentence, then "Pour lire la
    # suite, abonnez-vous": the sentence is the article's.)
    lines = [
        *SORNE[:2],
        "Pour mémoire",
        "Crues : la vallée de la Lisse a connu son printemps le plus humide",
        "La préfecture n'avait pas réagi mardi soir.",
        "Pour lire la suite, abonnez-vous. Accès illimité dès 7 € par mois.",
    ]
    removed = {r.line for r in split_boilerplate("\n".join(lines)).removed}
    assert 4 not in removed
    assert {2, 3, 5} <= removed


def test_a_share_bar_written_as_label_and_value_under_a_practical_box_goes() -> None:
    # (b197: "Partagez : Facebook · WhatsApp · Mail" below "Pratique" and its lines is the
    # page's share bar, not one more practical detail.)
    paragraphs = SORNE
    box = [
        "Pratique",
        "Réunion publique, salle des fêtes de Brévanne, le 12 juin à 18 h.",
        "Contact : 03 84 00 00 00.",
    ]
    lines = [*paragraphs, *box, "Partagez : Facebook · WhatsApp · Mail", "Mentions légales"]
    removed = {r.line for r in split_boilerplate("\n".join(lines)).removed}
    assert removed == {6, 7}


def test_a_video_line_in_a_cameras_spec_sheet_stays() -> None:
    # (b202: "Vidéo : 6K 30p, 4K 120p, 10 bits" among "Capteur : …", "Poids : …" is the
    # camera's sheet, not a link to a video.)
    paragraphs = [
        "Stabilisation sur cinq axes, rafale rapide, vidéo 6K : sur le papier, le nouveau "
        "boîtier coche toutes les cases des photographes exigeants.",
        "Nous l'avons emporté trois semaines en montagne et en ville, par tous les temps, "
        "avec deux objectifs de la marque et un téléobjectif.",
    ]
    sheet = [
        "Les caractéristiques principales",
        "Capteur : APS-C rétroéclairé, 33 Mpx",
        "Stabilisation : sur 5 axes, jusqu'à 8 IL",
        "Vidéo : 6K 30p, 4K 120p, 10 bits",
        "Poids : 612 g avec batterie et carte",
    ]
    after = (
        "La poignée, plus profonde que sur le modèle précédent, tombe bien sous les doigts, "
        "même avec un téléobjectif monté sur le boîtier."
    )
    lines = [*paragraphs, *sheet, after, paragraphs[1]]
    assert not split_boilerplate("\n".join(lines)).removed
