"""Body lines that look like boilerplate by their shape (issue #13, item 4, fourth round).

A tribune's signatories set as a list with semicolons, a statement's bulleted list of
signatories under "Ont signé :" and the paragraph after it, a letter's closing formula
and the source line of a table must stay, whatever follows them. Every line is invented.
"""

from __future__ import annotations

import pytest

from _pages import SORNE, SORNE_TITLE, removed_by_rule

TITLE = SORNE_TITLE
PARAGRAPHS = SORNE
RELATED = [
    "Sur le même sujet",
    "Crue de la Sorne : les images de la montée des eaux",
    "Le syndicat de rivière lance une consultation publique",
    "Partager sur Facebook",
    "© Le Journal de la Sorne 2026",
]


def _removed(lines: list[str]) -> set[int]:
    return set(removed_by_rule(lines))


def test_signatories_listed_with_semicolons_stay_above_a_related_list() -> None:
    signatories = [
        "Liste des signataires :",
        "Odile Ferrand, maire de Prés-Bas ;",
        "Karim Ouali, président du syndicat de rivière ;",
        "Jeanne Morel, pêcheuse ;",
        "Luc Abadie, agriculteur.",
    ]
    lines = [TITLE, *PARAGRAPHS, *signatories, *RELATED]
    removed = _removed(lines)
    first_related = len(lines) - len(RELATED)
    assert removed == set(range(first_related, len(lines)))


def test_a_bulleted_list_under_its_introduction_and_the_last_paragraph_stay() -> None:
    body = [
        TITLE,
        *PARAGRAPHS,
        "Ont signé :",
        "- Association des riverains des Prés-Bas",
        "- Fédération de pêche de la Sorne",
        "- Collectif Sorne vivante",
        "Interrogée, la préfecture n'avait pas répondu lundi soir à nos questions sur ce "
        "calendrier.",
    ]
    share = [
        "Partager :",
        "Facebook",
        "WhatsApp",
        "J'aime ça :",
        "J'aime chargement…",
        "Rejoignez notre chaîne pour recevoir l'actualité en temps réel.",
    ]
    removed = _removed([*body, *share])
    assert not removed & set(range(len(body)))
    assert set(range(len(body), len(body) + 3)) <= removed


@pytest.mark.parametrize(
    "closing", ["Bien à vous,", "Cordialement,", "À bientôt,", "Amitiés,", "Confraternellement,"]
)
def test_a_letters_closing_formula_is_no_dateline(closing: str) -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        "« Chers collègues,",
        "Je vous écris pour vous dire que le chantier commencera plus tôt que prévu.",
        closing,
        "Odile Ferrand »",
        PARAGRAPHS[1],
    ]
    assert 4 not in _removed(lines)


def test_the_source_line_of_a_table_between_paragraphs_stays() -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        "| Tronçon | Longueur | Coût |",
        "| Prés-Bas | 1,2 km | 1,8 M€ |",
        "| Moulin-Neuf | 0,9 km | 1,1 M€ |",
        "Source : syndicat de rivière de la Sorne, février 2026.",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
    ]
    assert 5 not in _removed(lines)


def test_organisations_under_ont_signe_stay_above_the_share_bar() -> None:
    signatories = [
        "Fait à Prés-Bas, le 3 mars 2026.",
        "Ont signé :",
        "Association des riverains des Prés-Bas",
        "Fédération de pêche de la Sorne",
        "Collectif Sorne vivante",
    ]
    share = ["Partager :", "J'aime ça :", "J'aime chargement…", "Articles similaires"]
    body = [TITLE, *PARAGRAPHS, *signatories]
    removed = _removed([*body, *share])
    assert not removed & set(range(len(body)))
    assert set(range(len(body), len(body) + len(share))) <= removed


def test_a_login_form_of_labels_is_no_list_introduction() -> None:
    form = ["Connexion", "Email:", "Mot de passe:", "Se souvenir de moi:", "Mentions légales"]
    lines = [TITLE, *PARAGRAPHS, *form]
    removed = _removed(lines)
    assert set(range(len(PARAGRAPHS) + 1, len(lines))) <= removed


def test_a_live_blogs_first_time_stays_a_lone_time_under_the_headline_goes() -> None:
    entries = [
        "Les pompiers évacuent les riverains du quai, où l'eau monte encore depuis ce matin.",
        "17h40",
        "La préfecture ouvre un gymnase pour accueillir les familles évacuées cette nuit.",
        "17h15",
        "La Sorne dépasse la cote d'alerte au pont des Prés-Bas, selon la préfecture.",
    ]
    live = [TITLE, "Par Lucie Ferrand", "18h05", *entries]
    assert 2 not in _removed(live)
    stamp = [TITLE, "Par Lucie Ferrand", "18h05", *PARAGRAPHS]
    assert 2 in _removed(stamp)


def test_a_live_blogs_last_entries_stay_above_the_paywall() -> None:
    entries = [
        "17h40",
        "La préfecture ouvre un gymnase pour accueillir les familles évacuées cette nuit.",
        "16h05",
        "La Sorne dépasse la cote d'alerte au pont des Prés-Bas, selon la préfecture.",
        "9h00",
        "Bonjour et bienvenue dans ce direct consacré à la crue de la Sorne.",
    ]
    lines = [TITLE, *entries, "Cet article est réservé aux abonnés. Abonnez-vous pour 1 €."]
    assert _removed(lines) == {len(lines) - 1}


def test_a_fact_box_under_a_short_heading_at_the_end_stays() -> None:
    box = [
        "En chiffres",
        "- 300 maisons protégées",
        "- 4 millions d'euros de travaux",
        "- 1er septembre : début du chantier",
    ]
    lines = [TITLE, *PARAGRAPHS, *box, "(ATS/Keystone-ATS) / ag"]
    assert _removed(lines) == {len(lines) - 1}


def test_the_last_line_of_practical_information_stays() -> None:
    info = [
        "Lieu : salle des fêtes de Prés-Bas, place de la Mairie.",
        "Tarifs : 5 € pour les adultes, gratuit pour les enfants.",
        "Renseignements : 03 84 00 00 00 ou contact@exemple.fr",
    ]
    lines = [TITLE, *PARAGRAPHS, *info, "Articles similaires", "La Sorne en crue"]
    removed = _removed(lines)
    assert not removed & set(range(len(lines) - 2))


def test_a_short_headline_above_its_byline_after_a_menu_stays() -> None:
    lines = ["Actualité", "Régions", "Chroniques", "L'hiver des digues", "Par Lucie Ferrand"]
    lines += PARAGRAPHS
    removed = _removed(lines)
    assert 3 not in removed
    assert {0, 1, 2, 4} <= removed


def test_a_spec_sheet_and_a_graded_subheading_stay() -> None:
    review = [
        "Le Lumen 7 promet deux jours d'autonomie, et il tient parole sur notre protocole.",
        "Fiche technique",
        "- Écran : OLED 6,6 pouces, 120 Hz",
        "- Batterie : 5 800 mAh, charge 45 W",
        "- Photo : 50 Mpx (principal) + 12 Mpx (ultra grand-angle)",
        "- Poids : 198 g",
        "- Prix : 379 euros",
        PARAGRAPHS[0],
        "Photo : correct, sans plus",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Note : 8/10",
    ]
    assert _removed(["Le Lumen 7 à l'essai", *review]) == set()


def test_a_players_position_is_no_date_line() -> None:
    sheet = [
        "Née le 3 mai 2001 à Metz.",
        "Poste : gardienne de but",
        "Club : Metz Handball (depuis 2024)",
    ]
    lines = [TITLE, *PARAGRAPHS, *sheet, PARAGRAPHS[0]]
    assert _removed(lines) == set()


def test_the_name_under_a_closing_quotation_stays() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "« Je n'ai pas choisi d'être gardienne. Mais aujourd'hui, je ne voudrais rien faire "
        "d'autre. »",
        "Inès Kaddour",
        "Lucas Verdier suit le handball pour Le Journal de la Sorne depuis 2018.",
    ]
    assert _removed(lines) == {len(lines) - 1}


def test_the_interviewer_note_and_contact_details_after_a_paragraph_stay() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Entretien réalisé par Lucie Ferrand",
        "Partager sur Facebook",
    ]
    assert _removed(lines) == {5}
    info = [TITLE, *PARAGRAPHS, "Renseignements : mairie, 03 84 00 00 00", "Mentions légales"]
    assert _removed(info) == {5}


def test_a_dated_attribution_under_a_closing_quotation_stays() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "« Je n'ai jamais chanté pour les salles, j'ai chanté pour les gens. »",
        "Jeanne Lembrée, en 2012",
        "(Belga)",
    ]
    assert _removed(lines) == {6}


@pytest.mark.parametrize("heading", ["Lire aussi", "Pour mémoire"])
def test_the_last_line_above_a_paywall_stays(heading: str) -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        heading,
        "Crue de la Sorne : les images de la montée des eaux",
        "Que faire si ma maison est inondée ?",
        "Il vous reste 58 % de cet article à lire. La suite est réservée aux abonnés.",
        "Déjà abonné ? Se connecter",
    ]
    removed = _removed(lines)
    assert 6 not in removed
    assert {7, 8} <= removed


def test_a_sentence_with_a_paywall_notice_glued_to_it_stays() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Pour mémoire",
        "Crue de la Sorne : les images de la montée des eaux",
        "La préfecture de la Sorne n'avait pas réagi mardi soir.Pour lire la suite, abonnez-vous. "
        "Accès illimité dès 7 € par mois.",
    ]
    removed = _removed(lines)
    assert 6 not in removed


def test_a_source_line_between_paragraphs_is_the_articles() -> None:
    source = "Source : chambre d'agriculture, relevés sur 140 parcelles."
    lines = [TITLE, PARAGRAPHS[0], source, *PARAGRAPHS[1:]]
    assert _removed(lines) == set()


def test_a_numbered_listicles_last_items_stay_above_related_links() -> None:
    items = [
        "1. Des digues plus hautes",
        "Les digues seront rehaussées d'un mètre sur trois kilomètres le long de la Sorne.",
        "2. Des capteurs sur le quai",
        "Douze capteurs mesureront le niveau de l'eau en temps réel, jour et nuit.",
        "3. Un bassin de rétention",
        "Un bassin de deux hectares retiendra les crues en amont du quartier des Prés-Bas.",
        "4. Une cellule de crise",
        "La mairie ouvrira une cellule de crise dès la vigilance orange. Lire aussi : La Sorne "
        "en crue, les images",
    ]
    related = ["Ceci pourrait vous intéresser", "Prés-Bas : la digue a tenu"]
    lines = [TITLE, PARAGRAPHS[0], *items, *related]
    removed = _removed(lines)
    assert not removed & set(range(len(lines) - len(related)))


def test_a_question_cut_by_the_paywall_and_a_condolence_note_stay() -> None:
    qa = [
        TITLE,
        *PARAGRAPHS,
        "– Les riverains y voient un aveu d'échec…",
        "Cet article est réservé aux abonnés.",
        "Déjà abonné ? Connectez-vous",
    ]
    assert _removed(qa) == {5, 6}
    obituary = [
        TITLE,
        *PARAGRAPHS,
        "La rédaction présente ses condoléances à la famille.",
        "Vous avez aimé cet article ?",
    ]
    assert _removed(obituary) == {5}


def test_a_live_blogs_entries_led_by_a_time_and_a_dash_stay() -> None:
    entries = [
        "16h35 – Contacté par notre rédaction, le syndicat de rivière confirme la décrue.",
        "13h05 – La préfecture lève la vigilance rouge sur le bassin de la Sorne.",
        "8h00 – Les pompiers ont évacué deux familles au quai des Tanneurs cette nuit.",
    ]
    lines = [TITLE, PARAGRAPHS[0], *entries, "Partager sur Facebook"]
    assert _removed(lines) == {len(lines) - 1}


