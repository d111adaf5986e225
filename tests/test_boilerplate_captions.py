"""Captions that end with their credit, and a site's name above its menu (issue #13, fourth round).

Every line is invented.
"""

from __future__ import annotations

import pytest

from _pages import SORNE, SORNE_TITLE, removed_by_rule

TITLE = SORNE_TITLE
PARAGRAPHS = SORNE


@pytest.mark.parametrize(
    "caption",
    [
        "La digue des Prés-Bas, le 3 mars 2026. LUCIE FERRAND POUR « LE JOURNAL DE LA SORNE »",
        "La digue des Prés-Bas, le 3 mars 2026. LUCIE FERRAND / HANS LUCAS",
        "La digue des Prés-Bas a cédé sur vingt mètres. Photo Le Journal/Lucie Ferrand",
        "La digue des Prés-Bas, lundi matin. (Le Journal de la Sorne, Lucie Ferrand)",
        "La digue des Prés-Bas, lundi matin. (Lucie Ferrand/Pool/Sipa)",
        "Illustration. LUCIE FERRAND / HANS LUCAS",
    ],
)
def test_a_caption_ending_with_its_credit_goes_in_the_header_and_between_paragraphs(
    caption: str,
) -> None:
    assert 1 in removed_by_rule([TITLE, caption, *PARAGRAPHS])
    assert 2 in removed_by_rule([TITLE, PARAGRAPHS[0], caption, *PARAGRAPHS[1:]])


def test_a_paragraph_ending_with_a_quoted_name_in_parentheses_stays() -> None:
    paragraph = "Le syndicat a publié son rapport lundi. (Les chiffres sont ceux de la préfecture.)"
    assert removed_by_rule([TITLE, PARAGRAPHS[0], paragraph, *PARAGRAPHS[1:]]) == {}


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
    removed = removed_by_rule(lines)
    assert set(removed) == {0, 1, 2, 3, 4, 5}


def test_a_short_line_above_a_byline_a_date_and_a_title_is_a_rubric() -> None:
    # Two or three words above the byline and the date, with a title under them, name the
    # rubric (of the labelled files' first lines so placed, 17 are boilerplate, none body);
    # above a byline and a paragraph they are the headline (test_boilerplate_header).
    lines = ["Digues rehaussées", "Par Lucie Ferrand", "Publié le 3 mars 2026", TITLE, *PARAGRAPHS]
    assert 0 in removed_by_rule(lines)


def test_a_name_glued_to_its_date_below_the_headline_is_header() -> None:
    for stamp in (
        "Lucie Ferrand12 août 2026 à 07:58",
        "Lucie Ferrand-Aubel15 décembre 2026 à 14 h 22Mis à jour à 16 h 05",
    ):
        assert 1 in removed_by_rule([TITLE, stamp, *PARAGRAPHS]), stamp


def test_a_breadcrumb_row_without_separators_above_the_headline_is_header() -> None:
    lines = ["Accueil Actu Prés-Bas Moulin-Neuf", "Moulin-Neuf", TITLE, *PARAGRAPHS]
    assert set(removed_by_rule(lines)) == {0, 1}


def test_a_newsletter_box_between_paragraphs_goes_whole() -> None:
    box = [
        "Newsletter Le Journal de la Sorne",
        "Chaque vendredi, l'essentiel de l'actualité de la vallée.",
        "Votre e-mail *",
        "Je m'inscris",
    ]
    lines = [TITLE, PARAGRAPHS[0], *box, *PARAGRAPHS[1:]]
    assert set(removed_by_rule(lines)) == {2, 3, 4, 5}


def test_a_pull_quote_goes_a_quoted_subheading_stays() -> None:
    paragraph = (
        "Pour Lucie Ferrand, hydrologue au syndicat, « la rivière n'est pas un canal que "
        "l'on peut enfermer entre deux murs », et les digues ne suffiront pas."
    )
    quote = "« La rivière n'est pas un canal que l'on peut enfermer entre deux murs »"
    glued = [TITLE, PARAGRAPHS[0], paragraph, quote + "Lucie Ferrand", *PARAGRAPHS[1:]]
    assert set(removed_by_rule(glued)) == {3}
    # Alone on its line above the paragraph it quotes, a few words are a subheading;
    # twelve or more, or below the paragraph (the reader has already read it), a pull
    # quote. (On the invented sets, such lines of twelve words or more above their
    # paragraph were 35 pull quotes and no subheading.)
    subheading = "« La rivière n'est pas un canal »"
    above = [TITLE, PARAGRAPHS[0], subheading, paragraph, *PARAGRAPHS[1:]]
    assert removed_by_rule(above) == {}
    above = [TITLE, PARAGRAPHS[0], quote, paragraph, *PARAGRAPHS[1:]]
    assert removed_by_rule(above) == {2: "shape.pull-quote"}
    below = [TITLE, PARAGRAPHS[0], paragraph, quote, *PARAGRAPHS[1:]]
    assert removed_by_rule(below) == {3: "shape.pull-quote"}


