"""Metadata read from lines the boilerplate step kept at the article's edges.

A byline, a date stamp or an agency credit is sometimes kept as body: the boilerplate
split did not remove it. The parser reads the first and last few kept lines for whole-line
shapes only. Every line here is invented and every expected value typed by hand; most
cases pass no removed line at all, so the edge reading alone is tested.
"""

from __future__ import annotations

import pytest

from feuillet import Removed, split_boilerplate
from feuillet.metadata import Metadata, Value, extract_metadata

TITLE = "Le budget de la ville adopté après un long débat"
BODY = [
    "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine.",
    "Les élus de l'opposition ont dénoncé une hausse des impôts locaux jugée excessive.",
    "Le maire a défendu un budget de responsabilité face à la hausse des prix de l'énergie.",
]


def kept_only(*lines: str) -> Metadata:
    """The metadata of a text of which the boilerplate step removed nothing."""
    return extract_metadata("\n".join(lines), [])


def names(meta: Metadata) -> list[str | int]:
    return [value.value for value in meta.authors]


def removed(index: int, text: str, rule: str, zone: str = "header") -> Removed:
    return Removed(index, text, 0, len(text), zone, rule)


# --- names at the top ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jeanne MARTIN", ["Jeanne Martin"]),
        ("Marie-Claire DUBOIS", ["Marie-Claire Dubois"]),
        ("Jeanne Martin, envoyée spéciale à Kiev", ["Jeanne Martin"]),
        ("Paul Durand, correspondant à Bruxelles", ["Paul Durand"]),
        ("Jeanne Martin et Paul Durand, envoyés spéciaux à Kiev", ["Jeanne Martin", "Paul Durand"]),
        ("Jeanne Martin, journaliste", ["Jeanne Martin"]),
        (
            "Par Jeanne Martin et Paul Durand, envoyés spéciaux à Kiev",
            ["Jeanne Martin", "Paul Durand"],
        ),
        ("De notre correspondante à Bruxelles, Jeanne Martin", ["Jeanne Martin"]),
    ],
)
def test_a_byline_kept_under_the_title(line: str, authors: list[str]) -> None:
    meta = kept_only(TITLE, line, *BODY)
    assert names(meta) == authors
    assert meta.authors[0].line == 1


def test_a_name_under_the_title_signed_again_at_the_end() -> None:
    end = "Paul Durand Radio Exemple Pays Basque"
    meta = kept_only(TITLE, "Radio Exemple Pays Basque", "Paul Durand", *BODY, end)
    assert names(meta) == ["Paul Durand"]
    assert meta.authors[0].line == 2


@pytest.mark.parametrize("line", ["Paul Durand", "Rénovation Urbaine", "Marché Couvert"])
def test_two_capitalised_words_alone_under_the_title_need_a_second_sign(line: str) -> None:
    # A rubric, a place or a name: without a date stamp next to it, the family name in
    # capitals or the same name signing again, it is not read.
    assert kept_only(TITLE, "Radio Exemple Pays Basque", line, *BODY).authors == ()


def test_a_byline_run_into_the_first_paragraph() -> None:
    meta = kept_only(TITLE, "Par Jeanne Martin – " + BODY[0], *BODY[1:])
    assert names(meta) == ["Jeanne Martin"]


def test_a_name_in_capitals_with_a_kept_date_stamp() -> None:
    meta = kept_only(TITLE, "JEANNE MARTIN", "14 Mars 2026 \\ 15h45", *BODY)
    assert names(meta) == ["Jeanne Martin"]
    assert meta.published == Value("2026-03-14T15:45", 2)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("14/03/2026", "2026-03-14", None),
        ("Le mardi 14 mars 2026 à 7h12", "2026-03-14T07:12", None),
        ("Publié le 14 mars 2026 à 7h12", "2026-03-14T07:12", None),
        ("Publié le 14/03/2026 | Mis à jour le 15/03/2026", "2026-03-14", "2026-03-15"),
    ],
)
def test_a_kept_date_stamp_at_the_top(line: str, published: str, updated: str | None) -> None:
    meta = kept_only(TITLE, line, *BODY)
    assert meta.published == Value(published, 1)
    assert (meta.updated.value if meta.updated else None) == updated


