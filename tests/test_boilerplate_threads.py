"""Readers' comments and other footer runs that start with a prose line (issue #13, fourth round).

A comment's author line ("Marcel_K dit : 2 février 2024 à 08:41") opens the discussion,
so the comment below it, a full sentence that may reuse the article's words, goes with it.
A live blog's time stamps and a journalist's signed entry do not open anything. Every
line is invented.
"""

from __future__ import annotations

from _pages import PORT, PORT_TITLE, removed_by_rule

TITLE = PORT_TITLE
PARAGRAPHS = PORT[:3]


def test_a_comment_author_line_takes_the_comment_below_it() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Marcel_K dit : 2 février 2024 à 08:41",
        "Il était temps, les fumées sont insupportables en été.",
        "Répondre",
    ]
    removed = removed_by_rule(lines)
    assert set(removed) == {4, 5, 6}
    assert removed[4] == "comments.said"


def test_two_comments_in_a_row_go_together() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Josiane a écrit : 3 mars 2024 à 19h02",
        "Les armateurs ont eu deux ans pour se préparer, le délai de trois ans est de trop.",
        "Répondre",
        "Pierre-Yves dit : 3 mars 2024 à 21h40",
        "Et les camions du port de commerce, on en parle ?",
    ]
    assert set(removed_by_rule(lines)) == set(range(4, len(lines)))


def test_a_live_blogs_signed_entries_stay() -> None:
    lines = [
        "Crue de la Sorne : suivez la montée des eaux en direct",
        "Le 4 mai à 18:02, par Claire Morel",
        "La préfecture place le département en vigilance rouge, une première depuis 2016.",
        "Le 4 mai à 19:15, par Claire Morel",
        "Les pompiers évacuent les riverains du quai des Tanneurs, où l'eau monte encore.",
        "Le 4 mai à 20:40, par Claire Morel",
        "Le maire annonce l'ouverture d'un gymnase pour accueillir les familles évacuées.",
        "La décrue n'est pas attendue avant jeudi, selon les services de l'État.",
    ]
    removed = removed_by_rule(lines)
    for i in (2, 4, 6, 7):
        assert i not in removed, lines[i]


def test_a_count_quoting_the_title_opens_the_comments_even_over_two_paragraphs() -> None:
    lines = [
        TITLE,
        *PARAGRAPHS,
        "2 réflexions sur « Le quai des Tanneurs fermé aux bateaux de croisière »",
        "Les riverains du quai des Tanneurs attendaient cette décision depuis des années, "
        "enfin une bonne nouvelle pour le quartier.",
        "Les armateurs ont eu deux ans pour se préparer, ils ne peuvent pas se plaindre "
        "aujourd'hui d'une décision brutale.",
        "Laisser un commentaire",
    ]
    removed = removed_by_rule(lines)
    assert set(removed) == set(range(4, len(lines)))


def test_a_reactions_link_above_the_last_paragraphs_takes_nothing() -> None:
    # "Vos réactions" may be a share-bar link standing above the article's end.
    lines = [TITLE, PARAGRAPHS[0], "Vos réactions", *PARAGRAPHS[1:]]
    assert not set(removed_by_rule(lines)) & {0, 1, 3, 4}


def test_a_wordpress_share_and_like_bar_goes() -> None:
    bar = [
        "Partager :",
        "Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)",
        "Cliquez pour imprimer(ouvre dans une nouvelle fenêtre)",
        "J'aime ça :",
        "J'aime chargement…",
        "Rejoignez notre chaîne WhatsApp pour recevoir l'actualité en temps réel.",
        "Articles similaires",
    ]
    lines = [TITLE, *PARAGRAPHS, *bar]
    assert set(removed_by_rule(lines)) == set(range(4, len(lines)))


