"""Lines that are the article's by their structure, whatever their shape says.

A signatory list, a bulleted list under its own introduction, practical information under
its heading, the items of a numbered listicle, a table's source line, a spec sheet: each
looks like a list of links or a widget, and each is the article's; so do a book's
reference line, the details of a listicle's items ("Où : …") and a round's fixtures. The
zone scans (:mod:`feuillet.boilerplate.zones`) ask these before removing a line for its
shape. A paywall notice that cuts the article is here too: the line above it is the
article's last.

>>> from feuillet import Rules
>>> from feuillet.boilerplate.signals import Doc
>>> lines = ["Ont signé :", "- Association des riverains", "- Collectif Sorne vivante"]
>>> doc = Doc(lines, Rules.default())
>>> introduced_item(doc, 2)
True
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from .._data import read_data
from .._lazy import lazy_pattern
from .signals import Doc, short_title

if TYPE_CHECKING:
    from collections.abc import Callable

    from .rules import Rule

# A heading over a list: a title of at most this many words ("En chiffres", "Ce que
# prévoit la campagne intermédiaire").
_HEADING_WORDS = 6


def list_item_of_text(raw: str) -> bool:
    """An item of an enumeration written as running text: it ends with ";".

    French sets each item of a list in a sentence ("Nadia Benhamou, romancière ;") with a
    semicolon; no link list, menu or widget does.
    """
    return raw.endswith(";")


_BULLET_CHARS = frozenset("-•*·▪–")
_ITEM_BULLET = lazy_pattern(r"^\s*([-•*·▪–]) \S")
# The longest list whose introduction is looked for above one of its items.
_MAX_ITEMS = 60


def introduced_item(doc: Doc, i: int, *, depth: int = 0) -> bool:
    """Whether *i* is an item of a bulleted list that a line of the article introduces.

    The items above it share its bullet, and the line above the first one ends with ":"
    or is a short heading under a paragraph ("En chiffres") or under another such list
    (a review's "On aime" and "On aime moins"), and no rule knows it ("Ont signé :", not
    "Articles similaires :").
    """
    if doc.lines[i].lstrip()[:1] not in _BULLET_CHARS:
        return False  # (most lines: no pattern to compile or run)
    bullet = _ITEM_BULLET().match(doc.lines[i])
    if bullet is None:
        return False
    above = i - 1
    while above >= 0 and i - above <= _MAX_ITEMS:
        if not doc.blank(above):
            item = _ITEM_BULLET().match(doc.lines[above])
            if item is None or item[1] != bullet[1]:
                break
        above -= 1
    if above < 0 or i - above > _MAX_ITEMS:
        return False
    day = _DAY_TITLE().match(doc.folded(above)) is not None  # ("Jeudi 13 mars" over its events)
    if not day and (doc.rule(above, "footer") is not None or doc.junk(above) is not None):
        return False
    if doc.lines[above].rstrip().endswith(":"):
        return True
    # A short heading over the list ("En chiffres") right after a paragraph of the article.
    before = above - 1
    while before >= 0 and doc.blank(before):
        before -= 1
    if not short_title(doc.shape(above), _HEADING_WORDS) or before < 0:
        return False
    if doc.shape(before).solid:
        return doc.rule(before, "footer") is None
    if numbered_sequence(doc, before):
        return True  # under the article's ranking ("5. Esther N., 86 %", "Pour toute réclamation")
    if depth < _LISTS_IN_A_ROW and short_title(doc.shape(before), _HEADING_WORDS):
        # Two headings over the list ("Le programme", "Jeudi 13 mars"): the upper one
        # under a paragraph of the article or under the list of the day before.
        top = doc.previous_nonblank(before)
        if top is not None and doc.shape(top).solid and doc.rule(top, "footer") is None:
            return True
    return depth < _LISTS_IN_A_ROW and introduced_item(doc, before, depth=depth + 1)


_DAY_TITLE = lazy_pattern(
    r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(?:er)? [a-z]+\.?$"
)
# How many headed lists in a row a list may follow ("Points forts", "Points faibles", …).
_LISTS_IN_A_ROW = 8

_PRACTICAL_HEADING = lazy_pattern(
    r"^(?:les )?(?:(?:infos?|informations|renseignements) pratiques|numeros utiles|"
    r"adresses utiles|contacts utiles|ressources utiles|en pratique|pratique|bon a savoir|"
    r"a savoir|en chiffres|chiffres[- ]cles|reperes|extraits?|"
    r"(?:nos )?sources(?: consultees| et references)?|references|"
    r"y aller|s'y rendre|comment y aller)\s*:?$"
)
_PRACTICAL_HINT = lazy_pattern(
    r"(?i)pratique|utiles|savoir|chiffres|rep[eè]res|extrait|sources|r[ée]f[ée]rences|y aller"
    r"|y rendre"
)
# The heading of a portrait's box in an interview ("Bio express" over "Née le 3 mars 1998").
_BOX_HEADING = lazy_pattern(r"^(?:bio express|biographie express|fiche d.identite)\s*:?$")
_HEADING_CHARS = 60
# How far below its heading a line of practical information may stand.
_PRACTICAL_REACH = 8


_NAME = r"[A-ZÉÈÀÂÎÔÇ][a-zéèëàâêîïôöûüç'-]+(?:-[A-ZÉÈÀÂÎÔÇ][a-zéèëàâêîïôöûüç'-]+)?"
# A first name given by its initials: "Ch. Dufrasne", "J.-M. Perrin".
_INITIALS = r"(?!M\. )[A-ZÉ][a-z]?\.(?:-[A-ZÉ][a-z]?\.)?"
_FULL_NAME = rf"{_NAME}(?: (?:de |d'|van |von |le |la )?{_NAME}){{1,2}}"
# One signature, in title case or capitals: "Lucie Ferrand", "LUCIE FERRAND", "Lucie FERRAND",
# "Lucie F.".
_UPPER_NAME = r"[A-ZÉÈÀÂÎÔÇ][A-ZÉÈËÀÂÊÎÏÔÖÛÜÇ'-]+"
_SIGNATURE = (
    rf"(?:{_FULL_NAME}|{_NAME} {_UPPER_NAME}|{_NAME} [A-ZÉ]\.|{_INITIALS} {_NAME}"
    rf"|{_UPPER_NAME}(?: (?:DE |D'|LE |LA )?{_UPPER_NAME}){{1,2}})"
)
ONE_NAME = lazy_pattern(rf"^{_SIGNATURE}$")
# Two or three signatures: "Sophie Marchetti et Yannick Brun", "Sophie MARCHETTI & Yannick BRUN".
# Or a comma between two or three: "Léa Monnier, Pascal Rüfenacht".
NAMES = lazy_pattern(
    rf"^{_SIGNATURE}(?:(?:, {_SIGNATURE})?(?: et | & )|(?:, {_SIGNATURE})?, ){_SIGNATURE}$"
)


def letter_signature(doc: Doc, i: int) -> bool:
    """Whether *i* signs a reader's letter: a name, a comma and a place under a paragraph.

    ("Jean D., Lyon", "Famille Bonzon, Écublens-la-Forêt".) A letter's signature is the
    letter's; the article's author signs with a name alone, or "à" a place.
    """
    line = doc.lines[i].strip()
    if ", " not in line or _LETTER_SIGNATURE().match(line) is None:
        return False
    above = doc.previous_nonblank(i)
    if above is None or not doc.shape(above).solid:
        return False
    # Under a comments heading or form, the same signature closes a reader's comment.
    k: int | None = above
    for _ in range(_LETTER_REACH):
        k = doc.previous_nonblank(k) if k is not None else None
        if k is None:
            break
        rule = doc.rule(k, "footer")
        if rule is not None and rule.group in ("comments", "newsletter"):
            return False
    return True


_LETTER_REACH = 12
_LETTER_SIGNATURE = lazy_pattern(
    rf"^(?:Famille |M\. |Mme )?(?:{_NAME} {_NAME}(?:-{_NAME})?|{_NAME} [A-ZÉ]\.)"
    rf", {_NAME}(?:[- ](?:(?:sur|sous|en|la|le|les|de|du|des|lès|aux)[- ])?{_NAME}){{0,3}}$"
)


def sign_off(doc: Doc, i: int) -> bool:
    """Whether *i* is a name alone under a full sentence: the signature of the article."""
    if ONE_NAME().match(doc.lines[i].strip()) is None:
        return False
    above = i - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    return above >= 0 and doc.shape(above).solid


def box_heading(doc: Doc, i: int) -> bool:
    """Whether *i* heads an interviewee's box ("Bio express"), the article's own."""
    return len(doc.lines[i]) <= _HEADING_CHARS and _BOX_HEADING().match(doc.bare(i)) is not None


def in_practical_section(doc: Doc, i: int) -> bool:
    """Whether *i* is the heading "Les infos pratiques" (or "En chiffres", "Repères",
    "Extrait") or one of the lines below it.

    The article's practical information (addresses, prices, numbers) looks like a list of
    links or a teaser; under its heading, a few lines that no rule removes are the article's.
    """
    heads = doc.memo.get("practical")
    if heads is None:
        heads = doc.memo["practical"] = [
            j
            for j, line in enumerate(doc.lines)
            if len(line) <= _HEADING_CHARS
            and _PRACTICAL_HINT().search(line) is not None
            and _PRACTICAL_HEADING().match(doc.bare(j)) is not None
        ]
    if not heads:
        return False
    at = bisect_right(heads, i) - 1
    heading = heads[at] if at >= 0 and i - heads[at] < _PRACTICAL_REACH else None
    if heading is None:
        return False
    # (Rules are asked only now: most lines have no such heading above them.) The section
    # ends at the article's signature; a list of sources, at its first line that cites
    # nothing (a year, an address, a number or a bullet at its head).
    sources = _SOURCES_HEADING().match(doc.bare(heading)) is not None
    return all(
        doc.blank(j)
        or (
            doc.rule(j, "footer") is None
            and not sign_off(doc, j)
            and (not sources or _REFERENCE().search(doc.lines[j], 0, _HEADING_CHARS * 4))
        )
        for j in range(heading + 1, i + 1)
    )


_SOURCES_HEADING = lazy_pattern(r"^(?:nos )?sources|^references")
# A reference: a year, a web address, or a number or bullet leading the line.
_REFERENCE = lazy_pattern(
    r"\b(?:1[89]|20)\d\d\b|https?://|www\.|^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]|[-•*¹²³])"
)


_PRACTICAL = lazy_pattern(
    r"^(?:renseignements|infos?|informations|contact|tarifs?|horaires|lieu|adresse|"
    r"reservations?|billetterie|acces|prix|entree) ?: "
)
LABEL_VALUE = lazy_pattern(r"^(?:[-•*] )?[A-ZÉÈÀ][\w'’ -]{1,30} ?: \S")
# A rating closing a review ("Note : 8/10").
RATING = lazy_pattern(
    r"^(?:note|notre note|ma note|note (?:finale|globale|generale|de la redaction)|verdict|score|"
    r"(?:notre |mon )?appreciation|notre avis|notre verdict|"
    r"cote) ?: ?"
    r"(?:\d{1,3}(?:[.,]\d)? ?(?:/|sur) ?\d{1,3}|[★☆✩✭●○]{1,5}\s*$)"
)


_NUMBERED = lazy_pattern(r"^\s*(\d{1,2})[.)] \S")
# How far above a numbered title the title before it is looked for.
_NUMBERED_REACH = 60


def numbered_sequence(doc: Doc, i: int) -> bool:
    """Whether *i* goes on a numbered list of the article ("4. Un guichet …" under "3. …").

    A listicle's last items may look like a list of links: the item numbered one less,
    a few paragraphs above, says they are the article's; so does the item numbered one
    more, for a count down ("14. Enzo Marty" under "15. Tom Arribat" in a team sheet).
    """
    if not doc.lines[i].lstrip()[:1].isdigit():
        return False
    match = _NUMBERED().match(doc.lines[i])
    if match is None:
        return False
    number = int(match[1])
    neighbours = {str(number - 1), str(number + 1)} - {"0"}
    for j in range(i - 1, max(-1, i - _NUMBERED_REACH), -1):
        if doc.lines[j].lstrip()[:1].isdigit() and neighbours.intersection(
            _ITEM_NUMBER().findall(doc.lines[j], 0, _ITEM_LINE)
        ):
            return True
    return False


# An item's number at the start of a line or after a separator, for lines that hold
# several items ("14. Enzo Marty ; 13. Lucas Dufau"); only a line's head is read.
_ITEM_NUMBER = lazy_pattern(r"(?:^\s*|[;,] )(\d{1,2})[.)] \S")
_ITEM_LINE = 400
_RANKED = lazy_pattern(r"(?:: |[;,.] )(\d{1,2})[.)] \S")


def inline_ranking(line: str) -> bool:
    """A ranking written on one line after a label: "H21 : 1. X (club), 2. Y, 3. Z"; or
    a team's scorers with their points: "ERP : Ben Ammar 9, Gharbi 5, Souissi 4."."""
    if {"1", "2", "3"} <= set(_RANKED().findall(line, 0, _ITEM_LINE)):
        return True
    return len(_SCORER().findall(line, 0, _ITEM_LINE)) >= _SCORERS


