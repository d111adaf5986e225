"""feuillet.clean, Article, clean_many and clean_record: the whole job in one call."""

from __future__ import annotations

import html
import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import feuillet
from feuillet import Article, ConfigurationError, InputError, Rules, clean, clean_many
from feuillet.pipeline import clean_record, record_text

NB, NN = "\u00a0", "\u202f"

# The README's promise for the bundled example.
GREVE_TITLE = (
    f"Grève à la SNCF{NB}: le trafic «{NB}très perturbé{NB}» jusqu’à mardi sur les lignes TGV "
    "du Sud-Est"
)


@pytest.fixture(scope="module")
def greve(examples: Path) -> Article:
    return clean((examples / "greve-sncf.txt").read_text(encoding="utf-8"))


def _check_spans(article: Article) -> None:
    """Every span points at its own text, sentences sit inside paragraphs, in order."""
    for para in article.paragraphs:
        assert article.body[para.start : para.end] == para.text
        assert para.kind in ("paragraph", "heading")
    for sent in article.sentences:
        assert article.body[sent.start : sent.end] == sent.text
        assert any(p.start <= sent.start and sent.end <= p.end for p in article.paragraphs)
    starts = [s.start for s in article.sentences]
    assert starts == sorted(starts)
    for removed in article.removed:
        assert article.text[removed.start : removed.end] == removed.text


def test_clean_bundled_example(greve: Article) -> None:
    assert greve.paragraphs[0].text == GREVE_TITLE
    kinds = {p.text: p.kind for p in greve.paragraphs}
    assert kinds["Des voyageurs excédés"] == "heading"
    removed = {r.text: r.zone for r in greve.removed}
    assert removed["Par Claire Morel"] == "header"
    assert removed["Publicité"] == "inline"
    assert removed["Avec AFP"] == "footer"
    assert "Lire aussi" not in greve.body
    assert greve.body.startswith(GREVE_TITLE + "\n")
    # The normalized input keeps every line, boilerplate included.
    assert greve.text.count("\n") == 18
    assert "Avec AFP" in greve.text
    assert len(greve.paragraphs) == 9
    _check_spans(greve)


def test_sentences_are_spans_into_the_body(greve: Article) -> None:
    texts = [s.text for s in greve.sentences]
    assert texts[1].startswith("La direction de la SNCF a annoncé vendredi matin")
    assert texts[1].endswith("syndicats de cheminots.")
    assert "Des voyageurs excédés" in texts  # a heading is a sentence of its own
    assert "M.\u00a0Julien Barre" in next(t for t in texts if "SUD-Rail" in t)


def test_clean_without_boilerplate_removal_keeps_every_line() -> None:
    article = clean('Il dit "oui" !\nAvec AFP', boilerplate=False)
    assert article.text == f"Il dit «{NB}oui{NB}»{NN}!\nAvec AFP"
    assert article.body == article.text
    assert article.removed == ()
    assert [p.text for p in article.paragraphs] == [f"Il dit «{NB}oui{NB}»{NN}!", "Avec AFP"]


def test_clean_keep_inline_lines(examples: Path) -> None:
    raw = (examples / "greve-sncf.txt").read_text(encoding="utf-8")
    article = clean(raw, inline=False)
    assert "Publicité" in article.body.split("\n")
    assert {r.zone for r in article.removed} == {"header", "footer"}


def test_clean_plain_profile() -> None:
    article = clean("L’été «\u00a0chaud\u00a0» ?", profile="plain", boilerplate=False)
    assert article.text == "L'été « chaud » ?"


def test_clean_with_user_rules() -> None:
    text = (
        "Le maire a parlé hier soir devant le conseil municipal réuni.\n"
        "Le coin des lecteurs\n"
        "La séance a duré trois heures devant un public nombreux."
    )
    assert "Le coin des lecteurs" in clean(text).body
    rules = Rules.from_phrases(["Le coin des lecteurs"])
    article = clean(text, rules=rules)
    assert "Le coin des lecteurs" not in article.body
    assert [(r.line, r.text) for r in article.removed] == [(1, "Le coin des lecteurs")]


def test_clean_unknown_profile_lists_valid_ones() -> None:
    with pytest.raises(ConfigurationError, match="plain"):
        clean("Oui.", profile="fancy")


def test_clean_rejects_bad_rules_type() -> None:
    with pytest.raises(TypeError, match="dict"):
        clean("Oui.", rules={"rules": []})  # type: ignore[arg-type]