def test_an_adverts_text_under_its_label_goes_a_subheading_stays() -> None:
    advert = "Garage Le Moulin – Entretien toutes marques – 02 98 00 00 00"
    lines = [TITLE, PARAGRAPHS[0], "Publicité", advert, *PARAGRAPHS[1:]]
    assert set(removed_by_rule(lines)) == {2, 3}
    subheading = [TITLE, PARAGRAPHS[0], "Publicité", "Un chantier de trois ans", *PARAGRAPHS[1:]]
    assert set(removed_by_rule(subheading)) == {2}


def test_a_subscription_offer_glued_to_the_sites_name_and_a_form_note_go() -> None:
    tail = [
        "Le Journal de la SorneAbonnez-vous pour 0,99 € le premier mois",
        "Adresse e-mail *",
        "* Champs obligatoires",
    ]
    lines = [TITLE, *PARAGRAPHS, *tail]
    assert set(removed_by_rule(lines)) == {4, 5, 6}


def test_a_sites_name_tagline_and_a_column_of_rubrics_above_the_headline_are_header() -> None:
    lines = [
        "Le Journal de la Sorne",
        "Le quotidien de la vallée et de ses villages",
        "Football",
        "Rugby",
        "Handball",
        TITLE,
        *PARAGRAPHS,
    ]
    assert set(removed_by_rule(lines)) == {0, 1, 2, 3, 4}


def test_a_caption_with_dr_in_parentheses_goes() -> None:
    caption = "La station de pompage des Prés-Bas, samedi. (DR)"
    assert 1 in removed_by_rule([TITLE, caption, *PARAGRAPHS])


@pytest.mark.parametrize(
    "line",
    [
        "Vous êtes témoin d'un événement ? Envoyez-nous vos photos et vidéos.",
        "Vous souhaitez voir votre événement dans l'agenda ? Remplissez notre formulaire.",
        "Vous aimez le rugby amateur ? Recevez chaque lundi les résultats par e-mail.",
        "Par Le Journal de la Sorne avec AFP",
        "Consultez aussi : Crue de la Sorne, les images de la montée des eaux",
    ],
)
def test_reader_services_after_the_body_go(line: str) -> None:
    lines = [TITLE, *PARAGRAPHS, line]
    assert 4 in removed_by_rule(lines)


def test_an_author_bio_and_a_note_about_the_publication_at_the_end_go() -> None:
    tail = [
        "Lucie Ferrand",
        "Lucie Ferrand est journaliste au Journal de la Sorne depuis 2018. Elle suit "
        "l'environnement et les questions d'eau dans la vallée.",
        "Fondé en 1902, Le Journal de la Sorne est un quotidien régional indépendant, "
        "diffusé dans quatre départements.",
    ]
    lines = [TITLE, *PARAGRAPHS, *tail]
    assert set(removed_by_rule(lines)) == {4, 5, 6}


@pytest.mark.parametrize(
    "bio",
    [
        "Lucie Ferrand est enseignante et chroniqueuse. Elle tient cette chronique chaque "
        "dimanche depuis 2012.",
        "Lucie Ferrand est journaliste spécialiste de l'eau et des rivières. Elle a "
        "auparavant travaillé pour une radio locale.",
    ],
)
def test_an_authors_bio_in_other_words_goes(bio: str) -> None:
    assert 4 in removed_by_rule([TITLE, *PARAGRAPHS, bio])


@pytest.mark.parametrize(
    "note",
    [
        "Le Journal de la Sorne est un média indépendant fondé en 2017 par des journalistes.",
        "Le Journal de la Sorne est édité par Sorne Médias SA, Prés-Bas.",
        "G. H.",
    ],
)
def test_a_publication_note_or_initials_at_the_end_go(note: str) -> None:
    assert 4 in removed_by_rule([TITLE, *PARAGRAPHS, note])


