"""Every shipped boilerplate rule, with a real-looking positive and a body-line negative."""

from __future__ import annotations

import pytest

from _timing import best_time
from feuillet import Rules, RulesError

# rule id: (a line the rule matches, a body line it must not match)
EXAMPLES: dict[str, tuple[str, str]] = {
    "agency.with": ("Avec AFP", "Contacté par l'AFP, le député a reconnu un geste violent."),
    "agency.bare": ("(AFP/Reuters)", "AFP et Reuters ont diffusé la photo le même jour."),
    "agency.contributed": (
        "L’Associated Press a contribué à cet article.",
        "L'Associated Press a révélé l'affaire en mars.",
    ),
    "agency.contribution": (
        "Avec la contribution de notre correspondant à Rome",
        "Avec la contribution des communes, le budget atteint 3 millions.",
    ),
    "agency.initials": ("rlp-ggy/ico", "et/ou"),
    "agency.signed": ("(ats/lb)", "TVA/TTC"),
    "agency.reuters": (
        "(Reportage John Irish, version française Jean Terzian, édité par Sophie Louet)",
        "Le reportage a été diffusé mardi soir sur France 2.",
    ),
    "agency.dateline": ("PARIS (AFP) -", "Paris a accueilli l'AFP dans ses nouveaux locaux."),
    "appeal.tips": (
        "Vous avez des informations à nous partager ? Écrivez-nous à enquete@journal.fr",
        "Les enquêteurs ont des informations sur le suspect.",
    ),
    "source.label": ("Source : Insee", "La source de la Loire se trouve au mont Gerbier-de-Jonc."),
    "source.according": (
        "D'après les informations de Matthew Kupfer de CBC",
        "D'après le ministre, la réforme entrera en vigueur en mai.",
    ),
    "source.from": ("De NTD News.", "De nombreux habitants ont quitté la ville."),
    "source.team": ("Équipe de rédaction, La Presse", "L'équipe a gagné le match."),
    "source.originally": (
        "Cet article a été initialement publié sur The Conversation.",
        "Cet article de loi a été voté en 2019.",
    ),
    "source.opinion": (
        "Les éditoriaux du Temps expriment un avis sur un sujet d'actualité.",
        "Les éditoriaux de la presse étrangère saluent la décision.",
    ),
    "source.email": ("jdupont@lequotidien.fr", "Il a envoyé un courriel au maire."),
    "source.handle": ("@ClaireMorel", "Il écrit sur @UnivParis8 que la grève continue."),
    "appeal.donate": (
        "Cet article vous a été utile ? Soutenez une information indépendante : faites un don.",
        "Il a fait un don de 10 000 euros à l'association des Restos du cœur.",
    ),
    "appeal.support": ("Soutenez-nous !", "Le gouvernement veut soutenir la presse locale."),
    "appeal.support.2": (
        "Comment pouvez-vous nous aider à vous tenir informés ?",
        "Comment les aider à se loger, se demandent les élus ?",
    ),
    "appeal.independent": (
        "Epoch Times est un média libre et indépendant, ne recevant aucune aide publique.",
        "Le journal est resté indépendant pendant trente ans.",
    ),
    "appeal.open-access": (
        "Cet article est publié en accès libre vu l’importance de ces informations.",
        "Le musée est en accès libre le dimanche.",
    ),
    "appeal.subscribe": (
        "Abonnez-vous à partir de 1€",
        "Le nombre d'abonnés au Monde a progressé de 10 % en 2023.",
    ),
    "appeal.subscribe.2": ("Gérer mon abonnement", "Son abonnement à la salle de sport a expiré."),
    "appeal.price": ("À partir de 1 € par mois", "Le ticket coûte 2 euros pour les enfants."),
    "paywall.reserved": (
        "Article réservé aux abonnés",
        "Les places sont réservées aux habitants de la commune.",
    ),
    "paywall.account": ("Mot de passe oublié ?", "Le mot de passe de l'administrateur était 1234."),
    "paywall.offer": (
        "Offre spéciale : 1 mois offert",
        "Offert par son père, ce violon ne l'a jamais quitté.",
    ),
    "newsletter.word": (
        "Newsletter",
        "La newsletter du ministère a été piratée la semaine dernière.",
    ),
    "newsletter.box": (
        "Abonnez-vous à notre newsletter",
        "Le Monde a lancé une newsletter consacrée au climat en 2019.",
    ),
    "newsletter.signup": (
        "Votre adresse email n'est pas valide",
        "Son adresse a été communiquée à la police.",
    ),
    "newsletter.signup.2": ("Je m'inscris", "Les élèves doivent s'inscrire avant le 15 mars."),
    "newsletter.receive": (
        "Recevez toute l'actualité internationale directement dans votre boîte mail",
        "Recevez-les comme des amis, a conseillé le maire.",
    ),
    "newsletter.privacy": (
        "En vous inscrivant, vous acceptez les conditions générales d’utilisation et notre "
        "politique de confidentialité.",
        "La protection de la vie privée est au cœur de la plainte de Noyb.",
    ),
    "newsletter.thanks": ("Merci ! Votre inscription a bien été prise en compte", "Merci à tous."),
    "recirc.read-also": (
        "Lire aussi : Retraites des cheminots : ce que contient le projet du gouvernement",
        "Il faut lire ce rapport pour comprendre la crise.",
    ),
    "recirc.read-also.2": ("► À lire : le dossier", "Lire un livre par semaine est son objectif."),
    "recirc.more-heading": ("Sur le même sujet", "Sur le même sujet, le ministre est resté muet."),
    "recirc.follow-topic": (
        "Retrouvez tous les éditoriaux du Temps",
        "Retrouver la confiance prendra du temps.",
    ),
    "recirc.dossier": ("Dossier : la réforme des retraites", "Le dossier sera jugé en mars."),
    "social.share": ("Partager sur Facebook", "Partager les richesses est leur objectif."),
    "social.networks": ("Facebook Twitter LinkedIn WhatsApp", "Facebook a supprimé le compte."),
    "social.follow": ("Suivez-nous sur Instagram", "La police a suivi le suspect jusqu'à Lyon."),
    "social.embed": (
        "Voir cette publication sur Instagram",
        "Cette publication sur Instagram a été vue un million de fois.",
    ),
    "social.favourites": ("Ajouter à mes favoris", "Le favori de la course a chuté."),
    "social.listen": ("Écouter - 03:25", "Écouter les habitants est essentiel, dit-elle."),
    "social.click-here": (
        "Pour tout savoir sur cet appel à témoin, cliquez ici.",
        "Ici, les habitants se sont mobilisés.",
    ),
    "social.via": ("via GIPHY", "Via Rail a annulé deux trains."),
    "cookie.banner": (
        "Nous utilisons des cookies pour vous proposer une meilleure expérience sur le site.",
        "La CNIL a sanctionné Google pour ses cookies publicitaires, une amende de 150 millions.",
    ),
    "copyright.sign": ("© Le Quotidien du Sud 2026", "(c) une troisième proposition"),
    "copyright.reserved": (
        "Tous droits réservés",
        "Toute reproduction de ces images a été interdite par le juge.",
    ),
    "credit.label": ("Crédit photo : KB / Bondy Blog", "Photographier la guerre est dangereux."),
    "credit.suffix": (
        "Le piquet de grève dans le hall de l’université / (C) Kab Niang",
        "La photo a été prise en 1998 à Marseille.",
    ),
    "credit.agency-suffix": (
        "L'idéologue Éric Zemmour lors d'une séance photo à Paris. | Joël Saget / AFP",
        "Le chiffre a été confirmé à l'AFP par la préfecture.",
    ),
    "credit.agency-name": (
        "Entrée de l'«Ocean Viking» dans le port de Toulon. AFP - CHRISTOPHE SIMON",
        "Selon l'AFP, le navire est entré dans le port de Toulon.",
    ),
    "credit.name-agency": (
        "Des dégâts à Hasparren, dans les Pyrénées-Atlantiques. — Bob Edme/AP/SIPA",
        "Les parents - ou les grands-parents et/ou les enseignants",
    ),
    "byline.par": ("Par Claire Morel", "Par ailleurs, le ministre a démenti."),
    "byline.par-redaction": ("Par la rédaction", "Par la fenêtre, on voit la mer."),
    "byline.correspondent": ("De notre correspondante en Suède,", "Notre pays doit agir vite."),
    "byline.contact": ("Écrire à l'auteur", "Il a écrit à l'auteur du rapport pour le féliciter."),
    "byline.label": ("Auteur : Claire Morel", "L'auteur a été entendu par les enquêteurs."),
    "byline.role": ("Claire Morel, journaliste à Lyon", "Le journaliste a été libéré."),
    "date.published": (
        "Publié le 14/03/2026 à 07h12 - Mis à jour le 14/03/2026 à 09h45",
        "Publiée en 1857, l'œuvre fit scandale.",
    ),
    "date.bare": ("Mardi 17 octobre 2023", "Le 17 octobre 2023, la ville a voté le budget."),
    "date.numeric": ("25/11/2023 à 14h48", "Le score final est 25-11."),
    "date.weekday": ("Jeudi 2 novembre", "Jeudi 2 novembre, les élus ont voté."),
    "date.ago": ("Il y a 3 heures", "Il y a 3 ans, il a quitté la ville."),
    "date.stamp": (
        "Aude Lorriaux — 30 septembre 2015 à 17h25",
        "Le 30 septembre 2015, la loi a été votée.",
    ),
    "date.dateline": ("A l’Allianz Riviera (Nice),", "À Nice, la fête a duré toute la nuit."),
    "readtime.label": ("Temps de lecture : 4 min", "La lecture de ce rapport prend du temps."),
    "comments.heading": ("Commentaires (6)", "Les commentaires du ministre ont choqué."),
    "comments.widget": ("Signaler un contenu abusif", "Il a signalé les faits à la police."),
    "comments.reply": (
        "carlos Le 9 janvier à 13:06 Répondre",
        "Le ministre n'a pas souhaité répondre.",
    ),
    "tags.heading": ("Sujets associés", "Les sujets associés à la réforme sont nombreux."),
    "tags.label": ("Mots-clés : grève, SNCF, retraites", "Les mots clés de son discours ?"),
    "ad.label": ("Publicité", "La publicité pour l'alcool est encadrée par la loi Évin."),
    "app.download": (
        "Emportez l'actualité partout avec vous ! Téléchargez l'application France 24",
        "L'application de la loi a pris du retard.",
    ),
    "nav.skip": ("Aller au contenu", "Aller au contact des habitants, c'est son credo."),
    "nav.top": ("haut de page", "La page est tournée."),
    "nav.menu": ("Mentions légales", "Les mentions légales manquaient sur le contrat."),
    "nav.breadcrumb": (
        "Accueil > Actualités > Société > Justice",
        "Le taux est passé de 3 % à 5 % > la moyenne européenne.",
    ),
    "nav.all-sites": ("La fréquentation de ce site est certifiée OJD", "Le site a fermé."),
    "note.name-changed": ("*Le prénom a été modifié", "Le nom de la rue a changé en 2010."),
    "note.interview": ("Propos recueillis par Claire Morel", "Les propos du ministre ont choqué."),
    "note.summary": ("Ce qu'il faut savoir", "Ce qu'il faut savoir faire, c'est nager."),
    "note.edited": (
        "Cet entretien a été légèrement condensé par souci de clarté.",
        "Cet entretien a été difficile pour la ministre.",
    ),
    "note.footnote": ("(1) Selon les chiffres de l'Insee.", "1er mai : la fête du travail."),
    "note.tweet": (
        "— Téléfoot (@telefoot_TF1) June 1, 2018",
        "Téléfoot a diffusé le match le 1er juin 2018.",
    ),
    "comments.entry": (
        "Répondre Signaler un abus Pimprenelle | le 03/02/2022 à 19:41 Très bon article merci",
        "Mardi 12 mars à 14h30, les pompiers sont intervenus rue des Lilas.",
    ),
    "comments.said": (
        "Marcel_K dit : 2 février 2024 à 08:41",
        "Le ministre dit : 12 mesures seront prises avant l'été.",
    ),
    "agency.dispatch": (
        "Cet article est une dépêche de l'agence Belga, publiée sans modification.",
        "Cet article de loi est contesté par les syndicats depuis 2019.",
    ),
    "source.affiliate": (
        "Cet article contient des liens d'affiliation : nous touchons une commission.",
        "Le site vivait de l'affiliation avant sa faillite, selon le liquidateur.",
    ),
    "social.like": ("J'aime chargement…", "J'aime beaucoup cette ville, a-t-elle confié."),
    "social.click-share": (
        "Cliquez pour partager sur WhatsApp(ouvre dans une nouvelle fenêtre)",
        "Cliquez sur la carte pour voir les communes concernées par l'arrêté.",
    ),
    "social.channel": (
        "Rejoignez notre chaîne WhatsApp pour recevoir l'actualité en temps réel.",
        "Les militants se sont rejoints sur une place du centre-ville.",
    ),
    "recirc.interest": (
        "Ceci pourrait vous intéresser : Le prix du pain augmente encore",
        "Ce rapport pourrait intéresser les enquêteurs, selon l'avocat.",
    ),
    "newsletter.field": ("Votre e-mail *", "Votre e-mail a bien été reçu par nos services."),
    "byline.bio": (
        "Journaliste depuis 2009, Lucie Ferrand couvre la justice et les faits divers.",
        "Journaliste depuis 2009, elle a été licenciée en mars par la direction du groupe.",
    ),
    "source.about": (
        "Fondé en 1902, Le Journal de la Sorne est un quotidien régional indépendant.",
        "Fondé en 1902, le club de la Sorne est le plus ancien de la région.",
    ),
    "source.lji": (
        "Initiative de journalisme local – Le Journal de la Sorne",
        "L'initiative locale a permis de rouvrir la piscine municipale.",
    ),
    "recirc.buy": ("Acheter sur Librairies Partenaires", "Acheter un logement devient difficile."),
    "source.interests": (
        "Lucie Ferrand ne travaille pas, ne conseille pas et ne possède pas de parts dans "
        "une entreprise qui pourrait tirer profit de cet article.",
        "Il ne travaille pas le dimanche et ne possède pas de voiture.",
    ),
    "byline.initials": ("G. H.", "M. Dupont."),
    "byline.reviewed": (
        "Validé par le Dr Lucie Ferrand, cardiologue",
        "Validé par le conseil municipal, le projet commencera en mai.",
    ),
    "byline.role-paren": (
        "Lucie Ferrand (Prés-Bas, envoyée spéciale)",
        "Le maire (envoyé par la préfecture) a pris la parole.",
    ),
    "date.placeline": ("Aurillac (Cantal)", "Aurillac (Cantal) a voté dimanche."),
    "nav.gallery": ("Voir la galerie (12 photos)", "Voir la galerie du musée coûte 5 euros."),
    "nav.powered": (
        "Propulsé par WordPress | Thème Journal Lite",
        "Le site a été conçu par une agence de Lyon.",
    ),
    "nav.ticker": ("CAC 40 7 412,35 +0,42 %", "Le CAC 40 a gagné 0,42 % mardi."),
    "nav.crumb-short": ("Route > Tour de la Sorne", "Le prix > 300 euros est contesté."),
    "source.factcheck": (
        "Le Tamis est membre du réseau international de vérification des faits.",
        "Le réseau international de la Croix-Rouge est intervenu.",
    ),
    "paywall.unlimited": (
        "Profitez d'un accès illimité à l'information de votre région dès 1 € le premier mois",
        "Les patients ont un accès illimité aux soins depuis 2019.",
    ),
    "newsletter.form": (
        "Dernière étape : confirmez votre inscription dans le courriel reçu.",
        "La dernière étape du Tour de France a lieu dimanche à Paris.",
    ),
    "recirc.heading.2": ("La rédaction vous conseille :", "La rédaction a reçu des menaces."),
    "recirc.marker": (
        ">> Relire : la crue de la Sorne en images",
        "Relire ses notes avant un examen aide à mémoriser.",
    ),
    "social.ui": ("Lien copié", "Le lien entre les deux affaires a été copié par la presse."),
    "recirc.heading.3": ("Ça peut aussi vous intéresser :", "Ça peut aussi intéresser les élus."),
    "recirc.marker.2": (
        "Lire aussiMunicipales : la liste d'union déposée à Brévanne",
        "Lire aussitôt la lettre du maire n'a pas suffi.",
    ),
    "source.cite.2": (
        "Citer cet article : M. Aubel, « La crue de 1910 », Le Journal, 2024.",
        "Citer ses sources est le premier devoir du chercheur.",
    ),
    "ad.gambling": (
        "Pariez sur le derby : jouer comporte des risques. Appelez le 09 74 75 13 13.",
        "Le club a pris des risques en jouant à trois défenseurs.",
    ),
    "nav.language": ("Cet article est également disponible en :", "Il parle deutsch."),
    "source.funding": (
        "Ce reportage a été réalisé avec le soutien du Fonds pour le journalisme local.",
        "Le projet a reçu le soutien de la région.",
    ),
    "source.data": (
        "Les données de pluie utilisées dans cet article sont publiques.",
        "Les données montrent une hausse des crues.",
    ),
    "byline.bio.3": (
        "Lucie Ferrand écrit pour le Journal depuis 2016.",
        "Le maire écrit aux habitants chaque mois.",
    ),
    "byline.roles": (
        "Par Lucie Ferrand (texte) et Marc Aubel (photos)",
        "Lucie Ferrand (présidente) et Marc Aubel (trésorier) ont signé.",
    ),
    "social.pin": ("Épingle cet article sur Pinterest !", "Elle épingle la médaille sur sa veste."),
    "paywall.device": (
        "Vous pouvez lire le Journal sur un seul appareil à la fois.",
        "L'appareil a été réparé.",
    ),
    "paywall.help": (
        "Besoin d'aide ? Notre service client vous répond de 9 h à 18 h.",
        "Les sinistrés ont besoin d'aide.",
    ),
    "account.social": ("Ou continuer avec", "Il faut continuer avec eux."),
    "recirc.previous": ("Éditoriaux précédents", "Les éditoriaux précédents avaient averti."),
    "ad.space": ("ESPACE PUBLICITAIRE", "L'espace public est rénové."),
    "nav.player.3": ("Voir la bande-annonce", "La bande-annonce a été vue un million de fois."),
    "date.placeline.2": (
        "Kinshasa, 7 juin 2025 (LVF)",
        "Kinshasa, ville de 17 millions d'habitants.",
    ),
    "ad.shop": (
        "19,90 € chez Pharmadirect",
        "Le pain coûte 1,20 € chez le boulanger du coin, dit-elle.",
    ),
    "credit.production": (
        "Présentation : Lucie Ferrand. Réalisation : Marc Aubel.",
        "La réalisation du film a pris deux ans.",
    ),
    "byline.live": ("Suivi par Lucie Ferrand", "Il est suivi par un médecin depuis des années."),
    "byline.par-role": (
        "Par Lucie Ferrand, maire de Prés-Bas et présidente des élus de la vallée",
        "Par ailleurs, la digue sera rehaussée.",
    ),
    "nav.podcast": (
        "Retrouvez Les Voix de la Sorne sur Apple Podcasts, Spotify et toutes les plateformes.",
        "Le podcast de la mairie a été écouté 3 000 fois, selon l'adjointe.",
    ),
    "nav.podcast.2": ("Apple Podcasts", "Spotify a perdu 2 millions d'abonnés en France."),
    "nav.live": ("Regarder Télé Sorne en direct", "Il a regardé la finale en direct au café."),
    "nav.interface.2": ("Afficher le mot de passe", "Le mot de passe a été affiché à l'écran."),
    "nav.schedule": (
        "Du lundi au vendredi à 7h15 et 8h15",
        "Du lundi au vendredi à 7h15, le car passe devant l'école de Prés-Bas.",
    ),
    "byline.presenter": (
        "Présenté par Lucie Ferrand",
        "Présenté par le maire comme une priorité, le chantier commence lundi.",
    ),
    "appeal.events": (
        "Vous organisez un événement ? Écrivez à agenda@journal-sorne.fr",
        "Vous organisez un mariage en juin à Prés-Bas, vous aurez du mal à trouver une salle.",
    ),
    "recirc.quiz": ("Fais le quiz sur les digues !", "Le quiz de la fête a réuni 40 équipes."),
    "credit.capture": (
        "Les riverains devant la digue, dimanche matin (capture Télé Sorne)",
        "La capture du suspect a eu lieu dimanche matin.",
    ),
    "paywall.professional": (
        "Réservé aux professionnels de santé",
        "L'accès au bloc est réservé aux professionnels de santé depuis lundi, dit le maire.",
    ),
    "source.sponsored": (
        "Cet article a été réalisé par le service partenariats pour le compte de Sorne Habitat.",
        "Cet article de loi a été voté en 2019 à la demande des riverains.",
    ),
    "appeal.contest": (
        "Jeu concours : gagnez deux places pour la fête de la Sorne",
        "Le concours de pêche a réuni 40 participants dimanche.",
    ),
    "appeal.membership": (
        "Adhérer au syndicat, c'est ne plus être seul face à la direction.",
        "Les riverains ont décidé d'adhérer au syndicat de rivière en 2019.",
    ),
    "appeal.opinion": (
        "Vous souhaitez publier une lettre d'opinion ? Écrivez-nous.",
        "Le maire souhaite publier une lettre ouverte aux riverains.",
    ),
    "recirc.issue": ("Dans ce numéro", "Dans ce numéro spécial, la mairie détaille le budget."),
    "social.rating": (
        "Note des spectateurs : 3,6/5 (214 votes)",
        "La note des spectateurs du festival a été publiée lundi par les organisateurs.",
    ),
    "social.embed.2": (
        "1,2 k J'aime · 386 commentaires · 1 512 partages",
        "Le message a recueilli 386 commentaires en une heure, selon la mairie.",
    ),
    "source.indicative": (
        "Les horaires sont donnés à titre indicatif.",
        "Le maire a donné son accord à titre personnel.",
    ),
    "source.distribution": (
        "Le journal est disponible chaque vendredi dans nos 180 points de distribution.",
        "Le journal est distribué dans les boîtes aux lettres depuis 1998.",
    ),
    "nav.issue": ("Le Journal de la Sorne – n° 218", "Le numéro 218 de la rue du Port est vendu."),
    "recirc.same-topic": (
        "Sur le même sujet : Digues : les riverains réclament des travaux avant l'hiver",
        "Sur le même sujet, le maire a été plus prudent : « Rien n'est décidé. »",
    ),
    "newsletter.pitch.2": (
        "Recevez chaque matin l'essentiel de l'actualité de la vallée",
        "Recevez, disait-il, chaque visiteur comme un ami.",
    ),
    "paywall.click": (
        "Cliquez ici pour vous abonner et recevoir l'essentiel de l'actualité.",
        "Il suffit d'un clic pour s'abonner, a regretté l'association de consommateurs.",
    ),
    "date.today": ("Aujourd'hui à 18:05 | mis à jour à 22:14", "Aujourd'hui, la digue tient."),
    "nav.player.4": (
        "Lecture de la vidéo en cours. Appuyez sur Echap pour quitter le mode plein écran.",
        "La lecture de la lettre a ému la salle du conseil.",
    ),
    "nav.station.2": (
        "Radio Sorne, la radio de toute la vallée",
        "Radio Sorne, la radio associative de la vallée, fête ses 40 ans samedi à Prés-Bas.",
    ),
    "source.publisher": (
        "Le Journal de la Sorne est une publication de Sorne Médias SA, Prés-Bas.",
        "La revue est une publication savante qui paraît depuis 1920 à Prés-Bas.",
    ),
    "recirc.may-interest": (
        "Ces fiches peuvent aussi vous intéresser",
        "Ces fiches peuvent aussi vous intéresser si vous êtes riverain de la Sorne.",
    ),
    "appeal.question": (
        "Vous avez une question juridique ? Posez-la à nos experts",
        "Vous avez une question sur les digues, a demandé le maire aux riverains.",
    ),
    "source.independence": (
        "Cet article a été réalisé en toute indépendance par notre rédaction.",
        "Le syndicat a agi en toute indépendance, selon son président.",
    ),
    "paywall.meter.2": (
        "Vous avez lu 2 articles sur 3 offerts ce mois-ci.",
        "Vous avez lu le rapport : 2 digues sur 3 sont fragiles.",
    ),
    "appeal.tips.2": (
        "Vous avez des photos de la crue ? Envoyez-les-nous par WhatsApp.",
        "Vous avez des photos de la crue, demande le juge au témoin.",
    ),
    "source.opinion.2": (
        "L'éditorial reflète la position de la direction du Journal de la Sorne.",
        "Le rapport reflète la position de la direction du syndicat.",
    ),
    "appeal.support.3": (
        "Votre soutien garantit notre indépendance.",
        "Le soutien de la région garantit la réalisation des travaux.",
    ),
    "nav.live.2": (
        "Voir les entrées précédentes",
        "Voir les entrées du musée gratuites, dit le maire.",
    ),
    "source.press-copy": (
        "Merci aux Éditions de la Sorne pour l'envoi de ce service de presse.",
        "Les éditions de la Sorne ont envoyé le livre à toutes les écoles.",
    ),
    "ad.jobs": (
        "Nous recrutons un journaliste pour couvrir l'actualité de la vallée.",
        "Nous avons recruté deux gardes-digues l'an dernier, indique le syndicat.",
    ),
    "source.kiosk": (
        "Le Journal de la Sorne, chaque jeudi en kiosque et en ligne.",
        "Le kiosque de la place du Marché ferme le jeudi.",
    ),
    "newsletter.pitch.3": (
        "Newsletter Sorne Matin Recevez chaque matin l'actualité de la vallée. Je m'inscris",
        "La newsletter de la mairie, reçue chaque matin, annonce les travaux.",
    ),
    "ad.quote": (
        "Menuiseries Ferrand – Prés-Bas – Fenêtres, volets. Devis gratuit.",
        "Le devis des travaux, gratuit pour la commune, a été signé lundi.",
    ),
    "newsletter.field.4": ("Code postal", "Le code postal de Prés-Bas a changé en 2019."),
    "ad.simulator": ("Je simule mon prêt", "Les banques simulent des scénarios de crise."),
    "credit.report": (
        "Le reportage de Télé Sorne : L. Ferrand, M. Aubel",
        "Le reportage de la télévision locale a fait grand bruit.",
    ),
    "source.cite": (
        "Pour citer cet article :",
        "Pour citer cet article de loi, il faut son numéro.",
    ),
    "comments.form": (
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour la prochaine fois.",
        "Il a enregistré son nom dans le registre de la mairie.",
    ),
    "nav.here": ("Vous êtes ici :", "Vous êtes ici chez vous, a dit le maire."),
    "readtime.duration": (
        "Durée de lecture : 6 minutes",
        "La durée de lecture du rapport est longue.",
    ),
    "comments.form.2": ("Adresse e-mail *", "Le maire a répondu à ce message mardi."),
    "source.edited": (
        "[Édité par Lucie Ferrand.]",
        "Le livre, édité par Gallimard, paraît en mai.",
    ),
    "byline.agency": ("AA / Brévanne / Lucie Ferrand", "Le TGV Lyon / Paris est supprimé."),
    "date.edition": ("Édition du jeudi 14 mars", "L'édition du salon a attiré 3 000 visiteurs."),
    "social.share.2": (
        "Partager sur LinkedIn Partager sur LinkedIn",
        "Il a partagé sur LinkedIn une lettre au personnel.",
    ),
    "credit.photo-by": (
        "Photo Lucie Ferrand - La Gazette de Brévanne",
        "La photo de Lucie Ferrand a fait le tour du canton.",
    ),
    "tags.match-sheet": (
        "- STADE : stade des Tilleuls",
        "Le stade des Tilleuls sera rénové en mai.",
    ),
    "appeal.donate.2": (
        "Un don de 5 €, c'est déjà un geste fort.",
        "Il a fait un don à la paroisse de Brévanne.",
    ),
    "note.heading": ("Notes", "Notes de frais : le conseil municipal vote un plafond."),
    "note.verdict": ("VERDICT : FAUX", "Verdict attendu le 12 mars au tribunal de Brévanne."),
    "newsletter.inbox": (
        "L'essentiel de la semaine par notre rédaction dans votre boîte mail.",
        "Le formulaire arrivera dans votre boîte mail sous huit jours.",
    ),
    "credit.caption-date": (
        "Des riverains devant la digue rehaussée. Brévanne - 3 mars 2024",
        "La digue a été rehaussée en 2024.",
    ),
    "source.disclaimer": (
        "Les tribunes publiées sur ce site n'engagent que leurs auteurs.",
        "Le maire a dit que ses propos avaient été déformés.",
    ),
    "byline.heading": ("L'auteur", "L'auteur du rapport a été entendu par les juges."),
    "comments.count": (
        "5 réponses à « Les digues de la Sorne seront rehaussées »",
        "5 réponses à ce questionnaire ont été retenues.",
    ),
    "credit.cc": ("Photo (cc) : Lucie Ferrand", "La photo a circulé sur les réseaux."),
    "comments.thread": (
        "Vous souhaitez suivre ce fil de discussion ?",
        "Il a choisi de suivre ce fil de discussion avec les syndicats jusqu'au bout.",
    ),
    "nav.interface": (
        "Cette vidéo n'est plus disponible",
        "La vidéo n'est plus disponible depuis que la plateforme a fermé, a regretté l'auteur.",
    ),
    "social.feedback": (
        "Avez-vous trouvé cet article utile ?",
        "Avez-vous trouvé cet article utile pour votre travail, demande l'enquête aux élèves ?",
    ),
    "app.store": (
        "Disponible sur l'App Store et Google Play",
        "Le jeu est disponible sur l'App Store depuis mardi, selon l'éditeur.",
    ),
    "cookie.consent": (
        "En cliquant sur « Accepter », vous acceptez le dépôt de cookies par la plateforme.",
        "En cliquant sur le lien, les lecteurs découvrent la carte des travaux.",
    ),
    "credit.caption-lead": (
        "De gauche à droite, Lucie Ferrand et Marc Aubel devant le quai.",
        "Il a classé les dossiers de gauche à droite, selon leur date.",
    ),
    "recirc.more": (
        "Un centre de dialyse ouvre à Port-Clarin. Plus…",
        "Les élus en veulent toujours plus…",
    ),
    "recirc.box": ("Sur le même sujet", "Sur le même sujet, le maire n'a rien dit."),
    "ad.widget": ("Recommandé par Outbrain", "Le site est recommandé par les enseignants."),
    "newsletter.join": (
        "S'inscrire à la newsletter",
        "S'inscrire à la newsletter de la mairie permet de suivre les travaux du quai.",
    ),
    "account.topics": (
        "Sélectionnez les thèmes qui vous intéressent :",
        "Sélectionnez les thèmes qui vous intéressent le plus, conseille le guide.",
    ),
    "social.download": ("Télécharger au format PDF", "Il faut télécharger le formulaire."),
    "newsletter.contact": ("Gardons le contact", "Les élus gardent le contact avec Paris."),
    "date.byline": ("Lucie Ferrand, le 12 juin 2021", "Attentat de Nice, le 14 juillet 2016"),
    "recirc.media-link": (
        "En vidéo, trois gestes pour baisser sa facture de chauffage",
        "En vidéo, le maire a annoncé sa démission.",
    ),
    "note.update": (
        "Mise à jour : le ministère a confirmé jeudi soir que la réunion était annulée.",
        "La mise à jour du logiciel a échoué.",
    ),
    "source.about.2": (
        "La Gazette de la Sorne est un magazine culturel indépendant fondé à Valmont en 2016.",
        "La Sorne est une rivière indépendante de tout barrage depuis 1990.",
    ),
    "byline.bio.2": (
        "Journaliste automobile depuis 2011, Marc Aubel a essayé plus de 600 véhicules.",
        "Maire depuis 2014, Marc Aubel suit le dossier des digues de près.",
    ),
    "agency.with.2": (
        "(Avec l'Agence sahélienne de presse)",
        "Avec l'agence de l'eau, le syndicat finance les travaux des digues.",
    ),
    "agency.partnership": (
        "Les dépêches de l'Agence Atlas sont publiées par Le Journal dans le cadre d'un accord.",
        "Les dépêches de l'époque sont conservées aux archives départementales.",
    ),
    "appeal.factcheck": (
        "Vous avez vu passer une information douteuse ? Envoyez-la-nous.",
        "Vous avez vu passer le cortège ? Il a traversé toute la ville.",
    ),
    "source.disclaimer.2": (
        "Les tarifs et horaires indiqués sont susceptibles d'évoluer.",
        "Les tarifs de l'eau augmenteront de 3 % au 1er janvier.",
    ),
    "ad.alcohol": (
        "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
        "L'alcool au volant reste la première cause d'accidents mortels dans le département.",
    ),
    "copyright.legal": (
        "Directrice de la publication : Lucie Ferrand. Impression : Imprimerie du Val.",
        "La directrice de la publication a démissionné mardi.",
    ),
    "newsletter.receive.2": (
        "Chaque vendredi, recevez notre sélection de sorties.",
        "Chaque vendredi, les riverains reçoivent la visite du syndicat.",
    ),
    "nav.button.2": ("Ajouter à mon agenda", "Réserver une table au restaurant du port."),
    "nav.edition": (
        "Lisez l'édition numérique du mercredi, page par page",
        "L'édition du mercredi a été retirée des kiosques.",
    ),
    "ad.best-price": (
        "Trouver la Kerval Onda au meilleur prix",
        "Les riverains veulent vendre leur maison au meilleur prix.",
    ),
    "source.release": ("- 30 -", "Ce communiqué a été publié par la mairie mardi."),
    "nav.download": (
        "Télécharger le rapport annuel 2024 (PDF, 3,1 Mo)",
        "Télécharger le rapport annuel prend du temps, regrette l'élu.",
    ),
    "appeal.join": ("Je veux adhérer", "Adhérer à un syndicat reste un droit."),
    "appeal.petition": ("Signer la pétition", "Près de 1 312 personnes ont signé la pétition."),
    "newsletter.pitch": (
        "Notre newsletter : chaque dimanche, l'essentiel de l'actualité. Je m'inscris",
        "Notre enquête : chaque dimanche, les riverains nettoient la digue.",
    ),
    "date.by": ("15 mars 2025 par Odile", "15 mars 2025 : par arrêté, le préfet ferme la digue."),
    "agency.acronym": ("(APE)", "(1)"),
    "comments.subscribers": (
        "Les commentaires sont réservés aux abonnés.",
        "Les commentaires des riverains sont réservés, voire hostiles.",
    ),
    "nav.station": (
        "Matin boréal, du lundi au vendredi dès 5 h 30 au 96,3 FM.",
        "La radio du syndicat a cessé d'émettre en 2019.",
    ),
    "nav.player.2": ("Écouter l'entrevue (14 min 32 s)", "Écouter l'audio ne suffit pas, dit-il."),
    "source.press-contact": ("Contact presse :", "Le contact presse du syndicat a démissionné."),
    "newsletter.letter": (
        "Cette lettre vous est offerte par la Mutuelle de la Sorne.",
        "Cette lettre a été offerte au musée par la famille.",
    ),
    "source.invitation": (
        "Cet article a été réalisé lors d'un séjour à l'invitation de l'office de tourisme.",
        "Le ministre s'est rendu à Valmont à l'invitation du maire.",
    ),
    "comments.rating": (
        "Et vous, avez-vous testé cette recette ? Donnez-nous votre avis !",
        "Donnez-nous votre avis sur le projet, a lancé le maire aux riverains.",
    ),
    "appeal.readers": (
        "Le Journal de la Sorne vit grâce à ses lecteurs.",
        "Le village vit grâce à ses touristes depuis trente ans.",
    ),
    # Eighth round (unseen sets b45-b48).
    "recirc.interest-heading": ("Ceci pourrait vous intéresser", "Cela intéresse les élus."),
    # Eighth round (unseen sets b49-b52).
    "recirc.linked": ("Articles en lien", "Les articles en lien avec la crue ont été lus."),
    "nav.replay.2": (
        "Revivez le match : FC Sorne – AS Prés-Bas (2-1)",
        "Revivez le match, a lancé l'entraîneur à ses joueurs.",
    ),
    "social.embed.3": (
        "Voir cette vidéo sur YouTube",
        "Voir cette vidéo a bouleversé les riverains.",
    ),
    "ad.gambling.2": (
        "Pariez maintenant",
        "Pariez maintenant sur la réussite du chantier, dit-il.",
    ),
    "nav.trailer": ("Bande-annonce : « Les Digues », saison 3", "La bande-annonce a été dévoilée."),
    "ad.booking": ("Réserver un créneau de visite", "Réserver un créneau reste difficile."),
    "nav.gpx": ("Télécharger la trace GPX (34 km)", "La trace GPX du parcours a été publiée."),
    "nav.scores": (
        "Voir tous les scores",
        "Voir tous les scores de la saison ravit les supporters.",
    ),
    "cookie.tcf": (
        "Stocker et/ou accéder à des informations sur un appareil",
        "Stocker des informations sur la crue est utile.",
    ),
    "source.attachments": ("Plan des travaux (PDF, 850 Ko)", "Le plan des travaux a été publié."),
    "source.about-org": ("À propos de la CCI du Marais", "À propos de la crue, le maire a menti."),
    "byline.credits": (
        "Texte : Lucie Ferrand. Photos : Marc Aubel pour Le Journal",
        "Le texte : une loi sur les photos.",
    ),
    "social.share.4": (
        "Partager sur FacebookPartager sur XCopier le lien",
        "Partager sur Facebook",
    ),
    "nav.flash": ("Flash info", "Un flash info a annoncé la crue."),
    "ad.label.2": ("PUB – Quincaillerie Dupont : livraison gratuite", "La pub a choqué les élus."),
    "nav.player.6": ("Écouter (3 min 42)", "Écouter trois minutes suffit."),
    "recirc.more-news": ("Plus de nouvelles", "Plus de nouvelles de la crue demain."),
    "comments.closed.2": (
        "Les réactions sont réservées aux abonnés.",
        "Les places sont réservées aux abonnés du club.",
    ),
    "source.notes.2": (
        "Retrouvez Le Journal chaque jeudi chez votre marchand de journaux.",
        "Le marchand de journaux de Prés-Bas a fermé.",
    ),
    # Eighth round (unseen sets b53-b56).
    "source.about.3": (
        "Le Courrier de la Sorne paraît le mardi et le vendredi depuis 1921.",
        "Le rapport paraît chaque année depuis 1921.",
    ),
    "appeal.notices": (
        "Vous souhaitez faire paraître un avis de décès ? Contactez notre service.",
        "Vous souhaitez faire paraître un livre, dit-il à la romancière.",
    ),
    "nav.programme": (
        "Retrouvez cette chronique chaque lundi à 12 h 15 et en podcast.",
        "Retrouvez cette chronique de la crue dans nos archives.",
    ),
    "comments.condolences": ("Signez le registre de condoléances", "Le registre des crues"),
    "recirc.recent": ("Articles récents", "Les articles récents du code civil"),
    "nav.partners": ("Logo Office de tourisme de la Sorne", "Le logo de la ville a changé."),
    "nav.on-air": (
        "En ce moment : La matinale avec Lucie Ferrand",
        "En ce moment, la Sorne monte.",
    ),
    "credit.labels": ("Reportage : Lucie Ferrand", "Reportage : la Sorne en crue, vue du ciel"),
    "source.series": ("Prochain épisode : « Les digues », jeudi.", "Le prochain épisode de crue"),
    "agency.completed": ("(ATS/Keystone-ATS avec réd.)", "(Avec la rédaction des sports)"),
    "appeal.sign": ("Signer la pétition", "Signer la pétition a pris du temps aux riverains."),
    "ad.events.2": (
        "Inscrivez-vous à notre forum Sorne Avenir, le 12 juin à Prés-Bas.",
        "Inscrivez-vous à la mairie avant le 12 juin.",
    ),
    "ad.jobs.2": ("Chargé de mission digues (H/F) – Prés-Bas", "Les offres de la mairie ont plu."),
    "appeal.value": (
        "L'information locale a de la valeur. Soutenez-la en vous abonnant.",
        "La digue a de la valeur pour les riverains.",
    ),
    "paywall.account.2": ("Mot de passe oublié ?", "Le mot de passe des digues a fuité."),
    "source.disclaimer.3": (
        "Ces conseils ne remplacent en aucun cas l'avis d'un professionnel de santé.",
        "Les digues ne remplacent pas la vigilance des riverains.",
    ),
    "nav.glued": ("RubriqueÀ la une Société", "La une du journal a surpris les riverains."),
    "nav.player.7": ("Voix générée par intelligence artificielle", "La voix du maire a tremblé."),
    "cookie.respect": (
        "Le Journal de la Sorne respecte votre vie privée",
        "Le maire respecte la loi.",
    ),
    "nav.player.8": ("Écouter le journal de 18h", "Écouter le journal de 18h était un rituel."),
    "recirc.episodes": ("Tous les épisodes", "Tous les épisodes de crue ont été recensés."),
    "date.broadcast": ("Diffusé le 15/03/2026", "Diffusé le 15 mars, le film a plu aux riverains."),
    "byline.team": ("Équipe éditoriale Télé Sorne", "L'équipe éditoriale a voté la grève."),
    "agency.signoff": ("(Belga) ADV/JDL", "(Belga) Le maire a démissionné."),
    "date.dateline.3": ("NAMUR 05/02 (Belga)", "Dimanche 16 novembre (entrée gratuite)"),
    "source.about.4": (
        "Télé Sorne est la télévision locale du bassin de la Sorne, reconnue depuis 1994.",
        "Le maire est le premier élu local du bassin de la Sorne.",
    ),
    "paywall.members": (
        "Ce programme est disponible gratuitement pour les utilisateurs connectés.",
        "Les digues sont accessibles aux promeneurs le week-end.",
    ),
    "recirc.media-link.2": (
        "VIDÉO | Revoyez le moment où la digue a cédé",
        "La vidéo du syndicat a été vue 4 000 fois.",
    ),
    "source.fact-check": (
        "Le Journal est signataire du code de principes du réseau de vérification des faits.",
        "Le maire est signataire de la convention avec la région.",
    ),
    "source.about.5": (
        "Le Ratafia est un fanzine bénévole et gratuit, photocopié depuis 2009.",
        "Le syndicat est un organisme public chargé des digues depuis 2009.",
    ),
    "copyright.licence": (
        "Contenu sous licence Creative Commons BY-SA 4.0",
        "La licence de pêche coûte 80 euros cette année.",
    ),
    "appeal.contribute.2": (
        "Tu veux écrire pour Le Hibou ? Nos réunions ont lieu le mardi.",
        "Le maire veut écrire au préfet avant lundi.",
    ),
    "comments.heading.3": ("Réponses (3)", "Les réponses du maire ont déçu les riverains."),
    "byline.published-in": (
        "Publié dans Sorne & Cité",
        "Le rapport publié dans la presse a surpris.",
    ),
    "social.share.3": ("Partager l'épisode", "Le maire veut partager l'épisode de crue."),
    "source.contributor": (
        "Cet article a été rédigé par une contributrice bénévole et relu par la rédaction.",
        "Cet avis a été rédigé par un bureau d'études indépendant.",
    ),
    "ad.tools": (
        "Simulez votre retraite en 2 minutes avec notre outil gratuit",
        "Les riverains ont simulé une crue avec le syndicat.",
    ),
    "recirc.recommends": (
        "Le Journal de la Sorne vous recommande",
        "Le syndicat vous recommande de rester chez vous lundi.",
    ),
    "source.funding.2": (
        "Ce contenu a été rendu possible grâce au Fonds d'information régionale.",
        "Ce chantier a été rendu possible grâce aux riverains, dit le maire.",
    ),
    "nav.player.10": ("Écouter 1 min 38", "Écouter la rivière une minute suffit."),
    "appeal.useful": (
        "Cette page vous a-t-elle été utile ?",
        "Cette digue vous a-t-elle protégé ? demande le maire.",
    ),
    "nav.attachment": (
        "Arrêté n° 2026-0417 - format pdf - 1,24 Mo - 02/07/2026",
        "Le format du rapport a surpris les riverains.",
    ),
    "nav.post-links": ("← Crue de la Sorne : merci aux bénévoles", "La crue est passée, merci."),
    "byline.presenter.2": (
        "Présentation : Lucie Ferrand",
        "La présentation du budget a duré deux heures.",
    ),
    "date.two-calendars": (
        "mardi 11 mars 2025 – 11 Ramadhan 1446",
        "Le 11 mars 2025, la digue a cédé.",
    ),
    "paywall.login-row": ("Connexion | Créer un compte", "La connexion au réseau a été rétablie."),
    "recirc.previous-issue": (
        "Bulletin précédent : les digues, où en est le chantier ?",
        "Le bulletin précédent du syndicat annonçait la crue.",
    ),
    "cookie.audience": (
        "Ce site n'utilise qu'un cookie de mesure d'audience, sans publicité.",
        "La mesure d'audience de la radio a progressé.",
    ),
    "comments.stamp": ("Michel R., il y a 2 heures", "Il y a 2 heures, la digue a cédé."),
    "recirc.video": (
        "VIDÉO. Les images de la crue de la Sorne filmées par un riverain (0:58)",
        "Vidéo et photos ont été transmises au syndicat (voir plus bas).",
    ),
    "appeal.podcast": (
        "🎧 Tous les épisodes de « La Sorne » sont à écouter sur notre site.",
        "Le maire a enregistré un podcast sur les digues.",
    ),
    "date.content": (
        "Ce contenu a été publié le 17 juin 2026 - 17:41",
        "Ce rapport a été publié le 17 juin par le syndicat.",
    ),
    "appeal.donate.3": ("Je donne chaque mois", "Je donne mon avis, a dit le maire."),
    "byline.and-newsroom": (
        "Lucie Ferrand, Marc Aubel et la rédaction",
        "Le maire et la rédaction se sont rencontrés.",
    ),
    "date.signed-published": (
        "Lucie Ferrand - Publié le 27/05/2026 à 07:00",
        "Le rapport publié le 27 mai a surpris les riverains.",
    ),
    "byline.dateline-role": (
        "PRÉS-BAS (Sorne) – envoyée spéciale",
        "Prés-Bas – la digue a cédé lundi.",
    ),
    "credit.graphic": (
        "Graphique : niveau de la Sorne en mètres depuis 2000. Source : syndicat de rivière.",
        "Le graphique du syndicat montre une hausse de la Sorne.",
    ),
    "source.series.2": (
        "Cet article fait partie de notre série « Les rivières qui débordent ».",
        "La série de crues fait partie de l'histoire de la Sorne.",
    ),
    "appeal.op-ed": (
        "Le Journal publie chaque semaine des tribunes de personnalités extérieures.",
        "Le maire publie chaque semaine un bilan des travaux.",
    ),
    "recirc.sport": (
        "Toute l'actu de l'US Prés-Bas",
        "Toute l'actualité a tourné autour des digues, reconnaît le maire.",
    ),
    "ad.betting": ("Pariez sur Prés-Bas - Brévanne", "Les riverains parient sur une crue."),
    "newsletter.mailbox": (
        "Les résultats et les coulisses du sport, chaque lundi dans votre boîte mail.",
        "Un courrier du syndicat est arrivé dans votre boîte aux lettres.",
    ),
    "ad.buy-box": ("Chez votre libraire indépendant", "Le libraire de Prés-Bas a fermé."),
    "ad.stars": ("★★★★☆ 4,4 (1 212 avis)", "Le maire a reçu 1 212 avis favorables."),
    "nav.booking": ("Réserver une visite guidée", "Réserver une visite guidée est conseillé."),
    "recirc.section": (
        "Consultez notre section Prés-Bas pour toutes les nouvelles municipales.",
        "Consultez le registre en mairie avant le 12 juin.",
    ),
    "ad.webinar": (
        "Webinaire : les digues face aux crues, mardi 18 mars à 18 h. Inscription gratuite.",
        "Le webinaire du syndicat a réuni quarante riverains mardi.",
    ),
    "ad.partner-link": (
        "Assurance habitation : comparez les offres Voir les offres (lien partenaire)",
        "Le partenaire du syndicat (une entreprise locale) a signé.",
    ),
    "paywall.professionals": (
        "Contenu réservé aux professionnels de santé.",
        "Le centre réservé aux soins palliatifs ouvrira en mai.",
    ),
    "paywall.terms": (
        "Abonnement numérique : 9,90 € par mois, résiliable à tout moment.",
        "Le contrat des digues n'est pas résiliable avant 2030.",
    ),
    "cookie.purposes": (
        "Vos données personnelles sont traitées pour les finalités suivantes :",
        "Les données des capteurs de la Sorne sont traitées par le syndicat.",
    ),
    "nav.replay": ("Le journal de 7 h – Replay", "Le replay du conseil a été vu 400 fois."),
    "appeal.contribute": (
        "Envoyez vos résultats et photos à sports@sorne.fr avant dimanche 20 h.",
        "Envoyez vos vœux au maire, a plaisanté le président du syndicat.",
    ),
    "nav.gallery.2": ("Voir les 12 photos", "Voir les 12 photos de la crue a ému les riverains."),
    "ad.affiliate": ("Voir le prix chez Sorne Électro", "Voir le prix des digues monter inquiète."),
    "agency.dispatch.2": (
        "Cet article provient du fil de l'agence Belga. La rédaction n'a pas modifié son texte.",
        "Cet article de loi provient d'un amendement du Sénat.",
    ),
    "source.interests.2": (
        "Déclaration d'intérêts : Lucie Ferrand déclare n'avoir aucun lien financier.",
        "La déclaration d'intérêts du maire a été publiée.",
    ),
    "appeal.rendezvous": (
        "Lucie Ferrand vous retrouve chaque mardi dans Le Journal.",
        "Le syndicat vous retrouve sur la digue.",
    ),
    "nav.weather": ("Valmont 8 °C Pluie faible", "Valmont : 42 °C attendus mardi, un record"),
    "nav.edition.2": ("Votre édition : Valmont et agglomération", "L'édition 2026 du festival"),
    "byline.correspondent.2": (
        "Correspondant : Jean-Pierre Nadal",
        "Correspondant de guerre : un métier à risque",
    ),
    "byline.report": (
        "Un sujet de Lucie Ferrand et Marc Aubel",
        "Le reportage de Lucie Ferrand a été primé à Bayeux.",
    ),
    "nav.player.5": ("Écouter l'interview (6:24)", "Écouter l'interview du maire ne suffit pas."),
    "cookie.choices": (
        "Vos choix concernant l'utilisation de cookies",
        "Les choix des élus concernant l'utilisation des digues",
    ),
    "paywall.free": ("Article en accès libre", "Article 3 : accès libre aux berges"),
    "paywall.login.2": (
        "Pour lire cet article, connectez-vous ou créez un compte gratuit.",
        "Pour lire cet article de loi, il faut du temps.",
    ),
    "nav.search": ("Rechercher…", "Rechercher des survivants"),
    "nav.edit": ("Modifier", "Modifier la loi"),
    "social.rating.2": ("★★★★★ 4,8/5 (38 avis)", "Le restaurant a obtenu 4,8/5 au guide."),
    "source.partner": (
        "Cet article vous est proposé en partenariat avec la Foire du livre.",
        "Cet article de loi a été proposé par le Sénat.",
    ),
    "app.follow": (
        "Suivez l'évolution de la crue en temps réel sur notre application.",
        "Suivez l'évolution de la crue sur le site de la préfecture.",
    ),
    "ad.offer": ("Lampe Aurore L300 79,99 € Voir l'offre", "Le maire a voulu voir l'offre."),
    "ad.cars": ("Configurer ce modèle", "Le constructeur veut configurer ce modèle autrement."),
    "social.count": ("Partager 27", "Partager 27 repas"),
    "recirc.more-infos": ("Plus d'infos régionales", "Plus d'infos sur le chantier sont parues."),
    "date.dateline.2": (
        "Lomé, 18 avril 2024 (Le Journal du Mono)",
        "Lomé, 18 avril 2024 : la grève est suspendue",
    ),
    "live.ended": (
        "Ce direct est terminé. Retrouvez demain matin notre point complet sur la crue.",
        "Le direct de la cérémonie a été suivi par deux millions de téléspectateurs.",
    ),
    "appeal.offered": (
        "La Gazette du Val vous offre ce direct. Pour soutenir l'information locale, abonnez-vous.",
        "La commune vous offre cet après-midi un concert gratuit sur la place du marché.",
    ),
    "appeal.price-of-news": (
        "L'info indépendante a un prix. Soutenez-la.",
        "L'information des riverains a un coût que la mairie refuse d'assumer.",
    ),
    "nav.player.ui": (
        "La vidéo n'est pas disponible. Veuillez réessayer plus tard.",
        "La vidéo de l'agression n'a pas été rendue publique par les enquêteurs.",
    ),
    "stats.views": ("Affichages : 1284", "Vues sur la mer : 12 chambres sur 40"),
    "credit.ph": (
        "Un planteur trie ses fèves de cacao à Gbéhiri. Ph : Lagune Soir",
        "Le pH : 7,2 selon les relevés de l'agence de l'eau.",
    ),
    "nav.replay.slot": (
        "Le Mag du soir, du lundi au vendredi à 19 h, puis en replay sur notre site.",
        "L'émission reste disponible en replay sur la plateforme de la chaîne publique.",
    ),
    "byline.with-agency": ("Kin Rapide avec ACP", "Un été avec AFP et ses photographes"),
    "service.tip-off": (
        "Vous avez une nouvelle à nous communiquer ? Écrivez à la rédaction.",
        "Vous avez une nouvelle fois refusé de répondre aux questions des élus ?",
    ),
    "recirc.print-edition": (
        "Retrouvez le programme complet dans notre édition papier du jeudi 4 septembre.",
        "Retrouvez-vous au marché de Noël dès vendredi soir, place de la Mairie.",
    ),
    "source.network": (
        "Le Riverain est membre d'un regroupement de journaux communautaires du Québec.",
        "Le maire est membre du conseil d'administration de l'hôpital depuis 2019.",
    ),
    "newsletter.daily-pitch": (
        "Chaque matin à 7 h, l'essentiel de l'actualité économique dans votre boîte mail.",
        "Chaque matin, les bénévoles distribuent des repas aux familles du quartier.",
    ),
    "appeal.support-name": (
        "Je soutiens Le Forum Civique",
        "Je soutiens cette réforme depuis le début.",
    ),
    "comments.react": (
        "Pour réagir à cet article, vous devez être abonné.",
        "Pour réagir à la crise, le maire a convoqué un conseil municipal extraordinaire.",
    ),
    "ad.best-price.2": (
        "Lanterne des Abysses au meilleur prix",
        "Où trouver du gazole au meilleur prix ?",
    ),
    "ad.used": (
        "Trouvez un Valmont Astre d'occasion près de chez vous",
        "Trouvez un emploi reste la priorité des jeunes diplômés interrogés.",
    ),
    "recirc.interest-heading.2": (
        "Les essais qui pourraient vous intéresser",
        "Les aides qui pourraient vous intéresser sont listées sur le site de la préfecture.",
    ),
    "recirc.forum": (
        "Sur le forum : « Mon fils de 2 ans réclame la tablette, que faire ? »",
        "Sur le forum économique de Davos, le ministre a plaidé pour l'ouverture.",
    ),
    "source.tagline-since": (
        "Les Petits Pas, le site des parents depuis 2003",
        "Les Petits Pas, le site des parents, a été racheté par un groupe de presse en 2019.",
    ),
    "app.platforms": (
        "Disponible sur iPhone et Android",
        "Disponible sur commande chez les libraires.",
    ),
    "recipe.rate": (
        "Avez-vous testé cette recette ? Laissez une note et un commentaire !",
        "Vous avez testé ce restaurant ? Le chef propose un menu à 25 euros.",
    ),
    "paywall.no-ads": (
        "Abonnez-vous pour lire nos guides sans publicité ni traceurs, pour 2,99 € par mois.",
        "La commune a voté un budget sans publicité ni annonce préalable, dénonce l'opposition.",
    ),
    "agency.no-reproduction": (
        "L'agence rappelle que ses dépêches ne peuvent être reproduites sans autorisation.",
        "Les dépêches de l'agence ont été reprises par la presse internationale.",
    ),
    "nav.shows-replay": (
        "Réécoutez nos émissions en podcast sur notre site et sur toutes les plateformes.",
        "Réécoutez le discours du président prononcé hier soir à l'Élysée.",
    ),
    "cookie.consent.3": (
        "Vos préférences s'appliqueront à ce site uniquement.",
        "Vos préférences alimentaires sont prises en compte par la cantine scolaire.",
    ),
    "source.independent-tests": (
        "Nos tests sont indépendants : les produits ont été achetés par la rédaction.",
        "Nos tests de dépistage sont gratuits pour les moins de 25 ans.",
    ),
    "ad.affiliate-commission": (
        "Lorsque vous achetez via nos liens, nous pouvons toucher une commission.",
        "Le site touche une commission sur chaque vente, a reconnu son fondateur.",
    ),
    "nav.audio-version": (
        "Lecture audio générée par une voix de synthèse. Réservée aux abonnés.",
        "La lecture audio des romans progresse chez les jeunes, selon l'étude.",
    ),
    "live.auto-refresh": ("Actualisation automatique", "La mise à jour automatique a planté hier."),
    "rating.widget": ("4,6 sur 5 (212 votes)", "Le restaurant obtient 4,6 sur 5 chez ses clients."),
    "date.bare.2": ("Le 16 mai à 9h12", "Le 16 mai à 9h12, le train a déraillé."),
    "source.tagline-since.2": (
        "Maroc Horizon Hebdo – l'information économique qui compte, depuis 1994.",
        "Le club, champion de France depuis 1994, a encore gagné samedi.",
    ),
    "paywall.keep-reading": (
        "Continuez à lire la Lanterne pour 0,99 € le premier mois.",
        "Continuez à lire les consignes affichées en mairie avant de voter.",
    ),
    "paywall.welcome-offer": (
        "Profitez de notre offre de bienvenue : 1 $ par semaine pendant 12 semaines.",
        "Profitez de l'été pour visiter les jardins ouverts au public.",
    ),
    "source.issue-excerpt": (
        "Ce reportage est extrait du numéro 87 d'Horizons, en kiosque.",
        "Ce reportage a été tourné en trois semaines dans le delta.",
    ),
    "ad.own-shop": (
        "La farine de châtaigne est disponible dans notre épicerie en ligne.",
        "La farine de châtaigne est disponible dans les épiceries du village.",
    ),
    "service.subscribers": (
        "Une question ? Notre service abonnés vous répond du lundi au vendredi.",
        "Le service des urgences répond aux appels jour et nuit.",
    ),
    "paywall.issues": (
        "S'abonner : 11 numéros + 2 hors-séries, 59 €",
        "S'abonner à la cantine coûte 3 euros par repas.",
    ),
    "recirc.in-issue": (
        "Dans ce numéro",
        "Dans ce numéro de duettistes, les deux frères excellent.",
    ),
    "recirc.same-show": (
        "Dans la même émission",
        "Dans la même émission, le ministre a annoncé un plan.",
    ),
    "nav.rebroadcast": (
        "Le Grand Entretien, chaque dimanche à 10 heures, en rediffusion le mercredi.",
        "La rediffusion du match a attiré deux millions de téléspectateurs.",
    ),
    "nav.playlist": (
        "Écoutez les albums de la sélection dans notre playlist de la rentrée.",
        "Le titre figure dans la playlist de nombreux festivals cet été.",
    ),
    "nav.watch-report": (
        "Réécouter l'interview de Ben Kieffer (3:12)",
        "Regarder le reportage a suffi à convaincre les élus de voter le budget.",
    ),
    "nav.interactive-map": (
        "Consultez notre carte interactive des secteurs inondés",
        "Consultez notre article sur les inondations de 2021, a conseillé le maire.",
    ),
    "nav.tv-slot": ("Le sujet du 19h30", "Le sujet du jour a divisé les élus."),
    "nav.podcast-also": (
        "Écoutez aussi : « Le génie des pieuvres », épisode 42 de notre podcast.",
        "Écoutez aussi les habitants : ils réclament une nouvelle école depuis dix ans.",
    ),
    "ad.price-chez": (
        "Fougère de Boston, pot de 17 cm – 14,90 € chez Pépinières Rousselin",
        "Le pot de 17 cm coûte 14,90 € chez la plupart des pépiniéristes de la région.",
    ),
    "nav.news-ticker": (
        "Dernière minute : Tamarande : le pont de la Rivière-Noire rouvert aux camions",
        "Dernière minute, le préfet a annoncé la réouverture du pont aux camions.",
    ),
    "source.no-owner": (
        "Le Héron libre n'appartient à aucun groupe de presse. Nous vivons exclusivement du "
        "soutien de nos lecteurs.",
        "La radio n'appartient plus à la commune depuis sa vente à une fondation en 2019.",
    ),
    "recirc.series-promo": (
        "Chaque samedi, retrouvez la chronique de Paule Ternier, en alternance avec Léo Brac.",
        "Chaque samedi, les bénévoles retrouvent les familles sur le parvis de la mairie.",
    ),
    "source.market-data": (
        "Cours différés de 15 minutes. Ces données ne constituent pas un conseil en "
        "investissement.",
        "Les cours du cacao ont reculé de 15 % en une semaine sur le marché de Londres.",
    ),
    "readtime.minutes": ("Temps de lecture : 3'", "Lecture : le roman de l'été"),
    "social.share-this": ("Partager cet entretien", "Partager cet entretien avec ses enfants"),
    "cookie.player-refused": (
        "Lecture de la vidéo impossible : vous avez refusé les traceurs du lecteur.",
        "Les habitants ont refusé les compteurs connectés dans leur immeuble.",
    ),
    "paywall.ours": ("Réservé à nos abonnés", "Réservé aux riverains le dimanche matin"),
    "nav.download-episode": (
        "Télécharger l'épisode (MP3, 29,8 Mo)",
        "Télécharger l'application de la mairie permet de signaler un nid-de-poule.",
    ),
    "byline.name-role": (
        "Bernard Vidal, correspondant",
        "Bernard Vidal, correspondant de guerre pendant trente ans, est mort lundi.",
    ),
    "ad.sponsored-label": (
        "Contenu commandité | Épargne : trois erreurs à éviter avant 60 ans",
        "Le contenu commandité par la mairie a été retiré du site jeudi.",
    ),
    "recirc.relisten": (
        "À réécouter : Dans le Jura, l'épicerie ambulante qui fait vivre six villages",
        "À réécouter les enregistrements, les enquêteurs ont relevé trois contradictions.",
    ),
    "recirc.read-review": (
        "Lire la critique : « Les Baigneuses du lac », premier roman de Mathilde Carrez",
        "Lire la critique de son premier roman, c'était déjà comprendre son projet.",
    ),
    "nav.trailer-of": (
        "La bande-annonce des « Nuits de Sérignac »",
        "La bande-annonce du film a été vue deux millions de fois en une semaine.",
    ),
    "ad.price-compare": (
        "Meilleur prix du moment : 879 € chez ÉlectroPlus — Voir l'offre",
        "Meilleur prix du marché : c'est ce que promet l'enseigne à ses clients.",
    ),
    "nav.listen-timed": (
        "Écouter l'entrevue du maire de Port-Sainte-Anne à l'émission du matin (7 min)",
        "Écouter l'entrevue du maire, c'était comprendre sa colère.",
    ),
    "paywall.gift": (
        "Vous avez aimé cet article ? Offrez-le à un proche : il pourra le lire gratuitement.",
        "Offrez-vous une promenade sur les quais avant la fermeture de l'été.",
    ),
    "newsletter.sign-up": (
        "La lettre du Héron : chaque vendredi, nos critiques et nos coups de cœur. "
        "Inscrivez-vous gratuitement.",
        "La lettre du maire : chaque habitant l'a reçue dans sa boîte vendredi.",
    ),
    "nav.reuse": ("Réutiliser ce contenu", "Réutiliser ce contenu coûte cher aux écoles."),
    "nav.see-all-section": ("Voir tout l'agenda", "Voir tout l'agenda culturel de la ville"),
    "appeal.error-report": (
        "Trouvé une erreur ? Signalez-la maintenant.",
        "Trouvé une erreur dans le calcul, l'expert a refait les comptes.",
    ),
    "social.share-with": (
        "Partagez cet article avec vos proches :",
        "Partagez cet article de loi avec la commission, a demandé le député.",
    ),
    "recirc.more-heading.3": ("Nos dernières revues de presse", "Nos dernières nouvelles"),
    "byline.par-place": (
        "Par Julien Marchetti (au stade de la Colline)",
        "Par Julien Marchetti (au stade de la Colline, dimanche, il y avait foule)",
    ),
    "date.stamp.2": (
        "Rédigé par Boris Ekwalla | 17 février 2025 | 4 min de lecture",
        "Rédigé par trois juristes, le texte a été rendu public le 17 février 2025.",
    ),
    "date.published-after": (
        "Économie, Montbrun-sur-Save, Publié le 03/06/2025 à 06:05",
        "Le décret, publié le 03/06/2025, entre en vigueur lundi.",
    ),
    "date.duration": ("Jeudi 6 février 2025 – 31 min", "Jeudi 6 février 2025, à 19 h"),
    "nav.episode-number": ("Les Clés du labo – Épisode 27", "L'épisode 27 a été tourné à Sion."),
    "byline.special": (
        "Geneviève Tremblay Collaboration spéciale",
        "Une collaboration spéciale avec le musée a permis l'exposition.",
    ),
    "nav.seen-on": (
        "Vu dans le JT du lundi 16 juin 2025",
        "Vu dans le journal local, l'avis de recherche a fait réagir les habitants.",
    ),
    "source.provenance": ("Provenance : Les Matins de l'Aurore", "La provenance du lait inquiète."),
    "paywall.first-month": (
        "Profitez de notre offre : 1 € le premier mois, sans engagement, puis 9,99 € par mois.",
        "Le forfait coûte 7,99 € la première année, puis 14,99 € par mois.",
    ),
    "tags.dot-row": ("Logement · Marchands de sommeil · Enquêtes", "Prix · 12 € la place"),
    "comments.subscriber": (
        "Louise Bélanger - Abonnée 8 mai 2025 07 h 41",
        "Louise Bélanger, abonnée depuis le 8 mai 2025, a écrit au journal.",
    ),
    "comments.count.2": (
        "Ce texte fait l'objet de 12 commentaires",
        "Ce texte fait l'objet de débats au conseil.",
    ),
    "source.about.6": (
        "L'Étoile du Lac est un quotidien numérique régional publié par une coopérative.",
        "Le bâtiment est un ancien moulin publié dans tous les guides touristiques",
    ),
    "source.member-network": (
        "Le Vérifieur est membre du réseau européen de vérification des faits.",
        "La commune est membre du réseau des villes cyclables depuis 2019.",
    ),
    "source.reviewed-by": (
        "Article relu par le Dr Mireille Achour, médecin urgentiste.",
        "L'article a été relu par trois juristes avant sa publication au Journal officiel.",
    ),
    "source.conflicts": (
        "Déclaration de liens d'intérêts : les auteurs n'en déclarent aucun.",
        "Les liens entre les deux entreprises intéressent le juge.",
    ),
    "recirc.next-part": (
        "Prochain volet : « L'hôtel social devenu prison », à lire le 24 octobre.",
        "Prochain volet du procès en appel le 24 octobre à Douai.",
    ),
    "appeal.witness": (
        "Vous êtes locataire ou vous disposez d'informations sur ce sujet ? Contactez-nous.",
        "Une question ? Écrivez à travaux@vaucressac.fr ou appelez la mairie.",
    ),
    "paywall.rest-reserved": (
        "La suite de cet entretien est réservée à nos abonnés",
        "La suite de cet entretien a été publiée dimanche.",
    ),
    "nav.learn-more-about": (
        "En savoir plus sur le Courrier du Lac",
        "En savoir plus sur le chantier, c'est ce que réclament les riverains.",
    ),
    "date.stamp.3": (
        "Par Yann Lefrançois et Mathilde Osmont. Publié le 3 novembre 2023 à 10h02",
        "Par décret, publié le 3 novembre 2023, la réserve a été agrandie.",
    ),
    "date.short-weekday": ("jeu. 13 juin 2024", "jeu de piste le 13 juin 2024"),
    "date.posted-on": (
        "Posted on 17 novembre 2025 by Hery Rakotomalala",
        "Le message posté le 17 novembre a été supprimé.",
    ),
    "nav.weather-strip": ("Niamey · 38 °C · Samedi 14 juin 2025", "| Niamey | 38 °C | 41 °C |"),
    "nav.exchange-rates": (
        "Taux du jour : 1 USD = 2 847 CDF | 1 EUR = 3 102 CDF",
        "Le taux du jour a surpris les cambistes.",
    ),
    "recirc.marker.3": (
        "(Re)lire : Logement indigne, pourquoi les arrêtés de péril restent lettre morte",
        "À relire les procès-verbaux, rien ne laissait prévoir la crise.",
    ),
    "nav.correspondent-video": (
        "Les explications de notre correspondante à Neuchâtel, Pauline Rey",
        "Les explications de notre correspondante ont convaincu le jury.",
    ),
    "nav.streaming": (
        "Écoutez « Marées basses » sur votre plateforme préférée",
        "Le clip a été tourné sur la plage de Port-Sélin en une nuit.",
    ),
    "nav.contents": ("Dans cet article", "Dans cet article, le juriste rappelle la loi."),
    "nav.synthetic-voice": (
        "Écouter (lu par une voix de synthèse)",
        "La voix de synthèse du répondeur a été changée.",
    ),
    "source.print-pages": (
        "Avril 2025, pages 14 et 15",
        "En avril 2025, 14 pages ont été ajoutées.",
    ),
    "nav.series-part": (
        "Série « La France des taudis » (1/4)",
        "La série « La France des taudis » a été primée.",
    ),
    "nav.listen-prefix": (
        "ÉCOUTEZ - Le point météo de 7 h 30 avec Nicolas Sarrat (1 min 48)",
        "Écoutez - disait-il - le silence de la forêt.",
    ),
    "nav.video-duration": ("Durée de la vidéo : 00h01mn48s", "Durée de la vidéo : trop longue."),
    "cookie.click-accept": (
        "En cliquant sur « J'accepte », les cookies seront déposés.",
        "En cliquant sur le lien, les victimes ont donné leurs codes.",
    ),
    "date.byline-today": (
        "Par Léa Rochebrune - Aujourd'hui à 05:00 - Temps de lecture : 6 min",
        "Par Léa Rochebrune, aujourd'hui retraitée, qui raconte le chantier.",
    ),
    "date.dotted-updated": (
        "10.03.2024, 17h48 Mis à jour 10.03.2024, 19h42",
        "Le 10.03.2024, les élus ont voté.",
    ),
    "date.month-first": ("mars 14, 2024", "mars 2024, 14 communes"),
    "recirc.more-heading.4": ("Méi zum Thema", "Méi zum Thema ass op Lëtzebuergesch."),
    "recirc.you-may-like": (
        "Vous aimerez aussi : Quiche aux poireaux sans pâte, la version légère",
        "Vous aimerez aussi la balade le long du canal.",
    ),
    "paywall.why-subscribe": ("Pourquoi s'abonner ?", "Pourquoi s'abonner à trois journaux ?"),
    "byline.label.2": (
        "Correspondant : Jean-Pierre Gaudel",
        "Correspondant de guerre pendant trente ans, il a couvert le Liban.",
    ),
    "date.newsroom-stamp": (
        "Rédaction Pierre & Toit – 14.01.2025, 07:30",
        "La rédaction a été informée le 14.01.2025.",
    ),
    "appeal.read-more": (
        "Intéressé(e) par ce que vous venez de lire ?",
        "Intéressé par le projet, le maire a reçu les habitants.",
    ),
    "ad.classifieds": ("Petites annonces", "Les petites annonces ont disparu du journal papier."),
    "comments.closed": (
        "Commentaires fermés.",
        "Les commentaires fermés au public ont été archivés.",
    ),
    "nav.back": ("Retour à la liste", "Retour à la liste d'attente pour les locataires du quai."),
    "nav.language.2": (
        "Lire en anglais / Read in English",
        "Lire en anglais reste un effort pour la moitié des élèves.",
    ),
    "source.edition-digital": (
        "Le journal du jeudi en PDF",
        "Le journal du jeudi en PDF a été envoyé par erreur aux abonnés.",
    ),
    "app.open": (
        "Ouvrir dans l'appli Le Fil",
        "Ouvrir dans l'application du musée un parcours sonore.",
    ),
    "nav.station.3": (
        "Radio Sorne 98.4 – écouter le direct",
        "La radio a enregistré 98.4 % d'écoute en direct pendant la crue.",
    ),
    "ad.label.3": (
        "Publicité – la suite de l'article ci-dessous",
        "La publicité a été retirée, la suite de l'article reste en ligne.",
    ),
    "agency.initials-slash": ("AO/ASM (AIB)", "AO/ASM (AIB) a publié les chiffres du recensement."),
    "paywall.shared-link": (
        "Un abonné vous a transmis ce lien ? Identifiez-vous pour poursuivre la lecture.",
        "Un abonné de la médiathèque a transmis ce lien au maire.",
    ),
    "paywall.choose-plan": (
        "Pour continuer votre lecture, choisissez la formule qui vous convient.",
        "Pour continuer la lecture publique, la commune choisit un bibliobus.",
    ),
    "appeal.lives-by": (
        "Le Fil vit grâce à ses abonnés.",
        "La commune vit grâce à ses commerces et à son marché.",
    ),
    "note.broadcast-in": (
        "Ce reportage a été diffusé dans l'Édition du soir du 19 février.",
        "Ce reportage a été tourné pendant trois semaines dans le Jura.",
    ),
    "appeal.rate-site": (
        "Votre avis compte : notez notre site en deux minutes.",
        "Votre avis compte, a répété le maire devant les habitants.",
    ),
    "comments.obituaries": (
        "Avis de décès de la région",
        "Les avis de décès ont doublé en janvier.",
    ),
    "appeal.obituary": (
        "Publiez un avis nécrologique sur notre espace dédié.",
        "La famille a publié un avis de décès dans le journal.",
    ),
    "appeal.submit-claim": (
        "Une information vous semble douteuse ? Soumettez-la à notre équipe par courriel.",
        "Les parents ont soumis la question à l'équipe pédagogique.",
    ),
    "appeal.button": (
        "Je soutiens Le Fil",
        "Je soutiens le projet, a dit le maire, mais pas son coût.",
    ),
    "newsletter.pitch.4": (
        "Recevez L'Essentiel, notre lettre quotidienne, chaque jour à 18 heures.",
        "Recevez-les chez vous, disent les maraîchers qui livrent à domicile.",
    ),
    "recirc.trailer": (
        "Bande-annonce officielle de « La Mer à l'envers » (2 min 10)",
        "La bande-annonce du film a été vue deux millions de fois.",
    ),
    "cookie.video-blocked": (
        "Votre navigateur bloque la lecture de cette vidéo.",
        "Le navigateur du bateau bloque la route des chalutiers.",
    ),
    "paywall.epaper": (
        "Abonnement e-paper",
        "L'abonnement e-paper a séduit 3 000 lecteurs en un an.",
    ),
    "nav.pager": ("« Précédent", "Précédent record : 1998."),
    "source.about-group": (
        "Le Fil de la Sorne fait partie du groupe Rivages Médias SA.",
        "La digue fait partie du plan de prévention des crues.",
    ),
    "appeal.members": (
        "Pas encore membre ? L'affiliation coûte 5 euros par an et par ménage.",
        "Pas encore membre du conseil, elle siège pourtant à la commission.",
    ),
    "appeal.petition-count": (
        "Pétition « Sauvons la digue » : 3 412 signatures à ce jour.",
        "La pétition a réuni 3 412 signatures, selon ses auteurs.",
    ),
    "recirc.dated-report": (
        "Notre reportage du 24.06 : après les orages, la rivière sous surveillance",
        "Notre reportage du 24 juin a été primé à Bayeux.",
    ),
    "nav.player-strings": ("Sous-titres désactivés", "Les sous-titres désactivés gênent."),
    "paywall.meter": (
        "Vous avez atteint la limite de 5 articles gratuits ce mois-ci.",
        "La commune a atteint la limite de 5 articles de loi votés.",
    ),
    "credit.gallery": (
        "Photo 2/4 – Le terrain cédé par le clan voisin a déjà été débroussaillé.",
        "Photo de groupe 2/4 réussie pour les élèves du collège.",
    ),
    "recirc.ticker-heading": ("Dans le fil info", "Dans le fil info de la préfecture, rien."),
    "byline.bio.4": (
        "Julien Hervouët, docteur en astrophysique, a rejoint la rédaction en 2015.",
        "Le ministre a rejoint le gouvernement en 2015.",
    ),
    "byline.at-place": ("Pieter Claes, à Hautfagne-Sainte-Croix", "Pieter Claes, à 34 ans, gagne."),
    "recirc.more-of": ("Plus d'escapades", "Plus d'escapades ont été vendues cet été."),
    "source.affiliate-link": (
        "En passant par ce lien, vous nous aidez : nous touchons une petite commission.",
        "En passant par ce lien ferroviaire, le train gagne vingt minutes.",
    ),
    "recirc.reserve": (
        "Le réserver chez un libraire",
        "Le réserver chez un libraire a pris un mois.",
    ),
    "comments.reader-reviews": (
        "Les avis de nos lecteurs (213)",
        "Les avis des lecteurs divergent.",
    ),
    "source.rating-widget": ("4,6/5 · 213 avis", "La note moyenne est de 4,6/5 sur 213 avis."),
    "byline.recipe": (
        "Recette proposée par Clémence Aubrac, cheffe du Bistrot des Halles",
        "La recette proposée par la cheffe a séduit le jury.",
    ),
    "source.print-issue": (
        "Article paru dans Parallaxe n° 214 (mars 2025)",
        "L'article paru dans le numéro 214 a fait débat.",
    ),
    "appeal.tax-deductible": (
        "Les dons à l'association sont fiscalement déductibles.",
        "Les frais de garde ne sont plus déductibles depuis 2024.",
    ),
    "recirc.also-heading": (
        "Également dans l'actu",
        "Également dans l'actu, la crue a fait deux morts.",
    ),
    "recirc.in-our-space": (
        "Avis de décès et hommages : retrouvez-les dans notre espace Carnet.",
        "Les hommages ont été lus dans l'espace culturel de la mairie.",
    ),
    "recirc.weekly-section": (
        "Terres d'Auvergne, notre cahier agricole, vous attend chaque jeudi.",
        "Le marché attend chaque jeudi deux mille visiteurs.",
    ),
    "recirc.newsstand": (
        "En kiosque cette semaine : notre hors-série sur le Pays d'Auge.",
        "Les kiosques ferment cette semaine à Caen.",
    ),
    "social.gift": ("Offrir l'article", "Offrir un article de loi au débat."),
    "byline.contact-newsroom": (
        "Joindre la rédaction de Quimper : redaction@exemple.bzh",
        "La rédaction de Quimper a été jointe par téléphone.",
    ),
    "byline.special-envoy": (
        "Envoyé spécial dans les Vosges",
        "Un envoyé spécial dans les Vosges a été blessé par un loup.",
    ),
    "source.edition-line": (
        "La Balise du Cotentin — édition Côte des Havres",
        "La balise a été posée lors de l'édition 2024 de la régate.",
    ),
    "appeal.mobile-money": (
        "Soutenez Le Fil par Orange Money ou Moov Money au +223 76 00 00 00.",
        "Les commerçants acceptent désormais Orange Money au marché.",
    ),
    "ad.ussd": ("Forfait Jour 1 Go à 2 000 GNF. Composez *223# !", "Le code *223 a été changé."),
    "ad.space.2": ("— Espace publicitaire —", "L'espace publicitaire de la gare a été vendu."),
    "ad.prefixed": (
        "Publicité — Banque du Littoral : financez vos intrants jusqu'à 5 millions FCFA.",
        "Publicité : la loi interdit les panneaux lumineux.",
    ),
    "social.whatsapp-channel": (
        "Le Fil est aussi sur WhatsApp : rejoignez notre chaîne.",
        "Le maire est aussi sur WhatsApp, où il répond aux habitants.",
    ),
    "paywall.premium": (
        "Nos dossiers sont réservés aux abonnés Premium — à partir de 2 000 FCFA par mois.",
        "Les places sont réservées aux abonnés du stade.",
    ),
    "newsletter.weekly-letter": (
        "Chaque vendredi, notre lettre Économie décrypte les chiffres de la semaine.",
        "Chaque vendredi, la lettre du maire est lue en conseil.",
    ),
    "byline.bio.5": (
        "Installée à Lisbonne depuis 2018, elle couvre l'actualité du Portugal.",
        "Installée à Lisbonne depuis 2018, la famille tient un café.",
    ),
    "paywall.gift-articles": (
        "Abonné, vous pouvez offrir chaque mois cinq articles à vos proches.",
        "Le musée peut offrir cinq articles de sa collection à la ville.",
    ),
    "recirc.podcast-platforms": (
        "Tous les épisodes sont disponibles sur Apple Podcasts, Spotify et Deezer.",
        "Spotify a supprimé l'épisode après la plainte.",
    ),
    "recirc.full-interview": (
        "Retrouvez l'intégralité de l'entretien en vidéo en haut de cette page.",
        "L'intégralité de l'entretien a été publiée par le ministère.",
    ),
    "nav.preroll": (
        "Votre programme reprendra dans quelques secondes.",
        "Le programme de la fête reprendra dimanche.",
    ),
    "source.ifcn": (
        "Le Fil applique les principes du code de l'International Fact-Checking Network.",
        "Le Fil applique le code de la route à la lettre.",
    ),
    "source.readers-average": (
        "Moyenne des lecteurs : 3,7/5 sur 41 votes",
        "La moyenne des lecteurs de la bibliothèque est de 41 ans.",
    ),
    "ad.where-to-buy": (
        "Où trouver ce livre ?",
        "Où trouver ce livre rare, se demandent les libraires.",
    ),
    "ad.price-row": (
        "LudiPrix 54,99 € · ConsoStock 57,90 € · Le Comptoir du Jeu 59,99 €",
        "Le jeu coûte 54,99 € en magasin et 57,90 € en ligne.",
    ),
    "source.anonymous-review": (
        "Nos critiques sont réalisées de manière anonyme.",
        "Les critiques du rapport sont restées anonymes.",
    ),
    "source.print-issue.2": (
        "Cette critique est parue dans le numéro 142 du Signet, en kiosque depuis le 6 mars.",
        "La critique du film est parue le 6 mars dans la presse nationale.",
    ),
    "stats.read-count": ("Lu 1 207 fois", "Le livre a été lu 1 207 fois à la médiathèque."),
    "ad.telecom": (
        "Avec Atlas Mobile, profitez de 30 Go d'internet pour 1 000 DA. Offre valable un mois.",
        "Le forfait de 30 Go coûte désormais 1 000 DA, selon le régulateur.",
    ),
    "ad.bank": (
        "Banque des Hautes Terres – Prêt Récolte : financez votre campagne à 12 % l'an.",
        "La Banque des Hautes Terres a financé la campagne à 12 % l'an.",
    ),
    "ad.money-transfer": (
        "Transférez de l'argent partout en Guinée en quelques secondes avec KoloPay.",
        "Les familles transfèrent de l'argent chaque mois à leurs proches.",
    ),
    "social.react-facebook": (
        "Réagissez à cet article sur notre page Facebook.",
        "Les habitants ont réagi sur la page Facebook de la mairie.",
    ),
    "appeal.sms-alerts": (
        "Recevez les alertes de la rédaction par SMS : envoyez INFO au 7777.",
        "Les habitants reçoivent les alertes de crue par SMS depuis 2021.",
    ),
    "newsletter.morning-brief": (
        "Chaque matin, Le Réveil vous résume l'actualité en cinq minutes.",
        "Chaque matin, le maire résume la situation aux habitants.",
    ),
    "recirc.all-news": (
        "Voir toutes les actualités travaux",
        "Voir toutes les actualités à la une ne suffit pas.",
    ),
    "ad.retail-price": (
        "PS5 : 59,99 $ chez La Boutique du Joueur",
        "Prudente : 3 000 € sur livret, 2 000 € en assurance-vie",
    ),
    "source.investment-risk": (
        "Investir comporte des risques de perte en capital.",
        "Investir en bourse comporte des risques, rappelle l'économiste.",
    ),
    "ad.partner-offer": (
        "Offre partenaire – Compte à terme 12 mois : 3,55 % brut garanti.",
        "L'offre partenaire de la mairie a été refusée.",
    ),
    "byline.credits.2": (
        "Texte Claire Weber-Schmit, photos Marc Lentz",
        "Le texte, les photos et la maquette ont été refaits.",
    ),
    "date.medical-review": (
        "Dernière révision médicale : 15 janvier 2024",
        "La dernière révision médicale du pilote date de 2019.",
    ),
    # Round 13 (b137-b140, read after scoring).
    "appeal.local-press": (
        "Vous avez aimé cet article ? La presse locale a besoin de vous : soutenez-nous dès 2 €.",
        "La presse locale a perdu trois titres dans le département depuis 2020.",
    ),
    "byline.written-for": (
        "Cet article a été rédigé par notre correspondant local, Marcel Ragot.",
        "Cet article de loi a été rédigé par deux députés de la Sorne.",
    ),
    "byline.correspondent-contact": (
        "Correspondant local : Marcel Ragot, 06 71 22 45 90, m.ragot@example.fr",
        "Le correspondant local de la fédération, Marcel Ragot, a démissionné lundi.",
    ),
    "byline.written-by": ("Article rédigé par", "Un article rédigé par trois élus a été rejeté."),
    "byline.desk-initials": ("La rédaction avec C.L.", "La rédaction a contacté le maire."),
    "credit.interview": ("Interview: Nicolas Rochat", "Interview : le maire répond aux riverains"),
    "source.network.2": (
        "Le Fil de la Sorne fait partie du réseau Presse Locale, qui regroupe 38 titres.",
        "La commune fait partie du réseau des villes fleuries depuis 2019.",
    ),
    "source.about-votre": (
        "Télé Sorne, votre télévision locale, diffuse son journal chaque soir à 18 h.",
        "Télé Sorne, la télévision locale, a diffusé le débat des candidats.",
    ),
    "advertising.clickbait": (
        "Les retraités de la région n'en reviennent pas : cette aide méconnue rembourse tout.",
        "L'aide régionale aux retraités reste méconnue, selon l'association.",
    ),
    "newsletter.pitch.5": (
        "Newsletter Éco — Chaque matin, les chiffres qui comptent pour votre argent.",
        "La newsletter de la mairie paraît désormais chaque mois.",
    ),
    "recirc.print-edition.2": (
        "Retrouvez l'intégralité de notre édition en version PDF, chaque jour dès 6 h.",
        "Retrouvez l'intégralité du rapport sur le site de la préfecture.",
    ),
    "recirc.find-all": (
        "Agenda : retrouvez toutes les sorties du week-end dans la vallée",
        "Agenda : les sorties du week-end dans la vallée",
    ),
    "app.notifications": (
        "Activer les notifications du direct",
        "Les pompiers ont activé les notifications d'alerte lundi.",
    ),
    "nav.listen.3": ("Écouter ce sujet (3 min 12)", "Écouter ce sujet, c'est déjà agir."),
    "live.score-ticker": (
        "Live : Niayes 1-0 Casa FC (67')",
        "Niayes a battu Casa FC 1-0 à la 67e minute.",
    ),
    "comments.reader-rating": (
        "cinephage56 — 2/5 — Beaucoup de plans sur la mer, très peu de cinéma.",
        "Le film a obtenu 2/5 dans la presse — et 4/5 chez les spectateurs.",
    ),
    "comments.average": ("Moyenne des lecteurs : 3,7/5", "La moyenne des notes atteint 3,7 sur 5."),
    "appeal.review-it": (
        "Vous avez lu ce livre ? Partagez votre avis avec la communauté.",
        "Ce livre, vous l'avez peut-être lu au lycée.",
    ),
    "byline.all-articles": (
        "Voir tous ses articles",
        "Tous ses articles ont été relus par un avocat.",
    ),
    "recirc.if-you-like": (
        "Si vous aimez : Les Nuits d'Ossau, Fleuve Gris",
        "Si vous aimez la montagne, ce livre est pour vous.",
    ),
    "social.useful-count": (
        "Cet article a été utile à 1 412 lecteurs",
        "Cet outil a été utile à 1 412 familles, selon la mairie.",
    ),
    "ad.buy-on": (
        "Acheter Caravanes d'Ambre sur Steam",
        "Acheter sur Internet reste moins cher, selon l'étude.",
    ),
    "paywall.offered": (
        "Cet article vous a été offert. Pour lire tous nos contenus, abonnez-vous.",
        "Le terrain a été offert à la commune par un agriculteur.",
    ),
    "social.useful-2": ("Cette enquête vous a été utile ?", "Cette enquête a été utile au juge."),
    "live.refresh": (
        "Cliquez ici pour actualiser le direct",
        "Il suffit de cliquer ici pour actualiser son dossier, explique la CAF.",
    ),
    "live.ended.2": (
        "Fin du direct. Merci de l'avoir suivi avec nous.",
        "La fin du direct de la course a été perturbée par la pluie.",
    ),
    "comments.poll": (
        "Sondage : trouvez-vous cette hausse justifiée ?",
        "Sondage : 62 % des habitants favorables au projet",
    ),
    "recirc.same-author": (
        "Articles du même auteur",
        "Trois articles du même auteur ont été retirés.",
    ),
    "social.toolbar": (
        "Imprimer | Envoyer à un ami | Réagir",
        "Imprimer et envoyer le formulaire à la mairie avant le 3 mars.",
    ),
    "nav.full-site": (
        "Voir la version complète du site",
        "La version complète du rapport est en ligne sur le site de la préfecture.",
    ),
    "source.why-cover": (
        "Pourquoi nous couvrons ce procès. Le journal rend compte des audiences des assises.",
        "Pourquoi ce procès est-il si attendu dans la vallée ?",
    ),
    "nav.weather-widget": (
        "Météo : 27 °C à Saint-Gilles, averses sur les hauts",
        "Météo-France annonce 27 °C mardi à Saint-Gilles.",
    ),
    "agency.initials-with": (
        "Ch. P. (avec AFP)",
        "Ch. Perrin a travaillé avec l'AFP pendant dix ans.",
    ),
    "byline.par-initials": (
        "Par Ch. P.",
        "Par ch. 3 du règlement, la commune est tenue de répondre.",
    ),
    "note.update-dated": (
        "Mise à jour du 22 mai à 21h40 : contrairement à ce que nous disions, "
        "la peine est de 22 ans.",
        "Mise à jour le 22 mai 2025 à 21h40",
    ),
    "source.paru-dans": (
        "Ce dossier est paru dans Le Potager n° 212 (mai 2025), disponible en kiosque.",
        "Le décret est paru dans le Journal officiel du 3 mars.",
    ),
    "recirc.next-issue": (
        "Le mois prochain, nous vous montrerons comment poser une plinthe.",
        "Le mois prochain, la digue sera fermée aux promeneurs.",
    ),
    "comments.forum": (
        "Questions sur ce tutoriel ? Posez-les sur notre forum, rubrique Sols.",
        "Les questions sur ce chantier restent nombreuses.",
    ),
    "ad.cart-item": (
        "Sous-couche Silencio 3 mm, 6,50 CHF/m² – Ajouter au panier",
        "Il suffit d'ajouter au panier de légumes une botte de radis.",
    ),
    "ad.buy-from": (
        "Acheter Hollow Lanterns à partir de 34,99 € (PS5)",
        "Acheter un logement reste hors de portée pour les jeunes ménages.",
    ),
    "nav.gallery-count": ("Galerie : 24 photos", "La galerie a exposé 24 photos de la crue."),
    "paywall.issues-offer": (
        "Offre spéciale : 11 numéros + le hors-série pour 49 €",
        "Les 11 numéros de la revue ont été numérisés par la bibliothèque.",
    ),
    "source.about-le": (
        "Le Onze Ivoirien, le mensuel du football ivoirien depuis 2009.",
        "Lucie Ferrand, la présidente du syndicat depuis 2009, a démissionné.",
    ),
    "source.about-est": (
        "Route & Fret est le média de référence des professionnels du transport.",
        "La digue est le dernier rempart du quartier contre la Sorne.",
    ),
    "paywall.kiosk": (
        "Dossier du mois : la finance – en kiosque et en version numérique.",
        "Le kiosque de la place a fermé en version définitive.",
    ),
    "recirc.print-edition.3": (
        "Retrouvez l'intégralité de notre dossier « La mer en crise » dans l'édition papier.",
        "Retrouver l'intégralité des archives a pris trois ans.",
    ),
    "ad.partner-label": ("PARTENAIRE", "Partenaire du club depuis vingt ans, la banque se retire."),
    "source.edition-number": (
        "SOCIÉTÉ – Édition n° 611 du vendredi 7 mars 2025",
        "La 611e édition de la foire a lieu vendredi.",
    ),
    "paywall.edition-subscribe": (
        "Souscrire à l'édition numérique : 300 DH par an",
        "L'édition numérique du guide est gratuite, selon la mairie.",
    ),
    "recirc.next-issue-2": (
        "Prochaine dégustation : les pinots noirs, dans notre numéro de juillet.",
        "Le numéro de juillet du bulletin municipal annonce les travaux.",
    ),
    "ad.self-test": (
        "Testez votre sommeil : notre quiz en 10 questions",
        "Testez votre détecteur de fumée une fois par mois, conseillent les pompiers.",
    ),
    "appeal.question-service": (
        "Vous hésitez ? Comparez l'Aurel avec ses rivales dans notre simulateur.",
        "Vous hésitez ? Les riverains, eux, ont tranché depuis longtemps.",
    ),
    "comments.et-vous": (
        "Et vous, qu'en avez-vous pensé ?",
        "Et vous, qu'auriez-vous fait, demande-t-il.",
    ),
    "source.invitation.2": (
        "Essai réalisé à l'invitation de l'importateur belge.",
        "L'essai a été réalisé par le laboratoire de la région.",
    ),
    "source.bought": (
        "Ce produit a été acheté par la rédaction. Aucun fabricant n'a relu ce test.",
        "Ce produit a été acheté par la commune en 2019.",
    ),
    "source.affiliate-links": (
        "Prix mis à jour chaque jour. Les liens ci-dessus sont affiliés.",
        "Les clubs affiliés à la fédération ont voté lundi.",
    ),
    "comments.ago": ("Marinette_24 · il y a 2 jours", "Il y a 2 jours, la digue a cédé."),
    "recirc.associated": (
        "Guides associés : Crédit immobilier, comment comparer les offres",
        "Les guides associés au projet ont été formés en mars.",
    ),
    "ad.where-to-buy.2": (
        "Où acheter le Nerio 7 Pro au meilleur prix ?",
        "Où acheter du bois de chauffage cet hiver, se demandent les habitants.",
    ),
    "nav.exchange-rate": (
        "1 EUR = 5 012 Ar | 1 USD = 4 590 Ar",
        "1 euro vaut désormais 5 012 ariary.",
    ),
    "nav.weather-city": (
        "Antananarivo 24°C – Averses éparses",
        "Il a fait 24 °C à Antananarivo lundi.",
    ),
    "live.hosted-by": (
        "Ce direct a été animé par Noémie Vandenbossche et Karim El Ouali.",
        "Le débat a été animé par deux élèves du lycée.",
    ),
    "ad.sponsored-by": (
        "Ce direct vous est proposé avec le soutien de la Banque du Pacifique Sud.",
        "Le repas est offert par la commune avec le soutien des commerçants.",
    ),
    "recirc.follow-also": (
        "À suivre aussi : notre direct sur les orages dans la région",
        "À suivre, la décision du tribunal attendue en mars.",
    ),
    "source.written-from": (
        "Cet article a été rédigé avec l'aide des bulletins de Météo-France.",
        "Cet article de loi a été rédigé avec soin, selon le rapporteur.",
    ),
    "comments.react-page": (
        "Réagissez à cet article sur notre page Facebook.",
        "Les riverains ont réagi à cet article de loi sur leur page.",
    ),
    "appeal.react-opinion": (
        "Vous souhaitez réagir à cette tribune ? Envoyez votre texte à la rédaction.",
        "Les élus souhaitent réagir à cette tribune dès lundi.",
    ),
    "app.listen-app": (
        "Écoutez Radio Sorne partout avec l'application, ou sur WhatsApp.",
        "Écoutez les riverains : ils demandent une digue depuis dix ans.",
    ),
    "nav.prev-next": ("Article précédent", "L'article précédent du règlement est abrogé."),
    "nav.font-size": ("Taille de police : A+ A-", "La taille de la digue a été doublée."),
    "source.contact-desk": (
        "Contacter la rédaction de Millau",
        "Contacter la rédaction n'a pas suffi, explique la lectrice, qui a saisi le médiateur.",
    ),
    "social.outlet-on": (
        "Le Journal des Causses sur Instagram",
        "Le maire a répondu aux critiques sur Facebook, lundi soir.",
    ),
    "ad.contact": ("Contact publicité", "Le contact avec la régie a été rompu."),
    "source.gdpr": (
        "Conformément au RGPD, vous disposez d'un droit d'accès et de rectification.",
        "La commune a été condamnée pour non-respect du RGPD.",
    ),
    "source.about-colon": (
        "À propos de Famenne Hebdo : notre journal gratuit est distribué chaque jeudi.",
        "À propos de la digue, le maire reste prudent.",
    ),
    "nav.sport-kicker": (
        "Football – BGL Ligue, 11e journée",
        "Le club a perdu lors de la 11e journée face à Dudelange.",
    ),
    "live.ended.3": (
        "Le direct est terminé. Merci de nous avoir suivis.",
        "Le direct de la course a été coupé.",
    ),
    "ad.selection": (
        "Notre sélection : les meilleurs kits de semis à moins de 30 euros",
        "Notre sélection",
    ),
    "ad.quiz": (
        "Quiz : êtes-vous vraiment en manque de sommeil ?",
        "Le quiz des élèves portait sur la crue de 1910.",
    ),
    "recirc.further-dossier": (
        "Pour aller plus loin : notre dossier « Défense planétaire »",
        "Pour aller plus loin, la commune devra emprunter.",
    ),
    "recirc.in-the-issue": (
        "Notre entretien avec l'autrice est à lire dans le numéro de septembre.",
        "Le rapport est à lire sur le site de la préfecture.",
    ),
    "credit.review-by": (
        "Recension : Nathalie Verbist",
        "La recension des dégâts a pris trois jours.",
    ),
    "ad.giveaway": (
        "Places à gagner : la revue vous offre 10 invitations pour la première.",
        "Les places gagnées sur le parking seront réservées aux riverains.",
    ),
    "comments.seen-vote": (
        "Vous avez vu le spectacle ? Votez !",
        "Vous avez vu le spectacle ? Elle, non, faute de places.",
    ),
    "recirc.subscribers-read": ("Nos abonnés ont également lu", "Les abonnés ont lu le rapport."),
    "paywall.on-sale": (
        "Oise Dimanche est en vente chaque dimanche matin chez vos marchands de journaux.",
        "La maison est en vente depuis le mois de mars.",
    ),
    "nav.live-follow": (
        "EN DIRECT - Suivez la chaîne en direct",
        "En direct de la digue, les pompiers suivent la montée des eaux.",
    ),
    "ad.partners-offer": (
        "Nos partenaires vous proposent hôtels et circuits à prix négociés.",
        "Les partenaires du projet proposent un nouveau tracé.",
    ),
    "comments.rate-it": (
        "Notez-la et partagez votre photo avec le mot-clic #Toque.",
        "La note a été relevée par le jury.",
    ),
    "recirc.more-of-kind": (
        "Plus de carnets de voyage",
        "Plus de recettes que de dépenses cette année.",
    ),
    "recirc.read-dash": (
        "À LIRE - Grève : quels sont vos droits en cas de train supprimé ?",
        "À lire le rapport, la digue ne tiendra pas.",
    ),
    "nav.matchday-kicker": ("Ligue 1 – 24e journée", "La 24e journée de Ligue 1 a été reportée."),
    "nav.votes-kicker": (
        "Votations du 18 mai",
        "Les votations du 18 mai ont mobilisé 52 % des Vaudois.",
    ),
    "nav.newscast-kicker": (
        "JT du 12 juin 2024",
        "Le JT du 12 juin a consacré dix minutes à la crue.",
    ),
    "recirc.in-print": (
        "Retrouvez cet article dans notre édition papier du jeudi 12 septembre.",
        "On retrouve cet article de loi dans le code rural.",
    ),
    "appeal.send-photos": (
        "Vous étiez au comice ? Envoyez-nous vos plus belles photos.",
        "Les plus belles photos du comice ont été exposées en mairie.",
    ),
    "paywall.discovery": (
        "Profitez de l'offre découverte : 1 € le premier mois",
        "Les touristes ont profité de l'offre de la commune.",
    ),
    "source.press-release": (
        "Avec communiqué de la Ville d'Angevaux.",
        "Avec ce communiqué, la mairie tente de rassurer les riverains.",
    ),
    "agency.agencies": (
        "Avec agences",
        "Avec les agences de l'eau, la région finance les travaux.",
    ),
    "comments.condolences.2": (
        "Messages de condoléances (3)",
        "Les messages de condoléances affluent depuis lundi.",
    ),
    "comments.stamp-dash": (
        "Rado – 11/07/2025 08:12",
        "Rado a été élu le 11/07/2025 à 8 h 12, au second tour.",
    ),
    "nav.slide-caption": (
        "1 / 5 — Vue aérienne de la station de dessalement.",
        "1 sur 5 : la proportion des foyers touchés.",
    ),
    "recirc.wire-heading": ("Sur le fil", "Sur le fil du rasoir, la digue a tenu."),
    "recirc.our-others": ("Découvrir nos autres essais", "Les autres essais ont échoué."),
    "byline.par-alone": (
        "Par Maël Guillou",
        "Par train depuis Brest",
    ),
    "cookie.embed-consent": (
        "Ce contenu est hébergé par YouTube. En l'affichant, vous acceptez que des cookies "
        "soient déposés par cette plateforme.",
        "Ce contenu est hébergé par la médiathèque de la commune depuis 2019.",
    ),
    "nav.embed-button": (
        "Afficher la vidéo",
        "Afficher la vidéo a suffi à relancer le débat.",
    ),
    "ad.after-ad": (
        "Publicité – la suite après l'annonce",
        "La suite après l'annonce du maire a surpris.",
    ),
    "social.poll-vote": (
        "Je vote",
        "1 482 parents ont déjà répondu à notre enquête de 2023, selon la mairie.",
    ),
    "nav.map-link": (
        "Voir sur la carte interactive",
        "Voir sur la carte les digues rehaussées est instructif.",
    ),
    "recirc.reread-ours": (
        "Pour en savoir plus sur son parcours, relisez notre portrait publié en 2023.",
        "Pour en savoir plus sur son parcours, elle a relu ses carnets.",
    ),
    "appeal.send-tu": (
        "Tu as une info ou une photo sur ta commune ? Envoie-la-nous via l'app.",
        "Tu as une info ? demande-t-il à son voisin, qui hausse les épaules.",
    ),
    "recirc.others": (
        "Les autres sorties de la semaine",
        "Les autres sorties de la semaine ont attiré moins de spectateurs.",
    ),
    "recirc.nearby": (
        "Randonnées à proximité",
        "Les randonnées à proximité du lac restent fermées.",
    ),
    "date.stamp-modified": (
        "Le 12/03/2026 à 08:03 Modifié le 12/03/2026 à 14:10",
        "Le 12/03/2026, la digue a été modifiée par arrêté préfectoral.",
    ),
    "date.published-updated": (
        "Publié le jeudi 12 mars 2026 - Mis à jour le 13 mars 2026",
        "Le rapport, publié le 12 mars, sera mis à jour en juin.",
    ),
    "social.share-newtab": (
        "Partagez sur Facebook (nouvel onglet)",
        "Les riverains partagent leurs photos sur un groupe Facebook.",
    ),
    "byline.initials-with": (
        "Par F.D. avec J.Ma.",
        "Par ailleurs, J.-M. Ferrand a démissionné.",
    ),
    "byline.newsroom": ("Rédaction Haut-Doubs", "Rédaction terminée, le texte part au vote."),
    "byline.text-photos": (
        "Texte : Anne Morel. Photos : Paul Girard.",
        "Texte : le projet de loi. Vote : mardi.",
    ),
    "newsletter.question": (
        "Envie d'évasion ? Recevez nos idées de sorties chaque jeudi.",
        "Envie d'évasion ? La commune mise sur ses sentiers.",
    ),
    "ad.mobile-money": (
        "Orange Money : payez vos factures sans vous déplacer.",
        "Orange Money : les frais de retrait baissent de moitié, annonce l'opérateur.",
    ),
    "nav.age-gate": (
        "Oui, j'ai plus de 18 ans",
        "Oui, j'ai plus de 18 ans d'ancienneté dans la maison, sourit-elle.",
    ),
    "ad.recruit": (
        "Vous recrutez ? Publiez votre offre en quelques clics.",
        "« Vous recrutez ? » demande l'animatrice aux chefs d'entreprise.",
    ),
    "nav.edition-links": ("Édition numérique", "L'édition numérique progresse de 12 %."),
    "ad.offer-price": (
        "Voir l'offre – à partir de 129 €",
        "Voir l'offre de la mairie, à 129 € le mètre carré.",
    ),
    "social.share-emoji": ("🔗 Partager", "Partager ce projet avec les habitants est essentiel."),
    "recirc.similar": ("Projets similaires", "Des projets similaires existent à Lyon."),
    "nav.page-controls": ("Diminuer le texte", "Diminuer le texte de loi prendra du temps."),
    "byline.whole-team": (
        "Par l'équipe de la rédaction",
        "Par l'équipe de nuit, le colis est arrivé.",
    ),
    "appeal.feedback": (
        "Ce test vous a-t-il été utile ?",
        "Ce test vous a-t-il été utile pour trouver un emploi, demande le recruteur.",
    ),
    "ad.deal-of-day": (
        "Bon plan du jour : -30 % sur les écouteurs",
        "Le bon plan du jour, selon le maire, reste le marché couvert.",
    ),
    "newsletter.receive.3": (
        "Recevez la newsletter Apogée chaque lundi",
        "Recevez-vous la visite du facteur chaque lundi ?",
    ),
    "byline.text-credits": (
        "Texte Camille Morel – Illustrations Noé Dartois",
        "Texte adopté – le Sénat vote mardi.",
    ),
    "source.publisher-note": (
        "Azimut Sciences est publié par les Éditions Boréalis, un organisme sans but lucratif.",
        "Le rapport est publié par la Cour des comptes chaque année.",
    ),
    "paywall.rest-of-text": (
        "La suite de cet article est réservée à nos abonnés.",
        "La suite de cet article de loi est contestée par l'opposition.",
    ),
    "recirc.read-also.3": ("Pour mémoire", "Pour mémoire, la digue avait cédé en 2016."),
    "recirc.heading-same": (
        "Dans le même numéro",
        "Dans le même numéro du bulletin, la mairie annonce la fermeture du pont.",
    ),
    "nav.load-more": (
        "Charger les posts précédents",
        "Charger les camions a pris toute la matinée aux bénévoles.",
    ),
    "tags.related-themes": (
        "Thèmes associés : Économie, Industrie, Emploi",
        "Les thèmes associés à la campagne restent l'emploi et le logement.",
    ),
    "social.share-list": (
        "Partagez : Facebook · WhatsApp · Mail",
        "Partagez-vous l'avis du maire sur ce projet ?",
    ),
    "comments.rate-widget": (
        "Cliquez sur une étoile pour noter ce film !",
        "Votre avis sur le film compte, a lancé la réalisatrice au public.",
    ),
    "ad.shop-button": (
        "Acheter cet album",
        "Acheter cet album en vinyle coûte désormais plus de 35 euros.",
    ),
    "nav.gallery-link": (
        "Regarder la bande-annonce (2 min 14 s)",
        "Regarder la bande-annonce ne suffit pas à comprendre le film.",
    ),
    "nav.search-box": (
        "Rechercher un album, un auteur...",
        "Rechercher un emploi prend en moyenne six mois, selon l'étude.",
    ),
    "byline.medical-review": (
        "Article relu par la Dre Nadia Morel, pédiatre",
        "Le dossier a été relu par la Dre Morel, qui conteste ses conclusions.",
    ),
    "nav.site-promo": (
        "Suivez l'évolution de la vigilance sur notre carte interactive",
        "Suivez l'évolution de la vigilance, conseille la préfecture aux habitants.",
    ),
    "paywall.unlimited-all": (
        "Accès illimité à tous nos articles, à partir de 4 900 FCFA par mois",
        "L'accès illimité à l'eau potable reste un défi pour la commune.",
    ),
    "source.who-we-are": (
        "Qui sommes-nous ? Notre rédaction couvre l'actualité du canton depuis 2019.",
        "« Qui sommes-nous pour juger ? », a lancé l'avocate à la cour.",
    ),
    "ad.anep": ("ANEP N° 2400567", "L'ANEP a publié 2 400 annonces en 2024."),
    "byline.initials-bracket": ("(L.S.)", "(1) Chiffres de l'Insee."),
    "ad.price-line": (
        "129 € chez Maison Lumen",
        "Le loyer atteint 129 € chez certains bailleurs de la rue.",
    ),
    "ad.buy-button": (
        "Acheter",
        "Acheter une maison au bord de la Sorne reste un pari.",
    ),
    "source.commission": (
        "Cette page contient des liens vers des boutiques partenaires.",
        "Les boutiques partenaires du marché de Noël ouvrent samedi.",
    ),
    "recirc.gallery-link": (
        "Galerie photos : la crue de la Sorne en 30 images",
        "La galerie d'art de Prés-Bas rouvre samedi.",
    ),
    "recirc.click-here": (
        "Retrouvez toutes les photos de la crue en cliquant ici",
        "En cliquant ici ou là, on ne trouve rien sur le chantier.",
    ),
    "social.liked-share": (
        "Vous avez aimé ce reportage ? Partagez-le à vos proches.",
        "Vous avez aimé la digue d'avant, disent les anciens du quartier.",
    ),
    "paywall.edition-abos": (
        "Retrouvez la carte des travaux dans l'édition abonnés.",
        "Les abonnés du club recevront le calendrier par courrier.",
    ),
    "date.edition-du-jour": (
        "Édition du jour : jeudi 12 mars 2026",
        "L'édition du jour de la foire a attiré 3 000 visiteurs.",
    ),
    "recirc.in-dossier": (
        "Dans ce dossier",
        "Dans ce dossier, le maire n'a pas tout dit aux riverains.",
    ),
    "recirc.replay-list": (
        "Nos JT en replay",
        "Le replay du conseil municipal a été vu 4 000 fois.",
    ),
    "nav.watch-newscast": (
        "Revoir le JT de 19 heures",
        "Revoir le journal de bord du chantier aide à comprendre le retard.",
    ),
    "nav.broadcast-on": (
        "Diffusé le jeudi 9 octobre 2025 dans le JT de 20h",
        "Le film sera diffusé le 9 octobre dans toute la région.",
    ),
    "newsletter.subscribe-free": (
        "S'abonner gratuitement",
        "S'abonner gratuitement au bus reste possible jusqu'en juin.",
    ),
    "appeal.read-to-end": (
        "Vous avez lu cet article jusqu'au bout. Merci.",
        "Les élus ont lu le rapport jusqu'au bout, assure le maire.",
    ),
    "appeal.funded-by": (
        "Notre journalisme est financé par ses lecteurs, sans publicité.",
        "Le chantier est financé par la région et par l'État.",
    ),
    "appeal.tax-gift": (
        "Tout don de 40 € ou plus donne droit à une réduction d'impôt.",
        "La réduction d'impôt pour travaux a été prolongée d'un an.",
    ),
    "appeal.iban": (
        "IBAN : BE12 3456 7890 1234",
        "Le club a changé de banque en 2024.",
    ),
    "nav.quick-access": (
        "Accès rapide : signaler un problème de voirie",
        "L'accès rapide au chantier est réservé aux secours.",
    ),
    "ad.sponsored-content": (
        "Contenu sponsorisé - Isolez votre maison avant l'hiver",
        "Le contenu du rapport sera rendu public en juin.",
    ),
    "byline.correspondent-role": (
        "Jeanne Morel, correspondante à Prés-Bas",
        "Jeanne Morel, correspondante de longue date, a quitté le journal en mai.",
    ),
    "recirc.replay-live": (
        "Notre direct de la soirée électorale à revivre",
        "Le direct de la soirée a réuni 40 000 téléspectateurs.",
    ),
    "nav.language.article": (
        "Lire cet article en néerlandais",
        "Lire cet article en néerlandais demande un bon dictionnaire, plaisante-t-il.",
    ),
    "recirc.media-duration": (
        "Regardez le reportage de Télé Sorne (2:38)",
        "Regardez bien : la digue a cédé à 14 h 38.",
    ),
    "recirc.in-video": (
        "Notre test en vidéo",
        "Notre test en vidéo a duré trois semaines.",
    ),
    "cookie.activate-embed": (
        "Activez les cookies de contenu externe pour afficher cette carte.",
        "Les cookies activés par le navigateur restent stockés un an.",
    ),
    "appeal.crowdfunding": (
        "Soutenez le Journal de la Sorne sur Tipeee",
        "Le club a lancé une cagnotte sur une plateforme de financement participatif.",
    ),
    "paywall.unlimited-access": (
        "Pour un accès illimité à nos enquêtes, découvrez nos offres.",
        "Les abonnés ont désormais un accès illimité au musée.",
    ),
    "recirc.more-in": (
        "Plus d'articles dans Société",
        "Plus d'articles scientifiques sont publiés chaque année.",
    ),
    "agency.outlet-slash": (
        "(Belga/Le Journal de la Sorne)",
        "Belga et la rédaction ont confirmé la nouvelle.",
    ),
    "live.refresh-page": (
        "Rafraîchissez la page pour suivre les résultats en direct.",
        "La page du club n'a pas été mise à jour depuis mars.",
    ),
    "social.whatsapp-receive": (
        "Le Journal de la Sorne sur WhatsApp : recevez les alertes crues",
        "Les habitants ont reçu l'alerte sur WhatsApp mardi.",
    ),
    "recirc.in-print-find": (
        "Les résultats complets sont à retrouver dans notre édition de samedi.",
        "Le registre est à retrouver aux archives départementales.",
    ),
    "nav.interactive": (
        "Carte interactive : cliquez sur votre commune pour voir les travaux",
        "Une carte des travaux a été affichée en mairie.",
    ),
    "recirc.all-results": (
        "Tous les résultats des élections municipales de la Sorne",
        "Les résultats des élections seront proclamés dimanche soir.",
    ),
    "recirc.assoc-heading": (
        "Tests associés",
        "Des tests associés à la vaccination ont été menés.",
    ),
}


