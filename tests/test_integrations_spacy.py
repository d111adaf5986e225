"""The spaCy component ``feuillet_sentences`` on a blank French pipeline (no model download)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

# Loading the engine takes seconds: these run in the slow layer (`pytest -m slow`, run by
# .ci/run), as the other tests that start a real engine.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("feuillet_sentences")
    return pipeline


def test_sentences_follow_feuillet(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "M. Dupont est arrivé à 9 h 30. Il a dit «\u00a0non\u00a0»\u202f! Puis il est parti…"
    assert [s.text for s in nlp(text).sents] == [
        "M. Dupont est arrivé à 9 h 30.",
        "Il a dit «\u00a0non\u00a0»\u202f!",
        "Puis il est parti…",
    ]


def test_line_breaks_and_spaces(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Un titre\n\nLe texte commence.  Il continue.")
    assert [s.text.strip() for s in doc.sents] == ["Un titre", "Le texte commence.", "Il continue."]
    # Space tokens never start a sentence: they stay at the end of the previous one.
    assert all(not t.is_sent_start for t in doc if t.is_space)
    assert doc[0].is_sent_start


def test_every_token_is_decided(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Oui. Non. Enfin.")
    assert [t.is_sent_start for t in doc] == [True, False, True, False, True, False]


def test_empty_and_whitespace_docs(nlp) -> None:  # type: ignore[no-untyped-def]
    assert list(nlp("").sents) == []
    assert len(list(nlp("   ").sents)) == 1


def test_matches_feuillet_on_real_text(nlp, shared: Path) -> None:  # type: ignore[no-untyped-def]
    import feuillet

    line = (shared / "corpus" / "boilerplate-dev.jsonl").read_text(encoding="utf-8").split("\n")[0]
    text = feuillet.clean(json.loads(line)["text"]).body
    expected = [s.text for s in feuillet.sentences(text)]
    got = [s.text.strip() for s in nlp(text).sents]
    assert len(expected) > 10
    assert got == expected


def test_declared_as_a_spacy_factory_entry_point() -> None:
    # spaCy looks factories up in this entry-point group, so add_pipe needs no import.
    from importlib.metadata import entry_points

    from feuillet.integrations.spacy import make_feuillet_sentences

    (point,) = [p for p in entry_points(group="spacy_factories") if p.name == "feuillet_sentences"]
    assert point.value == "feuillet.integrations.spacy:make_feuillet_sentences"
    assert point.load() is make_feuillet_sentences


def test_serialisation_round_trip(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["feuillet_sentences"]
    assert [s.text for s in loaded("Oui. Non.").sents] == ["Oui.", "Non."]


def test_sentence_spans_equal_article_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    import feuillet

    text = "Un titre\n\nLe texte commence. Il continue.\nFin du texte."
    doc = nlp(text)
    article = feuillet.clean(text, boilerplate=False, profile="plain")
    assert article.body == text
    expected = article.sentences
    assert [(s.start_char, s.end_char, s.text) for s in doc._.feuillet_sentences] == [
        (s.start, s.end, s.text) for s in expected
    ]
    # doc.sents starts where they start (spaCy ends each where the next begins)
    assert [s.start_char for s in doc.sents] == [s.start for s in expected]


def test_options_from_the_config_and_boilerplate_groups() -> None:
    import feuillet

    text = (
        "Par Claire Morel\n"
        "Le trafic est perturbé jusqu'à mardi sur la ligne. Il reprendra mercredi.\n"
        "Des voyageurs excédés\n"
        "Les usagers attendent des heures sur les quais de la gare depuis le matin.\n"
        "Avec AFP"
    )
    nlp = spacy.blank("fr")
    nlp.add_pipe("feuillet_sentences", config={"boilerplate": True})
    doc = nlp(text)
    article = feuillet.clean(text, profile="plain")
    assert article.text == text  # nothing for the plain profile to change here
    assert [s.text for s in doc._.feuillet_sentences] == [s.text for s in article.sentences]
    assert [(s.label_, s.kb_id_, s.text) for s in doc._.feuillet_removed] == [
        (r.zone, r.rule, r.text) for r in article.removed
    ]
    assert [s.text for s in doc._.feuillet_headings] == ["Des voyageurs excédés"]
    assert [s.text for s in doc._.feuillet_paragraphs] == [p.text for p in article.paragraphs]
    # the spans are in doc.spans, saved with the Doc
    assert set(doc.spans) >= {"feuillet_sentences", "feuillet_removed"}


def test_bad_config_fails_when_the_pipeline_is_built() -> None:
    from feuillet import FeuilletError

    with pytest.raises(FeuilletError):
        spacy.blank("fr").add_pipe("feuillet_sentences", config={"zones": ["top"]})


def test_abbreviations_from_the_config() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("feuillet_sentences", config={"abbreviations": ["Xyz."]})
    assert [s.text for s in nlp("Le Xyz. Durand arrive. Il parle.").sents] == [
        "Le Xyz. Durand arrive.",
        "Il parle.",
    ]