def test_a_book_reviews_publisher_line_stays() -> None:
    line = "Le roman est édité par Gallimard."
    assert removed_by_rule([TITLE, *PARAGRAPHS, line]) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Lucie Ferrand (Prés-Bas, envoyée spéciale)",
        "Le Journal de la Sorne peut percevoir une commission lorsque vous achetez via nos liens.",
        "Cet article a été rédigé sur la base d'une dépêche de l'agence Belga.",
        "Journaliste depuis 2011, Paul Ferrand teste les vélos électriques pour le journal.",
        "Lucie Ferrand est journaliste économique. Formée à Lille, elle suit l'industrie locale.",
        "Citer cet article : L. Ferrand, « Les digues de la Sorne », 3 mars 2026.",
        "Sources : syndicat de rivière de la Sorne, rapport annuel 2025 ; préfecture ;"
        " entretien avec l'hydrologue Marc Aubel.",
        "Le Journal de la Sorne est un média associatif, animé depuis 2015 par des bénévoles.",
        "Marc Aubel est historien. Dernier livre paru : « La Sorne », Éditions du Val, 2024.",
        "Les informations de ce direct proviennent de nos correspondants et de la préfecture.",
        "Avis de décès : retrouvez tous les avis de la semaine dans notre rubrique Carnet.",
        "Le Journal vous informe chaque jeudi. Retrouvez l'édition du jour en kiosque.",
        "Les prix affichés sont mis à jour automatiquement et peuvent varier.",
        "Ce reportage a été réalisé avec le soutien du Fonds régional pour le journalisme.",
        "Ce contenu a été produit par La Presse Canadienne. Le Journal n'en est pas responsable.",
        "Le Journal reprend les dépêches de l'agence Belga sans en modifier le fond.",
        "Lucie Ferrand écrit pour le Journal de la Sorne depuis 2016. Elle anime aussi un podcast.",
        "Marc Aubel est géographe, maître de conférences à Valmont et auteur de « La Sorne ».",
        "Vous pouvez lire le Journal de la Sorne sur un seul appareil à la fois.",
        "Besoin d'aide ? Notre service client vous répond du lundi au vendredi, de 9 h à 18 h.",
        "Le Journal ne vit que des dons de ses lecteurs. Aucune publicité, aucun actionnaire.",
        "Présentation : Lucie Ferrand. Réalisation : Marc Aubel.",
        "À propos de l'auteur : Marc Aubel teste des bateaux pour le Journal depuis 2018.",
        "Ce test vous a plu ? Partagez-le !",
        "Cet article a été rédigé en partie à partir de dépêches de La Presse Canadienne.",
        "Retrouvez ce sujet dans le journal de 19h, à revoir en replay sur notre site.",
        "Anne Vidal enseigne les lettres à Valmont. Elle collabore au Journal depuis 2019.",
        "Marc Aubel couvre la santé publique pour le Journal depuis 2019. Auparavant, il a "
        "travaillé à Valmont.",
        "Cet article est également disponible en allemand. / Dieser Artikel ist auch auf Deutsch.",
        "Vous avez une nouvelle à nous signaler? Écrivez à la salle des nouvelles.",
        "Les cartes blanches sont publiées sous la seule responsabilité de leurs auteurs.",
        "Vous souhaitez réagir ? Envoyez votre lettre à notre équipe Opinion.",
        "Ce contenu est produit dans le cadre d'un programme de soutien au journalisme local.",
        "F.De.",
    ],
)
def test_signoffs_and_notes_in_other_words_go(line: str) -> None:
    assert 4 in removed_by_rule([TITLE, *PARAGRAPHS, line])


@pytest.mark.parametrize(
    "caption",
    [
        "Un quai de la gare, mardi matin. (LUCIE FERRAND / JDS)",
        "Un orage au-dessus de la Sorne, en juin dernier. Archives Lucie Ferrand",
        "Le maire de Prés-Bas lors de la pose de la première pierre, en 2011. (Archives JDS)",
        "La fanfare sur le pont des Prés-Bas, un soir de fête. | ARCHIVES LE JOURNAL DE LA SORNE",
        "Le nouveau quai, pendant les essais de lundi PHOTO LUCIE FERRAND, LE JOURNAL",
        "La digue des Prés-Bas sous la neige, en 2019. Photo archives JDS",
        "Lucie Ferrand prépare le banc de mesure la veille au soir. - JDS",
        "Lucie Ferrand et Marc Aubel sur la digue des Prés-Bas. - D.R.",
        "Une digue rehaussée pourrait tenir un siècle de plus. (Illustration)",
        "Marc Aubel (au centre) entouré de ses colistiers, samedi. Photo É. G.",
        "Les gendarmes contrôlent la rocade sud. Illustration Le Journal de la Sorne",
        "Image satellite de la crue, mardi à 13 heures. Image : JDS",
    ],
)
def test_more_caption_credits_go(caption: str) -> None:
    assert 1 in removed_by_rule([TITLE, caption, *PARAGRAPHS])


def test_a_weekly_newsletter_prompt_between_paragraphs_goes() -> None:
    prompt = "Recevez chaque semaine notre newsletter « Justice ». S'inscrire"
    lines = [TITLE, PARAGRAPHS[0], prompt, *PARAGRAPHS[1:]]
    assert set(removed_by_rule(lines)) == {2}


@pytest.mark.parametrize(
    "caption",
    [
        "Le port de Prés-Bas au petit matin, avant l'arrivée des promeneurs. Lucie Ferrand",
        "La digue des Prés-Bas, le 2 octobre. Lucie Ferrand pour Le Journal de la Sorne",
        "Chantier d'ensilage à Prés-Bas, début septembre. Le Journal/L. Ferrand",
        "Les tambours ont tenu le rythme pendant cinq heures. Photo J.-M. Ferrand",
        "Les digues se tiennent à trois mètres au-dessus de la rivière. Keystone",
        "Vue aérienne de la digue des Prés-Bas. (Ph. MAP)",
    ],
)
def test_a_caption_ending_with_a_photographers_name_goes(caption: str) -> None:
    assert 1 in removed_by_rule([TITLE, caption, *PARAGRAPHS])