def test_practical_information_under_its_heading_stays() -> None:
    practical = [
        "Les infos pratiques",
        "Parking gratuit sur le champ de foire. Navette depuis la gare toutes les 20 minutes.",
    ]
    lines = [TITLE, *PARAGRAPHS, *practical, "Sur le même sujet", "La Sorne en crue"]
    removed = _removed(lines)
    assert not removed & set(range(len(lines) - 2))
    numbers = ["Les numéros utiles", "- Police : 17", "- SAMU : 15", "- Pompiers : 18"]
    header = [TITLE, "Par Lucie Ferrand", *numbers, *PARAGRAPHS]
    assert not _removed(header) & {2, 3, 4, 5}


def test_useful_resources_under_their_heading_stay_above_the_feedback_widget() -> None:
    # A helpline and a free guide under "Ressources utiles" at the article's end (b142).
    resources = [
        "Ressources utiles",
        "Ligne Parents-Écoute : 1 866 555-0142, 24 heures sur 24, gratuit et confidentiel",
        "Guide « Mon enfant et la rivière », offert gratuitement dans les mairies de la vallée",
    ]
    lines = [TITLE, *PARAGRAPHS, *resources, "Cet article vous a-t-il été utile?", "Oui Non"]
    removed = _removed(lines)
    assert not removed & set(range(len(lines) - 2))
    assert {len(lines) - 2, len(lines) - 1} <= removed


def test_a_table_and_its_title_under_a_related_link_stay() -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Lire aussi",
        "Crue de la Sorne : les images",
        "Évolution du niveau (en mètres)",
        "| Date | Prés-Bas | Moulin-Neuf |",
        "| 13 novembre | 2,1 | 1,8 |",
        PARAGRAPHS[2],
    ]
    removed = _removed(lines)
    assert not removed & {5, 6, 7}


def test_a_buying_guides_numbered_headings_stay() -> None:
    guide = [
        "1. Sorne Compact",
        "La plus légère du comparatif, à 89 euros, pour les petits logements.",
        "2. Papyra Mini",
        "Une autonomie record, mais un bac trop petit pour une famille.",
        "3. Encria Flow",
        "La plus silencieuse, idéale pour une chambre, à 129 euros.",
    ]
    lines = [TITLE, PARAGRAPHS[0], PARAGRAPHS[1], *guide, PARAGRAPHS[2]]
    assert _removed(lines) == set()


def test_signatories_without_bullets_under_their_introduction_stay() -> None:
    signatories = [
        "Nous vous invitons à signer cette lettre et à la faire circuler dans vos écoles.",
        "Ont signé cette lettre :",
        "Odile Ferrand, maire de Prés-Bas",
        "Karim Ouali, président du syndicat de rivière",
        "Jeanne Morel, pêcheuse, Moulin-Neuf",
        "Luc Abadie, agriculteur, Prés-Bas",
        "et 212 autres signataires",
    ]
    footer = ["Qu'en pensez-vous ? Exprimez votre opinion", "Partager", "Facebook", "Courriel"]
    lines = [TITLE, *PARAGRAPHS, *signatories, *footer]
    removed = _removed(lines)
    assert not removed & set(range(len(lines) - len(footer)))


def test_an_agendas_first_day_under_the_headline_stays() -> None:
    agenda = [
        "Vendredi 5 décembre",
        "- 18 h : illumination du sapin, place de la Mairie",
        "Samedi 6 décembre",
        "- 10 h : marché de Noël sur le quai des Tanneurs",
    ]
    lines = [TITLE, *agenda, *PARAGRAPHS]
    assert not _removed(lines) & {1, 3}
    dated = [TITLE, "Vendredi 5 décembre", *PARAGRAPHS]
    assert 1 in _removed(dated)


def test_a_fact_checks_sentence_about_a_screenshot_stays() -> None:
    sentence = (
        "Depuis lundi, une capture d'écran circule largement sur les réseaux sociaux. On "
        "peut y lire :"
    )
    lines = [TITLE, PARAGRAPHS[0], sentence, "« La digue a cédé cette nuit »", *PARAGRAPHS[1:]]
    assert 2 not in _removed(lines)


def test_a_live_blogs_entries_led_by_a_time_and_a_dash_stay_at_the_end() -> None:
    entries = [
        "17h05 – La préfecture ouvre un gymnase pour les familles évacuées",
        "16h20 – La SNCF interrompt le trafic entre Prés-Bas et Moulin-Neuf",
        "15h45 – Bonjour et bienvenue dans ce direct consacré à la crue de la Sorne.",
    ]
    footer = [
        "Vous avez une information à nous communiquer ? Contactez-nous.",
        "À écouter aussi",
        "Le Grand Réveil",
        "Tous les matins de 6h à 9h avec Audrey et Jonas.",
        "Télécharger l'application",
    ]
    lines = [TITLE, *PARAGRAPHS, entries[0], "Revoir le sujet du JT de 13h", *entries[1:]]
    removed = _removed([*lines, *footer])
    assert not removed & (set(range(len(lines))) - {len(PARAGRAPHS) + 2})


def test_the_last_items_details_labelled_like_the_items_above_stay() -> None:
    def item(n: int, place: str, when: str, price: str) -> list[str]:
        return [
            f"{n}. Une sortie au bord de la Sorne",
            PARAGRAPHS[n % len(PARAGRAPHS)],
            f"Où : {place}",
            f"Quand : {when}",
            f"Combien : {price}",
        ]

    lines = [
        TITLE,
        PARAGRAPHS[0],
        *item(1, "digue des Prés-Bas", "samedi, 10 h", "gratuit"),
        *item(2, "chemin de halage", "dimanche, 14 h", "5 euros"),
        *item(3, "port de plaisance", "dimanche, 16 h", "entrée libre"),
        *RELATED,
    ]
    removed = _removed(lines)
    assert not removed & set(range(len(lines) - len(RELATED)))
    assert removed == set(range(len(lines) - len(RELATED), len(lines)))


def test_related_titles_of_one_series_still_go() -> None:
    series = [
        "Crue de la Sorne : les images de la montée des eaux",
        "Crue de la Sorne : le syndicat de rivière lance une consultation",
        "Crue de la Sorne : les assureurs font leurs comptes",
    ]
    lines = [TITLE, *PARAGRAPHS, "Sur le même sujet", *series, "© Le Journal de la Sorne 2026"]
    assert _removed(lines) == set(range(len(PARAGRAPHS) + 1, len(lines)))


@pytest.mark.parametrize(
    "reference",
    [
        "« Les Crues de la Sorne », de Lucie Ferrand, Éditions du Val, 312 p., 21,50 €.",
        "Les Crues de la Sorne, Lucie Ferrand, Éditions du Val, 312 pages, 27,95 $",
    ],
)
def test_a_books_reference_line_stays_at_the_end_and_under_a_bare_a_lire(reference: str) -> None:
    assert not _removed([TITLE, *PARAGRAPHS, reference, *RELATED]) & set(range(5))
    lines = [TITLE, PARAGRAPHS[0], "À lire", reference, *PARAGRAPHS[1:]]
    assert _removed(lines) == set()
    # "À lire :" run into the reference, at the end of the article.
    assert not _removed([TITLE, *PARAGRAPHS, f"À lire : {reference}", *RELATED]) & set(range(5))


def test_a_numbered_sections_heading_in_capitals_is_no_credit() -> None:
    lines = [TITLE, PARAGRAPHS[0], "II. TRAVAUX EN COURS", *PARAGRAPHS[1:]]
    assert _removed(lines) == set()


def test_next_rounds_fixtures_between_teams_the_article_named_stay() -> None:
    results = ["Valmont 24 – 18 Brévanne", "Port-Clarin 13 – 16 Sornay"]
    report = (
        "Valmont a dominé Brévanne sous la pluie, pendant que Sornay s'imposait à "
        "Port-Clarin au bout d'un match très fermé, devant un public nombreux."
    )
    fixtures = [
        "La prochaine journée (dimanche 13 avril)",
        "Brévanne – Port-Clarin",
        "Sornay – Valmont",
    ]
    lines = [TITLE, report, *results, PARAGRAPHS[1], *fixtures, *RELATED]
    kept_end = len(lines) - len(RELATED)
    assert _removed(lines) == set(range(kept_end, len(lines)))
    # A match sheet's title under an advert's label is no advert.
    sheet = [TITLE, report, PARAGRAPHS[0], "Publicité", "Fédérale 3 – Poule 12", *results]
    assert _removed([*sheet, PARAGRAPHS[1]]) == {3}


def test_a_live_reports_minute_marks_and_a_tables_number_row_under_the_standfirst_stay() -> None:
    standfirst = (
        "Menée à la pause, l'équipe de Valmont a renversé Brévanne en seconde période "
        "devant un public nombreux au stade des Prés-Bas."
    )
    entries = ["Il y a 3 min", PARAGRAPHS[1], "90'+5", PARAGRAPHS[2], "87'", PARAGRAPHS[0]]
    lines = [TITLE, standfirst, *entries, *RELATED]
    assert _removed(lines) == set(range(len(lines) - len(RELATED), len(lines)))
    table = ["| Inscrits | Votants | Participation |", "| 58 430 | 27 112 | 46,40 % |"]
    lines = [TITLE, standfirst, *table, *PARAGRAPHS]
    assert _removed(lines) == set()


@pytest.mark.parametrize(
    "ending",
    [
        # A death notice's request for donations instead of flowers.
        [
            "Au lieu de fleurs, la famille invite les personnes qui le souhaitent à faire un "
            "don à l'association des riverains de la Sorne."
        ],
        # A statement's place, date and signatory.
        ["Fait à Valmont, le 12 août 2026", "Le président du syndicat de rivière", "Marc Aubel"],
        # A film's data sheet.
        [
            "Fiche technique",
            "Titre : Les Crues de la Sorne",
            "Réalisateur : Marc Aubel",
            "Durée : 1 h 48",
            "Genre : documentaire",
            "Sortie : 19 mars 2026",
        ],
        # An agenda's entries led by their day, without bullets.
        [
            "Les rencontres avec l'auteur",
            "Jeudi 10 avril, 19 h : librairie du port, Prés-Bas",
            "Samedi 12 avril, 15 h : médiathèque de Valmont",
        ],
        # A play's sheet: labels of three words, one line a byline rule names, a rating.
        [
            "Les Crues",
            "Texte : Marc Aubel",
            "Mise en scène : Lucie Ferrand",
            "Avec : Paul Roy, Anne Vidal",
            "Durée : 1 h 30",
            "Au théâtre du Port jusqu'au 30 mars, puis en tournée dans la vallée",
            "Notre appréciation : ★★★",
        ],
    ],
)
def test_the_articles_last_lines_stay_above_the_related_list(ending: list[str]) -> None:
    lines = [TITLE, *PARAGRAPHS, *ending, *RELATED]
    assert _removed(lines) == set(range(len(lines) - len(RELATED), len(lines)))


def test_an_interview_under_a_product_box_heading_stays() -> None:
    answer = (
        "Je me suis économisée dans les montées parce que je savais que la descente vers "
        "les Prés-Bas me convenait, et j'ai doublé trois concurrentes dans les derniers "
        "kilomètres."
    )
    box = ["Notre sélection", "Lampe frontale Lumen 900 – 89,90 € chez Altiboutique"]
    interview = ["Qu'est-ce qui a fait la différence ?", answer, "Vous reviendrez ?", answer]
    lines = [TITLE, *PARAGRAPHS, *box, *interview, "Propos recueillis par Lucie Ferrand"]
    assert not _removed(lines) & set(range(len(lines) - len(interview) - 1, len(lines)))


