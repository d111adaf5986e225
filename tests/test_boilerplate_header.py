"""The header of issue #13, item 2: a first line that is no headline, short texts.

Every line here is invented; none is copied from a corpus.
"""

from __future__ import annotations

from _pages import SORNE, SORNE_TITLE, removed_by_rule
from feuillet import split_boilerplate

TITLE = SORNE_TITLE
PARAGRAPHS = SORNE[:2]


def zones(text: str) -> dict[int, str]:
    return {r.line: r.zone for r in split_boilerplate(text).removed}


def test_a_rubric_above_the_headline_is_header() -> None:
    text = "\n".join(["Environnement", TITLE, *PARAGRAPHS])
    assert zones(text) == {0: "header"}


def test_two_menu_entries_above_the_headline_are_header() -> None:
    text = "\n".join(["Régions", "Vallée", TITLE, *PARAGRAPHS])
    assert zones(text) == {0: "header", 1: "header"}


def test_a_short_headline_above_its_standfirst_stays() -> None:
    standfirst = "Le syndicat de rivière lance les travaux à la rentrée."
    text = "\n".join(["Digues rehaussées", standfirst, *PARAGRAPHS])
    assert zones(text) == {}


def test_a_short_headline_above_a_byline_stays() -> None:
    text = "\n".join(["Digues rehaussées", "Par Lucie Ferrand", *PARAGRAPHS])
    assert zones(text) == {1: "header"}


def test_a_short_text_has_a_footer_below_its_only_paragraph() -> None:
    # One full paragraph: the header scan reaches the end; what follows the paragraph is
    # footer, not header.
    text = "\n".join([TITLE, PARAGRAPHS[0], "Par Lucie Ferrand", "Partager sur Facebook"])
    assert zones(text) == {2: "footer", 3: "footer"}


def test_a_short_text_keeps_its_headline_below_a_menu() -> None:
    text = "\n".join(
        [
            "Accueil",
            "Actualités",
            TITLE,
            PARAGRAPHS[0],
            "Partager sur Facebook",
            "Tous droits réservés",
        ]
    )
    assert zones(text) == {0: "header", 1: "header", 4: "footer", 5: "footer"}


def test_two_signatures_next_to_a_date_are_header() -> None:
    text = "\n".join(
        [TITLE, "Lucie Ferrand et Marc Aubel", "Publié le 3 mars 2024 à 10h15", *PARAGRAPHS]
    )
    assert zones(text) == {1: "header", 2: "header"}


def test_two_names_as_a_headline_below_a_kicker_stay() -> None:
    text = "\n".join(["Diplomatie", "Lucie Ferrand et Marc Aubel", *PARAGRAPHS])
    assert zones(text) == {0: "header"}


def test_a_site_name_above_its_chrome_is_header() -> None:
    # The first line names the site when the site's chrome follows it: a cookie notice,
    # a "live" link, an account prompt; under a headline stand a byline and a date.
    for chrome in ("Votre vie privée nous tient à cœur", "En direct", "Se connecter"):
        text = "\n".join(["Radio Sornetal", chrome, TITLE, *PARAGRAPHS])
        assert {0, 1} <= set(zones(text)), chrome


def test_a_kicker_above_a_date_and_the_title_is_header() -> None:
    text = "\n".join(["Entretien", "Publié le 3 mars 2024", TITLE, *PARAGRAPHS])
    assert zones(text) == {0: "header", 1: "header"}


def test_a_short_headline_above_its_byline_and_a_paragraph_stays() -> None:
    text = "\n".join(["Éditorial", "Par Lucie Ferrand", "12 mars 2024", *PARAGRAPHS])
    assert zones(text) == {1: "header", 2: "header"}


def test_a_competition_with_a_number_above_the_headline_is_header() -> None:
    for kicker in ("Ligue 1", "Municipales 2026", "Rugby - Fédérale 2"):
        text = "\n".join([kicker, TITLE, *PARAGRAPHS])
        assert zones(text) == {0: "header"}, kicker


def test_two_lower_case_tabs_above_the_body_are_header() -> None:
    text = "\n".join(["article", "en bref", *PARAGRAPHS])
    assert zones(text) == {0: "header", 1: "header"}


def test_a_short_headline_above_a_rubric_label_stays() -> None:
    text = "\n".join(["Digues rehaussées", "Éditorial", *PARAGRAPHS])
    assert 0 not in zones(text)