def test_a_short_paragraph_ending_with_a_capitalized_word_stays() -> None:
    paragraph = "Rendez-vous samedi à 14 heures devant la mairie. Entrée libre"
    assert removed_by_rule([TITLE, *PARAGRAPHS[:2], paragraph, PARAGRAPHS[2]]) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Par Lucie Ferrand · 3 décembre 2026 · 6 minutes de lecture",
        "Rédaction Le Journal de la Sorne",
        "Collaboration spéciale",
        "Texte Lucie Ferrand. Photos Marc Aubel.",
        "Prés-Bas (Jura)",
        "CAC 40 7 412,35 +0,42 %",
        "Par Lucie F. | Publié le 14 octobre 2026",
        "Environnement | Publié le 27/03/2026 | Par Lucie Ferrand",
        "Par la rédaction du Journal de la Sorne",
    ],
)
def test_header_furniture_in_other_forms_goes(line: str) -> None:
    assert 1 in removed_by_rule([TITLE, line, *PARAGRAPHS])


@pytest.mark.parametrize(
    "line",
    [
        "Propulsé par WordPress | Thème Journal Lite",
        "Le Journal de la Sorne ne vit que de ses lecteurs : ni publicité, ni actionnaire.",
        "Consultez l'état des routes sur le site Info-Routes du département.",
        "Tu veux écrire pour Le Journal de la Sorne ? Rejoins la rédaction le mardi.",
        "Journaliste au service Société depuis 2018, Lucie Ferrand s'intéresse à l'eau.",
    ],
)
def test_footer_furniture_in_other_forms_goes(line: str) -> None:
    assert 4 in removed_by_rule([TITLE, *PARAGRAPHS, line])


def test_comments_signed_with_a_handle_under_a_readers_heading_go() -> None:
    comments = [
        "Vos réactions (2)",
        "Yann29 — Le problème, c'est que les digues ne protègent que le centre-ville, "
        "pas les hameaux en amont.",
        "marine.l — Encore des millions pour du béton au lieu de rendre de la place à la rivière.",
    ]
    lines = [TITLE, *PARAGRAPHS, *comments]
    assert set(removed_by_rule(lines)) == {4, 5, 6}


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez lu 2 articles gratuits ce mois-ci.",
        "Le journal décline toute responsabilité quant au contenu des annonces.",
        "Nos sources : entretiens avec trois fabricants, décret n° 2014-274.",
        "(Keystone-ATS/réd.)",
        "Ce direct est alimenté par notre rédaction et par les dépêches de l'agence Belga.",
        "Télécharger le numéro en PDF",
    ],
)
def test_more_footer_notes_go(line: str) -> None:
    assert 4 in removed_by_rule([TITLE, *PARAGRAPHS, line])


@pytest.mark.parametrize(
    "line",
    [
        "Route > Tour de la Sorne",
        "Live mis à jour en continu",
        "Avec l'expertise de Lucie Ferrand, hydrologue",
        "Rédaction - Belga",
        "Entretien|5 minutes de lecture",
        "Numéro 412 – semaine du 23 au 29 novembre 2026",
    ],
)
def test_more_header_lines_go(line: str) -> None:
    assert 1 in removed_by_rule([TITLE, line, *PARAGRAPHS])


@pytest.mark.parametrize(
    "line",
    ["Fin de la transcription", "Activer le sous-titrage", "Prénom *", "Votre pub ici !"],
)
def test_more_player_and_form_strings_between_paragraphs_go(line: str) -> None:
    assert 2 in removed_by_rule([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]])


def test_photo_credits_between_the_captions_of_a_reportage_go() -> None:
    lines = [TITLE, PARAGRAPHS[0], "Photo Lucie Ferrand", PARAGRAPHS[1], "Photo Lucie Ferrand"]
    lines += [PARAGRAPHS[2]]
    assert set(removed_by_rule(lines)) == {2, 4}


def test_a_ticker_and_a_home_breadcrumb_above_the_headline_go() -> None:
    lines = [
        "Accueil » Actualités » Sorne",
        "10:42 Prés-Bas : la circulation rétablie sur le pont",
        "10:15 Crue : la vigilance levée dans le Jura",
        TITLE,
        *PARAGRAPHS,
    ]
    assert set(removed_by_rule(lines)) == {0, 1, 2}


def test_a_live_blogs_timed_entries_stay() -> None:
    lines = [
        TITLE,
        "10:42 La préfecture lève la vigilance rouge sur le bassin de la Sorne.",
        "10:15 Les pompiers ont évacué deux familles au quai des Tanneurs.",
        *PARAGRAPHS,
    ]
    assert removed_by_rule(lines) == {}


@pytest.mark.parametrize(
    "line",
    [
        "Toute reproduction, intégrale ou partielle, des dépêches sans autorisation est interdite.",
        "Ce contenu est produit par la salle de nouvelles du Journal de la Sorne.",
        "Profitez d'un accès illimité à l'information de votre région dès 1 € le premier mois",
        "Vous avez testé cette recette ? Notez-la et laissez un commentaire !",
        "Lucie Ferrand est critique littéraire. Elle a longtemps dirigé les pages livres "
        "d'un quotidien régional.",
    ],
)
def test_still_more_footer_lines_go(line: str) -> None:
    assert 4 in removed_by_rule([TITLE, *PARAGRAPHS, line])


def test_an_agency_correction_note_at_the_end_stays() -> None:
    note = "(Corrige le nombre de pages du rapport au 2e paragraphe : onze et non dix-huit)"
    lines = [TITLE, *PARAGRAPHS, note, "er-ta/mc"]
    assert set(removed_by_rule(lines)) == {5}