# A player and the points or goals scored, in a list ("Gharbi 5, Souissi 4 …").
_SCORER = lazy_pattern(r"(?:: |, )[A-ZÉÈ][\w'’-]+(?: [A-ZÉÈ][\w'’-]+)? \d{1,2}(?=[,.;]|$)")
_SCORERS = 3


def named_list(doc: Doc, i: int) -> bool:
    """Whether *i* is in a column of short titles that the article names in quotes.

    A concert's setlist, a festival's films, an album's tracks: two of the titles at least
    stand between quotation marks in the text ("La chanteuse ouvre avec « Sable noir »"),
    which a site's related links never do.
    """
    named = doc.memo.get("named_lines")
    if named is None:
        named = doc.memo["named_lines"] = _named_lines(doc)
    return i in named


def _named_lines(doc: Doc) -> frozenset[int]:
    """The lines of the text's named columns, found once from the titles it quotes."""
    quoted = _quoted_titles(doc)
    if len(quoted) < _NAMED_ITEMS:
        return frozenset()
    longest = max(map(len, quoted)) + len(_ITEM_STRIP)
    hits = [
        k
        for k, line in enumerate(doc.lines)
        if len(line) <= longest and _title_key(line) in quoted and _short_item(doc, k)
    ]
    if len(hits) < _NAMED_ITEMS:
        return frozenset()
    hit_set = set(hits)
    found: set[int] = set()
    for hit in hits:
        if hit in found:
            continue
        column = [hit]
        for step in (-1, 1):
            j, seen = hit + step, 0
            while 0 <= j < len(doc.lines) and seen < _NAMED_REACH:
                if not doc.blank(j):
                    if not _short_item(doc, j):
                        break
                    column.append(j)
                    seen += 1
                j += step
        if sum(k in hit_set for k in column) >= _NAMED_ITEMS:
            found.update(column)
    return frozenset(found)


