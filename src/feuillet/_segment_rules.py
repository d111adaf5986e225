"""The rules that decide whether a candidate punctuation run ends a French sentence.

:mod:`feuillet.segment` finds the candidates (``.``, ``!``, ``?``, ``…`` and runs of them,
with the closing quotes and brackets that follow) with one regular expression; for each
one, :func:`is_boundary` looks at the character after it and, for a plain dot, at the
word before it; :func:`run_on` decides for an opener word found after a word with no
punctuation. All lookups are bounded (at most :data:`_WINDOW` characters), so the
total work stays linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ._data import read_data
from ._lazy import lazy_pattern

# The characters str.splitlines() breaks on: each one ends a sentence.
BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

_WINDOW = 40  # longest word looked at before a dot; longer words are never abbreviations
_QUOTE_WINDOW = 2000  # straight quotes counted back to pair them
_STRAIGHT = "\"'’"  # quotes that open or close
_OPENERS = "«“‘„‹\"'([{—–-"
_DIALOGUE = "«“„—–"  # an opening quote or a dialogue dash starts a new sentence
_NO_START = ",;:.!?)]}»”›%"  # characters that never start a sentence
_ELISION = "'’"
_NEXT_WORD = lazy_pattern(rf"(?:[«“‘„‹\"'(\[{{—–\-]|[^\S{BREAKS}]){{0,6}}([^\W\d_]+['’]?)")
_ACRONYM = lazy_pattern(r"(?:[^\W\d_]\.-?)+[^\W\d_]{1,2}")
_ROMAN = lazy_pattern(r"[IVXLC]+")
_ORDINAL = lazy_pattern(r"[IVXLC]+(?:e|er|re|ème|è)")
_CLOSERS = '»”")]}›'  # closing quotes and brackets
_HSPACES = " \t\u00a0\u202f\u2009"
_DASHES = "-–—"
_JUNK = "/\\|"  # characters of a stray dot run ("/..")
# up to three words after a candidate, each of at most 30 letters, hyphens or apostrophes
_WORD = r"[^\W\d_][\w'’-]{0,30}"
_WORDS = lazy_pattern(
    rf"({_WORD})(?:[^\S{BREAKS}]{{1,3}}({_WORD}))?(?:[^\S{BREAKS}]{{1,3}}({_WORD}))?"
)
# an inverted subject: "demanda-t-elle", "dit-il", "ai-je", "a-t-on"
_INVERTED = lazy_pattern(r".+-(?:t-)?(?:il|ils|elle|elles|on|je|tu|nous|vous)")
_CLITICS = frozenset(["me", "te", "se", "lui", "leur", "nous", "vous", "en", "y", "ne", "le", "la"])
_AUXILIARIES = frozenset(
    ["a", "ai", "as", "avons", "avez", "avait", "avais", "aura", "eut", "ont", "avaient", "auront"]
)
_SPEECH = lazy_pattern(r"\w-(?:t-)?(?:il|ils|elle|elles|on)\b")  # an incise: "a-t-il conclu"
_COORDINATORS = frozenset(["et", "ou"])
_YEAR = lazy_pattern(r"1\d{3}|20\d{2}")  # a year of history or news: 1000 to 2099
_DECIMAL = lazy_pattern(r"\d{1,12}(?:[.,]\d{1,12}){1,3}")  # "7,4", "1.5", "2.1.3"
_NUMBER = lazy_pattern(r"\d(?:[\d.,\u202f\u00a0]{0,20}\d)?°?")


@dataclass(frozen=True, slots=True)
class Tables:
    """The word lists the rules consult (keys are written without their final dot)."""

    never_final: frozenset[str]
    ambiguous: frozenset[str]
    starters: frozenset[str]
    lower_starters: frozenset[str]  # the starters in lower case: "le", "il", "mais"
    incise_verbs: frozenset[str]  # speech verb forms: "dit", "demanda", "lance"
    interjections: frozenset[str]  # "ah", "hélas": "Ah ! que c'est beau" is one sentence
    units: frozenset[str]  # unit symbols: "°C", "km", "kWh"
    run_on_blockers: frozenset[str]  # "dans", "film": a title follows, not a sentence


def _keys(items: Iterable[str]) -> frozenset[str]:
    return frozenset(item.rstrip(".") for item in items if item.rstrip("."))


@cache
def default_tables() -> Tables:
    """The tables built from the packaged data files."""
    return make_tables(())


def make_tables(extra_abbreviations: Iterable[str]) -> Tables:
    """The packaged tables plus *extra_abbreviations* (which never end a sentence)."""
    never = _keys(read_data("abbreviations.txt")) | _keys(extra_abbreviations)
    starters = frozenset(w.replace("’", "'") for w in read_data("sentence_starters.txt"))
    return Tables(
        never,
        _keys(read_data("abbreviations_ambiguous.txt")),
        starters,
        frozenset(w[0].lower() + w[1:] for w in starters),
        frozenset(verb_forms(read_data("incise_verbs.txt"))),
        frozenset(read_data("interjections.txt")),
        frozenset(read_data("units.txt")),
        frozenset(read_data("run_on_blockers.txt")),
    )


def verb_forms(entries: Iterable[str]) -> Iterator[str]:
    """The forms of the entries of ``incise_verbs.txt``: an "-er" verb stands for its forms.

    >>> sorted(verb_forms(["lancer", "dit"]))  # doctest: +NORMALIZE_WHITESPACE
    ['dit', 'lance', 'lancent', 'lancé', 'lancée', 'lancées', 'lancés', 'lança', 'lançaient',
     'lançait']
    """
    for entry in entries:
        if not entry.endswith("er"):
            yield entry
            continue
        stem = entry[:-2]
        yield from (stem + ending for ending in ("e", "ent", "é", "ée", "és", "ées"))
        # before a and o, c becomes ç and g becomes ge: lança, interrogea
        hard = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
        yield from (hard + ending for ending in ("a", "ait", "aient"))


def run_on_branches() -> list[str]:
    """Scan branches for the words of ``run_on_starters.txt`` after a word without punctuation.

    One branch per initial capital: it opens with the capital (a literal, so the scan keeps
    its quick first-character search, and few branches, so each stop on a capital is
    cheap), then checks that a letter, a figure or a closing bracket and one space precede
    it: "ruiner Il", "16h43 Je", "(75e) Il". What follows the word is checked by
    :func:`run_on`.
    """
    tails: dict[str, list[str]] = {}
    for word in read_data("run_on_starters.txt"):
        tail = word[1:]
        elided = tail.endswith("'")  # "J'": either apostrophe
        rest = re.escape(tail[:-1]) + "['’]" if elided else re.escape(tail) + r"\b"
        tails.setdefault(word[0], []).append(rest)
    branches = []
    for head, rests in tails.items():
        capital = re.escape(head)
        behind = f"(?<=[^\\W_] {capital}|\\) {capital})"
        branches.append(f"{capital}{behind}(?:{'|'.join(sorted(rests, key=len, reverse=True))})")
    return branches


def run_on(text: str, first: int, end: int, sentence: int, tables: Tables) -> bool:
    """Whether the opener ``text[first:end]`` ("Il", "J'") starts a sentence there.

    The scan found it capitalised after a word or a closing bracket and a space, with no
    punctuation between: a heading, a list item or a sentence that lost its full stop runs
    into the next one ("… sans se ruiner Il dénonce …"). It does when a lower-case word (or
    a comma) follows, and the word before is no article, preposition or title noun of
    ``run_on_blockers.txt`` ("l'émission On n'est pas couché") nor an abbreviation ("Mme").
    "Nous" and "Vous" before an infinitive are a menu ("Nous contacter").
    """
    if first - 2 < sentence:
        return False  # the opener starts the sentence in progress: "(Rires) Il"
    after = text[end : end + 2]
    if text[end - 1] in _ELISION:
        if not after[:1].islower():
            return False  # "J'aime", "C'est", not "C'Est" or "J'2"
    elif after != ", " and not (after[:1] == " " and after[1:].islower()):
        return False
    word = _word_before(text, first - 1)
    if not word or word.lower() in tables.run_on_blockers or word in tables.never_final:
        return False
    if word[-1] == ")" and text[sentence] != "(" and first - 1 - len(word) <= sentence:
        return False  # a list marker: "b) Il réside en France"
    if text[first:end] in ("Nous", "Vous") and after[:1] == " ":
        following = _next_word(text, end + 1)
        return not following.endswith(("er", "ir", "re"))
    return True


def is_boundary(text: str, start: int, end: int, nxt: int, sentence: int, tables: Tables) -> bool:
    """Whether the candidate ``text[start:end]`` ends a sentence.

    *nxt* is the first non-space character after the candidate (inside the text and the
    line), *sentence* where the current sentence started.
    """
    char = text[nxt]
    if text[start] == ";":
        return _semicolon(text, start, end, nxt, tables)
    run = text[start:end].rstrip(" \t\u00a0\u202f»”\")]}›'’")
    if "[" in run:  # a reference mark: "1848.[2] Il"
        run = run[: run.index("[")].rstrip(" \t\u00a0\u202f»”\")]}›'’")
    closed = len(run) < end - start  # a closing quote or bracket follows the punctuation
    if nxt == end:  # no space after: "3.5", "S.N.C.F", "www.site.fr", "fin.Début"
        return _glued(text, start, nxt, closed)
    if char.isalpha() and not char.isupper():
        return _lower_case_next(text, start, nxt, sentence, run, closed, tables)
    if char in _NO_START:
        return False
    if char in _OPENERS and not _opens_sentence(text, nxt) and not _spaced_dash(text, nxt):
        return False
    if char in _JUNK and _dot_junk(text, nxt):
        return False  # a stray run of dots: "clos. .. /.."
    if "!" in run or "?" in run:
        return True
    if ")" in run or "]" in run:
        return True  # punctuation after a bracket: "(...). Les"
    if len(run) > 1 or run == "…":  # an ellipsis: "…", "...", ". . ."
        return start == 0 or text[start - 1] not in "([{"  # "[…]" cuts a quotation
    return _dot_ends_sentence(text, start, nxt, sentence, closed, tables)


def next_item(text: str, first: int, sentence: int) -> int:
    """Where the item marker that ends at *first* starts, if it opens the next list item.

    A list run into one line ("1. Ouvrir le capot 2. Vérifier le niveau", "a) Lire b)
    Signer") ends an item before each marker that follows the marker opening the sentence
    in progress ("2." after "1.", "b)" after "a)"), spaced and before a capital. Returns
    the marker's start, or -1. Markers are one or two digits or one letter, followed by
    ``.`` or ``)`` (the character at *first*).
    """
    i = first
    while first - i < 2 and i > sentence and text[i - 1].isdecimal():
        i -= 1
    if i == first:
        if first - 1 <= sentence or not text[first - 1].isalpha():
            return -1
        i = first - 1
        if text[i].lower() == "a":
            return -1  # "a" opens a list, it never follows a marker
        previous = chr(ord(text[i]) - 1)
    else:
        number = int(text[i:first])
        if number < 2:
            return -1
        previous = str(number - 1)
    if text[i - 1] not in _HSPACES or not text[first + 1 : first + 2].isspace():
        return -1
    marker = text[first]
    if not text.startswith(previous + marker, sentence):
        return -1
    if text[sentence + len(previous) + 1 : sentence + len(previous) + 2] not in _HSPACES:
        return -1  # "1.5" or "a)b" opens the sentence: no marker
    after = text[first + 2 : first + 3]
    return i if after.isupper() else -1


def run_end(text: str, line: int, sentence: int, start: int, end: int) -> int:
    """Where the candidate run ``text[start:end]`` really ends.

    The scan takes punctuation, closing quotes and brackets, and the spaces between them;
    the run ends at its last non-space character, unless that is a quote opening the next
    sentence: glued to a letter (``fin."Le``), or a spaced straight quote (``fin. " Le``)
    with an even number of straight quotes before it on its *line* (only the last
    :data:`_QUOTE_WINDOW` characters are counted).
    """
    end = start + len(text[start:end].rstrip())
    quote = end - 1
    if text[quote] in _STRAIGHT and end < len(text) and text[end].isalnum():
        return start + len(text[start:quote].rstrip())  # 'fin."Le': the quote opens
    if text[quote] != '"' or not text[quote - 1].isspace():
        return end  # 'fin."' closes
    if text.count('"', max(line, start - _QUOTE_WINDOW), quote) % 2:
        return end
    # Spaces only, not a line break: the next line's quote opens another paragraph.
    if text[end : end + 3].lstrip(" \t\u00a0\u202f").startswith('"'):
        return end  # 'fin. " "Début': the first quote closes, the second opens
    if _stray_closer(text, sentence, start, end):
        return end
    return start + len(text[start:quote].rstrip())


def _stray_closer(text: str, sentence: int, start: int, end: int) -> bool:
    """Whether the spaced quote that ends ``text[start:end]`` closes a quotation anyway.

    It does when no straight quote follows on the line to close it, and the sentence
    it ends reads as quoted speech: an exclamation or a question, or an incise ("a-t-il
    conclu. " La séance"). Only :data:`_QUOTE_WINDOW` characters are looked at.
    """
    after = text.find('"', end, end + _QUOTE_WINDOW)
    if after != -1 and not any(char in BREAKS for char in text[end:after]):
        return False
    if "!" in text[start:end] or "?" in text[start:end]:
        return True
    return _SPEECH().search(text, max(sentence, start - _QUOTE_WINDOW), start) is not None


def _semicolon(text: str, start: int, end: int, nxt: int, tables: Tables) -> bool:
    """A ``;`` ends a sentence before a capitalised opener word, as ``.`` would.

    French writes a lower-case word after a semicolon; a capitalised sentence opener
    ("; Il faudra") marks a sentence end (the convention of the UD treebanks), a name
    ("; Paris") does not. After a winking emoticon (";)", ";-)") any capital opens one.
    """
    if nxt == end or (not text[nxt].isupper() and text[nxt] not in _DIALOGUE):
        return False
    if end - start > 1:  # ";)" or ";-)"
        return True
    if start and text[start - 1] not in _HSPACES and "&" in _word_before(text, start):
        return False  # an HTML entity: "&amp; Co"
    return _next_is_starter(text, nxt, tables)


def _lower_case_next(
    text: str, start: int, nxt: int, sentence: int, run: str, closed: bool, tables: Tables
) -> bool:
    """A lower-case word after the punctuation: a sentence ends only in a few cases.

    After ``?`` or ``!`` it does (a list of questions, a FAQ), unless an incise follows
    ("demanda-t-elle", "dit le maire"), a quotation or bracket closes ("« Non ! » dit-il",
    "(sic !) et"), an interjection precedes ("Ah ! que c'est beau") or a name with its
    "!" ("Yahoo! a racheté"). After a dot it does after a plain word ("Très bon accueil.
    très propre."), a unit ("25 °C. à conserver", "30 mg/kg. ne pas"), a year ("en 2008.
    réélu"), and before an opener word after another number ("à 12. sa révision") or a
    closing bracket or quote ("(voir rubrique 4). en cas") or a decimal number ("de 7,4. la
    solution"); never after an abbreviation or an ellipsis.
    """
    if "?" in run or "!" in run:
        if closed or "…" in run or "." in run:
            return False
        word_end = _skip_back(text, start)
        word = _word_before(text, word_end)
        glued_name = word_end == start and word[:1].isupper()  # "Yahoo! a", not "Génial! on"
        if glued_name and not _at_sentence_start(text, start - len(word), sentence):
            return False
        return not (_interjection(word, tables) or _incise(text, nxt, tables))
    if run != "." or closed:
        return False
    word = _word_before(text, start)
    if word[-1:] in _CLOSERS:
        # a quotation or a bracket, then the dot: "(voir rubrique 4). en cas d'oubli"
        return _next_word(text, nxt) in tables.lower_starters
    if word.isdigit() or _DECIMAL().fullmatch(word):
        if _at_sentence_start(text, start - len(word), sentence):
            return False  # "1. le premier point"
        following = _next_word(text, nxt)
        if _YEAR().fullmatch(word):
            # a year closes a sentence of a date ("élu en 2008. réélu en 2014"); no
            # abbreviation or enumeration ends in a year and a dot
            return len(following) > 1
        # "les points 1. et 2.": a coordinated number is an enumeration
        return following in tables.lower_starters and following not in _COORDINATORS
    return _lower_case_start(word, tables) or _is_unit(text, start, word, tables)


def _glued(text: str, start: int, nxt: int, closed: bool) -> bool:
    """A boundary with no space after it, as scraped text often has: "vérité.Depuis"."""
    if text[nxt] in _DIALOGUE or text[nxt] == '"':
        nxt += 1  # 'fin."Le début', 'fin.«Le début'
    after = text[nxt : nxt + 2]
    if len(after) < 2 or not (after[0].isupper() and after[1].islower()):
        return False
    if closed:
        return True  # 'Fin.»Le'
    word = _word_before(text, start)
    if text[start] in "!?":
        return word.isalpha()  # "Quoi?Non", but not "index.php?Id=3"
    return len(word) >= 2 and word.isalpha() and word.islower()


def _skip_back(text: str, end: int) -> int:
    """*end* moved back over at most three spaces: where the word before a "?" ends."""
    for _ in range(3):
        if end and text[end - 1] in _HSPACES:
            end -= 1
    return end


def _spaced_dash(text: str, nxt: int) -> bool:
    """A dash between spaces after a sentence end opens a sentence: "interdit. - si vous"."""
    return text[nxt] in _DASHES and text[nxt + 1 : nxt + 2] in (" ", "\u00a0", "\u202f")


def _dot_junk(text: str, nxt: int) -> bool:
    """Whether a stray run of dots and slashes follows ("clos. .. /.. Le"): no sentence."""
    token = text[nxt : nxt + 8].split(maxsplit=1)[0]
    return "." in token and not any(char.isalnum() for char in token)


def _interjection(word: str, tables: Tables) -> bool:
    """Whether *word* is an interjection ("Ah", "hélas") that a "!" may follow mid-sentence."""
    return word.lower() in tables.interjections


def _next_word(text: str, nxt: int) -> str:
    """The word that starts at *nxt* (at most 31 characters), or ""."""
    m = _WORDS().match(text, nxt)
    return m.group(1).replace("’", "'") if m else ""


def _incise(text: str, nxt: int, tables: Tables) -> bool:
    """Whether the words at *nxt* open an incise: "demanda-t-elle", "lui répond le maire".

    A verb of speech of ``incise_verbs.txt``, inverted or not, possibly after an object
    pronoun ("lui", "s'") or an auxiliary ("a lancé le ministre", "ai-je répondu"). An
    inverted subject alone is not enough: "peut-on payer ?" opens the next question.
    """
    m = _WORDS().match(text, nxt)
    if m is None:
        return False
    words = [w.replace("’", "'") for w in m.groups() if w]
    for i, word in enumerate(words):
        if "'" in word:  # "s'exclame", "m'interroge"
            word = word.rsplit("'", 1)[1]
        verb = word.split("-", 1)[0]
        if verb in tables.incise_verbs:
            return True  # "dit le maire", "demanda-t-elle"
        if word in _AUXILIARIES or (_INVERTED().fullmatch(word) and verb in _AUXILIARIES):
            # "a lancé le ministre", "a-t-elle répondu"; but "a-t-il augmenté ?" asks again
            return i + 1 < len(words) and words[i + 1].split("-", 1)[0] in tables.incise_verbs
        if word not in _CLITICS:
            return False
    return False


def _unit_ends(text: str, start: int, nxt: int, word: str, tables: Tables) -> bool:
    """A unit after a number is no initial or abbreviation: "sous 1,5° C. Les", "à 9 h.
    Paris", "en 10 min. Paris", but "à 9 h. 30"."""
    return not text[nxt].isdigit() and _is_unit(text, start, word, tables)


def _is_unit(text: str, start: int, word: str, tables: Tables) -> bool:
    """Whether *word*, before the dot at *start*, is a unit after a number: "25 °C.", "3kg."."""
    units = tables.units
    if not word:  # a dot after a space or a symbol (". a"): no word, so no unit
        return False
    if "/" in word and word not in units:  # "30 mg/kg.", "5 mmol/l.": unit by unit
        top, _, bottom = word.rpartition("/")
        return bottom in units and _is_unit(text, start - len(bottom) - 1, top, tables)
    if not word[0].isdigit() and word not in units and "°" + word not in units:
        return False  # most words: two look-ups
    number = _NUMBER().match(word)
    if number:  # glued: "25kg", "1,5°C"
        return word[number.end() :] in tables.units or word[number.end() - 1 :] in tables.units
    before = text[max(0, start - len(word) - 24) : start - len(word)]
    if not before.endswith(tuple(_HSPACES)):
        return False
    token = before.rsplit(maxsplit=1)[-1] if before.strip() else ""
    number = _NUMBER().fullmatch(token)
    if number is None:
        return False
    if token.endswith("°"):
        return "°" + word in tables.units  # "1,5° C."
    return word in tables.units


def _opens_sentence(text: str, nxt: int) -> bool:
    """After an opening quote, bracket or dash: does a capital or a figure follow?"""
    for char in text[nxt : nxt + 4]:
        if char.isalnum():
            return not char.islower()
        if char in BREAKS:
            break
    return True


def _word_before(text: str, end: int) -> str:
    """The word that ends at *end*, without leading openers or elided article."""
    # the last plain space is almost always where the word starts; other whitespace
    # (no-break spaces, tabs, line breaks) is not printable and sends us to split()
    low = max(0, end - _WINDOW)
    space = text.rfind(" ", low, end)
    word = text[space + 1 if space >= 0 else low : end]
    if not word.isprintable():
        word = "" if word[-1].isspace() else word.split()[-1]
    if not word:
        return ""
    for mark in _ELISION:
        if mark in word:
            word = word.rsplit(mark, 1)[1]
    return word.lstrip(_OPENERS)


def _next_is_starter(text: str, nxt: int, tables: Tables) -> bool:
    """Whether a typical sentence opener ("Le", "Il", "Mais", an opening quote) follows."""
    if text[nxt] in _DIALOGUE:
        return True
    m = _NEXT_WORD().match(text, nxt)
    return m is not None and m.group(1).replace("’", "'") in tables.starters


def _at_sentence_start(text: str, word_start: int, sentence: int) -> bool:
    """Whether only spaces, bullets or dashes precede *word_start* in its sentence."""
    if word_start - sentence > 12:
        return False
    return not text[sentence:word_start].strip(' \t\u00a0\u202f-–—•*·(«"')


def _dot_ends_sentence(
    text: str, start: int, nxt: int, sentence: int, closed: bool, tables: Tables
) -> bool:
    """A single dot followed by a capital, a figure or an opener: look at the word before."""
    word = _word_before(text, start)
    if not word:
        return True  # a detached dot: "fin . Le"
    if word[-1] in '»”")]}›':
        return True  # "(AFP). Le", "« sans limites ». La"
    initial = _at_sentence_start(text, start - len(word), sentence)
    if word in tables.never_final or (initial and word[0].lower() + word[1:] in tables.never_final):
        if not _next_is_starter(text, nxt, tables):
            return False
        # a unit after a number ("110 ch. Il", "3 t. Elle"), not a reference ("ch. 3")
        return closed or _unit_ends(text, start, nxt, word, tables)
    if word in tables.ambiguous:
        return _next_is_starter(text, nxt, tables) or _unit_ends(text, start, nxt, word, tables)
    if len(word) == 1 and word.isalpha():
        if initial:
            return False  # "A. Les faits", "J. Dupont" at the start of a sentence
        if word.islower():  # a unit or a letter: "à 9 h. Le train", "point b. Il"
            ends = _next_is_starter(text, nxt, tables)
        else:
            ends = _initial_may_end(text, start, nxt, tables)
        return ends or _unit_ends(text, start, nxt, word, tables)
    if "." in word and _ACRONYM().fullmatch(word):
        # "aux U.S.A. Il" ends a sentence, "J.-C. Decaux" and "H.R.F. Keating" do not
        return _next_is_starter(text, nxt, tables)
    if not initial:
        return True
    # at the start of a sentence, a small number or a Roman numeral is an enumeration:
    # "1. Le premier point", "II. Méthode"
    return not ((word.isdigit() and len(word) <= 3) or _ROMAN().fullmatch(word))


def _lower_case_start(word: str, tables: Tables) -> bool:
    """A dot after a plain *word*, then a lower-case word: a sentence ends.

    Informal text (reviews, comments) often starts sentences in lower case; a dot after a
    word of two letters or more that is no known abbreviation is a boundary there too.
    """
    if len(word) < 2 or not word.replace("-", "").isalpha() or _ORDINAL().fullmatch(word):
        return False  # "XVe. s.": a Roman ordinal
    for key in (word, word[0].lower() + word[1:]):
        if key in tables.never_final or key in tables.ambiguous:
            return False
    return True


def _initial_may_end(text: str, start: int, nxt: int, tables: Tables) -> bool:
    """A lone letter and a dot: an initial ("J. K. Rowling") unless it closes a phrase.

    Only a sentence opener after it ("Elle") with a lower-case word before it ("la
    vitamine C.") or a Roman numeral ("Dagobert I.") make it the end of a sentence.
    """
    if not _next_is_starter(text, nxt, tables):
        return False
    if text[start - 1] in "IVX":  # a Roman numeral: "Dagobert I.", "Mac OS X."
        return True
    before = text[max(0, start - 1 - _WINDOW) : start - 1].split()
    return bool(before) and before[-1][0].islower()