@pytest.mark.parametrize(
    "line",
    [
        "Ce contenu vous a plu? Consultez nos autres entrevues dans la section Culture.",
        "Vous avez une info, une photo, une vidéo ? Envoyez-la à notre rédaction.",
        "Critique littéraire, Lucie Ferrand a enseigné les lettres à l'université.",
        "Lucie Ferrand teste du matériel de jardin depuis 2012. Elle est aussi apicultrice.",
        "Sans votre accord, l'accès au site reste possible avec un abonnement sans publicité.",
        "Voir le prix sur Boutique-Web",
    ],
)
def test_footer_lines_from_the_last_round_go(line: str) -> None:
    assert 4 in removed_by_rule([TITLE, *PARAGRAPHS, line])


@pytest.mark.parametrize(
    "line",
    [
        "Rédaction Le Journal avec Belga",
        "Rédaction en ligne Publié le 30-11-26 à 17h45",
        "Vous souhaitez recevoir nos alertes ? Activez les notifications",
        "Économie | Par Lucie Ferrand | Le 28/11/2026",
        "Votre vie privée nous importe",
    ],
)
def test_header_lines_from_the_last_round_go(line: str) -> None:
    assert 1 in removed_by_rule([TITLE, line, *PARAGRAPHS])


def test_a_caption_with_a_photo_credit_ending_with_a_full_stop_goes() -> None:
    caption = "La digue des Prés-Bas, le 4 octobre. Photo Lucie Ferrand."
    assert 1 in removed_by_rule([TITLE, caption, *PARAGRAPHS])
    assert 2 in removed_by_rule([TITLE, PARAGRAPHS[0], caption, *PARAGRAPHS[1:]])
    # A sentence about a photograph is no credit.
    sentence = "Le syndicat a publié les images du chantier. Photo et vidéo sont en ligne."
    assert removed_by_rule([TITLE, PARAGRAPHS[0], sentence, *PARAGRAPHS[1:]]) == {}


STANDFIRST = (
    "Après les crues du printemps, le syndicat de rivière engage un chantier de quatre "
    "millions d'euros pour protéger le quartier des Prés-Bas."
)


@pytest.mark.parametrize("furniture", ["Par Lucie Ferrand", "Publié le 3 mars 2026 à 08h00"])
def test_a_caption_between_the_standfirst_and_the_byline_goes(furniture: str) -> None:
    caption = "La digue des Prés-Bas, au petit matin."
    lines = [TITLE, STANDFIRST, caption, furniture, *PARAGRAPHS]
    found = removed_by_rule(lines)
    assert set(found) == {2, 3}
    assert found[2] == "shape.caption"


@pytest.mark.parametrize("standfirst", [[STANDFIRST], []])
@pytest.mark.parametrize(
    "caption",
    [
        "La digue des Prés-Bas, au petit matin.",
        "Des riverains devant la brèche de la digue, samedi.",
        "Lucie Ferrand lors de la visite du chantier.",
    ],
)
def test_a_caption_between_the_byline_and_the_first_paragraph_goes(
    standfirst: list[str], caption: str
) -> None:
    # (Eighth round: the writers of fourteen invented outlets set the picture's caption
    # under the byline, date or share bar, right above the running text.)
    lines = [TITLE, *standfirst, "Par Lucie Ferrand", caption, *PARAGRAPHS]
    byline = 1 + len(standfirst)
    found = removed_by_rule(lines)
    assert set(found) == {byline, byline + 1}
    assert found[byline + 1] == "shape.caption"


@pytest.mark.parametrize(
    "opener",
    [
        "Ce que l'on sait de la brèche :",  # it announces the list below
        "La digue des Prés-Bas a-t-elle cédé trop tôt ?",
        "- La digue des Prés-Bas a cédé sur vingt mètres.",  # the standfirst's points
        "La digue des Prés-Bas a cédé dans la nuit de samedi à dimanche, emportant deux "
        "jardins ouvriers et la passerelle du moulin, sous les yeux des riverains "
        "impuissants.",  # longer than a caption
        "La digue a cédé. Deux jardins sont détruits.",  # two sentences
        "13 h 20 La digue des Prés-Bas cède sur vingt mètres.",  # a live blog's entry
    ],
)
def test_a_short_first_line_under_the_byline_that_no_caption_is_stays(opener: str) -> None:
    lines = [TITLE, STANDFIRST, "Par Lucie Ferrand", opener, *PARAGRAPHS]
    assert set(removed_by_rule(lines)) == {2}


@pytest.mark.parametrize(
    "opener",
    [
        # With no standfirst, a short first line states a fact; a caption places its
        # picture (b63's pages).
        "Trois communes sur quatre ont dit oui.",
        "Les riverains réclament le paiement des travaux.",
        "Une étape symbolique pour un chantier très attendu.",
    ],
)
def test_a_short_standfirst_under_the_byline_stays(opener: str) -> None:
    lines = [TITLE, "Par Lucie Ferrand", opener, *PARAGRAPHS]
    assert set(removed_by_rule(lines)) == {1}


