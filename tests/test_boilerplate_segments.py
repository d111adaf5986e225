"""The body's edges found from evidence: footer segmentation, body protections, no body.

Every line here is invented; none is copied from a corpus.
"""

from __future__ import annotations

from feuillet import split_boilerplate

STORY = [
    "Les vendanges commencent plus tôt dans la vallée de la Sorne",
    "Les viticulteurs de la vallée de la Sorne ont commencé les vendanges dès le 20 août, "
    "avec deux semaines d'avance sur le calendrier habituel de la coopérative.",
    "La chaleur de juillet a fait mûrir le raisin très vite, explique le président de la "
    "coopérative viticole, qui compte une centaine de vignerons dans la vallée.",
    "Les vignerons de la Sorne craignent surtout la grêle : en juin, un orage a touché un "
    "tiers des parcelles de la vallée, et la récolte de raisin sera plus faible.",
    "La coopérative prévoit malgré tout une bonne qualité de raisin, car les grappes "
    "épargnées par la grêle sont saines, selon les vignerons interrogés dans la vallée.",
]


def removed(text: str) -> list[int]:
    return [r.line for r in split_boilerplate(text).removed]


def test_footer_scan_passes_a_prose_looking_line_inside_a_link_list() -> None:
    tail = [
        "Un marché couvert rouvre ses portes à Port-Clarin après deux ans de travaux",
        "Le bâtiment, rénové par la commune, accueille désormais une trentaine d'étals.",
        "Le conseil municipal vote un nouveau plan de circulation pour le centre",
        "Les automobilistes devront contourner la place de l'Église dès le mois prochain.",
        "Fondée en 1902, la Gazette des Trois Rivières est le quotidien de référence du canton.",
        "Partager sur Facebook",
        "Tous droits réservés",
    ]
    text = "\n".join([*STORY, *tail])
    assert removed(text) == list(range(len(STORY), len(STORY) + len(tail)))


def test_final_section_of_the_article_stays() -> None:
    # A subheading and two paragraphs in a row at the end: running text, not a link list.
    tail = [
        "Et l'an prochain ?",
        "Les vignerons de la coopérative veulent planter des cépages plus résistants à la "
        "chaleur, comme le font déjà leurs voisins du sud.",
        "Un essai sur dix parcelles de la vallée commencera au printemps, avec l'aide de la "
        "chambre d'agriculture.",
        "Partager sur Facebook",
    ]
    text = "\n".join([*STORY, *tail])
    assert removed(text) == [len(STORY) + 3]


def test_numbered_listicle_at_the_end_stays() -> None:
    tail = [
        "1",
        "Vendanger à la fraîche",
        "Les vignerons de la vallée cueillent le raisin à l'aube, avant que la chaleur ne "
        "monte sur les parcelles.",
        "2",
        "Trier les grappes",
        "Les grappes touchées par la grêle sont écartées à la main dans les rangs de vigne "
        "de la coopérative.",
    ]
    text = "\n".join([*STORY, *tail])
    assert removed(text) == []


def test_all_boilerplate_page_is_flagged_and_kept_whole() -> None:
    wall = "\n".join(
        [
            "Nous utilisons des cookies et des traceurs pour mesurer l'audience du site.",
            "Accepter les cookies",
            "Paramétrer les cookies",
            "Se connecter",
            "Mot de passe oublié ?",
        ]
    )
    split = split_boilerplate(wall)
    assert split.no_body
    assert split.body == wall
    assert split.removed == ()


def test_article_is_not_flagged() -> None:
    split = split_boilerplate("\n".join([*STORY, "Partager sur Facebook"]))
    assert not split.no_body
    assert not split_boilerplate("Titre\nUne phrase assez longue pour être un vrai texte.").no_body


def test_links_and_menus_without_prose_are_flagged() -> None:
    page = "\n".join(["Accueil", "Se connecter", "Un marché couvert rouvre à Port-Clarin", "Météo"])
    assert split_boilerplate(page).no_body


def test_final_table_stays_body() -> None:
    table = [
        "| Coopérative | Parcelles | Hectares |",
        "|---|---|---|",
        "| Sorne amont | 316 | 630 |",
        "| Sorne aval | 153 | 290 |",
    ]
    text = "\n".join([*STORY, *table, "Tous droits réservés"])
    assert removed(text) == [len(STORY) + len(table)]


def test_final_calendar_sharing_the_article_words_stays_body() -> None:
    calendar = [
        "Le calendrier des vendanges",
        "02/09/2025 – Sorne amont : raisin blanc, parcelles en coteau",
        "09/09/2025 – Sorne aval : raisin rouge, parcelles de la coopérative",
        "16/09/2025 – Vallée de la Sorne : dernières vendanges, fête des vignerons",
    ]
    text = "\n".join([*STORY, *calendar, "© Gazette des Trois Rivières"])
    assert removed(text) == [len(STORY) + len(calendar)]


def test_tags_below_the_article_still_go() -> None:
    tags = ["Vendanges", "Viticulture", "Sorne"]
    text = "\n".join([*STORY, *tags, "© Gazette des Trois Rivières"])
    assert removed(text) == list(range(len(STORY), len(STORY) + 4))


def test_footer_scan_passes_one_short_line_in_the_articles_words_under_page_furniture() -> None:
    # A reader's comment (or a note about the publication) that repeats the article's
    # words, right above the copyright line, with a newsletter box and a share bar above
    # it: the edge passes it, because rules, not shapes, stand above it.
    tail = [
        "Partager sur Facebook",
        "Partager sur X",
        "Suivez-nous sur Instagram",
        "Recevez chaque matin notre lettre d'information",
        "Votre adresse e-mail *",
        "Je m'inscris",
        "Bravo aux vignerons, on attend avec impatience de goûter ce millésime précoce, "
        "même si la grêle a fait mal cette année.",
        "© 2026 Le Courrier de la Sorne – Tous droits réservés",
    ]
    text = "\n".join([*STORY, *tail])
    assert removed(text) == list(range(len(STORY), len(STORY) + len(tail)))


def test_the_articles_last_paragraph_below_a_newsletter_box_stays() -> None:
    # A newsletter box between paragraphs, then the article's last paragraph: a paragraph
    # longer than a comment is never passed, and shapes alone never pass one.
    box = ["Recevez chaque matin notre lettre d'information", "Je m'inscris"]
    last = (
        "La prochaine assemblée de la coopérative viticole se tiendra en novembre dans la "
        "vallée de la Sorne ; les vignerons y voteront le prix du raisin de la récolte et "
        "le calendrier des prochaines vendanges."
    )
    text = "\n".join([*STORY, *box, last, "Tous droits réservés"])
    kept = set(range(len(STORY) + len(box) + 2)) - set(removed(text))
    assert len(STORY) + len(box) in kept
    assert set(range(len(STORY))) <= kept


def test_the_articles_list_above_its_last_short_paragraph_stays() -> None:
    # The article's calendar, then its last short paragraph, then the page's furniture:
    # the list shares the article's subject, and only shapes speak for it.
    calendar = [
        "Les dates des vendanges",
        "Du 20 au 25 août",
        "Du 1er au 6 septembre",
        "Du 10 au 15 septembre",
        "Les vignerons de la vallée de la Sorne accueillent les vendangeurs bénévoles.",
    ]
    text = "\n".join([*STORY, *calendar, "Partager sur Facebook", "Tous droits réservés"])
    kept = set(range(len(STORY) + len(calendar))) - set(removed(text))
    assert kept == set(range(len(STORY) + len(calendar)))