def test_results_and_fixtures_at_the_end_stay_under_a_bare_lire_aussi_too() -> None:
    results = [
        "Les résultats de la 9e journée",
        "Valmont – Brévanne : 2-1",
        "Port-Clarin – Sornay : 0-0",
        "Prés-Bas – Montjean : reporté",
    ]
    fixtures = ["Samedi, 16 h : Valmont – Sornay", "Dimanche, 15 h : Brévanne – Prés-Bas"]
    lines = [TITLE, *PARAGRAPHS, *results, *fixtures, *RELATED]
    assert _removed(lines) == set(range(len(lines) - len(RELATED), len(lines)))
    teaser = "Valmont, le promu qui ne veut plus se cacher"
    lines = [TITLE, *PARAGRAPHS, "Lire aussi", teaser, *results, PARAGRAPHS[0]]
    assert _removed(lines) == {len(PARAGRAPHS) + 1, len(PARAGRAPHS) + 2}


def test_signatories_under_a_heading_with_a_footnote_mark_stay() -> None:
    signatories = [
        "Premiers signataires* :",
        "Dr Lucie Ferrand, cardiologue, Valmont",
        "Pr Marc Aubel, chef du service de néphrologie, Prés-Bas",
    ]
    lines = [TITLE, *PARAGRAPHS, *signatories, *RELATED]
    assert _removed(lines) == set(range(len(lines) - len(RELATED), len(lines)))


def test_a_rankings_heading_under_an_ad_in_the_first_paragraphs_stays() -> None:
    ranking = ["1. AS Prés-Bas 41 pts", "2. US Valmont 35 pts", "3. FC Sorne 33 pts"]
    ad = "Pariez sur le derby avec nos partenaires. Jouer comporte des risques."
    lines = [TITLE, PARAGRAPHS[0], ad, "Le classement", *ranking, *PARAGRAPHS[1:]]
    assert _removed(lines) == {2}


def test_opening_hours_at_the_end_stay_above_a_short_footer() -> None:
    hours = [
        "Les horaires de la médiathèque",
        "Du lundi au vendredi : 9 h – 18 h 30",
        "Samedi : 10 h – 17 h",
        "Dimanche : 14 h – 18 h",
        "Période concernée : jusqu'au 31 août",
    ]
    footer = ["Journal de la Sorne", "Abonnez-vous", "Mentions légales"]
    lines = [TITLE, *PARAGRAPHS, *hours, *footer]
    assert _removed(lines) == set(range(len(lines) - len(footer), len(lines)))


def test_a_games_sheet_under_the_byline_and_date_stays() -> None:
    sheet = [
        "Genre : jeu de rôle",
        "Développeur : Studio Sorne",
        "Plateformes : PC, consoles",
        "Sortie : 3 avril 2026",
        "Prix : 39,99 euros",
    ]
    standfirst = "Le studio de Prés-Bas signe un premier jeu ambitieux, servi par de beaux décors."
    head = [TITLE, standfirst, "Par Lucie Ferrand", "21 octobre 2026 à 15h00"]
    lines = [*head, *sheet, *PARAGRAPHS]
    assert _removed(lines) == {2, 3}


def test_a_classifieds_rubric_under_an_ad_slot_stays() -> None:
    items = [
        "- Vends scooter 125 cm³ de 2021, 9 500 km, top case et deux casques offerts, très bon"
        " état. 2 100 €. Tél. 06 00 00 00 00",
        "- Donne chatons nés en septembre, sevrés et propres, contre bons soins, secteur des"
        " Prés-Bas. Tél. 06 00 00 00 01",
    ]
    ad = "Votre pub ici ! Contactez notre régie : 01 00 00 00 00"
    lines = [TITLE, PARAGRAPHS[0], *items, ad, "Divers", *items]
    assert _removed(lines) == {4}


def test_a_tours_dates_above_the_interviewers_note_stay() -> None:
    dates = [
        "En concert",
        "- 21 mars : la Chapelle des Carmes, Prés-Bas",
        "- 28 mars : le Grand Hangar, Valmont",
        "- 4 avril : théâtre de la Sorne",
        "- 11 avril : l'Entrepôt, Port-Sorne",
    ]
    album = "« Les Heures creuses », Lucie Ferrand (Bruine Records), sortie le 7 mars."
    links = [
        "À lire aussi : « Sel », le premier album de Lucie Ferrand, notre chronique",
        "Chanson française",
        "Interview",
        "Lucie Ferrand",
    ]
    lines = [TITLE, *PARAGRAPHS, album, *dates, "Propos recueillis par Théo Brun", *links]
    assert _removed(lines) == set(range(len(lines) - len(links), len(lines)))


def test_a_sites_agenda_box_of_two_dates_still_goes() -> None:
    agenda = [
        "Agenda",
        "12 octobre : concert sur la plage, Prés-Bas",
        "25 octobre : festival, Valmont",
    ]
    lines = [TITLE, *PARAGRAPHS, *agenda]
    assert _removed(lines) == set(range(len(lines) - len(agenda), len(lines)))


def test_the_signature_and_tags_under_practical_information_go() -> None:
    practical = [
        "Les infos pratiques",
        "Atelier de la digue, 4 rue du Port, Prés-Bas. Ouvert le samedi de 10 h à 12 h 30.",
    ]
    closing = (
        "Interrogé sur la durée du chantier, le président du syndicat reste prudent : « Tout "
        "dépendra de la météo de l'automne et des crues de la Sorne », dit-il."
    )
    footer = ["Lucie Ferrand", "Digues Prés-Bas Portrait"]
    lines = [TITLE, *PARAGRAPHS, *practical, closing, *footer]
    assert _removed(lines) == set(range(len(lines) - len(footer), len(lines)))


def test_a_programmes_title_over_its_rundown_under_the_standfirst_stays() -> None:
    standfirst = (
        "Digues, crues et assurances : l'émission du samedi consacre toute son édition à la "
        "Sorne, avec les riverains, les élus et les assureurs en studio."
    )
    rundown = [
        "Au sommaire de l'émission",
        "11h05 : Le journal, avec les titres de la semaine",
        "11h12 : Grand débat. « Faut-il rehausser les digues ? » Avec Marc Aubel",
        "11h40 : Reportage. À Prés-Bas, les riverains s'organisent",
    ]
    lines = [TITLE, standfirst, "Écouter l'émission", "Partager", *rundown, *PARAGRAPHS]
    assert _removed(lines) == {2, 3}


def test_a_subheading_and_a_long_paragraph_under_a_related_box_stay() -> None:
    box = ["Sur le même sujet", "Crues : les digues de l'amont seront contrôlées chaque hiver"]
    paragraph = (
        "Les ingénieurs anticipent une stabilité du niveau de la Sorne jusqu'à la fin du mois, "
        "grâce à un hiver sec et à des barrages encore bas. Pour les digues de l'aval, les "
        "travaux pourraient reprendre dès le printemps. Prochaine réunion publique lundi 21 "
        "octobre, avec une visite du chantier."
    )
    lines = [TITLE, *PARAGRAPHS, *box, "Tendance pour les prochaines semaines", paragraph]
    assert _removed(lines) == {len(PARAGRAPHS) + 1, len(PARAGRAPHS) + 2}


def test_figures_under_en_chiffres_stay_and_the_agency_credit_below_them_goes() -> None:
    figures = [
        "En chiffres",
        "3,1 crues en moyenne par décennie",
        "42 riverains signataires",
        "1er juillet : début des travaux",
    ]
    lines = [TITLE, *PARAGRAPHS, *figures, "(ATS/Keystone-ATS) / ag"]
    assert _removed(lines) == {len(lines) - 1}


def test_classified_items_in_sentences_at_the_end_stay() -> None:
    items = [
        "Divers",
        "- Vends scooter 125 cm³ de 2021, 9 500 km, deux casques offerts. Tél. 06 00 00 00 00",
        "- Donne chatons sevrés et propres contre bons soins, à Prés-Bas. Tél. 06 00 00 00 01",
    ]
    footer = ["Le journal décline toute responsabilité quant au contenu des annonces."]
    lines = [TITLE, *PARAGRAPHS[:2], *items[1:], *items, *footer]
    assert _removed(lines) == {len(lines) - 1}


def test_an_agendas_first_day_under_the_byline_and_a_books_reference_under_it_stay() -> None:
    standfirst = "Du 4 au 17 avril, nos coups de cœur pour sortir dans la vallée de la Sorne."
    agenda = [
        "Vendredi 4 avril",
        "Concert – Quatuor de la Sorne, Prés-Bas",
        "Samedi 5 avril",
        "Théâtre – « La crue », Valmont",
    ]
    lines = [TITLE, standfirst, "Par la rédaction", "Publié le 03.04.2026 à 11h00", *agenda]
    assert _removed([*lines, *PARAGRAPHS]) == {2, 3}
    reference = "Lucie Ferrand, La Digue, éditions du Val, 288 p., 21,50 €."
    review = [TITLE, standfirst, "Par Marc Aubel, le 22 janvier 2026", reference, *PARAGRAPHS]
    assert _removed(review) == {2}


def test_an_excerpt_and_a_reading_list_at_the_end_stay() -> None:
    excerpt = [
        "Extrait",
        "« Parcelle 114, section B. Pré de fauche, un hectare. Propriétaire : Marc Aubel. Il "
        "m'a dit que ses grands-parents y fauchaient déjà. »",
    ]
    shop = "Acheter ce livre chez votre libraire (lien affilié)"
    lines = [TITLE, *PARAGRAPHS, *excerpt, shop]
    assert _removed(lines) == {len(lines) - 1}
    reading = [
        "Pour aller plus loin",
        "Lucie Ferrand, Les Digues. Histoire d'une vallée, éditions du Val, 2021, 312 p.",
    ]
    links = ["Musique originale : « Crue », par l'ensemble Brume.", "S'abonner au podcast"]
    lines = [TITLE, *PARAGRAPHS, *reading, *links]
    assert _removed(lines) == set(range(len(lines) - len(links), len(lines)))


@pytest.mark.parametrize(
    "item", ["- Mémoire : 3 Go de RAM, 32 Go de stockage, sans port microSD", "Pas de port microSD"]
)
def test_a_spec_ending_with_a_glued_acronym_is_no_caption(item: str) -> None:
    specs = ["Fiche technique", "- Écran : 6,1 pouces, 90 Hz", item, "- Batterie : 4 000 mAh"]
    lines = [TITLE, *PARAGRAPHS, *specs, PARAGRAPHS[0]]
    assert _removed(lines) == set()


def test_signatories_with_their_roles_under_a_letters_closing_stay() -> None:
    closing = "Veuillez agréer, Madame la Ministre, l'expression de nos salutations distinguées."
    signatories = [
        "Lucie Ferrand, présidente du syndicat de rivière de la Sorne",
        "Marc Aubel, maire de Prés-Bas",
        "Anne Vidal, mairesse de Valmont",
        "Paul Roy, conseiller départemental",
        "Et 29 autres élus de la vallée de la Sorne",
    ]
    footer = ["Les textes publiés dans la section Opinion n'engagent que leurs auteurs."]
    lines = [TITLE, *PARAGRAPHS, closing, *signatories, *footer]
    assert _removed(lines) == {len(lines) - 1}