def test_a_name_and_a_dated_stamp_below_the_headline_are_header() -> None:
    text = "\n".join([TITLE, "Lucie Ferrand - 3 janvier 2026 16:28", *PARAGRAPHS])
    assert zones(text) == {1: "header"}


def test_a_headline_led_by_a_media_label_stays() -> None:
    text = "\n".join(["VIDÉO - Les images de la crue de la Sorne", *PARAGRAPHS])
    assert zones(text) == {}


def test_a_row_of_rubric_names_above_the_headline_is_header() -> None:
    text = "\n".join(["Environnement Économie Politique Sport Culture", TITLE, *PARAGRAPHS])
    assert zones(text) == {0: "header"}


def test_a_headline_of_capitalized_names_stays() -> None:
    # Function words or a final stop make a line a sentence, even if capitalized.
    for headline in ("Les Bleus Champions Du Monde", "Lucie Ferrand Élue Maire.", TITLE):
        text = "\n".join([headline, *PARAGRAPHS])
        assert zones(text) == {}, headline


def test_a_breadcrumb_after_you_are_here_is_header() -> None:
    text = "\n".join(["Vous êtes ici : Accueil > Société", TITLE, *PARAGRAPHS])
    assert zones(text) == {0: "header"}


def test_a_breadcrumb_to_the_title_with_guillemets_is_header() -> None:
    crumb = f"Accueil » Actualités » {TITLE} : « une décision attendue »"
    text = "\n".join([TITLE, crumb, *PARAGRAPHS])
    assert zones(text) == {1: "header"}


def test_a_title_quoting_a_welcome_is_no_breadcrumb() -> None:
    text = "\n".join(["Rubrique", "Accueil « chaleureux » pour les réfugiés", *PARAGRAPHS])
    assert 1 not in zones(text)


def test_a_label_in_capitals_under_the_headline_is_header() -> None:
    text = "\n".join([TITLE, "MAIRIE DE VALMONT", *PARAGRAPHS])
    assert zones(text) == {1: "header"}


def test_a_subheading_in_capitals_after_the_first_paragraph_stays() -> None:
    text = "\n".join([TITLE, PARAGRAPHS[0], "LE CONTEXTE", *PARAGRAPHS[1:]])
    assert zones(text) == {}


def test_signatures_right_below_the_headline_are_header() -> None:
    for names in (
        "Lucie Ferrand",
        "Lucie FERRAND",
        "Lucie Ferrand et Marc Aubel",
        "Lucie FERRAND & Marc AUBEL",
        "Lucie Ferrand, Marc Aubel et Léa Dufour",
    ):
        text = "\n".join([TITLE, names, *PARAGRAPHS])
        assert zones(text) == {1: "header"}, names


def test_a_name_below_a_one_word_headline_a_question_or_the_second_paragraph_stays() -> None:
    # A short first line may be a kicker above a headline of names; under a question, a
    # name is an interview's speaker; after the second paragraph, a subheading.
    assert 1 not in zones("\n".join(["Portrait", "Lucie Ferrand", *PARAGRAPHS]))
    question = "Qu'est-ce qui vous a poussée à reprendre la ferme de vos parents en 2019 ?"
    text = "\n".join([TITLE, question, "Lucie Ferrand", *PARAGRAPHS])
    assert zones(text) == {}
    text = "\n".join([TITLE, *SORNE[:2], "Lucie Ferrand", *SORNE[2:]])
    assert zones(text) == {}


def test_a_name_alone_between_the_standfirst_and_the_first_paragraph_is_the_byline() -> None:
    # (Invented, after unseen pages: a signature the page set on its own line under the
    # standfirst, with no date or "Par" beside it.)
    text = "\n".join([TITLE, PARAGRAPHS[0], "Aminata Sow Ndiaye", *PARAGRAPHS[1:]])
    assert zones(text) == {2: "header"}
    text = "\n".join([TITLE, PARAGRAPHS[0], "AMINATA SOW NDIAYE", *PARAGRAPHS[1:]])
    assert zones(text) == {}  # (capitals: a subheading as often as a name)


def test_an_agencys_signature_and_a_relative_update_under_the_standfirst_are_header() -> None:
    standfirst = "Le syndicat de rivière lance les travaux à la rentrée, après dix ans d'attente."
    lines = [
        TITLE,
        standfirst,
        "ats/jfe",
        "Publié: 02.04.2026, 08h10 Mis à jour il y a 35 minutes",
        *PARAGRAPHS,
    ]
    assert zones("\n".join(lines)) == {2: "header", 3: "header"}


