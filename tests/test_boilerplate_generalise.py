"""Rules generalise to the kind of line, not to the dev outlets' wording.

Typical boilerplate lines as French-language outlets write them (none of them copied from
the dev corpus), and body lines that mention the same words: every boilerplate line must
be caught by a rule or a shape signal, no body line by any rule.
"""

from __future__ import annotations

import pytest

from feuillet import Rules, normalize, split_boilerplate
from feuillet.boilerplate.signals import Doc as _Doc

BOILERPLATE = [
    "Avec AFP et Reuters",
    "Le Figaro avec AFP",
    "(Avec AFP)",
    "Source : AFP",
    "Avec Belga",
    "Avec l'agence Belga",
    "La rédaction avec AFP",
    "Par Le Figaro avec AFP",
    "Par Jean Dupont pour Le Parisien",
    "Par Marie Martin et Paul Durand",
    "Publié le 12 mars 2024 à 10h32",
    "Publié le 12/03/2024 à 10:32, mis à jour le 12/03/2024 à 11:05",
    "Mis à jour le 3 janvier 2025",
    "Publié aujourd'hui à 08h00",
    "Modifié le 04 mars 2024 à 17h45",
    "Le 12 mars 2024 à 10h32",
    "12 mars 2024 à 10h32",
    "Lecture : 3 min.",
    "Lecture 5 min",
    "3 min de lecture",
    "Temps de lecture : moins d'une minute",
    "Écouter cet article",
    "Écouter l'article",
    "Lire aussi",
    "Lire aussi :",
    "À lire aussi",
    "À LIRE AUSSI",
    "LIRE AUSSI >> Le gouvernement présente son budget",
    "Lire aussi | Réforme des retraites : ce qui change au 1er janvier",
    ">> Lire aussi : Les Bleus en demi-finale",
    "Sur le même thème",
    "À voir aussi",
    "Voir aussi : notre dossier sur la guerre en Ukraine",
    "Notre sélection",
    "Les plus lus",
    "Les articles les plus lus",
    "Les plus populaires",
    "Les + lus",
    "Dans la même rubrique",
    "Articles similaires",
    "Vous aimerez aussi",
    "Vous aimerez peut-être aussi",
    "Nos derniers articles",
    "Derniers articles",
    "Abonnez-vous",
    "Abonnez-vous pour lire la suite",
    "Cet article est réservé aux abonnés.",
    "Il vous reste 75% de cet article à lire.",
    "La suite est réservée aux abonnés.",
    "Déjà abonné ? Connectez-vous",
    "Vous êtes abonné ? Identifiez-vous",
    "Je m'abonne pour 1€",
    "S'abonner",
    "Profitez de notre offre : 1€ le premier mois",
    "Offre spéciale : -50% sur votre abonnement",
    "Accédez à tous nos contenus en illimité",
    "Soutenez-nous",
    "Soutenez le journalisme indépendant",
    "Faites un don",
    "Faire un don",
    "Nous avons besoin de vous",
    "Votre soutien compte",
    "Chaque don compte",
    "Inscrivez-vous à notre newsletter",
    "Inscrivez-vous à la newsletter",
    "Recevez notre newsletter",
    "Newsletter",
    "La newsletter du matin",
    "Recevez chaque matin l'essentiel de l'actualité",
    "Votre adresse e-mail",
    "Je m'inscris",
    "S'inscrire",
    "Merci pour votre inscription !",
    "Partager",
    "Partager l'article",
    "Partager cet article",
    "Partager sur Facebook",
    "Partager sur X",
    "Partager par e-mail",
    "Copier le lien",
    "Imprimer",
    "Envoyer",
    "Facebook",
    "Twitter",
    "LinkedIn",
    "WhatsApp",
    "Suivez-nous sur Facebook",
    "Suivez-nous sur les réseaux sociaux",
    "Réagir",
    "Réagissez",
    "Commenter",
    "Commentaires",
    "0 commentaire",
    "12 commentaires",
    "Voir les commentaires",
    "Laisser un commentaire",
    "Connectez-vous pour commenter",
    "Vous devez être connecté pour publier un commentaire.",
    "Les commentaires sont fermés.",
    "Signaler un abus",
    "Ce site utilise des cookies",
    "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
    "Accepter les cookies",
    "Gérer mes cookies",
    "Paramètres des cookies",
    "© 2025 Le Monde",
    "© Copyright 2025 Ouest-France",
    "Copyright © 2024 La Presse",
    "Tous droits réservés",
    "Reproduction interdite",
    "© Photo : AFP",
    "Photo : AFP",
    "Photo AFP",
    "Photo : Reuters",
    "Crédit : Getty Images",
    "Crédits : AFP",
    "(Photo by John Smith / AFP)",
    "Illustration / Pixabay",
    "Le président de la République à l'Élysée, le 3 mars 2024. LUDOVIC MARIN / AFP",
    "Le Premier ministre à Matignon. (Photo : Ludovic Marin / AFP)",
    "Des manifestants à Paris, mardi. © Jean Dupont / Hans Lucas",
    "Les pompiers sur place. Photo d'illustration",
    "Publicité",
    "PUBLICITÉ",
    "Contenu sponsorisé",
    "Annonce",
    "La suite après cette publicité",
    "Article sponsorisé",
    "Mots-clés : politique, gouvernement",
    "Tags : retraites, réforme",
    "Sujets associés",
    "Thèmes",
    "Accueil",
    "Accueil > Politique > Élections",
    "Menu",
    "Rechercher",
    "Se connecter",
    "Mon compte",
    "Mentions légales",
    "Politique de confidentialité",
    "Conditions générales d'utilisation",
    "Plan du site",
    "Nous contacter",
    "Qui sommes-nous ?",
    "Retour en haut de page",
    "Haut de page",
    "Télécharger l'application",
    "Téléchargez notre application",
    "Disponible sur l'App Store",
    "Suivez toute l'actualité en téléchargeant notre application",
    "Vidéo : le moment où le pont s'effondre",
    "Vous avez une information à nous communiquer ? Écrivez-nous",
    "jean.dupont@lemonde.fr",
    "@jeandupont",
    "Cet article a été publié initialement sur The Conversation.",
    "Cet article est issu de la rubrique Décryptage",
    "Article mis à jour le 5 janvier 2025",
    "Le Monde avec AFP",
    "Ouest-France avec AFP",
    "Rédaction Paris",
    "De notre envoyé spécial à Kiev,",
    "De notre correspondant à Bruxelles",
    "ARCHIVES",
    "Voir plus",
    "Afficher plus",
    "Charger plus d'articles",
    "En savoir plus",
    "ats/afp/jdu",
    "bur-sw/ial",
    "Auteur : Jean Dupont",
    "Jean Dupont, envoyé spécial à Kiev",
    "Le Devoir vous suggère",
    "À voir en vidéo",
    "Photo: Jacques Nadeau Le Devoir",
    "La Presse Canadienne",
    "Abonnez-vous à notre infolettre",
    "Source : APS",
]