def test_empty_text() -> None:
    article = clean("")
    assert (article.text, article.body, article.paragraphs, article.sentences) == ("", "", (), ())


# --- to_dict / from_dict ---------------------------------------------------------------------


def test_to_dict_schema(greve: Article) -> None:
    data = greve.to_dict()
    assert list(data) == [
        "text",
        "body",
        "paragraphs",
        "sentences",
        "removed",
        "french_score",
        "no_body",
        "metadata",
    ]
    assert data["no_body"] is False
    assert 0.3 < data["french_score"] < 0.6
    assert data["paragraphs"][0] == {
        "start": 0,
        "end": len(GREVE_TITLE),
        "text": GREVE_TITLE,
        "kind": greve.paragraphs[0].kind,
    }
    assert list(data["sentences"][0]) == ["start", "end", "text"]
    assert data["removed"][0] == {
        "line": 1,
        "start": greve.text.index("Par Claire"),
        "end": greve.text.index("Par Claire") + len("Par Claire Morel"),
        "zone": "header",
        "rule": greve.removed[0].rule,
        "text": "Par Claire Morel",
    }
    assert isinstance(data["removed"][0]["rule"], str)
    # Plain JSON types only: a JSON round trip changes nothing.
    assert json.loads(json.dumps(data)) == data


def test_from_dict_round_trip(greve: Article) -> None:
    assert Article.from_dict(json.loads(json.dumps(greve.to_dict()))) == greve


# --- HTML view -------------------------------------------------------------------------------


def test_html_escapes_markup() -> None:
    raw = (
        "Le maire de Lyon a présenté <script>alert('x')</script> son budget & ses projets hier.\n"
        "Lire aussi : <b>Le budget</b> de Paris\n"
        "La séance a duré trois heures devant un public nombreux et attentif.\n"
    )
    page = clean(raw)._repr_html_()
    assert "<script>" not in page
    assert "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Le budget&lt;/b&gt;" in page
    assert " &amp; " in page


def test_html_shows_headings_sentences_and_removed_lines(greve: Article) -> None:
    page = greve._repr_html_()
    headings = sum(p.kind == "heading" for p in greve.paragraphs)
    assert headings >= 1  # "Des voyageurs excédés"
    assert page.count('class="feuillet-heading"') == headings
    assert page.count('class="feuillet-paragraph"') == 9 - headings
    assert page.count('<span title="sentence ') == len(greve.sentences)
    assert page.count('class="feuillet-removed"') == 9
    assert f"header · {greve.removed[0].rule}" in html.unescape(page)
    # Removed lines are shown where they were: the byline after the title, the credit at the end.
    assert page.index("Par Claire Morel") > page.index("Grève à la SNCF")
    assert page.index("Par Claire Morel") < page.index("La direction de la SNCF")
    assert page.index("Avec AFP") > page.index("le 21 mars")
    assert page.index("Publicité") < page.index("La compagnie invite")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. <>&\"'\n!?«»M")), max_size=80))
def test_html_never_leaks_markup(text: str) -> None:
    article = clean(text)
    page = article._repr_html_()
    # Only the repr's own tags remain once the text content is removed.
    tags = {t.split(" ")[0].split(">")[0] for t in page.split("<")[1:]}
    assert tags <= {"div", "/div", "p", "/p", "span", "/span", "s", "/s"}
    _check_spans(article)


# --- clean_many ------------------------------------------------------------------------------


def _texts(n: int) -> list[str]:
    return [f"Article {i}. Le maire a parlé «{NB}{i}{NB}» fois !\nAvec AFP" for i in range(n)]


def test_clean_many_one_worker_matches_clean() -> None:
    texts = _texts(5)
    assert list(clean_many(texts)) == [clean(t) for t in texts]


@pytest.mark.slow
def test_clean_many_workers_keep_order() -> None:
    texts = _texts(40)
    got = list(clean_many(texts, workers=2, chunksize=3, boilerplate=False))
    assert [a.paragraphs[0].text.split(".")[0] for a in got] == [f"Article {i}" for i in range(40)]
    assert got == [clean(t, boilerplate=False) for t in texts]