def test_a_post_the_article_quotes_does_not_take_its_last_paragraphs() -> None:
    quoted = [
        "Marcel_K dit : 2 février 2024 à 08:41",
        "Il était temps, les fumées sont insupportables en été.",
        "Répondre",
    ]
    lines = [TITLE, PARAGRAPHS[0], *quoted, *PARAGRAPHS[1:]]
    removed = removed_by_rule(lines)
    assert not set(removed) & {0, 1, 5, 6}


def test_a_reactions_subheading_with_an_advert_below_keeps_the_paragraphs() -> None:
    lines = [
        TITLE,
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Les réactions",
        "« Les riverains attendaient cette décision depuis des années », s'est félicitée "
        "l'adjointe au maire chargée du port, jeudi soir.",
        "Les armateurs, eux, dénoncent « une décision brutale » et envisagent un recours "
        "devant le tribunal administratif.",
        "Publicité",
        "Le conseil municipal réexaminera la mesure dans un an.",
        "Partager sur Facebook",
    ]
    removed = removed_by_rule(lines)
    assert not set(removed) & {0, 1, 2, 3, 4, 5, 7}


def test_comments_signed_by_their_writers_names_go_under_their_count() -> None:
    # Full sentences in a row under a bare count read as the article's, unless each
    # opens with a different writer's name.
    lines = [
        TITLE,
        *PARAGRAPHS,
        "4 commentaires",
        "Jean-Marc Roux : Enfin ! Trente ans qu'on respire ces fumées sur le quai, on pourra "
        "bientôt ouvrir les fenêtres l'été sans tousser toute la nuit.",
        "Sylvie M. — Et qui paiera le raccordement électrique des navires ? Comme d'habitude, "
        "ce sera le contribuable, et les armateurs iront accoster ailleurs.",
        "Pierrot80 : Les armateurs trouveront bien un autre port, comme d'habitude, et la "
        "ville aura perdu ses escales sans avoir gagné un gramme d'air pur.",
        "Afficher plus de commentaires",
    ]
    assert set(removed_by_rule(lines)) == set(range(4, len(lines)))


def test_comments_signed_with_pseudonyms_go_under_their_count() -> None:
    # Handles with a capital, a digit or an underscore inside are writers' names (b138).
    lines = [
        TITLE,
        *PARAGRAPHS,
        "27 commentaires",
        "PatrickDu69 : J'ai l'ancienne depuis 2014, jamais une panne. J'espère qu'ils n'ont "
        "pas gâché la fiabilité avec toute cette électronique.",
        "Sandrine_V : Trente ans qu'on attend ces travaux sur le quai. Il y a dix ans, la "
        "ville promettait déjà la même chose.",
    ]
    assert set(removed_by_rule(lines)) == set(range(4, len(lines)))


def test_an_interviews_turns_under_a_reactions_heading_stay() -> None:
    # Two speakers taking turns are no thread of readers' comments (a guard: the names
    # come back).
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Réactions (2)",
        "Claire Aubel : Cette décision, les riverains l'attendaient depuis des années, et "
        "nous l'avons réclamée à chaque conseil de quartier depuis 2019.",
        "Marc Lenoir : Les armateurs, eux, l'ont mal reçue, et ils parlent déjà de quitter "
        "le port pour celui de la rive d'en face dès la saison prochaine.",
        "Claire Aubel : Mal, évidemment, mais ils avaient deux ans pour s'y préparer, et la "
        "ville leur propose de financer une partie des travaux.",
        "Partager sur Facebook",
    ]
    assert not set(removed_by_rule(lines)) & {5, 6, 7}