BODY = [
    "Selon l'AFP, le bilan s'élève à douze morts.",
    "L'AFP a appris de source policière que le suspect avait été interpellé.",
    "Avec l'AFP, nous avons retrouvé les témoins de la scène.",
    "Avec ses partenaires, l'entreprise compte doubler sa production d'ici 2030.",
    "Par ailleurs, le ministre a annoncé une hausse du budget.",
    "Par la suite, les enquêteurs ont découvert un second corps.",
    "Par Toutatis, s'exclamait Astérix dans la bande dessinée.",
    "Publié en 1857, le recueil fit scandale.",
    "Publié le mois dernier, le rapport pointe de nombreuses failles.",
    "Mis à jour chaque année, le classement reste une référence.",
    "Le temps de lecture moyen d'un article est passé à 40 secondes, selon l'étude.",
    "Lire aussi les conditions de l'accord, a conseillé l'avocat.",
    "Il faut lire aussi entre les lignes, estime le politologue.",
    "Voir aussi la réaction du Kremlin, a ajouté le diplomate.",
    "Le nombre d'abonnés a progressé de 8 % en un an.",
    "Les abonnés de Netflix devront payer plus cher à partir de janvier.",
    "Il s'est abonné au journal local depuis trente ans.",
    "La newsletter de l'Élysée a été envoyée à 2 millions de personnes.",
    "Les cookies de Noël sont vendus sur le marché de Strasbourg.",
    "La CNIL a infligé une amende pour des cookies déposés sans consentement.",
    "Il a fait un don de 500 euros à la Croix-Rouge.",
    "Faire un don de sang reste un geste essentiel, rappelle l'EFS.",
    "Soutenir les agriculteurs est une priorité, a déclaré le ministre.",
    "Le gouvernement veut soutenir la presse locale avec une aide de 10 millions.",
    "Partager les richesses, c'est le cœur de son programme.",
    "Partager un repas avec ses voisins devient rare.",
    "Envoyer des troupes au Sahel serait une erreur, selon lui.",
    "Imprimer des billets ne règle rien, répond l'économiste.",
    "Commenter la décision de justice, il s'y refuse.",
    "Les commentaires du ministre ont suscité l'indignation.",
    "Il a refusé de commenter.",
    "Réagir vite est essentiel en cas d'incendie.",
    "Suivez le guide, lance la guide conférencière aux touristes.",
    "Tous droits réservés ? Pas pour les œuvres tombées dans le domaine public.",
    "La publicité pour l'alcool est strictement encadrée en France.",
    "La publicité a été retirée après les plaintes.",
    "Annonce importante du préfet : les écoles resteront fermées lundi.",
    "Le site utilise des données publiques pour calculer l'indice.",
    "Accueil des réfugiés : la commune ouvre un gymnase.",
    "Menu du jour : soupe, poisson et tarte aux pommes.",
    "Contact avec l'ennemi : les soldats racontent.",
    "Mentions légales obligatoires : les commerçants rappelés à l'ordre.",
    "La photo a fait le tour des réseaux sociaux.",
    "Photo de famille : les dirigeants du G7 réunis à Hiroshima.",
    "Crédit immobilier : les taux repartent à la hausse.",
    "Crédit Agricole annonce un bénéfice record.",
    "Source de tensions, la réforme divise la majorité.",
    "Sources policières : le suspect était connu des services.",
    "De nombreux habitants ont été évacués dans la nuit.",
    "De Gaulle avait prononcé ce discours en 1940.",
    "Le 12 mars 2024, la loi a été promulguée.",
    "En savoir plus sur les causes de l'accident prendra des mois.",
    "Le maire a présenté ses vœux à la population.",
    "Thèmes abordés : la santé, l'école et la sécurité.",
    "Jean Dupont, 54 ans, agriculteur à Beaune, ne décolère pas.",
    "« Nous ne lâcherons rien », a déclaré Julien Barre à l'AFP.",
    "Télécharger l'application de la CAF permet de suivre ses droits, rappelle l'organisme.",
    "Voir plus loin que le bout de son nez, conseille le philosophe.",
    "L'abonnement au Pass Navigo augmente de 2 euros par mois.",
    "Les agriculteurs sont payés 3 euros par mois de plus, une misère selon eux.",
    "Il a été mis en examen pour escroquerie.",
    "Archives départementales : un trésor de documents redécouvert.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_typical_boilerplate_line_is_recognised(line: str) -> None:
    doc = _Doc([line], Rules.default())
    found = any(doc.rule(0, zone) is not None for zone in ("header", "footer", "inline"))
    assert found or doc.junk(0) is not None


@pytest.mark.parametrize("line", BODY)
def test_body_line_mentioning_boilerplate_words_is_not_matched(line: str) -> None:
    doc = _Doc([line], Rules.default())
    assert doc.keep(0) is None
    assert [doc.rule(0, zone) for zone in ("header", "footer", "inline")] == [None, None, None]


def test_body_lines_survive_at_the_end_of_an_article() -> None:
    lead = [
        "Le conseil municipal a voté jeudi soir le budget de la commune pour l'année prochaine.",
        "Les élus de l'opposition ont dénoncé une hausse des impôts locaux jugée excessive.",
    ]
    for line in BODY:
        split = split_boilerplate("\n".join([*lead, line]))
        assert split.removed == (), line


# --- Other outlets, in their zone ---------------------------------------------------------------
# Phrasings of French, Belgian, Swiss, Québec and African outlets (written for this test, not
# copied from any page), each placed where such pages put it in a short article of our own.
# The line must go, with the right zone, and nothing else.

HEADLINE = "Inondations : la Meuse sort de son lit à Namur"
STANDFIRST = (
    "Les pluies torrentielles de la nuit ont provoqué des crues dans plusieurs communes "
    "de la province."
)
PARAGRAPHS = [
    "Le niveau de la Meuse a dépassé la cote d'alerte mercredi matin, selon les services "
    "de la Région wallonne.",
    "Les pompiers ont procédé à une vingtaine d'évacuations dans le centre de Namur et à Jambes.",
    "« Nous n'avions jamais vu ça depuis 2021 », confie une habitante du quartier, les pieds "
    "dans l'eau.",
    "Le bourgmestre a demandé aux habitants d'éviter tout déplacement non indispensable "
    "jusqu'à jeudi.",
]

OTHER_OUTLETS_HEADER = [
    # byline run into a date, dates, relative times
    "Par Sophie Leclerc - Publié le 03/02/2025 à 08:15",
    "Par Jean Dupont, publié le 12 mars 2025",
    "Rédigé par Jean Dupont le 12 mars 2025",
    "Jean Dupont | Le 12 mars 2025",
    "Initialement publié le 12 mars 2025",
    "Publication : 12 mars 2025",
    "Mercredi, 12 mars 2025",
    "Aujourd'hui à 10:30",
    "Hier à 18h45",
    # reading time, audio, gift and bookmark buttons, counters
    "⏱ 4 min de lecture",
    "Lecture en 3 min",
    "3 min",
    "Écouter (4 min)",
    "Version audio",
    "Lire cet article en audio",
    "Offrir cet article",
    "Offrir l'article",
    "Ajouter aux favoris",
    "Suivre ce sujet",
    "12 commentaires",
    "3 réactions",
    "Réagir à cet article",
    "Lu 1234 fois",
    "1234 vues",
    # breadcrumbs with spaced separators, rubric names, labels
    "Accueil / Belgique / Namur",
    "Accueil › Monde › Afrique",
    "Accueil | Sport | Football",
    "Monde",
    "Faits divers",
    "International",
    "En direct",
    "Abonnés",
    "Exclusif abonnés",
    "Article abonné",
    "Premium Le Temps",
    # bylines
    "Avec notre correspondant à Dakar, Jean Dupont",
    "Avec nos correspondants à Bamako et Niamey",
    "Journaliste",
    "Chef du service Monde",
    # photo credits
    "Illustration.",
    "Archives AFP",
    "Photo BELGA",
    "JEAN DUPONT / AFP",
    "Jean Dupont | Keystone",
    "PHOTO ROBERT SKINNER, LA PRESSE",
    "Photo fournie par la famille",
    "Photo courtoisie",
    # datelines of African agencies
    "Kinshasa (ACP) -",
    "Tunis (TAP) -",
    "Abidjan (AIP) -",
]

OTHER_OUTLETS_FOOTER = [
    "Testez gratuitement pendant 30 jours",
    "Vous lisez un article gratuit",
    "Vous avez atteint la limite d'articles gratuits",
    "Cet article vous est offert",
    "Article offert",
    "Lisez la suite de cet article pour 1 € seulement",
    "Ne manquez rien de l'actualité",
    "Pas encore abonné ?",
    "Vous avez déjà un compte ?",
    "Lire la suite de l'article",
    "Le journalisme de qualité a un prix",
    "Merci de soutenir le journalisme indépendant",
    "Merci pour votre soutien !",
    "Vous avez repéré une erreur ? Signalez-la",
    "Nous respectons votre vie privée",
    "Pour voir ce contenu, acceptez les cookies",
    "Toute reproduction, même partielle, est interdite",
    "Qu'en pensez-vous ?",
    "Et vous, qu'en pensez-vous ?",
    "Il n'y a pas encore de commentaire",
    "Les plus lus du moment",
    "Suivez Le Soir sur Facebook et Instagram",
    "Tous les matins, l'essentiel de l'actualité dans votre boîte mail",
    "Chaque matin, recevez les titres de l'actualité",
    "Avec Agence Ecofin",
    "Agence QMI",
    "Avec TAP",
    "Ce contenu a été produit par notre partenaire",
    "Contenus sponsorisés",
    "Sponsorisé par Outbrain",
    "Contenu commandité",
    "Ces articles pourraient vous intéresser",
    "Nos lecteurs ont aussi lu",
    "Ajoutez Le Soir à vos sources Google Actualités",
    "Lisez le journal en version numérique",
    "Ce contenu est réservé à nos abonnés numériques",
    "Le Soir+ : tous nos articles en illimité",
    "Écoutez nos podcasts sur Spotify, Deezer et Apple Podcasts",
    "Disponible sur toutes les plateformes de podcast",
]

OTHER_OUTLETS_INLINE = [
    # the article goes on after an advert
    "Suite de l'article après la publicité",
    "L'article continue ci-dessous",
    "Article continue sous la publicité",
    "Lire la suite ci-dessous",
    "Suite de l'article ci-dessous",
    "Fin de la publicité",
    "- Publicité -",
    "Contenu commandité",
    # newsletter boxes, recirculation labels
    "Newsletter Le Soir",
    "La newsletter Info",
    "À lire",
    "À voir",
    "À écouter",
    "Lisez aussi",
    "Lisez également",
    "Notre article : Les inondations de 2021 en Wallonie",
    "Consultez notre dossier",
    "Retrouvez notre dossier sur les inondations",
    "Notre dossier",
    # captions ending in a credit
    "Des habitants évacués en barque à Jambes. BELGA PHOTO JOHN THYS",
    "Le bourgmestre de Namur, mercredi. Photo Belga",
    "Le bourgmestre de Namur, mercredi. Jean Dupont / Radio-Canada",
    "Le bourgmestre de Namur, mercredi. (Jean Dupont/Radio-Canada)",
    "Le bourgmestre de Namur, mercredi. (Archives)",
    "Le bourgmestre de Namur, mercredi. Image d'archives",
    "Le bourgmestre de Namur, mercredi. Getty Images via AFP",
    "Le bourgmestre de Namur, mercredi. PHOTO MARTIN CHAMBERLAND, ARCHIVES LA PRESSE",
    "Le bourgmestre à l'hôtel de ville, mardi (photo AFP)",
    "Illustration Pixabay",
    # consent placeholders of embedded posts and videos, buttons
    "Accepter et continuer",
    "Afficher le contenu",
    "Cliquez ici pour afficher le contenu",
    "Accepter pour voir",
    "Charger la vidéo",
    "Offrir cet article",
    "Ajouter aux favoris",
    "Écouter (4 min)",
    # media widgets, polls, live coverage, podcast promos
    "Voir le diaporama",
    "Galerie photos",
    "En images",
    "Infographie",
    "Plein écran",
    "Cliquez sur l'image pour l'agrandir",
    "Vidéo suivante",
    "Regarder le replay",
    "Carte interactive",
    "Contenu externe",
    "Chargement...",
    "Veuillez patienter",
    "Photo 1 sur 12",
    "1/12",
    "Sondage",
    "Participez à notre sondage",
    "Résultats du sondage",
    "Votre navigateur ne prend pas en charge la lecture de vidéos",
    "Ce contenu est hébergé par un tiers",
    "Ce contenu provient de YouTube",
    "Source vidéo : YouTube",
    "Suivez notre direct",
    "Suivez le direct : la crue heure par heure",
    "Écoutez notre podcast",
    "Publicité - Continuez la lecture ci-dessous",
]


def _removed(lines: list[str]) -> list[tuple[int, str]]:
    return [(r.line, r.zone) for r in split_boilerplate("\n".join(lines)).removed]


@pytest.mark.parametrize("line", OTHER_OUTLETS_HEADER)
def test_other_outlets_header_line_is_removed(line: str) -> None:
    assert _removed([HEADLINE, line, STANDFIRST, *PARAGRAPHS]) == [(1, "header")]


@pytest.mark.parametrize("line", OTHER_OUTLETS_FOOTER)
def test_other_outlets_footer_line_is_removed(line: str) -> None:
    lines = [HEADLINE, STANDFIRST, *PARAGRAPHS, line]
    assert _removed(lines) == [(len(lines) - 1, "footer")]


@pytest.mark.parametrize("line", OTHER_OUTLETS_INLINE)
def test_other_outlets_inline_line_is_removed(line: str) -> None:
    lines = [HEADLINE, STANDFIRST, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]
    assert _removed(lines) == [(4, "inline")]


# Body lines using the words of the kinds above: they stay as standfirst, between paragraphs
# and as the last paragraph.
OTHER_OUTLETS_BODY = [
    "Lecture en 10 minutes par jour : les enfants progressent.",
    "Écouter (et entendre) les habitants, c'est son credo.",
    "Offrir l'article de loi en exemple, une drôle d'idée.",
    "Suivre ce dossier de près est essentiel, dit le maire.",
    "12 commentaires ont été supprimés par le modérateur.",
    "Publication : le rapport est attendu en mai",
    "Ajouté à cela la hausse des prix de l'énergie",
    "Initialement publié en anglais, le livre sort en français.",
    "Par décret publié le 3 mars, le gouvernement a fixé le prix.",
    "Par ailleurs, le gouvernement a publié le rapport le 12 mars 2025",
    "Par la voix de son porte-parole, le parti a réagi le 12 mars 2025",
    "Avec nos journalistes, nous avons enquêté pendant six mois.",
    "Avec nos correspondants, nous avons recueilli des dizaines de témoignages sur place.",
    "Le ratio est de 1 / 3 / 5 selon les catégories, précise le rapport.",
    "International : la France durcit le ton face à Moscou.",
    "Archives de la Ville : un fonds redécouvert",
    "Illustration parfaite de la crise, la fermeture de l'usine inquiète.",
    "L'agence Belga photo à l'appui a démenti l'information.",
    "Sur une photo AFP prise mardi, on voit le ministre.",
    "Sur une photo AFP prise mardi on voit le ministre.",
    "Shutterstock a racheté Pixabay en 2019.",
    "Photo fournie par la police, le portrait-robot a circulé.",
    "Il a parlé à Radio-Canada / CBC de ses projets.",
    "Refuser le compromis serait une erreur, estime-t-il.",
    "Accepter et continuer le combat, c'est le choix des syndicats.",
    "Afficher le contenu de son téléphone, il a refusé.",
    "Pour voir ce contenu, les internautes doivent payer.",
    "Sponsorisé par la mairie, le concert est gratuit.",
    "Proposé par la mairie, le concert est gratuit.",
    "Ce contenu a été produit par des élèves du lycée Jean-Moulin, qui ont enquêté deux mois.",
    "La suite après la pause, annonce l'animateur.",
    "L'article continue de faire débat au Parlement.",
    "Chaque matin, il lit les titres de la presse.",
    "Recevoir les titres de propriété prend des mois.",
    "Recevez les titres de séjour en préfecture, conseille l'avocat.",
    "Tous les matins, il trouve des tracts dans votre boîte aux lettres, se plaint-il.",
    "Vous lisez un article gratuit de notre confrère, sourit-il.",
    "Lisez la suite pour comprendre, conseille l'auteur.",
    "Testez gratuitement le vélo électrique pendant une semaine, propose la ville.",
    "Ne manquez rien de ce spectacle, conseille-t-il.",
    "Merci pour votre soutien, a lancé le maire aux militants.",
    "Le journalisme de qualité a un prix, rappelle le syndicat.",
    "Vous avez repéré une erreur dans votre déclaration d'impôts ? Voici comment la corriger.",
    "Signalez-la à la police, conseille le préfet.",
    "Toute reproduction est interdite, a rappelé le juge.",
    "Qu'en pensez-vous, a demandé le juge au témoin.",
    "Pas de commentaire, a répondu le ministre.",
    "Les plus lus du moment sont des polars, selon les libraires.",
    "Suivez le guide sur Instagram, lance l'influenceuse.",
    "Pas encore abonné au service, il attend la fibre.",
    "Nous respectons votre vie privée, assure le PDG.",
    "Lisez aussi le rapport, conseille-t-il.",
    "Notre article 3 stipule que le contrat est caduc.",
    "Fin de la publicité pour l'alcool à la télévision ?",
    "Contenu commandité par l'État, le film fait scandale.",
    "Premium, le nouveau forfait d'Orange, coûte 40 euros.",
    "Abonnés au gaz : la facture augmente en janvier.",
    "Journaliste, il a couvert trois guerres.",
    "Chef du service de réanimation, il témoigne.",
    "Selon l'ACP, le bilan est lourd.",
    "Diaporama de vacances et souvenirs de famille ont été saisis.",
    "En images, la crue paraît moins spectaculaire.",
    "Légende du cyclisme, il s'est éteint à 84 ans.",
    "Agrandir la salle des fêtes coûtera 2 millions d'euros.",
    "Replay de la finale : 4 millions de téléspectateurs.",
    "Chargement des camions à l'aube sur le port d'Anvers.",
    "Veuillez patienter, a lancé le guichetier aux voyageurs.",
    "Sondage : 62 % des Belges favorables à la réforme.",
    "Votez utile, a martelé le candidat.",
    "Participez à notre effort collectif, a lancé le maire.",
    "Ce contenu provient de sources anonymes, selon l'enquête.",
    "Suivez le direct de l'Assemblée sur LCP, conseille le député.",
    "Écoutez notre hymne national, lance le sélectionneur.",
    "Continuez la lecture du rapport, conseille le juge.",
    "Ces articles peuvent vous intéresser si vous aimez la politique, dit-il.",
    "Nos lecteurs ont aussi lu le rapport avec attention.",
    "Lisez le journal en version numérique ou papier, c'est comme vous voulez.",
    "Tous nos articles en illimité pour 1 euro : une offre choc, selon les syndicats.",
    "L'album est disponible sur Spotify depuis vendredi.",
]


@pytest.mark.parametrize("line", OTHER_OUTLETS_BODY)
def test_other_outlets_body_line_stays_everywhere(line: str) -> None:
    assert _removed([HEADLINE, line, *PARAGRAPHS]) == [], "standfirst"
    assert _removed([HEADLINE, STANDFIRST, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]) == []
    assert _removed([HEADLINE, STANDFIRST, *PARAGRAPHS, line]) == [], "last paragraph"


# Headlines that look like some of the kinds above stay (the header scan removes rule matches).
HEADLINES = [
    "Ukraine / Russie / OTAN : le grand marchandage",
    "Paris | Lyon | Marseille : qui paie le plus d'impôts",
    "Le match PSG / OM / Lyon en direct",
    "VIDÉO. Les images de la crue de la Meuse",
    "En direct - Guerre en Ukraine : les dernières informations",
    "Le journalisme a un prix",
    "Abonnés : ce qui change en 2026",
    "Monde arabe : la fin d'une époque",
    "3 min pour comprendre la réforme des retraites",
    "Lecture en 3 minutes : la réforme des retraites",
    "Mercredi, 12 mars 2025, jour de grève",
    "Journaliste et otage : le récit d'une libération",
]


@pytest.mark.parametrize("line", HEADLINES)
def test_headline_with_boilerplate_words_stays(line: str) -> None:
    assert _removed([line, STANDFIRST, *PARAGRAPHS]) == []


def test_other_outlets_lines_split_the_same_after_normalize() -> None:
    # clean() feeds typographically normalized text: curly apostrophes, no-break spaces.
    cases = [
        *(
            ([HEADLINE, line, STANDFIRST, *PARAGRAPHS], 1, "header")
            for line in OTHER_OUTLETS_HEADER
        ),
        *(
            ([HEADLINE, STANDFIRST, *PARAGRAPHS, line], len(PARAGRAPHS) + 2, "footer")
            for line in OTHER_OUTLETS_FOOTER
        ),
        *(
            ([HEADLINE, STANDFIRST, *PARAGRAPHS[:2], line, *PARAGRAPHS[2:]], 4, "inline")
            for line in OTHER_OUTLETS_INLINE
        ),
    ]
    for lines, index, zone in cases:
        split = split_boilerplate(normalize("\n".join(lines)))
        assert [(r.line, r.zone) for r in split.removed] == [(index, zone)], lines[index]
    for line in OTHER_OUTLETS_BODY:
        split = split_boilerplate(normalize("\n".join([HEADLINE, STANDFIRST, *PARAGRAPHS, line])))
        assert split.removed == (), line
