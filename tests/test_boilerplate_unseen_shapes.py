"""The hold-out shapes of issue #13 (item 3) in one invented page: all go, the body stays.

Every line here is invented (after the issue's own invented examples); none is copied from
a corpus.
"""

from __future__ import annotations

from feuillet import split_boilerplate

BODY = [
    "Les digues de la Sorne seront rehaussées avant l'hiver",
    "Les travaux de rehaussement des digues de la Sorne commenceront en septembre, a "
    "annoncé mardi le syndicat de rivière, après les crues du printemps dernier.",
    "Le chantier coûtera 4 millions d'euros, financés pour moitié par la région, et doit "
    "protéger les trois cents maisons du quartier des Prés-Bas.",
    "Les riverains réclamaient ces travaux depuis dix ans, et leur association avait saisi "
    "le préfet l'an dernier pour accélérer le dossier.",
    "Le syndicat promet que la circulation sera maintenue sur la route départementale "
    "pendant toute la durée des travaux, sauf deux week-ends.",
]

PAGE = [
    ("Skip to content", False),
    ("[Accueil]", False),
    ("RubriqueÀ la une Société Sports Planète", False),
    ("Édition du jeudi 14 mars", False),
    ("Environnement", False),
    (BODY[0], True),
    (
        "La Gazette | 12.06.2021 à 09h15 • Mis à jour le 12.06.2021 à 10h02 | Par Lucie Ferrand",
        False,
    ),
    ("Sophie Marchetti et Yannick Brun", False),
    ("Publié le 12 juin 2021 à 09h15", False),
    ("La digue des Prés-Bas, le 3 mars. Hanslucas", False),
    (BODY[1], True),
    ("Lire aussiMunicipales : la liste d'union déposée à Brévanne", False),
    (BODY[2], True),
    ("Les riverains devant la digue, en mars. (Jean-Paul Ferrand/Pool/Sipa)", False),
    (BODY[3], True),
    ("En vidéo, trois gestes pour baisser sa facture de chauffage", False),
    (BODY[4], True),
    ("[Édité par Hélène Varenne.]", False),
    ("Les + lus", False),
    ("1", False),
    ("Économie. La Banque du Léman relève encore ses taux", False),
    ("2", False),
    ("santé • Un centre de dialyse ouvre à Port-Clarin 12/03/2024", False),
    ("Nom *", False),
    ("Adresse e-mail *", False),
    ("Merci d'indiquer votre adresse e-mail", False),
    ("Une erreur est survenue, réessayez plus tard.", False),
    ("Marcel_K dit : 2 février 2024 à 08:41 Bravo pour l'article", False),
    ("Répondre à ce message", False),
]


def test_every_hold_out_shape_goes_and_the_body_stays() -> None:
    split = split_boilerplate("\n".join(line for line, _body in PAGE))
    gone = {r.line for r in split.removed}
    kept_boilerplate = [line for i, (line, body) in enumerate(PAGE) if not body and i not in gone]
    lost_body = [line for i, (line, body) in enumerate(PAGE) if body and i in gone]
    assert (kept_boilerplate, lost_body) == ([], [])


def test_a_caption_credited_to_a_stock_photo_site_goes() -> None:
    lines = [BODY[0], "Des riverains devant la digue rehaussée. Pexels", *BODY[1:]]
    assert [r.line for r in split_boilerplate("\n".join(lines)).removed] == [1]