# --- names and credits at the end ------------------------------------------------------------


def test_a_signature_kept_after_the_last_paragraph() -> None:
    meta = kept_only(TITLE, *BODY, "Jeanne MARTIN")
    assert names(meta) == ["Jeanne Martin"]
    assert meta.authors[0].line == 4


def test_a_signature_followed_by_a_note() -> None:
    note = "Ce texte a été écrit dans le cadre d'un cours de journalisme à l'université."
    meta = kept_only(TITLE, *BODY, "Jeanne MARTIN", note)
    assert names(meta) == ["Jeanne Martin"]
    # Written "Jeanne Martin" and followed by more text, it may be a subheading.
    assert kept_only(TITLE, *BODY, "Jeanne Martin", note).authors == ()


def test_a_name_as_the_last_kept_line() -> None:
    meta = kept_only(TITLE, *BODY, "Jeanne Martin")
    assert names(meta) == ["Jeanne Martin"]


@pytest.mark.parametrize("line", ["(avec AFP)", "Avec AFP", "AFP"])
def test_an_agency_credit_kept_at_the_end(line: str) -> None:
    meta = kept_only(TITLE, *BODY, line)
    assert [value.value for value in meta.agencies] == ["AFP"]
    assert meta.agencies[0].line == 4


def test_an_agency_credit_kept_at_the_top() -> None:
    meta = kept_only(TITLE, "(Belga)", *BODY)
    assert [value.value for value in meta.agencies] == ["Belga"]


def test_a_removed_signature_followed_by_the_newsroom() -> None:
    lines = [TITLE, *BODY, "Jeanne Martin", "La rédac'"]
    rem = [
        removed(4, "Jeanne Martin", "shape.title", "footer"),
        removed(5, "La rédac'", "shape.title", "footer"),
    ]
    assert names(extract_metadata("\n".join(lines), rem)) == ["Jeanne Martin"]


# --- never invent ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, le maire a démissionné – une surprise pour les élus.",
        "Par Jeanne, la ville a obtenu une subvention – enfin.",
        "Par Jeanne Martin, la ville a obtenu une subvention de la région.",
        "Le budget a été voté par Jean Dupont et ses adjoints mardi soir.",
        "Jeanne Martin, directrice de l'école, a ouvert la séance.",
        "Jeanne Martin, journaliste, a été reçue à la mairie mardi.",
        "Jeanne Martin, directrice de l'école",
        "Jeanne Martin et Paul Durand",
        "MARCHÉ COUVERT",
        "Déclaration d'intérêts",
        "Sur le même sujet",
        "Saint Exemple",
        "De notre correspondant à Kiev, la guerre",
        "Jeanne Martin, photographe",
    ],
)
def test_prose_and_captions_at_the_top_are_not_bylines(line: str) -> None:
    assert kept_only(TITLE, line, *BODY).authors == ()


def test_a_caption_naming_the_person_the_article_speaks_of() -> None:
    body = ["Jeanne Martin a présenté mardi le budget de la ville.", *BODY]
    assert kept_only(TITLE, "Jeanne Martin", *body).authors == ()
    assert kept_only(TITLE, "Jeanne MARTIN", *body).authors == ()
    # Named by the family name only in the prose: still a caption.
    later = [*BODY, "Pour Mme Martin, la ville doit réduire sa dette."]
    assert kept_only(TITLE, "Jeanne MARTIN", *later).authors == ()


def test_a_person_named_in_the_last_sentence_is_not_the_author() -> None:
    last = "Le maire a remercié Paul Durand pour son travail."
    assert kept_only(TITLE, *BODY, last).authors == ()
    assert kept_only(TITLE, *BODY, last, "Paul Durand").authors == ()


def test_a_removed_name_after_the_body_that_the_body_names_is_a_caption() -> None:
    lines = [TITLE, *BODY, "Le maire Paul Durand a signé le budget mardi.", "Paul Durand"]
    rem = [removed(5, "Paul Durand", "shape.title", "footer")]
    assert extract_metadata("\n".join(lines), rem).authors == ()


def test_a_tag_run_kept_at_the_end_is_not_a_signature() -> None:
    assert kept_only(TITLE, *BODY, "Jeanne Martin", "Budget", "Impôts").authors == ()


