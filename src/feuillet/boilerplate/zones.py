"""The zone model: header, footer and inline boilerplate found around the body.

* the **footer** is found by scanning up from the last line while lines are boilerplate,
  stopping at the first line of clear article prose; a section heading such as
  "Commentaires" or "Articles liés" below the body opens a footer block;
* the **header** is found by scanning down from the first line: boilerplate lines mixed
  with the headline and standfirst are removed until the running text starts;
* between them, **inline** lines are removed only on strong patterns ("Lire aussi : …",
  "Publicité", a newsletter box, a captioned photo credit).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from .._lazy import lazy_pattern
from .captions import elsewhen, placed, scene, verbless
from .signals import Doc, long_prose, plain_text, short_title
from .structure import (
    CUT,
    ITEM_BULLETS,
    LABEL_VALUE,
    NAMES,
    ONE_NAME,
    RATING,
    article_data,
    article_detail,
    author_bio,
    book_reference,
    box_heading,
    cuts_article,
    data_sheet,
    date_led_run,
    dated_entry,
    heads_list,
    in_practical_section,
    inline_ranking,
    introduced_item,
    letter_signature,
    list_item_of_text,
    named_list,
    named_pairing,
    numbered_sequence,
    pairing,
    practical_info,
    press_portrait,
)
from .text import LineShape

if TYPE_CHECKING:
    from .rules import Rule, Rules

__all__ = ["find_marks"]

# A related-article title led by its rubric ("Économie. La banque relève ses taux") or
# followed by its date ("santé • Un centre ouvre à Port-Clarin 12/03/2024").
_RUBRIC_TITLE = lazy_pattern(r"^[A-ZÉÈÀÂÎÔÇ][a-zéèàâêîôûç'-]{2,20}\. [A-ZÉÈÀÂÎÔÇ«\"]")
_DATED_TITLE = lazy_pattern(r"\s[•|·]\s.{8,200}\s\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
# A link led by an arrow ("► Les digues…", ">> Le dossier"): bullets the rules do not see.
_ARROW_LED = lazy_pattern(r"^\s*(?:>>|►|▶|→)\s*\S")
# Words glued by a scraper that dropped the separators of a menu ("RubriqueÀ la une").
_GLUED = lazy_pattern(r"[a-zéèàâêîôûç][A-ZÉÈÀÂÎÔÇ]")
# A row of tags: four or more capitalized terms separated by commas, no final stop.
_TAG_ROW = lazy_pattern(r"^[A-ZÉÈÀÂÎÔÇ][^,.;:!?]{0,40}(?:, [A-ZÉÈÀÂÎÔÇ0-9][^,.;:!?]{0,40}){3,30}$")
# A caption's credit after its last word: an agency's or paper's initials, alone or with
# the photographer ("… à loisir. DDM, Lucie Ferrand", "… la cérémonie. MAXPPP - Marc
# Aubel"), or initials glued to the caption by the scraper ("… devoir de mémoireJMD").
# A caption's credit after its final punctuation: an agency ("… le 3 mars. AFP"), a name
# in capitals ("… en 2026. JULIEN TERRASSE POUR « LE JOURNAL »"), "Photo X/Y", or names in
# parentheses ("… lundi matin. (Le Courrier, Mathieu Boisvert)").
# Agencies whose picture credit may follow a caption in brackets ("(AFP/Archives - Name)").
_PICTURE_AGENCY = "(?:AFP|AP|Reuters|Belga|ANP|Xinhua|EPA|Keystone)"
_CREDIT_TAIL = lazy_pattern(
    r"[.!?»] (?:- )?(?:[A-Z]{2,6}(?:, ?| ?/ ?| - )[A-ZÉÈ][\w'-]+(?: [A-ZÉÈ][\w'-]+){0,2}"
    r"|[A-Z]{2,6})$"
    r"|[a-zéèàç]{3}[A-Z]{2,4}$"
    r"|[.!?»] [A-ZÉÈÀÂÎÔÇ][A-ZÉÈÀÂÊÎÔÇ'’-]+(?: [A-ZÉÈÀÂÊÎÔÇ'’«»\"/-]+){1,12}$"
    r"|[.!?»] (?:- )?(?:Photos?|PHOTOS?|Crédits?(?: photo)?|Ph\.|Ph(?= ?:)|©|Archives"
    r"|Captures?(?: d'écran)?|Illustration|Images?|Cartographie|Infographie|Carte(?= ?:))"
    r"(?: archives)? ?:? ?(?:archives )?[A-ZÉÈ](?:[^.!?]|(?<=[A-ZÉÈ])\.){1,60}$"
    r"|[.!?»] \((?:Photo ?:? ?)?(?:DR|D\.R\.)\)$|[.!?»] - D\.R\.?$"
    # ("… mardi. Photo envoyée par un auditeur.": a reader's picture)
    r"|[.!?»] (?:Photos?|Images?|Vidéos?) (?:envoyée|transmise|fournie|prise|partagée)s? par "
    r"[^!?]{2,50}$"
    r"|[.!?»] \((?:Illustration|Photo d'illustration|Image d'illustration)\)$"
    r"|[.!?»] \((?:Photo ?:? ?)?[A-ZÉÈ][^()]{1,60}(?: ?/ ?|, )"
    r"[A-ZÉÈ][\w'’-]+(?: (?:de la |de l'|de |du |des |d'|d’)?[A-ZÉÈ][\w'’-]+){0,3}\)$"
    r"|(?<=[a-zà-ÿ)])[.!?] [A-ZÉÈ][a-zéèëêïîôûç'’-]+ [A-ZÉÈ][a-zéèëêïîôûç'’-]+"
    r"(?:-[A-ZÉ][a-zéèç'’-]+)?$"
    r"|[.!?»] (?:[A-ZÉÈ][\w'’-]+ ){1,3}pour [«\"]? ?[A-ZÉÈ][^.!?]{1,50}$"
    r"|[.!?»] [A-ZÉÈ][\w'’ -]{1,40}/ ?[A-ZÉÈ][\w.'’& -]{1,40}$"
    r"|[.!?»] \((?:Ph|Photo)\.? ?:? ?[A-Z]{2,8}\)$"
    # ("…, le 3 mars 2024 (AFP/Archives - Yao DZIKPE)": an agency's credit, no stop before)
    r"|\w \(" + _PICTURE_AGENCY + r"(?:/[A-Z][\w-]{1,15})? ?[-/] ?"
    r"[A-ZÉÈ][\w'’. -]{1,50}\)$"
    # "… en 2005. (Archives Le Courrier)", "… mardi. | ARCHIVES LE JOURNAL", and the
    # Québec form with no stop before it: "… la semaine dernière PHOTO LUC ROY, LE SOLEIL".
    r"|[.!?»] \((?:Photos?|Archives|Crédits?(?: photo)?) [A-ZÉÈ][^()]{1,60}\)$"
    r"|[.!?»] \| [^|]{2,60}$"
    r"|[a-zéèàç] PHOTOS? [A-ZÉÈ][A-ZÉÈÀÂÊÎÔÇ'’. -]+(?:, [A-ZÉÈÀÂÊÎÔÇ'’ -]{2,40})?$"
    r"|[.!?»] (?:Keystone|Belga|Reuters|Getty Images|Shutterstock|Unsplash|Pixabay|Sipa|Maxppp"
    r"|Abaca|iStock|Hans Lucas|Wikimedia Commons)$"
)
_CAPTION_WORDS = 40
# Labels that open a caption, not a list's item ("Photo : les élèves ont coupé le ruban.").
_CAPTION_LABELS = ("Photo :", "Légende :", "En photo :", "Notre photo :")
_GLUED_CREDIT_WORDS = 6
# A section's number before its title in capitals ("II.", "3.", "B.").
_NUMBERING = lazy_pattern(r"^\s*(?:[IVXLC]{1,6}|\d{1,3}|[A-Z])\.$")
_PHOTO_CREDIT_STOP = lazy_pattern(
    r"[.!?»] (?:Photos?|PHOTOS?|Crédits?(?: photo)?) (?:archives? )?[A-ZÉÈ][^!?]{1,60}\.$"
    r"|[.!?»] (?:Photos?|Images?) (?:envoyée|transmise|fournie|prise|partagée)s? par [^!?]{2,50}\.$"
    r"|[.!?»] - D\.R\.$"
)
# What every credit tail needs: a sentence end before it, or capitals at the line's end.
_MAY_CREDIT = lazy_pattern(r"[.!?»] \S|[A-Z]{2}$|\(" + _PICTURE_AGENCY + r"\b")
# A breadcrumb from the home page to the article's title ("Accueil » Actualités » …"): the
# rules see it folded, where "»" reads as a quotation mark, so its raw form is checked.
_HOME_CRUMB = lazy_pattern(r"^(?:Accueil|ACCUEIL|Home|HOME) ?[»>›] \S")
_TIME_LED = lazy_pattern(
    r"^(?:\d+ )*(?:\d{1,2}[:h]\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?: ?\||(?=[a-z]))"
)
# How far above the footer a section heading is looked for.
_MAX_BLOCK_LINES = 150

# A date or time in a line: comments carry one ("02-11-2023 • 16h43", "Le 9 janvier à 13:06").
_STAMP = lazy_pattern(r"\b\d{1,2} ?[:h] ?\d{2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b")
_TRUNCATED = lazy_pattern(r"(?:\.\.\.|…)\s*$")
_BARE_READ_ALSO = lazy_pattern(
    r"^(?:[>»►▶→•*+|-]+ ?)?(?:a |en )?"
    r"(?:lire|voir|a lire|a voir|lire aussi|a decouvrir|consultez|lisez|decouvrez)"
    r"(?: aussi| egalement| encore)?(?: sur [^ ]{2,40})?\s*:?$"
    # (The headings of rule recirc.read-also.3, which removes them between paragraphs.)
    r"|^(?:vous pouvez (?:aussi |egalement )?lire(?: aussi| egalement)?|pour memoire|vakio koa)"
    r"\s*:?$"
)


# --------------------------------------------------------------------------- zones


def _scan_header(doc: Doc, marks: dict[int, tuple[str, str]], stop: int) -> int:
    """Mark header lines; return the index of the first line after the header zone."""
    first = doc.next_nonblank(-1, stop)
    if first is None:
        return 0
    found: dict[int, str] = {}
    last = -1
    solid = 0
    kept: list[int] = []
    solid_above = False  # a full paragraph (kept or not) above the line
    previous = -1
    for i in range(first, stop):
        if doc.blank(i):
            continue
        solid_above = solid_above or (previous >= 0 and doc.shape(previous).solid)
        previous = i
        if doc.keep(i) is not None or (solid and doc.structure(i)):
            # (Under the standfirst, a table's row or a live blog's entry time is the
            # article's.)
            kept.append(i)
            continue
        if (
            i != first
            and ":" in doc.lines[i]
            and data_sheet(doc, i)
            and doc.copy(i, later=True) is None  # (a table of contents' entries come back)
        ):
            # A recipe's or a film's sheet under the headline ("Préparation : 20 min",
            # "Cuisson : 35 min", …): the article's data, however short its lines.
            kept.append(i)
            continue
        if solid and _in_figure_list(doc, i, stop):
            # Under the standfirst, three or more "Label – 9 sièges" or "Participation :
            # 90,2 %" lines in a row are the article's results, whatever a rule says.
            kept.append(i)
            continue
        rule = doc.rule(i, "header")
        if rule is not None and article_data(doc, rule, i):
            kept.append(i)
            continue
        if (
            rule is not None
            and _headline_shape(doc, i, rule, stop)
            # (Above it, only short lines kept: menu entries the scan did not know. The
            # headline is among the first lines kept: a few are read, so the scan stays
            # linear.)
            and not any(doc.shape(k).words >= _HEADLINE_MIN_WORDS for k in kept[:_KEPT_READ])
        ):
            kept.append(i)
            continue
        reason = rule.id if rule is not None else doc.junk(i)
        if reason in ("shape.symbols", "shape.no-letters") and (
            doc.structure(i) or _LIFE_SPAN().match(doc.lines[i]) is not None
        ):
            # A live blog's first entry time ("13h20", "13:20"), or the years of the life an
            # obituary tells ("(1944 – 2025)").
            reason = None
        if reason == "date.weekday" and _calendar(doc):
            # The first day of the article's calendar ("Vendredi 5 décembre"), whatever
            # its shape says.
            kept.append(i)
            continue
        if reason is None and solid <= 1 and _headline_copy(doc, i, kept[:2], stop):
            reason = "shape.repeated"
        if reason is None and i != first:
            headline = kept[0] if len(kept) == 1 and not solid_above else None
            reason = _header_shape(
                doc, i, stop, found, headline, standfirst=solid > 0, first_kept=not kept
            )
            if (
                reason is None
                and solid == 1
                and _caption_above_furniture(doc, i, stop, found)
                and not article_detail(doc, i)
            ):
                reason = "shape.caption"  # (a book's reference line is the review's)
            if (
                reason is None
                and solid <= 1
                and kept
                and _caption_below_furniture(doc, i, stop, found, standfirst=solid == 1)
            ):
                reason = "shape.caption"
        elif reason is None and _HOME_CRUMB().match(_composed(doc.lines[i].strip())):
            reason = "nav.breadcrumb"
        elif reason is None and _kicker(doc, i, stop):
            reason = "shape.kicker"
        elif reason is None and _rubric_row(doc, i):
            reason = "shape.kicker"  # ("Météo | Cotentin", "Enquête · Logement")
        elif reason is None and _signature_above_date(doc, i, stop):
            # (The author's, or a picture's subjects' names: no proven author.)
            reason = "shape.signature"
        elif reason is None and _menu_row_above_title(doc, i, stop):
            reason = "shape.menu"
        if reason is not None:
            found[i] = reason
            last = i
            continue
        kept.append(i)
        if doc.shape(i).solid and not (solid and article_detail(doc, i)):
            # (A book's reference line under the standfirst is no running text.)
            solid += 1
            if solid >= 2:
                contents = _table_of_contents(doc, kept, i, found)
                found.update(contents)
                last = max(last, *contents) if contents else last
                break
    else:
        # Fewer than two full paragraphs: the scan ran to the end of the text, through the
        # footer too. The header then ends at the first line it did not take (past a
        # headline standing above more header lines); the footer scan starts below it.
        last = _short_text_header_end(doc, first, stop, found)
    site = _above_the_menu(doc, first, stop, found)
    if site:
        found.update(site)
        last = max(last, *site)
    elif first not in found and _masthead(doc, first, stop):
        # (Judged once the scan is done: the lines below were read with it kept.)
        found[first] = "source.masthead"
        last = max(last, first)
    teasers = _teasers_above_the_menu(doc, [i for i in kept if i not in found], found)
    if teasers:
        found.update(teasers)
        last = max(last, *teasers)
    for i, reason in found.items():
        if i <= last:
            marks[i] = ("header", reason)
    return last + 1


_FIGURE_LINE = lazy_pattern(
    r"^[^\d:|–]{2,60}?(?: [–-] |\s*:\s*)\d[\d ,.]*"
    r"(?:%|sièges?|voix|€|euros?|km|points?|pts|buts?|ans|kg|t|m|h)?$"
)
_FIGURE_WORDS = 8


def _figure_line(doc: Doc, i: int | None) -> bool:
    if i is None or doc.shape(i).words > _FIGURE_WORDS:
        return False
    return _FIGURE_LINE().match(doc.lines[i].strip()) is not None


def _in_figure_list(doc: Doc, i: int, stop: int) -> bool:
    """Whether line *i* is one of three or more "label – figure" lines in a row."""
    if not _figure_line(doc, i):
        return False
    above = doc.previous_nonblank(i)
    below = doc.next_nonblank(i, stop)
    run = [_figure_line(doc, above), _figure_line(doc, below)]
    if all(run):
        return True
    if run[0] and above is not None:
        return _figure_line(doc, doc.previous_nonblank(above))
    if run[1] and below is not None:
        return _figure_line(doc, doc.next_nonblank(below, stop))
    return False


def _headline_shape(doc: Doc, i: int, rule: Rule, stop: int) -> bool:
    """Whether line *i*, which a rule matches, stands where the headline does.

    A title above the standfirst, with the byline or the date right under them ("Notre
    sélection du week-end : …" over "Du vendredi 17 au dimanche 19 octobre, …" over "Par
    la rédaction"): the rule's words open the headline. Bylines, dates and the like are
    never headlines.
    """
    line_shape = doc.shape(i)
    if rule.group in _NEVER_HEADLINES or line_shape.terminal:
        return False
    if line_shape.words < _HEADLINE_MIN_WORDS:
        return False
    standfirst = doc.next_nonblank(i, stop)
    if standfirst is None or not doc.shape(standfirst).solid:
        return False
    below = doc.next_nonblank(standfirst, stop)
    signed = doc.rule(below, "header") if below is not None else None
    return signed is not None and signed.group in ("byline", "date")


_HEADLINE_MIN_WORDS = 5
_KEPT_READ = 8
_NEVER_HEADLINES = frozenset(
    {"byline", "date", "reading-time", "cookie", "navigation", "social", "credit"}
)


_LIFE_SPAN = lazy_pattern(r"^\s*\((?:1[6-9]|20)\d{2} ?[-–] ?(?:1[6-9]|20)\d{2}\)\s*$")


def _headline_copy(doc: Doc, i: int, top: list[int], stop: int) -> bool:
    """Whether *i* repeats the headline or standfirst that already head the text.

    (A video's title under the standfirst, the standfirst given twice.) The first copy
    heads the text when the standfirst follows it; a copy that itself stands above the
    first paragraph is the heading of the text, and the one above is the page's.
    """
    line_shape = doc.shape(i)
    following = doc.next_nonblank(i, stop)
    if not line_shape.solid and following is not None and doc.shape(following).solid:
        return False
    for k in top:
        if doc.folded(k) != doc.folded(i):
            continue
        after = doc.next_nonblank(k, stop)
        if doc.shape(k).solid or (after is not None and doc.shape(after).solid):
            return True
    return False


# A table of contents: at least this many entries in a row.
_CONTENTS_RUN = 2
_CONTENTS_WORDS = 12


def _table_of_contents(
    doc: Doc, kept: list[int], body: int, found: dict[int, str]
) -> dict[int, str]:
    """The entries of a table of contents the header scan kept above the body.

    Short lines in a row, under the standfirst (the first full paragraph) and above the
    running text that starts at *body*, each given again as a line of its own below it:
    the subheadings of the article ("Écran et design", "Autonomie", …). A single such line
    (a quoted post's signature) stays, and so do the site's menu entries above the
    headline, even when the footer repeats them.
    """
    entries: dict[int, str] = {}
    run: list[int] = []
    standfirst = next((k for k, i in enumerate(kept) if doc.shape(i).solid), len(kept))
    # (Under its heading, "Sommaire" or "Dans cet article", the table may come first.)
    above = [doc.previous_nonblank(i) for i in kept]
    headings = [found.get(k) if k is not None else None for k in above]
    headed = next((k for k, reason in enumerate(headings) if reason == "nav.contents"), None)
    start = standfirst + 1 if headed is None else min(standfirst + 1, headed)
    # (A headed table's first entry may come back above the second full paragraph.)
    limit = body if headed is None or standfirst >= len(kept) else kept[standfirst]
    for i in kept[start:]:
        if (
            doc.shape(i).words <= _CONTENTS_WORDS
            and not doc.lines[i].rstrip().endswith(".")
            and doc.last_copy(i) > limit
        ):
            run.append(i)
            continue
        if len(run) >= _CONTENTS_RUN:
            entries.update(dict.fromkeys(run, "shape.contents"))
        run = []
    if len(run) >= _CONTENTS_RUN:
        entries.update(dict.fromkeys(run, "shape.contents"))
    return entries


# The parts of a row of metadata ("Élevage | Publié le 27/03/2025 | Par Pascal Ribes").
_ROW_SEPARATOR = lazy_pattern(r" [|•·] ")
_CAPITALS = 0.9
_ROW_WORDS = 30
_ROW_PART_WORDS = 3
# An initial's full stop at the end of a name ("Par Tahina R.").
_FINAL_INITIAL = lazy_pattern(r"(?<=\b[A-Z])\.$")


def _metadata_row(doc: Doc, i: int, *, loose: bool = False) -> bool:
    """A row of a byline or a date with a rubric, a place, a time or the outlet's name,
    set apart by "|", "•" or "·" (or, when *loose*, a spaced dash or a comma).

    ("Mobilités — 7 novembre 2024 — Lecture 4 min", "Jeanne Cuendet, publié: 09.03.2025,
    19h26".) Every part is a byline, a date or a reading time that a rule names, another
    rule's line ("👁 1 960 vues"), or a few words without final punctuation or colon (a
    rubric, a place, a name, an hour); one part at least is dated or signed. The scan
    reads rows loosely under the headline only: a broadcast's title may be a dated row
    ("Mercredi 12 février – édition de 18h, …").
    """
    if doc.shape(i).words > _ROW_WORDS:
        return False
    parts = (_ROW_PARTS() if loose else _ROW_SEPARATOR()).split(doc.lines[i].strip())
    if len(parts) < 2:
        return False
    signed = False
    for part in parts:
        part = _FINAL_INITIAL().sub("", part.strip())
        rule = doc.rule_of(part, "header")
        if rule is not None and (rule.group in _ROW_GROUPS or rule.id == "social.listen"):
            signed = signed or rule.group != "reading-time" or "|" in doc.lines[i]
        elif rule is None and (
            len(part.split()) > _ROW_PART_WORDS or part.endswith((".", "!", "?", ":"))
        ):
            return False  # (a part another rule names, "👁 1 960 vues", may be longer)
    return signed


# The parts of a metadata row: "|", "•", "·", a spaced dash, a comma.
_ROW_PARTS = lazy_pattern(r" [|•·–—-] |, ")
_ROW_GROUPS = ("byline", "date", "reading-time")


def _caption_above_furniture(doc: Doc, i: int, stop: int, found: dict[int, str]) -> bool:
    """A photo's caption between the standfirst and the byline, date or share bar.

    ("Le port de Tyr, au lever du jour." under the standfirst, above "Publié le …".)
    The scan has kept one full paragraph, the standfirst; a short sentence under it with
    header furniture right below is the picture's caption: the article has not started,
    and its first paragraph comes after the byline.
    """
    line_shape = doc.shape(i)
    if not _CAPTION_MIN_WORDS <= line_shape.words <= _HEADER_CAPTION_WORDS:
        return False
    line = doc.lines[i].rstrip()
    if not line.endswith(".") or line.endswith("..") or " : " in line or "?" in line:
        return False
    if line.lstrip()[:2] in ITEM_BULLETS:
        return False  # (the last point of "L'essentiel" above the byline)
    previous = doc.previous_nonblank(i)
    if previous is not None and previous not in found and not doc.shape(previous).solid:
        return False  # (under another short line, not the standfirst: a list's last item)
    following = doc.next_nonblank(i, stop)
    if following is None or doc.shape(following).solid:
        return False
    rule = doc.rule(following, "header")
    return rule is not None and rule.id.startswith(_BELOW_HEADLINE + _UNDER_PICTURE)


def _caption_below_furniture(
    doc: Doc, i: int, stop: int, found: dict[int, str], *, standfirst: bool
) -> bool:
    """A photo's caption between the byline, date or share bar (or the standfirst) and
    the first paragraph.

    ("Au marché couvert, lundi matin." under "Publié le … par …", above the running text.)
    A short sentence that the header's furniture or the standfirst introduces and a full
    paragraph follows, with a caption's wording; or any one sentence under the byline or
    the date when the *standfirst* already stands above them.
    """
    line_shape = doc.shape(i)
    if not _CAPTION_MIN_WORDS <= line_shape.words <= _LEAD_CAPTION_WORDS:
        return False
    line = doc.lines[i].strip()
    if not line.endswith(".") or line.endswith("..") or " : " in line or "?" in line:
        return False
    if line[:2] in ITEM_BULLETS or book_reference(line) or article_detail(doc, i):
        return False  # (a standfirst's bullet points, a review's reference line)
    previous = doc.previous_nonblank(i)
    above = found.get(previous, "") if previous is not None else ""
    tail = _CAPTION_TAIL().search(doc.folded(i)) is not None
    if (
        standfirst
        and above.startswith(_SIGNED)
        and (tail or not line_shape.solid)  # (the lede may be one long sentence)
        and _SENTENCE_END().search(line) is None  # (two sentences are a paragraph)
        and _CLOCK_LED().match(line) is None  # (a live blog's first entry)
    ):
        # Headline, standfirst, byline and date are all given: the article's first
        # paragraph does not come alone in one sentence; the picture's caption does,
        # with a verb or without ("Des ouvriers découpent la coque, le 12 mars."). In
        # the labelled files 72 such lines were captions, none the article's.
        tail = True
    elif line_shape.solid or line_shape.words > _HEADER_CAPTION_WORDS:
        # (Without the standfirst above, a sentence as long as a paragraph is the
        # article's first, even ending with a time: "…, samedi au stade Champroux.")
        return False
    if not tail and not (verbless(line) and placed(line)):
        # A short standfirst under the byline states a fact ("Trois communes sur quatre
        # ont dit oui."); a caption places its picture ("…, lundi matin.", "… lors de …")
        # or names what it shows, with no verb.
        return False
    if not tail and above.startswith("credit."):
        return False  # (under a picture's credit, a short line with no verb is a standfirst)
    if previous is not None and not above and doc.shape(previous).solid:
        # Right under the standfirst (a full paragraph under the headline), the picture
        # comes before the article's first paragraph; with no furniture around it, only a
        # caption's place or time at its end tells it from a short first paragraph
        # ("Contacté par l'AFP, le ministre a confirmé …" is the article's).
        headline = doc.previous_nonblank(previous)
        if headline is None or doc.shape(headline).solid:
            return False
        folded = doc.folded(i)
        if " qu" in folded or _CAPTION_PLACE().search(folded) is None or elsewhen(line):
            return False  # ("La prochaine édition devrait se tenir à Valbrune, en juillet.")
    elif not above.startswith(_BELOW_HEADLINE + _UNDER_PICTURE) or above.startswith(_CAPTIONED):
        return False  # (under a credited caption, a short sentence is the standfirst's)
    following = doc.next_nonblank(i, stop)
    return following is not None and doc.shape(following).solid and doc.keep(following) is None


_CAPTION_MIN_WORDS = 3
# Where and when a picture was taken, after a comma at the caption's end, or its wording.
# Where a person stands in the picture: "(au centre)", "(de dos)", "(en blanc)".
_IN_PICTURE = (
    r"\((?:a|au) (?:gauche|droite|centre|premier plan|second plan|milieu)\)"
    r"|\(de (?:dos|face|profil)\)|\(en (?:blanc|noir|rouge|bleu|vert|jaune|orange|maillot [a-z]+)\)"
)
_CAPTION_TAIL = lazy_pattern(
    r"(?:, (?:le|les|la|l'|ce|cet|cette|en|lors|au|aux|a|dans|devant|sur|vers|pendant|depuis|"
    r"pres|rue|place|avenue|boulevard|quai|hier|fin|debut|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche)\b[^,.]{0,70}\.$|\blors d|\bvues? (?:de|depuis)\b|"
    r"\bphotographiee?s?\b|" + _IN_PICTURE + ")"
)
# Where and when a picture was taken, at its caption's end: "…, mardi, dans l'ancienne
# caserne.", "…, en janvier dernier.", "… lors de la crue de 2024."
_CAPTION_PLACE = lazy_pattern(
    _IN_PICTURE + r"|\blors d|\bvues? (?:de|depuis)\b|\bphotographiee?s?\b"
    r"|, (?:(?:ce |cet |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"|(?:le |en )?\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
    r"septembre|octobre|novembre|decembre)\b|en \d{4}\b|(?:en |au |a l'|a la |fin |debut )"
    r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
    r"decembre|printemps|ete|automne|hiver)\b|hier\b|(?:dans|sur|devant|pres de|au pied de)"
    r" (?:le |la |les |l'|un |une |son |sa |ses )[^,.]{2,50}\.$)"
)
# A picture's credited caption: the lines under it are not its caption.
_CAPTIONED = ("credit.tail", "credit.caption", "credit.agency")
# Furniture under a picture: its credit, a share or listen bar.
_UNDER_PICTURE = ("social.", "agency.", "copyright.")
_HEADER_CAPTION_WORDS = 16
_LEAD_CAPTION_WORDS = 30
_CLOCK_LED = lazy_pattern(r"^\d{1,2} ?[h:] ?\d{2}\b")
# The byline and the date (with a reading time or a comments count beside them).
_SIGNED = ("byline.", "date.", "readtime.", "comments.")


_DAY_HEADING = lazy_pattern(
    r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(?:er)? [a-z]+\.?$"
)


def _calendar(doc: Doc) -> bool:
    """Whether two lines or more of the text are a day alone ("Samedi 6 décembre").

    A publication date stands once, above the article; an agenda heads each day's events.
    """
    found = doc.memo.get("calendar")
    if found is None:
        found = doc.memo["calendar"] = [
            i
            for i, line in enumerate(doc.lines)
            if len(line) <= _DAY_CHARS and _DAY_HEADING().match(doc.folded(i)) is not None
        ]
    return len(found) >= 2


_DAY_CHARS = 30


def _above_the_menu(doc: Doc, first: int, stop: int, found: dict[int, str]) -> dict[int, str]:
    """Short lines above a menu, when a headline follows the menu.

    A simple scraper's text may open with the site's name, its tagline and a rubric or two
    ("La Dépêche", "Le quotidien de la vallée", "Liège"), then menu entries, then the
    headline: the first lines are the site's, not a headline. Only when two or more menu
    lines the scan removed (no byline or date) follow them, or when they are themselves a
    column of menu words, and a title of more than three words comes before any paragraph.
    """
    top: list[int] = []
    i = first
    # (The site's name may have been taken for a kicker already: its tagline follows.)
    while i < stop and (doc.blank(i) or i not in found or (i == first and _kicker_only(found, i))):
        if not doc.blank(i):
            line_shape = doc.shape(i)
            # The site's name, perhaps its tagline, then rubric names.
            limit = (_SITE_WORDS, _TAGLINE_WORDS)[len(top)] if len(top) < 2 else _KICKER_WORDS
            if line_shape.words > limit or line_shape.terminal or line_shape.solid:
                break
            top.append(i)
        i += 1
    menu = entries = 0
    column = len(top) >= _MENU_COLUMN
    while i < stop and (doc.blank(i) or i in found):
        if not doc.blank(i):
            if found[i].startswith(_BELOW_HEADLINE):
                # A byline or a date under the menu: the lines above are the site's only
                # when they are a column of menu words and the headline comes after them.
                above = doc.previous_nonblank(i)
                if (
                    column
                    and menu >= 2
                    and above is not None
                    and _title_below_furniture(doc, above, stop)
                ):
                    return dict.fromkeys(top, "shape.menu")
                return {}
            menu += 1
            entries += found[i] in ("nav.menu", "shape.menu")
        i += 1
    if not top or (menu < 2 and not column) or i >= stop or doc.next_solid(0) < i:
        return {}
    if _kicker_only(found, first) and entries < 2:
        return {}  # (the kicker's headline above a player's furniture is the headline)
    headline = doc.shape(i)
    if headline.words <= _KICKER_WORDS or not short_title(headline, 25):
        return {}
    return dict.fromkeys(top, "shape.menu")


def _teasers_above_the_menu(doc: Doc, kept: list[int], found: dict[int, str]) -> dict[int, str]:
    """Headlines above a menu, when the article's headline follows the menu.

    A simple scraper's text may open with a ticker or the front page's latest headlines
    ("Tchad : la CENI publie la liste des candidats"), then the site's menu, then the
    article's headline: the lines above the menu are other articles' titles. Only titles
    (no paragraph), above two or more menu lines the scan removed (no byline or date), with
    a title of more than three words below them before any paragraph.
    """
    for n, k in enumerate(kept[:-1]):
        if not short_title(doc.shape(k), 25):
            return {}
        below = kept[n + 1]
        between = [j for j in range(k + 1, below) if not doc.blank(j)]
        if any(found.get(j, "").startswith(_HEADLINE_SIGNS) for j in between):
            return {}  # (a byline or a publication stamp under a title: it is the headline)
        if len(between) < 2 or not all(found.get(j, "").startswith(_MENU_REASONS) for j in between):
            continue
        headline = doc.shape(below)
        if headline.words > _KICKER_WORDS and short_title(headline, 25):
            return dict.fromkeys(kept[: n + 1], "shape.menu")
        return {}
    return {}


_MENU_REASONS = ("nav.", "shape.menu", "recirc.")
# What signs an article under its headline (the day's date of a masthead does not).
_HEADLINE_SIGNS = (
    "byline.",
    "date.stamp",
    "date.published",
    "date.row",
    "date.signed",
    "readtime.",
)


def _kicker_only(found: dict[int, str], i: int) -> bool:
    return found.get(i) == "shape.kicker"


# Furniture that stands below a headline (a byline, a date, a credit, a share bar): a run
# of it says nothing of the lines above it.
_BELOW_HEADLINE = ("byline.", "date.", "readtime.", "credit.", "social.share", "social.networks")


_TAGLINE_WORDS = 16
_MENU_COLUMN = 4
_SITE_WORDS = 5


def _short_text_header_end(doc: Doc, first: int, stop: int, found: dict[int, str]) -> int:
    """The first line kept by the header scan of a short text (the headline or body)."""
    kept = [i for i in range(first, stop) if not doc.blank(i) and i not in found]
    if not kept:
        return stop - 1
    if kept[0] == first and len(kept) > 1:
        following = doc.next_nonblank(first, stop)
        if following is not None and following in found:
            return kept[1]
    return kept[0]


_KICKER_WORDS = 3


def _masthead(doc: Doc, first: int, stop: int) -> bool:
    """Whether the first line is the publication's name: the page's copyright line names
    it ("© 2025 Le Petit Écho de la Vesvre") and a title stands below it, above the first
    full paragraph."""
    line_shape = doc.shape(first)
    name = doc.folded(first).strip()
    if line_shape.terminal or not 2 <= line_shape.words <= _MASTHEAD_WORDS or ":" in name:
        return False
    below = [j for j in range(first + 1, stop) if not doc.blank(j)]
    body = next((j for j in below if doc.shape(j).solid and doc.rule(j, "header") is None), None)
    if body is None or not any(
        doc.shape(j).words >= _KICKER_WORDS + 1 and not doc.shape(j).terminal
        for j in below
        if j < body
    ):
        return False
    for j in below[::-1]:
        if name in doc.folded(j):
            rule = doc.rule(j, "footer")
            if rule is not None and rule.group == "copyright":
                return True
    return False


_MASTHEAD_WORDS = 6


def _kicker(doc: Doc, first: int, stop: int) -> bool:
    """Whether the first line is a rubric, kicker or menu item above the real headline.

    The first line is the headline unless it is a word or three without final
    punctuation ("Entretien", "Ligue 1") and the next line is a headline itself (a title
    of four words or more, without final punctuation), another such short line (a menu),
    the site's chrome, or (for a single word) a byline and date above a title. A short
    headline followed by its standfirst keeps its place: a standfirst ends with a full
    stop.
    """
    line_shape = doc.shape(first)
    if line_shape.words > _KICKER_WORDS or line_shape.terminal:
        return False
    if not any(char.isalpha() for char in doc.folded(first)):
        return False
    following = doc.next_nonblank(first, stop)
    if following is None:
        return False
    rule = doc.rule(following, "header")
    if rule is not None and rule.group in _PAST_KICKER:
        # "Industrie", "Article réservé aux abonnés", then the headline.
        following = doc.next_nonblank(following, stop)
        if following is None:
            return False
        rule = doc.rule(following, "header")
    if rule is not None:
        # Above the site's chrome (a menu, a cookie notice, a "live" link, an account
        # prompt) it names the site or a rubric; above a byline or a date it is the
        # headline, unless it is a single word and a title stands below them
        # ("Entretien", "Publié le …", then the interview's title).
        if rule.group not in _ARTICLE_FURNITURE:
            return True
        # (A word and a number name a league: "Ligue 1", "Top 14".)
        numbered = line_shape.words == 2 and doc.folded(first).rsplit(" ", 1)[-1].isdigit()
        if line_shape.words == 1 or numbered:
            return _title_below_furniture(doc, following, stop)
        # Two or three words ("Santé publique", "Communiqué de presse") name a rubric as
        # well, unless they title a page of briefs: one paragraph under each title.
        title = _title_line_below_furniture(doc, following, stop)
        return title is not None and not _briefs_below(doc, title, stop)

    after = doc.shape(following)
    if after.terminal or after.solid:
        return False
    if after.words <= _KICKER_WORDS:
        # Two short lines: the real headline must still come before the running text,
        # unless both are lower-case interface labels ("article", "réactions").
        if _lower_label(doc, first) and _lower_label(doc, following):
            return True
        nxt = doc.next_nonblank(following, stop)
        # (Three such lines: "Rugby", "Fédérale 1", "Entretien", then the headline.)
        short = nxt is not None and doc.shape(nxt).words <= _KICKER_WORDS
        if short and nxt is not None and not doc.shape(nxt).terminal:
            nxt = doc.next_nonblank(nxt, stop)
        return nxt is not None and not doc.shape(nxt).solid and doc.shape(nxt).words > 3
    return after.words <= 25


# Menu entries between a kept first line and a short title: that line named the site.
_MENU_RUN = 3
# A notice that may stand between a rubric and the headline.
_PAST_KICKER = ("paywall", "advertising")
# Lines that stand under a headline: a short first line above them is the headline,
# unless a title follows them.
_ARTICLE_FURNITURE = ("byline", "date", "credit", "reading-time", "agency", "source", "note")
# How many such lines a kicker may stand above before the title.
_FURNITURE_RUN = 4


def _title_below_furniture(doc: Doc, i: int, stop: int) -> bool:
    """Whether a title follows the byline and date lines from line *i* on.

    The title must read as a headline (four words or more, no final stop) and stand
    above the running text: a short headline above its byline keeps its place when a
    paragraph follows the byline.
    """
    return _title_line_below_furniture(doc, i, stop) is not None


def _title_line_below_furniture(doc: Doc, i: int, stop: int) -> int | None:
    """The title line of :func:`_title_below_furniture`, or None."""
    line: int | None = i
    for _ in range(_FURNITURE_RUN):
        line = doc.next_nonblank(line, stop) if line is not None else None
        if line is None:
            return None
        rule = doc.rule(line, "header")
        if rule is None:
            shape = doc.shape(line)
            titled = not shape.terminal and not shape.solid and 4 <= shape.words <= 25
            return line if titled else None
        if rule.group not in _ARTICLE_FURNITURE and rule.group not in _PAST_KICKER:
            return None
    return None


def _briefs_below(doc: Doc, title: int, stop: int) -> bool:
    """Whether a title, one paragraph, then another title stand from line *title* on: a
    page of briefs, whose first line is the page's own title."""
    paragraph = doc.next_nonblank(title, stop)
    # (A brief may end with its agency in brackets, after the final stop.)
    if paragraph is None or not (doc.shape(paragraph).solid or doc.shape(paragraph).words > 25):
        return False
    following = doc.next_nonblank(paragraph, stop)
    if following is None or doc.rule(following, "header") is not None:
        return False
    shape = doc.shape(following)
    if shape.terminal or shape.solid or not 4 <= shape.words <= 25:
        return False
    brief = doc.next_nonblank(following, stop)
    return brief is not None and (doc.shape(brief).solid or doc.shape(brief).words > 25)


def _menu_row_above_title(doc: Doc, first: int, stop: int) -> bool:
    """Whether the first line is a row of rubric names above the headline.

    Four or more words, each capitalized, no function word and no punctuation
    ("Environnement Économie Politique Sport"), with a title (no final stop) below: a
    French headline is not written in title case.
    """
    line_shape = doc.shape(first)
    if line_shape.words < 4 or line_shape.terminal or line_shape.stop_share > 0:
        return False
    if line_shape.cap_share < 1.0 or any(
        not word.replace("-", "").isalpha() for word in doc.lines[first].split()
    ):
        return False
    following = doc.next_nonblank(first, stop)
    return following is not None and short_title(doc.shape(following), 25)


def _lower_label(doc: Doc, i: int) -> bool:
    line = doc.lines[i].strip()
    return bool(line) and line[0].isalpha() and line[0].islower()


# A place in capitals closed by a period or a dash, alone on its line: the dateline a
# scraper cut from the first paragraph ("SAINT-AUBRAC.", "TUNIS (TAP) –").
_CAPITAL_DATELINE = lazy_pattern(
    r"^[A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ][A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ'’ -]{1,40}(?: \([A-Za-z]{2,10}\))? ?[.–—]$"
)


def _header_shape(
    doc: Doc,
    i: int,
    stop: int,
    found: dict[int, str],
    headline: int | None,
    *,
    standfirst: bool = False,
    first_kept: bool = False,
) -> str | None:
    """Menus, repeated titles and captions among the headline and standfirst.

    *headline* is the only line the scan kept above *i*, if it kept exactly one and no
    full paragraph stands above *i*; *standfirst* says whether the scan kept a full
    paragraph above *i*; *first_kept* that the scan kept no line above *i*.
    """
    line_shape = doc.shape(i)
    following = doc.next_nonblank(i, stop)
    if introduced_item(doc, i) or in_practical_section(doc, i) or box_heading(doc, i):
        return None  # an item of the article's list ("- Poids : 198 g" under "Fiche technique")
    row = _metadata_row(doc, i, loose=not first_kept)
    if (
        not row
        and standfirst
        and (
            doc.lines[i].rstrip().endswith(" :")
            or heads_list(doc, i)
            or article_detail(doc, i)
            or (
                following is not None
                and (article_detail(doc, following) or doc.structure(following))
            )
        )
    ):
        # Past the first paragraph: a line announcing what follows ("Décidons :"), a
        # list's title, a data sheet ("Genre : RPG") and its title ("Pour 6 personnes"
        # over "Préparation : 30 min"), a table's or a programme's title ("Au sommaire"
        # over "11h05 : Le journal").
        return None
    if row:
        # ("Texte : X | Publié le … | Lecture : 4 min" reads as a sheet on one line too.)
        return "date.row"
    if _menu_like(line_shape, doc.lines[i]):
        return "shape.menu"
    copy = doc.copy(i, later=True) if line_shape.words <= 30 and not line_shape.solid else None
    if copy is not None and doc.next_solid(i) > copy:
        # A title given twice above the running text; a headline whose copy stands in a
        # related-articles list below the body is the headline.
        return "shape.repeated"
    previous = i - 1
    while previous >= 0 and doc.blank(previous):
        previous -= 1
    short = line_shape.words <= _KICKER_WORDS and not line_shape.terminal
    if previous in found and short and _lower_label(doc, i):
        # An interface label after another one ("article", "réactions").
        return "shape.menu"
    if short_title(line_shape, 4) and (following is None or not _running_text(doc, following)):
        next_is_boilerplate = following is not None and (
            doc.rule(following, "header") is not None or doc.junk(following) is not None
        )
        # (A line kept above a menu is the site's name, not the headline.)
        no_headline = headline is None or (
            line_shape.words > 1 and sum(headline < k < i for k in found) >= _MENU_RUN
        )
        # (The first title under the publication's date or issue line is the headline.)
        dated = first_kept and found.get(previous, "").startswith(("date.", "nav.issue"))
        if (previous in found or next_is_boilerplate) and not (
            no_headline and (dated or _next_to_byline(doc, i, stop, below_only=True))
        ):
            # (A short title right above the byline, with no headline kept yet, is it.)
            return "shape.menu"
    raw = _composed(doc.lines[i].strip())
    if _credited_caption(line_shape, raw):
        return "credit.tail"
    if line_shape.words <= _KICKER_WORDS and _CAPITAL_DATELINE().match(raw):
        return "date.dateline"  # "SAINT-AUBRAC." on its line, over the first paragraph
    if _HOME_CRUMB().match(raw):
        return "nav.breadcrumb"
    # Below a kicker stands the headline, which may be two names; below other furniture
    # (a video's duration, a share bar), names are the signatures.
    after_furniture = found.get(previous, "shape.kicker") not in ("shape.kicker", "shape.repeated")
    if NAMES().match(raw) and (after_furniture or _next_to_byline(doc, i, stop)):
        return "byline.names"
    if ONE_NAME().match(raw) and _next_to_byline(doc, i, stop):
        return "byline.name"
    if (NAMES().match(raw) or ONE_NAME().match(raw)) and _next_to_credit(doc, i, stop):
        # A name alone next to a picture's credit names its author or its subject:
        # boilerplate, but no proven author.
        return "shape.signature"
    under_copy = found.get(previous) == "shape.repeated"
    if (_under_headline(doc, i, headline) or under_copy) and (
        NAMES().match(raw) or ONE_NAME().match(raw)
    ):
        # Names alone under the headline sign the article, or name its outlet or a
        # picture's source ("Mairie de Valmont"): boilerplate, but no proven author.
        return "shape.signature"
    if _ticker(doc, i, stop):
        return "shape.timeline"
    capitals = short_title(line_shape, 2) and line_shape.upper_share >= _CAPITALS
    if standfirst and capitals and _next_to_byline(doc, i, stop):
        return "shape.dateline"  # a place in capitals next to the date ("CORBÉRON")
    if _capitals_label(line_shape) and doc.next_solid(0) > i:
        # A credit, a label or a signature in capitals among the headline's lines
        # ("MAIRIE DE VALMONT", "EXCLUSIF", "LUCIE FERRAND"); after the first paragraph,
        # a subheading may be set in capitals.
        return "shape.capitals"
    if following is not None and line_shape.words <= 40:
        after = doc.rule(following, "header")
        # A caption above its credit line; a full paragraph there is the standfirst, and
        # a title with no line kept above it the headline (the picture's credit follows).
        # (A title reading as a headline, "Ville : deux blessés …", or the first line
        # kept, is the headline above its picture's credit.)
        headline_like = short_title(line_shape, 25) and (
            first_kept or _HEADLINE_LEAD().match(doc.lines[i].strip()) is not None
        )
        caption = after is not None and after.id == "credit.label" and not line_shape.solid
        if caption and not headline_like:
            return "credit.caption"
        if after is not None and after.group == "newsletter" and _newsletter_lead(doc, i):
            return "newsletter.lead"
    return None


def _running_text(doc: Doc, i: int) -> bool:
    """A paragraph of running text, also one that announces a quote or a list with ":"."""
    if doc.clear_prose(i):
        return True
    line_shape = doc.shape(i)
    return (
        line_shape.words >= _RUNNING_WORDS
        and doc.lines[i].rstrip().endswith(":")
        and line_shape.stop_share >= _RUNNING_STOPS
        and doc.rule(i, "inline", strong_only=True) is None
    )


_RUNNING_STOPS = 0.3


_LEAD = lazy_pattern(r"\b(?:chaque|tous les|toutes les|newsletters?|lettres?|\d{1,2} ?h)\b")


_TICKER = lazy_pattern(r"^\d{1,2}[:h]\d{2} [a-z]")
_TICKER_WORDS = 15


def _ticker_line(doc: Doc, i: int) -> bool:
    line_shape = doc.shape(i)
    return (
        not line_shape.terminal
        and line_shape.words <= _TICKER_WORDS
        and _TICKER().match(doc.folded(i)) is not None
    )


def _ticker(doc: Doc, i: int, stop: int) -> bool:
    """A line of a news ticker above the article ("10:42 Genève : la circulation …").

    Two such lines in a row, each a time and a title without final punctuation; a live
    blog's entries are sentences.
    """
    if not _ticker_line(doc, i):
        return False
    above = i - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    below = doc.next_nonblank(i, stop)
    return (above >= 0 and _ticker_line(doc, above)) or (
        below is not None and _ticker_line(doc, below)
    )


def _under_headline(doc: Doc, i: int, headline: int | None) -> bool:
    """Whether line *i* stands below the headline, above the first paragraph.

    The headline is the only line kept above *i*, a title of more words than a kicker; a
    name below it, before any running text, signs the article (a Q&A's speaker labels
    come after the first paragraph).
    """
    if headline is None:
        return False
    title = doc.shape(headline)
    return title.words > _KICKER_WORDS and not title.terminal


def _next_to_byline(doc: Doc, i: int, stop: int, *, below_only: bool = False) -> bool:
    """Whether a byline or a date stands right above or below line *i*."""
    for k in (i + 1,) if below_only else (i - 1, i + 1):
        step = -1 if k < i else 1
        for _name in range(1 if below_only else 2):
            while 0 <= k < stop and doc.blank(k):
                k += step
            if not 0 <= k < stop:
                break
            rule = doc.rule(k, "header")
            if rule is not None and rule.group in ("byline", "date", "reading-time"):
                return True
            if rule is not None or ONE_NAME().match(doc.lines[k].strip()) is None:
                break
            k += step  # (an author's name over the outlet's, then the date)
    return False


def _rubric_row(doc: Doc, i: int) -> bool:
    """Two or three rubric or place names parted by a bar or a dot, with no final stop."""
    line = doc.lines[i].strip()
    if line[-1:] in ".!?:" or (" | " not in line and " · " not in line and " • " not in line):
        return False
    parts = _ROW_SEPARATOR().split(line)
    # ("Cyclisme · Circuit des Crêtes fagnardes · 3e étape": a third part lets one grow.)
    longest = 3 if len(parts) == 2 else 4
    return len(parts) in (2, 3) and all(1 <= len(part.split()) <= longest for part in parts)


def _signature_above_date(doc: Doc, i: int, stop: int) -> bool:
    """Whether the first line is a name alone above the date ("Tom Kieffer" over "Publié
    le …"): a headline is no person's bare name."""
    raw = _composed(doc.lines[i].strip())
    if _ARTICLE_LED().match(raw) or not (ONE_NAME().match(raw) or NAMES().match(raw)):
        return False  # ("Le Grand Entretien" is a rubric's name, a headline maybe)
    following = doc.next_nonblank(i, stop)
    rule = doc.rule(following, "header") if following is not None else None
    return rule is not None and rule.group == "date"


def _next_to_credit(doc: Doc, i: int, stop: int) -> bool:
    """Whether a picture's credit (a credited caption) stands right above or below *i*."""
    for k in (doc.previous_nonblank(i), doc.next_nonblank(i, stop)):
        if k is not None:
            rule = doc.rule(k, "header")
            if rule is not None and rule.group == "credit":
                return True
            if _credited_caption(doc.shape(k), _composed(doc.lines[k].strip())):
                return True
    return False


def _newsletter_lead(doc: Doc, i: int) -> bool:
    """The title or pitch of a newsletter box, not a subheading.

    A title ("Tous les soirs à 18h", "Newsletter Le Journal") or one short sentence that
    says when it comes ("Chaque lundi, l'essentiel des marchés.").
    """
    line_shape = doc.shape(i)
    if line_shape.words >= _INTRO_WORDS and doc.lines[i].rstrip().endswith(":"):
        return False  # a sentence announcing the article's list ("… chaque classe d'avis :")
    if short_title(line_shape, 8):
        return _LEAD().search(doc.folded(i)) is not None
    return line_shape.words <= _PITCH_WORDS and _PITCH().match(doc.folded(i)) is not None


_PITCH_WORDS = 15
_PITCH = lazy_pattern(r"(?:chaque|tous les|toutes les) [a-z]+\b[^.!?]{0,100}[.!]$")


def _menu_like(line_shape: LineShape, raw: str = "") -> bool:
    """A row of menu entries or tags: capitalized words, hardly any function word.

    Four words are enough when the scraper glued two entries ("RubriqueÀ la une Sports").
    """
    if line_shape.words < 4 or line_shape.terminal or line_shape.stop_share >= 0.4:
        return False  # (most lines, without searching them for glued words)
    if raw.count(" : ") >= 2:
        return False  # a data sheet on one line ("Genre : RPG – Sortie : 27 février")
    glued = bool(raw) and _GLUED().search(raw) is not None
    return (
        line_shape.words >= (4 if glued else 8)
        and line_shape.stop_share < (0.4 if glued else 0.2)
        and line_shape.cap_share >= 0.5
    )


def _footer_shape(doc: Doc, i: int, below: str | None) -> str | None:
    """Shape signals that let the footer scan go on: titles, tags, names, teasers."""
    line_shape = doc.shape(i)
    raw = doc.lines[i].strip()
    if _announces_list(doc, i) or list_item_of_text(raw) or introduced_item(doc, i):
        return None
    if _announced_item(doc, i):
        return None
    following = doc.next_nonblank(i, len(doc.lines))
    if following is not None and (introduced_item(doc, following) or dated_entry(doc, following)):
        return None  # the heading of the article's list ("On aime moins", "En quelques dates")
    if practical_info(doc, i) or (":" in raw and RATING().match(doc.bare(i)) is not None):
        return None
    if in_practical_section(doc, i) or article_detail(doc, i):
        return None
    if ":" in raw and LABEL_VALUE().match(raw) is not None:
        above = doc.previous_nonblank(i)
        if above is not None and article_detail(doc, above):
            return None  # the last line of a sheet, its label longer ("Délai de paiement fixé")
    if _quote_attribution(doc, i) or numbered_sequence(doc, i) or _bulleted_sentences(raw):
        return None
    if letter_signature(doc, i):
        return None  # a reader's letter, signed with a name and a place
    if following is not None and cuts_article(doc, following):
        return None  # the article's last visible line, above "Il vous reste 62 % …"
    if line_shape.words >= _RUNNING_WORDS and _SENTENCE_END().search(raw) is not None:
        return None  # sentences of the article, with a link glued at the end
    if line_shape.words <= 30 and not line_shape.terminal:
        # A link led by an arrow and the signatures of the article are boilerplate by
        # their form, not only by their length: they stand at the end on their own.
        if _ARROW_LED().match(raw):
            return "recirc.arrow"
        if NAMES().match(_composed(raw)):
            return "byline.names"
    if line_shape.terminal and line_shape.words <= 4 and ONE_NAME().match(_composed(raw)):
        return "byline.name"  # a signature ending with an initial: "Tojo R."
    if short_title(line_shape, 18):
        if named_list(doc, i) or (following is not None and named_list(doc, following)):
            return None  # a setlist the article quotes, and its heading
        return "shape.title"
    if _menu_like(line_shape, doc.lines[i]):
        return "shape.menu"
    if _TAG_ROW().match(raw):
        return "shape.tags"
    if line_shape.upper_share >= 0.8 and line_shape.words <= 8 and line_shape.letters >= 4:
        return "shape.capitals"
    folded = doc.bare(i)
    if _TIME_LED().match(folded):
        return "shape.timeline"
    titled = _RUBRIC_TITLE().match(raw) or _DATED_TITLE().search(raw)
    if titled and line_shape.words <= 30 and not line_shape.terminal:
        return "shape.title"
    if line_shape.words <= 30 and _TRUNCATED().search(folded) and not line_shape.solid:
        return "shape.teaser"
    if line_shape.words <= 30 and not line_shape.solid and doc.repeated(i, later=False):
        return "shape.repeated"
    in_list = below is not None and (below.startswith(("shape.", "recirc.")))
    if in_list and _DURATION().match(raw) and not doc.structure(i):
        return "shape.duration"  # a list of videos: title, duration, "Revoir"
    if in_list and line_shape.words <= 14 and folded.endswith("?"):
        return "shape.title"
    if below == "social.poll-vote" and line_shape.words <= 30 and folded.endswith("?"):
        return "social.poll-question"  # the question above the poll's button
    return None


def _scan_footer(doc: Doc, marks: dict[int, tuple[str, str]], lo: int) -> int:
    """Mark footer lines scanning up from the end; return the first footer index."""
    n = len(doc.lines)
    start = n
    i = n - 1
    doc.set_core(lo, n)
    start, i = _strict_footer(doc, marks, i, lo, start)
    start = _above_closing_note(doc, marks, start, n)
    start = _require_evidence(doc, marks, start, n)
    start = _keep_article_runs(doc, marks, start, n)
    while i >= lo:
        block = _find_block(doc, start, lo)
        if block is None:
            break
        marker, rule = block
        for j in range(marker, start):
            if doc.blank(j) or doc.keep(j) is not None or _numbered_note(doc, j):
                continue
            own = doc.rule(j, "footer")
            marks[j] = ("footer", own.id if own is not None else f"{rule.id}.section")
        start = marker
        start, i = _strict_footer(doc, marks, marker - 1, lo, start)
    start = _above_closing_note(doc, marks, start, n)
    # (The article's last lines may stand right above a section a heading opened.)
    start = _keep_article_runs(doc, marks, start, n, _RUN_ABOVE_SECTION)
    doc.set_core(lo, start)
    start = _extend_footer(doc, marks, lo, start)
    start = _give_back_run_on(doc, marks, start, n)
    start = _portrait_opens_footer(doc, marks, lo, start)
    start = _author_box(doc, marks, lo, start)
    return _standings_heading(doc, marks, start)


# A standings heading ("Le classement de la poule 3") whose table the scraper dropped.
_STANDINGS = lazy_pattern(r"^(?:le |les )?classements?\b(?![^.!?:]{0,40}\bcomplet)[^.!?:]{0,40}$")


def _standings_heading(doc: Doc, marks: dict[int, tuple[str, str]], start: int) -> int:
    """Give the footer's first line back to the body when it is a standings heading that
    only its shape removed: right under the article's match report, it heads the table a
    scraper dropped (see "Disputed cases" in docs/boilerplate.md)."""
    if start >= len(doc.lines) or start not in marks or not marks[start][1].startswith("shape."):
        return start
    if _STANDINGS().match(doc.folded(start)) is None:
        return start
    del marks[start]
    following = doc.next_nonblank(start, len(doc.lines))
    return len(doc.lines) if following is None else following


def _portrait_opens_footer(doc: Doc, marks: dict[int, tuple[str, str]], lo: int, start: int) -> int:
    """Open the footer under the signing journalist's portrait; return the new edge.

    A portrait in the article's second half ("Nour Haddad est journaliste au service
    Économie depuis 2019.", see :func:`~feuillet.boilerplate.structure.press_portrait`)
    closes the article: what stands below it (teasers written as sentences, readers'
    comments, an agenda) is the page's, even where no rule knows it. The portrait itself
    and the name or heading above it are then taken by :func:`_author_box`. Lines a keep
    rule protects stay body, as in a section. A journalist the article itself names
    (its subject) opens nothing.
    """
    for j in range(start - 1, lo + (start - lo) // 2 - 1, -1):
        if doc.blank(j) or j in marks or not doc.shape(j).prose or not press_portrait(doc, j):
            continue
        if _named_in_text(doc, marks, j, doc.lines[j].split(" est ", 1)[0].split()[-1]):
            break  # (the article speaks of that journalist: the paragraph is the article's)
        for k in range(j + 1, start):
            if not doc.blank(k) and k not in marks and doc.keep(k) is None:
                marks[k] = ("footer", "byline.portrait.section")
        return j + 1
    return start


def _author_box(doc: Doc, marks: dict[int, tuple[str, str]], lo: int, start: int) -> int:
    """Take the authors' portraits standing right above the footer; return the new edge.

    The last paragraph kept, when it portrays a person who signs the article (see
    :func:`author_bio`), goes to the footer with the name alone above it, if any; so
    does the portrait of a co-author above them. The edge moves past these lines only:
    the lines above them keep their place.
    """
    for _ in range(_AUTHORS):
        last = doc.previous_nonblank(start, lo + 1)
        if last is None or last in marks or not doc.shape(last).prose:
            break
        if not author_bio(doc, last):
            break
        marks[last] = ("footer", "byline.portrait")
        start = last
        above = doc.previous_nonblank(last, lo + 1)
        if above is not None and above not in marks and ONE_NAME().match(doc.lines[above].strip()):
            marks[above] = ("footer", "byline.portrait")
            start = above
            above = doc.previous_nonblank(above, lo + 1)
        if above is not None and above not in marks:
            heading = doc.rule(above, "footer")
            if heading is not None and heading.group == "byline":
                marks[above] = ("footer", heading.id)  # ("À propos de l'auteur")
                start = above
    return start


# How many authors' portraits may stand in a row above the footer.
_AUTHORS = 4


def _give_back_run_on(doc: Doc, marks: dict[int, tuple[str, str]], start: int, n: int) -> int:
    """Give back to the body the lines that continue a line ending with a comma.

    A statement's last line ending in a comma above its signatories, a salutation ("Chers
    collègues,") or a list item: the text runs on. The shape-only lines from the comma on
    are body, down to the first line a rule removed; the footer then starts below them.
    """
    above = start - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    runs_on = above >= 0 and above not in marks and _ends_with_comma(doc, above)
    runs_on = runs_on or _in_kept_list(doc, marks, above)
    released: list[int] = []
    for i in range(start, n):
        if doc.blank(i):
            continue
        mark = marks.get(i)
        if mark is None or not mark[1].startswith("shape."):
            break
        runs_on = runs_on or _ends_with_comma(doc, i) or _opens_article_list(doc, marks, i, n)
        if not runs_on:
            break
        released.append(i)
    if not released:
        return start
    return _release(doc, marks, released, n)


# How many items of a list kept above the footer are looked through for its introduction.
_KEPT_ITEMS = 30
_ITEM_WORDS = 15


def _in_kept_list(doc: Doc, marks: dict[int, tuple[str, str]], last: int) -> bool:
    """Whether the kept lines ending at *last* are items of a list the article introduces.

    Short lines without final punctuation ("Jonathan Pelletier, enseignant, Longueuil")
    under a line of the article ending with ":" ("Ont signé cette lettre :"): the
    shape-only lines the footer took below them are more of its items.
    """
    i = last
    for _ in range(_KEPT_ITEMS):
        while i >= 0 and doc.blank(i):
            i -= 1
        if i < 0 or i in marks:
            return False
        if doc.lines[i].rstrip().endswith(":"):
            return i != last and doc.rule(i, "footer") is None
        line_shape = doc.shape(i)
        if line_shape.terminal or line_shape.words > _ITEM_WORDS:
            return False
        i -= 1
    return False


def _opens_article_list(doc: Doc, marks: dict[int, tuple[str, str]], i: int, n: int) -> bool:
    """Whether *i* introduces a list of the article's ("Ont signé :") at the footer's top.

    The line ends with ":" and only its shape removed it, as it did the two lines below
    it, which are items, not more labels ("Email:", "Mot de passe:" is a form).
    """
    if not doc.lines[i].rstrip().endswith(":"):
        return False
    items = 0
    j = i
    while items < 2:
        j = doc.next_nonblank(j, n) or n
        mark = marks.get(j)
        if mark is None or not mark[1].startswith("shape.") or doc.lines[j].rstrip().endswith(":"):
            return False
        items += 1
    return True


def _ends_with_comma(doc: Doc, i: int) -> bool:
    return doc.lines[i].rstrip().endswith(",")


# Evidence of one line for the footer (positive) or the body (negative); see _extend_footer.
_RULE_EVIDENCE = 3.0
_JUNK_EVIDENCE = 2.0
_SHAPE_EVIDENCE = 1.5
_TEASER_EVIDENCE = 0.5
_INLINE_EVIDENCE = 0.5
_WEAK_EVIDENCE = 2.0
# The least total evidence for moving the footer's edge up past a prose-looking line.
_MIN_EXTENSION = 3.0
_SOFT_BODY = -3.0
_SOFT_PASSED = 2
_SOFT_WORDS = 15
# Two paragraphs in a row are running text when one of them shares this much vocabulary.
_PAIR_SHARE = 0.1


def _footer_evidence(
    doc: Doc, i: int, below: str | None, *, soft: bool = False
) -> tuple[float, str] | None:
    """How much line *i* speaks for the footer (>0) or the body (<0); None: it is body.

    A line is body beyond doubt (the scan stops there) when an editorial-note rule keeps
    it, or when it shares the article's vocabulary: a long prose paragraph with a third of
    its content words in the article's first paragraphs, or a subheading made mostly of
    them. A short prose line that shares little of it (a teaser, a note about the
    publication, a slogan) only weighs a little against the footer.
    """
    if doc.keep(i) is not None or doc.structure(i) or list_item_of_text(doc.lines[i].rstrip()):
        return None
    following = doc.next_nonblank(i, len(doc.lines))
    if following is not None and cuts_article(doc, following):
        return None  # the article's last visible line, above "Il vous reste 58 % …"
    if introduced_item(doc, i) or in_practical_section(doc, i) or article_detail(doc, i):
        return None
    if numbered_sequence(doc, i):
        return None  # a ranking's or a listicle's items ("2. Kilian Estrade … à 34"")
    if letter_signature(doc, i):
        return None  # a reader's letter, signed "Jean D., Lyon"
    if following is not None and introduced_item(doc, following):
        return None  # the heading of the article's list ("Jeudi 13 mars" over its events)
    rule = doc.rule(i, "footer")
    if rule is not None and article_data(doc, rule, i):
        return None
    if rule is not None:
        # A line that may also stand between body paragraphs ("Lire aussi", a cookie notice
        # of an embedded post) says little about where the body ends.
        if rule.strength == "strong" and "inline" in rule.zones:
            return _INLINE_EVIDENCE, rule.id
        return (_RULE_EVIDENCE if rule.strength == "strong" else _WEAK_EVIDENCE), rule.id
    if doc.shape(i).words <= _WORK_WORDS and _WORK_YEAR().match(doc.lines[i].strip()):
        return None  # a discography's or filmography's item: "Marées lentes (2025, Label)"
    junk = doc.junk(i)
    if junk is not None:
        return _JUNK_EVIDENCE, junk
    if _announces_list(doc, i):
        return None
    if _TAG_ROW().match(doc.lines[i].strip()) or _in_tag_column(doc, i):
        # Tags name the article's subjects: their words are the article's own.
        return _SHAPE_EVIDENCE, "shape.tags"
    if _in_series(doc, i):
        # Related titles of one series ("Guerre en Ukraine : …") share the article's words.
        return _SHAPE_EVIDENCE, "shape.series"
    line_shape = doc.shape(i)
    if _self_description(doc, i):
        # "Hebdomadaire fondé en 1946, X paraît chaque jeudi …": the publication speaks of
        # itself; however many of the article's place names it shares, it weighs for the
        # footer, as a title does: enough only with boilerplate below it (alone at the
        # end, it may be the article's own sentence on a newspaper).
        return _SHAPE_EVIDENCE, "source.about-shape"
    if _between_footer_rules(doc, i):
        # A paragraph inside a comment form or a subscription box: its words prove little.
        return -2.0, ""
    share = doc.overlap(i)
    if share < _ITEM_SHARE and _after_empty_bullet(doc, i):
        # An item of a list whose bullets stand alone on their line (an extractor's
        # rendering of link cards): a teaser, however long, that shares little of the
        # article's words.
        return _SHAPE_EVIDENCE, "shape.list-item"
    # (A sentence or two of the length of a teaser, a comment or a note about the
    # publication may be passed by the edge search, at a cost: see _extend_footer.)
    soft = soft and len(doc.words(i)) <= _SOFT_WORDS
    if long_prose(line_shape) and (share >= 0.2 or share * len(doc.words(i)) >= 3):
        return (_SOFT_BODY, "") if soft else None
    if line_shape.solid and (_prose_next_to(doc, i, -1, share) or _prose_next_to(doc, i, 1, share)):
        # Two full paragraphs in a row that use the article's words: running text, where a
        # link list alternates title and one-sentence teaser.
        return (_SOFT_BODY, "") if soft else None
    if line_shape.solid and _three_paragraphs(doc, i):
        # Three in a row are running text even in words of their own (the article's last
        # section on another side of its story, under an advert between paragraphs).
        return None
    if share >= 0.5 and len(doc.words(i)) >= 2:
        return None
    reason = _footer_shape(doc, i, below)
    if reason is not None:
        return (_SHAPE_EVIDENCE if share < 0.3 else -0.5), reason
    if line_shape.prose:
        if _CONNECTIVE().match(doc.folded(i)):
            return -2.0, ""  # ("Enfin, …" goes on from the paragraph above: running text)
        # (A paragraph of three sentences, or of more words than a sentence of a link's
        # card holds, is no link's teaser.)
        if (
            share < 0.15
            and line_shape.words < _TEASER_MAX_WORDS
            and _after_title(doc, i)
            and not _long_paragraph(doc, i)
        ):
            return _TEASER_EVIDENCE, "shape.teaser"
        return (-1.0 if share < 0.15 else -2.0), ""
    return (_TEASER_EVIDENCE if share < 0.3 else -1.0), "shape.title"


# A work and its year, perhaps its publisher or label, in brackets: a list of works.
_WORK_YEAR = lazy_pattern(r"^(?:[-•*] )?[^()\d]{2,60} \((?:1[5-9]|20)\d{2}(?:, [^()]{2,40})?\)$")
_WORK_WORDS = 12


def _self_description(doc: Doc, i: int) -> bool:
    """A paragraph about the publication: a kind of medium and how it lives or appears.

    Both signs are needed ("quotidien" alone is the article's subject as often).
    """
    if doc.shape(i).words > _SELF_WORDS:
        return False
    folded = doc.folded(i)
    return _MEDIUM().search(folded) is not None and _MEDIUM_LIFE().search(folded) is not None


_SELF_WORDS = 70
_MEDIUM = lazy_pattern(
    r"\b(?:quotidien|hebdomadaire|mensuel|bimensuel|trimestriel|journal|magazine|media"
    r"|site d'information|radio|revue|webzine|chaine|television|station|titre de presse)\b"
)
_MEDIUM_LIFE = lazy_pattern(
    r"\b(?:fonde|fondee|cree|creee|lance|lancee) en (?:18|19|20)\d\d\b"
    r"|\bparait (?:chaque|le|tous|une|deux)\b|\bedite(?:e)? par\b|\bagree(?:e)? par\b"
    r"|\bmembre (?:du|de la|de l'|des)\b|\bl'info(?:rmation)? locale\b"
    r"|\bcouvre \d{1,4} communes\b|\bsur (?:\d{2,3}[.,]\d) \("
)


# Words that tie a paragraph to the one before it; a link's teaser stands alone.
_CONNECTIVE = lazy_pattern(
    r"^(?:enfin|par ailleurs|en outre|de plus|pour finir|pour conclure|d'ailleurs|"
    r"en revanche),"
)
# Tags one per line: at least this many lines of one to three words in a row.
_TAG_COLUMN = 4


_RUNNING_WORDS = 20
_TEASER_MAX_WORDS = 42
_OPEN_QUOTE = lazy_pattern(r"^\s*[«\"“]")
_CLOSE_QUOTE = lazy_pattern(r"[»\"”][.!?]?\s*$")


_TAIL_WORDS = 6


def _quote_attribution(doc: Doc, i: int) -> bool:
    """A name below a paragraph that is a quotation and nothing else: whose words they are.

    A sign-off follows prose; a quotation standing alone is attributed by the line below
    ("Jeanne Lembrée", "Jeanne Lembrée, en 2012").
    """
    raw = _composed(doc.lines[i].strip())
    name, _, tail = raw.partition(", ")
    if not ONE_NAME().match(name) or len(tail.split()) > _TAIL_WORDS:
        return False
    above = i - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    line = doc.lines[above] if above >= 0 else ""
    return _OPEN_QUOTE().match(line) is not None and _CLOSE_QUOTE().search(line) is not None


def _announces_list(doc: Doc, i: int) -> bool:
    """A sentence announcing a list ("Les élus qui ont voté contre :"): the article's.

    Headings that end with ":" ("Sur le même sujet :") are matched by rules first.
    """
    return doc.shape(i).words >= _INTRO_WORDS and doc.lines[i].rstrip().endswith(":")


def _announced_item(doc: Doc, i: int) -> bool:
    """A "Label : value" item, bullet or not, of a list that a sentence of the article
    announces ("Les prix fixés pour la campagne :" over "Cacao : 2 350 FCFA le kilo"), the
    items above it of the same form."""
    if ":" not in doc.lines[i] or LABEL_VALUE().match(doc.lines[i].strip()) is None:
        return False
    j, items = i - 1, 0
    while j >= 0 and items < _MAX_ANNOUNCED:
        if not doc.blank(j):
            if _announces_list(doc, j):
                return doc.rule(j, "footer") is None and doc.keep(j) is None
            line = doc.lines[j].strip()
            if doc.shape(j).words > _ANNOUNCED_ITEM_WORDS or LABEL_VALUE().match(line) is None:
                return False
            items += 1
        j -= 1
    return False


_MAX_ANNOUNCED = 12
_ANNOUNCED_ITEM_WORDS = 25


def _tag_word(doc: Doc, i: int) -> bool:
    """A line that may be a tag: one to three words, no digit, no punctuation at its end."""
    if doc.blank(i):
        return False
    line_shape = doc.shape(i)
    if not 0 < line_shape.words <= 3 or line_shape.terminal or line_shape.letters == 0:
        return False
    line = doc.lines[i].rstrip()
    return not line.endswith((":", ",")) and not any(char.isdigit() for char in line)


def _in_tag_column(doc: Doc, i: int) -> bool:
    """Whether line *i* stands in a column of tags (``Nature``, ``paysages``, ``images``…).

    A column that follows a line ending with ":" is a list the article introduces (the
    names of the winners, the towns concerned): it stays.
    """
    if not _tag_word(doc, i):
        return False
    top = bottom = i
    while top - 1 >= 0 and _tag_word(doc, top - 1) and i - top < _TAG_COLUMN:
        top -= 1
    while bottom + 1 < len(doc.lines) and _tag_word(doc, bottom + 1) and bottom - i < _TAG_COLUMN:
        bottom += 1
    if bottom - top + 1 < _TAG_COLUMN:
        return False
    return not _ends_list_intro(doc, top)


_SERIES = lazy_pattern(r"^(?:[-•*] )?([^:.!?]{3,40}?) ?: \S")


def _series_prefix(doc: Doc, i: int) -> str | None:
    line_shape = doc.shape(i)
    if line_shape.words > 30 or line_shape.solid:
        return None
    match = _SERIES().match(doc.folded(i))
    return match.group(1) if match is not None and len(match.group(1).split()) >= 2 else None


def _in_series(doc: Doc, i: int) -> bool:
    """Whether line *i* and the line next to it are titles with the same lead ("X : …")."""
    prefix = _series_prefix(doc, i)
    if prefix is None:
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc.lines) and doc.blank(j):
            j += step
        if 0 <= j < len(doc.lines) and _series_prefix(doc, j) == prefix:
            return True
    return False


def _between_footer_rules(doc: Doc, i: int) -> bool:
    """Whether the lines just above and below *i* are removed by strong footer-only rules."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc.lines) and doc.blank(j):
            j += step
        rule = doc.rule(j, "footer") if 0 <= j < len(doc.lines) else None
        if rule is None or rule.strength != "strong" or "inline" in rule.zones:
            return False
    return True


def _prose_next_to(doc: Doc, i: int, step: int, share: float) -> bool:
    """Whether *i* and the nearest line above (step -1) or below (+1) it are full paragraphs.

    No rule may match the other line, and one of the two must share a little of the
    article's vocabulary (*share* is line *i*'s): a consent notice or a comment form is
    also two paragraphs, in words of its own.
    """
    j = i + step
    while 0 <= j < len(doc.lines) and doc.blank(j):
        j += step
    if not 0 <= j < len(doc.lines) or not doc.shape(j).solid:
        return False
    if max(share, doc.overlap(j)) < _PAIR_SHARE:
        return False
    return doc.rule(j, "footer") is None and doc.junk(j) is None


def _three_paragraphs(doc: Doc, i: int) -> bool:
    """Whether full paragraph *i* stands among three in a row (it and two neighbours, on
    either side or both), none a question, none matched by a rule or with no letters."""

    def plain(j: int | None) -> bool:
        if j is None or not doc.shape(j).solid or doc.folded(j).endswith("?"):
            return False
        return doc.rule(j, "footer") is None and doc.junk(j) is None

    if not plain(i):
        return False
    above = doc.previous_nonblank(i)
    below = doc.next_nonblank(i, len(doc.lines))
    up = plain(above)
    down = plain(below)
    if up and down:
        return True
    if up and above is not None:
        return plain(doc.previous_nonblank(above))
    if down and below is not None:
        return plain(doc.next_nonblank(below, len(doc.lines)))
    return False


_EMPTY_BULLET = lazy_pattern(r"^\s*[-•*·▪]\s*$")
# A list item sharing more than this of the article's words may be the article's own list.
_ITEM_SHARE = 0.3


def _after_empty_bullet(doc: Doc, i: int) -> bool:
    """Whether the line above *i* is a bullet alone ("- "), as extractors write card lists."""
    above = i - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    return above >= 0 and _EMPTY_BULLET().match(doc.lines[above]) is not None


def _after_title(doc: Doc, i: int) -> bool:
    """Whether the line above *i* is a short title: *i* is then the teaser of a link."""
    above = i - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    if above < 0 or list_item_of_text(doc.lines[above].rstrip()) or introduced_item(doc, above):
        # A paragraph after the article's own list closes the article.
        return False
    if not short_title(doc.shape(above), 25):
        return False
    rule = doc.rule(above, "inline")
    # ("PUBLICITÉ" heads an advertisement, not the teaser of a link; "Lire aussi : <title>"
    # is a whole link between two paragraphs.)
    if rule is not None and rule.group == "recirculation" and ":" in doc.lines[above]:
        return False
    return rule is None or rule.group != "advertising"


def _extend_footer(doc: Doc, marks: dict[int, tuple[str, str]], lo: int, start: int) -> int:
    """Move the footer's edge up past lines that only look like prose; return the new edge.

    The footer scan stops at the first line that reads like prose, yet a related-article
    teaser, a note about the publication or a slogan often stands inside a long run of
    boilerplate. Above the edge, each line gets evidence for the footer or the body (see
    :func:`_footer_evidence`); the edge moves to where the evidence below it, summed, is
    largest, if that sum is large enough. A line that is body beyond doubt is never passed;
    a short paragraph that shares the article's words (a reader's comment, a note about
    the publication) may be, twice at most, each at a cost, and only when rules (not
    shapes) stand above it: the article's own list may stand above its last paragraph.
    """
    found: list[tuple[int, str]] = []
    total = 0.0
    softs = 0
    ruled = 0.0
    best, best_at = 0.0, start
    below: str | None = None
    i = start - 1
    while i >= lo:
        if doc.blank(i):
            i -= 1
            continue
        evidence = _footer_evidence(doc, i, below, soft=True)
        if evidence is None:
            break
        weight, reason = evidence
        if weight == _SOFT_BODY:
            softs += 1
            if softs > _SOFT_PASSED:
                break
        elif softs and reason and not reason.startswith("shape."):
            ruled += weight
        found.append((i, reason))
        below = reason or None
        total += weight
        # (Past a paragraph that shares the article's words, shapes alone prove nothing:
        # the article's own list or calendar may stand above its last paragraph.)
        if total > best and (
            not softs or (ruled >= _RULE_EVIDENCE and not reason.startswith("shape."))
        ):
            best, best_at = total, i
        i -= 1
    if best < _MIN_EXTENSION or best_at == start:
        return start
    if i >= lo and _announces_list(doc, i) and best_at == doc.next_nonblank(i, start):
        # The scan stopped at a sentence announcing the lines below it: they are its list.
        return start
    # The body must keep full paragraphs above the new edge: in a short text, a subheading
    # and its paragraph cannot be told from a link and its teaser.
    if not doc.solid_before(best_at, lo, 3):
        return start
    for j, reason in found:
        if j >= best_at and not doc.blank(j):
            marks[j] = ("footer", reason or "shape.run")
    return best_at


# A line ending with ":" of at least this many words announces a list; it is no title.
_INTRO_WORDS = 5
# A run of short lines sharing this much of the article's vocabulary is part of it.
_RUN_SHARE = 0.25
_RUN_MIN_WORDS = 3
# At most one line in this many of such a run may be shorter, in a run this long.
_RUN_SHORT_SHARE = 4
_RUN_WITH_HEADINGS = 6
# Above a section a heading opened, the run must be longer (a signature and its role,
# a "where to see it" box are two lines).
_RUN_ABOVE_SECTION = 4


def _keep_article_runs(
    doc: Doc, marks: dict[int, tuple[str, str]], start: int, n: int, least: int = 2
) -> int:
    """Give back to the body a run of short lines just below it that only shape removed.

    A calendar of dated events, a list of practical details or a book's reference line is
    as short as a link title, but no rule matched it and it uses the article's words. Tags
    do too, but they are one or two words a line. The footer then starts below the run,
    which holds at least *least* lines.
    """
    run: list[int] = []
    for i in range(start, n):
        if doc.blank(i):
            continue
        if not marks.get(i, ("", ""))[1].startswith("shape."):
            break
        run.append(i)
    if len(run) < least or not _article_run(doc, run):
        return start
    return _release(doc, marks, run, n)


def _release(doc: Doc, marks: dict[int, tuple[str, str]], run: list[int], n: int) -> int:
    """Give the lines of *run* back to the body; return the footer's new first line."""
    for i in run:
        del marks[i]
    below = run[-1] + 1
    while below < n and doc.blank(below):
        below += 1
    return below


def _article_run(doc: Doc, run: list[int]) -> bool:
    pairings = [i for i in run if pairing(doc, i)]
    if len(pairings) >= 2 and len(pairings) >= len(run) - 1:
        # Fixtures under their heading ("Lavaur – Castanet"): teams the article named.
        return all(named_pairing(doc, i) for i in pairings)
    # (A heading or two inside the run, "Hommes" over a ranking, is allowed; tags are
    # one or two words each.)
    short = sum(doc.shape(i).words < _RUN_MIN_WORDS for i in run)
    if short and (len(run) < _RUN_WITH_HEADINGS or short * _RUN_SHORT_SHARE > len(run)):
        return False
    stems = sum(len(doc.words(i)) for i in run)
    shared = sum(doc.overlap(i) * len(doc.words(i)) for i in run)
    return stems > 0 and shared / stems >= _RUN_SHARE


def _ends_list_intro(doc: Doc, start: int) -> bool:
    above = start - 1
    while above >= 0 and doc.blank(above):
        above -= 1
    return above >= 0 and doc.lines[above].rstrip().endswith(":")


def _require_evidence(doc: Doc, marks: dict[int, tuple[str, str]], start: int, n: int) -> int:
    """Keep a text's last lines when only their shape (no rule) speaks against them.

    A final paragraph left without its full stop looks like a title; unless a rule matched
    somewhere in the footer, only short lines without final punctuation (names, tags) go.
    """
    found = [i for i in range(start, n) if i in marks]
    if any(not marks[i][1].startswith("shape.") for i in found):
        return start
    if _ends_list_intro(doc, start):
        # A list the article announces ("… qui ont voté contre :"), however short its items.
        for i in found:
            del marks[i]
        return n
    if len(found) >= 3:
        # A run of titles or tags.
        return start
    for i in found:
        if doc.shape(i).words > 4 or doc.shape(i).terminal:
            del marks[i]
    remaining = [i for i in found if i in marks]
    if not remaining:
        return n
    # The footer must stay a contiguous run at the end of the text.
    first = n
    for i in range(n - 1, start - 1, -1):
        if doc.blank(i):
            continue
        if i not in marks:
            break
        first = i
    for i in remaining:
        if i < first:
            del marks[i]
    return first


def _strict_footer(
    doc: Doc, marks: dict[int, tuple[str, str]], i: int, lo: int, start: int
) -> tuple[int, int]:
    below: str | None = None
    while i >= lo:
        if doc.blank(i) or doc.keep(i) is not None:
            i -= 1
            continue
        if doc.structure(i):
            break
        rule = doc.rule(i, "footer")
        if rule is not None and article_data(doc, rule, i):
            break  # the article's data ("À lire : « Titre », de …, 224 pages")
        reason = rule.id if rule is not None else doc.junk(i) or _footer_shape(doc, i, below)
        if reason is None:
            break
        marks[i] = ("footer", reason)
        below = reason
        start = i
        i -= 1
    return start, i


# Editorial notes that close an article (an interview's "Propos recueillis par …").
_CLOSING_NOTES = frozenset({"note.interview", "note.edited", "note.update"})


def _above_closing_note(doc: Doc, marks: dict[int, tuple[str, str]], start: int, n: int) -> int:
    """Give back the lines above a note closing the article when only shape removed them.

    "Propos recueillis par …" ends an interview: short answers or a practical box above
    it are the interview's, however much they look like link titles. A line a rule
    removed (a paywall's offer) shows the note stands in the footer instead.
    """
    for i in range(start, n):
        rule = None if doc.blank(i) else doc.keep(i)
        if rule is None or rule.id not in _CLOSING_NOTES:
            continue
        above = [j for j in range(start, i) if j in marks]
        if not above or not all(marks[j][1].startswith("shape.") for j in above):
            return start
        _release(doc, marks, above, n)
        below = doc.next_nonblank(i, n)
        return n if below is None else below
    return start


# A numbered footnote ("1. Lucie Ferrand est hydrologue au …"), left in a section it
# stands in: a sentence, unlike the title of a ranked list.
_NUMBERED_NOTE = lazy_pattern(r"^\s*(?:- )?\d{1,2}\. \S")


def _numbered_note(doc: Doc, i: int) -> bool:
    line_shape = doc.shape(i)
    return (
        line_shape.words >= 10
        and doc.lines[i].rstrip().endswith(".")
        and _NUMBERED_NOTE().match(doc.lines[i]) is not None
    )


def _find_block(doc: Doc, start: int, lo: int) -> tuple[int, Rule] | None:
    """The nearest section heading above *start* whose section does not read as body.

    Related-article lists alternate titles and one-paragraph teasers; body text has runs
    of full paragraphs. A section with two full paragraphs in a row is only opened under
    a comments heading whose section shows it holds comments: a dated or rule-matched
    line ("Répondre", "Signaler"). A subheading such as
    "Réactions" in the body thus keeps the paragraphs below it. A bare "Lire aussi" opens
    a section too when only titles and boilerplate follow it (no full paragraph, no note).
    """
    for j in range(start - 1, lo - 1, -1):
        if doc.blank(j):
            continue
        if _may_open(doc, j):
            rule = doc.rule(j, "footer")
            if rule is not None and _opens_block(doc, j, rule) and not _in_share_bar(doc, j, lo):
                return _section(doc, j, rule, start, lo)
        if start - j > _MAX_BLOCK_LINES:
            return None
    return None


def _may_open(doc: Doc, j: int) -> bool:
    """Whether line *j* can open a footer section (see :func:`_opens_block`).

    Only a block rule or a bare "Lire aussi" opens one, and most lines above the footer
    (body paragraphs) match neither: all the footer rules are tried only on the others.
    """
    return doc.block_rule(j) is not None or _BARE_READ_ALSO().match(doc.folded(j)) is not None


# Headings that can only open readers' comments: a count quoting the title ("2 réflexions
# sur « … »"). Under it, paragraphs in a row are comments; "Réactions" or "Vos réactions"
# may be a share-bar link above the article's last paragraphs.
_READERS_HEADINGS = frozenset({"comments.count"})


def _section(doc: Doc, j: int, rule: Rule, start: int, lo: int) -> tuple[int, Rule] | None:
    """The heading at *j* with its *rule*, unless the lines down to *start* read as body."""
    if not doc.solid_before(j, lo, 2):
        return None
    paragraph, in_a_row, comment_signs, tail = _section_signs(doc, j, start)
    note = not rule.block and any(
        doc.keep(k) is not None for k in range(j + 1, start) if not doc.blank(k)
    )
    # (The article's data under a bare "Lire aussi": results, a data sheet, an agenda.)
    note = note or (
        not rule.block
        and any(article_detail(doc, k) for k in range(j + 1, start) if not doc.blank(k))
    )
    if not rule.block and (note or (paragraph and not _teaser_pairs(doc, j, start))):
        # A bare "Lire aussi" above a paragraph, an embedded post or a note is a
        # link whose title was lost, not a section.
        return None
    first = doc.next_nonblank(j, start)
    if rule.group == "recirculation" and first is not None and article_detail(doc, first):
        # "Pour aller plus loin" over a book's reference line: the article's reading list,
        # which ends where the links begin.
        k = first
        while k < start and (doc.blank(k) or article_detail(doc, k)):
            k += 1
        if k >= start or (doc.shape(k).solid and doc.rule(k, "footer") is None):
            return None  # (a full paragraph right below the list: the article goes on)
        return k, rule
    if rule.group == "recirculation" and any(
        (doc.shape(k).words <= _SHEET_LINE_WORDS and data_sheet(doc, k))
        or inline_ranking(doc.lines[k])
        or date_led_run(doc, k)
        or (
            doc.shape(k).words >= _RUNNING_WORDS
            and _announces_list(doc, k)
            and _list_below(doc, k, start)
        )
        for k in range(j + 1, start)
        if not doc.blank(k) and ":" in doc.lines[k]
    ):
        # A related box between paragraphs, and the article going on below it with its
        # data sheet ("Écran : …", "Poids : 211 g"), its results ("100 m : 1. X …"), its
        # calendar ("31 octobre : dépôt des projets") or a paragraph announcing its list
        # ("… joindre les secours aux numéros suivants :"): no links section.
        return None
    if rule.group == "recirculation" and _prose_only(doc, j, start):
        # "Pour aller plus loin" over a paragraph of advice and nothing else: the article's
        # last section (a links section lists titles).
        return None
    readers = rule.id in _READERS_HEADINGS
    if in_a_row and rule.group == "recirculation" and _teasers_only(doc, j, start):
        # Related articles given as one sentence each ("Les cantines scolaires étendues à
        # tous les établissements … dès le mois prochain."): no paragraph runs on.
        in_a_row = False
    if in_a_row and not readers and (rule.group != "comments" or not comment_signs):
        # Full paragraphs under a comments heading are comments only when the
        # section shows it (a date, "Répondre"): a count alone ("Commentaires
        # (12)") may be a share-bar link above the article's last paragraphs.
        return None
    if _cut_by_paywall(doc, j, start):
        # The article's last visible line stands right above the paywall notice.
        return None
    if rule.id == "comments.said" and tail >= 2:
        # A post the article quotes ("X dit : <date>") above two paragraphs in a row that
        # end the section with no sign of comments below them: the article's own.
        return None
    return j, rule


def _teasers_only(doc: Doc, j: int, start: int) -> bool:
    """Whether the lines under heading *j* are two to eight titles or headline-like
    one-sentence teasers (an article's paragraphs state something, with a verb)."""
    lines = [k for k in range(j + 1, start) if not doc.blank(k)]
    if not _MIN_TEASERS <= len(lines) <= _MAX_TEASERS:
        return False
    return all(
        (not doc.shape(k).terminal and doc.shape(k).words <= _TEASER_TITLE_WORDS)
        or (_one_sentence_teaser(doc, k) and _headline_like(doc.lines[k].strip()))
        for k in lines
    )


def _headline_like(line: str) -> bool:
    """A teaser written as a headline: a lead before " : " or no conjugated verb ("Les
    cantines scolaires étendues à tous les établissements dès le mois prochain.")."""
    return _HEADLINE_LEAD().match(line) is not None or verbless(line)


_MIN_TEASERS = 2
_MAX_TEASERS = 8


def _list_below(doc: Doc, k: int, start: int) -> bool:
    """Whether the line below *k* (above *start*) is a list's item ("- SAMU : 185")."""
    below = doc.next_nonblank(k, start)
    return below is not None and doc.lines[below].lstrip()[:2] in ITEM_BULLETS


def _prose_only(doc: Doc, j: int, start: int) -> bool:
    """Whether the lines between *j* and *start* are sentences of the article's words only."""
    lines = [k for k in range(j + 1, start) if not doc.blank(k)]
    return bool(lines) and all(
        long_prose(doc.shape(k))
        and doc.rule(k, "footer") is None
        and doc.overlap(k) >= _PROSE_SHARE
        and _SENTENCE_END().search(doc.lines[k]) is not None
        for k in lines
    )


_PROSE_SHARE = 0.2


def _cut_by_paywall(doc: Doc, j: int, start: int) -> bool:
    """Whether the section under *j* ends with a kept line right above a paywall notice."""
    last = start - 1
    while last > j and doc.blank(last):
        last -= 1
    if last <= j or doc.rule(last, "footer") is not None:
        return False
    if CUT().search(doc.folded(last)) is not None:
        return True  # the notice glued to the last sentence ("… mardi soir.Pour lire la suite")
    below = start
    while below < len(doc.lines) and doc.blank(below):
        below += 1
    return below < len(doc.lines) and cuts_article(doc, below)


_HEADLINE_LEAD = lazy_pattern(r"^[^.!?:]{2,40} : \S")


def _teaser_pairs(doc: Doc, j: int, start: int) -> bool:
    """Whether the lines below a bare "Lire aussi" at *j* are links with their teasers.

    Each full paragraph must follow a title right above it and be a single sentence, and
    two titles at least must read as headlines ("Loup : les éleveurs demandent …"), which
    an article's subheadings seldom do.
    """
    headlines = 0
    previous_title = False
    for k in range(j + 1, start):
        if doc.blank(k) or doc.rule(k, "footer") is not None:
            continue
        line_shape = doc.shape(k)
        if line_shape.solid or line_shape.terminal:
            if not previous_title or line_shape.words > _TEASER_WORDS:
                return False
            if _SENTENCE_END().search(doc.lines[k].rstrip()[:-1]):
                return False
            previous_title = False
        elif short_title(line_shape, 25):
            headlines += _HEADLINE_LEAD().match(doc.lines[k].strip()) is not None
            previous_title = True
        else:
            return False
    return headlines >= 2


_TEASER_WORDS = 35
# A sentence end inside a line: the line holds more than one sentence.
# (A sentence may open on a quotation: "… réelle. « Il y a …".)
_SENTENCE_END = lazy_pattern(r"[.!?] (?:[«\"“]\s?)?[A-ZÉÈÀÂÎÔÇ]")


_NO_COMMENT_SIGN = ("advertising", "social", "agency", "recirculation", "tags")
# Under a heading that is also the article's subheading ("Les réactions": the officials'
# reactions to a vote), the page's furniture below says nothing of comments either.
_FURNITURE = ("paywall", "appeal", "source", "newsletter", "copyright", "navigation", "cookie")
_SUBHEADING_LIKE = frozenset({"reactions", "les reactions", "vos reactions"})
_STAMP_HEAD = 60


def _section_signs(doc: Doc, j: int, start: int) -> tuple[bool, bool, bool, int]:
    """Whether the lines between the heading *j* and *start* hold a full paragraph, two
    in a row, and signs of comments (a rule matched, a date or time); and how many full
    paragraphs in a row end the section."""
    paragraph = in_a_row = comment_signs = False
    subheading_like = doc.folded(j).rstrip(" :") in _SUBHEADING_LIKE
    run = answers = 0
    tail: int | None = None
    answer_below = False
    for k in range(start - 1, j, -1):
        if doc.blank(k) or (doc.structure(k) and not doc.shape(k).solid):
            continue  # (a live blog's entry times alone do not part its paragraphs)
        rule = doc.rule(k, "footer")
        # An advert or a share button inside the section says nothing of comments.
        # (Nor does a related link, "Lire aussi" between an article's paragraphs, or a
        # match sheet's line, "Arbitre : M. X.", that a tags rule knows.)
        signed = rule is not None and rule.group not in _NO_COMMENT_SIGN
        signed = signed and not (subheading_like and rule is not None and rule.group in _FURNITURE)
        # (A comment's date or time heads it; a time inside a paragraph is the story's.)
        stamp = _STAMP().search(doc.folded(k)[:_STAMP_HEAD]) is not None
        comment_signs = comment_signs or signed or stamp
        # A teaser title may be a long question; a body paragraph ends with a full stop.
        paragraph = paragraph or (doc.shape(k).solid and rule is None)
        question = doc.folded(k).endswith("?")
        if doc.shape(k).solid and rule is None and not question:
            run += 1
            # (A teaser is one sentence; a long paragraph of several is running text.)
            in_a_row = in_a_row or run >= 2 or _long_paragraph(doc, k)
        else:
            tail = run if tail is None else tail
            run = 0
        # An interview: questions, each above a long answer (a teaser is one sentence).
        answers += question and answer_below and rule is None
        answer_below = rule is None and doc.shape(k).words >= _ANSWER_WORDS and not question
    in_a_row = in_a_row or answers >= 2
    comment_signs = comment_signs or _signed_by_readers(doc, j, start) or _form_below(doc, start)
    return paragraph, in_a_row, comment_signs, run if tail is None else tail


def _form_below(doc: Doc, start: int) -> bool:
    """Whether the line under the section asks readers to comment ("Vous devez être abonné
    pour réagir."): the section above it holds their comments."""
    below = start
    while below < len(doc.lines) and doc.blank(below):
        below += 1
    if below >= len(doc.lines) or doc.shape(below).words > _FORM_WORDS:
        return False
    return _COMMENT_FORM().search(doc.folded(below)) is not None


_FORM_WORDS = 15
_COMMENT_FORM = lazy_pattern(
    r"\bpour (?:reagir|commenter|laisser un commentaire|participer au debat)\b"
)


def _signed_by_readers(doc: Doc, j: int, start: int) -> bool:
    """Whether the lines below heading *j* open with their writers' names, each a
    different one ("Sonia M. : Joli texte, mais …", "Pierrot80 : Six ans …").

    An interview's turns ("Lucie Ferrand : …") come back to the same two names.
    """
    names: list[str] = []
    for k in range(j + 1, start):
        if doc.blank(k):
            continue
        match = _COMMENTER().match(doc.lines[k].strip())
        if match is None:
            continue
        name = match[1]
        if not (ONE_NAME().match(name) or _PSEUDONYM().match(name)):
            continue
        if not _in_words(doc.lines[k].split(":", 1)[-1]):
            continue  # a sheet's line ("Buts : 41e Vanhecke (0-1), 63e Kabongo (1-1).")
        names.append(name)
    return len(names) >= 2 and len(set(names)) == len(names)


def _in_words(text: str) -> bool:
    """Whether *text* is written in sentences: mostly words in lower case, not names and
    figures (a team's line-up, a list of scorers)."""
    words = [word for word in text.split() if word[:1].isalpha()]
    lower = sum(word[:1].islower() for word in words)
    return lower >= _COMMENT_WORDS and lower * 2 >= len(text.split())


_COMMENT_WORDS = 4
# A reader's comment led by its writer's name: "Jean-Daniel Perret: Enfin! …", "Sylvie M. —
# Tout à fait d'accord …".
_COMMENTER = lazy_pattern(r"^([^\s:—–]{2,25}(?: [^\s:—–]{1,25}){0,2}) ?(?::| —| –) \S")
# A pseudonym: one word with a digit, an underscore or a capital inside ("Pierrot80",
# "PatrickDu69", "Sandrine_V").
_PSEUDONYM = lazy_pattern(
    r"^(?=[A-Za-z0-9_]*[0-9_])[A-Za-z][A-Za-z0-9_]{2,24}$|^[A-Za-z][a-z]+[A-Z][A-Za-z]*$"
    r"|^[A-Z][a-z]{3,}$"
)


_ANSWER_WORDS = 25
_SHEET_LINE_WORDS = 16
_ITEM_SENTENCE_WORDS = 8


def _bulleted_sentences(raw: str) -> bool:
    """An item of the article's list written in sentences ("- Vends scooter, 2021. Tél. …"):
    a link's title under a bullet holds no sentence end, bar a rubric ("Économie. La …")."""
    if raw[:2] not in ITEM_BULLETS or len(raw.split()) < _ITEM_SENTENCE_WORDS:
        return False
    item = raw[2:]
    return _SENTENCE_END().search(item) is not None and _RUBRIC_TITLE().match(item) is None


_PARAGRAPH_WORDS = 45
_PARAGRAPH_SENTENCES = 3


def _long_paragraph(doc: Doc, k: int) -> bool:
    """A paragraph of three sentences or more and many words: no link's teaser."""
    if doc.shape(k).words < _PARAGRAPH_WORDS:
        return False
    return len(_SENTENCE_END().findall(doc.lines[k])) + 1 >= _PARAGRAPH_SENTENCES


def _opens_block(doc: Doc, j: int, rule: Rule) -> bool:
    """Whether the line opens a footer section: a block rule, or a bare "Lire aussi"."""
    if rule.block:
        return True
    return rule.group == "recirculation" and _BARE_READ_ALSO().match(doc.folded(j)) is not None


def _in_share_bar(doc: Doc, j: int, lo: int) -> bool:
    """Whether a comments heading at *j* is a button of a share bar ("Partager", "Facebook").

    Such a bar, with share buttons on both sides of the comments link, may stand above the
    last paragraphs; it opens no comments section.
    """
    heading = doc.rule(j, "footer")
    if heading is None or heading.group != "comments":
        return False
    for step in (-1, 1):
        k = j + step
        while lo <= k < len(doc.lines) and doc.blank(k):
            k += step
        near = doc.rule(k, "footer") if lo <= k < len(doc.lines) else None
        if near is None or near.group != "social":
            return False
    return True


def _scan_inline(doc: Doc, marks: dict[int, tuple[str, str]], lo: int, hi: int) -> None:
    first_solid = lo
    while first_solid < hi and (doc.blank(first_solid) or not doc.shape(first_solid).solid):
        first_solid += 1
    headline = _kept_headline(doc, marks, lo, first_solid)
    for i in range(lo, hi):
        if i in marks or doc.blank(i) or doc.keep(i) is not None or i == headline:
            continue
        rule = doc.rule(i, "inline", strong_only=True)
        if rule is not None and not article_data(doc, rule, i):
            marks[i] = ("inline", rule.id)
            continue
    for i in range(lo, hi):
        if i in marks or doc.blank(i) or doc.keep(i) is not None:
            continue
        reason = _inline_context(doc, marks, i, hi)
        teaser = _related_teaser(doc, marks, i, hi) if reason is None else None
        if teaser is not None:
            reason = "recirc.unmarked"
            marks[teaser] = ("inline", "recirc.teaser")
        if reason is None and i > first_solid and _pull_quote(doc, i, first_solid, hi):
            reason = "shape.pull-quote"
            after = doc.next_nonblank(i, hi)
            if after is not None and _attribution(doc, after):
                marks[after] = ("inline", "shape.pull-quote")
        if reason is not None:
            marks[i] = ("inline", reason)
    # A box's title stands above its pitch, above its form: leads are found bottom up.
    if not any(rule.startswith("newsletter.") for _zone, rule in marks.values()):
        return
    for i in range(hi - 1, lo - 1, -1):
        if i in marks or doc.blank(i) or doc.keep(i) is not None:
            continue
        reason = _inline_lead(doc, marks, i, hi)
        if reason is not None:
            marks[i] = ("inline", reason)


def _kept_headline(
    doc: Doc, marks: dict[int, tuple[str, str]], lo: int, first_solid: int
) -> int | None:
    """The headline the header scan left above the first full paragraph, if any.

    No body paragraph stands above it, so it is not between paragraphs: the first line
    the header kept, a title ("VIDÉO. Sécheresse : …" under the site's menu, the byline
    and a caption) right above the first full paragraph, that no header rule names (a
    date line is the header's).
    """
    if first_solid <= lo or first_solid >= len(doc.lines):
        return None  # (no full paragraph in the zone: nothing to stand above)
    i = doc.next_nonblank(lo - 1, first_solid)
    if i is None or doc.next_nonblank(i, first_solid + 1) != first_solid:
        return None
    if any(not doc.blank(k) and k not in marks for k in range(i)):
        return None  # (the header kept a headline above it)
    if doc.rule(i, "header") is not None or not short_title(doc.shape(i), 25):
        return None
    return i if doc.shape(i).words >= _KICKER_WORDS + 1 else None


# A pull quote repeats, word for word, a sentence of a longer body line nearby; it is
# told from a quotation set as a subheading by an elision mark or by the name below it.
_QUOTE_MIN_WORDS = 6
_SENTENCE_STOPS = frozenset(".!?…")
# ("« Trente euros, c'est une insulte »" under the paragraph that said it.)
_BARE_QUOTE_MIN_WORDS = 5
_QUOTE_WINDOW = 40
# A quotation with its speaker's name glued after it ("« La mer n'est pas un puits sans
# fond »Claire Tanguy"): a pull quote. Without the name, a quotation on its own line may
# be the article's subheading quoting the paragraph below; it stays unless the passage
# it repeats stands above it.
_QUOTED_LINE = lazy_pattern(
    r"^\s*[«\"“](.{20,400}?)[»\"”] ?[A-ZÉÈ][\w'’-]+(?: [A-ZÉÈ][\w'’-]+){0,3}"
    r"(?:, [^.!?«»\"]{2,80})?\s*$"
)
_QUOTED_WORDS = 8
# A quotation alone on its line ("« On avance, mais on ne sait pas vers où. »").
_BARE_QUOTE = lazy_pattern(r"^\s*[«\"“](.{20,400}?)[»\"”] ?[.!?…]?\s*$")
_ELISION = lazy_pattern(r"\((?:\.\.\.|…)\)|\[(?:\.\.\.|…)\]")


def _pull_quote(doc: Doc, i: int, lo: int, hi: int) -> bool:
    """Whether line *i* repeats a passage of a longer paragraph near it (a pull quote).

    Each part of the line (split at "(...)") must stand word for word in a paragraph
    within a few dozen lines (so the check stays linear), and the line must carry an
    elision mark, be followed by a short attribution ("Lucie Ferrand, avocate"), carry
    its speaker's name glued after it, or be a bare quotation of a paragraph above it.
    """
    line_shape = doc.shape(i)
    if line_shape.words < _BARE_QUOTE_MIN_WORDS or line_shape.words > 60:
        return False
    raw = doc.lines[i]
    elided = ("(" in raw or "[" in raw) and _ELISION().search(raw) is not None
    end = min(hi, i + _QUOTE_WINDOW + 1)
    bare = False
    if not elided:
        after = doc.next_nonblank(i, hi)
        if after is None or not _attribution(doc, after):
            quoted = None
            if raw.lstrip()[:1] in '«"“':
                quoted = _BARE_QUOTE().match(raw)
                if quoted is not None:
                    # Only a passage the reader has already read: a subheading quotes
                    # the paragraph below it. A whole sentence, closed inside its quotation
                    # marks ("« … partis en fumée. »"), is set apart from the paragraph
                    # next to it, above or below.
                    end = i
                    passage = quoted.group(1).rstrip()
                    # (A quoted subheading holds a few words; twelve or more set apart
                    # are a pull quote, whichever paragraph they come from.)
                    if (
                        passage[-1:] in _SENTENCE_STOPS
                        or len(passage.split()) >= _LONG_PULL_QUOTE_WORDS
                    ):
                        below = doc.next_nonblank(i, hi)
                        end = i if below is None else below + 1
                    if passage[-1:] in _STATEMENT_STOPS:
                        # A statement closed inside its marks announces a paragraph
                        # further down as well (a question may be the reader's, or the
                        # one a fact-check answers).
                        end = min(hi, i + _QUOTE_WINDOW + 1)
                    bare = True
                elif line_shape.words >= _QUOTED_WORDS:
                    quoted = _QUOTED_LINE().match(raw)
            if quoted is None:
                return False
            raw = quoted.group(1)
    if not bare and line_shape.words < _QUOTE_MIN_WORDS:
        return False
    parts = [plain_text(part).rstrip(" .…") for part in _ELISION().split(raw)]
    parts = [part for part in parts if len(part.split()) >= 4]
    if not parts:
        return False
    longest = max(len(part.split()) for part in parts)
    texts = [
        doc.plain(j)
        for j in range(max(lo, i - _QUOTE_WINDOW), end)
        if j != i and not doc.blank(j) and doc.shape(j).words >= longest * 1.3
    ]
    # An elided quote may join passages of two paragraphs; a leading "mais" or "et"
    # after the elision mark is the editor's, not the article's.
    return all(
        any(part in text or part.split(" ", 1)[-1] in text for text in texts) for part in parts
    )


_LONG_PULL_QUOTE_WORDS = 12
_STATEMENT_STOPS = frozenset(".!…")
_ATTRIBUTION = lazy_pattern(
    r"^[—–-]?\s*(?:[A-ZÉÈÀÂÎÔÇ][\w'-]*\.? ){1,3}[A-ZÉÈÀÂÎÔÇ][\w'-]+(?:, [^\d@]{2,60})?$"
)


def _attribution(doc: Doc, i: int) -> bool:
    """A name below a pull quote: "Lucie Ferrand" or "Lucie Ferrand, avocate"."""
    line_shape = doc.shape(i)
    if not 2 <= line_shape.words <= 8 or line_shape.terminal:
        return False
    line = doc.lines[i].strip()
    if _ARTICLE_LED().match(line):
        return False  # a subheading ("La Chine, point noir de l'exercice"), not a speaker
    return _ATTRIBUTION().match(line) is not None


_ARTICLE_LED = lazy_pattern(r"^(?:Le|La|Les|L['’]|Un|Une|Des|Du|Au|Aux) ")


def _sheet_line_or_title(doc: Doc, i: int, following: int | None) -> bool:
    """Whether *i* is a line of the article's data (a sheet's "Poids : 211 g") or its title."""
    if ":" in doc.lines[i] and article_detail(doc, i):
        return True
    return following is not None and ":" in doc.lines[following] and article_detail(doc, following)


def _polls(doc: Doc, marks: dict[int, tuple[str, str]], head_end: int, foot_start: int) -> None:
    """Take a readers' poll: its question, its short options and the button below them.

    ("Votre enfant regarde-t-il des écrans ?", "Jamais", "Quelques minutes par jour",
    "Je vote".) The button alone says little ("Voter" may close a list of links): only
    a question and two options or more above it make the poll. The article's own
    questions are followed by paragraphs, not by a button.
    """
    for i, line in enumerate(doc.lines):
        if not 4 < len(line) <= _POLL_BUTTON_CHARS or line.lstrip()[:1] not in "JjVvEe":
            continue  # (a button's first letter: "Je vote", "Voter", "Envoyer mon vote")
        if _POLL_BUTTON().match(doc.folded(i)) is None:
            continue
        options: list[int] = []
        j = doc.previous_nonblank(i)
        while j is not None and j not in marks and len(options) <= _POLL_OPTIONS:
            raw = doc.lines[j].strip()
            if raw.endswith("?") and doc.shape(j).words <= _POLL_QUESTION_WORDS:
                break
            if doc.shape(j).words > _POLL_OPTION_WORDS or raw[-1:] in ".:;!":
                j = None
                break
            options.append(j)
            j = doc.previous_nonblank(j)
        if j is None or j in marks or not 2 <= len(options) <= _POLL_OPTIONS:
            continue
        for k in (j, *options, i):
            if k not in marks:
                zone = "header" if k < head_end else "footer" if k >= foot_start else "inline"
                marks[k] = (zone, "social.poll")


_POLL_BUTTON = lazy_pattern(
    r"^(?:je vote|voter|votez|valider(?: mon vote)?|envoyer mon vote"
    r"|voir les resultats(?: du sondage| du vote)?)\s*!?$"
)
_POLL_BUTTON_CHARS = 40
_POLL_OPTIONS = 6
_POLL_OPTION_WORDS = 8
_POLL_QUESTION_WORDS = 25


def _header_gaps(doc: Doc, marks: dict[int, tuple[str, str]], stop: int) -> None:
    """Fill the gaps of the header's boxes around the headline and the standfirst.

    Between the headline and the article's second full paragraph, a short line with no
    final punctuation between two removed lines ("Accès libre" between the date and the
    reading time, "Photos : Samuel Boivin", "23h52") is one more line of the same box;
    so is a person's name alone (not in capitals) next to the standfirst or the first
    paragraph ("Aminata Sow Ndiaye"), unless a question stands above it (an interview's
    speaker) or the article names that person (a portrait's subheading). The headline
    is the last line kept before them, and a menu row starts the search for it again.
    """
    first = doc.next_nonblank(-1, stop)
    if first is None:
        return
    paragraphs = 0
    headline = False
    # (Each name is looked for in the whole text: a few names only, so the work stays
    # linear on a text of a hundred thousand names.)
    names = _GAP_NAMES
    for i in range(first, stop):
        if doc.blank(i):
            continue
        mark = marks.get(i)
        if mark is not None and mark[1].startswith(("nav.", "shape.menu")):
            headline = False  # (a menu's rubric lines: the headline is below them)
        if not headline:
            headline = mark is None
            continue
        line_shape = doc.shape(i)
        if mark is None and line_shape.solid:
            paragraphs += 1
            if paragraphs == _HEADER_PARAGRAPHS:
                return
            continue
        if mark is not None or not 0 < line_shape.words <= _GAP_WORDS:
            continue
        raw = doc.lines[i].strip()
        above = doc.previous_nonblank(i)
        below = doc.next_nonblank(i, stop)
        if raw[-1:] in _GAP_ENDS or above is None or below is None or doc.keep(i) is not None:
            continue  # (a keep rule's line, "Propos recueillis par …", is the article's)
        if above in marks and below in marks:
            marks[i] = ("header", "shape.header-gap")
        elif paragraphs == 1 and _rubric_over_byline(doc, marks, i, above, below):
            marks[i] = ("header", "shape.header-label")
        elif (
            paragraphs
            and names
            and not raw.isupper()
            and (ONE_NAME().match(raw) or NAMES().match(raw))
        ):
            # (Under a question, a name is the speaker's label of an interview's answer.)
            question = doc.lines[above].rstrip().endswith("?")
            framed = all(k in marks or doc.shape(k).solid for k in (above, below))
            if framed and not question:
                names -= 1
                if not _named_in_text(doc, marks, i, raw.split()[-1]):
                    marks[i] = ("header", "byline.name-alone")


def _rubric_over_byline(
    doc: Doc, marks: dict[int, tuple[str, str]], i: int, above: int, below: int
) -> bool:
    """Whether line *i*, under the standfirst, is a rubric's name above the byline or the
    date ("Critique gastronomique", "Science | Santé publique"): a few words without
    figures or final punctuation between the standfirst and the header's furniture."""
    mark = marks.get(below)
    if above in marks or not doc.shape(above).solid or mark is None or mark[0] != "header":
        return False
    if not mark[1].startswith(_BELOW_HEADLINE):
        return False
    raw = doc.lines[i].strip()
    return doc.shape(i).words <= _RUBRIC_WORDS and not any(char.isdigit() for char in raw)


_RUBRIC_WORDS = 4


def _named_in_text(doc: Doc, marks: dict[int, tuple[str, str]], i: int, surname: str) -> bool:
    """Whether a line kept other than *i* names *surname*: the article speaks of that person.

    (A portrait's subheading, "Lucie Ferrand" above "Lucie Ferrand, 34 ans, …"; a
    journalist who signs is rarely named in her own article.)
    """
    return any(j != i and j not in marks and surname in doc.lines[j] for j in range(len(doc.lines)))


_HEADER_PARAGRAPHS = 2
_GAP_WORDS = 5
_GAP_NAMES = 3
_GAP_ENDS = frozenset(".?!…:;,")


def _inline_context(doc: Doc, marks: dict[int, tuple[str, str]], i: int, hi: int) -> str | None:
    """Lines that are boilerplate because of their neighbour or tail: a teaser, a caption."""
    line_shape = doc.shape(i)
    # (Most body paragraphs are longer than a caption: they are not composed to NFC.)
    if line_shape.words <= _CAPTION_WORDS and _credited_caption(
        line_shape, _composed(doc.lines[i].strip())
    ):
        return "credit.tail"
    if line_shape.words <= _CAPTION_WORDS and _set_apart(doc, i):
        return "shape.indented"
    if _bare_caption(doc, marks, i, hi):
        return "shape.caption"
    if line_shape.solid:
        return None
    following = doc.next_nonblank(i, hi)
    if doc.structure(i) or (following is not None and doc.table_row(following)):
        return None  # a table's rows and its title
    if _sheet_line_or_title(doc, i, following):
        return None  # a data sheet's lines and its title ("Fiche technique")
    previous = i - 1
    while previous >= 0 and doc.blank(previous):
        previous -= 1
    above = marks.get(previous, ("", ""))[1] if previous >= 0 else ""
    if above.startswith("recirc.") and line_shape.words <= 25 and not numbered_sequence(doc, i):
        # (The listicle's next item under a related box, "3. Diversifier …", is the article's.)
        # The first title under a bare "Lire aussi" or a related box; the next link of a
        # list led by the same arrow.
        heading = above == "recirc.box" or _BARE_READ_ALSO().match(doc.folded(previous))
        if heading or _link_list_item(doc, previous, i):
            return "recirc.title"
        if above == "recirc.title" and _teaser_below_title(doc, previous, i, hi):
            return "recirc.teaser"
        if (
            above == "recirc.interest"
            and following is not None
            and _teaser_below_title(doc, i, following, hi)
        ):
            # ("Ceci pourrait vous intéresser" may head an advert's box: only a title with
            # its teaser below is a related article's.)
            return "recirc.title"
        if above == "recirc.title" and _list_goes_on(doc, marks, previous, i, hi):
            return "recirc.title"
    if above == "ad.label" and _ad_text(doc, i):
        return "ad.text"
    if line_shape.words <= _BUTTON_WORDS and _newsletter_button(doc, marks, i, previous):
        return "newsletter.button"
    if _DURATION().match(doc.lines[i]) and (
        above or (following is not None and following in marks)
    ):
        # A player's duration ("02:14") under "Le reportage de …" or above "Revoir le
        # sujet"; a live blog's times are its structure (see above).
        return "shape.duration"
    if _unmarked_related_title(doc, i, hi):
        return "recirc.unmarked"
    return _inline_lead(doc, marks, i, hi)


_RELATED_WORDS = 8
_BUTTON_WORDS = 5


def _bare_caption(doc: Doc, marks: dict[int, tuple[str, str]], i: int, hi: int) -> bool:
    """A photo's caption without its credit between two full paragraphs.

    One short sentence with no conjugated verb ("Odile Chabrier dans son verger, à
    Saint-Lunel.", see :func:`~feuillet.boilerplate.captions.verbless`), alone between
    two long paragraphs of the article: the article's own one-sentence paragraphs state
    something, with a verb.
    """
    line_shape = doc.shape(i)
    if not _BARE_CAPTION_MIN <= line_shape.words <= _BARE_CAPTION_MAX:
        return False
    line = doc.lines[i].strip()
    if not line.endswith(".") or not line[:1].isupper() or _NOT_A_CAPTION().search(line):
        return False
    above = doc.previous_nonblank(i)
    if above is None or doc.previous_nonblank(above) is None:
        return False  # (under the text's first line, the article's own sentence)
    for k in (above, doc.next_nonblank(i, hi)):
        if k is None or k in marks or doc.shape(k).words < _AROUND_CAPTION_WORDS:
            return False
        if not doc.shape(k).solid or doc.rule(k, "inline") is not None:
            return False
    if doc.structure(i) or article_detail(doc, i) or book_reference(line):
        return False
    if in_practical_section(doc, i):
        return False  # ("Commandes au 03 29 00 00 00." under "Infos pratiques")
    return verbless(line) or scene(line)


_BARE_CAPTION_MIN = 4
_BARE_CAPTION_MAX = 22
_AROUND_CAPTION_WORDS = 25
# One sentence, no question, no quotation, no label: ". " inside, "?", ":", « »; and
# nothing to come: a photo shows what is or was ("Prochain rendez-vous samedi à …").
_NOT_A_CAPTION = lazy_pattern(r"\. |[?:«»\"“”]|\.\.|…|\b(?:[Pp]rochaine?s?|[Dd]emain)\b")


def _newsletter_button(doc: Doc, marks: dict[int, tuple[str, str]], i: int, previous: int) -> bool:
    """A newsletter box's button ("Je m'inscris gratuitement") under its pitch, between
    paragraphs; the box's pitch and title are then found above it (see _inline_lead)."""
    if previous < 0:
        return False
    if previous in marks:
        if not marks[previous][1].startswith("newsletter."):
            return False
    elif not _newsletter_lead(doc, previous):
        return False
    rule = doc.rule(i, "footer")
    return rule is not None and rule.group == "newsletter"


# A video's or a programme's length on its own line: "02:14", "1:02:37".
_DURATION = lazy_pattern(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")


def _unmarked_related_title(doc: Doc, i: int, hi: int) -> bool:
    """A related article's title between two paragraphs, with no "Lire aussi" before it.

    It reads as a headline ("Vendée : la commune interdit les locations saisonnières"),
    is longer than a subheading, is no question (an interview's questions have that
    form), and shares no content word with the paragraphs on either side of it: a
    subheading announces the paragraph below it.
    """
    line_shape = doc.shape(i)
    if line_shape.terminal or line_shape.words < _RELATED_WORDS:
        return False
    if " : " not in doc.lines[i] or _HEADLINE_LEAD().match(doc.lines[i].strip()) is None:
        return False
    if _in_labelled_sections(doc, i):
        return False
    words = doc.words(i)
    for step in (-1, 1):
        j, passed = i + step, 0
        # (An advert between a subheading and its paragraph is passed over.)
        while 0 <= j < hi and (doc.blank(j) or (passed < _MAX_PASSED and _passed(doc, j))):
            passed += not doc.blank(j)
            j += step
        if not 0 <= j < hi or not doc.shape(j).solid or words & doc.words(j):
            return False
    return True


def _passed(doc: Doc, j: int) -> bool:
    rule = doc.rule(j, "inline")
    return rule is not None and rule.group == "advertising"


_MAX_PASSED = 3


def _related_teaser(doc: Doc, marks: dict[int, tuple[str, str]], i: int, hi: int) -> int | None:
    """The teaser of a related article's title *i* between two paragraphs, if any.

    The title reads as a headline ("Criées : la vente à distance séduit les ports") and
    the line below it is one sentence, the teaser; full paragraphs stand above the title
    and below the teaser, and neither the title nor the teaser shares a content word with
    them: a subheading and its paragraph belong to the article around them. Returns the
    teaser's line.
    """
    line_shape = doc.shape(i)
    if line_shape.terminal or not _RELATED_WORDS <= line_shape.words <= _TEASER_TITLE_WORDS:
        return None  # ("Article 5 : les sanctions" is a subheading: too short for a title)
    if " : " not in doc.lines[i] or _HEADLINE_LEAD().match(doc.lines[i].strip()) is None:
        return None
    if _in_labelled_sections(doc, i):
        return None
    teaser = doc.next_nonblank(i, hi)
    if teaser is None or teaser in marks or not _one_sentence_teaser(doc, teaser):
        return None
    above = doc.previous_nonblank(i)
    below = doc.next_nonblank(teaser, hi)
    words = doc.words(i) | doc.words(teaser)
    for j in (above, below):
        if j is None or j in marks or not doc.shape(j).solid or words & doc.words(j):
            return None
    return teaser


_TEASER_TITLE_WORDS = 20
_RELATED_TEASER_WORDS = (8, 30)


def _in_labelled_sections(doc: Doc, i: int) -> bool:
    """Whether headline-shaped line *i* is one of the article's labelled subheadings.

    A review heads its sections "À bord : de l'espace et du bon sens", "Sur la route : le
    confort avant tout": two or more such titles, each above a full paragraph, with a
    label of at most three words and no verb after it, are the article's; a related title
    states news ("Sécheresse : le gouvernement accélère …").
    """
    sections = doc.memo.get("labelled_sections")
    if sections is None:
        sections = doc.memo["labelled_sections"] = [
            j for j in range(len(doc.lines)) if _labelled_section(doc, j)
        ]
    return len(sections) >= 2 and i in sections


def _labelled_section(doc: Doc, j: int) -> bool:
    line = doc.lines[j]
    if " : " not in line or not short_title(doc.shape(j), _TEASER_TITLE_WORDS):
        return False
    label, title = line.strip().split(" : ", 1)
    if len(label.split()) > _SECTION_LABEL_WORDS or not _HEADLINE_LEAD().match(line.strip()):
        return False
    if not verbless(title):
        return False  # (a related title states news: "Sécheresse : le gouvernement accélère …")
    following = doc.next_nonblank(j, len(doc.lines))
    return following is not None and doc.shape(following).solid


_SECTION_LABEL_WORDS = 3


def _teaser_below_title(doc: Doc, title: int, i: int, hi: int) -> bool:
    """Whether *i* is the one-sentence teaser of the related title *title* above it.

    Under a related box's heading a title may carry its teaser ("Le gouvernement doit
    annoncer le prix dans les prochains jours."). Only a line as long as a teaser, of one
    sentence, above a full paragraph with which it shares no content word (a one-sentence
    paragraph of the article goes on with its subject; an interview's introduction stands
    above a question).
    """
    if doc.previous_nonblank(title) is None or not _one_sentence_teaser(doc, i):
        return False
    below = doc.next_nonblank(i, hi)
    if below is None:
        # (Above "Pour lire la suite, abonnez-vous", the sentence is the article's last
        # visible line, not a teaser.)
        cut = doc.next_nonblank(i, len(doc.lines))
        return cut is None or not cuts_article(doc, cut)
    return doc.shape(below).solid and not doc.words(i) & doc.words(below)


def _one_sentence_teaser(doc: Doc, j: int) -> bool:
    """A line of one sentence ending with a full stop, as long as a link's teaser, that
    does not speak to the reader."""
    line = doc.lines[j].strip()
    low, high = _RELATED_TEASER_WORDS
    if not line.endswith(".") or not low <= doc.shape(j).words <= high:
        return False
    # (A line speaking to "vous" is an interview's question or the article's own.)
    if _YOU().search(doc.folded(j)) is not None:
        return False
    return _SENTENCE_END().search(line) is None and doc.keep(j) is None


_YOU = lazy_pattern(r"\b(?:vous|vos|votre)\b")


_AD_SEPARATOR = lazy_pattern(r" [–|-] \S")


def _ad_text(doc: Doc, i: int) -> bool:
    """The text of an advert under its "Publicité" label: a slogan and a brand, no sentence.

    ("Garage Le Duff – Entretien toutes marques – 02 98 00 00 00"). A subheading below
    the label is told apart by the separators an advert sets between its parts.
    """
    line_shape = doc.shape(i)
    if line_shape.terminal or not _AD_MIN_WORDS <= line_shape.words <= _AD_WORDS:
        return False  # ("Fédérale 3 – Poule 12" is a table's title: too short for a pitch)
    if numbered_sequence(doc, i):
        return False  # the next item of the article's ranking ("5. Telmo Fit Run - 459 DH")
    return _AD_SEPARATOR().search(doc.lines[i]) is not None


_AD_WORDS = 20
_AD_MIN_WORDS = 6


def _inline_lead(doc: Doc, marks: dict[int, tuple[str, str]], i: int, hi: int) -> str | None:
    """A caption above its credit line; a newsletter box's title or pitch above the box."""
    following = doc.next_nonblank(i, hi)
    if following is None or following not in marks:
        return None
    rule_id = marks[following][1]
    if rule_id == "credit.label" and doc.shape(following).words <= 8:
        return None if doc.shape(i).solid else "credit.caption"
    if rule_id.startswith("newsletter.") and _newsletter_lead(doc, i):
        return "newsletter.lead"
    return None


def _list_goes_on(
    doc: Doc, marks: dict[int, tuple[str, str]], previous: int, i: int, hi: int
) -> bool:
    """Whether title *i* continues the list of related titles that *previous* ends.

    Only a list under a heading that announces several links ("Sur le même sujet") goes
    on, only in the same bullet as its title above, and never into the last line before a
    paragraph (the article's subheading may stand there) or a line ending with ":" or ","
    or followed by bullets of its own (it may announce the article's list).
    """
    if doc.lines[i].rstrip().endswith((":", ",")):
        return False
    bullet = _LINK_BULLET().match(doc.lines[i])
    before = _LINK_BULLET().match(doc.lines[previous])
    if (bullet is None) != (before is None) or (bullet and before and bullet[1] != before[1]):
        return False
    following = doc.next_nonblank(i, hi)
    if following is None or doc.shape(following).solid or _paragraph_announcing(doc, following):
        return False
    if bullet is None and _LINK_BULLET().match(doc.lines[following]) is not None:
        return False
    heading = previous
    while heading >= 0 and (
        doc.blank(heading) or marks.get(heading, ("", ""))[1] == "recirc.title"
    ):
        heading -= 1
    return heading >= 0 and marks.get(heading, ("", ""))[1] == "recirc.box"


_LINK_BULLET = lazy_pattern(r"^\s*(>>|►|▶|→|•|-)\s*\S")


def _paragraph_announcing(doc: Doc, i: int) -> bool:
    """A paragraph that ends with ":" to announce a table or a list ("Le tableau
    ci-dessous détaille … :"), as long as a full one."""
    return doc.shape(i).words >= _ANNOUNCING_WORDS and doc.lines[i].rstrip().endswith(":")


_ANNOUNCING_WORDS = 14


def _link_list_item(doc: Doc, previous: int, i: int) -> bool:
    """Whether line *i* is the next link of a list that line *previous* belongs to.

    Links led by the same arrow or bullet as the link above (">> Lire aussi : …",
    ">> Mon voisin est-il … ?") are one list. A subheading right below a link (no bullet,
    or another one) cannot be told from a second title, so it stays.
    """
    if doc.shape(i).terminal and not doc.folded(i).endswith("?"):
        return False
    bullet = _LINK_BULLET().match(doc.lines[i])
    before = _LINK_BULLET().match(doc.lines[previous])
    return bullet is not None and before is not None and bullet.group(1) == before.group(1)


def _composed(raw: str) -> str:
    """The line in NFC: the name and credit patterns spell accented capitals composed."""
    return raw if raw.isascii() else unicodedata.normalize("NFC", raw)


def _set_apart(doc: Doc, i: int) -> bool:
    """Whether line *i* is indented where the article's paragraphs are not.

    Extractors keep the whitespace of a caption or a link card (``"  Banderole en hommage
    à …"``) while the paragraphs start at the margin; a text whose paragraphs are indented
    too says nothing by it.
    """
    return doc.lines[i].startswith("  ") and doc.indented_minority()


def _capitals_label(line_shape: LineShape) -> bool:
    """A short line in capitals without final punctuation."""
    return (
        line_shape.upper_share >= 0.8
        and line_shape.words <= 5
        and line_shape.letters >= 4
        and not line_shape.terminal
    )


def _credited_caption(line_shape: LineShape, raw: str) -> bool:
    """A caption (a sentence or a title of a few dozen words) ending with its credit."""
    labelled = LABEL_VALUE().match(raw) is not None and not raw.startswith(_CAPTION_LABELS)
    if line_shape.words > _CAPTION_WORDS or raw[:2] in ITEM_BULLETS or labelled:
        return False  # (a list item or a "Label : value" line is no caption: "… port microSD")
    tail = raw[-200:]
    if tail.endswith(".") and "/" not in tail:
        # (A sentence: only a credit with a slash, or a "Photo" credit, may end with a
        # full stop: "… le 4 octobre. Photo Julien Marsal.")
        if _PHOTO_CREDIT_STOP().search(tail) is None:
            return False
        tail = tail[:-1]
    if not _MAY_CREDIT().search(tail):
        return False  # (a headline: no sentence end before a credit, no initials at the end)
    credit = _CREDIT_TAIL().search(tail)
    if credit is None or (" " not in credit[0] and line_shape.words < _GLUED_CREDIT_WORDS):
        return False  # (initials glued to a word end a caption, not "Pas de port microSD")
    if "#" in tail[tail.rfind(" ", 0, credit.start() + 1) + 1 :]:
        return False  # a post's hashtag ("… Jeudi, on s'arrête. #GrèveTCL"), no credit
    # A caption stands before the credit; "II. COMMUNICATIONS ORALES" is a numbered heading.
    return _NUMBERING().match(tail[: credit.start() + 1]) is None


def _sentence(line_shape: LineShape) -> bool:
    """A line that reads as a sentence: a few words and final punctuation."""
    return line_shape.words >= 4 and line_shape.terminal


def find_marks(
    lines: list[str], rules: Rules, *, inline: bool, zones: tuple[str, ...]
) -> tuple[dict[int, tuple[str, str]], bool]:
    """The boilerplate lines of *lines* (index: zone, rule id) and whether no body was found.

    No body is found when every line is boilerplate (a cookie wall, a login page) or when
    a rule found boilerplate and no line left reads as a sentence. The text is then
    kept whole rather than emptied (the flag says why).
    """
    doc = Doc(lines, rules)
    marks: dict[int, tuple[str, str]] = {}
    head_end = _scan_header(doc, marks, len(lines)) if "header" in zones else 0
    foot_start = _scan_footer(doc, marks, head_end) if "footer" in zones else len(lines)
    if inline and "inline" in zones:
        # The first line is the header's to judge: an inline rule never takes the headline.
        first = doc.next_nonblank(-1, len(lines))
        start = max(head_end, 0 if first is None else first + 1)
        # A live's header may reach past its first entries (a report's credit under them):
        # the lines between the entries are the inline scan's too.
        solid = next((i for i in range(start) if i not in marks and doc.shape(i).solid), start)
        _scan_inline(
            doc, marks, max(min(start, solid + 1), 0 if first is None else first + 1), foot_start
        )
    _header_gaps(doc, marks, foot_start)
    _polls(doc, marks, head_end, foot_start)
    ruled = any(not reason.startswith("shape.") for _zone, reason in marks.values())
    if all(i in marks or doc.blank(i) for i in range(len(lines))):
        # Never empty a text: keep what only shape signals removed, else keep everything.
        marks = {i: mark for i, mark in marks.items() if not mark[1].startswith("shape.")}
        if all(i in marks or doc.blank(i) for i in range(len(lines))):
            return {}, True
    no_body = ruled and not any(
        _sentence(doc.shape(i)) for i in range(len(lines)) if i not in marks and not doc.blank(i)
    )
    return marks, no_body