@pytest.mark.parametrize(
    "caption",
    [
        "Des ouvriers renforcent la digue des Prés-Bas avec des sacs de sable.",
        "Le conseil syndical s'est réuni dans la salle des fêtes de Prés-Bas.",
    ],
)
def test_one_sentence_under_the_standfirst_and_the_byline_is_the_pictures_caption(
    caption: str,
) -> None:
    # (Twelfth round: headline, standfirst, byline and date given, the article does not
    # open with one sentence alone; in the labelled files 72 such lines were captions,
    # with a verb or without, and none was the article's.)
    lines = [TITLE, STANDFIRST, "Par Lucie Ferrand", "Publié le 3 mars 2026", caption]
    found = removed_by_rule([*lines, *PARAGRAPHS])
    assert set(found) == {2, 3, 4}
    assert found[4] == "shape.caption"


def test_a_short_line_under_the_byline_above_another_short_line_stays() -> None:
    # Only a full paragraph below proves the article starts there.
    lines = [
        TITLE,
        "Par Lucie Ferrand",
        "La digue a cédé.",
        "Deux jardins sont détruits.",
        *PARAGRAPHS,
    ]
    assert set(removed_by_rule(lines)) == {1}


def test_a_dateline_in_capitals_and_a_signature_with_an_initial_under_the_standfirst_go() -> None:
    for furniture in (["PRÉS-BAS", "Publié le 3 mars 2026"], ["Publié le 3 mars 2026", "PRÉS-BAS"]):
        lines = [TITLE, STANDFIRST, *furniture, *PARAGRAPHS]
        assert set(removed_by_rule(lines)) == {2, 3}
    signed = [TITLE, STANDFIRST, "Lucie F.", "Publié le 3 mars 2026", *PARAGRAPHS]
    assert set(removed_by_rule(signed)) == {2, 3}


def test_a_row_of_parts_that_are_not_all_furniture_stays() -> None:
    row = "Digues | Les travaux commencent en septembre | Publié le 3 mars 2026"
    assert 1 not in removed_by_rule([TITLE, row, *PARAGRAPHS])


def test_a_rubric_above_a_subscribers_notice_and_the_headline_is_header() -> None:
    lines = ["Industrie", "Article réservé aux abonnés", TITLE, STANDFIRST, *PARAGRAPHS]
    assert set(removed_by_rule(lines)) == {0, 1}
    # A short headline above its byline stays.
    lines = [
        "Digues : le chantier",
        "Article réservé aux abonnés",
        "Par Lucie Ferrand",
        *PARAGRAPHS,
    ]
    assert 0 not in removed_by_rule(lines)


def test_a_screenshots_caption_between_paragraphs_goes() -> None:
    caption = "Le menu des réglages permet de choisir la hauteur de la crue. Capture : Le Journal"
    assert set(removed_by_rule([TITLE, PARAGRAPHS[0], caption, *PARAGRAPHS[1:]])) == {2}


@pytest.mark.parametrize(
    "line",
    [
        "Votre publicité ici : contactez notre régie au 03 00 00 00 00",
        "Vous aimez nos balades ? Recevez-les chaque jeudi dans votre boîte mail.",
        "Écouter plus tard",
        "ESPACE PUBLICITAIRE",
        "Partager ce post",
        "Durée de la vidéo : 02min 14",
        "Voir la bande-annonce",
        "Voir l'offre à 109 € chez Librairie Sorne",
        "Je simule mon prêt",
        "Afficher la transcription",
        "Le reportage de Télé Sorne : L. Ferrand, M. Aubel",
        "19,90 € chez Pharmadirect",
    ],
)
def test_an_ad_slot_a_newsletter_pitch_and_a_player_button_between_paragraphs_go(
    line: str,
) -> None:
    assert set(removed_by_rule([TITLE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]])) == {2}


def test_a_language_switcher_above_the_headline_goes() -> None:
    lines = ["Cet article est également disponible en :", "Deutsch", "English", TITLE, *PARAGRAPHS]
    assert set(removed_by_rule(lines)) == {0, 1, 2}


def test_bylines_with_roles_and_a_dateline_with_the_outlets_initials_go() -> None:
    standfirst = "Le syndicat de rivière lance les travaux à la rentrée, après dix ans d'attente."
    head = [
        TITLE,
        standfirst,
        "Par Lucie Ferrand (texte) et Marc Aubel (photos)",
        "Valmont, 7 juin 2026 (JDS)",
        "17 juin 2026 - Par Marc Aubel",
        "Samedi 8 février 2026, 11h00 - 12h30",
        "Suivi par Théo Brun",
        "Le Journal peut être rémunéré lorsque vous achetez un produit via nos liens.",
    ]
    assert set(removed_by_rule([*head, *PARAGRAPHS])) == {2, 3, 4, 5, 6, 7}


def test_a_short_pull_quote_below_its_paragraph_goes() -> None:
    paragraph = (
        "Lucie Ferrand est déléguée du personnel. « On travaille dans le froid, avec des "
        "cadences qui ont augmenté. Trente euros, c'est une insulte », lance-t-elle."
    )
    quote = "« Trente euros, c'est une insulte »"
    lines = [TITLE, PARAGRAPHS[0], paragraph, quote, *PARAGRAPHS[1:]]
    assert removed_by_rule(lines) == {3: "shape.pull-quote"}


