"""The invented labelled pages of ``benchmarks/data`` (issue #13, fourth to eleventh rounds).

Each set holds 16 pages of invented outlets, written by people who had not read the rules,
in a trafilatura and a simple-scraper text. No body line of them may be removed, except
the known losses listed below (each with its reason; the test fails when one is fixed, so
the list shrinks), and boilerplate F1 may not fall below the set's floor: a ratchet set a
little under the figure measured when the set was added (docs/boilerplate.md).

Scoring every set takes several seconds, so this file belongs to the slow layer
(``pytest -m slow``, run by ``.ci/run``); the plain ``pytest`` keeps the shared files' checks.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feuillet import split_boilerplate

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
SETS = sorted(DATA.glob("invented-pages-*.jsonl"))
F1_FLOOR = {
    "a": 0.97,
    "b": 0.95,
    "c": 0.97,
    "d": 0.96,
    "e": 0.95,
    "f": 0.96,
    "g": 0.93,
    "h": 0.92,
    "i": 0.96,
    "j": 0.96,
    "k": 0.95,
    "l": 0.93,
    "m": 0.96,
    "n": 0.93,
    "o": 0.95,
    "p": 0.93,
    "q": 0.97,
    "r": 0.95,
    "s": 0.97,
    "t": 0.95,
    "u": 0.95,
    "v": 0.97,
    "w": 0.96,
    "x": 0.95,
    "y": 0.93,
    "z": 0.94,
    "a1": 0.97,
    "a2": 0.93,
    "a3": 0.95,
    "a4": 0.94,
    "a5": 0.95,
    "a6": 0.95,
    "a7": 0.96,
    "a8": 0.93,
    "a9": 0.95,
    "a10": 0.95,
    "b1": 0.96,
    "b2": 0.96,
    "b3": 0.97,
    "b4": 0.945,
    "b5": 0.96,
    "b6": 0.97,
    "b7": 0.935,
    "b8": 0.95,
    "b9": 0.955,
    "b10": 0.965,
    "b11": 0.955,
    "b12": 0.97,
    "b13": 0.945,
    "b14": 0.955,
    "b15": 0.96,
    "b16": 0.96,
    "b17": 0.96,
    "b18": 0.96,
    "b19": 0.95,
    "b20": 0.95,
    "b21": 0.965,
    "b22": 0.95,
    "b23": 0.935,
    "b24": 0.94,
    "b25": 0.97,
    "b26": 0.955,
    "b27": 0.96,
    "b28": 0.965,
    "b29": 0.965,
    "b30": 0.94,
    "b31": 0.955,
    "b32": 0.935,
    "b33": 0.975,
    "b34": 0.955,
    "b35": 0.97,
    "b36": 0.955,
    "b37": 0.97,
    "b38": 0.98,
    "b39": 0.98,
    "b40": 0.97,
    "b41": 0.945,
    "b42": 0.955,
    "b43": 0.95,
    "b44": 0.97,
    "b45": 0.985,
    "b46": 0.97,
    "b47": 0.97,
    "b48": 0.955,
    "b49": 0.96,
    "b50": 0.945,
    "b51": 0.975,
    "b52": 0.965,
    "b53": 0.935,
    "b54": 0.92,
    "b55": 0.955,
    "b56": 0.955,
    "b57": 0.98,
    "b58": 0.94,
    "b59": 0.94,
    "b60": 0.975,
    "b61": 0.965,
    "b62": 0.97,
    "b63": 0.96,
    "b64": 0.92,
    "b65": 0.965,
    "b66": 0.965,
    "b67": 0.96,
    "b68": 0.97,
    "b69": 0.96,
    "b70": 0.975,
    "b71": 0.955,
    "b72": 0.955,
    "b73": 0.975,
    "b74": 0.945,
    "b75": 0.94,
    "b76": 0.945,
    "b77": 0.96,
    "b78": 0.975,
    "b79": 0.94,
    "b80": 0.965,
    "b81": 0.975,
    "b82": 0.97,
    "b83": 0.965,
    "b84": 0.98,
    "b85": 0.965,
    "b86": 0.97,
    "b87": 0.955,
    "b88": 0.98,
    "b89": 0.97,
    "b90": 0.955,
    "b91": 0.925,
    "b92": 0.96,
    "b93": 0.97,
    "b94": 0.96,
    "b95": 0.95,
    "b96": 0.93,
    "b97": 0.97,
    "b98": 0.965,
    "b99": 0.965,
    "b100": 0.945,
    "b101": 0.97,
    "b102": 0.95,
    "b103": 0.96,
    "b104": 0.955,
    "b105": 0.95,
    "b106": 0.96,
    "b107": 0.955,
    "b108": 0.925,
    "b109": 0.94,
    "b110": 0.97,
    "b111": 0.92,
    "b112": 0.96,
    "b113": 0.95,
    "b114": 0.96,
    "b115": 0.94,
    "b116": 0.935,
    # Twelfth round (b117-b120, scored before they were read).
    "b117": 0.96,
    "b118": 0.96,
    "b119": 0.905,
    "b120": 0.955,
    "b121": 0.975,
    "b122": 0.975,
    "b123": 0.86,  # magazines' pages: bios, teasers and price boxes in new wordings
    "b124": 0.96,
    "b125": 0.93,
    "b126": 0.87,  # magazines' pages again: price boxes, polls, teasers as sentences
    "b127": 0.91,
    "b128": 0.93,
    "b129": 0.94,
    "b130": 0.815,  # magazines a third time: polls, price boxes, bios as sentences
    "b131": 0.95,
    "b132": 0.95,
    "b133": 0.93,
    "b134": 0.93,
    "b135": 0.94,
    "b136": 0.91,
    "b137": 0.965,
    "b138": 0.875,  # magazines: readers' ratings, verdict boxes labelled footer
    "b139": 0.965,
    "b140": 0.94,
    "b141": 0.93,
    "b142": 0.905,
    "b143": 0.98,
    "b144": 0.975,
    "b145": 0.96,
    "b146": 0.885,  # magazines: verdict boxes and sub-ratings labelled footer
    "b147": 0.965,
    "b148": 0.97,
    "b149": 0.855,  # magazines: rating and verdict boxes labelled footer (elsewhere body)
    "b150": 0.965,
    "b151": 0.975,
    "b152": 0.94,
    "b153": 0.91,
    "b154": 0.775,  # magazines: verdict boxes, sub-ratings and teasers as sentences, footer
    "b155": 0.97,
    "b156": 0.915,
    "b157": 0.935,
    "b158": 0.835,  # magazines: verdict boxes, sub-ratings, shopping boxes, footer
    "b159": 0.975,
    "b160": 0.92,
    "b161": 0.955,
    "b162": 0.79,  # magazines: verdict and score boxes after the conclusion, footer
    "b163": 0.975,
    "b164": 0.915,
    "b165": 0.935,
    "b166": 0.935,
    "b167": 0.97,
    "b168": 0.92,
    "b169": 0.90,
    "b170": 0.915,  # magazines: shopping boxes and author boxes at the end, footer
    "b171": 0.97,
    "b172": 0.90,  # a live's times labelled inline (elsewhere body)
    "b173": 0.95,
    "b174": 0.865,  # magazines: "Sources", shopping and author boxes footer (elsewhere body)
    "b175": 0.95,
    "b176": 0.90,  # letters' signatures labelled inline (elsewhere body)
    "b177": 0.92,
    "b178": 0.905,  # magazines: funding notes labelled body, shopping boxes footer
    "b179": 0.96,
    "b180": 0.865,  # a live's times and signatures inline, a fact-check's sources footer
    "b181": 0.89,  # a live's times labelled inline (elsewhere body)
    "b182": 0.92,
    "b183": 0.955,
    "b184": 0.925,
    "b185": 0.955,
    "b186": 0.945,  # magazines: a funding note and a review's sub-ratings labelled body
    "b187": 0.98,
    "b188": 0.93,
    "b189": 0.95,
    "b190": 0.915,  # magazines: ratings, product boxes and review-copy notes labelled boilerplate
    "b191": 0.955,
    "b192": 0.94,
    # The eighth group (sixteenth round), scored before reading with the round's start code:
    # 0.960, 0.950, 0.973, 0.948.
    "b197": 0.96,
    "b198": 0.965,
    "b199": 0.97,
    "b200": 0.965,
    # The ninth group, scored before reading with the round's code 29b9832: 0.973, 0.955,
    # 0.986, 0.945.
    "b201": 0.965,
    "b202": 0.96,
    "b203": 0.985,
    "b204": 0.95,
    # The tenth group, scored before reading with the round's code 9cf741e: 0.958, 0.930,
    # 0.973, 0.941.
    "b205": 0.955,
    "b206": 0.935,
    "b207": 0.97,
    "b208": 0.94,
    # The eleventh group (three sets: the fourth helper did not finish), scored before
    # reading with the round's final code (8f582b9; b209 with c467070): 0.978, 0.936, 0.975.
    "b209": 0.97,
    "b210": 0.93,
    "b212": 0.97,
}
# Body lines still removed, and why: the headline and subheadings of a classifieds page
# are menu words ("Petites annonces", "Immobilier"); a match sheet's referee line, which
# issue #13 counts as boilerplate on other outlets' pages and set k's writer as body.
KNOWN_LOSSES = {
    "eveil-du-mungo--1--traf:9": "a letter's closing signature line, taken for a title",
    "eveil-du-mungo--1--simple:19": "a letter's closing signature line, taken for a title",
    "le-pti-gratuit-du-vexin--5--traf:0": "classifieds headline is a menu word",
    "le-pti-gratuit-du-vexin--5--traf:3": "classifieds subheading is a menu word",
    "le-pti-gratuit-du-vexin--5--simple:7": "classifieds headline is a menu word",
    "le-pti-gratuit-du-vexin--5--simple:10": "classifieds subheading is a menu word",
    "kadiogo-infos--1--traf:23": "a statement's closing signature line, taken for a title",
    "estafette-lorraine--1--traf:1": "a rubric name as headline ('Nécrologie'), a kicker",
    "estafette-lorraine--1--simple:15": "a rubric name as headline ('Nécrologie'), a kicker",
    "quotidien-de-port-louis--1--traf:0": "a rubric name as headline ('Éditorial'), a kicker",
    "quotidien-de-port-louis--1--simple:7": "a rubric name as headline ('Éditorial'), a kicker",
    "estafette-lorraine--1--traf:7": "a short closing sentence, taken for a title",
    "courrier-ambohimena--1--simple:12": "a one-word headline under the menu ('Délestages')",
    "kaloum-hebdo--1--traf:15": "a short closing sentence, taken for a title",
    "tele-bray-lanvaux--1--traf:0": "a programme's name as headline ('Journal télévisé')",
    "tele-bray-lanvaux--1--simple:11": "a programme's name as headline ('Journal télévisé')",
    "kivu-reporter--1--traf:22": "a funding note (set c: body; sets b5 and b7: footer)",
    "kivu-reporter--1--simple:28": "a funding note (set c: body; sets b5 and b7: footer)",
    "b7-radio-val-leman--1--traf:7": "a rubric name as a press review's subheading ('À la une')",
    "b7-radio-val-leman--1--simple:14": "a rubric name as a press review's subheading ('À la une')",
    "b7-teranga-matin--1--traf:5": "a rubric name as a press review's subheading ('Économie')",
    "b7-teranga-matin--1--simple:18": "a rubric name as a press review's subheading ('Économie')",
    "b7-raquette-hebdo--1--simple:21": "a team's name over a box score the scraper dropped",
    "b7-raquette-hebdo--1--simple:22": "a team's name over a box score the scraper dropped",
    "b14-hebdo-val-daurette--1--traf:18": "a reader's signature (set b11: boilerplate)",
    "b14-hebdo-val-daurette--1--simple:30": "a reader's signature (set b11: boilerplate)",
    "b22-radio-vexin-ondes--1--traf:19": "production credits (set b14: footer)",
    "b22-radio-vexin-ondes--1--simple:31": "production credits (set b14: footer)",
    "b22-hebdo-du-vallon--1--traf:3": "a letters page's note, an opinion disclaimer",
    "b22-hebdo-du-vallon--1--simple:15": "a letters page's note, an opinion disclaimer",
    "b22-hebdo-du-vallon--1--traf:17": "'Écrivez-nous : …' closing a letters page",
    "b22-hebdo-du-vallon--1--simple:29": "'Écrivez-nous : …' closing a letters page",
    "b23-veilleur-bounara--1--simple:19": "a place alone under the standfirst, a rubric",
    "b23-papilles-mag--1--simple:23": "an ingredient in lower case, a label",
    "b24-fanal-saguenay--1--traf:1": "a live blog's headline led by 'EN DIRECT |', a menu row",
    "b24-fanal-saguenay--1--simple:9": "a live blog's headline led by 'EN DIRECT |', a menu row",
    "b3-lien-des-tilleuls--1--simple:9": "a rubric name as headline ('L'édito'), a menu entry",
    "b28-radio-lac-jura--1--traf:12": "production credits (set b14: footer)",
    "b28-radio-lac-jura--1--simple:19": "production credits (set b14: footer)",
    "petit-tregorrois--1--traf:15": "'Vous organisez un événement ?' (sets b10-b27: footer)",
    "petit-tregorrois--1--simple:22": "'Vous organisez un événement ?' (sets b10-b27: footer)",
    "b30-cap-sud-tv--1--traf:7": "a report's credit line above its transcription",
    "b30-cap-sud-tv--1--simple:18": "a report's credit line above its transcription",
    "b32-echo-haut-verdier--1--traf:4": "classifieds subheading is a menu word",
    "b32-echo-haut-verdier--1--traf:8": "classifieds subheading is a menu word",
    "b32-echo-haut-verdier--1--simple:17": "classifieds subheading is a menu word",
    "b32-echo-haut-verdier--1--simple:21": "classifieds subheading is a menu word",
    "b35-lineaires-enseignes--10--traf:5": "a company's name over an appointment, a menu entry",
    "b35-lineaires-enseignes--10--traf:6": "a name over an appointment, a menu entry",
    "b35-lineaires-enseignes--10--simple:13": "a company's name over an appointment, a menu entry",
    "b35-lineaires-enseignes--10--simple:14": "a name over an appointment, a menu entry",
    "b36-echo-petrusse--1--traf:6": "an award's category named like a rubric ('Cuisine')",
    "b36-echo-petrusse--1--simple:12": "an award's category named like a rubric ('Cuisine')",
    "b40-le-cartable--1--traf:17": "a line of body run into an opinion disclaimer",
    "b40-le-cartable--1--simple:22": "a line of body run into an opinion disclaimer",
}
# Eighth round (sets b45-b60): an embedded post's signature (set b47: body; other writers
# and the shared dev file: inline), rubric names as headlines, a table's heading whose
# table the simple scraper dropped (b80; b50's, under the article, stays since the
# sixteenth round).
KNOWN_LOSSES.update(
    {
        "b47-sabar-mag--1--traf:9": "an embedded post's signature (other writers: inline)",
        "b47-sabar-mag--1--simple:18": "an embedded post's signature (other writers: inline)",
        "b50-zapette-magazine--1--traf:0": "a rubric name as headline ('Programme TV')",
        "b50-zapette-magazine--1--simple:15": "a rubric name as headline ('Programme TV')",
        "b51-sillon-de-l-ouest--1--simple:10": "a rubric name as headline, also in the menu",
        "b52-tana-soir-express--1--traf:0": "a rubric name as headline ('Faits divers')",
        "b52-tana-soir-express--1--simple:10": "a rubric name as headline ('Faits divers')",
        "b55-astrolabe-magazine--1--simple:7": "a rubric name as headline, also in the menu",
        "b59-kamer-foot-direct--5--traf:4": "a live entry's label above its first minute marker",
        "b59-kamer-foot-direct--5--simple:11": "a live entry's label above its first minute",
        "b63-voix-bassin-minier--1--traf:23": "a live's first entry ending with a call for photos",
        "b63-voix-bassin-minier--1--simple:34": "a live's first entry ending with a photo call",
        "b66-mwezi-hebdo-b66--1--traf:1": "a rubric name as headline ('L'invité de la semaine')",
        "b66-mwezi-hebdo-b66--1--simple:3": "a rubric name as headline, also in the breadcrumb",
        "b74-gazette-mont-levant-b74--1--simple:23": "a closing quote the scraper gave twice",
        "b74-radio-lagune-plus-b74--1--simple:10": "a programme's name as headline",
        "b80-terre-argonelle-b80--10--simple:30": "a table's heading, the table dropped",
        "b81-fil-independant-b81--1--traf:3": "a tribune's publication note (writer: body)",
        "b81-fil-independant-b81--1--simple:9": "a tribune's publication note (writer: body)",
        "b83-gazette-du-causse-b83--1--simple:9": "a rubric name as headline ('Éditorial')",
        "b84-observateur-deux-rives-b84--1--simple:1": "a rubric name as headline",
    }
)
# (Set b50's exhibitions listed under a newsletter box, labelled body, are kept since the
# sixteenth round: past a paragraph in the article's words, shapes alone no longer move
# the footer's edge.)
# (Set b26's fact-check sources under "Nos sources :", labelled body, are kept since the
# fourteenth round: a list of sources under its heading is the article's.)
# Tenth round (sets b89-b100): a rubric name as headline ("Bloc-notes", "Tribune libre",
# "Grand Entretien": menu words, see set b49), and a fundraising's tax note under the
# article's "Comment participer" (the outlets' own appeals say the same); a table's
# heading when the simple scraper dropped the table.
KNOWN_LOSSES.update(
    {
        "b90-sentinelle-levant-b90--1--simple:9": "a rubric name as headline ('Bloc-notes')",
        "b92-echo-alzette-b92--1--traf:0": "a rubric name as headline ('Tribune libre')",
        "b92-echo-alzette-b92--1--simple:9": "a rubric name as headline ('Tribune libre')",
        "b94-sahel-ondes-fm-b94--1--traf:0": "a rubric name as headline ('Grand Entretien')",
        "b94-sahel-ondes-fm-b94--1--simple:9": "a rubric name as headline ('Grand Entretien')",
        "b93-semaine-freval-b93--1--traf:11": "a fundraising's tax note (an appeal's words)",
        "b93-semaine-freval-b93--1--simple:20": "a fundraising's tax note (an appeal's words)",
        "b98-horizon-sud-est-b98--15--traf:1": "a rubric name as headline ('Courrier des …')",
        "b98-horizon-sud-est-b98--15--simple:8": "a rubric name as headline ('Courrier des …')",
        "b99-pixel-volt-b99--1--simple:36": "a table's heading, the table dropped by the scraper",
    }
)
# Match and race sheets under a "Fiche technique" heading or a related-links block (sets t, j,
# b7, b11, b22, b37 and b62; issue #13 lists match data sheets as boilerplate). Since the
# fifteenth round a sheet's referee, bookings and crowd lines stay the article's, and a
# race sheet's figures ("Distance : 187,4 km"): only b11's next-race line is still lost.
KNOWN_LOSSES.update(
    {
        f"{page}--{variant}:{line}": "match sheet line (boilerplate in issue #13)"
        for page, variant, first, count in (
            ("b11-braquet-bidon--1", "traf", 29, 1),
            ("b11-braquet-bidon--1", "simple", 28, 1),
            ("b37-le-soleil-du-sine--1", "traf", 10, 4),
            ("b37-le-soleil-du-sine--1", "simple", 19, 4),
            ("b62-le-lagunaire--7", "traf", 10, 4),
            ("b62-le-lagunaire--7", "simple", 21, 4),
        )
        for line in range(first, first + count)
    }
)
KNOWN_LOSSES.update(
    {
        # (A ranking's or a results table's heading left alone at the end when the simple
        # scraper dropped the table, set b101, stays since the sixteenth round.)
        # A restaurant's address and menu price, two sentences, under the recipe's steps.
        "b116-zellige-magazine-b116--10--simple:34": "a restaurant's address, two sentences",
        "b111-sentiers-horizons-b111--6--traf:20": "a sponsorship note (b111: body)",
        "b111-sentiers-horizons-b111--6--simple:24": "a sponsorship note (b111: body)",
        # The source line of a results table the simple scraper dropped: it reads as a
        # caption between two paragraphs.
        "b83-voix-haut-saint-aubert-b83--1--simple:20": "a dropped table's source line",
        # A critic's stars alone on their line (other writers: a rating widget, header).
        "b101-rivage-culture-b101--4--traf:1": "a rating in stars alone",
        "b101-rivage-culture-b101--4--simple:4": "a rating in stars alone",
        # A photo gallery whose captions set b103's writer labelled body (the guideline:
        # captions are boilerplate).
        "b103-phare-anse-b103--4--traf:30": "a gallery's caption labelled body",
    }
)
KNOWN_LOSSES.update(
    {
        f"b103-phare-anse-b103--4--simple:{line}": "a gallery's caption labelled body"
        for line in (17, 18, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29)
    }
)

# A radio's frequency and hours closing an article about that radio's return on air (b118;
# on other pages the same line is the station's furniture).
KNOWN_LOSSES["b118-gazette-cap-b118--13--traf:15"] = "a station's frequency, the article's"

# (b126's results heading left by the simple scraper stays since the sixteenth round: a
# standings heading under the article. b127's emergency numbers under "Numéros utiles …
# :" stay since the fifteenth round: items a sentence announces.)

# Labelling conflicts of b136 (met with the round's final rules): a fact-check's verdict
# badge and a live's closing line labelled body (b120's writer: header and footer), and a
# place line under the headline labelled body (the guideline: a dateline on its own line
# is header).
KNOWN_LOSSES.update(
    {
        "b136-estuaire-verificateur-b136--11--traf:2": "a verdict badge labelled body",
        "b136-estuaire-verificateur-b136--11--simple:5": "a verdict badge labelled body",
        "b136-horizon-austral-b136--5--traf:24": "a live's closing line labelled body",
        "b136-horizon-austral-b136--5--simple:35": "a live's closing line labelled body",
        "b136-terres-rivieres-b136--6--traf:5": "a place line under the headline, body",
        "b136-terres-rivieres-b136--6--simple:7": "a place line under the headline, body",
    }
)

# b147's writer labels the first of two copies of the headline body and the one under the
# byline header; the split keeps the copy above the first paragraph (the text is whole).
KNOWN_LOSSES["b147-tana-flash-info-b147--13--simple:10"] = "the headline's other copy kept"

# b160's writer labels a live's closing line body, as b136's did (b120's: footer).
KNOWN_LOSSES.update(
    {
        "b160-echo-estuaire-crue-direct-b160--1--traf:32": "a live's closing line, body",
        "b160-echo-estuaire-crue-direct-b160--1--simple:44": "a live's closing line, body",
    }
)

# The last group's losses when met with the round's final code, read after: a closing
# sentence the scraper left without its full stop, a fact-check's verdict line and a
# live's title under the menu labelled body (b120's writer: header).
KNOWN_LOSSES.update(
    {
        "b163-haiti-boussole-b163--16--traf:15": "a closing sentence without its stop",
        "b164-fenua-direct-vaa-direct-b164--14--simple:9": "a live's title under the menu",
    }
)

# The fourteenth round's first group (b165-b168), read after scoring: a match's score
# under the headline labelled body (b121's writer: header); a live's headline led by
# "DIRECT." under a score widget the header scan stopped at; an embedded post set right
# under the paragraph quoting it, a pull quote's shape, labelled body.
KNOWN_LOSSES.update(
    {
        "b165-gascogne-quotidienne-b165--10--traf:3": "a score under the headline, body",
        "b165-gascogne-quotidienne-b165--10--simple:11": "a score under the headline, body",
        "b168-tribune-fes-b168--11--traf:4": "a live's headline under a score widget",
        "b168-le-filtre-b168--12--simple:11": "an embedded post under its paragraph",
    }
)

# The second group (b169-b172), read after scoring: the headings of a results table and
# of the standings whose rows the simple scraper dropped, labelled body (b166's writer
# labels such standings footer); a reporting trip's funding note labelled body (62 such
# lines of the labelled files are boilerplate, 6 body).
KNOWN_LOSSES.update(
    {
        "b169-eclaireur-val-b169--3--simple:22": "a table's heading without its rows",
        "b169-eclaireur-val-b169--3--simple:23": "a table's heading without its rows",
        "b170-escales-du-sud-b170--7--traf:19": "a funding note labelled body",
        "b170-escales-du-sud-b170--7--simple:34": "a funding note labelled body",
    }
)
# (The third group's standings heading in capitals, b176, whose rows the simple scraper
# dropped, stays since the sixteenth round.)
# The fourth group (b177-b180), read after scoring: reporting trips' funding notes and a
# game test's review-copy note labelled body (most of the labelled files' such lines are
# boilerplate); a match sheet's bookings line labelled body (issue #13: boilerplate).
KNOWN_LOSSES.update(
    {
        "b178-manette-libre-b178--5--traf:4": "a review-copy note labelled body",
        "b178-routes-d-ocre-b178--8--traf:25": "a funding note labelled body",
        "b178-routes-d-ocre-b178--8--simple:34": "a funding note labelled body",
        "b178-fanilo-magazine-b178--16--traf:18": "a funding note labelled body",
        "b178-fanilo-magazine-b178--16--simple:27": "a funding note labelled body",
    }
)
# The fifth group (b181-b184, met with the round's final code but its last two fixes),
# read after scoring: a show's and a worksite's practical line after the last paragraph
# with no heading above it ("Durée : …", "Contact chantier : …"); a fact-check's section
# heading under the header's furniture; funding notes and a referee line labelled body.
KNOWN_LOSSES.update(
    {
        "b181-le-lorgnon-b181--9--traf:17": "a practical line with no heading",
        "b184-saint-aubin-landes-b184--11--simple:31": "a practical line with no heading",
        "b184-estafette-charleroi-b184--2--simple:11": "a fact-check's section heading",
        "b184-veilleur-carthage-b184--9--traf:23": "a funding note labelled body",
        "b184-veilleur-carthage-b184--9--simple:40": "a funding note labelled body",
        "b183-haiti-boussole-b183--14--traf:13": "a production note labelled body",
        "b183-haiti-boussole-b183--14--simple:18": "a production note labelled body",
    }
)

# The sixth group (b185-b188, fifteenth round), read after scoring: a reporting trip's
# funding note labelled body (most such lines are boilerplate); a review's sub-ratings in
# stars under its rating ("Scénario ★★★★", read as a reader's stars); a gallery's caption
# with its credit run in, labelled body.
KNOWN_LOSSES.update(
    {
        "b186-carnets-ailleurs-b186--4--traf:22": "a funding note labelled body",
        "b186-carnets-ailleurs-b186--4--simple:30": "a funding note labelled body",
        "b186-bulles-cases-b186--16--simple:19": "a review's sub-rating in stars",
        "b186-bulles-cases-b186--16--simple:20": "a review's sub-rating in stars",
        "b188-tana-hebdo-images-b188--15--simple:7": "a gallery caption with its credit",
    }
)

# The ninth group (b201-b204, sixteenth round), read after scoring: a letters page's last
# signature ("Name, Town"), which the writer labels body and the guideline's final
# sign-off rule makes footer. (A standings heading whose table the scraper dropped, right
# under the article, stays since this round: see "Disputed cases" in docs/boilerplate.md;
# among related links or with "complet" it goes.)
KNOWN_LOSSES["b204-eclaireur-des-causses-b204--1--simple:31"] = "a letter's last signature"
# The tenth group (b205-b208, sixteenth round), read after scoring: a book excerpt's
# chapter numeral ("I") under the header's date; and, since this round's rules reach
# further, b158's one-line "Sources : …" under the article, labelled body (36 such lines of
# the labelled files are footer, 6 body).
KNOWN_LOSSES.update(
    {
        "b208-le-cabinet-de-lecture-b208--1--traf:3": "a book excerpt's chapter numeral",
        "b208-le-cabinet-de-lecture-b208--1--simple:13": "a book excerpt's chapter numeral",
        "b158-pouls-magazine-b158--6--traf:21": "a one-line 'Sources : …' labelled body",
        "b158-pouls-magazine-b158--6--simple:27": "a one-line 'Sources : …' labelled body",
    }
)


def _records(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.parametrize("path", SETS, ids=[path.stem for path in SETS])
def test_no_body_line_of_the_invented_pages_is_removed(path: Path) -> None:
    lost: list[str] = []
    known: list[str] = []
    tp = fp = fn = 0
    for record in _records(path):
        text, labels = str(record["text"]), record["labels"]
        assert isinstance(labels, list)
        assert len(labels) == len(text.split("\n")), record["id"]
        removed = {r.line for r in split_boilerplate(text).removed}
        for i, label in enumerate(labels):
            key = f"{record['id']}:{i}"
            if key in KNOWN_LOSSES:
                known.append(key)
            if label == "empty":
                continue
            boilerplate = label != "body"
            tp += boilerplate and i in removed
            fp += not boilerplate and i in removed
            fn += boilerplate and i not in removed
            if label == "body" and i in removed:
                lost.append(key)
    assert sorted(lost) == sorted(known)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= F1_FLOOR[path.stem.rsplit("-", 1)[-1]]


def test_the_invented_sets_are_there() -> None:
    assert len(SETS) >= 18