def test_clean_many_is_lazy_and_bounded() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Texte {i}."

    articles = clean_many(endless(), workers=2, chunksize=4)
    first = list(itertools.islice(articles, 3))
    assert [a.body for a in first] == ["Texte 0.", "Texte 1.", "Texte 2."]
    # At most 2 * workers chunks in flight, plus the chunk being formed.
    assert pulled <= (2 * 2 + 1) * 4
    articles.close()  # type: ignore[attr-defined]

    pulled = 0
    serial = clean_many(endless())
    assert next(serial).body == "Texte 0."
    assert pulled <= 32


def test_clean_many_checks_options_at_call_time() -> None:
    with pytest.raises(ConfigurationError, match="typographic"):
        clean_many(iter(()), profile="fancy")
    with pytest.raises(ConfigurationError, match="workers"):
        clean_many([], workers=0)
    with pytest.raises(ConfigurationError, match="chunksize"):
        clean_many([], chunksize=0)
    with pytest.raises(TypeError, match="single str"):
        clean_many("un seul texte")


def test_clean_many_reports_bad_items_from_workers() -> None:
    with pytest.raises(TypeError, match="bytes"):
        list(clean_many(["Oui.", b"Non."], workers=2, chunksize=1))  # type: ignore[list-item]


@pytest.mark.slow
def test_clean_many_on_shared_corpus(shared: Path) -> None:
    lines = (shared / "corpus" / "boilerplate-dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines[:30]]  # 30 real articles: fast enough
    parallel = list(clean_many(texts, workers=2, chunksize=4))
    serial = list(clean_many(texts))
    assert parallel == serial
    for article in serial:
        _check_spans(article)
    assert sum(len(a.removed) for a in serial) > 100
    assert all(a.sentences for a in serial)


# --- clean_record ----------------------------------------------------------------------------


def test_clean_record_keeps_other_fields() -> None:
    record = {"id": "a1", "text": "Oui !", "meta": {"lang": "fr"}}
    out = clean_record(record, boilerplate=False)
    assert record == {"id": "a1", "text": "Oui !", "meta": {"lang": "fr"}}  # not modified
    assert out["id"] == "a1"
    assert out["meta"] == {"lang": "fr"}
    assert out["text"] == "Oui !"
    assert out["feuillet"]["body"] == f"Oui{NN}!"


def test_clean_record_field_names() -> None:
    out = clean_record({"contenu": "Oui."}, field="contenu", output_field="propre")
    assert list(out) == ["contenu", "propre"]
    assert out["propre"]["sentences"] == [{"start": 0, "end": 4, "text": "Oui."}]


def test_record_text_errors() -> None:
    with pytest.raises(InputError, match=r"no field 'text' \(fields: 'titre', 'id'\)"):
        record_text({"titre": "x", "id": 1})
    with pytest.raises(TypeError, match="field 'text' must be str, not int"):
        record_text({"text": 12})
    with pytest.raises(TypeError, match="not null"):
        record_text({"text": None})
    with pytest.raises(TypeError, match="mapping, not list"):
        record_text(["text"])  # type: ignore[arg-type]


# --- hostile input ---------------------------------------------------------------------------


def _big_article(size: int) -> Article:
    """An article of about *size* characters: tiny paragraphs and sentences, a removed line
    ("Pub") after each paragraph. Built by hand, so that only the view and the dict are timed."""
    line = "Oui. Non. <b>&</b>"
    count = size // (len(line) + 5)
    text = "\n".join([line, "Pub"] * count)
    body = "\n".join([line] * count)
    paras, sents, removed = [], [], []
    for number in range(count):
        start = number * (len(line) + 1)
        paras.append(feuillet.Paragraph(start, start + len(line), line))
        sents.append(feuillet.Sentence(start, start + 4, "Oui."))
        sents.append(feuillet.Sentence(start + 5, start + len(line), line[5:]))
        at = number * (len(line) + 5) + len(line) + 1
        removed.append(feuillet.Removed(2 * number + 1, "Pub", at, at + 3, "inline", "ad"))
    article = Article(text, body, tuple(removed), tuple(paras), tuple(sents))
    return article


@pytest.mark.slow
def test_html_and_dict_run_in_linear_time() -> None:
    def seconds(size: int) -> float:
        article = _big_article(size)
        start = time.process_time()
        article._repr_html_()
        Article.from_dict(article.to_dict())
        return time.process_time() - start

    seconds(5_000)  # warm up
    small, large = seconds(50_000), seconds(500_000)
    assert large / max(small, 0.01) < 25


@pytest.mark.slow
@pytest.mark.parametrize("unit", [".", "M. ", "«", "Lire aussi : "])
def test_clean_runs_in_linear_time(unit: str) -> None:
    # 1 MB lines of punctuation: each step is tested on its own by its module, this checks that
    # the whole job adds nothing worse than linear. Sizes are 50 KB / 500 KB to stay fast.
    def seconds(size: int) -> float:
        text = unit * (size // len(unit))
        start = time.process_time()
        clean(text)
        return time.process_time() - start

    seconds(5_000)  # warm up caches
    small, large = seconds(50_000), seconds(500_000)
    assert large / max(small, 0.01) < 25


# --- one error policy ------------------------------------------------------------------------


def test_clean_many_raise_names_the_record_index() -> None:
    texts = ["Oui.", "Non.", float("nan")]
    with pytest.raises(feuillet.InputTypeError, match="record 2: text must be str, not float"):
        list(clean_many(texts))  # type: ignore[arg-type]
    # the same from a worker process
    with pytest.raises(feuillet.FeuilletError, match="record 2: "):
        list(clean_many(texts, workers=2, chunksize=1))  # type: ignore[arg-type]


def test_clean_many_record_gives_a_failure_in_place_and_goes_on() -> None:
    texts = ["Oui.", None, "Non.", 3]
    for workers in (1, 2):
        got = list(clean_many(texts, workers=workers, chunksize=1, on_error="record"))  # type: ignore[arg-type]
        assert [type(r).__name__ for r in got] == ["Article", "Failure", "Article", "Failure"]
        assert got[1] == feuillet.Failure(1, "record 1: text must be str, not NoneType")
        assert got[3].to_dict() == {"error": "record 3: text must be str, not int"}
        assert got[2].body == "Non."  # type: ignore[union-attr]


def test_on_error_is_checked() -> None:
    with pytest.raises(ConfigurationError, match="'raise', 'record'"):
        clean_many([], on_error="skip")  # type: ignore[call-overload]
    with pytest.raises(ConfigurationError, match="on_error"):
        clean_record({"text": "Oui."}, on_error="ignore")  # type: ignore[arg-type]


def test_clean_record_on_error_record() -> None:
    out = clean_record({"id": 1, "text": 2.5}, on_error="record")
    assert out == {
        "id": 1,
        "text": 2.5,
        "feuillet": {"error": "field 'text' must be str, not float"},
    }
    with pytest.raises(feuillet.InputTypeError, match="not float"):
        clean_record({"id": 1, "text": 2.5})


def test_a_bug_keeps_its_type_and_names_the_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, options: object) -> object:
        raise KeyError("oops")

    monkeypatch.setattr("feuillet.pipeline.clean_with_flags", broken)
    with pytest.raises(KeyError) as caught:
        list(clean_many(["Oui."]))
    assert "(while cleaning record 0)" in caught.value.__notes__


def test_pandas_series_with_nan() -> None:
    pd = pytest.importorskip("pandas")
    series = pd.Series(["Oui !", float("nan"), None, "Non."])
    # na_action="ignore" leaves missing cells missing, as docs/library.md says
    cleaned = series.map(lambda text: clean(text).body, na_action="ignore")
    assert cleaned.tolist()[0] == "Oui\u202f!"
    assert cleaned.isna().tolist() == [False, True, True, False]
    # without it, the error names the row and one except clause catches it
    results = list(clean_many(series, on_error="record"))
    assert [isinstance(r, feuillet.Failure) for r in results] == [False, True, True, False]
    with pytest.raises(feuillet.FeuilletError, match="record 1: text must be str, not float"):
        list(clean_many(series))


# --- repr and notebook view ------------------------------------------------------------------


def test_repr_is_short(greve: Article) -> None:
    text = repr(greve)
    assert len(text) < 300
    assert text.startswith("Article(body='Grève à la SNCF")
    assert "9 paragraphs" in text
    assert f"{len(greve.sentences)} sentences" in text
    assert "9 removed lines" in text


def test_html_view_truncates_long_articles() -> None:
    article = _big_article(200_000)
    page = article._repr_html_()
    assert len(page) < 200_000
    assert page.count('class="feuillet-paragraph"') + page.count('class="feuillet-removed"') == 200
    assert "more paragraphs and removed lines not shown" in page


def test_human_line_numbers_are_one_based(greve: Article) -> None:
    byline = next(r for r in greve.removed if r.text == "Par Claire Morel")
    assert byline.line == 1  # 0-based in the data: the second line
    assert 'title="removed line 2"' in greve._repr_html_()
