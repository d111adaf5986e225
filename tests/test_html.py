"""Tests of feuillet.html: HTML pages in, through trafilatura (optional) and feuillet.

The pages under tests/data/html/ are invented, in the shape of real French news pages.
Tests that run trafilatura are skipped when it is not installed; the error raised without
it is tested by hiding the module.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import feuillet
from feuillet import MissingDependencyError, normalize
from feuillet._detect import looks_like_markup
from feuillet.html import (
    HTML_HINT,
    INSTALL_HINT,
    clean_html,
    extract_text,
    merge_html_metadata,
)
from feuillet.metadata import Metadata, Value

PAGES = Path(__file__).resolve().parent / "data" / "html"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def needs_trafilatura() -> None:
    pytest.importorskip("trafilatura")


# --- without trafilatura -----------------------------------------------------------------------


def test_missing_extra_raises_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes `import trafilatura` raise ImportError, installed or not.
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'feuillet\[html\]'"):
        clean_html("<html><body><p>Bonjour.</p></body></html>")


def test_missing_extra_error_is_an_import_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError):
        clean_html(b"<html></html>")


def test_import_feuillet_does_not_import_trafilatura() -> None:
    code = "import sys, feuillet, feuillet.html; print('trafilatura' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_hint_for_html_given_as_text_points_to_the_extra() -> None:
    assert INSTALL_HINT in HTML_HINT
    assert "clean_html" in HTML_HINT
    assert "--html" in HTML_HINT


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><head></head><body></body></html>",
        "  <html lang='fr'><body>texte</body></html>",
        '<?xml version="1.0"?>\n<!doctype html><html></html>',
        "<div><p>Un</p><p>Deux</p><a href='#'>lien</a><span>x</span></div>",
    ],
)
def test_looks_like_markup(text: str) -> None:
    assert looks_like_markup(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil municipal a voté le budget.\nLes élus de l'opposition ont protesté.",
        "La balise <p> ouvre un paragraphe en HTML, explique le formateur.",
        "",
    ],
)
def test_plain_text_does_not_look_like_html(text: str) -> None:
    assert not looks_like_markup(text)


def test_merge_marks_values_both_sources_give() -> None:
    from_text = Metadata(
        authors=(Value("Jeanne Martin", 1),), published=Value("2026-03-14T07:12", 2)
    )
    doc = SimpleNamespace(
        title="Le budget voté", author="Jeanne Martin", date="2026-03-14", sitename="Le Journal"
    )
    merged = merge_html_metadata(from_text, doc)
    assert merged.authors == (Value("Jeanne Martin", 1, "text+html"),)
    assert merged.published == Value("2026-03-14T07:12", 2, "text+html")
    assert merged.title == Value("Le budget voté", None, "html")
    assert merged.site_name == Value("Le Journal", None, "html")


def test_merge_keeps_the_text_date_when_the_markup_disagrees() -> None:
    from_text = Metadata(published=Value("2026-03-14", 2))
    doc = SimpleNamespace(title=None, author=None, date="2025-01-01", sitename=None)
    merged = merge_html_metadata(from_text, doc)
    assert merged.published == Value("2026-03-14", 2, "text")
    assert merged.title is None
    assert merged.authors == ()


def test_merge_without_markup_metadata() -> None:
    from_text = Metadata(agencies=(Value("AFP", 5),))
    assert merge_html_metadata(from_text, None) == from_text


# --- with trafilatura --------------------------------------------------------------------------


def gold_body(html: str) -> list[str]:
    """The paragraphs marked data-gold="body" in an invented page, as plain text."""
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    return [" ".join(el.text_content().split()) for el in tree.xpath('//*[@data-gold="body"]')]


def test_regional_daily_page() -> None:
    needs_trafilatura()
    html = page("quotidien-regional.html")
    result = clean_html(html, url="https://www.courrier-loue.example/vernay/budget-2026")
    assert isinstance(result, feuillet.Article)
    body = result.body
    assert "Avec AFP" not in body
    assert "Le budget sera transmis à la préfecture" in body
    meta = result.metadata
    assert [(a.value, a.origin) for a in meta.authors] == [("Jeanne Martin", "html")]
    assert [(a.value, a.origin) for a in meta.agencies] == [("AFP", "text")]
    # The agency line's index points into article.text.
    assert result.text.split("\n")[meta.agencies[0].line or 0] == "Avec AFP"
    assert meta.published is not None
    assert str(meta.published.value).startswith("2026-03-14")
    assert meta.site_name == Value("Le Courrier de la Loue", None, "html")


def test_agency_wire_page_dateline() -> None:
    needs_trafilatura()
    meta = clean_html(page("depeche-agence.html")).metadata
    assert [(a.value, a.origin) for a in meta.agencies] == [("AFP", "text")]
    assert meta.place is not None
    assert meta.place.value == "Paris"
    assert meta.reading_time is not None
    assert meta.reading_time.value == 2


def test_belgian_page_agency_and_paywall() -> None:
    needs_trafilatura()
    result = clean_html(page("quotidien-belge.html").encode("utf-8"))  # bytes in
    assert [a.value for a in result.metadata.agencies] == ["Belga"]
    assert "abonnez-vous" not in result.body
    assert "(Belga)" not in result.body


def test_page_without_markup_metadata_gets_it_from_the_text() -> None:
    needs_trafilatura()
    meta = clean_html(page("magazine-sans-balises.html")).metadata
    assert [(a.value, a.origin) for a in meta.authors] == [
        ("Lucie Fontaine", "text"),
        ("Hugo Marchal", "text"),
    ]
    assert meta.published is not None
    assert meta.published.value == "2025-05-09"
    assert [c.value for c in meta.photo_credits] == ["Hugo Marchal"]


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_feuillet_loses_no_body_paragraph_trafilatura_kept(name: str) -> None:
    needs_trafilatura()
    html = page(name)
    result = clean_html(html)
    extracted = extract_text(html)
    kept = 0
    for paragraph in gold_body(html):
        # trafilatura may drop a headline or a standfirst; what it kept, feuillet keeps.
        if paragraph in extracted:
            assert normalize(paragraph) in result.body, (name, paragraph[:60])
            kept += 1
    assert kept >= 3


def test_page_without_main_text_gives_an_empty_article() -> None:
    needs_trafilatura()
    page = "<html><head><title>Vide</title></head><body></body></html>"
    result = clean_html(page)
    assert result.body == ""
    assert result.no_body
    assert extract_text(page) == ""


def test_reference_resolves_relative_dates() -> None:
    needs_trafilatura()
    from datetime import datetime

    html = (
        "<html><body><article><p>Publié il y a 2 heures</p>"
        + "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
        + "</article></body></html>"
    )
    assert clean_html(html).metadata.published is None
    meta = clean_html(html, reference=datetime(2026, 3, 14, 12, 0)).metadata
    assert meta.published == Value("2026-03-14T10:00", 0)


BODY_PARAGRAPHS = (
    "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, "
    "au terme d'un débat de plusieurs heures entre la majorité et l'opposition.",
    "Les élus de l'opposition ont dénoncé une hausse des impôts locaux jugée excessive, "
    "tandis que le maire a défendu un budget de responsabilité face aux prix de l'énergie.",
)


def test_to_dict_carries_the_merged_metadata() -> None:
    needs_trafilatura()
    import json

    result = clean_html(page("quotidien-belge.html"))
    data = json.loads(json.dumps(result.to_dict()))
    assert data["body"] == result.body
    assert Metadata.from_dict(data["metadata"]) == result.metadata


def test_clean_options_are_passed_on() -> None:
    needs_trafilatura()
    result = clean_html(page("quotidien-belge.html"), boilerplate=False)
    assert "(Belga)" in result.body
    assert result.removed == ()


DOCS = Path(__file__).resolve().parent.parent / "docs"