def test_a_list_of_death_notices_below_the_article_still_goes() -> None:
    notices = [
        "Les avis de décès de la semaine",
        "Monsieur Marc Aubel, 84 ans, Prés-Bas",
        "Froidevaux Lucie, Les Écorchevaux",
        "Madame Anne Vidal, née Roy, 91 ans, Valmont",
    ]
    lines = [TITLE, *PARAGRAPHS, *notices]
    assert _removed(lines) == set(range(len(lines) - len(notices), len(lines)))


def test_a_spec_sheet_below_a_related_box_and_its_rating_stay() -> None:
    box = ["Sur le même sujet", "Sorne 12 : faut-il craquer pour le modèle de base ?"]
    sheet = [
        "Fiche technique",
        "Écran : OLED 6,7 pouces, 2 800 x 1 260 pixels, 1-120 Hz",
        "Processeur : Sorne N5, gravé en 4 nm",
        "Mémoire : 12 Go de RAM, 256 ou 512 Go de stockage",
        "Batterie : 5 600 mAh, charge filaire 80 W, sans fil 30 W",
        "Poids : 211 g",
        "Note globale : 8,5/10",
    ]
    footer = ["Recevez la newsletter du Journal", "E-mail *", "© 2026 Le Journal"]
    lines = [TITLE, *PARAGRAPHS, *box, *sheet, *footer]
    start = len(PARAGRAPHS) + 1
    assert _removed(lines) == {start, start + 1, *range(len(lines) - len(footer), len(lines))}


def test_a_line_announcing_the_decisions_above_a_related_link_stays() -> None:
    standfirst = (
        "L'intersyndicale des enseignants de la vallée a reconduit la grève lundi, faute "
        "d'accord sur les salaires. Le Journal publie ci-dessous sa déclaration."
    )
    decisions = ["1. Le maintien de la grève.", "2. Une marche pacifique jeudi."]
    lines = [
        TITLE,
        standfirst,
        "Considérant que le barème salarial convenu en 2023 n'est toujours pas appliqué ;",
        "Considérant que les retards de paie atteignent parfois trois mois ;",
        "Décidons :",
        "Lire aussi : Gratuité de l'enseignement : les écoles réclament leurs frais",
        *decisions,
        *PARAGRAPHS,
    ]
    assert _removed(lines) == {5}


def test_a_programme_with_hours_alone_stays_above_a_share_bar() -> None:
    programme = [
        "Le déroulé de la journée",
        "14 h : accueil des invités et des délégations",
        "14 h 30 : table ronde sur l'emploi des jeunes, avec deux chefs d'entreprise",
        "18 h : remise des prix aux bacheliers",
        "20 h : dîner et concert de l'orchestre municipal",
    ]
    footer = ["Partager :", "J'aime ça :", "Articles similaires"]
    lines = [TITLE, *PARAGRAPHS, *programme, *footer]
    assert _removed(lines) == set(range(len(lines) - len(footer), len(lines)))


def test_a_team_sheet_counted_down_with_several_players_a_line_stays() -> None:
    sheet = [
        "L'équipe de départ",
        "15. Marc Aubel",
        "14. Luc Abadie ; 13. Karim Ouali ; 12. Jean Morel ; 11. Paul Ferrand",
        "10. Hugo Rivière ; 9. Tom Berger",
        "8. Yann Corre ; 7. Léo Marchal (cap.) ; 6. Noé Vidal",
        "5. Rémi Dutour ; 4. Axel Brun",
        "3. Éric Sorel ; 2. Max Duval ; 1. Théo Lagarde",
        "Remplaçants : 16. Lucas Pons, 17. Enzo Ribes, 18. Hugo Salles, 19. Jean Tarbes",
    ]
    closing = (
        "Vainqueur de ses trois derniers matchs à domicile, le club pointe à la cinquième "
        "place et peut espérer s'installer dans le haut du classement en cas de succès."
    )
    footer = [
        "Jouer comporte des risques : endettement, isolement, dépendance.",
        "XV de la Sorne",
        "Fédérale 2",
    ]
    lines = [TITLE, *PARAGRAPHS, *sheet, closing, *footer]
    assert _removed(lines) == set(range(len(lines) - len(footer), len(lines)))


def test_a_reviews_rating_stays_above_the_shop_links() -> None:
    titles = ["Prés-Bas", "La crue", "Halage", "Digue", "Marée lente", "Lettre à A.", "Le Quai"]
    review = [
        "La liste des titres",
        *(f"{k}. {title} (3:{k}0)" for k, title in enumerate(titles, 1)),
        "8. Ce qui reste (5:20)",
        "9. Nuit blanche (reprise) (4:05)",
        "Les Riverains, La Crue, Label Sorne, CD/vinyle. En concert le 22 mars au Quai.",
        "Notre note : 8/10",
    ]
    footer = ["Écouter l'album sur votre plateforme préférée", "Acheter le vinyle (29,90 CHF)"]
    lines = [TITLE, *PARAGRAPHS, *review, *footer]
    assert _removed(lines) == set(range(len(lines) - len(footer), len(lines)))


def test_a_paragraph_of_three_sentences_under_a_related_box_ends_no_section() -> None:
    # The third sentence opens on a quotation: still three sentences, running text.
    paragraph = (
        "C'est la vraie question, et la réponse est décevante : on ne sait pas encore "
        "grand-chose. Les études sur les digues anciennes montrent qu'elles cèdent rarement "
        "d'un coup, mais les crues testées sont sans rapport avec celles du printemps. « Il "
        "y a de bonnes raisons de surveiller, aucune de paniquer », résume l'hydrologue."
    )
    glossary = [
        "Glossaire",
        "Digue : ouvrage en terre qui protège une zone basse des crues.",
        "Halage : chemin longeant un cours d'eau.",
        "Crue : montée rapide des eaux d'une rivière.",
    ]
    box = ["Sur le même sujet", "Crues : les digues de l'amont seront contrôlées chaque hiver"]
    lines = [TITLE, *PARAGRAPHS, *box, "Que sait-on des risques ?", paragraph, *glossary]
    start = len(PARAGRAPHS) + 1
    assert _removed(lines) == {start, start + 1}


def test_podiums_on_one_line_each_stay_with_the_closing_paragraph() -> None:
    podiums = [
        "Les podiums",
        "Seniors : 1. Marc Aubel (Prés-Bas), 2. Luc Abadie (Sorne Canoë), 3. Jean Morel (Halage)",
        "Juniors : 1. Léa Morel (Halage), 2. Inès Ferrand (Prés-Bas), 3. Zoé Abadie (Digue)",
        "Les classements complets de toutes les catégories sont en ligne sur la page Résultats "
        "du club. Prochaine manche le 12 avril à Brévanne.",
    ]
    footer = ["Partager sur Facebook", "Prenez votre licence en ligne", "© Sorne Canoë 2026"]
    lines = [TITLE, *PARAGRAPHS, *podiums, *footer]
    assert _removed(lines) == set(range(len(lines) - len(footer), len(lines)))


def test_a_press_reviews_last_title_and_paragraph_starting_with_enfin_stay() -> None:
    review = [
        "Le Courrier de Brévanne",
        "Enfin, le bihebdomadaire de la vallée salue l'ouverture d'une école de voile à "
        "Prés-Bas, financée par la commune et deux clubs nautiques.",
    ]
    footer = [
        "Écouter la revue de presse",
        "Les dernières émissions",
        "Le journal de 7 heures",
        "La météo des plages",
    ]
    lines = [TITLE, *PARAGRAPHS, *review, *footer]
    assert not _removed(lines) & {len(PARAGRAPHS) + 1, len(PARAGRAPHS) + 2}


# Eighth round: lines of the unseen sets b45-b48 that the earlier code removed.


def test_signatories_with_capitalized_roles_and_their_unions_stay_above_the_tags() -> None:
    signatories = [
        "Pour la coordination, les signataires :",
        "Koffi Yao Séraphin, Coordonnateur national (SYNAPES)",
        "Bamba Adjoua Christelle, Porte-parole (UNEST)",
        "N'Guessan Amani Rodrigue, Secrétaire général (COLLEN)",
        "Digbeu Gnahoré Patrice, Secrétaire général (SNET)",
    ]
    lines = [TITLE, *PARAGRAPHS, *signatories, "Tags : digues, Sorne", "Le Journal de la Sorne"]
    found = _removed(lines)
    assert found >= {len(lines) - 2}
    assert found.isdisjoint(range(len(PARAGRAPHS) + 1, len(PARAGRAPHS) + 1 + len(signatories)))


def test_a_link_list_of_capitalized_names_and_titles_still_goes() -> None:
    # Only a role ending with its organisation's acronym reads as a signatory's.
    related = [
        "Sur le même sujet",
        "Lucie Ferrand, Notre grand reportage sur la Sorne",
        "Marc Aubel, Les digues vues du ciel",
        "Nadia Benhamou, Le syndicat de rivière en questions",
    ]
    lines = [TITLE, *PARAGRAPHS, *related]
    assert _removed(lines) == set(range(len(PARAGRAPHS) + 1, len(lines)))


def test_a_reviews_pros_and_cons_lists_stay_above_its_tags() -> None:
    verdict = [
        "On aime",
        "- L'espace à bord et le volume du coffre",
        "- Le confort et l'insonorisation",
        "On aime moins",
        "- Quelques plastiques bas de gamme",
        "- Une recharge un peu lente",
    ]
    lines = [TITLE, *PARAGRAPHS, *verdict, *RELATED]
    found = _removed(lines)
    start = len(PARAGRAPHS) + 1
    assert found.isdisjoint(range(start, start + len(verdict)))
    assert found >= set(range(start + len(verdict), len(lines)))


def test_a_data_sheet_on_one_line_under_the_header_stays() -> None:
    sheet = (
        "Genre : action-RPG – Développeur : Studio Halvard – Plateformes : PC, PS5, "
        "Xbox Series – Sortie : 27 février 2025"
    )
    lines = [TITLE, "Par Lucie Ferrand", sheet, *PARAGRAPHS]
    assert 2 not in _removed(lines)


LIVE = [
    "11h50",
    "Le syndicat de rivière annonce la fermeture du chemin de halage jusqu'à nouvel ordre, "
    "le temps de vérifier la solidité des berges.",
    "09h20",
    "La Sorne a dépassé la cote d'alerte à Prés-Bas dans la nuit, selon la préfecture, qui "
    "déconseille tout déplacement le long de la rivière.",
    "08h00",
    "Bienvenue dans ce direct consacré à la crue de la Sorne. Nous suivons l'évolution de la "
    "situation tout au long de la journée.",
]
INTEREST = [
    "Ceci pourrait vous intéresser",
    "Crue de la Sorne : les images de la montée des eaux",
    "Le syndicat de rivière publie ses relevés heure par heure.",
]


def test_a_related_box_heading_opens_the_footer_section_under_the_article() -> None:
    lines = [TITLE, *PARAGRAPHS, *INTEREST, "© Le Journal de la Sorne 2026"]
    found = removed_by_rule(lines)
    assert set(found) == set(range(len(PARAGRAPHS) + 1, len(lines)))
    assert found[len(PARAGRAPHS) + 1] == "recirc.interest-heading"


def test_a_live_blogs_entries_below_a_related_box_stay() -> None:
    # The entry times alone part the paragraphs; the entries are the article's.
    lines = [TITLE, *PARAGRAPHS[:2], *INTEREST, *LIVE, "© Le Journal de la Sorne 2026"]
    start = 3 + len(INTEREST)
    assert _removed(lines).isdisjoint(range(start, start + len(LIVE)))


