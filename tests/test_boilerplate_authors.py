"""The author's portrait after the article (issue #13, seventh round): footer.

A paragraph that portrays a person signing the article ("Juriste de formation, X
décrypte depuis 2012 …"), with the name alone above it, goes to the footer; a last
paragraph about anyone else stays. Every line is invented.
"""

from __future__ import annotations

from _pages import SORNE, SORNE_TITLE, removed_by_rule

TITLE = SORNE_TITLE
PARAGRAPHS = SORNE


def test_the_authors_portrait_under_the_article_is_footer() -> None:
    portrait = (
        "Juriste de formation, Lucie Ferrand-Aubel décrypte depuis 2012 les contrats "
        "d'assurance habitation pour le Journal de la Sorne."
    )
    lines = [TITLE, "Par Lucie Ferrand-Aubel", *PARAGRAPHS, "Lucie Ferrand-Aubel", portrait]
    removed = removed_by_rule(lines)
    assert set(removed) == {1, len(lines) - 2, len(lines) - 1}


def test_a_portrait_without_a_name_alone_names_the_byline() -> None:
    portrait = (
        "Lucie Ferrand est hydrologue et maîtresse de conférences à l'université de "
        "Prés-Bas. Elle a publié deux essais sur les crues."
    )
    footer = ["Crues", "Digues", "© Le Journal de la Sorne"]
    lines = [TITLE, "Par Lucie Ferrand, hydrologue", *PARAGRAPHS, portrait, *footer]
    removed = removed_by_rule(lines)
    assert set(removed) == {1, *range(len(lines) - len(footer) - 1, len(lines))}


def test_a_last_paragraph_portraying_someone_else_stays() -> None:
    # The mayor is no author of the article: the paragraph is the article's.
    closing = (
        "Marc Aubel est maire de Prés-Bas depuis 2014. Il brigue un troisième mandat et "
        "fait des digues l'argument de sa campagne."
    )
    lines = [TITLE, "Par Lucie Ferrand", *PARAGRAPHS, closing, "Partager sur Facebook"]
    removed = removed_by_rule(lines)
    assert set(removed) == {1, len(lines) - 1}


def test_two_authors_portraits_under_a_name_alone_byline_are_footer() -> None:
    portraits = [
        "Lucie Ferrand",
        "Journaliste, Lucie Ferrand enquête depuis 2015 sur les rivières du département.",
        "Marc Aubel",
        "Marc Aubel a rejoint la rédaction en 2021 après dix ans en presse régionale.",
    ]
    lines = [TITLE, "Lucie Ferrand", *PARAGRAPHS, *portraits, "Je fais un don"]
    removed = removed_by_rule(lines)
    assert set(removed) == {1, *range(len(lines) - 5, len(lines))}


# The journalist's portrait with teasers and comments below it that no rule knows
# (fourteenth round, after unseen pages).
JOURNALIST = (
    "Lucie Ferrand est journaliste au service Environnement depuis 2019. Elle suit les "
    "rivières du département et les chantiers de prévention des crues."
)
BELOW_PORTRAIT = [
    "Pontarlier-sur-Sorne : une passerelle rouverte aux piétons après deux mois de travaux.",
    "Les pêcheurs de la haute vallée réclament des relevés plus fréquents de la qualité de l'eau.",
    "Gérard M. : Enfin ! On attendait ces travaux depuis la crue de 2016, merci pour l'article.",
]


def test_the_journalists_portrait_closes_the_article_and_takes_what_is_below() -> None:
    lines = [TITLE, "Par Lucie Ferrand", *PARAGRAPHS, JOURNALIST, *BELOW_PORTRAIT]
    removed = removed_by_rule(lines)
    portrait = len(lines) - len(BELOW_PORTRAIT) - 1
    assert set(removed) == {1, *range(portrait, len(lines))}
    assert removed[portrait] == "byline.portrait"
    assert {removed[i] for i in range(portrait + 1, len(lines))} == {"byline.portrait.section"}


def test_a_portrait_in_another_trade_or_of_a_journalist_the_article_names_opens_no_footer() -> None:
    # An op-ed's author ("… est géographe") is portrayed by the op-ed itself; a journalist
    # the article speaks of (her arrest, her prize) is its subject.
    named = PARAGRAPHS[-1] + " Lucie Ferrand, qui suivait le chantier, a été entendue."
    for portrait, paragraphs in (
        (JOURNALIST.replace("journaliste au service Environnement", "géographe"), PARAGRAPHS),
        (JOURNALIST, [*PARAGRAPHS[:-1], named]),
    ):
        lines = [TITLE, "Par Lucie Ferrand", *paragraphs, portrait, *BELOW_PORTRAIT]
        removed = removed_by_rule(lines)
        assert not set(range(len(PARAGRAPHS) + 2, len(lines))) & set(removed), portrait


def test_a_critics_or_second_role_portrait_also_closes_the_article() -> None:
    # (b166, read after scoring: "critique littéraire", "sommelier et chroniqueur".)
    for role in ("critique littéraire au Journal de la Sorne", "sommelière et chroniqueuse"):
        portrait = JOURNALIST.replace("journaliste au service Environnement", role)
        lines = [TITLE, "Par Lucie Ferrand", *PARAGRAPHS, portrait, *BELOW_PORTRAIT]
        removed = removed_by_rule(lines)
        portrait_line = len(lines) - len(BELOW_PORTRAIT) - 1
        assert set(removed) == {1, *range(portrait_line, len(lines))}, role