def test_a_name_alone_in_the_middle_of_the_body_is_a_subheading() -> None:
    body = BODY * 3
    lines = [TITLE, *body[:4], "Jeanne Martin", *body[4:]]
    assert kept_only(*lines).authors == ()


def test_a_name_after_two_paragraphs_at_the_top_is_not_read() -> None:
    long = BODY[0] + " " + BODY[1]
    assert kept_only(TITLE, long, long, "Jeanne Martin", *BODY).authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "Le rapport publié le 3 mars 2020 montre une hausse.",
        "Depuis le 3 mars 2020, la ville a réduit sa dette.",
        "Réunion du conseil le 3 mars 2020",
    ],
)
def test_a_date_in_a_kept_sentence_is_not_the_publication_date(line: str) -> None:
    assert kept_only(TITLE, line, *BODY).published is None


def test_a_date_alone_at_the_end_is_not_the_publication_date() -> None:
    assert kept_only(TITLE, *BODY, "14/03/2026").published is None


def test_a_date_far_from_the_top_is_not_read() -> None:
    assert kept_only(TITLE, *(BODY * 3), "14/03/2026", *BODY).published is None


def test_agency_named_in_prose_at_the_edges_is_not_a_credit() -> None:
    last = "Le maire a répondu aux questions de l'AFP mardi soir."
    assert kept_only(TITLE, *BODY, last).agencies == ()


# --- a news ticker's stamps ----------------------------------------------------------------------


def _ticker(heading: str) -> Metadata:
    lines = [TITLE, "LYON - 3 janvier 2026 16:28", "Roger Exemple", heading, *BODY]
    rem = [
        removed(1, lines[1], "date.stamp"),
        removed(2, lines[2], "shape.menu"),
        removed(3, lines[3], "shape.menu"),
    ]
    return extract_metadata("\n".join(lines), rem)


def test_a_stamp_and_a_name_next_to_a_news_ticker_are_the_tickers() -> None:
    meta = _ticker("Flash infos")
    assert meta.published is None
    assert meta.authors == ()


def test_the_same_lines_without_a_ticker_heading_are_read() -> None:
    meta = _ticker("Menu")
    assert meta.published == Value("2026-01-03T16:28", 1)
    assert names(meta) == ["Roger Exemple"]


def test_a_publication_line_next_to_a_ticker_is_still_read() -> None:
    lines = [TITLE, "Publié le 3 janvier 2026", "Flash infos", *BODY]
    rem = [removed(1, lines[1], "date.published"), removed(2, lines[2], "shape.menu")]
    assert extract_metadata("\n".join(lines), rem).published == Value("2026-01-03", 1)


# --- through the boilerplate step ----------------------------------------------------------------


def test_split_and_edges_together() -> None:
    text = "\n".join([TITLE, "Jeanne Martin, envoyée spéciale à Kiev", *BODY, "(avec AFP)"])
    meta = extract_metadata(text, split_boilerplate(text).removed)
    assert names(meta) == ["Jeanne Martin"]
    assert [value.value for value in meta.agencies] == ["AFP"]


def test_a_subheading_near_the_end_whose_word_the_body_uses() -> None:
    last = "Les ONG ont dénoncé un budget qui réduit les aides aux associations."
    assert kept_only(TITLE, *BODY, "Colère d'ONG", last, BODY[0]).authors == ()


def test_a_name_next_to_a_photo_credit_is_a_caption() -> None:
    lines = [TITLE, "Gaspard VERNIOLLE", "© Paul Durand / Agence Exemple", *BODY]
    rem = [removed(2, lines[2], "credit.copyright")]
    assert extract_metadata("\n".join(lines), rem).authors == ()
    # The same lines without the credit: a byline in its usual typography.
    assert names(kept_only(TITLE, "Gaspard VERNIOLLE", *BODY)) == ["Gaspard Verniolle"]


def test_a_signature_before_the_sites_copyright_line() -> None:
    lines = [TITLE, *BODY, "Gaspard VERNIOLLE", "© 2026 Journal Exemple"]
    rem = [removed(5, lines[5], "copyright.sign", "footer")]
    assert names(extract_metadata("\n".join(lines), rem)) == ["Gaspard Verniolle"]