_NAMED_ITEMS = 2
_NAMED_REACH = 30
_NAMED_WORDS = 10
# A title between quotation marks in the text: « Sable noir », "Vertige", “Minuit”.
_QUOTED = lazy_pattern(r"[«\"“]\s?([^«»\"“”]{2,80}?)\s?[»\"”]")
_ITEM_STRIP = ' \t-•*«»"“”'
_QUOTED_CONTEXT = 12


def _short_item(doc: Doc, i: int) -> bool:
    # (On the raw line: the check walks many lines, most never shaped otherwise.)
    line = doc.lines[i].strip()
    return 0 < len(line.split()) <= _NAMED_WORDS and line[-1] not in ".!?"


def _title_key(line: str) -> str:
    return " ".join(line.strip(_ITEM_STRIP).split()).lower()


def _quoted_titles(doc: Doc) -> set[str]:
    """The titles the text quotes inside its sentences (a title in quotes on its own line
    quotes nothing)."""
    return {
        " ".join(match[1].split()).lower()
        for line in doc.lines
        if "«" in line or '"' in line or "“" in line
        for match in _QUOTED().finditer(line)
        if len(match[0]) + _QUOTED_CONTEXT < len(line.strip())
    }


def heads_list(doc: Doc, i: int) -> bool:
    """Whether the lines below *i* are a list, *i* its title: numbered ("1. …", "2. …"), or
    two bulleted items of a few words at least ("- Vends scooter 125 cm³, 2021, …")."""
    first = doc.next_nonblank(i, len(doc.lines))
    second = None if first is None else doc.next_nonblank(first, len(doc.lines))
    if first is None or second is None:
        return False
    match = _NUMBERED().match(doc.lines[first])
    if match is not None:
        return match[1] == "1" and numbered_sequence(doc, second)
    return all(
        _ITEM_BULLET().match(doc.lines[j]) is not None and doc.shape(j).words >= _ITEM_WORDS
        for j in (first, second)
    )


_ITEM_WORDS = 6


def practical_info(doc: Doc, i: int) -> bool:
    """The last line of the article's practical information ("Renseignements : 07 …").

    It has the "Label : value" form of the line above it, which is a sentence of the same
    form ("Tarifs : 10 € …, 5 € pour les enfants.") that no rule removes.
    """
    line = doc.lines[i].strip()
    if ":" not in line or LABEL_VALUE().match(line) is None:
        return False
    above = i - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    if above < 0 or doc.rule(above, "footer") is not None or not doc.shape(above).terminal:
        return False
    if LABEL_VALUE().match(doc.lines[above].strip()) is not None:
        return True
    # "Renseignements : 02 99 …" under a paragraph of the article.
    return _PRACTICAL().match(doc.folded(i)) is not None


# A paywall notice that cuts the article: the line above it is the article's last one.
_CUT_WORDS = ("reste", "suite", "reserve", "continuer")
CUT = lazy_pattern(
    r"\b(?:il vous (?:en )?reste \d{1,3} ?%|pour lire la suite|la suite (?:de cet article )?"
    r"(?:\(encore \d{1,3} ?%\) )?est (?:reservee|accessible)|lire la suite de cet article|"
    r"pour continuer (?:a lire|votre lecture)|(?:la lecture de )?cet article est reservee? "
    r"(?:aux abonnes|a nos (?:membres|adherents)))"
)


def cuts_article(doc: Doc, i: int) -> bool:
    folded = doc.folded(i)
    if not any(word in folded for word in _CUT_WORDS) or CUT().search(folded) is None:
        return False
    rule = doc.rule(i, "footer")
    return rule is not None and rule.group == "paywall"


def article_data(doc: Doc, rule: Rule, i: int) -> bool:
    """Whether a line a rule matched belongs to the article's data, not to the page.

    A "Source :" line right under a table, a credit-like line ("Photo : 50 Mpx") in a
    list of "Label : value" lines (a spec sheet), a review's subheading that grades
    ("Photo : correct, sans plus": a credit names someone, in capitals) and a book's
    reference line under "À lire" (on its line or the one above) are the article's.
    """
    if rule.group == "source":
        return under_table(doc, i)
    if rule.group == "appeal" and _IN_MEMORY().search(doc.folded(i)) is not None:
        return True  # a death notice: "Au lieu de fleurs, la famille invite à faire un don"
    if rule.group == "recirculation":
        if rule.id.startswith("recirc.media-link") and ":" in doc.lines[i] and data_sheet(doc, i):
            return True  # a camera's sheet: "Vidéo : 6K 30p, 4K 120p" among "Poids : 612 g"
        if book_reference(doc.lines[i]):
            return True  # "À lire : « Titre », de …, 224 pages, 19 euros."
        following = doc.next_nonblank(i, len(doc.lines)) if doc.shape(i).words <= 3 else None
        if following is None:
            return False
        # ("À voir" over "« Les Veilleuses », d'Inès Valadier. Du 12 au 29 mars au …")
        return (
            book_reference(doc.lines[following]) or _WORK().match(doc.lines[following]) is not None
        )
    if rule.id == "tags.match-sheet" and _label(doc, i) is not None:
        # ("Buts : …", "Cartes jaunes : …" kept above "Arbitre : M. X.": the last line of
        # the article's match sheet, not a widget's.)
        sheet = _around(doc, i, -1)
        return len(sheet) >= 2 and all(doc.rule(j, "footer") is None for j in sheet)
    if rule.group in ("date", "byline") and ":" in doc.lines[i] and data_sheet(doc, i):
        # ("Autrice : …", "Parution : 7 mars 2024" in a book's sheet of "Label : value"
        # lines: the book's author and date, not the article's.)
        return True
    if (
        rule.group in _PRACTICAL_GROUPS
        and rule.id not in _SHARE_BARS  # ("Partagez : Facebook · Mail" names no service)
        and ":" in doc.lines[i]
        and len(doc.lines[i].split(":", 1)[0].split()) <= _DETAIL_LABEL_WORDS
        and LABEL_VALUE().match(doc.lines[i].strip()) is not None
        and _under_practical_lines(doc, i)
    ):
        # ("Application : « STA Mobilité », disponible sur Android et iOS." under "Infos
        # pratiques": how to reach the service the article speaks of.)
        return True
    if rule.group == "advertising" and doc.shape(i).words <= 2:
        # ("Voici le texte intégral du communiqué :" over "COMMUNIQUÉ": the heading of
        # the document the article quotes, not an advert's label.)
        above = i - 1
        while above >= 0 and doc.blank(above):
            above -= 1
        if above < 0:
            return False
        if doc.lines[above].rstrip().endswith(":"):
            return True
        # ("Dans un communiqué rendu public, l'Office …" over "COMMUNIQUÉ": the text the
        # paragraph spoke of, quoted below its heading.)
        label = doc.folded(i).strip(" .:-–—()[]")
        return label == "communique" and label in doc.folded(above).split()
    if rule.group != "credit":
        return False
    if _GRADED().match(doc.lines[i]) is not None:
        return True
    if ":" not in doc.lines[i] or LABEL_VALUE().match(doc.lines[i].strip()) is None:
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc.lines) and doc.blank(j):
            j += step
        if (
            0 <= j < len(doc.lines)
            and doc.shape(j).words <= _SPEC_WORDS
            and LABEL_VALUE().match(doc.lines[j].strip()) is not None
            and doc.rule(j, "inline") is None
        ):
            return True
    return False


