"""The article's metadata, read from the lines the boilerplate step removed.

Bylines, dates, agency credits, photo credits, source lines, tags and reading times are
boilerplate to a reader of the body, but they are the facts a corpus builder wants back.
:func:`extract_metadata` parses them from the :class:`~feuillet.Removed` lines of a
:class:`~feuillet.Split` (each line's rule id says what the line is), from a dateline run
into the first paragraph (``PARIS (AFP) -``), from a "Propos recueillis par" note, which
the boilerplate step keeps as body, and from whole-line bylines, date stamps and agency
credits it kept at the article's edges (its first and last few kept lines). Every value
keeps the index of the line it came from, so it can be checked; a field without evidence
is absent, never guessed.

>>> from feuillet import split_boilerplate
>>> text = "Par Jeanne Martin\\nPublié le 14 mars 2026 à 7h12\\nLe texte.\\nUne phrase.\\nAvec AFP"
>>> meta = extract_metadata(text, split_boilerplate(text).removed)
>>> [a.value for a in meta.authors], meta.published.value, [a.value for a in meta.agencies]
(['Jeanne Martin'], '2026-03-14T07:12', ['AFP'])
>>> meta.published.line
1

Language data (month names, agency names, byline openings and role words) lives in
``feuillet/data/metadata-*.txt``. Every pattern here is applied to one short line at a time
(lines longer than :data:`MAX_LINE` characters are not read) and has bounded repeats only,
so the cost is linear in the input whatever it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from ._data import read_data
from ._lazy import lazy_pattern
from .boilerplate.results import Removed
from .boilerplate.text import fold_table, stopwords

__all__ = ["MAX_LINE", "Metadata", "Value", "extract_metadata"]

#: Lines longer than this are prose, a menu or an attack, never a byline or a date line.
MAX_LINE = 300

_FIELDS_LIST = ("authors", "agencies", "photo_credits", "tags")
_FIELDS_ONE = (
    "published",
    "updated",
    "source",
    "reading_time",
    "place",
    "title",
    "site_name",
)


@dataclass(frozen=True)
class Value:
    """One metadata value and its evidence.

    ``line`` is the index in ``text.split("\\n")`` of the line it was read from (``None``
    for a value taken from HTML markup); ``origin`` is ``"text"`` (parsed from the text),
    ``"html"`` (from the page's markup, see :func:`feuillet.html.clean_html`) or
    ``"text+html"`` (both agree).

    >>> Value("AFP", 12).to_dict()
    {'value': 'AFP', 'line': 12, 'origin': 'text'}
    """

    value: str | int
    line: int | None
    origin: str = "text"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``{"value": ..., "line": ..., "origin": ...}``."""
        return {"value": self.value, "line": self.line, "origin": self.origin}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Value:
        """Rebuild a value from the output of :meth:`to_dict`."""
        return cls(data["value"], data.get("line"), data.get("origin", "text"))


@dataclass(frozen=True)
class Metadata:
    """What the text says about the article: authors, dates, agencies, credits, tags.

    List fields are empty and single fields ``None`` when the text gives no evidence.
    ``published`` and ``updated`` are ISO 8601 (``2026-03-14`` or ``2026-03-14T07:12``);
    ``reading_time`` is in minutes; ``place`` comes from a dateline; ``title`` and
    ``site_name`` are only filled from HTML markup.

    >>> Metadata().to_dict()["authors"], Metadata().to_dict()["published"]
    ([], None)
    """

    authors: tuple[Value, ...] = ()
    published: Value | None = None
    updated: Value | None = None
    agencies: tuple[Value, ...] = ()
    photo_credits: tuple[Value, ...] = ()
    source: Value | None = None
    tags: tuple[Value, ...] = ()
    reading_time: Value | None = None
    place: Value | None = None
    title: Value | None = None
    site_name: Value | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field present, lists as lists, absent values as ``None``::

            {
              "authors":       [{"value": str, "line": int | null, "origin": str}],
              "published":     {"value": str, "line": int | null, "origin": str} | null,
              "updated":       {...} | null,       # ISO 8601, as "published"
              "agencies":      [{...}],             # names as in data/metadata-agencies.txt
              "photo_credits": [{...}],
              "source":        {...} | null,
              "tags":          [{...}],
              "reading_time":  {"value": int, ...} | null,   # minutes
              "place":         {...} | null,
              "title":         {...} | null,       # HTML markup only
              "site_name":     {...} | null        # HTML markup only
            }

        ``line`` is 0-based in the text given to :func:`extract_metadata` (an article's
        normalized ``text``); ``origin`` is ``"text"``, ``"html"`` or ``"text+html"``.

        >>> Metadata(reading_time=Value(4, 2)).to_dict()["reading_time"]
        {'value': 4, 'line': 2, 'origin': 'text'}
        """
        out: dict[str, Any] = {}
        for spec in fields(self):  # declaration order: the JSON keys keep it
            value = getattr(self, spec.name)
            if isinstance(value, tuple):
                out[spec.name] = [item.to_dict() for item in value]
            else:
                out[spec.name] = None if value is None else value.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metadata:
        """Rebuild metadata from the output of :meth:`to_dict` (missing keys: absent).

        >>> meta = Metadata(authors=(Value("Jeanne Martin", 0),), reading_time=Value(4, 2))
        >>> Metadata.from_dict(meta.to_dict()) == meta
        True
        """
        values: dict[str, Any] = {}
        for spec in fields(cls):
            raw = data.get(spec.name)
            if isinstance(raw, list):
                values[spec.name] = tuple(Value.from_dict(item) for item in raw)
            elif raw is not None:
                values[spec.name] = Value.from_dict(raw)
        return cls(**values)

    def __bool__(self) -> bool:
        """Whether any field has a value."""
        return any(getattr(self, spec.name) for spec in fields(self))


# --- language data --------------------------------------------------------------------------


def _split_row(row: str) -> list[str]:
    return [part.strip() for part in row.split("|") if part.strip()]


@cache
def _months() -> dict[str, int]:
    months: dict[str, int] = {}
    for row in read_data("metadata-months.txt"):
        number, *names = _split_row(row)
        for name in names:
            months[name] = int(number)
    return months


@cache
def _agencies() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for row in read_data("metadata-agencies.txt"):
        canonical, *names = _split_row(row)
        for name in names:
            aliases[name] = canonical
    return aliases


@cache
def _agency_words() -> frozenset[str]:
    """Every word of every agency spelling ("agence", "france-presse", "afp"...)."""
    return frozenset(word for alias in _agencies() for word in alias.split()) | frozenset(
        _agencies()
    )


@cache
def _not_names() -> frozenset[str]:
    return frozenset(read_data("metadata-not-names.txt"))


@cache
def _roles() -> frozenset[str]:
    return frozenset(read_data("metadata-roles.txt"))


@cache
def _press_roles() -> frozenset[str]:
    return frozenset(read_data("metadata-press-roles.txt"))


@cache
def _widget_headings() -> frozenset[str]:
    return frozenset(read_data("metadata-widgets.txt"))


@cache
def _byline_openings() -> tuple[str, ...]:
    # Longest first, so "propos recueillis par" wins over "par".
    return tuple(sorted(read_data("metadata-bylines.txt"), key=len, reverse=True))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _date_re() -> re.Pattern[str]:
    months = _alternation(_months())
    # Three date shapes; each alternative has bounded repeats only (linear scan).
    return re.compile(
        r"(?<![\d/.-])(?:"
        rf"(?P<d1>\d{{1,2}})(?:er|ᵉʳ)? {{0,2}}(?P<m1>{months})\.? {{1,3}}(?P<y1>\d{{4}})"
        r"|(?P<d2>\d{1,2})(?P<sep>[/.-])(?P<m2>\d{1,2})(?P=sep)(?P<y2>\d{4}|\d{2})"
        r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
        r")(?![\d/])"
    )


_TIME = lazy_pattern(
    r" {0,3}(?:(?:a|,|-|\||\\|/|t) {0,3})?(?P<h>\d{1,2}) ?(?:h|:) ?(?P<min>\d{2})?(?: ?min)?(?!\d)"
)
_PUBLISHED_WORDS = lazy_pattern(
    r"(?<![a-z])(?:publie|publiee|publication|mis en ligne|poste|postee|cree|creee|paru|parution"
    r"|date)\b"
)
# (?<![a-z]) rather than \b: scrapers glue "08:06Modifié le" together.
_UPDATED_WORDS = lazy_pattern(
    r"(?<![a-z])(?:mis a jour|mise a jour|maj|modifie|modifiee|actualise|actualisee)\b"
)
# What may stand around the date of a line that is only a date: "Le", a weekday, dashes.
_DATE_ONLY_BEFORE = lazy_pattern(
    r"^[ -]{0,3}(?:le )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?$"
)
_DATE_ONLY_AFTER = lazy_pattern(r"^[ .,|-]{0,4}$")
_RELATIVE = lazy_pattern(
    r"\bil y a (?P<n>\d{1,3}) ?(?P<unit>minutes?|min|mn|heures?|h|jours?|semaines?)\b"
    r"|\b(?P<day>aujourd'hui|hier|avant-hier),? (?:a )?(?P<h>\d{1,2}) ?(?:h|:) ?(?P<min>\d{2})?"
)
_UPDATED_TIME = lazy_pattern(
    r"(?<![a-z])(?:mis|mise) a jour (?:a |: )?(?P<h>\d{1,2}) ?(?:h|:) ?(?P<min>\d{2})?(?![\d/.])"
)
# A line that is a reading time and nothing else, whatever rule removed it.
_READ_LINE = lazy_pattern(
    r"^(?:temps de )?lecture ?:? ?\d{1,3} ?(?:min|mn|minutes?)\.?$"
    r"|^\d{1,3} ?(?:min|mn|minutes?)\.? (?:de lecture|read)$"
)
_READ_MIN = lazy_pattern(r"(?<!\d)(?P<n>\d{1,3}) ?(?:min|mn|minutes?)\b|moins d'une minute")


def _fold1(text: str) -> str:
    """Fold *text* one character for one character: lower case, no accents, plain quotes.

    Unlike the boilerplate step's folding, the length never changes, so a span found in
    the folded line is the same span in the line.

    >>> _fold1("Publié le 1ᵉʳ — l’été")
    "publie le 1ᵉʳ - l'ete"
    """
    return text.translate(_fold1_table()).lower()


@cache
def _fold1_table() -> dict[int, str]:
    return fold_table(one_to_one=True)


# --- dates -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Date:
    iso: str
    start: int
    end: int


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # "01/06/18": news pages print two-digit years of this century
        year += 2000
    return year


def _find_dates(folded: str) -> list[_Date]:
    """Every complete date (day, month, year) in *folded*, with the time that follows it."""
    found = []
    for match in _date_re().finditer(folded):
        groups = match.groupdict()
        try:
            if groups["d1"] is not None:
                day = date(_year(groups["y1"]), _months()[groups["m1"]], int(groups["d1"]))
            elif groups["d2"] is not None:
                day = date(_year(groups["y2"]), int(groups["m2"]), int(groups["d2"]))
            else:
                day = date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
        except ValueError:  # 31/02, month 13: not a date
            continue
        iso, end = day.isoformat(), match.end()
        time = _TIME().match(folded, end)
        if time is not None:
            hour, minute = int(time["h"]), int(time["min"] or 0)
            if hour < 24 and minute < 60:
                iso, end = f"{iso}T{hour:02d}:{minute:02d}", time.end()
        found.append(_Date(iso, match.start(), end))
    return found


def _relative_date(folded: str, reference: datetime) -> str | None:
    match = _RELATIVE().search(folded)
    if match is None:
        return None
    if match["n"] is not None:
        n, unit = int(match["n"]), match["unit"]
        if unit.startswith(("min", "mn")):
            return (reference - timedelta(minutes=n)).isoformat(timespec="minutes")
        if unit.startswith("h"):
            return (reference - timedelta(hours=n)).isoformat(timespec="minutes")
        days = n * 7 if unit.startswith("semaine") else n
        return (reference - timedelta(days=days)).date().isoformat()
    back = {"aujourd'hui": 0, "hier": 1, "avant-hier": 2}[match["day"]]
    hour, minute = int(match["h"]), int(match["min"] or 0)
    if hour > 23 or minute > 59:
        return None
    day = (reference - timedelta(days=back)).date()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def _classify_dates(folded: str, found: list[_Date]) -> list[tuple[str, _Date]]:
    """Pair each date with ``published`` or ``updated`` by the last keyword before it."""
    marks: list[tuple[int, str]] = [
        (m.start(), "published") for m in _PUBLISHED_WORDS().finditer(folded)
    ]
    marks += [(m.start(), "updated") for m in _UPDATED_WORDS().finditer(folded)]
    marks.sort()
    out = []
    for found_date in found:
        kinds = [kind for pos, kind in marks if pos < found_date.start]
        out.append((kinds[-1] if kinds else "", found_date))
    return out


# --- names -----------------------------------------------------------------------------------

# Lower-case words inside names ("Charles de Gaulle", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    {"de", "du", "des", "d'", "da", "di", "del", "della", "van", "von", "der", "den"}
    | {"le", "la", "el", "al", "ben", "bin", "ibn", "y", "dos", "das"}
)
_NAME_TOKEN = lazy_pattern(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]{0,30}|[A-ZÀ-ÖØ-Þ]\.)$")
_NAME_PARTS = lazy_pattern(r"\s*(?:,|;|\||\s[-/]\s|\s\u2014\s|\s\u2013\s)\s*")
_AND = lazy_pattern(r"\s+(?:et|&|and)\s+")
_AFFILIATION = lazy_pattern(r"\s+(?:pour|from|\((?=.))\s*\S.*$|\s+(?:d'|d’|de |du |des )\S.*$")


def _tidy_token(token: str) -> str:
    # All-capital family names ("Kab NIANG") are a typographic habit, not part of the name.
    if len(token) > 1 and token.isupper():
        return token.title()
    return token


def _as_name(part: str, *, single_ok: bool) -> str | None:
    """*part* as a person's name, or ``None`` when it does not read as one."""
    part = part.strip(" .:-\"'«»")
    tokens = part.split()
    if len(tokens) >= 3:
        # "Frédéric Zalac d'Enquête", "Jean Dupont pour Le Monde": an outlet after the name.
        rest = " " + " ".join(tokens[2:])
        cut = _AFFILIATION().search(rest)
        if cut is not None:
            tokens = tokens[:2] + rest[: cut.start()].split()
    # "Par Jeanne Martin le 14/03/2026" cut before its date leaves "le": a name never
    # ends with a particle or a function word.
    while tokens and (_fold1(tokens[-1]) in _PARTICLES or _fold1(tokens[-1]) in stopwords()):
        tokens.pop()
    part = " ".join(tokens)
    if not tokens or len(tokens) > 5 or (len(tokens) == 1 and not single_ok):
        return None
    if len(part) > 60 or any(ch.isdigit() or ch in "@#/()[]{}<>=+*!?" for ch in part):
        return None
    for i, token in enumerate(tokens):
        lowered = _fold1(token)
        if lowered in _PARTICLES or lowered.startswith(("d'", "d’")):
            if i == 0:  # "Le Monde", "La Rédaction": an outlet, not a person
                return None
            continue
        # "Par", "Avec", "AFP", "Journaliste": words of a credit, not of a name.
        if not _NAME_TOKEN().match(token) or lowered in _roles() or lowered in stopwords():
            return None
        if lowered.rstrip(".") in _agencies():
            return None
    if _fold1(" ".join(tokens)) in _agencies():
        return None
    return " ".join(_tidy_token(t) for t in tokens)


def _strip_opening(plain: str) -> tuple[str, bool]:
    """Remove a byline opening ("Par", "Un texte de"...); say whether there was one."""
    folded = _fold1(plain)
    for opening in _byline_openings():
        if folded.startswith(opening) and (
            len(folded) == len(opening) or not folded[len(opening)].isalnum()
        ):
            return plain[len(opening) :].lstrip(" :"), True
    return plain, False


def _names_in_byline(plain: str) -> list[str]:
    """The names of a byline line, without its opening, roles, outlet or date."""
    rest, opened = _strip_opening(plain.strip(" -\u2014\u2013"))
    names: list[str] = []
    for part in _NAME_PARTS().split(rest):
        folded = _fold1(part).strip()
        first_words = folded.split()
        if not first_words:
            continue
        if first_words[0] in _roles() or " ".join(first_words[:2]) in _roles():
            continue  # "rédactrice en chef", "notre correspondante à Kiev", "Photos : …"
        if names and first_words[0] == "avec":
            part = part.strip()[4:]  # "Par Jeanne Martin, avec Paul Durand"
        if (
            _find_dates(folded)
            or _PUBLISHED_WORDS().search(folded)
            or _UPDATED_WORDS().search(folded)
        ):
            break  # the date part of "Par X, publié le ..." ends the names
        inner, _ = _strip_opening(part)
        for piece in _AND().split(inner):
            name = _as_name(piece, single_ok=opened)
            if name is not None:
                names.append(name)
    return names


# --- agencies, credits, tags -------------------------------------------------------------------


def _agencies_in(folded: str) -> list[str]:
    """Agency names in a folded credit line, as whole words, in order, without repeats."""
    found: list[str] = []
    # "l'associated press", "d'anadolu": the elided article is not part of the name.
    words = [
        word[2:] if word[1:2] == "'" and word[:1] in "ld" and len(word) > 2 else word
        for word in re.findall(r"[a-z][a-z.'-]{0,40}", folded)
    ]
    i = 0
    while i < len(words):
        for size in (3, 2, 1):  # longest spelling first: "agence france-presse"
            key = " ".join(words[i : i + size]).rstrip(".")
            name = _agencies().get(key) or _agencies().get(key + ".")
            if name is not None:
                if name not in found:
                    found.append(name)
                i += size
                break
        else:
            i += 1
    return found


_DATELINE = lazy_pattern(
    r"^\s{0,3}(?P<place>[A-ZÀ-Þ][\w'’. -]{1,40}?)\s{0,3}(?:,[^()]{0,40})?"
    r"\((?P<agency>[A-Za-z][\w./ -]{0,30})\)\s{0,3}[-\u2013\u2014:]"
)
_CREDIT_LABEL = lazy_pattern(
    r"(?:©|\(c\)|\bcredits? ?(?:photos?)?\s{0,3}:|\bphotos?\s{0,3}:|\bimage\s{0,3}:|"
    r"\billustration\s{0,3}:)\s{0,3}"
)
_SENTENCE_END = lazy_pattern(r"(?<=\w\w)\. ")
_BRACKETS = lazy_pattern(r"\[[^\[\]]{0,60}\]")
# Widget headings that follow a tag list under the same heading on some sites.
_NOT_A_TAG = lazy_pattern(
    r"\b(?:populaires?|plus (?:lus|vus|partages|commentes)|ne pas manquer|a la une|"
    r"recommandes?|derniers? articles|meme (?:rubrique|sujet)|lire aussi|voir aussi)\b"
)
_TAG_SPLIT = lazy_pattern(r"\s*[,;|•·]\s*")


def _photo_credit(plain: str, folded: str) -> str | None:
    """The credit part of a caption or credit line, or ``None`` when none stands out.

    In order: what follows "©" or "Photo :"; what follows the last " — " or " | "; a final
    parenthesis "(Photo Name/AFP)"; what follows the caption's last sentence ("… 2022.
    AFP - Name"); a short line that is only a credit ("tashatuvango/Adobe Stock").

    >>> _photo_credit("Le maire, mardi. © Jeanne Martin", "le maire, mardi. © jeanne martin")
    'Jeanne Martin'
    >>> _photo_credit("Le port de Toulon, le 11 mai. AFP - Hugo Lambert", "")
    'AFP - Hugo Lambert'
    """
    labels = list(_CREDIT_LABEL().finditer(folded))
    paren = re.search(r"\((?:photos? )?([^()]{1,80})\)\.?$", plain, re.IGNORECASE)
    cut = max(plain.rfind(" \u2014 "), plain.rfind(" | "))
    # The caption's last sentence end; "SARA D. DAVIS" has an initial, not a sentence end.
    ends = list(_SENTENCE_END().finditer(plain))
    sentence = ends[-1].end() if ends else -1
    if labels:
        value = plain[labels[-1].end() :]
    elif cut != -1:
        value = plain[cut + 3 :]
    elif paren is not None:
        value = paren.group(1)
    elif sentence != -1:
        value = plain[sentence:]
    elif len(plain.split()) <= 5 or "/" in plain:  # "GETTY IMAGES/AFP/Archives/Name"
        value = plain
    else:
        return None
    value = _BRACKETS().sub(" ", value)  # "[Image d'illustration] AFP - Name"
    value = " ".join(value.split()).strip(" .()[]")
    if not value or len(value.split()) > 8:
        return None
    return value


def _reading_time(folded: str) -> int | None:
    match = _READ_MIN().search(folded)
    if match is None:
        return None
    return int(match["n"]) if match["n"] else 1


# --- the extractor ----------------------------------------------------------------------------


@dataclass
class _Found:
    authors: list[Value] = field(default_factory=list)
    agencies: list[Value] = field(default_factory=list)
    photo_credits: list[Value] = field(default_factory=list)
    tags: list[Value] = field(default_factory=list)
    single: dict[str, Value] = field(default_factory=dict)

    def add(self, name: str, value: str | int, line: int) -> None:
        """Add *value* to list field *name* (once), or set single field *name* (first wins)."""
        if name in _FIELDS_LIST:
            values: list[Value] = getattr(self, name)
            if not any(_same(v.value, value) for v in values):
                values.append(Value(value, line))
        else:
            self.single.setdefault(name, Value(value, line))


def _same(a: str | int, b: str | int) -> bool:
    return _fold1(str(a)) == _fold1(str(b))


# Groups whose lines say nothing about this article: other articles' bylines and dates,
# readers' comments, menus, appeals.
_NOT_METADATA = frozenset(
    {
        "comments",
        "recirc",
        "nav",
        "social",
        "cookie",
        "newsletter",
        "paywall",
        "appeal",
        "ad",
        "app",
    }
)


def _group(rule: str) -> str:
    return rule.split(".", 1)[0]


def _is_section(rule: str) -> bool:
    return rule.endswith(".section")


def extract_metadata(
    text: str, removed: Sequence[Removed], *, reference: datetime | None = None
) -> Metadata:
    """Read the article's metadata from the lines *removed* from *text* and its dateline.

    *removed* is ``split_boilerplate(text).removed`` (or ``clean(text).removed`` with
    ``text`` the article's normalized ``text``). Relative dates ("il y a 3 heures",
    "hier à 18h") are resolved only when a *reference* date-time is given.

    >>> from feuillet import split_boilerplate
    >>> text = "Un titre\\nLe premier paragraphe.\\nLe second.\\nMots-clés : Paris, Climat"
    >>> [t.value for t in extract_metadata(text, split_boilerplate(text).removed).tags]
    ['Paris', 'Climat']
    """
    lines = text.split("\n")
    found = _Found()
    # Removed lines of another text (an index past the end) are ignored, not an error.
    by_line = {r.line: r for r in removed if 0 <= r.line < len(lines)}
    # Names alone under the headline are removed for their place, not as proven bylines:
    # they are read with the checks of a kept line at the article's edge.
    by_line = {i: r for i, r in by_line.items() if r.rule != "shape.signature"}
    kept = [i for i, line in enumerate(lines) if i not in by_line and line.strip()]
    date_lines: set[int] = set()
    widget = _widget_lines(lines, by_line)
    tag_section_open = False

    for item in sorted(by_line.values(), key=lambda r: r.line):
        plain = item.text
        if len(plain) > MAX_LINE:
            tag_section_open = False
            continue
        plain = " ".join(plain.replace("\u00a0", " ").replace("\u202f", " ").split())
        folded = _fold1(plain)
        group, rule = _group(item.rule), item.rule
        if rule.startswith("tags.heading"):
            tag_section_open = _tags_from_section(found, item, plain, tag_section_open)
            continue
        tag_section_open = False
        if group != "readtime" and _READ_LINE().match(folded):
            found.add("reading_time", _reading_time(folded) or 0, item.line)
            continue
        if _is_section(rule) or group in _NOT_METADATA:
            continue  # other articles' bylines and readers' dates are not this article's
        if group == "tags":
            _tags_from_label(found, item, plain)
            continue
        if group == "readtime":
            minutes = _reading_time(folded)
            if minutes is not None:
                found.add("reading_time", minutes, item.line)
            continue
        if group == "credit" and item.zone == "header" and _agency_feed(plain, folded):
            _agency_line(found, item, plain)
            continue
        if group == "credit":
            # credit.caption is a caption without its credit: nothing to read.
            credit = None if rule == "credit.caption" else _photo_credit(plain, folded)
            if credit is not None:
                found.add("photo_credits", credit, item.line)
            continue
        if group == "agency":
            _agency_line(found, item, plain)
            continue
        if group == "source":
            _source_line(found, item, plain, folded)
            continue
        if group != "copyright" and _agency_only(folded):
            # "Avec AFP" removed for its shape rather than by an agency rule.
            _agency_line(found, item, plain)
            continue
        if _date_line(found, item, folded, reference, bare_ok=item.line not in widget):
            date_lines.add(item.line)
        if group in ("byline", "date") or _strip_opening(plain)[1]:
            _byline(found, item, plain, folded)

    _names_next_to_dates(found, lines, by_line, date_lines)
    # "Propos recueillis par …" is an editorial note the boilerplate step keeps as body;
    # it names the interviewer, this article's author.
    # A kept line that is a byline and nothing else ("par Jeanne Martin, le 9 mai 2025")
    # is one wherever the boilerplate step left it.
    for index in kept:
        line = lines[index]
        if line[:1] not in _OPENING_INITIALS or len(line) > MAX_LINE:
            continue
        if _fold1(line[:22]) == _INTERVIEW:
            for name in _names_in_byline(line):
                found.add("authors", name, index)
        elif len(line) <= _KEPT_BYLINE:
            _kept_byline(found, index, line, reference)
    _sign_off(found, lines, by_line, kept)
    _edges(found, lines, kept, by_line, reference)
    # The dateline opens the first paragraph, which may come after a kept headline and
    # standfirst: the first three body lines are looked at.
    for index in kept[:3]:
        if _dateline(found, lines[index], index):
            break
    return Metadata(
        authors=tuple(_drop_prefix_names(found.authors)),
        agencies=tuple(found.agencies),
        photo_credits=tuple(found.photo_credits),
        tags=tuple(found.tags),
        **{name: found.single.get(name) for name in _FIELDS_ONE},
    )


_DATE_LEAD = lazy_pattern(r"[\s,]{1,3}(?:le|du|en date du|depuis)\s{0,3}$", re.IGNORECASE)
_KEPT_TAIL = lazy_pattern(
    r"^(?:(?:publie|mis a jour|modifie)\w{0,2} )?(?:le |: )?[\w /.:,-]{4,40}$"
)
_SLASH_AGENCY = lazy_pattern(
    r"\s?/\s?([A-Za-z][\w.-]{1,20}(?:\s?/\s?[A-Za-z][\w.-]{1,20}){0,2})\s*$"
)
_PAREN = lazy_pattern(r"\(([^()]{1,60})\)")


_INTERVIEW = "propos recueillis par "
_KEPT_BYLINE = 100
_OPENING_INITIALS = "PpUuTtEeÉéRrSsAa"


def _kept_byline(found: _Found, index: int, line: str, reference: datetime | None) -> None:
    """Names (and date) of a kept line only if every part of it reads as a byline."""
    plain = " ".join(line.split())
    folded = _fold1(plain)
    rest, opened = _strip_opening(plain)
    if not opened:
        return
    head = _before_date(rest, _fold1(rest))
    tail = _fold1(rest[len(head) :]).strip(" ,")
    # After the names, only a date clause may follow: "le 9 mai 2025", "publié le …".
    if tail and not (_find_dates(tail) and _KEPT_TAIL().match(tail)):
        return
    names: list[str] = []
    for part in _NAME_PARTS().split(head):
        for piece in _AND().split(part):
            name = _as_name(piece, single_ok=False)
            if name is None:
                return  # "Par ailleurs, …", "Par Emmanuel Macron, la France …": prose
            names.append(name)
    for name in names:
        found.add("authors", name, index)
    if names and tail:
        # A kept line read as a removed one: "inline", as it is not a header line.
        _date_line(
            found, Removed(index, plain, 0, len(plain), "inline", "kept.byline"), folded, reference
        )


def _byline(found: _Found, item: Removed, plain: str, folded: str) -> None:
    """Names of a byline line; "(avec AFP)" in it credits an agency, not a person."""
    for match in _PAREN().finditer(plain):
        if _agency_only(_fold1(match.group(1))):
            for name in _agencies_in(_fold1(match.group(1))):
                found.add("agencies", name, item.line)
    without = _PAREN().sub(" ", plain)
    # "Par Jeanne MARTIN/AFP": the agency's dispatch signed by its journalist.
    slash = _SLASH_AGENCY().search(without)
    if slash is not None and _agency_only(_fold1(slash.group(1))):
        for name in _agencies_in(_fold1(slash.group(1))):
            found.add("agencies", name, item.line)
        without = without[: slash.start()]
    for name in _names_in_byline(_before_date(without, _fold1(without))):
        found.add("authors", name, item.line)


def _before_date(plain: str, folded: str) -> str:
    """The part of a "Name — 30 septembre 2015 à 17h25" line before its date."""
    dates = _find_dates(folded)
    cut = dates[0].start if dates else len(plain)
    marks = [m.start() for m in _PUBLISHED_WORDS().finditer(folded, 0, cut)]
    marks += [m.start() for m in _UPDATED_WORDS().finditer(folded, 0, cut)]
    if marks:
        cut = min(marks)
    head = _DATE_LEAD().sub("", plain[:cut])  # "Jeanne Martin, le" → "Jeanne Martin"
    return head.rstrip(" ,-|\u2014\u2013(")


def _date_line(
    found: _Found,
    item: Removed,
    folded: str,
    reference: datetime | None,
    *,
    bare_ok: bool = True,
) -> bool:
    """Read published/updated dates from one removed line; say whether it gave one.

    With *bare_ok* false (a line of a news-ticker widget), a date needs "publié" or "mis
    à jour" before it.
    """
    group = _group(item.rule)
    dates = _classify_dates(folded, _find_dates(folded))
    got = False
    for kind, found_date in dates:
        if not kind:
            if not bare_ok:
                continue
            # A date with no "publié"/"mis à jour" before it counts only on a dated line
            # of the header (a stamp, a byline with its date, a line that is only a date):
            # footers carry other articles' dates, captions the date of the photo.
            if item.zone != "header" and not _strip_opening(folded)[1]:
                continue
            date_only = _DATE_ONLY_BEFORE().match(folded[: found_date.start]) and (
                _DATE_ONLY_AFTER().match(folded[found_date.end :])
            )
            if not (group in ("date", "byline") or date_only or _strip_opening(folded)[1]):
                continue
            kind = "published"
        found.add(kind, found_date.iso, item.line)
        got = True
    # "Publié le 14 mars 2026 à 7h12, mis à jour à 9h30": the update is the same day.
    later = _UPDATED_TIME().search(folded)
    if later is not None and dates and dates[-1][1].start < later.start():
        hour, minute = int(later["h"]), int(later["min"] or 0)
        if hour < 24 and minute < 60:
            day = dates[-1][1].iso[:10]
            found.add("updated", f"{day}T{hour:02d}:{minute:02d}", item.line)
            got = True
    if not dates and reference is not None and group == "date":
        iso = _relative_date(folded, reference)
        if iso is not None:
            kind = "updated" if _UPDATED_WORDS().search(folded) else "published"
            found.add(kind, iso, item.line)
            got = True
    return got


_FEED = lazy_pattern(
    r"^(?P<agency>[a-z][a-z .'-]{1,30}?)(?: ?[-/|:] ?(?P<rubric>[a-z][a-z -]{0,30}))?$"
)


def _agency_feed(plain: str, folded: str) -> bool:
    """A header line naming the agency feed the text comes from ("afp - high-tech").

    The boilerplate rules read it as a photo credit; it is one only when a photographer's
    name or a photo word goes with the agency, so a lower-case rubric after the agency
    name makes it the text's agency.
    """
    match = _FEED().match(folded)
    if match is None or match["agency"].strip() not in _agencies():
        return False
    rubric = match["rubric"]
    if rubric is None:
        return True
    written = plain[match.start("rubric") :]
    return written == written.lower() and "photo" not in rubric


# Words that may stand around agency names in a credit line made of nothing else.
_CREDIT_WORDS = frozenset(
    {"avec", "source", "sources", "d'apres", "selon", "via", "texte", "et", "l'", "la", "le"}
    | {"les", "agence", "agences", "de", "des", "d'"}
)


def _agency_only(folded: str) -> bool:
    """Whether *folded* is an agency credit and nothing else: "avec afp et reuters", "(belga)".

    >>> _agency_only("avec l'afp et reuters."), _agency_only("afp"), _agency_only("photo afp")
    (True, True, False)
    """
    if "©" in folded or "(c)" in folded or len(folded) > 80:
        return False
    words = re.findall(r"[a-z][a-z.'-]{0,40}", folded.replace("l'", "l' "))
    if not words or re.search(r"[^a-z.'(),/&:\s-]", folded):
        return False
    agencies = _agencies_in(folded)
    if not agencies:
        return False
    allowed = _agency_words() | _CREDIT_WORDS
    return all(w.rstrip(".") in allowed for w in words)


def _agency_line(found: _Found, item: Removed, plain: str) -> None:
    folded = _fold1(plain)
    for name in _agencies_in(folded):
        found.add("agencies", name, item.line)
    match = _DATELINE().match(plain)
    if match is not None and _agencies_in(_fold1(match["agency"])):
        found.add("place", _place(match["place"]), item.line)


def _source_line(found: _Found, item: Removed, plain: str, folded: str) -> None:
    rule = item.rule
    value: str | None = None
    if rule == "source.label":
        value = plain.split(":", 1)[1] if ":" in plain else None
    elif rule == "source.according":
        match = re.search(r"\b(?:de|du|d')\s*(\S.*)$", plain[len("d'apres les informations") :])
        value = match.group(1) if match else None
    elif rule == "source.from":
        value = plain.split(" ", 1)[1] if " " in plain else None
    if value is None:
        return
    value = value.strip(" .")
    # "Source : Jeanne Martin pour Le Journal": a byline written as a source line.
    author, sep, outlet = value.partition(" pour ")
    if sep and _as_name(author, single_ok=False) is not None:
        found.add("authors", _as_name(author, single_ok=False) or author, item.line)
        value = outlet.strip()
    if value and len(value) <= 80:
        for name in _agencies_in(_fold1(value)):
            found.add("agencies", name, item.line)
        found.add("source", value, item.line)


def _tags_from_label(found: _Found, item: Removed, plain: str) -> None:
    if ":" not in plain:
        return
    for tag in _TAG_SPLIT().split(plain.split(":", 1)[1]):
        tag = tag.strip(" .")
        if tag and len(tag.split()) <= 5:
            found.add("tags", tag, item.line)


def _tags_from_section(found: _Found, item: Removed, plain: str, is_open: bool) -> bool:
    """Tags listed one per line under a "Mots-clés" heading; return whether the list goes on."""
    if not item.rule.endswith(".section"):
        if ":" in plain and plain.split(":", 1)[1].strip():
            _tags_from_label(found, item, plain)
            return False
        return True  # the heading itself: the list starts on the next line
    # A tag is a few words with no sentence punctuation and no figure; anything else
    # (a teaser, a "12 commentaires", a date) ends the list.
    if not is_open or len(plain.split()) > 4 or re.search(r"[\d.!?:]", plain):
        return False
    if _NOT_A_TAG().search(_fold1(plain)):
        return False
    found.add("tags", plain, item.line)
    return True


def _place(raw: str) -> str:
    return " ".join(_tidy_token(t) for t in raw.split())


def _dateline(found: _Found, line: str, index: int) -> bool:
    """Read "PARIS (AFP) -" at the start of a body line: an agency and a place."""
    match = _DATELINE().match(line[:120])
    if match is None:
        return False
    agencies = _agencies_in(_fold1(match["agency"]))
    if not agencies:
        return False
    for name in agencies:
        found.add("agencies", name, index)
    found.add("place", _place(match["place"]), index)
    return True


def _bare_name(text: str) -> str | None:
    """A line that is a person's name and nothing else: two to four capitalised words,
    none of them a rubric, region or site word ("Nouvelle Aquitaine", "Vie Locale")."""
    if len(text) > 60:
        return None
    tokens = text.strip().split()
    if not 2 <= len(tokens) <= 4:
        return None
    if any(_fold1(token).strip(".,:") in _not_names() for token in tokens):
        return None
    return _as_name(text, single_ok=False)


_HEADINGS = frozenset({"par", "auteur", "auteurs", "auteure", "autrice", "l'auteur", "l'autrice"})


def _leading_name(text: str) -> str | None:
    """The name opening a biography line: two or three capitalised words, then a lower-case
    role or a verb ("Jeanne Martin Professeure…", "Jeanne Martin a été rédactrice…")."""
    tokens = text.split()
    for size in (3, 2):
        if len(tokens) <= size:
            continue
        follower = _fold1(tokens[size])
        if tokens[size][:1].islower() or follower in _roles() or follower.split("-")[0] in _roles():
            name = _as_name(" ".join(tokens[:size]), single_ok=False)
            if name is not None:
                return name
    return None


def _names_next_to_dates(
    found: _Found, lines: list[str], by_line: dict[int, Removed], date_lines: set[int]
) -> None:
    """A header name line just above or below the date line ("Jean Dupont" / "Publié le…")."""
    for index in sorted(date_lines):
        for near in (index - 1, index + 1):
            item = by_line.get(near)
            if item is None or item.zone != "header" or _group(item.rule) in ("credit", "nav"):
                continue
            name = _bare_name(item.text)
            if name is not None:
                found.add("authors", name, near)
    # "Par :" or "Auteur" on a line of its own, the name on the next ("Jeanne Martin" or
    # "Jeanne Martin Professeure d'histoire, Université de Lille"). The heading is read
    # whether the boilerplate step removed it or not: the pair is unambiguous.
    for index, line in enumerate(lines[:-1]):
        if len(line) > 12 or _fold1(line).strip(" :") not in _HEADINGS:
            continue
        following = lines[index + 1]
        if len(following) > MAX_LINE:
            continue
        name = _as_name(following, single_ok=True)
        if name is None:
            name = _leading_name(following)
        if name is not None:
            found.add("authors", name, index + 1)


# "Jeanne Martin, à Lyon": a signature with the place it was written from.
_SIGNED_AT = lazy_pattern(
    r",\s{0,3}(?:à|a|depuis|de)\s{1,3}[A-ZÀ-Þ][\w'’-]{0,30}(?: [\w'’-]{1,30}){0,2}$"
)

_SIGN_OFF_AFTER = frozenset({"credit", "agency", "source", "copyright", "social", "date"})


# How many sign-off candidates are checked against the body (each check reads it all).
_MENTION_CHECKS = 3


def _sign_off(
    found: _Found, lines: list[str], by_line: dict[int, Removed], kept: list[int]
) -> None:
    """A name alone on a footer line right after body text: the author signing off.

    Credits and share buttons may come between the body and the name. The name is not
    taken when the next line is another short line removed for its shape: a run of short
    capitalised lines after the body is a tag list ("Elon Musk", "Twitter"), not a
    signature. Nor is it taken when the body names that person: then it is a caption or a
    tag. That check reads the whole body, so it is made for the first few candidates only.
    """
    checks = _MENTION_CHECKS
    for index in sorted(by_line):
        item = by_line[index]
        if item.zone != "footer" or _group(item.rule) in _SIGN_OFF_AFTER:
            continue
        name = _bare_name(_SIGNED_AT().sub("", item.text))
        if name is None or item.text.isupper() or not _follows_body(lines, by_line, index):
            continue  # an all-capitals line after the body is a rubric ("UNION EUROPÉENNE")
        after = next(
            (i for i in range(index + 1, min(len(lines), index + 4)) if lines[i].strip()), None
        )
        nxt = by_line.get(after) if after is not None else None
        if (
            nxt is not None
            and len(nxt.text.split()) <= 3
            and _group(nxt.rule) == "shape"
            and not _is_role(nxt.text)  # "Jeanne Martin" / "La rédac'": a signature
        ):
            continue
        if checks == 0:
            return
        checks -= 1
        if _mentioned(name, lines, kept, index):
            continue  # a caption or a tag naming someone the article speaks of
        found.add("authors", name, index)
        return


def _follows_body(lines: list[str], by_line: dict[int, Removed], index: int) -> bool:
    """Whether only blank lines and credit-like removed lines separate *index* from the body."""
    steps = 0
    for i in range(index - 1, max(-1, index - 8), -1):
        if not lines[i].strip():
            continue
        item = by_line.get(i)
        if item is None:
            return True
        if _group(item.rule) not in _SIGN_OFF_AFTER or steps >= 2:
            return False
        steps += 1
    return False


def _drop_prefix_names(authors: list[Value]) -> list[Value]:
    """ "Thomas Luhaka" and later "Thomas Luhaka Losendjola": the same person, keep the longer."""
    kept: list[Value] = []
    for value in authors:
        folded = _fold1(str(value.value)).split()
        merged = False
        for i, other in enumerate(kept):
            other_folded = _fold1(str(other.value)).split()
            short, long_ = sorted((folded, other_folded), key=len)
            if long_[: len(short)] == short:
                if len(folded) > len(other_folded):
                    kept[i] = replace(other, value=value.value)
                merged = True
                break
        if not merged:
            kept.append(value)
    return kept


def _is_role(text: str) -> bool:
    """Whether a short line is a role or a newsroom ("Journaliste", "La rédac'")."""
    folded = _fold1(" ".join(text.split())).strip(" .'")
    return folded in _roles() or folded in _press_roles()


def _widget_lines(lines: list[str], by_line: dict[int, Removed]) -> set[int]:
    """The removed lines next to a news-ticker heading ("Flash infos"), in its run.

    Up to two removed lines on each side of the heading, stopping at a kept line: a
    ticker's time stamps and names are other articles'.
    """
    out: set[int] = set()
    for index, item in by_line.items():
        if len(item.text) > 40 or _fold1(" ".join(item.text.split())).strip(" :.") not in (
            _widget_headings()
        ):
            continue
        for step in (-1, 1):
            near, seen = index + step, 0
            while 0 <= near < len(lines) and seen < 2:
                if near in by_line:
                    out.add(near)
                    seen += 1
                elif lines[near].strip():
                    break  # a kept line ends the widget
                near += step
    return out


# --- the article's edges: kept lines that are bylines, dates or credits -----------------------

#: How many kept lines are read at the top of the text and at its end.
_TOP = 6
_BOTTOM = 3
#: A kept line longer than this is a paragraph, not a byline or a date stamp.
_SHORT = 80
_PARAGRAPH = 150
# Words that may stand around the dates of a kept line that is a date stamp and nothing
# else ("Publié le mardi 14 mars 2026 à 7h12 | Mis à jour le …").
_STAMP_WORDS = frozenset(
    {"publie", "publiee", "mis", "mise", "en", "ligne", "a", "jour", "le", "du", "modifie"}
    | {"modifiee", "actualise", "actualisee", "derniere", "maj", "et", "lundi", "mardi"}
    | {"mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)
_STAMP_TOKEN = lazy_pattern(r"[^\s,;:|/\\.–—-]{1,40}")
# "Par Jeanne Martin – Le conseil municipal a voté…": a byline run into the first paragraph.
_LEAD_DASH = lazy_pattern(r" [-–—|] ")


def _date_stamp(found: _Found, index: int, plain: str, reference: datetime | None) -> bool:
    """Read a kept line that is a date stamp and nothing else; say whether it was one."""
    if len(plain) > _SHORT:
        return False
    folded = _fold1(plain)
    dates = _find_dates(folded)
    if not dates:
        return False
    rest, cut = [], 0
    for found_date in dates:
        rest.append(folded[cut : found_date.start])
        cut = found_date.end
    rest.append(folded[cut:])
    words = _STAMP_TOKEN().findall(" ".join(rest))
    if any(word not in _STAMP_WORDS for word in words):
        return False  # "Le rapport publié le 3 mars 2020 montre…": prose with a date
    item = Removed(index, plain, 0, len(plain), "header", "date.kept")
    return _date_line(found, item, folded, reference)


def _press_role(part: str) -> bool:
    """Whether *part* is a press role and a few words ("envoyés spéciaux à Kiev")."""
    if re.search(r"[.!?;:\d]", part.rstrip(". ")):
        return False
    words = _fold1(part).split()
    if words and words[0] in ("de", "par"):  # "De nos envoyés spéciaux à Kiev"
        words = words[1:]
    if not words or len(words) > 7:
        return False
    return any(" ".join(words[:size]) in _press_roles() for size in (1, 2, 3))


def _names_only(part: str) -> list[str]:
    """The names of "Jeanne Martin et Paul Durand", or ``[]`` if any piece is not a name."""
    names = [_as_name(piece, single_ok=False) for piece in _AND().split(part.strip())]
    if not names or any(name is None for name in names):
        return []
    return [name for name in names if name is not None]


def _role_byline(plain: str) -> list[str]:
    """The names of a line made of names and a press role, around one comma.

    >>> _role_byline("Par Jeanne Martin et Paul Durand, envoyés spéciaux à Kiev")
    ['Jeanne Martin', 'Paul Durand']
    >>> _role_byline("De notre correspondante à Bruxelles, Jeanne Martin")
    ['Jeanne Martin']
    >>> _role_byline("Jeanne Martin, directrice de l'école, a ouvert la séance.")
    []
    """
    head, comma, rest = plain.partition(",")
    if not comma or len(plain) > _SHORT:
        return []
    if _press_role(rest):  # "Jeanne Martin, envoyée spéciale à Kiev"
        return _names_only(_strip_opening(head)[0])
    if _press_role(head):  # "De notre correspondante à Bruxelles, Jeanne Martin"
        return _names_only(rest)
    return []


def _byline_lead(plain: str) -> list[str]:
    """The names of "Par Jeanne Martin – Le conseil…": a byline run into a paragraph.

    Only "Par" (or another byline opening), names, then a dash: "Par ailleurs, …" or "Par
    Jeanne, la ville…" are prose.
    """
    rest, opened = _strip_opening(plain[:120])
    dash = _LEAD_DASH().search(rest)
    if not opened or dash is None or dash.start() > 60:
        return []
    names = []
    for part in _NAME_PARTS().split(rest[: dash.start()]):
        for piece in _AND().split(part):
            name = _as_name(piece, single_ok=False)
            if name is None:
                return []
            names.append(name)
    return names


def _mentioned(name: str, lines: list[str], kept: list[int], index: int) -> bool:
    """Whether the family name of *name* (written on line *index*) is written in the body.

    A caption naming the person in the news ("Jeanne Martin" above "Jeanne Martin a
    annoncé…") names someone the article speaks of; its author is not spoken of. Lines
    that open with the whole name (the same signature repeated) do not count.
    """
    family = re.sub(r"^[dDlL]['\u2019]", "", name.split()[-1])  # "d'Estaing": "Estaing"
    pattern = re.compile(rf"(?<!\w)(?:{re.escape(family)}|{re.escape(family.upper())})(?!\w)")
    whole = _fold1(name)
    for i in kept:
        line = lines[i]
        if i == index or pattern.search(line) is None:
            continue
        # "Jeanne Martin Radio Exemple" repeats the signature; "Jeanne Martin a dit" is prose.
        short = " ".join(line.split()) if len(line) <= 60 else ""
        if not short or not _fold1(short).startswith(whole) or re.search(r"[.!?;:,(]", short):
            return True
    return False


def _repeated(name: str, lines: list[str], index: int) -> bool:
    """Whether another short line opens with the whole *name* ("Jeanne Martin Radio Exemple"
    at the end of a text whose head has "Jeanne Martin"): a signature written twice."""
    whole = _fold1(name)
    for i, line in enumerate(lines):
        if i == index or len(line) > 60 or re.search(r"[.!?;:,(]", line):
            continue
        if _fold1(" ".join(line.split())).startswith(whole):
            return True
    return False


def _family_in_capitals(line: str) -> bool:
    """ "Jeanne MARTIN": the family name in capitals after a given name that is not."""
    tokens = line.split()
    return (
        len(tokens) >= 2
        and len(tokens[-1]) > 1
        and tokens[-1].isupper()
        and not (tokens[0].isupper())
    )


def _next_to_credit(
    lines: list[str], by_line: dict[int, Removed], index: int, *, at_top: bool
) -> bool:
    """Whether the nearest line before or after *index* was removed as a photo credit: a
    name next to "Photo : Jeanne Martin" is the caption of a picture. In the head a "©"
    line is a photo credit too; at the end it is the site's, which a signature precedes."""
    groups = ("credit", "copyright") if at_top else ("credit",)
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(lines) and abs(near - index) <= 3 and not lines[near].strip():
            near += step
        item = by_line.get(near)
        if item is not None and _group(item.rule) in groups:
            return True
    return False


def _is_prose(line: str) -> bool:
    """Whether a kept line reads as a paragraph: long, or a sentence of eight words or more.

    A question is not counted: headlines are often questions.
    """
    if len(line) > _PARAGRAPH:
        return True
    line = line.rstrip()
    return len(line.split()) >= 8 and line.endswith((".", "!", "\u2026", "»", '"', "\u201d"))


def _edges(
    found: _Found,
    lines: list[str],
    kept: list[int],
    by_line: dict[int, Removed],
    reference: datetime | None,
) -> None:
    """Bylines, date stamps and agency credits the boilerplate step kept at the text's edges.

    The head is the first :data:`_TOP` kept lines, up to the second paragraph (a title, a
    standfirst, a byline and a date stamp come before it); the tail is the last
    :data:`_BOTTOM` kept lines. Only whole-line shapes are read: in the head, a line that
    is a date stamp and nothing else and "Par Jeanne Martin – " opening a paragraph; at
    both edges, "(avec AFP)", "Jeanne Martin, envoyée spéciale à Kiev" and a name alone
    ("Jeanne Martin", "Jeanne MARTIN") when the body never names that person (a caption or
    a subheading does).
    """
    head: dict[int, int] = {}  # line index -> position in *kept*
    prose = 0
    for pos, index in enumerate(kept[:_TOP]):
        if prose > 1:
            break
        head[index] = pos
        prose += _is_prose(lines[index])
    tail = {kept[pos]: pos for pos in range(max(0, len(kept) - _BOTTOM), len(kept))}
    plain = {
        i: " ".join(lines[i].replace("\u00a0", " ").split())
        for i in head.keys() | tail.keys()
        if len(lines[i]) <= MAX_LINE
    }
    stamps = {i for i in head if i in plain and _date_stamp(found, i, plain[i], reference)}
    for index in sorted(plain):
        line, pos = plain[index], head.get(index, tail.get(index, 0))
        if not line or index in stamps:
            continue
        if _is_prose(line):
            # Only "Par Jeanne Martin – Le conseil…" at the very top is read in a paragraph.
            for name in _byline_lead(line) if index in head and pos < 3 else []:
                found.add("authors", name, index)
            continue
        folded = _fold1(line)
        if _agency_only(folded):
            for agency in _agencies_in(folded):
                found.add("agencies", agency, index)
            continue
        names = _role_byline(line) or (_byline_lead(line) if index in head and pos < 3 else [])
        for name in names:
            found.add("authors", name, index)
        if names:
            continue
        neighbours = (
            kept[pos - 1] if pos > 0 else None,
            kept[pos + 1] if pos + 1 < len(kept) else None,
        )
        alone = _edge_name(lines, kept, index, neighbours, stamps, at_top=index in head)
        if alone is not None and not _next_to_credit(lines, by_line, index, at_top=index in head):
            found.add("authors", alone, index)


def _edge_name(
    lines: list[str],
    kept: list[int],
    index: int,
    neighbours: tuple[int | None, int | None],
    stamps: set[int],
    *,
    at_top: bool,
) -> str | None:
    """A kept edge line that is a person's name alone, with the checks of :func:`_edges`.

    *neighbours* are the kept lines before and after it (``None`` at the text's ends).
    """
    line = " ".join(lines[index].split())
    line = _SIGNED_AT().sub("", line) if not at_top else line
    name = _bare_name(line)
    if name is None or len(name.split()) > 3:
        return None
    for token in name.split():
        # "Déclaration d'intérêts": an elided particle is followed by a capital in a name.
        if token[:2].lower() in ("d'", "d\u2019") and not token[2:3].isupper():
            return None
    before, after = neighbours
    if line.isupper() and not ({before, after} & stamps):
        return None  # "VIE LOCALE": a rubric, unless a date stamp goes with it
    # Two capitalised words may be a rubric or a place ("Rénovation Urbaine"): a name
    # alone needs a second sign that it signs the text. A date stamp next to it, the
    # family name in capitals, the same name opening another short line, or (at the end)
    # being the text's last kept line.
    if not (
        {before, after} & stamps
        or _family_in_capitals(line)
        or (not at_top and after is None)
        or _repeated(name, lines, index)
    ):
        return None
    if not at_top:
        # A signature follows prose, and is not the first of a run of short lines (tags).
        if before is None or len(lines[before]) <= _SHORT:
            return None
        following = next(
            (lines[i] for i in range(index + 1, min(len(lines), index + 4)) if lines[i].strip()),
            None,
        )
        if following and len(following[:80].split()) <= 3 and not _is_role(following):
            return None
    if _mentioned(name, lines, kept, index):
        return None
    return name