def test_a_short_headline_over_the_byline_stays_under_the_sites_name_and_menu() -> None:
    menu = ["Le Journal de la Sorne", "Actualité", "Régions", "Économie", "Sports", "L'édito"]
    lines = [*menu, "Soif de digues", "Par Lucie Ferrand", *PARAGRAPHS]
    removed = zones("\n".join(lines))
    assert len(menu) not in removed
    assert set(range(1, len(menu))) | {len(menu) + 1} <= set(removed)


def test_a_table_of_contents_under_the_standfirst_is_header() -> None:
    standfirst = (
        "Le syndicat de rivière a présenté mardi son plan pour les digues de la Sorne : "
        "voici ce qu'il change pour les riverains."
    )
    sections = ["Le calendrier des travaux", "Qui paiera ?", "Les riverains inquiets"]
    body = [PARAGRAPHS[0], sections[0], PARAGRAPHS[1], sections[1], *SORNE[2:], sections[2]]
    text = "\n".join([TITLE, standfirst, *sections, *body, PARAGRAPHS[0]])
    assert zones(text) == {2: "header", 3: "header", 4: "header"}


def test_one_line_under_the_standfirst_given_again_below_stays() -> None:
    standfirst = "Le syndicat de rivière a présenté mardi son plan pour les digues de la Sorne."
    quoted = "— Lucie Ferrand (@lferrand) 3 mars 2024"
    lines = [TITLE, standfirst, quoted, *PARAGRAPHS, quoted]
    assert 2 not in zones("\n".join(lines))


def test_a_short_title_under_the_issue_line_is_the_headline() -> None:
    salutation = "Chères habitantes, chers habitants,"
    text = "\n".join(["Le Journal de la Sorne – n° 112 – mars 2026", "L'édito", salutation, *SORNE])
    assert zones(text) == {0: "header"}


def test_a_headline_above_its_pictures_credit_stays() -> None:
    headline = "Prés-Bas : deux blessés dans une collision sur la route de la Sorne"
    lines = ["Le Journal de la Sorne", "Faits divers", "Sports", headline, "Photo: archives"]
    text = "\n".join([*lines, "Par Lucie Ferrand", *PARAGRAPHS])
    removed = zones(text)
    assert 3 not in removed
    assert {0, 1, 2} <= set(removed)


def test_a_headline_led_by_video_under_the_chrome_stays_and_a_video_link_goes() -> None:
    # Between paragraphs "VIDÉO. X : y" is a link to a video; right above the first
    # paragraph, under the menu, the byline and a caption, it is the headline.
    headline = "VIDÉO. Crue : à Prés-Bas, les riverains rehaussent eux-mêmes leurs digues"
    chrome = ["Régions", "Infos", "Par Lucie Ferrand", "Publié le 3 mars 2026 à 18h45"]
    link = "VIDÉO. Brévanne : les images du barrage ouvert en pleine nuit"
    text = "\n".join([*chrome, headline, SORNE[0], SORNE[1], link, SORNE[2]])
    removed = zones(text)
    assert 4 not in removed
    assert removed.get(7) == "inline"


def test_a_column_of_rubrics_above_a_byline_and_the_headline_below_it_goes() -> None:
    # (Eighth round, b64: a site's name and rubrics, a notice, the byline and date, then
    # the headline.)
    menu = ["Le Journal de la Sorne", "Tests", "Vos droits", "Argent", "Énergie", "Litiges"]
    lines = [
        *menu,
        "Accueil",
        "Vos droits",
        "Article en accès libre",
        "Par Lucie Ferrand, juriste",
        "Publié le 5 décembre 2023",
        "Digues : comment obtenir le remboursement des travaux",
        *SORNE,
    ]
    found = removed_by_rule(lines)
    assert set(range(len(menu))) <= set(found)
    assert len(menu) + 5 not in found


STANDFIRST = (
    "Le syndicat de rivière rehausse trois kilomètres de digues avant l'automne, après deux "
    "crues en dix-huit mois qui ont inondé les caves du quartier de la gare."
)