def _under_practical_lines(doc: Doc, i: int) -> bool:
    """Whether the line above *i* is a practical section's heading or one of its lines."""
    above = doc.previous_nonblank(i)
    return above is not None and in_practical_section(doc, above)


# Rules naming an app or a page that the article's practical section may give as a detail.
_PRACTICAL_GROUPS = frozenset({"app", "social", "navigation"})
_SHARE_BARS = frozenset({"social.share-list"})
_DETAIL_LABEL_WORDS = 3
# A death notice asks for donations instead of flowers.
_IN_MEMORY = lazy_pattern(
    r"\b(?:au lieu de|en lieu et place de|plutot que) (?:des )?(?:fleurs|couronnes)\b"
)
# A line of a spec sheet ("- Batterie : 5 800 mAh, charge 45 W") is short.
_SPEC_WORDS = 12
_GRADED = lazy_pattern(
    r"^\W*(?:[Pp]hotos?|[Ii]mages?|[Vv]idéo) ?: (?!archives|d\.?r\b|droits)[a-zàâéèêîôûç]"
)


# A book's reference line: "« Titre », de Prénom Nom, Éditeur, 312 p., 21,50 €".
_PAGES = lazy_pattern(r"\b\d{2,4} ?(?:p\.|pages)(?:,|\.|$| [-–(])|\bp\. ?\d{1,4}[-–]\d{1,4}\b")


def book_reference(raw: str) -> bool:
    """Whether *raw* is a book's reference line: its page count among a few commas; an
    album's or a film's ("« Titre », Artiste, Label, 11 titres, 44 minutes"); or a court
    decision's ("CA Vaudrecourt, ch. soc., 14 mars 2024, n° 22/01873")."""
    if len(raw) > _REFERENCE_CHARS or raw.count(",") + raw.count(" - ") + raw.count(" – ") < 2:
        return False
    if "p" in raw and _PAGES().search(raw) is not None:
        return True
    if _QUOTED_TITLE().match(raw) is not None and _LENGTH().search(raw) is not None:
        return True
    if _MEDIUM().search(raw) is not None:
        return True  # "Schubert, Sonates D 959 et D 960. L. Morand, piano. Label, 1 CD."
    return ("n°" in raw or "no " in raw) and _DECISION().match(raw) is not None


# A work's title in quotes leading its reference line, and the length of an album or a
# film given there ("11 titres", "44 minutes", "1 h 52").
_QUOTED_TITLE = lazy_pattern(r"^\s*[«“\"]\s?[^«»“”\"]{2,80}\s?[»”\"],")
_LENGTH = lazy_pattern(
    r"\b\d{1,3} (?:titres|morceaux|pistes|chansons|épisodes)\b|\b\d{1,3} ?min(?:utes)?\b"
    r"|\b\d ?h ?\d{2}\b"
)


# A recording's medium closing its reference line: "Label, 1 CD.", "2 vinyles".
_MEDIUM = lazy_pattern(r", (?:\d|un|deux|trois) (?:CD|SACD|vinyles?|DVD|Blu-ray|disques?)\.?$")


# A court and its decision's date and number: "Cass. soc., 22 déc. 2023, n° 20-20.648".
_DECISION = lazy_pattern(
    r"^\s*(?:CA|CAA|Cass\.?|CE|TA|TJ|TGI|CJUE|CEDH|Cons\. const\.|Trib\.|Conseil d'[EÉ]tat)"
    r"\b[^!?]{0,80}\b\d{4},? n(?:°|o) ?\d"
)


_REFERENCE_CHARS = 300
# A work's reference line: its title in quotes, then its author ("« Titre », de Prénom Nom").
_WORK = lazy_pattern(
    r"^\s*[«“\"]\s?[^«»“”\"]{2,80}\s?[»”\"],? (?:de |d'|d’|par |un film de |une pièce de )\S"
)


def repeated_label(doc: Doc, i: int) -> bool:
    """Whether "Label : value" line *i* is in a block of details given above too.

    A listicle gives each item the same details ("Où : …", "Quand : …", "Combien : …");
    the last item's look like a footer's short lines, but the block's labels (two at
    least, all different, like the block's neighbours) were each used above it. Related
    titles of one series ("Guerre en Ukraine : …") repeat one label, not a block.
    """
    if _label(doc, i) is None:
        return False
    block = [i, *_around(doc, i, -1), *_around(doc, i, 1)]
    labels = [_label(doc, j) for j in block]
    if len(labels) < 2 or len(set(labels)) != len(labels):
        return False
    top = min(block)
    above = {_label(doc, k) for k in range(max(0, top - _LABEL_REACH), top)}
    return all(label in above for label in labels)


def _around(doc: Doc, i: int, step: int) -> list[int]:
    """The "Label : value" lines next to line *i* on one side, nearest first."""
    found: list[int] = []
    j = i + step
    while 0 <= j < len(doc.lines) and len(found) < _LABEL_BLOCK:
        if not doc.blank(j):
            if _label(doc, j) is None:
                break
            found.append(j)
        j += step
    return found