def test_every_shipped_rule_has_examples() -> None:
    ids = {rule.id for rule in Rules.default()}
    assert ids == set(EXAMPLES), (
        f"missing: {sorted(ids - set(EXAMPLES))}, unknown: {sorted(set(EXAMPLES) - ids)}"
    )


@pytest.mark.parametrize("rule_id", sorted(EXAMPLES))
def test_rule_matches_its_positive_and_not_its_negative(rule_id: str) -> None:
    rule = next(rule for rule in Rules.default() if rule.id == rule_id)
    positive, negative = EXAMPLES[rule_id]
    assert rule.matches(positive), f"{rule_id} should match {positive!r}"
    assert not rule.matches(negative), f"{rule_id} should not match {negative!r}"


@pytest.mark.slow
@pytest.mark.parametrize("rule_id", sorted(EXAMPLES))
def test_rules_match_typographic_text_too(rule_id: str) -> None:
    # clean() feeds normalized text: curly apostrophes and no-break spaces before : ; ? !
    rule = next(rule for rule in Rules.default() if rule.id == rule_id)
    positive = EXAMPLES[rule_id][0].replace("'", "’")
    for mark in ":;?!":
        positive = positive.replace(f" {mark}", f"\u202f{mark}")
    assert rule.matches(positive)