def test_a_chronology_of_years_at_the_end_stays_with_its_heading() -> None:
    chronology = [
        "Lucie Ferrand en quelques dates",
        "14 février 1937 Naissance à Prés-Bas",
        "1964 Fonde le syndicat de rivière de la Sorne",
        "1979 Crée la fête des digues",
        "1991-1993 Présidente du conseil départemental",
        "6 avril 2025 Mort à Prés-Bas",
    ]
    footer = ["Marc Aubel", "Voir les 23 contributions", *RELATED]
    lines = [TITLE, *PARAGRAPHS, *chronology, *footer]
    found = _removed(lines)
    start = len(PARAGRAPHS) + 1
    assert found.isdisjoint(range(start, start + len(chronology)))
    assert found >= set(range(start + len(chronology) + 1, len(lines)))


def test_a_match_reports_stoppage_time_entry_stays() -> None:
    entries = [
        "90+5'",
        "Coup de sifflet final à Prés-Bas : les locaux arrachent le nul au bout du temps "
        "additionnel.",
        "88'",
        "Lucie Ferrand égalise de la tête sur un corner tiré par Marc Aubel.",
        "61'",
        "Les visiteurs ouvrent le score sur penalty après une faute dans la surface.",
    ]
    lines = [TITLE, *PARAGRAPHS[:1], *entries, *RELATED]
    assert _removed(lines).isdisjoint(range(2, 2 + len(entries)))


def test_results_below_a_related_box_between_paragraphs_stay() -> None:
    results = [
        "Les principaux résultats",
        "Messieurs",
        "100 m (vent +1,4): 1. Lucie Ferrand (CA Sorne) 10''31. 2. Marc Aubel (US Prés-Bas) "
        "10''48. 3. Nadia Benhamou (Stade Sorne) 10''52.",
        "Longueur: 1. Marc Aubel (US Prés-Bas) 7,42 m. 2. Lucie Ferrand (CA Sorne) 7,18 m. "
        "3. Paul Morel (Stade Sorne) 7,02 m.",
    ]
    related = ["Articles en lien", "Athlétisme : la Sorne rêve d'une piste couverte"]
    lines = [TITLE, *PARAGRAPHS, *related, *results, *RELATED]
    start = len(PARAGRAPHS) + 1 + len(related)
    found = _removed(lines)
    assert found.isdisjoint(range(start, start + len(results)))
    assert found >= set(range(start + len(results), len(lines)))


def test_a_setlist_the_review_quotes_stays_above_the_shop_links() -> None:
    review = [
        "Le concert de Lucie Ferrand s'ouvre sur « Sable noir », le titre qui donne son nom à "
        "son troisième album, devant une salle des fêtes de Prés-Bas comble.",
        "Le premier frisson arrive avec « Lettre à la Sorne », seule au piano, avant que "
        "« Électrique » ne fasse lever les premiers rangs.",
    ]
    setlist = ["La setlist", "Sable noir", "Les Heures creuses", "Électrique", "Lettre à la Sorne"]
    shop = ["Écouter « Sable noir » sur Vinylothèque", "Acheter le vinyle – 27,99 €", "Tags"]
    lines = [TITLE, *review, *setlist, *shop]
    found = _removed(lines)
    start = 1 + len(review)
    assert found.isdisjoint(range(start, start + len(setlist)))
    # Titles the text does not quote are a site's links.
    links = ["À lire aussi", "Sable et vent", "Les Heures de la Sorne", "Électricité verte"]
    lines = [TITLE, *review, *links, *shop]
    assert _removed(lines) >= set(range(start, len(lines)))


def test_a_bare_a_voir_over_a_shows_reference_stays() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS[:2],
        "À voir",
        "« Les Digues », de Lucie Ferrand. Du 12 au 29 mars au théâtre de Prés-Bas, à 20 h.",
        "Durée : 1 h 15. Tarifs : de 12 à 32 €.",
        *RELATED,
    ]
    assert _removed(lines).isdisjoint({3, 4, 5})


def test_a_last_section_of_one_long_sentence_under_its_subheading_stays() -> None:
    # A link's teaser is one sentence of a few dozen words at most.
    section = [
        "Météo et marchés",
        "Sur le reste du département, les services de prévision annonçaient pour la fin de "
        "semaine un temps sec et froid, avec des gelées matinales jusqu'à moins quatre degrés "
        "dans les vallées de l'est, avant un redoux attendu à partir de jeudi sur "
        "l'ensemble des côtes et des plateaux.",
    ]
    footer = [
        "Les informations publiées sur ce site ne constituent pas un conseil en investissement.",
        "Écoutez notre podcast « La Minute Sorne », chaque soir à 18 h 30 sur les plateformes.",
        "© Le Journal de la Sorne 2026",
    ]
    lines = [TITLE, *PARAGRAPHS, *section, *footer]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint({start, start + 1})
    assert found == set(range(start + 2, len(lines)))


def test_pour_aller_plus_loin_over_a_paragraph_of_advice_stays() -> None:
    section = [
        "Pour aller plus loin",
        "Une digue de terre protège le quartier des Prés-Bas d'une crue ordinaire, pas d'une "
        "crue centennale. Idéalement, les riverains de la Sorne gardent aussi leurs papiers "
        "à l'étage pendant les travaux du syndicat de rivière.",
    ]
    lines = [TITLE, *PARAGRAPHS, *section, "Tags : digues, Sorne", "© Le Journal 2026"]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint({start, start + 1})
    assert found >= {start + 2, start + 3}


def test_a_live_summary_heading_and_minute_markers_stay() -> None:
    live = [
        "Ce qu'il faut savoir",
        "Au premier tour, Lucie Ferrand obtient 59 voix et Marc Aubel 47, loin des 86 requises.",
        "Le second tour a été interrompu faute de quorum après le départ de 42 élus.",
        "90e+3",
        "Dernière occasion pour Prés-Bas ! Le coup franc de Marc Aubel frôle la lucarne.",
        "84e",
        "But ! Lucie Ferrand donne l'avantage à la Sorne sur un corner repris de la tête.",
        "71e",
        "Carton rouge pour Prés-Bas après un tacle par derrière au milieu du terrain.",
    ]
    lines = [TITLE, "Par Lucie Ferrand", "Actualiser", *live, *RELATED]
    found = _removed(lines)
    assert found.isdisjoint(range(3, 3 + len(live)))
    assert {1, 2} <= found


def test_readers_letters_signed_with_a_name_and_a_place_stay() -> None:
    letters = [
        "Digues : pensons aux aînés",
        "Depuis le 1er mars, le chemin de halage est fermé le samedi. Pour les aînés du "
        "quartier des Prés-Bas, c'était la seule promenade à plat le long de la Sorne.",
        "Lucie Ferrand, Prés-Bas",
        "Merci aux pompiers",
        "Je tenais à remercier publiquement les pompiers volontaires qui sont intervenus chez "
        "nous pendant la crue de la Sorne.",
        "Famille Aubel, Brévanne-la-Forêt",
    ]
    footer = [
        "Les lettres de lecteurs n'engagent que leurs auteurs.",
        "Partager l'article",
        "© Le Journal de la Sorne 2026",
    ]
    lines = [TITLE, *PARAGRAPHS, *letters, *footer]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint(range(start, start + len(letters)))
    assert found == set(range(start + len(letters), len(lines)))
    # Under a comments form, the same signature closes a reader's comment.
    comments = [
        "Laisser un commentaire",
        "Votre avis",
        "Vu en avant-première : je suis sortie de la salle en larmes, merci pour ce texte.",
        "Hélène Morel, Nantes",
    ]
    lines = [TITLE, *PARAGRAPHS, *comments, "© Le Journal de la Sorne 2026"]
    assert _removed(lines) == set(range(start, len(lines)))


def test_a_programme_by_day_under_its_heading_stays_at_the_end() -> None:
    programme = ["Le programme"]
    for day in ("Jeudi 13 mars", "Vendredi 14 mars", "Samedi 15 mars", "Dimanche 16 mars"):
        programme += [day, "- 18 h : parade des batteurs sur la digue des Prés-Bas"]
    lines = [TITLE, *PARAGRAPHS, *programme, "Partager :", "Facebook", "WhatsApp"]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint(range(start, start + len(programme)))
    assert found == set(range(start + len(programme), len(lines)))


def test_contacts_under_a_ranking_and_a_journal_reference_stay() -> None:
    ranking = [
        "1. Lucie Ferrand, lycée de Prés-Bas, biochimie : 91 %",
        "2. Marc Aubel, collège de la Sorne, latin : 88 %",
        "3. Nadia Benhamou, lycée de Brévanne, électricité : 86 %",
        "Pour toute réclamation",
        "- Direction des examens, avenue de la Sorne, Prés-Bas",
        "- Horaires : du lundi au vendredi, de 8 h à 15 h",
    ]
    lines = [TITLE, *PARAGRAPHS, *ranking, "Partager :", "Facebook"]
    start = len(PARAGRAPHS) + 1
    assert _removed(lines).isdisjoint(range(start, start + len(ranking)))
    reading = [
        "Pour aller plus loin",
        "Lucie Ferrand, Les Crues de la Sorne, Éditions du Pont, 2019, 284 p.",
        "Marc Aubel, « Les digues de la Sorne », Revue d'histoire locale, n° 47, 2011, p. 88-115.",
    ]
    lines = [TITLE, *PARAGRAPHS, *reading, "Marc Aubel", "© Le Journal de la Sorne 2026"]
    assert _removed(lines).isdisjoint(range(start + 1, start + len(reading)))


def test_a_calendar_under_a_related_box_between_paragraphs_stays() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Consultez aussi",
        "Crue de la Sorne : les pêcheurs réclament des passes à poissons",
        "Au syndicat de rivière, on assure que les riverains seront consultés sur le tracé "
        "du chemin de halage avant le début du chantier.",
        "Les dates à retenir",
        "15 mai 2026 : réunion publique à la salle des fêtes des Prés-Bas",
        "2 juin 2026 : fin de la consultation des riverains",
        "Dès le 1er septembre 2026 : début des travaux sur la rive gauche",
        "30 novembre 2026 : fin du chantier des digues",
        "Les pêcheurs de la Sorne demandent que les travaux s'arrêtent pendant la période de "
        "frai, de mars à mai, pour protéger les truites de la rivière.",
        "Vous avez aimé cet article ? Abonnez-vous pour soutenir notre rédaction.",
        "© Le Journal de la Sorne 2026",
    ]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint(range(start + 2, len(lines) - 2))
    assert {start, start + 1, len(lines) - 2, len(lines) - 1} <= found


def test_other_results_with_the_score_between_the_teams_stay() -> None:
    results = [
        "Les autres résultats de la journée",
        "US Prés-Bas 2-1 FC Brévanne",
        "AS Sorne 0-0 Entente Halage",
        "Stade Rivière 3-2 Olympique Digue",
    ]
    tags = ["Football", "US Prés-Bas", "AS Sorne", "Laisser un commentaire"]
    lines = [TITLE, *PARAGRAPHS, *results, *tags]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint(range(start, start + len(results)))
    assert found >= set(range(start + len(results) + 1, len(lines)))


def test_results_with_each_teams_score_under_their_label_stay() -> None:
    # (b119: a club's page lists its other teams' results, a match put off among them.)
    results = [
        "Les autres résultats du week-end",
        "- N3 féminine : Plessis-sur-Orge 24 – ESBL 22",
        "- Prénationale masculine : ESBL 2 31 – Saint-Aulaire 26",
        "- U18 masculins : ESBL 35 – Entente Val-de-Brie 19",
        "- U15 féminines : match reporté",
    ]
    # (The page ends on a ticket office's line, no rule's; the results are the text's end.)
    ticket = "Billetterie en ligne : réservez vos places pour la réception de Saint-Aulaire"
    lines = [TITLE, *PARAGRAPHS, *results, ticket]
    start = len(PARAGRAPHS) + 1
    assert _removed(lines).isdisjoint(range(start, start + len(results)))