def test_a_pull_quote_with_its_speakers_name_and_role_glued_goes() -> None:
    paragraph = (
        "Pour Lucie Ferrand, hydrologue au syndicat, « la rivière n'est pas un canal que "
        "l'on peut enfermer entre deux murs », et les digues ne suffiront pas."
    )
    quote = "« La rivière n'est pas un canal que l'on peut enfermer entre deux murs »"
    glued = quote + "Lucie Ferrand, hydrologue au syndicat de la Sorne"
    lines = [TITLE, PARAGRAPHS[0], paragraph, glued, *PARAGRAPHS[1:]]
    assert removed_by_rule(lines) == {3: "shape.pull-quote"}


def test_the_portrait_of_an_author_who_signs_the_headline_in_parentheses_goes() -> None:
    # (Eighth round: "Accords de pêche : la mer ne peut plus attendre (Par Awa Sarr)".)
    lines = [
        TITLE + " (Par Lucie Ferrand)",
        *PARAGRAPHS,
        "Lucie Ferrand est hydrologue et ancienne conseillère technique du syndicat de rivière.",
        "Partager :",
    ]
    assert set(removed_by_rule(lines)) == {len(PARAGRAPHS) + 1, len(PARAGRAPHS) + 2}


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("La digue des Prés-Bas lors de la crue de 2024.", True),
        ("Les riverains des Prés-Bas, lundi matin, sur le chemin de halage.", True),
        ("Trois communes sur quatre ont dit oui.", False),
        ("Interrogé, le maire a confirmé que le chantier commencerait lundi.", False),
        ("Les prénoms ont été modifiés à la demande des riverains.", False),
    ],
)
def test_a_caption_between_the_standfirst_and_the_first_paragraph(line: str, caption: bool) -> None:
    standfirst = (
        "Le syndicat de rivière lance le chantier des digues de la Sorne, attendu depuis les "
        "crues du printemps, et promet de le finir avant l'hiver."
    )
    lines = [TITLE, standfirst, line, *PARAGRAPHS]
    assert (2 in removed_by_rule(lines)) is caption
    # Without a headline above it, the first full paragraph is the article's own: the short
    # sentence under it is too.
    assert 1 not in removed_by_rule([standfirst, line, *PARAGRAPHS])


@pytest.mark.parametrize(
    "caption",
    [
        "Des grêlons ramassés aux Prés-Bas, mardi. Photo envoyée par un auditeur.",
        "Photo : les riverains ont coupé le ruban de la digue, vendredi. Photo Le Journal.",
        "Des prélèvements d'eau analysés au laboratoire. Lucie Ferrand / Sorne & Rivières",
        "Le maire a présenté le budget mardi. (Lucie Ferrand/Le Journal de la Sorne)",
    ],
)
def test_captions_credited_to_a_reader_or_labelled_photo_go(caption: str) -> None:
    lines = [TITLE, *PARAGRAPHS[:2], caption, PARAGRAPHS[2]]
    assert 3 in removed_by_rule(lines)


def test_a_whole_sentence_quoted_above_its_paragraph_goes_a_fragment_stays() -> None:
    paragraph = (
        "Lucie Ferrand a vu l'eau monter dans sa cave en une heure. « Ce sont trente ans de "
        "souvenirs qui sont partis avec la crue. » Elle attend toujours l'expert."
    )
    quote = "« Ce sont trente ans de souvenirs qui sont partis avec la crue. »"
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], quote, paragraph, PARAGRAPHS[2]]
    assert removed_by_rule(lines) == {3: "shape.pull-quote"}
    # A subheading quoting the paragraph below it, not a whole sentence, stays.
    heading = "« Trente ans de souvenirs »"
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], heading, paragraph, PARAGRAPHS[2]]
    assert removed_by_rule(lines) == {}


LONG = [
    "Les travaux de rehaussement des digues de la Sorne commenceront en septembre, a "
    "annoncé mardi le syndicat de rivière, après les crues du printemps dernier qui ont "
    "inondé les caves du quartier de la gare.",
    "Le chantier coûtera quatre millions d'euros, financés pour moitié par la région, et "
    "doit protéger les trois cents maisons du quartier des Prés-Bas, construites pour la "
    "plupart dans les années soixante.",
]


def test_a_caption_without_a_verb_between_two_paragraphs_goes() -> None:
    caption = "Odile Chabrier dans son jardin inondé, au bord de la Sorne."
    assert removed_by_rule([TITLE, LONG[0], caption, LONG[1]]) == {2: "shape.caption"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Les riverains réclament ces travaux depuis dix ans.",  # a verb in the present
        "Les trois adjoints démissionneront en juin.",  # in the future
        "Le budget de la commune baisse pourtant de 300 000 euros.",  # a listed verb
        "Les pompiers s'inquiètent du niveau de la rivière.",  # an elided pronoun
        "Le préfet, contacté lundi, n'a pas répondu.",  # a negation
        # A sentence adverb links a clause to the paragraph above (b118).
        "Le détail par quartier montre toutefois une ville coupée en deux.",
        "Le bilan des Prés-Bas reste cependant à préciser après la décrue.",
    ],
)
def test_a_one_sentence_paragraph_with_a_verb_stays(sentence: str) -> None:
    assert removed_by_rule([TITLE, LONG[0], sentence, LONG[1]]) == {}