# Opening hours: "Du lundi au vendredi : 8 h 30 – 19 h", "Samedi : 9 h – 12 h".
_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
_DAYS_OPEN = (
    rf"^(?:[-•*] )?(?:du |le |les )?{_DAY}(?:(?: au| et| -|,) (?:le )?{_DAY})? ?: "
    r"(?:de |des )?\d{1,2} ?h"
)
_OPENING_HOURS = lazy_pattern(_DAYS_OPEN)


def _label(doc: Doc, i: int) -> str | None:
    """The label of a short "Label : value" line ("ou" for "Où : salle des fêtes").

    A recipe's "Pour 6 personnes" among its sheet's lines reads as one too ("portions").
    """
    line = doc.lines[i]
    if ":" not in line:
        return "portions" if _SERVINGS().match(doc.folded(i)) else None
    labels: dict[int, str | None] = doc.memo.setdefault("labels", {})
    if i not in labels:
        label = None
        # (Read on the folded line, so that a decomposed "É" reads as a letter.)
        stripped = line.lstrip()
        folded = doc.folded(i)
        head = stripped[2:3] if stripped[:2] in ITEM_BULLETS else stripped[:1]
        capital = head.isupper()
        if doc.shape(i).words <= _DETAIL_WORDS and capital and _FOLDED_LABEL().match(folded):
            label = folded.split(":", 1)[0].strip().lstrip("-•* ")
            # (A place in brackets does not make the label longer: "Bou Ighil (Azilal)".)
            words = len(label.split("(", 1)[0].split())
            if words > _LABEL_WORDS and _OPENING_HOURS().match(folded) is None:
                label = None
        labels[i] = label
    return labels[i]


# "Label : value" on the folded line; the raw line starts with a capital.
# (A label may name its place in brackets: "Oued Zerrad (Taounate) : 74,8 %".)
_FOLDED_LABEL = lazy_pattern(r"^(?:[-•*] )?[a-z][\w' ()-]{1,40} ?: \S")
# The bullets an extractor writes before a list item.
ITEM_BULLETS = ("- ", "• ", "* ")
_LABEL_BLOCK = 8
_LABEL_WORDS = 3
_DETAIL_WORDS = 16
# How far above a "Label : value" line the same label is looked for.
_LABEL_REACH = 80


def under_table(doc: Doc, i: int) -> bool:
    """Whether a row of a table stands right above line *i* (its "Source :" line)."""
    above = i - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    return above >= 0 and doc.table_row(above)


# Two names set against each other: a fixture ("Lavaur – Castanet"), a duel. (Read on
# the folded line, so that a decomposed accent reads as part of its letter.)
_PAIRING = lazy_pattern(r" [–-] ")
_PAIRED_NAMES = lazy_pattern(r"^[a-z0-9][\w'-]* - [a-z0-9][\w'-]*$")


def pairing(doc: Doc, i: int) -> bool:
    """Whether line *i* is two names and a dash between them ("Lavaur – Castanet")."""
    if doc.shape(i).words != 2 or _PAIRED_NAMES().match(doc.folded(i)) is None:
        return False
    names = _PAIRING().split(doc.lines[i].strip())
    return len(names) == 2 and all(name[:1].isupper() for name in names)


def named_pairing(doc: Doc, i: int) -> bool:
    """Whether line *i* sets two names against each other that lines above it named."""
    if not pairing(doc, i):
        return False
    first: dict[str, int] | None = doc.memo.get("first_seen")
    if first is None:
        first = doc.memo["first_seen"] = {}
        for k, line in enumerate(doc.lines):
            for token in line.split():
                first.setdefault(token.strip(".,;:!?()«»\"'’"), k)
    return all(first.get(name, i) < i for name in _PAIRING().split(doc.lines[i].strip()))


def signatory(doc: Doc, i: int) -> bool:
    """Whether *i* is in a run of three lines or more of the form "Name, role" (a letter's or
    a statement's signatories: "Pierre-Luc Gagnon, maire de Val-des-Pins")."""
    if not _name_and_role(doc, i):
        # "Et 29 autres directions d'établissement" under the list.
        above = i - 1
        while above >= 0 and doc.blank(above):
            above -= 1
        return (
            _OTHER_SIGNATORIES().match(doc.folded(i)) is not None
            and above >= 0
            and signatory(doc, above)
        )
    run = 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc.lines) and run < _SIGNATORY_RUN and _name_and_role(doc, j):
            run += 1
            j += step
    return run >= _SIGNATORY_RUN


_SIGNATORY_RUN = 3
_OTHER_SIGNATORIES = lazy_pattern(r"^(?:et|ainsi que) (?:\d{1,5}|[a-z-]{3,20}) autres?\b")


def _name_and_role(doc: Doc, i: int) -> bool:
    # A role, not a place or an age ("Froidevaux Jean-Pierre, Les Écorchevaux", "Gilbert
    # Ledoux, 84 ans": a list of death notices). A capitalized role names its body in
    # parentheses ("Traoré Lassina, Secrétaire général (SYPEL-CI)").
    name, comma, role = doc.lines[i].strip().partition(", ")
    if not comma or not 0 < len(role) <= _ROLE_CHARS or _DIGIT().search(role) is not None:
        return False
    if role[0].islower():
        return ONE_NAME().match(name) is not None
    return _CAPITAL_ROLE().match(role) is not None and _SIGNER().match(name) is not None


# "Secrétaire général (SYPEL-CI)": a few words, then the organisation's acronym.
_CAPITAL_ROLE = lazy_pattern(r"^[A-ZÉ][\w'’-]*(?: [\w'’-]+){0,4} \([A-Z][A-Z0-9&.-]{1,15}\)$")
# Two to four capitalized names ("N'Guessan Amani Rodrigue").
_SIGNER = lazy_pattern(r"^[A-ZÉÈ][\w'’-]+(?: [A-ZÉÈ][\w'’-]+){1,3}$")


_ROLE_CHARS = 120


def article_detail(doc: Doc, i: int) -> bool:
    """A book's reference line, a detail labelled like those of the items above it, a
    line of a data sheet, a review's rating ("Notre note : 8/10"), a podium ("H21 : 1. X
    (club), 2. Y …"), a fixture between two
    teams the article named, a signed document's place, date and signatory, or a run of
    signatories ("Name, role")."""
    line = doc.lines[i]
    # (Each check needs a sign most lines lack: a comma, a colon, a dash.)
    if "," in line and book_reference(line):
        return True
    if ("," in line or line.lstrip()[:2] in ("Et", "et", "Ai")) and signatory(doc, i):
        return True
    if ":" in line and (
        repeated_label(doc, i)
        or data_sheet(doc, i)
        or _priced_items(line)
        or _sheet_on_one_line(line)
        or _line_up(line)
        or RATING().match(doc.bare(i)) is not None
        or inline_ranking(line)
    ):
        return True
    if ("–" in line or "-" in line) and (named_pairing(doc, i) or result_line(doc, i)):
        return True
    if ";" in line and result_line(doc, i):
        return True  # the players' marks ("Dumont 7 ; Lejeune 5 ; Mbala 6")
    if "," in line and _priced_item(doc, i) and _in_run(doc, i, _priced_item, _PRICED_RUN):
        return True  # a shopping list: "Lampe « Qobba », studio Atlas, laiton, 420 dinars"
    return dated_entry(doc, i) or signature_block(doc, i) or pros_and_cons(doc, i)