HOSTILE_UNITS = [
    "a > ",
    "a/",
    "/ ",
    "a / ",
    "a | ",
    " - ",
    "a ",
    ". ",
    ": ",
    "a, ",
    "(a) ",
    "@a ",
    "© ",
    "x",
    " ",
    "1/",
    "1 ",
    "a » ",
    "- a ",
    "par a ",
    "avec afp ",
    "afp / ",
    "photo ",
    "a - b / c ",
    "www.a.fr ",
    "lire aussi ",
    "m. ",
    # aimed at the patterns widened for other outlets: bylines run into dates, credits after
    # a sentence, spaced breadcrumbs, media widgets
    "par a publie le 1",
    "a, publie le ",
    "photo afp ",
    "a. photo belga ",
    "(a/",
    "accueil / a ",
    "a | ",
    "chaque matin, ",
    "suivez a sur x ",
    "ce contenu ",
    "1/",
    "a, la presse ",
    "- publicite -",
    "lire la suite ",
]


def search_time(rule_pattern: str, text: str) -> float:
    from feuillet.boilerplate.index import compile_pattern as _compile

    pattern = _compile(rule_pattern)
    return best_time(lambda: [pattern.search(text) for _ in range(10)])


@pytest.mark.slow
@pytest.mark.parametrize("rule_id", sorted(EXAMPLES))
def test_rule_pattern_is_linear_on_hostile_lines(rule_id: str) -> None:
    # Rules only run on lines of at most 2,000 characters; within that, no backtracking blow-up.
    rule = next(rule for rule in Rules.default() if rule.id == rule_id)
    for unit in HOSTILE_UNITS:
        small = (unit * (200 // len(unit) + 1))[:200]
        large = (unit * (2000 // len(unit) + 1))[:2000]
        ratio = search_time(rule.pattern, large) / max(search_time(rule.pattern, small), 1e-3)
        assert ratio < 25, (rule_id, unit)


@pytest.mark.parametrize(
    "defines",
    [
        ["define AGENCY = (?:afp|reuters)", "define CREDIT = (?:photo|source) {AGENCY}"],
        ["define CREDIT = (?:photo|source) {AGENCY}", "define AGENCY = (?:afp|reuters)"],
    ],
)
def test_defines_may_use_each_other_in_any_order(defines: list[str]) -> None:
    rules = Rules.from_text("\n".join([*defines, "my.credit credit footer strong 5 - ^{CREDIT}$"]))
    assert rules.rules[0].pattern == "^(?:photo|source) (?:afp|reuters)$"


def test_defines_in_a_cycle_are_an_error() -> None:
    text = "define A = x{B}\ndefine B = y{A}\nmy.rule credit footer strong 5 - ^{A}$"
    with pytest.raises(RulesError, match="cycle"):
        Rules.from_text(text)


def test_keep_rules_keep_their_prefilter() -> None:
    # Every line is asked whether a keep rule protects it. The anchored keep rules are
    # tried at the line's start only; the others must need strings most lines lack, else
    # each line runs their alternation along its whole length.
    index = Rules.default()._index
    assert index.keep_anchored is not None
    assert index.keep_loose_needs is not None
    assert " le " not in index.keep_loose_needs
    assert " du " not in index.keep_loose_needs