def test_a_hyphenated_name_with_an_accented_capital_signs_the_article() -> None:
    # "Marie-Ève", "Jean-Édouard": the second capital may carry an accent.
    lines = [TITLE, STANDFIRST, "Marie-Ève Lapointe", "7 août 2025 à 6h00", *PARAGRAPHS]
    assert zones("\n".join(lines)) == {2: "header", 3: "header"}


def test_a_name_given_by_its_initials_signs_the_article() -> None:
    lines = [TITLE, STANDFIRST, "Ch. Verhaegen", "Publié le 17/10/2024 à 11:32", *PARAGRAPHS]
    assert zones("\n".join(lines)) == {2: "header", 3: "header"}


def test_an_authors_name_over_the_outlets_over_the_date_are_header() -> None:
    lines = [TITLE, STANDFIRST, "Nadia Brassard", "Le Courrier", "10 septembre 2024", *PARAGRAPHS]
    assert zones("\n".join(lines)) == {2: "header", 3: "header", 4: "header"}


def test_a_news_ticker_line_in_the_menu_is_header() -> None:
    lines = [
        "Accueil",
        "Régions",
        "Flash info : Valbrune : la collecte des déchets suspendue jeudi",
        TITLE,
        *PARAGRAPHS,
    ]
    assert zones("\n".join(lines)) == {0: "header", 1: "header", 2: "header"}


def test_a_standfirst_given_twice_above_the_first_paragraph_is_header_once() -> None:
    lines = [TITLE, STANDFIRST, STANDFIRST, "Nadia Brassard et Paul Ternier", *PARAGRAPHS]
    assert zones("\n".join(lines)) == {2: "header", 3: "header"}


def test_a_question_repeated_above_its_answer_stays() -> None:
    # The page's title, then the article's first heading with the same words: the copy
    # that heads the running text is body.
    question = "C'est quoi, une digue ?"
    lines = [question, STANDFIRST, question, *PARAGRAPHS]
    assert 2 not in zones("\n".join(lines))


def test_names_parted_by_a_comma_above_the_date_sign_the_article() -> None:
    lines = [TITLE, STANDFIRST, "Léa Dumont, Pascal Reber", "Publié: 24.11.2024, 10h02"]
    assert zones("\n".join([*lines, *PARAGRAPHS])) == {2: "header", 3: "header"}


def test_a_name_with_a_journalists_role_is_header() -> None:
    lines = [TITLE, STANDFIRST, "Bernard Vidal, correspondant", *PARAGRAPHS]
    assert zones("\n".join(lines)) == {2: "header"}


def test_an_agency_alone_on_the_first_line_is_header() -> None:
    lines = ["Belga", "Publié le 16/04/2025 à 18:04", *PARAGRAPHS]
    assert zones("\n".join(lines)) == {0: "header", 1: "header"}


def test_a_sites_tagline_under_its_name_above_the_menu_is_header() -> None:
    lines = [
        "Le Héron",
        "Le journal en ligne de la vallée, fait par ceux qui y vivent – média associatif",
        "Accueil",
        "Politique",
        "Culture",
        "Contact",
        TITLE,
        *PARAGRAPHS,
    ]
    assert zones("\n".join(lines)) == dict.fromkeys(range(6), "header")


def test_a_caption_placing_a_person_in_the_picture_is_header() -> None:
    caption = "Le président du syndicat (au centre) pendant la visite du chantier."
    lines = [TITLE, "Par Lucie Ferrand - 21 avril 2025", caption, *PARAGRAPHS]
    assert zones("\n".join(lines)) == {1: "header", 2: "header"}


def test_a_caption_credited_ph_archives_is_header() -> None:
    caption = "Le pont de la Sorne lors de la crue de 2021. Ph : archives LHV"
    lines = [TITLE, "Par Lucie Ferrand - 21 avril 2025", caption, *PARAGRAPHS]
    assert zones("\n".join(lines)) == {1: "header", 2: "header"}


def test_a_name_above_a_credited_caption_is_header_but_no_author() -> None:
    caption = "Le pont de la Sorne lors de la crue de 2021. PHOTO LUC ARDENT, LE HÉRON"
    lines = [TITLE, STANDFIRST, "Marie-Ève Lapointe", caption, *PARAGRAPHS]
    removed = {r.line: r.rule for r in split_boilerplate("\n".join(lines)).removed}
    assert set(removed) == {2, 3}
    assert not removed[2].startswith("byline.")