# An item ending with its price after a comma ("…, laiton et palmier tressé, 420 dinars").
_PRICE_END = lazy_pattern(
    r", (?:(?:a partir de|des|env\.?|environ) )?\d[\d .,]{0,12} ?"
    r"(?:€|euros?|dinars?|dirhams?|dh|dt|fcfa|f cfa|chf|francs?|\$|dollars?)\.?$"
)
_PRICED_RUN = 3


def _priced_item(doc: Doc, i: int) -> bool:
    return doc.shape(i).words <= _PRICED_WORDS and _PRICE_END().search(doc.folded(i)) is not None


_PRICED_WORDS = 30


# The headings of a review's pros and cons.
_PROS_CONS = lazy_pattern(
    r"^(?:les plus|les moins|on aime|on aime moins|on n'aime pas|on a aime|on a moins aime|"
    r"points? forts?|points? faibles?|avantages|inconvenients|les? \+|les? -)\s*:?$"
)
_PROS_CONS_REACH = 8
_PRO_WORDS = 12


def pros_and_cons(doc: Doc, i: int) -> bool:
    """Whether *i* is a heading of a review's pros and cons ("Les plus", "Les moins") or
    one of the short items under it, bullets lost ("Courroie sans entretien")."""
    line_shape = doc.shape(i)
    if line_shape.words > _PRO_WORDS or line_shape.terminal:
        return False
    j = i
    for _ in range(_PROS_CONS_REACH):
        if _PROS_CONS().match(doc.folded(j)) is not None:
            return True
        j_above = doc.previous_nonblank(j)
        if j_above is None:
            return False
        j = j_above
        above = doc.shape(j)
        if above.words > _PRO_WORDS or above.terminal or doc.rule(j, "footer") is not None:
            return False  # (titles under "Sur le même sujet" below the list are links)
    return False


# A second label of a data sheet written on one line ("… – Sortie : 2 mai 2025").
_NEXT_LABEL = lazy_pattern(r" [–|-] [A-ZÉÈÀ][\w'’ -]{1,25} : \S")


def _sheet_on_one_line(line: str) -> bool:
    """A data sheet on one line: "Label : Keur Sonore – Production : A. Faye – Sortie : 2 mai"."""
    return (
        line.count(" : ") >= 2
        and LABEL_VALUE().match(line.strip()) is not None
        and _NEXT_LABEL().search(line) is not None
    )


def _line_up(line: str) -> bool:
    """A team's line-up: "EMK : Ben Amor – Marzouki, Chatti, Hamdi (Abid 63e), …", a
    label then at least eight names, each of a few words starting with a capital."""
    head, colon, rest = line.partition(" : ")
    if not colon or len(head.split()) > _LINE_UP_LABEL_WORDS:
        return False
    # (Substitutes in brackets, "(Mendy, 80e)", are not counted.)
    rest = str(_BRACKETED().sub("", rest))
    names = [str(name).strip() for name in _LINE_UP_SEPARATORS().split(rest) if name.strip()]
    if len(names) < _LINE_UP_NAMES:
        return False
    named = sum(name[:1].isupper() and len(name.split()) <= 4 for name in names)
    return named >= len(names) - 1


_LINE_UP_SEPARATORS = lazy_pattern(r"[,;]| [–-] ")
_BRACKETED = lazy_pattern(r"\([^()]{0,60}\)")
_LINE_UP_NAMES = 8
_LINE_UP_LABEL_WORDS = 4


# A price in brackets after an item ("Haldor Q4 (37 900 €)").
_PRICE_IN_BRACKETS = lazy_pattern(r"\(\d[\d  .,]{0,12} ?(?i:€|euros?|\$|dh|fcfa|chf)\)")


def _priced_items(line: str) -> bool:
    """A "Label : value" line naming items with their prices ("Les concurrentes : A (36 500
    €), B (37 900 €)"): a comparison closing a test, no link's title."""
    return (
        "(" in line
        and LABEL_VALUE().match(line.strip()) is not None
        and len(_PRICE_IN_BRACKETS().findall(line)) >= 2
    )


# A match result: two teams and the score ("Kénédougou BC – US Médine : 78-61"), or the
# match put off ("… : reporté"), or the score between the teams.
_RESULT = lazy_pattern(
    r"^(?:[-•*] )?[a-z0-9][^:]{1,60} - [^:]{2,60}:? ?"
    r"(?:\d{1,3} ?- ?\d{1,3}(?: \(\d{1,3} ?- ?\d{1,3}\))?|reporte|renvoye|annule)"
    r"(?: \([^()]{1,40}\))?\s*$"  # ("0-0 (à huis clos)", "2-1 (a.p.)")
    # (or the score between the teams: "USM Bir Fadel 3-1 ES Kherba-Nord")
    r"|^(?:[-•*] )?[a-z][^:\d]{1,50} \d{1,3}-\d{1,3} [a-z][^:\d]{1,50}$"
    # (or each team's score after its name, under the competition's label: "N3 féminine :
    # Plessis-sur-Orge 24 – ESBL 22", "U15 : match reporté")
    r"|^(?:[-•*] )?(?:[^:]{1,40} : )?[a-z][^:]{0,50}? \d{1,3} - [a-z][^:]{0,50}? \d{1,3}$"
    r"|^(?:[-•*] )?[^:]{1,40} : (?:match )?(?:reporte|renvoye|annule)$"
)
_RESULT_LINES = 3


def result_line(doc: Doc, i: int) -> bool:
    """Whether *i* is in a block of three results or more, each ending with its score."""
    if not _result(doc, i):
        return False
    run = 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc.lines) and run < _RESULT_LINES:
            if not doc.blank(j):
                if not _result(doc, j):
                    break
                run += 1
            j += step
    return run >= _RESULT_LINES


def _result(doc: Doc, i: int) -> bool:
    folded = doc.folded(i)
    if ";" in folded and _RATINGS().match(folded) is not None:
        return True
    return ("-" in folded or " : " in folded) and _RESULT().match(folded) is not None


# Players' marks after a match, three or more to a line: "Dumont 7 ; Lejeune 5 ; Mbala 6".
_RATINGS = lazy_pattern(
    r"^(?:[-•*] )?(?:[a-z][\w'-]{1,25}(?: [a-z][\w'-]{1,25})? \d{1,2}(?:[,.]5)? ?; ?){2,15}"
    r"[a-z][\w'-]{1,25}(?: [a-z][\w'-]{1,25})? \d{1,2}(?:[,.]5)?\.?$"
)


