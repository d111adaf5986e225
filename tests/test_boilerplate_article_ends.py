"""The article's own closing material stays body, its look notwithstanding (issue #13).

An interview's practical box above "Propos recueillis par", an album's tracklist above its
reference line, a press release quoted under its "COMMUNIQUÉ" heading, the last line of a
match sheet: short lines a footer scan took for link titles or labels. Every line here is
invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from feuillet import split_boilerplate

TITLE = "Rougeole : la campagne de vaccination s'étend à six districts du Haut-Verlan"
QA = [
    "Combien d'enfants comptez-vous vacciner cette semaine dans la province ?",
    "Notre objectif est de cent vingt mille enfants en sept jours. Les doses sont arrivées "
    "lundi, les équipes mobiles partent demain matin vers les villages les plus isolés.",
    "Un dernier mot pour les familles qui hésitent encore à faire vacciner leurs enfants ?",
    "Que chaque famille considère cette campagne comme la sienne. Si les équipes ne passent "
    "pas chez vous avant dimanche, rendez-vous au centre de santé le plus proche.",
]
BOX = [
    "Où et quand se faire vacciner",
    "Du lundi 14 au dimanche 20 avril, de 7 h 30 à 17 h",
    "Dans tous les centres de santé de la province",
    "Enfants de 6 mois à 14 ans, avec ou sans carnet",
    "Numéro vert gratuit : 1414",
]
FOOTER = [
    "Partager :",
    "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)",
    "J'aime ça :",
    "Sur le même thème",
    "Paludisme : distribution de moustiquaires dans le district de Ndala",
    "© 2025 Radio Haut-Verlan. Tous droits réservés.",
]


def removed(lines: list[str]) -> dict[int, str]:
    return {r.line: r.rule for r in split_boilerplate("\n".join(lines)).removed}


def kept(lines: list[str]) -> list[str]:
    gone = removed(lines)
    return [line for i, line in enumerate(lines) if i not in gone]


def test_an_interviews_practical_box_above_its_closing_note_stays() -> None:
    lines = [TITLE, *QA, *BOX, "Propos recueillis par Aché Mahamat", *FOOTER]
    assert all(line in kept(lines) for line in BOX)
    assert set(removed(lines)) == set(range(len(lines) - len(FOOTER), len(lines)))


def test_a_closing_note_inside_the_footer_does_not_hold_it_back() -> None:
    # Under a paywall's offer, the note stands among the page's lines: what a rule
    # removed above it stays removed.
    offer = "Sans engagement, résiliable en ligne à tout moment"
    lines = [TITLE, *QA, "Abonnez-vous pour 1 € le premier mois", offer]
    lines += ["Propos recueillis par Aché Mahamat", *FOOTER]
    assert offer not in kept(lines)


TRACKS = ["Les titres", "Les Balcons", "Kfar Roumi", "Valise bleue", "Teta", "Port"]
REVIEW = [
    "Après deux albums très produits, la chanteuse revient avec un disque enregistré dans "
    "la maison familiale, à la guitare et à la voix, presque sans arrangements.",
    "Les chansons parlent d'exil et de retour, de maisons vides et de balcons où l'on attend "
    "ceux qui sont partis, dans un mélange d'arabe et de français.",
    "Le disque sera défendu sur scène dans de petites salles, avec trois musiciens seulement, "
    "à partir du mois de juin dans plusieurs villes du pays.",
]


def test_an_albums_tracklist_above_its_reference_line_stays() -> None:
    reference = "« Les Balcons », Yara Nassif, Cèdre Records, 11 titres, 44 minutes."
    tags = ["Musique", "Yara Nassif", "Album", "Chanson libanaise"]
    lines = ["Yara Nassif rentre à la maison", *REVIEW, *TRACKS, reference, *tags]
    assert kept(lines)[: len(lines) - len(tags)] == lines[: len(lines) - len(tags)]
    assert all(tag not in kept(lines) for tag in tags[1:])


def test_a_film_reference_line_is_the_articles() -> None:
    reference = "« La Saison sèche », de Mariam Koné, avec Awa Diallo, 1 h 52."
    lines = ["Un premier film tourné au bord du fleuve", *REVIEW, reference, *FOOTER]
    assert reference in kept(lines)


COMMUNIQUE = [
    "L'Office de l'eau informe son aimable clientèle qu'en raison de la baisse des réserves "
    "du barrage, la distribution se fera par secteur à compter de lundi.",
    "Secteur 1 (jours pairs, de 6 h à 18 h) : cité des Oliviers, boulevard du Port.",
    "Secteur 2 (jours impairs, de 6 h à 18 h) : Haute-Ville, cité des Palmiers.",
]


def test_a_press_release_quoted_under_its_heading_keeps_the_heading() -> None:
    lead = (
        "Dans un communiqué rendu public en fin de journée, l'Office précise que chaque "
        "quartier sera alimenté un jour sur deux jusqu'à nouvel ordre."
    )
    lines = ["Coupures d'eau : le programme par quartier", *P_WATER, lead, "COMMUNIQUÉ"]
    lines += [*COMMUNIQUE, *P_WATER_END]
    assert "COMMUNIQUÉ" in kept(lines)


def test_a_sponsored_label_between_paragraphs_still_goes() -> None:
    lines = ["Coupures d'eau : le programme par quartier", *P_WATER, "Communiqué", *P_WATER_END]
    assert "Communiqué" not in kept(lines)


P_WATER = [
    "Face à la baisse des réserves du barrage, l'Office de l'eau instaure une distribution "
    "alternée dans les quartiers de la ville à partir de lundi matin.",
    "Les habitants des hauts quartiers, déjà privés d'eau plusieurs jours la semaine "
    "dernière, redoutent un été difficile si la pluie ne revient pas.",
]
P_WATER_END = [
    "Dans les quartiers concernés, l'annonce a suscité inquiétude et agacement chez les "
    "commerçants, qui craignent de devoir fermer plus tôt.",
    "Le directeur de l'Office assure que des camions-citernes seront déployés dans les "
    "zones les plus touchées dès la fin de la semaine.",
]

MATCH = [
    "Vireux – Hastière : 3-2 (0-2)",
    "Buts : Dethier (18e et 37e), Lamotte (49e et 59e), Collignon (68e).",
    "Cartes jaunes : Hubert, Renard, Pirard.",
    "Arbitre : M. Vanderlinden.",
]


def test_the_last_line_of_the_articles_match_sheet_stays() -> None:
    report = [
        "Au stade communal, ils étaient près de six cents à assister au choc entre le premier "
        "et le deuxième du championnat, un soir de pluie fine.",
        "Le retour des vestiaires a été tout autre : deux buts en dix minutes ont renversé une "
        "rencontre que les visiteurs semblaient contrôler.",
        "Avec cette victoire, les locaux comptent désormais un point d'avance sur leur "
        "adversaire du jour, à six journées de la fin.",
    ]
    lines = ["Vireux renverse Hastière", *report, "La fiche du match", *MATCH]
    lines += ["Réagir", "Vous devez être connecté pour réagir. Se connecter ou créer un compte."]
    assert all(line in kept(lines) for line in MATCH)


def test_a_widgets_match_sheet_line_under_other_rules_still_goes() -> None:
    # Under lines a rule removes (a stadium, an attendance), a referee's line is page data.
    lines = [TITLE, *QA, "Stade : stade des Pins", "Spectateurs : 2 400", "Arbitre : M. Dufour"]
    assert "Arbitre : M. Dufour" not in kept(lines)


def test_a_dateline_in_capitals_alone_above_the_first_paragraph_goes() -> None:
    first = (
        "Il était un peu plus de 21 heures lundi quand les élus de l'opposition ont quitté la "
        "salle du conseil, laissant la majorité voter seule le budget de la commune."
    )
    lines = [
        "Budget : à Saint-Aubrac, la taxe foncière augmente de 4 %",
        "Réuni lundi soir, le conseil municipal a adopté un budget de 21 millions d'euros.",
        "Par Hélène Vasseur",
        "SAINT-AUBRAC.",
        first,
        *P_WATER_END,
    ]
    assert removed(lines).get(3) == "date.dateline"
    # In mixed case the same line may be a word of the article: it stays.
    lines[3] = "Saint-Aubrac."
    assert 3 not in removed(lines)


def test_a_pull_quote_between_a_lives_first_entries_goes() -> None:
    # The live's header reaches past its first entries (a report's credit under them);
    # the lines between those entries are still looked at like any between paragraphs.
    page = next(r for r in _invented("b85") if r["id"] == "b85-radio-cote-brune-b85--1--traf")
    lines = str(page["text"]).split("\n")
    assert lines[9].startswith("« Nos équipes interviendront")
    assert removed(lines).get(9) == "shape.pull-quote"
    assert all(i not in removed(lines) for i in (1, 2, 6, 7, 8, 10, 12, 13))


def _invented(tag: str) -> list[dict[str, object]]:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
    with (path / f"invented-pages-{tag}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_a_match_sheet_ending_with_line_ups_stays() -> None:
    report = [
        "Réduits à dix après l'expulsion de leur défenseur central à la 84e minute, les "
        "visiteurs n'ont pas su revenir au score malgré une fin de match à sens unique.",
        "Les deux équipes se retrouveront dès le 9 novembre en seizièmes de finale de la "
        "Coupe, cette fois sur le terrain des visiteurs.",
    ]
    sheet = [
        "Fiche technique",
        "Stade municipal de Kélibane. Spectateurs : environ 6 000. Arbitre : Walid Chaabane.",
        "Buts : Jaziri (58e, 78e sp) pour l'EMK ; Dridi (6e) pour le CASN.",
        "Avertissements : Baccar (EMK) ; Ferjani, Mahjoub, Ayari (CASN).",
        "EMK : Ben Amor – Marzouki, Chatti, Hamdi, Baccar – Sassi, Mejri (Khelifi 70e), "
        "Ferchichi – Nasri (Abid 63e), Jaziri, Toumi.",
        "CASN : Louati – Ayari, Ferjani, Kraiem, Mahjoub – Gharsalli, Jemai (Zouari 75e) – "
        "Dridi, Ben Youssef, Hammami.",
    ]
    footer = ["Classement", "Voir le classement complet", "Mots-clés", "Ligue 1", "EMK", "CASN"]
    lines = ["L'EMK renverse le CASN", *report, *sheet, *footer]
    assert all(line in kept(lines) for line in sheet)
    assert "Voir le classement complet" not in kept(lines)


def test_a_calendar_with_date_ranges_under_a_calendar_heading_stays() -> None:
    calendar = [
        "Calendrier de la session de reprise",
        "- 14 octobre : publication de la liste des candidats admis à la reprise",
        "- 21 octobre : épreuves de philosophie et de littérature",
        "- 22 au 24 octobre : épreuves scientifiques et de langues",
        "- 25 octobre : épreuves d'histoire-géographie",
    ]
    lines = ["Bac : 61 % d'admis à la première session", *P_WATER, *calendar]
    lines += ["Partagez cet article", "Faire un don", "Articles connexes"]
    assert all(line in kept(lines) for line in calendar)


def test_a_line_up_is_the_articles_data() -> None:
    from feuillet import Rules
    from feuillet.boilerplate.signals import Doc
    from feuillet.boilerplate.structure import article_detail

    lines = [
        "EMK : Ben Amor – Marzouki, Chatti, Hamdi, Baccar – Sassi, Mejri (Khelifi 70e), "
        "Ferchichi – Nasri (Abid 63e), Jaziri, Toumi.",
        "Étoile de Kaffa : S. Mbaye – Diouf, Ndour, Sow, B. Faye – Gaye, Kane (Mendy, 80e), "
        "Thiam – Seck, M. L. Cissé, Tall.",
        # Not line-ups: a related title, a list of places in a sentence.
        "Basket : Couvin s'incline de justesse à Libramont, Arlon et Bastogne restent invaincus",
        "Communes concernées : Aubrac, Laguiole, Nasbinals, Prinsuéjols, Marchastel, Recoules, "
        "mais aussi plusieurs hameaux isolés du plateau.",
    ]
    doc = Doc(lines, Rules.default())
    assert [article_detail(doc, i) for i in range(len(lines))] == [True, True, False, False]


def test_the_publications_name_above_the_menu_goes_when_the_copyright_names_it() -> None:
    page = [
        "Le Petit Écho de la Vaulne",
        "Accueil",
        "Actualités",
        "Sports",
        "Le repair café de Saint-Ours fête ses dix ans",
        "Samedi, une trentaine de bénévoles ont réparé grille-pain, vélos et lampes dans la "
        "salle des fêtes, comme chaque premier samedi du mois depuis 2015.",
        *P_WATER_END,
        "© Le Petit Écho de la Vaulne - Reproduction interdite",
    ]
    assert removed(page).get(0) == "source.masthead"
    assert 4 not in removed(page)
    # A headline is never the publication's name, even when the copyright names it.
    headline_first = page[4:]
    assert 0 not in removed(headline_first)
    # Without a copyright line naming it, the first line is not judged a name. It still
    # goes as a line above the menu, with a title below the menu (in the labelled files,
    # the 93 lines of 45 texts kept above two menu lines with a title below them were all
    # header).
    assert removed(page[:-1]).get(0) == "shape.menu"


def test_a_ranking_with_its_headings_above_the_comments_stays() -> None:
    report = [
        "Parti seul dès le sommet du piton, au 28e kilomètre, Johan Técher a couru les "
        "quarante derniers kilomètres sans voir personne derrière lui.",
        "Derrière lui, la bataille pour la deuxième place a tourné à l'avantage de Kévin "
        "Fontaine, revenu sur Sébastien Lebon dans la dernière descente.",
        "Chez les femmes, Mélissa Hoarau n'a laissé aucune chance à Anne-Laure Payet et à "
        "Clarisse Boyer, distancées dès le premier ravitaillement.",
        "La chaleur a pesé lourd sur la course : sur les 612 partants, seuls 431 ont rallié "
        "l'arrivée, et 38 °C ont été relevés au ravitaillement de l'îlet.",
    ]
    results = [
        "Les classements",
        "Hommes",
        "Johan Técher (Team Gaïacs) 9 h 42' 18\"",
        "Kévin Fontaine (Trail Club des Remparts) 10 h 03' 51\"",
        "Sébastien Lebon (individuel) 10 h 11' 07\"",
        "Femmes",
        "Mélissa Hoarau (Running Est) 11 h 05' 40\"",
        "Anne-Laure Payet (Team Gaïacs) 11 h 48' 12\"",
        "Clarisse Boyer (individuel) 12 h 20' 33\"",
        "La course en chiffres",
        "74 km et 4 850 m de dénivelé positif",
        "612 partants, 431 arrivants",
        "38 °C relevés au ravitaillement de l'îlet",
    ]
    comments = [
        "Vos réactions",
        "Bravo Johan, fierté de la Plaine ! Dommage pour Sébastien, il méritait mieux.",
        "Didier974 – 20/10/2024 à 22h13",
        "Il faudrait vraiment avancer le départ d'une heure, courir à midi est dangereux.",
        "Marie-Jo – 21/10/2024 à 07h40",
        "© Sud Océan Sport 2024 – Reproduction interdite",
    ]
    lines = ["Traversée des Remparts : Técher en solitaire", *report, *results, *comments]
    assert all(line in kept(lines) for line in results)
    assert "Vos réactions" not in kept(lines)


def test_a_letters_signature_above_an_editors_note_stays() -> None:
    lines = [
        "Courrier des lecteurs : le marché de Noël",
        "Nous tenons à remercier chaleureusement les bénévoles qui, chaque année, font vivre "
        "le marché de Noël du bourg, malgré le froid et les horaires à rallonge.",
        "Sans eux, les chalets resteraient fermés et les enfants n'auraient pas leur goûter "
        "sur la place de l'église, le dimanche après la messe.",
        "Odile et Bernard Chatry, Vernoux-le-Bas",
        "NDLR : contacté, le président du comité des fêtes indique que le marché aura lieu "
        "les 13 et 14 décembre.",
        "Écrivez-nous : Courrier des lecteurs, 12, rue du Commerce.",
        "Les lettres publiées n'engagent que leurs auteurs.",
    ]
    assert "Odile et Bernard Chatry, Vernoux-le-Bas" in kept(lines)
    assert "Les lettres publiées n'engagent que leurs auteurs." not in kept(lines)


def test_a_rating_box_title_under_the_standfirst_stays() -> None:
    lines = [
        "Test de l'Orvani Nova 8 : un bon smartphone, à qui il ne manque qu'un vrai zoom",
        "Avec son écran lumineux, sa grosse batterie et son prix contenu, le nouveau milieu "
        "de gamme d'Orvani coche presque toutes les cases.",
        "Par Thomas Verhaegen",
        "Publié le 02/04/2025 à 14:20",
        "Orvani Nova 8",
        "Note de la rédaction : 7,5/10",
        "Les plus",
        "- Écran OLED 120 Hz très lumineux",
        "- Autonomie de deux jours",
        "L'Orvani Nova 8 arrive sur un marché encombré, où chaque constructeur promet la "
        "meilleure autonomie et le meilleur écran pour moins de 400 euros.",
        *P_WATER_END,
    ]
    assert "Orvani Nova 8" in kept(lines)
    assert "Par Thomas Verhaegen" not in kept(lines)


def test_a_results_list_with_a_note_after_a_score_stays() -> None:
    # "0-0 (à huis clos)", "2-1 (a.p.)": a note after the score keeps the line a result.
    results = [
        "Les résultats",
        "AS Vernelle – FC Bois-Guillaume : 2-0",
        "US Castelmar – Stade Pontrieux : 0-3",
        "Olympique Ravenel – ES Marquise : 0-0 (à huis clos)",
        "JS Tréville – AC Mornas : 2-1 (a.p.)",
        "RC Lestrade – CS Pagny : 1-1",
    ]
    paragraph = (
        "Au terme de cette quinzième journée, l'AS Vernelle conserve la tête du championnat "
        "avec quatre points d'avance sur l'Olympique Ravenel, tenu en échec à domicile."
    )
    lines = ["Vernelle creuse l'écart en tête", paragraph, paragraph, *results, *FOOTER]
    assert all(line in kept(lines) for line in results)


def test_a_columns_closing_lines_go_when_the_last_is_a_promotion() -> None:
    # The scan from the end stopped at the promotion of the series, a full sentence, and
    # every line above it stayed.
    column = [
        "Les lavoirs de nos villages ne sont pas des ruines",
        "Par Odile Fraisse",
        "On les croise au détour d'un chemin, couverts de mousse, et l'on passe sans les "
        "regarder. Les lavoirs ont pourtant été, pendant un siècle, le seul endroit où les "
        "femmes du village pouvaient parler entre elles sans témoin.",
        "Plusieurs communes ont entrepris de les restaurer, souvent à l'initiative "
        "d'associations de bénévoles qui réunissent des fonds lors des fêtes de village et "
        "des vide-greniers de l'été.",
        "Il serait temps que le département accompagne ces efforts, plutôt que de laisser "
        "chaque commune se débrouiller avec ses subventions et ses bénévoles épuisés.",
    ]
    ending = [
        "Odile Fraisse est historienne. Elle enseigne l'histoire rurale à Poitiers et a "
        "grandi dans un village du Haut-Bocage.",
        "Cette chronique exprime l'opinion de son autrice et n'engage pas la rédaction.",
        "Chaque mardi, retrouvez la chronique d'Odile Fraisse, en alternance avec celle de "
        "Paul Nadaud.",
    ]
    lines = [*column, *ending]
    assert set(removed(lines)) == {1, 5, 6, 7}


def test_a_list_of_figures_labelled_with_places_in_brackets_stays() -> None:
    levels = [
        "Niveau des principales retenues au 11 mars",
        "- Vernelle-Haut (Saint-Aubrac) : 61,2 %",
        "- Pont-Rouge (Castelmar) : 74,8 %",
        "- Aigues-Mortes du Bas (Val-Sorne) : 22,4 %",
        "- Bois-Guillaume (Marquise) : 18,9 %",
    ]
    paragraph = (
        "Le syndicat des eaux a toutefois maintenu les restrictions d'arrosage dans les "
        "communes du bassin, tant que les retenues du sud restent sous la moitié de leur "
        "capacité."
    )
    lines = [TITLE, paragraph, paragraph, *levels, *FOOTER]
    assert all(line in kept(lines) for line in levels)


def test_a_reviews_rating_in_stars_stays() -> None:
    paragraph = (
        "Le roman tient ses promesses jusqu'à la dernière page, porté par une langue sobre "
        "et des personnages que l'on quitte à regret, même si l'épilogue paraît un peu "
        "précipité."
    )
    lines = [TITLE, paragraph, paragraph, "Notre avis : ★★★★☆", *FOOTER]
    assert "Notre avis : ★★★★☆" in kept(lines)


def test_a_sheets_last_line_with_a_longer_label_stays_above_a_signature() -> None:
    sheet = [
        "Superficie emblavée : 16 200 hectares",
        "Production attendue : 340 000 quintaux",
        "Points de collecte : 38, dont 14 nouveaux",
        "Capacité de stockage : 190 000 quintaux",
        "Délai de paiement fixé : 72 heures après livraison",
    ]
    paragraph = (
        "La campagne de moisson a été lancée jeudi dans la plaine de la Sorne, où les "
        "coopératives attendent une récolte supérieure d'un tiers à celle de l'an dernier."
    )
    lines = [TITLE, paragraph, paragraph, "La campagne en chiffres", *sheet, "R. Benali", *FOOTER]
    assert all(line in kept(lines) for line in sheet)


def test_a_standings_heading_under_the_match_report_stays() -> None:
    # (b197, b201: "Le classement de la poule 3" right under the match sheet, its table
    # dropped by the scraper, above the page's comment prompt: the article's heading.
    # "Classement complet" is a link.)
    report = [
        "Le match de Brévanne s'est joué dans la boue, devant quatre cents spectateurs, et "
        "les locaux ont arraché la victoire dans les dernières minutes de la rencontre.",
        "« On savait que ce serait un combat, on n'a jamais lâché », a savouré le capitaine "
        "de Brévanne, buteur à deux reprises pendant la seconde période.",
        "Brévanne déplacera dimanche prochain chez le dernier de la poule, avant de recevoir "
        "le leader pour un match qui décidera de la qualification.",
    ]
    tail = ["Réagir à cet article", "Les plus lus en Sports"]
    kept = split_boilerplate("\n".join([*report, "Le classement de la poule 3", *tail]))
    assert {r.line for r in kept.removed} == {4, 5}
    link = split_boilerplate("\n".join([*report, "Classement complet de la poule 3", *tail]))
    assert {r.line for r in link.removed} == {3, 4, 5}


def test_a_discography_under_an_interview_stays() -> None:
    # (b206: "Title (2021, Label)" items under "Discographie choisie", then the last
    # paragraph, were taken for a related list above a share button.)
    interview = [
        "Noémie Laforge : « Le silence, c'est ma section rythmique »",
        "Avec son troisième album en trio, la pianiste montréalaise signe un disque "
        "dépouillé, enregistré en deux jours dans une église de la Côte-Nord.",
        "On la retrouve un matin de février dans un café du Mile End, les doigts serrés "
        "autour d'une tasse de thé, à deux semaines de la sortie de son disque.",
        "Vous citez souvent Bill Evans. Qu'est-ce qu'il représente pour vous ?",
        "N. L. — C'est le premier disque de jazz que j'ai écouté, à quatorze ans, dans la "
        "voiture de mon professeur de piano, et je ne m'en suis jamais remise.",
        "Être une femme pianiste de jazz en 2025, est-ce encore un sujet ?",
        "N. L. — Malheureusement, oui. Ça s'améliore, les festivals font des efforts, mais "
        "il m'arrive encore qu'un technicien me demande où est le pianiste.",
    ]
    works = [
        "Discographie choisie",
        "Côte-Nord (2018, autoproduit)",
        "Lumière d'étain (2021, Disques Grand Fleuve)",
        "Marées lentes (2025, Disques Grand Fleuve)",
        "En concert le 21 mars au Théâtre du Rivage, à Québec, le 28 mars au Studio "
        "Tanguay, à Montréal, et le 4 avril à Rimouski.",
    ]
    tail = [
        "Partager",
        "3 commentaires",
        "Vue en concert l'été dernier, un moment magique. Hâte d'écouter ce disque !",
        "Gilles T.",
        "Répondre",
        "Laisser un commentaire",
    ]
    split = split_boilerplate("\n".join([*interview, *works, *tail]))
    assert {r.line for r in split.removed} == set(range(12, 18))


def test_a_recordings_reference_under_a_review_stays() -> None:
    # (b210: "À écouter : <work>, <performer>. <label>, 1 CD." closing a record review was
    # taken for a read-also link.)
    review = [
        "La pianiste aborde les deux dernières sonates avec une retenue qui surprend d'abord, "
        "puis s'impose : rien n'est appuyé, tout respire, et le silence compte autant "
        "que les notes.",
        "Dans l'andante de la première, elle ose un tempo très lent, presque suspendu, que la "
        "prise de son, proche et chaleureuse, rend saisissant de bout en bout.",
    ]
    reference = (
        "À écouter : Schubert, Sonates D 959 et D 960. Léa Morand, piano. "
        "Aiguemarine Records, 1 CD."
    )
    split = split_boilerplate("\n".join([*review, reference, "Partager", "Tous droits réservés"]))
    assert {r.line for r in split.removed} == {3, 4}