@pytest.mark.parametrize(
    ("sentence", "caption"),
    [
        # A scene in the present or the perfect, with the day it was taken (b122, b131).
        ("Une bénévole trie les dons dans le préau de l'école, samedi matin.", True),
        ("Les riverains ont installé des sacs de sable devant la digue, le 3 mars.", True),
        ("Odile Chabrier ramasse les débris de sa véranda, en janvier.", True),
        # Ahead or back in time, or without its day: the article's own sentence.
        ("La prochaine édition devrait se tenir à Valbrune, en juillet 2026.", False),
        ("Les travaux reprendront au bord de la Sorne, lundi 12 mai.", False),
        ("Le syndicat attendait la décision du préfet, le 3 mars.", False),
        ("Une bénévole range les dons dans le préau de l'école.", False),
    ],
)
def test_a_caption_with_a_verb_and_its_day_between_two_paragraphs(
    sentence: str, caption: bool
) -> None:
    expected = {3: "shape.caption"} if caption else {}
    assert removed_by_rule([TITLE, PARAGRAPHS[0], LONG[0], sentence, LONG[1]]) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "La prochaine édition devrait se tenir à Valbrune, en juillet 2026.",
        "Les travaux reprendront au bord de la Sorne, lundi 12 mai.",
        "Le syndicat attendait la décision du préfet, le 3 mars.",
    ],
)
def test_a_sentence_looking_ahead_or_back_under_the_standfirst_is_no_caption(
    sentence: str,
) -> None:
    # (Under a standfirst, a short sentence ending with its day is the picture's caption
    # when it tells the scene; one in the future or the imperfect is the article's.)
    assert removed_by_rule([TITLE, LONG[0], sentence, LONG[1]]) == {}


def test_the_verbless_test_reads_its_word_lists() -> None:
    from feuillet.boilerplate.captions import verbless

    assert verbless("Le président du syndicat devant la digue, à Valbrune.")  # "-ent" noun
    assert not verbless("Les riverains attendent la décision.")
    assert not verbless("Elle a été élue.")  # "a" is a verb, "à" is not


def test_the_verbless_test_is_quick_on_a_hostile_line() -> None:
    from feuillet.boilerplate.captions import verbless

    # A megabyte without a space, and one of short words: refused at once by its length.
    assert not verbless("a" * 1_000_000 + ".")
    assert not verbless("Le la " * 150_000 + ".")


def test_a_caption_without_a_verb_under_the_byline_goes_a_standfirst_under_a_credit_stays() -> None:
    caption = "Les élèves de l'école des Prés-Bas pendant l'exercice d'évacuation."
    lines = [TITLE, "Par Lucie Ferrand", "Publié le 08/03/2025 à 10:15", caption, *PARAGRAPHS]
    assert removed_by_rule(lines)[3] == "shape.caption"
    credited = "La digue des Prés-Bas, lundi. © Le Journal / Lucie Ferrand"
    standfirst = "Une étape attendue pour un chantier de trois ans."
    lines = [TITLE, "Par Lucie Ferrand", credited, standfirst, *PARAGRAPHS]
    assert 3 not in removed_by_rule(lines)


def test_a_warning_about_the_article_itself_is_no_caption() -> None:
    warning = "Attention, cet article dévoile des éléments des deux premiers épisodes."
    assert removed_by_rule([TITLE, LONG[0], warning, LONG[1]]) == {}


def test_a_long_caption_under_the_standfirst_and_the_byline_goes() -> None:
    caption = (
        "Dans la rue des Tanneurs, l'eau de la Sorne est montée jusqu'aux genoux des "
        "riverains en moins d'une heure, mercredi soir."
    )
    lines = [TITLE, STANDFIRST, "Par Lucie Ferrand | Publié le 3 mars 2026", caption]
    assert removed_by_rule([*lines, *PARAGRAPHS]) == {2: "date.stamp", 3: "shape.caption"}
    # Without the standfirst, one sentence as long as a paragraph is the article's first,
    # even when it ends with a time (a match report's "…, samedi au stade Champroux.").
    lines = [TITLE, "Par Lucie Ferrand | Publié le 3 mars 2026", caption]
    assert removed_by_rule([*lines, *PARAGRAPHS]) == {1: "date.stamp"}


def test_the_last_point_of_a_key_facts_list_above_the_byline_stays() -> None:
    # (b123: "L'essentiel" under the standfirst, its points as short sentences, then the
    # byline: the last point is no caption.)
    points = [
        "L'essentiel",
        "- La digue des Prés-Bas sera rehaussée d'un mètre.",
        "- Les travaux commencent en septembre.",
        "- Les riverains seront relogés pendant deux mois.",
    ]
    bare = [point.removeprefix("- ") for point in points]  # (the simple scraper's)
    for items in (points, bare):
        lines = [TITLE, STANDFIRST, *items, "Par Lucie Ferrand", *PARAGRAPHS]
        assert set(removed_by_rule(lines)) == {len(points) + 2}