# An agenda's entry: "Jeudi 10 avril, 19 h : librairie La Licorne, Ferrières", or a
# fixture's: "Samedi, 16 h : US Médine – AS Lafiabougou-Sud".
_DATED_ENTRY = lazy_pattern(
    r"^(?:[-•*] )?(?:le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: "
    r"\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
    r"novembre|decembre)\b[^.!?]{0,20}[,:] \S|, \d{1,2} ?h(?: ?\d{2})? ?: \S)"
    r"|" + _DAYS_OPEN
)
# An entry led by its date alone ("21 mars : La Chapelle, Castelbrac"): a site's agenda
# box shows two or three such lines too, so the article's take a run of _DATE_RUN.
_DATE_ENTRY = lazy_pattern(
    r"^(?:[-•*] )?(?:(?:des|avant|apres) le |le |a partir du |jusqu'au |d'ici (?:au|le) |du )?"
    r"\d{1,2}(?:er)?(?:(?: au | et | ?[-–] ?)\d{1,2}(?:er)?)? "
    r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
    r"(?: \d{4})?(?:,? \d{1,2} ?h(?: ?\d{2})?)?(?: ?:| -) \S"  # ("27 février – Québec, …")
)
_DATE_RUN = 4


def dated_entry(doc: Doc, i: int) -> bool:
    """Whether *i* and a line next to it are entries of an agenda, each led by its day (or
    *i* is in a run of entries led by their date: a tour's dates, a life's chronology)."""
    if (
        doc.lines[i].lstrip("-•* ")[:1].isdigit()
        and _year_entry(doc, i)
        and _in_run(doc, i, _year_entry, _YEAR_RUN)
    ):
        return True
    if _date_entry(doc, i):
        return _in_run(doc, i, _date_entry, _DATE_RUN)
    if not _entry(doc, i):
        return False
    above = i - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    below = doc.next_nonblank(i, len(doc.lines))
    return (above >= 0 and _entry(doc, above)) or (below is not None and _entry(doc, below))


def date_led_run(doc: Doc, i: int) -> bool:
    """Whether *i* is in a run of entries led by their date ("31 octobre 2024 : dépôt des
    projets"), the article's calendar; opening hours by weekday are not."""
    return _date_entry(doc, i) and _in_run(doc, i, _date_entry, _DATE_RUN)


def _in_run(doc: Doc, i: int, entry: Callable[[Doc, int], bool], size: int) -> bool:
    """Whether *i* stands in a run of *size* lines (blank lines aside) that are *entry*.

    (Bounded: a hostile run of a million dates costs each line a few steps.)
    """
    run = 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc.lines) and run < size and (doc.blank(j) or entry(doc, j)):
            run += not doc.blank(j)
            j += step
    return run >= size


def _year_entry(doc: Doc, i: int) -> bool:
    # "1964 Fonde le Théâtre des Routes", "14 février 1937 Naissance à …", "1991-1993 Ministre"
    line = doc.lines[i].lstrip("-•* ")
    return (
        line[:1].isdigit()
        and doc.shape(i).words <= _YEAR_ENTRY_WORDS
        and _YEAR_ENTRY().match(doc.folded(i)) is not None
    )


# A chronology's entry: a year (or a span, or a full date), then what happened.
_YEAR_ENTRY = lazy_pattern(
    r"^(?:[-•*] )?(?:\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
    r"septembre|octobre|novembre|decembre) )?(?:1[5-9]|20)\d{2}(?: ?- ?(?:1[5-9]|20)?\d{2})?"
    r"(?: ?[:.,-])? [a-z]"
)
_YEAR_RUN = 3
_YEAR_ENTRY_WORDS = 40


def _date_entry(doc: Doc, i: int) -> bool:
    line = doc.lines[i].lstrip("-•* ")
    # ("Dès le 25 novembre : …" among "31 octobre : …" lines.)
    first = line[:1]
    if not first.isdigit() and first not in "DdAaJjLl":
        return False
    return _DATE_ENTRY().match(doc.folded(i)) is not None


def _entry(doc: Doc, i: int) -> bool:
    folded = doc.folded(i)
    return folded[:1] in _ENTRY_FIRST and _DATED_ENTRY().match(folded) is not None


_ENTRY_FIRST = frozenset("-•*lmjvsd")


def data_sheet(doc: Doc, i: int) -> bool:
    """Whether "Label : value" line *i* is in a sheet of a few such lines, all labels
    different and (but one in four) no line a rule removes (a film's "Réalisateur : …",
    "Durée : …").

    A match sheet's lines ("Arbitre : …") and a contact block's are the rules' to judge.
    """
    if _label(doc, i) is None:
        return False
    block = [i, *_around(doc, i, -1), *_around(doc, i, 1)]
    labels = {_label(doc, j) for j in block}
    if len(labels) != len(block):
        return False
    if len(block) < _SHEET_LINES and not (
        len(block) == _SHEET_LINES - 1
        and all(_NUMBER_VALUE().search(doc.lines[j]) for j in block)
        and labels.isdisjoint(_contact_labels())
    ):
        # (Three lines are a sheet when each gives a number: "SAMU : 185", "Durée : 1 h 45";
        # "Tél : …", "Fax : …" are a contact block.)
        return False
    # (Related titles of the form "Gaza : la France …" are longer than a sheet's lines.)
    if any(_long_sheet_line(doc, j) for j in block):
        return False
    # (One line a rule names may stand in a long sheet: a play's "Texte : <author>".)
    ruled = sum(doc.rule(j, "footer") is not None for j in block)
    if ruled > len(block) // _SHEET_LINES_PER_RULED:
        return False
    # Related titles under "Sur le même sujet" ("Parcelin : le spécialiste relève …") are
    # links, whatever their form.
    above = doc.previous_nonblank(min(block))
    heading = None if above is None else doc.rule(above, "footer")
    return heading is None or heading.group != "recirculation"


_SHEET_LINES = 4
# A recipe's servings: "Pour 6 personnes", "Pour 4 à 6 pers.", "6 portions".
_SERVINGS = lazy_pattern(
    r"^(?:[-•*] )?(?:pour )?\d{1,2}(?: a \d{1,2})? (?:personnes|pers\.?|parts|portions|convives)$"
)


@cache
def _contact_labels() -> frozenset[str]:
    return frozenset(read_data("contact_labels.txt"))


# A value that is a number alone, or a number with its unit or a second number.
# A figure with its unit ("2 200 FCFA/kg", "45 min") or a date ("1er avril 2025").
_NUMBER_VALUE = lazy_pattern(
    r": (?:\d[\d .,]{0,14}(?: ?[A-Za-z%€$]{1,8}(?:/[a-z]{1,4})?\.?| ou \d[\d .]{0,14})?"
    r"|(?:1er|\d{1,2}) (?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre"
    r"|octobre|novembre|d[ée]cembre)(?: \d{4})?)$"
)
_SHEET_WORDS = 10
# A spec's line holds figures and may be longer ("Écran : OLED 6,7 pouces, 2 800 x 1 260").
_SPEC_WORDS = 16
_DIGIT = lazy_pattern(r"\d")