def test_a_quoted_statement_headed_communique_keeps_its_heading() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Voici le texte intégral du communiqué :",
        "COMMUNIQUÉ",
        "Le syndicat de rivière porte à la connaissance des riverains que le chemin de halage "
        "sera fermé du 1er au 30 septembre pour les travaux des digues.",
        "Le Président du syndicat de rivière",
        "© Le Journal de la Sorne 2026",
    ]
    heading = len(PARAGRAPHS) + 2
    assert heading not in _removed(lines)
    # An advert's label between two paragraphs goes.
    advert = [TITLE, PARAGRAPHS[0], "COMMUNIQUÉ", *PARAGRAPHS[1:]]
    assert 2 in _removed(advert)


def test_a_ranked_item_under_an_advert_label_and_a_comparison_line_stay() -> None:
    items = []
    for rank, (name, price) in enumerate(
        (("Sorne Buds 3", "549"), ("Halage Pods Pro", "899"), ("Digue Beat Free", "379")), 1
    ):
        items += [
            f"{rank}. {name} - {price} DH",
            f"Les {name} tiennent bien dans l'oreille et offrent une autonomie correcte pour "
            "les trajets quotidiens en bus ou en train.",
            "Points forts : prix, légèreté. Point faible : micro moyen.",
        ]
    lines = [TITLE, *items[:6], "Publicité", *items[6:]]
    ranked = 1 + 6 + 1
    found = _removed(lines)
    assert ranked not in found
    assert ranked - 1 in found  # the label itself
    ending = [
        "Les concurrentes : Digue Beat Free (379 DH), Sorne Buds 3 (549 DH), Halage Pods Pro "
        "(899 DH)",
        "Nos derniers tests",
        "Test Sorne Buds 3 : le meilleur rapport qualité-prix",
        "© Le Journal de la Sorne 2026",
    ]
    lines = [TITLE, *PARAGRAPHS, *ending]
    found = _removed(lines)
    assert len(PARAGRAPHS) + 1 not in found
    assert found >= {len(lines) - 1}


def test_a_signatures_role_ending_with_a_comma_stays() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Voici la lettre du syndicat :",
        "Nous demandons le versement des primes avant la fin du mois, comme promis par le "
        "syndicat de rivière lors de la réunion de mars.",
        "Le Secrétaire provincial,",
        "Jean-Pierre Nadal",
        "© Le Journal de la Sorne 2026",
    ]
    assert len(PARAGRAPHS) + 3 not in _removed(lines)


def test_a_letter_opening_with_honorables_collegues_keeps_its_salutation() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Voici la lettre adressée aux élus :",
        "Honorables collègues,",
        "Nous vous demandons de voter sans délai le budget des digues de la Sorne, afin que "
        "le chantier commence avant l'hiver comme promis aux riverains.",
        "© Le Journal de la Sorne 2026",
    ]
    assert len(PARAGRAPHS) + 2 not in _removed(lines)


def test_a_court_decisions_reference_stays_above_the_authors_box() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "CA Prés-Bas, ch. civ., 14 mars 2026, n° 24/01873",
        "À propos de l'auteur",
        "Lucie Ferrand est avocate au barreau de Prés-Bas, où elle plaide depuis 2009 pour les "
        "riverains des digues de la Sorne.",
        "Sur le même sujet",
        "Digues : le syndicat de rivière condamné en appel",
        "© Le Journal de la Sorne 2026",
    ]
    lines.insert(1, "Par Lucie Ferrand")
    reference = len(PARAGRAPHS) + 2
    found = _removed(lines)
    assert reference not in found
    assert set(range(reference + 1, len(lines))) <= found


def test_titles_under_sur_le_meme_sujet_are_no_data_sheet() -> None:
    related = [
        "Sur le même sujet",
        "Brévanne : le syndicat de rivière relève ses prévisions de crue",
        "Prés-Bas : les riverains à la peine depuis la rentrée",
        "Digues : la région renforce son contrôle du chantier",
        "Mots-clés : Sorne, digues, syndicat de rivière",
        "© Le Journal de la Sorne 2026",
    ]
    lines = [TITLE, *PARAGRAPHS, *related]
    start = len(PARAGRAPHS) + 1
    assert _removed(lines) == set(range(start, len(lines)))


def test_an_update_note_with_its_hour_does_not_end_the_header() -> None:
    lines = [
        TITLE,
        "Mise à jour, 19 h 10 : le syndicat de rivière a confirmé la date du chantier, qui "
        "commencera bien le 1er septembre.",
        PARAGRAPHS[0],
        "Par Lucie Ferrand",
        "Le 04/06/2026 à 16:20 - Mis à jour le 04/06/2026 à 19:12",
        *PARAGRAPHS[1:],
    ]
    assert _removed(lines) == {3, 4}


def test_a_signature_ending_with_an_initial_goes_with_the_footer() -> None:
    lines = [TITLE, *PARAGRAPHS, "Lucie F.", "Partager :", "Facebook", "X"]
    assert _removed(lines) == set(range(len(PARAGRAPHS) + 1, len(lines)))


def test_a_one_line_data_sheet_and_scorers_with_their_points_stay() -> None:
    ending = [
        "Label : Sorne Records – Production : Lucie Ferrand – Sortie : 2 mai 2026",
        "Les buteurs",
        "Prés-Bas : Ferrand 9, Aubel 5, Morel 4, Abadie 3.",
        "Brévanne : Ouali 7, Nadal 6, Roux 5, Girard 2.",
    ]
    tags = ["Tags : Prés-Bas Brévanne derby", "Commentaires", "© Le Journal de la Sorne 2026"]
    for block in (ending[:1], ending[1:]):
        lines = [TITLE, *PARAGRAPHS, *block, *tags]
        start = len(PARAGRAPHS) + 1
        found = _removed(lines)
        assert found.isdisjoint(range(start, start + len(block)))
        assert found == set(range(start + len(block), len(lines)))


def test_an_albums_tracklist_with_durations_stays() -> None:
    tracks = [
        f"{n}. {name} ({length})"
        for n, (name, length) in enumerate(
            (("Sorne", "3:41"), ("Prés-Bas", "4:02"), ("Halage", "3:28"), ("Digue", "5:15")), 1
        )
    ]
    lines = [TITLE, *PARAGRAPHS, "La liste des titres", *tracks, "Partager :", "Facebook"]
    start = len(PARAGRAPHS) + 1
    assert _removed(lines) == {len(lines) - 2, len(lines) - 1}
    assert all(k not in _removed(lines) for k in range(start, start + len(tracks) + 1))


def test_a_paragraph_announcing_its_list_under_a_related_box_stays() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Ceci pourrait vous intéresser",
        "Crues : la région promet 20 millions pour les digues de la Loire",
        "Le syndicat de rivière maintient sa vigilance jusqu'à jeudi et invite les riverains "
        "des Prés-Bas à quitter leur maison en cas de nouvelle crue et à joindre les secours "
        "aux numéros suivants :",
        "- Pompiers : 18",
        "- SAMU : 15",
        "Lucie Ferrand",
        "Tags : Sorne, digues",
    ]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint(range(start + 2, start + 5))
    assert {start, len(lines) - 1} <= found


def test_pros_and_cons_without_bullets_and_a_listicles_item_under_a_box_stay() -> None:
    ending = [
        "Notre verdict",
        "Le vélo de la Sorne est confortable et silencieux, mais son autonomie déçoit.",
        "Les plus",
        "Moteur central doux et silencieux",
        "Courroie sans entretien",
        "Les moins",
        "Autonomie bien inférieure à l'annonce",
        "Poids élevé (26,4 kg)",
    ]
    footer = ["Les derniers tests", "Test de la trottinette Halage T3 : rapide mais chère"]
    lines = [TITLE, *PARAGRAPHS, *ending, *footer]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint(range(start, start + len(ending)))
    listicle = [
        "1. Relever la hauteur de fauche",
        PARAGRAPHS[0],
        "Nos articles sur la sécheresse",
        "Irrigation : ce que change le nouvel arrêté préfectoral",
        "Fourrages : les prix de la paille déjà en hausse",
        "2. Diversifier les espèces au semis",
        PARAGRAPHS[1],
    ]
    found = _removed([TITLE, *listicle])
    assert {3, 4, 5} <= found
    assert 6 not in found


def test_three_paragraphs_in_their_own_words_after_an_advert_stay() -> None:
    ending = [
        "Publicité",
        "Concession Sorne Auto : découvrez nos offres de rentrée",
        "Les résultats de la journée",
        "Un budget de 40 000 euros à boucler",
        "Le tirage au sort, prévu jeudi, désignera l'adversaire du club, qui devra traverser "
        "l'Atlantique pour jouer son match de coupe en métropole.",
        "La fédération prend en charge une partie des billets d'avion, et la commune a promis "
        "une subvention exceptionnelle pour les maillots et l'hébergement des joueurs.",
        "Fondé en 1964, le club évolue en régionale et s'appuie sur une école de football "
        "réputée, qui a formé plusieurs joueurs passés par des centres de formation.",
    ]
    footer = ["Vous avez aimé cet article ?", "Abonnez-vous pour 1 € le premier mois"]
    lines = [TITLE, *PARAGRAPHS, *ending, *footer]
    start = len(PARAGRAPHS) + 1
    found = _removed(lines)
    assert found.isdisjoint(range(start + 2, start + len(ending)))
    assert {start, len(lines) - 2, len(lines) - 1} <= found


def test_three_numbers_under_their_labels_at_the_end_stay_a_contact_block_goes() -> None:
    # (b117: a flood report ends on the emergency numbers; an outlet's contact block has
    # the same shape but contact labels.)
    numbers = ["Sapeurs-pompiers : 180", "Police secours : 110 ou 111", "SAMU : 185"]
    lines = [TITLE, *PARAGRAPHS, *numbers, "Partager sur Facebook"]
    start = len(PARAGRAPHS) + 1
    assert _removed(lines) == {len(lines) - 1}
    contact = ["Tél : 02 97 54 10 33", "Fax : 02 97 54 10 34", "Standard : 02 97 54 10 00"]
    lines = [TITLE, *PARAGRAPHS, *contact, "© Le Journal de la Sorne 2026"]
    assert _removed(lines) >= set(range(start, len(lines)))


def test_a_tours_dates_with_a_dash_after_the_date_stay() -> None:
    # (b123: a band's interview ends on its tour, "27 février – Québec, Le Grenier".)
    tour = [
        "En tournée",
        "27 février – Valbrune, Le Grenier de la Côte",
        "1er mars – Port-Lavrec, Salle du Quai-Bleu",
        "7 mars – Castelbrac, Le Pied-de-Biche",
        "8 mars – Saint-Ours, La Mezzanine",
        "14 mars – Brévanne, Théâtre du Fjord",
    ]
    lines = [TITLE, *PARAGRAPHS, *tour, "Partager sur Facebook"]
    assert _removed(lines) == {len(lines) - 1}


def test_a_reviews_labelled_sections_stay_a_lone_related_title_goes() -> None:
    # (b123: a car test heads its sections "À bord : …", "Sur la route : …".)
    first, second, third = PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2]
    sections = [
        TITLE,
        first,
        "À bord : de l'espace et du bon sens",
        second,
        "Sur la route : le confort avant tout",
        third,
    ]
    assert _removed(sections) == set()
    related = "Vendée : la commune de Saint-Ours interdit les locations saisonnières"
    assert _removed([TITLE, first, second, related, third]) == {3}


