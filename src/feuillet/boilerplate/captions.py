"""Photo captions written without a credit: a line that names what a picture shows.

A caption under a picture between two paragraphs reads as a short sentence ("Odile
Chabrier dans son verger, à Saint-Lunel-des-Vergers."). It mostly lacks a conjugated
verb: it names people and places. A one-sentence paragraph of the article states
something ("Elle laisse trois enfants."). :func:`verbless` tells the two apart with
the word lists of ``data/caption_verb_markers.txt``, ``caption_ent_words.txt``,
``caption_openers.txt`` and ``caption_links.txt``; :func:`scene` and :func:`elsewhen`
read a caption with a verb (``caption_modals.txt``);
the zone scan decides where such a line may stand.

>>> verbless("Odile Chabrier dans son verger, à Saint-Lunel-des-Vergers.")
True
>>> verbless("Le budget de l'aide à la pierre baisse pourtant de 300 millions.")
False
"""

from __future__ import annotations

from functools import lru_cache

from .._data import read_data
from .._lazy import lazy_pattern

__all__ = ["elsewhen", "placed", "scene", "verbless"]

# Elided subjects and negations: "s'étend", "n'est", "c'est", "j'ai", "qu'il".
_ELIDED = ("s'", "n'", "c'", "j'", "qu'")
# Endings of the imperfect, the future, the conditional and the simple past.
_FINITE_ENDING = lazy_pattern(
    r"(?:ait|aient|era|eront|erait|eraient|iront|ira|èrent|irent|(?<!f)ront)$"
)
_OPENER_WORDS = 4
_SELF_REFERENCE = lazy_pattern(
    r"(?i)\b(?:cet article|cette page|ce texte|cette enquête|ce reportage|cet épisode)\b"
)
_MAX_CHARS = 300
# A word and the determiner after it, in one stretch without a comma ("du", "des", "au"
# follow nouns too: "porte-parole du collectif").
_PAIR = lazy_pattern(r"([\w'-]+) (?=(?:le|la|les|un|une|son|sa|ses|leur|leurs) |l')")
# A past participle or an adjective before a determiner ("installés dans …" is caught by
# the preposition; "organisé le 3 mai").
_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "ant")
# Nouns and adverbs in "-ement", "-emment", "-amment" ("gouvernement", "récemment");
# "réclament", "estiment" are verbs.
_NOT_VERB_ENDINGS = ("ement", "ements", "ément", "éments", "emment", "amment")
_WORD = lazy_pattern(r"[\w'-]+")
# Where a picture was taken or whom it shows: a preposition of place or a street.
_PLACE = lazy_pattern(
    r"(?i)(?<![\w'-])(?:dans|devant|derrière|sur|sous|pendant|lors|près|auprès|au|aux|à|chez|"
    r"face|rue|place|avenue|quai|boulevard|route)(?![\w-])"
)


def placed(line: str) -> bool:
    """Whether *line* says where its picture was taken ("… dans son verger", "… à l'aube").

    >>> placed("Odile Chabrier dans son verger.")
    True
    >>> placed("Une étape symbolique pour un chantier très attendu.")
    False
    """
    return len(line) <= _MAX_CHARS and _PLACE().search(line) is not None


@lru_cache(maxsize=1)
def _markers() -> frozenset[str]:
    return frozenset(word.lower() for word in read_data("caption_verb_markers.txt"))


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    return frozenset(word.lower() for word in read_data("caption_openers.txt"))


@lru_cache(maxsize=1)
def _links() -> frozenset[str]:
    return frozenset(word.lower() for word in read_data("caption_links.txt"))


@lru_cache(maxsize=1)
def _ent_words() -> frozenset[str]:
    words = {word.lower() for word in read_data("caption_ent_words.txt")}
    return frozenset(words | {word + "s" for word in words})


def verbless(line: str) -> bool:
    """Whether *line* shows no conjugated verb (see the module's docstring).

    >>> verbless("Un exercice d'évacuation organisé à l'école, jeudi.")
    True
    >>> verbless("Les habitants s'étonnent du retard.")
    False
    """
    if len(line) > _MAX_CHARS:
        return False  # (a caption is short; the word search below stays linear so)
    markers, ent_words = _markers(), _ent_words()
    words = _WORD().findall(line.lower().replace("’", "'"))
    if words and words[0] in _openers():
        return False  # ("Ce dernier en profite …", "En 1923, le club accède …")
    if _SELF_REFERENCE().search(line) is not None:
        return False  # (a line about the article itself: "Attention, cet article dévoile …")
    head = line.split(",", 1)[0].split()
    named = any(word[:1].isupper() for word in head[1:])
    if 1 < len(head) <= _OPENER_WORDS and "," in line and not named:
        return False  # an adverbial opener ("Couche par couche, …"), not a name
    lowered = line.lower().replace("’", "'")
    for pair in _PAIR().finditer(lowered):
        first = pair[1]
        if first not in _links() and not first.endswith(_PARTICIPLE):
            return False  # a verb and its object ("… arrange les beats", "… propose des …")
    for word in words:
        if word.startswith(_ELIDED):
            return False
        bare = word.rsplit("'", 1)[-1]
        if word in markers or bare in markers:
            return False
        if len(bare) > 4 and _FINITE_ENDING().search(bare) is not None:
            return False
        plural_verb = bare.endswith(("ent", "ents")) and not bare.endswith(_NOT_VERB_ENDINGS)
        if plural_verb and bare not in ent_words:
            return False
    return True


# When a picture was taken, after the caption's last comma: "…, lundi matin.", "…, le
# 13 avril 2025.", "…, en mars dernier.", "…, samedi au centre de santé de Coléah."
_SCENE_TIME = lazy_pattern(
    r"(?i), (?:(?:ce |cet |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"|(?:le )?\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre)\b|en (?:janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)\b)[^,.;:!?]{0,60}\.$"
)


@lru_cache(maxsize=1)
def _modals() -> frozenset[str]:
    return frozenset(word.lower() for word in read_data("caption_modals.txt"))


def scene(line: str) -> bool:
    """Whether *line* tells what a picture shows, in the present, with the day it was taken.

    A caption may carry a verb ("Une tortue regagne l'océan, samedi matin."); it then
    tells the scene in the present or the perfect and ends with its day. A sentence of
    the article that ends with a date mostly looks ahead or back ("La prochaine édition
    devrait se tenir à Fomboni, en juillet 2026.").

    >>> scene("Une agente de santé vaccine un enfant, mardi au centre de santé de Coléah.")
    True
    >>> scene("La prochaine édition devrait se tenir à Fomboni, en juillet 2026.")
    False
    """
    if len(line) > _MAX_CHARS or _SCENE_TIME().search(line) is None:
        return False
    return not elsewhen(line)


def elsewhen(line: str) -> bool:
    """Whether *line* looks ahead or back: a future, a conditional, an imperfect, a modal.

    >>> elsewhen("Le chantier devrait s'achever en juin.")
    True
    >>> elsewhen("Des ouvriers découpent la coque, le 12 mars.")
    False
    """
    for word in _WORD().findall(line[:_MAX_CHARS].lower().replace("’", "'")):
        bare = word.rsplit("'", 1)[-1]
        if bare in _modals() or (len(bare) > 4 and _FINITE_ENDING().search(bare) is not None):
            return True
    return False