def test_a_react_link_under_the_byline_opens_no_comments_section_over_the_article() -> None:
    # "Réagir" with a share button under it, above the whole article (b143): a time
    # inside a paragraph and a "Lire aussi" between paragraphs are the article's, not
    # a thread's signs.
    lines = [
        TITLE,
        "Le préfet interdit aux navires de croisière de laisser tourner leurs moteurs à quai "
        "à partir de l'été prochain, une mesure réclamée depuis dix ans par les riverains.",
        "Mise à jour du 22 mai à 21h40 : contrairement à ce que nous indiquions dans une "
        "première version de cet article, l'arrêté ne concerne pas les ferries.",
        "Par Lucie Ferrand",
        "Réagir",
        "Copier le lien",
        PARAGRAPHS[0],
        "Le préfet a signé l'arrêté peu après 19 heures, au terme d'une réunion commencée "
        "à 14h30 avec les armateurs, qui ont quitté la salle sans faire de déclaration.",
        "Lire aussi : Le port de commerce change de directeur",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Vos commentaires",
        "Connectez-vous pour réagir",
    ]
    removed = removed_by_rule(lines)
    assert not set(removed) & {0, 1, 2, 6, 7, 9, 10}
    assert {5, 8, 11, 12} <= set(removed)


def test_comments_under_their_writers_stamp_go_however_close_to_the_article() -> None:
    # "Name · il y a 2 jours" heads each comment (b146): the comment below it goes with
    # it, though it speaks of the article's subject in the article's words.
    lines = [
        TITLE,
        *PARAGRAPHS,
        "Marinette_24 · il y a 2 jours",
        "Enfin ! Les fumées des navires à quai, on les respire depuis trente ans sur le port, "
        "et l'arrêté du préfet arrive bien tard.",
        "Fred des Landes · il y a 5 jours",
        "Les armateurs trouveront un autre port, et la ville aura perdu ses escales.",
    ]
    assert set(removed_by_rule(lines)) == {4, 5, 6, 7}


def test_a_reactions_subheading_over_a_match_report_and_its_sheet_stays() -> None:
    # "Réactions" heads the coaches' quotes, then the match sheet and the players' marks
    # (b156): a referee's line that a tags rule knows is no sign of readers' comments.
    lines = [
        TITLE,
        *PARAGRAPHS[:2],
        "Réactions",
        "« En première période, on était trop timides. À la pause, je leur ai simplement dit "
        "de jouer leur football », expliquait l'entraîneur sambrien après la rencontre.",
        "Côté visiteurs, l'entraîneur regrettait « deux erreurs individuelles qui coûtent "
        "cher » et promettait une réaction dès la semaine prochaine à domicile.",
        "La fiche du match",
        "Buts : 41e Vanhecke (0-1), 63e Kabongo (1-1), 71e Kabongo (2-1).",
        "Cartons jaunes : Mbala, Ouedraogo ; Maes, Van Acker, Cornelis.",
        "Arbitre : M. Thibaut Verhaegen. Spectateurs : 3 200.",
        "Les notes",
        "Dumont 7 ; Lejeune 5 ; Mbala 6 ; Renard 6 ; Cools 5",
        "Ouedraogo 6 ; Massart 4 ; Lecomte 5 ; Belhadj 8",
        "Derycke 5 ; Kabongo 8 ; Hamdi 5",
    ]
    removed = removed_by_rule(lines)
    assert not set(removed) & set(range(3, 10)), removed
    assert not set(removed) & {11, 12, 13}, removed


def test_comments_stamped_with_spaced_times_under_a_count_go() -> None:
    # (b197: "Commentaires (3)" over comments led by "Name - 19 juin 2025 à 21 h 14 :",
    # full paragraphs in a row that a spaced time shows to be comments.)
    comments = [
        "Commentaires (3)",
        "Une voisine - 19 juin 2025 à 21 h 14 : Les fumées sont insupportables en été, "
        "il était temps que quelqu'un s'en occupe sérieusement au port.",
        "Marc - 19 juin 2025 à 22 h 02 : Encore un projet qui coûtera cher et qui ne "
        "changera rien pour les habitants du quartier, comme d'habitude.",
        "Ajouter un commentaire",
    ]
    lines = [TITLE, *PARAGRAPHS, *comments]
    assert set(removed_by_rule(lines)) == set(range(4, len(lines)))