def test_the_last_line_cut_by_a_paywall_in_other_words_stays() -> None:
    # (b121: "La lecture de cet article est réservée aux abonnés. Il vous en reste 64 %".)
    cut = "Le procureur a requis deux ans d'emprisonnement avec sursis probatoire et une"
    paywall = [
        "La lecture de cet article est réservée aux abonnés. Il vous en reste 64 % à lire.",
        "Offre Découverte",
        "1 € le premier mois",
        "Je m'abonne",
        "Déjà abonné ? Identifiez-vous",
    ]
    lines = [TITLE, *PARAGRAPHS, cut, *paywall]
    found = _removed(lines)
    assert len(PARAGRAPHS) + 1 not in found
    assert found >= set(range(len(PARAGRAPHS) + 2, len(lines)))


def test_a_recipes_sheet_with_its_servings_under_a_caption_stays() -> None:
    # (b126: "Pour 6 personnes" among "Préparation : …" lines parted the sheet in two.)
    standfirst = (
        "Le grand classique des dimanches en famille : une sauce courte et parfumée, des "
        "citrons confits maison et des olives violettes ajoutées au dernier moment."
    )
    caption = "Le tajine, prêt à servir, dans son plat en terre cuite. Photo Youssef Alami"
    sheet = [
        "Préparation : 25 minutes",
        "Cuisson : 1 h 15",
        "Pour 6 personnes",
        "Difficulté : facile",
        "Coût : moyen",
    ]
    lines = ["Tajine de poulet aux citrons confits", standfirst, caption, *sheet, *PARAGRAPHS]
    assert _removed(lines) == {2}


def test_a_shopping_list_ending_with_prices_stays() -> None:
    # (b126: a design report ends on its picks, each with its maker and price.)
    picks = [
        "Nos coups de cœur",
        "Kilim « Marée basse », collectif Nawl, filets recyclés, 160 x 230 cm, 1 850 dinars",
        "Jarre « Souffle », Aziz Mejri, terre rouge non émaillée, 2 100 dinars",
        "Robe « Raf Raf », Yasmine Jaziri, lin brodé, 640 dinars",
        "Lampe « Qobba », studio Atlas & Fils, laiton et palmier tressé, 420 dinars",
        "Chaise « Sidi », Mehdi Ounaies, frêne et corde de jute, 980 dinars",
    ]
    lines = [TITLE, *PARAGRAPHS, *picks, "Partager", "Épingler"]
    start = len(PARAGRAPHS) + 1
    assert _removed(lines).isdisjoint(range(start, start + len(picks)))


def test_a_books_sheet_with_its_author_and_date_lines_stays() -> None:
    # (b130: "Autrice : …" and "Parution : 7 mars 2024" read as a byline and a date.)
    sheet = [
        "La fiche du livre",
        "Titre : Les Terrils ont des oreilles",
        "Autrice : Maud Vanhecke",
        "Éditeur : Éditions du Pont-Levis, Namur",
        "Nombre de pages : 288",
        "Prix : 21 € (version numérique : 14,99 €)",
        "Parution : 7 mars 2024",
    ]
    for items in (sheet, [sheet[0], *("- " + line for line in sheet[1:])]):
        lines = [TITLE, *PARAGRAPHS, *items, "Mots-clés", "Premier roman", "Charleroi"]
        start = len(PARAGRAPHS) + 1
        assert _removed(lines).isdisjoint(range(start, start + len(sheet)))


def test_an_app_under_the_practical_heading_stays() -> None:
    # The practical section names the service's app (b152): an app rule's match is the
    # article's detail there.
    practical = [
        "Infos pratiques",
        "Fermeture : du samedi 9 novembre au samedi 30 novembre.",
        "Numéro vert : 0800 00 45 45 (gratuit, 7 j/7).",
        "Application : « Sorne Mobilité », disponible sur Android et iOS.",
    ]
    lines = [TITLE, *PARAGRAPHS, *practical, "Tags : Sorne, Digue, Travaux"]
    removed = _removed(lines)
    assert not removed & set(range(len(lines) - 1))
    assert len(lines) - 1 in removed


def test_a_bio_box_under_the_byline_stays() -> None:
    # An interview's "Bio express" box above the first question (b149).
    box = [
        "Bio express",
        "Née le 3 mars 1998 à Rufisque",
        "Club : Dijon FCO (France), depuis 2022",
        "Sélections : 46 (9 buts)",
    ]
    lines = [
        TITLE,
        "Capitaine des Lionnes, la joueuse de 27 ans revient sur la qualification de son "
        "équipe et sur le regard que le pays porte désormais sur le football féminin.",
        "Propos recueillis par Ousmane Faye",
        "Dakar, le 20 août 2025",
        "Aminata Ndiaye lors de la victoire contre le Mali. © Dribble / Pape Diouf",
        *box,
        *PARAGRAPHS,
    ]
    assert not _removed(lines) & {0, 1, 2, 5, 6, 7, 8}


def test_a_paragraph_cut_by_a_members_only_notice_stays() -> None:
    # "Cet article est réservé à nos membres." under a paragraph cut mid-sentence (b156):
    # the cut paragraph and the subheading above it are the article's.
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Des congés-ventes déguisés?",
        "Plusieurs anciens locataires rencontrés pour cette enquête décrivent le même "
        "scénario: une résiliation pour vente, puis une remise en location moins de six mois",
        "Cet article est réservé à nos membres.",
        "Déjà membre? Se connecter",
        "Pas encore membre? Rejoignez les 6400 personnes qui financent notre journal.",
        "Je deviens membre",
        "Noémie Chappuis est journaliste à la rédaction depuis 2021. Elle couvre le logement.",
        "Arnaud Besson est datajournaliste. Il a travaillé pour plusieurs rédactions.",
    ]
    removed = _removed(lines)
    cut = lines.index("Cet article est réservé à nos membres.")
    assert not removed & set(range(cut))
    assert {cut, cut + 1, cut + 2, cut + 3} <= removed


def test_a_bio_box_closing_an_interview_does_not_shelter_the_footer_below_it() -> None:
    # The box is the article's, the author's name and the related titles under it are
    # not (b160: taking "Bio express" for a practical heading kept eight lines below it).
    box = ["Bio express", "1979 Naissance à Valbrune.", "2008 Doctorat en hydrologie."]
    footer = [
        "Lucie Ferrand",
        "Plus de Sorne",
        "Lac des Taillères : la baignade interdite après la découverte d'une cyanobactérie",
        "Valbrune : le conseil accepte le crédit pour le nouveau collège",
    ]
    lines = [TITLE, *PARAGRAPHS, *box, *footer]
    removed = _removed(lines)
    first = len(lines) - len(footer)
    assert not removed & set(range(first))
    assert set(range(first, len(lines))) <= removed


def test_a_quoted_post_ending_with_a_hashtag_is_no_credited_caption() -> None:
    # "… Jeudi, on s'arrête. #GrèveTCL" under "Sur X, le syndicat a justifié le mouvement :"
    # (b157): capitals at the line's end after a sentence, but a hashtag, not a credit.
    post = (
        "Nos collègues se font insulter, cracher dessus, frapper. La direction répond avec "
        "des tableaux. Jeudi, on s'arrête. #GrèveTCL"
    )
    lines = [
        TITLE,
        *PARAGRAPHS[:2],
        "Sur X, le syndicat a justifié le mouvement :",
        post,
        PARAGRAPHS[2],
    ]
    assert not _removed(lines)


def test_an_obituarys_life_span_under_the_standfirst_stays() -> None:
    # "(1944 – 2025)" under the headline and standfirst of an obituary (b160).
    standfirst = (
        "Le maître de la kora, figure de la musique mandingue et formateur de plusieurs "
        "générations de musiciens, s'est éteint dimanche à l'âge de 81 ans."
    )
    lines = [TITLE, standfirst, "(1944 – 2025)", "Par Awa Ndoye Faye | 17 mars 2025", *PARAGRAPHS]
    removed = _removed(lines)
    assert 2 not in removed
    assert 3 in removed


def test_a_fact_checks_sources_under_their_heading_stay_and_what_follows_goes() -> None:
    # (Fourteenth round, b166 and b168: the sources of a fact-check or an explainer are
    # the article's; under them, the page's row of tags cites nothing.)
    sources = [
        "Nos sources",
        "Arrêté préfectoral no 2024-117 du 3 mars 2024 sur les digues de la Sorne",
        "Entretiens avec deux agents du syndicat de rivière, 9 et 10 septembre 2024",
        "- Rapport annuel du syndicat de rivière (2023)",
    ]
    below = ["Digues – Crues – Vérification"]
    lines = [TITLE, *PARAGRAPHS, *sources, *below]
    removed = _removed(lines)
    start = len(PARAGRAPHS) + 1
    assert removed.isdisjoint(range(start, start + len(sources)))
    assert set(range(len(lines) - len(below), len(lines))) <= removed


def test_propos_recueillis_par_under_the_standfirst_stays_between_header_lines() -> None:
    # (b168: the gap between two removed header lines is no box line when a keep rule
    # knows it.)
    lines = [
        TITLE,
        PARAGRAPHS[0],
        "Publié le 3 mars 2025",
        "Propos recueillis par Matthieu Rossier",
        "Lecture : 6 min",
        *PARAGRAPHS[1:],
    ]
    assert _removed(lines) == {2, 4}


def test_the_lines_under_y_aller_and_a_short_line_under_infos_pratiques_stay() -> None:
    # (b165, b168, read after scoring: a festival's access box ends on its web address; a
    # bakery's order line under "Infos pratiques" is no photo's caption.)
    access = [
        "Y aller",
        "Du jeudi 10 au dimanche 13 juillet, à Prés-Bas.",
        "Navettes gratuites depuis la gare toutes les 30 minutes.",
        "Programme complet et réservations : www.festival-sorne.fr",
    ]
    lines = [TITLE, *PARAGRAPHS, *access, "Partager l'article", "Facebook"]
    removed = _removed(lines)
    start = len(PARAGRAPHS) + 1
    assert removed.isdisjoint(range(start, start + len(access)))
    assert {len(lines) - 2, len(lines) - 1} <= removed
    practical = [
        "Infos pratiques",
        "Boulangerie du Haut-Bourg, 4 rue des Tilleuls, ouverte du mardi au samedi de "
        "6 h 30 à 13 h et de 15 h 30 à 19 h, le dimanche de 7 h à 12 h 30.",
        "Commandes au 03 29 00 00 00.",
        "Le dépôt de pain des Granges-Basses ouvrira en mars, dans l'ancienne école, les "
        "mardis, jeudis et samedis matin, a précisé la mairie à notre rédaction lundi.",
    ]
    lines = [TITLE, *PARAGRAPHS, *practical, *PARAGRAPHS[:1]]
    assert _removed(lines).isdisjoint(range(len(PARAGRAPHS) + 1, len(lines)))


def test_an_embeds_consent_an_ad_break_a_poll_and_a_reread_link_between_paragraphs_go() -> None:
    # (Fourteenth round, read after scoring b165-b168: page furniture between the
    # paragraphs that no rule knew.)
    furniture = [
        "Ce contenu est hébergé par YouTube. En l'affichant, vous acceptez que des cookies "
        "soient déposés par cette plateforme.",
        "Afficher la vidéo",
        "Publicité – la suite après l'annonce",
        "Je vote",
        "1 482 lecteurs ont déjà répondu",
        "Voir sur la carte interactive",
        "Pour en savoir plus sur le chantier, relisez notre enquête publiée en 2024.",
    ]
    lines = [TITLE, *PARAGRAPHS[:2], *furniture, *PARAGRAPHS[2:]]
    assert _removed(lines) == set(range(3, 3 + len(furniture)))