def _long_sheet_line(doc: Doc, j: int) -> bool:
    words = doc.shape(j).words
    if words <= _SHEET_WORDS:
        return False
    return words > _SPEC_WORDS or _DIGIT().search(doc.lines[j]) is None


_SHEET_LINES_PER_RULED = 3
# "Fait à Niamey, le 12 août 2025": where and when a statement or a letter was signed.
_SIGNED_AT = lazy_pattern(r"^fait a [^,.!?]{2,40},? le \d{1,2}(?:er)? [a-z]+ \d{4}\.?$")
_SIGNATORY_LINES = 3


def signature_block(doc: Doc, i: int) -> bool:
    """Whether *i* is a signed document's "Fait à …, le …" or a line of its signatory
    below it (a title, a name): the statement's, not the page's."""
    places = doc.memo.get("signed_at")
    if places is None:
        places = doc.memo["signed_at"] = [
            k for k, line in enumerate(doc.lines) if line.lstrip()[:5] in ("Fait ", "FAIT ")
        ]
    at = bisect_right(places, i) - 1
    if at < 0 or i - places[at] > 2 * _SIGNATORY_LINES or doc.shape(i).solid:
        return False
    seen = 0
    for k in range(i, max(-1, i - 2 * _SIGNATORY_LINES - 1), -1):
        if doc.blank(k):
            continue
        folded = doc.folded(k)
        if folded.startswith("fait a ") and _SIGNED_AT().match(folded) is not None:
            return True
        seen += 1
        if seen > _SIGNATORY_LINES or doc.shape(k).solid or doc.rule(k, "footer") is not None:
            return False
    return False


# A full name among the first words of a paragraph ("Juriste de formation, Claire
# Montagnac décrypte …"), and what makes the paragraph a portrait of its bearer: a year
# of start, a training, what the person does ("Elle tient cette chronique"), or the name
# as the subject of "est" or "a".
_NAME_IN_HEAD = lazy_pattern(rf"{_FULL_NAME}(?![\w'-])")
_BIO_HEAD_WORDS = 10
_NOT_FIRST_NAMES = frozenset({"Le", "La", "Les", "Un", "Une", "Des", "Ce", "Cette"})
_BIO_WORDS = 90
_BIO_SINCE = lazy_pattern(
    r"\bdepuis (?:19|20)\d\d\b|^[^,]{2,40} de formation, "
    r"|\b(?:il|elle) (?:tient|signe|anime|collabore|enseigne|travaille|a rejoint)\b"
)
# How many lines at each end of the text are read for the bylines.
_BYLINE_REACH = 30


def author_bio(doc: Doc, i: int) -> bool:
    """Whether *i* is the author's portrait after the article ("X est journaliste …").

    The paragraph names in its first words a person who signs the article: in a byline
    ("Par Claire Montagnac") or alone on the line next to it; it reads as a portrait (the
    name followed by "est" or "a", or "depuis 2012"). A body paragraph does not speak of
    its author in the third person.
    """
    words = doc.lines[i].split()
    if not 8 <= len(words) <= _BIO_WORDS:
        return False
    head = " ".join(words[:_BIO_HEAD_WORDS])
    for match in _NAME_IN_HEAD().finditer(head):
        name = match[0]
        if name.split()[0] in _NOT_FIRST_NAMES:
            continue  # a title ("Le Journal du Lac est édité par …"), not a person
        after = head[match.end() : match.end() + 5]
        if not (after.startswith((" est ", " a ")) or _BIO_SINCE().search(doc.lines[i], 0, 300)):
            continue
        if _signs_article(doc, i, name):
            return True
    return False


def _signs_article(doc: Doc, i: int, name: str) -> bool:
    """Whether *name* signs the article: alone next to line *i*, or in a byline."""
    for j in (doc.previous_nonblank(i), doc.next_nonblank(i, len(doc.lines))):
        if j is not None and doc.lines[j].strip().startswith(name) and doc.shape(j).words <= 6:
            return True
    tokens = set(name.split())
    return any(tokens <= line_words for line_words in _byline_words(doc))


def press_portrait(doc: Doc, i: int) -> bool:
    """Whether *i* portrays the journalist who signs the article ("X est journaliste …").

    An :func:`author_bio` whose name is followed by "est" and a press role from
    ``data/metadata-press-roles.txt`` ("Nour Haddad est journaliste au service
    Économie", "… est correspondante du Lagunaire à Soubré"). An op-ed's author is
    portrayed by another trade ("… est géographe"): that portrait belongs to the op-ed.
    """
    if " est " not in doc.lines[i][:_PORTRAIT_HEAD_CHARS]:
        return False  # (most paragraphs: no need to fold them)
    words = doc.folded(i).split()
    for at in range(1, min(len(words), _PORTRAIT_NAME_WORDS + 1)):
        if words[at] != "est":
            continue
        role = [word.strip(",.;:") for word in words[at + 1 : at + 6]]
        if role[:1] and role[0] in _ROLE_ARTICLES:
            role = role[1:]
        # The role may come second: "est sommelier et chroniqueur", "est photographe et
        # journaliste".
        starts = [0, *(k + 1 for k, word in enumerate(role[:3]) if word == "et")]
        if any(
            " ".join(role[k : k + size]) in _press_roles() for k in starts for size in (1, 2, 3)
        ):
            return author_bio(doc, i)
        return False
    return False


_PORTRAIT_NAME_WORDS = 5
_PORTRAIT_HEAD_CHARS = 120
_ROLE_ARTICLES = frozenset({"un", "une", "notre", "la", "le"})


@cache
def _press_roles() -> frozenset[str]:
    return frozenset(read_data("metadata-press-roles.txt"))


_SIGNED_TITLE = lazy_pattern(r"\(Par ([^()]{3,60})\)\s*$")


def _byline_words(doc: Doc) -> list[set[str]]:
    """The words of each byline near the two ends of the text (computed once): a line a
    byline rule matches, or a name alone among the first lines."""
    cached = doc.memo.get("byline_words")
    if cached is None:
        lines = [k for k in range(len(doc.lines)) if not doc.blank(k)]
        top = lines[:_BYLINE_REACH]
        cached = []
        for k in dict.fromkeys(top + lines[-_BYLINE_REACH:]):
            rule = doc.rule(k, "header") or doc.rule(k, "footer")
            byline = rule is not None and rule.group == "byline"
            if byline or (k in top and ONE_NAME().match(doc.lines[k].strip())):
                cached.append(set(doc.lines[k].replace(",", " ").split()))
            elif k in top and "(Par " in doc.lines[k]:
                # A headline signed in parentheses: "Accords de pêche : … (Par Awa Sarr)".
                signed = _SIGNED_TITLE().search(doc.lines[k])
                if signed is not None:
                    cached.append(set(signed[1].split()))
        doc.memo["byline_words"] = cached
    return cached