def test_a_name_alone_on_the_first_line_above_the_date_is_header() -> None:
    lines = ["Tom Kieffer", "Publié le 19.06.25 à 17:42", *PARAGRAPHS]
    removed = {r.line: r.rule for r in split_boilerplate("\n".join(lines)).removed}
    assert set(removed) == {0, 1}
    assert not removed[0].startswith("byline.")  # (a picture's subjects, maybe)


def test_a_rubrics_name_heading_the_text_above_the_date_stays() -> None:
    lines = ["Le Grand Entretien", "Samedi 12 avril 2025 · 10:00", *PARAGRAPHS]
    assert 0 not in zones("\n".join(lines))


def test_a_rubric_and_a_place_parted_by_a_bar_on_the_first_line_are_header() -> None:
    lines = ["Météo | Valbrune", "Par Lucie Ferrand", *PARAGRAPHS]
    assert zones("\n".join(lines)) == {0: "header", 1: "header"}


def test_a_recipes_sheet_under_the_byline_stays() -> None:
    sheet = ["Préparation : 20 min", "Cuisson : 35 min", "Difficulté : facile", "Coût : bon marché"]
    lines = ["Tarte fine aux poireaux et noisettes", "Par Lucie Ferrand", *sheet, *PARAGRAPHS]
    assert zones("\n".join(lines)) == {1: "header"}


def test_a_table_of_contents_under_its_heading_above_the_first_paragraph_is_header() -> None:
    first, second = SORNE[0], SORNE[1]
    lines = [
        TITLE,
        "Sommaire",
        "- Pourquoi rehausser les digues ?",
        "- Le calendrier des travaux",
        first,
        "Pourquoi rehausser les digues ?",
        second,
        "Le calendrier des travaux",
        *SORNE[2:],
    ]
    assert zones("\n".join(lines)) == {1: "header", 2: "header", 3: "header"}


def test_other_articles_headlines_above_the_menu_are_header() -> None:
    # (A front page's latest headlines, then the site's menu, then the article's headline.)
    latest = [
        "Valbrune : la préfecture publie la liste des candidats aux cantonales",
        "Port-Lavrec : reprise des cours au lycée après deux semaines de grève",
    ]
    menu = ["Accueil", "Politique", "Économie", "Société", "Sport"]
    lines = ["Flash info", *latest, *menu, TITLE, *PARAGRAPHS]
    assert zones("\n".join(lines)) == dict.fromkeys(range(8), "header")


def test_a_headline_above_a_share_bar_and_a_subtitle_stays() -> None:
    # (Under the headline, furniture then a short subtitle: the headline is the article's.)
    furniture = ["Par Lucie Ferrand", "Publié le 12 avril 2025"]
    lines = [TITLE, *furniture, "Les travaux commencent", *PARAGRAPHS]
    assert 0 not in zones("\n".join(lines))


def test_metadata_rows_parted_by_dashes_or_commas_under_the_headline_are_header() -> None:
    for row in [
        "Lucie Ferrand, publié: 03.03.2026, 19h26",
        "Environnement — 3 mars 2026 — Lecture 4 min",
        "Mis en ligne le 03.03.2026 — Par Lucie Ferrand",
        "mardi 3 mars 2026, par Rédaction de la Sorne",
    ]:
        assert zones("\n".join([TITLE, row, *PARAGRAPHS])) == {1: "header"}, row


def test_a_dated_title_of_a_broadcast_heading_the_text_stays() -> None:
    title = "Mercredi 12 février 2025 – édition de 18h, présentée par Lise Vandermolen"
    assert 0 not in zones("\n".join([title, *PARAGRAPHS]))


def test_a_reviews_reference_line_under_the_standfirst_does_not_end_the_header() -> None:
    # (b123: headline, standfirst, the book's reference line, then the byline and a
    # caption: the reference line is the review's, but no running paragraph.)
    standfirst = (
        "Dans son troisième roman, l'autrice fait tenir tout un quartier en une saison, "
        "vue depuis la fenêtre d'une vieille dame qui ne sort plus de chez elle."
    )
    reference = (
        "Amélie Dewandre, « Les Fenêtres de la rue du Verjus », Éditions du Héron cendré, "
        "Bruxelles, 284 pages, 20,50 €."
    )
    byline = "Une chronique de Laure Vandenbroucke – 7 mars 2025"
    lines = [TITLE, standfirst, reference, byline, *PARAGRAPHS]
    assert zones("\n".join(lines)) == {3: "header"}