def test_a_readers_poll_between_paragraphs_goes_with_its_question_and_options() -> None:
    # (b172, read after scoring: a question, three options and the button; b166: "Je vote".)
    for button in ("Voir les résultats", "Voter"):
        poll = ["Avez-vous voté dimanche ?", "Oui, comme toujours", "Oui, exceptionnellement"]
        lines = [TITLE, *PARAGRAPHS[:2], *poll, "Non", button, *PARAGRAPHS[2:]]
        assert _removed(lines) == set(range(3, 8)), button


def test_a_question_and_short_answers_without_a_button_stay() -> None:
    # An interview's question and the short lines of a list below it are the article's.
    lines = [
        TITLE,
        *PARAGRAPHS[:2],
        "Quels travaux restent à faire ?",
        "Les digues du nord",
        "Le pont de la gare",
        *PARAGRAPHS[2:],
    ]
    assert _removed(lines) == set()


def test_a_related_title_list_stops_above_a_paragraph_announcing_a_table() -> None:
    # (b171, read after scoring: the subheading under a related box, above a paragraph
    # ending with ":" that announces a table, is the article's.)
    lines = [
        TITLE,
        *PARAGRAPHS[:2],
        "Sur le même sujet",
        "Sorne : les digues du nord rehaussées avant l'hiver",
        "Crues : le syndicat de rivière lance une consultation publique",
        "Le chantier en chiffres",
        "Le tableau ci-dessous détaille la répartition des dépenses du chantier entre la "
        "région, le département et les communes riveraines :",
        "| Région | 2 M€ |",
        *PARAGRAPHS[2:],
        "Les riverains pourront consulter le dossier complet à la mairie de Prés-Bas "
        "jusqu'à la fin du mois, aux heures d'ouverture habituelles du secrétariat.",
        "Une réunion publique est prévue le 12 septembre à la salle des fêtes, en présence "
        "des techniciens du syndicat de rivière et des élus des communes concernées.",
    ]
    assert _removed(lines) == {3, 4, 5}


def test_the_publications_self_description_inside_the_footer_no_longer_stops_the_scan() -> None:
    # (b169, read after scoring: a paragraph about the weekly, sharing the article's
    # place names, stood between the related titles and the site's links.)
    footer = [
        "Dans la même commune",
        "Prés-Bas : les feux de la Saint-Jean reviennent au bord de la Sorne le 21 juin",
        "École Jules-Ferry : une sixième classe ouvrira à la rentrée",
        "Hebdomadaire d'information locale fondé en 1946, le Journal de la Sorne paraît chaque "
        "jeudi et couvre 64 communes entre Prés-Bas et la vallée de la Sorne.",
        "Qui sommes-nous ?",
        "Mentions légales",
        "Données personnelles",
    ]
    lines = [TITLE, *PARAGRAPHS, *footer]
    assert _removed(lines) == set(range(len(PARAGRAPHS) + 1, len(lines)))


def test_a_paragraph_about_a_newspaper_in_the_article_stays() -> None:
    # The article's own paragraph on a weekly, with no boilerplate below it.
    closing = (
        "Le directeur du quotidien régional, fondé en 1946, a promis de suivre les travaux "
        "des digues jusqu'à leur fin, chantier après chantier."
    )
    lines = [TITLE, *PARAGRAPHS, closing]
    assert _removed(lines) == set()


def test_a_rating_written_with_sur_closes_the_review() -> None:
    # (b174, read after scoring: "Note globale : 4 sur 5", as "4/5" does.)
    lines = [TITLE, *PARAGRAPHS, "Note globale : 4 sur 5", "Partager sur Facebook"]
    assert _removed(lines) == {len(lines) - 1}


def test_a_rating_in_dots_is_the_reviews() -> None:
    # (b178, read after scoring: "Notre appréciation : ●●●●○", as stars are.)
    lines = [TITLE, *PARAGRAPHS, "Notre appréciation : ●●●●○", "Partager sur Facebook"]
    assert _removed(lines) == {len(lines) - 1}


# --- Fifteenth round (sets b185-b188, read after scoring) ---------------------------------


def test_a_list_under_a_six_word_heading_closes_the_article() -> None:
    # (b187: "Ce que prévoit la campagne" over dated items, then the agency's credit.)
    box = [
        "Ce que prévoit le nouveau calendrier",
        "- Prix garanti : 1 850 francs le kilo",
        "- Ouverture des marchés : 2 mai 2026",
        "- Clôture prévue : 30 octobre 2026",
    ]
    lines = [TITLE, *PARAGRAPHS, *box, "(AFP)"]
    assert _removed(lines) == {len(lines) - 1}


def test_a_sheet_of_three_dated_or_measured_values_is_the_articles() -> None:
    # (b187 and b11: three "Label : value" lines whose values are dates or figures with
    # their unit, "FCFA/kg", "km/h", read as the article's facts.)
    sheet = [
        "Ce que prévoit le chantier des digues",
        "Prix garanti : 2 200 FCFA/kg",
        "Ouverture officielle : 1er avril 2026",
        "Fin prévue : 30 septembre 2027",
    ]
    footer = ["(AFP)", "jmb/lc", "Suivez le Journal de la Sorne sur Telegram"]
    lines = [TITLE, *PARAGRAPHS, *sheet, *footer]
    assert _removed(lines) == set(range(len(lines) - 3, len(lines)))


def test_a_verbless_sentence_announcing_what_comes_next_is_no_caption() -> None:
    # (b185: a match report's "Prochain rendez-vous …" between two long paragraphs.)
    before = (
        "Entré à la 61e minute, l'attaquant a d'abord buté sur la défense centrale adverse, "
        "avant de peser de plus en plus dans le jeu aérien et de provoquer deux corners "
        "coup sur coup dans le dernier quart d'heure."
    )
    ahead = (
        "Prochain rendez-vous pour les Marchois samedi prochain, avec un déplacement délicat "
        "à Montferrand, deuxième du classement, avant la réception de Sauveterre."
    )
    after = (
        "En cas de succès à Montferrand, le club reviendrait à trois points de la zone des "
        "barrages d'accession, un objectif que l'entraîneur n'ose pas encore afficher devant "
        "la presse."
    )
    lines = [TITLE, *PARAGRAPHS, before, ahead, after]
    assert _removed(lines) == set()


def test_a_fact_checks_verdict_under_its_title_is_the_articles() -> None:
    # (b188, b164: "VERDICT : FAUX" between the title and the article, in capitals.)
    lines = ["Par Awa Koné", "Non, la digue ne sera pas rasée", "VERDICT : FAUX", *PARAGRAPHS]
    assert _removed(lines) == {0}


def test_a_life_in_years_under_an_obituarys_title_stays() -> None:
    # (b188, b160: "1941 – 2024" under the name of the deceased; no letters, but no widget.)
    lines = [
        "Culture",
        "Jeanne Morel, la voix de la Sorne, s'est éteinte",
        "1941 – 2024",
        *PARAGRAPHS,
    ]
    assert _removed(lines) == {0}


def test_a_match_reports_data_sheet_closes_the_article() -> None:
    # (b185, read after scoring, and 21 earlier lines: writers label the referee, the
    # bookings and the crowd as the article's list, as the guideline does lists; only a
    # widget's venue line, "STADE : …", stays a rule's.)
    sheet = [
        "Arbitre : M. Olivier Rascol.",
        "Avertissements : Hoffmann (38e), Keller (71e) pour Prés-Bas ; Marchal (55e).",
        "Carton jaune : Lafitte (Castelbreuil, 55e).",
    ]
    lines = [TITLE, *PARAGRAPHS, *sheet, "Partager sur Facebook"]
    assert _removed(lines) == {len(lines) - 1}


def test_a_key_figure_of_a_reduction_is_no_offer() -> None:
    # (b190: "68 % de réduction de la charge parasitaire" in a list of key figures.)
    figures = ["En chiffres", "3 ans de recherche", "68 % de réduction des crues au printemps"]
    lines = [TITLE, *PARAGRAPHS[:2], *figures, PARAGRAPHS[2]]
    assert _removed(lines) == set()


def test_a_subheading_over_an_advert_still_announces_its_paragraph() -> None:
    # (b189: "Départemental 1 : l'AS Maillezais-Vix fait plier le leader", then an advert,
    # then the paragraph on that match: the advert does not part them.)
    section = [
        "Il faudra remonter loin pour retrouver une journée aussi faste. Dimanche, sur les six "
        "équipes premières du secteur, cinq sont rentrées au vestiaire avec au moins un point.",
        "Départemental 1 : l'AS Maillezais-Vix fait plier le leader",
        "Publicité – Le Relais de la Venise verte, restaurant-bar, diffusion de tous les matchs "
        "sur grand écran.",
        "Le match du jour se jouait au stade des Conches, où l'AS Maillezais-Vix recevait le "
        "leader, invaincu depuis septembre, devant quatre cents spectateurs.",
    ]
    lines = [TITLE, *PARAGRAPHS, *section, PARAGRAPHS[0]]
    assert _removed(lines) == {len(PARAGRAPHS) + 3}


def test_label_value_items_a_sentence_announces_close_the_article() -> None:
    # (b102, b127: "Les prix fixés pour la campagne :" over "Cacao : 2 350 FCFA le kilo"
    # lines without bullets, then the agency's credit and a most-read list, which the footer
    # scan now passes whole and must not carry on into the list.)
    items = [
        "Les prix fixés pour la campagne intermédiaire :",
        "Cacao : 2 350 FCFA le kilo bord champ (contre 2 200 FCFA)",
        "Café robusta : 1 500 FCFA le kilo (inchangé)",
        "Numéro vert pour signaler une fraude : 1306 (appel gratuit)",
    ]
    most_read = [
        "Les articles les plus consultés",
        "Électricité : les tarifs de la tranche sociale resteront gelés jusqu'à la fin de "
        "l'année, selon le ministère.",
        "Bourse régionale : la place clôture le trimestre sur une hausse de 6 % de son indice.",
    ]
    lines = [TITLE, *PARAGRAPHS, *items, "Avec AFP", *most_read]
    assert _removed(lines) == set(range(len(lines) - 4, len(lines)))


def test_a_helpline_note_under_the_article_stays() -> None:
    # (b198: "Besoin d'aide ? Si vous …" addresses a reader in distress, an editorial
    # note; "Besoin d'aide ? Contactez notre service client …" is the account box's.)
    note = (
        "Besoin d'aide ? Si vous traversez une période difficile, appelez le 3114, "
        "gratuitement, jour et nuit."
    )
    service = "Besoin d'aide ? Contactez notre service client du lundi au vendredi."
    lines = [TITLE, *PARAGRAPHS, note, service]
    assert _removed(lines) == {len(lines) - 1}


def test_a_fact_checks_section_headings_stay_under_the_header() -> None:
    # (b200: "Ce qui circule" under the byline and a credit was taken for a menu entry.)
    standfirst = (
        "Une vidéo partagée des milliers de fois affirme que les digues de la Sorne ont "
        "cédé samedi ; elle a été tournée ailleurs, il y a cinq ans."
    )
    lines = [
        TITLE,
        standfirst,
        "Par Lucie Ferrand | 3 mars 2024",
        "Capture d'écran de la vidéo partagée sur Facebook. (DR)",
        "Ce qui circule",
        "« URGENT !!! Les digues ont cédé, partagez 🙏 »",
        *PARAGRAPHS[:2],
        "Ce que nous avons vérifié",
        PARAGRAPHS[2],
    ]
    assert _removed(lines) == {2, 3}