def test_a_metadata_row_that_reads_as_a_sheet_under_the_standfirst_is_header() -> None:
    standfirst = "Les travaux de la Sorne commencent : ce que les riverains doivent savoir."
    row = "Texte : Lucie Ferrand | Publié le 4 mars 2025 | Lecture : 4 min"
    assert zones("\n".join([TITLE, standfirst, row, *PARAGRAPHS])) == {2: "header"}


def test_a_three_part_rubric_row_on_the_first_line_is_header() -> None:
    lines = ["Cyclisme · Circuit des Crêtes fagnardes · 3e étape", TITLE, *PARAGRAPHS]
    assert zones("\n".join(lines)) == {0: "header"}


def test_a_subheading_above_a_paragraph_announcing_a_quote_stays() -> None:
    # (b125: a fact-check's "La rumeur" under the date, above a paragraph ending with ":".)
    standfirst = "Une publication virale affirme qu'un nouveau prélèvement entrera en vigueur."
    paragraph = (
        "Depuis le week-end dernier, un message circule massivement sur les réseaux "
        "sociaux. Il reprend la forme d'un bandeau d'information, avec ce texte :"
    )
    lines = [TITLE, standfirst, "Par Lucie Ferrand", "Publié le 3 mars 2026", "La rumeur"]
    assert 4 not in zones("\n".join([*lines, paragraph, *PARAGRAPHS]))


def test_the_byline_under_a_dated_update_note_is_header() -> None:
    # The standfirst, then the editor's dated update note (the article's), then the byline
    # and date: the header goes on below the note (b143).
    standfirst = (
        "La digue des Prés-Bas sera rehaussée d'un mètre avant l'hiver, a annoncé le "
        "syndicat de rivière, après les crues qui ont inondé le quartier au printemps."
    )
    note = (
        "Mise à jour du 22 mai à 21h40 : contrairement à ce que nous indiquions dans une "
        "première version de cet article, les travaux ne commenceront pas avant septembre."
    )
    lines = [TITLE, standfirst, note, "Par Lucie Ferrand", "Le 22 mai 2025 à 20h15", *SORNE]
    assert zones("\n".join(lines)) == {3: "header", 4: "header"}


def test_a_short_line_between_two_lines_of_the_headers_box_goes_with_them() -> None:
    # (Invented, after unseen pages: a label no rule knows between a byline and a date,
    # under a standfirst that ended the header's scan.)
    standfirst = SORNE[0]
    for label in ("Accès libre", "Photos : Samuel Boivin", "Édition de 13h", "23h52"):
        lines = [TITLE, standfirst, "Par Lucie Ferrand", label, "Publié le 3 mars 2025", *SORNE[1:]]
        assert zones("\n".join(lines)) == {2: "header", 3: "header", 4: "header"}, label


def test_a_short_line_of_the_header_box_needs_removed_lines_on_both_sides() -> None:
    # A subheading under the date opens the article; a kicker above the headline and the
    # headline itself stay what they are.
    lines = [TITLE, "Publié le 3 mars 2025 à 18h04", "Le chantier", *SORNE]
    assert zones("\n".join(lines)) == {1: "header"}
    lines = ["Accueil", "Actualités", "Sorne", "Publié le 3 mars 2025 à 18h04", *SORNE]
    assert 2 not in zones("\n".join(lines))


def test_the_headline_above_its_byline_is_no_teaser_above_a_table_of_contents() -> None:
    # (b174, read after scoring: a test's table of contents under the byline read as a
    # menu, and the headline above the byline as another article's teaser above it.)
    lines = [
        "Smartphones",
        "Ordinateurs",
        "Audio",
        "Tests",
        "Test du Norvane X3 : l'autonomie avant tout, le reste ensuite",
        "Par Lucie Ferrand · Publié le 23 septembre 2024 à 10h15",
        "Norvane X3 – 549 € chez Électroplus",
        "Sommaire",
        "Design : sobre et solide",
        "Écran : lumineux mais pas parfait",
        "Autonomie : la vraie force",
        *SORNE[:2],
        "Design : sobre et solide",
        SORNE[2],
        "Écran : lumineux mais pas parfait",
        *SORNE[:1],
        "Autonomie : la vraie force",
        *SORNE[1:],
    ]
    assert 4 not in zones("\n".join(lines))


def test_a_headline_a_rule_knows_the_words_of_stays_above_its_standfirst_and_byline() -> None:
    # (b182, read after scoring: an agenda's headline opening with the words of a shopping
    # box's title, "Notre sélection du week-end : …", above the standfirst and the byline.)
    headline = "Notre sélection du week-end : digues, cerfs-volants et polar au théâtre"
    standfirst = (
        "Du vendredi 17 au dimanche 19 octobre, la vallée de la Sorne ne manque pas de "
        "rendez-vous. Voici cinq idées pour sortir, en famille ou entre amis."
    )
    for top in ([], ["Aujourd'hui", "Ce week-end", "Sorties"]):
        lines = [*top, headline, standfirst, "Par la rédaction", *SORNE]
        assert len(top) not in zones("\n".join(lines)), top
    # A caption with its credit above the standfirst still goes.
    caption = "Le quai de Prés-Bas au lever du jour, mardi. Photo : Lucie Ferrand"
    lines = [caption, standfirst, "Par la rédaction", *SORNE]
    assert 0 in zones("\n".join(lines))


def test_a_rubric_of_two_or_three_words_above_a_date_and_the_title_is_header() -> None:
    for kicker in ("Santé publique", "Communiqué de presse"):
        text = "\n".join([kicker, "Publié le 3 mars 2024", TITLE, *PARAGRAPHS])
        assert zones(text) == {0: "header", 1: "header"}, kicker


def test_the_title_of_a_page_of_briefs_stays() -> None:
    # "En bref" over a date, then titles with one paragraph each: the page's own title.
    briefs = [
        "Digues : le chantier de la Sorne reprend lundi",
        PARAGRAPHS[0],
        "Le marché couvert rouvre ses portes samedi matin",
        PARAGRAPHS[1],
    ]
    text = "\n".join(["En bref", "Publié le 3 mars 2024", *briefs])
    assert zones(text) == {1: "header"}


def test_a_rubric_between_the_standfirst_and_the_byline_is_header() -> None:
    standfirst = (
        "Le syndicat de rivière lance les travaux de rehaussement à la rentrée, après deux "
        "crues qui ont inondé les quartiers bas de la ville au printemps."
    )
    for rubric in ("Critique gastronomique", "Science | Santé publique", "Collectif"):
        text = "\n".join([TITLE, standfirst, rubric, "Par Lucie Ferrand", *PARAGRAPHS])
        assert zones(text) == {2: "header", 3: "header"}, rubric


def test_a_subheading_above_a_byline_below_the_body_stays() -> None:
    # Only between the standfirst and the header's byline: a subheading in the running
    # text, or a line with figures ("Saison 2024"), stays.
    standfirst = (
        "Le syndicat de rivière lance les travaux de rehaussement à la rentrée, après deux "
        "crues qui ont inondé les quartiers bas de la ville au printemps."
    )
    text = "\n".join([TITLE, standfirst, "Saison 2024", "Par Lucie Ferrand", *PARAGRAPHS])
    assert 2 not in zones(text)


def test_a_results_list_under_the_standfirst_stays() -> None:
    # (b204: an election page's seats and turnout under its standfirst were taken for a
    # menu and a date row.)
    standfirst = (
        "À Brévanne, la liste du maire sortant arrive en tête des élections communales et "
        "devra trouver un partenaire pour gouverner pendant six ans."
    )
    results = [
        "Résultats définitifs – 14 bureaux sur 14 dépouillés",
        "Ensemble pour Brévanne (EPB) – 9 sièges",
        "Brévanne Demain – 6 sièges",
        "MR-IC – 3 sièges",
        "Écolo – 1 siège",
        "Électeurs inscrits : 9 412",
        "Participation : 90,2 %",
    ]
    text = "\n".join([TITLE, standfirst, *results, *PARAGRAPHS])
    assert zones(text) == {}


def test_a_key_points_heading_above_the_first_paragraph_stays() -> None:
    # (b207: a text without its headline, "Les faits saillants" over the key points under
    # the byline, was taken for a menu entry.)
    points = [
        "Les faits saillants",
        "Les digues seront rehaussées d'un mètre sur trois kilomètres",
        "Le chantier coûtera 4 millions d'euros",
        "Les riverains seront consultés le 12 juin",
    ]
    text = "\n".join(["2024/05/02 - 06:58", "Par Lucie Ferrand", *points, *PARAGRAPHS])
    assert zones(text) == {0: "header", 1: "header"}
