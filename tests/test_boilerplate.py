"""split_boilerplate, Rules and learn_boilerplate."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _timing import best_time
from feuillet import Removed, Rule, Rules, RulesError, Split, learn_boilerplate, split_boilerplate
from feuillet.errors import ConfigurationError

ARTICLE = [
    "Grève à la SNCF : le trafic reste très perturbé jusqu'à mardi",
    "La direction de la SNCF a annoncé vendredi que le trafic resterait perturbé jusqu'à mardi.",
    "Selon la compagnie, un TGV sur trois circulera samedi entre Paris et Marseille, et deux "
    "trains sur cinq dimanche.",
    "Les syndicats réclament une hausse générale de 6 % des rémunérations et l'embauche de "
    "contrôleurs supplémentaires.",
    "La direction propose une revalorisation de 2,8 % et renvoie la question des effectifs à "
    "une concertation prévue au printemps.",
]


def removed_lines(split: Split) -> list[tuple[int, str]]:
    return [(r.line, r.zone) for r in split.removed]


# --------------------------------------------------------------------------- examples


def test_greve_sncf_example(examples: Path) -> None:
    text = (examples / "greve-sncf.txt").read_text(encoding="utf-8")
    split = split_boilerplate(text)
    assert removed_lines(split) == [
        (1, "header"),  # Par Claire Morel
        (2, "header"),  # Publié le … Mis à jour le …
        (3, "header"),  # Temps de lecture : 4 min
        (6, "inline"),  # Lire aussi : …
        (11, "inline"),  # Publicité
        (14, "footer"),  # Avec AFP
        (15, "footer"),  # donation appeal
        (16, "footer"),  # newsletter
        (17, "footer"),  # copyright
    ]
    assert split.body.startswith("Grève à la SNCF")
    assert "Des voyageurs excédés" in split.body
    assert "a déclaré à l'AFP M. Julien Barre" in split.body


def test_vendanges_example_is_all_body(examples: Path) -> None:
    text = (examples / "vendanges-bourgogne.txt").read_text(encoding="utf-8")
    split = split_boilerplate(text)
    assert split.removed == ()
    assert split.body == text


def test_epoch_times_footer(shared: Path) -> None:
    text = (shared / "examples" / "epoch-times-fr-2024.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    last = max(i for i, line in enumerate(lines) if line.strip())
    split = split_boilerplate(text)
    assert [(r.line, r.zone) for r in split.removed] == [
        (last - 3, "footer"),
        (last - 2, "footer"),
        (last - 1, "footer"),
        (last, "footer"),
    ]
    assert "Partenariat « sans limites »" in split.body.split("\n")
    assert split.removed[0].text == "L’Associated Press a contribué à cet article."


# --------------------------------------------------------------------------- behaviour


def test_body_lines_mentioning_boilerplate_words_stay() -> None:
    body = [
        ARTICLE[0],
        ARTICLE[1],
        "Contacté par l'AFP, le ministre a confirmé que la réunion aurait lieu lundi.",
        "Le Monde a lancé une newsletter consacrée au climat, qui compte déjà 200 000 abonnés.",
        "Le nombre d'abonnements numériques a progressé de 12 % sur un an, selon l'éditeur.",
        "La CNIL a sanctionné le site pour ses cookies publicitaires déposés sans consentement.",
        "Il a fait un don de 10 000 euros à l'association, qui l'a remercié publiquement.",
        ARTICLE[2],
    ]
    split = split_boilerplate("\n".join(body))
    assert split.removed == ()


def test_subheading_followed_by_prose_is_body() -> None:
    text = "\n".join([*ARTICLE[:3], "Des voyageurs excédés", *ARTICLE[3:]])
    assert split_boilerplate(text).removed == ()


def test_inline_false_keeps_inline_lines() -> None:
    lines = [*ARTICLE[:3], "Lire aussi : Retraites, ce que contient le projet", *ARTICLE[3:]]
    text = "\n".join(lines)
    assert removed_lines(split_boilerplate(text)) == [(3, "inline")]
    assert split_boilerplate(text, inline=False).removed == ()


def test_zones_option_restricts_removal() -> None:
    text = "\n".join(["Par Claire Morel", *ARTICLE, "Avec AFP"])
    assert removed_lines(split_boilerplate(text, zones=("footer",))) == [(6, "footer")]
    assert removed_lines(split_boilerplate(text, zones=["header"])) == [(0, "header")]
    with pytest.raises(ConfigurationError, match="valid: header, footer, inline"):
        split_boilerplate(text, zones=("top",))


def test_one_line_text_is_never_emptied() -> None:
    for text in ("Avec AFP", "Publicité", "© Le Monde 2024", "", "\n\n"):
        split = split_boilerplate(text)
        assert split.removed == ()
        assert split.body == text


def test_all_boilerplate_text_is_not_emptied() -> None:
    split = split_boilerplate("Partager sur Facebook\nPartager sur Twitter")
    assert split.body.strip() != ""


def test_offsets_and_fields() -> None:
    text = "Titre de l'article\nUn texte assez long pour être du corps.\nAvec AFP\n"
    split = split_boilerplate(text)
    assert split.removed == (Removed(2, "Avec AFP", 59, 67, "footer", "agency.with"),)
    assert text[59:67] == "Avec AFP"
    assert split.kept == (0, 1, 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        split.body = ""  # type: ignore[misc]


def test_non_str_input_raises_type_error() -> None:
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        split_boilerplate(b"Avec AFP")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rules must be Rules, not list"):
        split_boilerplate("x", rules=[])  # type: ignore[arg-type]


def lines_of(split: Split, text: str) -> list[str]:
    lines = text.split("\n")
    merged = {i: lines[i] for i in split.kept}
    merged.update({r.line: r.text for r in split.removed})
    return [merged[i] for i in sorted(merged)]


LINE = st.one_of(
    st.sampled_from(
        [
            "Avec AFP",
            "Publicité",
            "Lire aussi : un titre",
            "",
            "© 2024",
            "Par Jean Dupont",
            " ",
            *ARTICLE,
        ]
    ),
    st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=60),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=25))
def test_split_is_lossless(lines: list[str]) -> None:
    text = "\n".join(lines)
    split = split_boilerplate(text)
    assert lines_of(split, text) == text.split("\n")
    assert sorted(split.kept + tuple(r.line for r in split.removed)) == list(
        range(len(text.split("\n")))
    )
    assert split.body == "\n".join(text.split("\n")[i] for i in split.kept)
    for removed in split.removed:
        assert text[removed.start : removed.end] == removed.text
        assert removed.zone in ("header", "footer", "inline")


# --------------------------------------------------------------------------- rules


def test_rules_json_round_trip(tmp_path: Path) -> None:
    rules = Rules.default() + Rules.from_phrases(["Offert par"], group="advertising")
    path = tmp_path / "rules.json"
    rules.to_file(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "feuillet-boilerplate-rules"
    assert Rules.from_file(path) == rules


def test_user_rules_from_phrases() -> None:
    text = "\n".join(
        [*ARTICLE[:3], "Ce contenu vous est présenté par la Maison Dupont", *ARTICLE[3:]]
    )
    assert split_boilerplate(text).removed == ()
    rules = Rules.default().extend(
        Rules.from_phrases(["ce contenu vous est présenté par"], group="advertising")
    )
    split = split_boilerplate(text, rules=rules)
    assert [(r.line, r.zone, r.rule) for r in split.removed] == [
        (3, "inline", "user.advertising.1")
    ]


def test_user_rules_from_text_format(tmp_path: Path) -> None:
    path = tmp_path / "mine.rules"
    path.write_text(
        "# my outlet\n"
        "define OUTLET = (?:petit journal|lpj)\n"
        "mine.signoff  source  footer  strong  8  -  ^la redaction (?:du|de) {OUTLET}$\n",
        encoding="utf-8",
    )
    rules = Rules.from_file(path)
    assert rules.rules[0].matches("La rédaction du Petit Journal")
    split = split_boilerplate("\n".join([*ARTICLE, "La rédaction du Petit Journal"]), rules=rules)
    assert removed_lines(split) == [(5, "footer")]


def test_extend_replaces_rules_with_the_same_id() -> None:
    first = Rules((Rule("x", "g", "^a$"),))
    second = first + Rules((Rule("x", "g", "^b$"),))
    assert [rule.pattern for rule in second] == ["^b$"]
    assert len(Rules.default().without("byline", "agency.with")) < len(Rules.default())


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Rule("r", "g", "(unclosed"), "bad pattern"),
        (lambda: Rule("r", "g", "x", zones=("top",)), "unknown zones"),
        (lambda: Rule("r", "g", "x", strength="medium"), "unknown strength"),
        (lambda: Rule("r", "g", "x", max_words=0), "max_words"),
        (lambda: Rule("", "g", "x"), "rule id"),
        (lambda: Rules((Rule("r", "g", "x"), Rule("r", "g", "y"))), "duplicate rule id"),
        (lambda: Rules.from_json({"format": "other"}), "not a feuillet rules document"),
        (lambda: Rules.from_text("just two fields"), "needs 7 fields"),
        (lambda: Rule.from_dict({"id": "r", "group": "g"}), "lacks the field"),
        (lambda: Rule.from_dict({"id": "r", "group": "g", "pattern": "x", "zone": 1}), "unknown"),
    ],
)
def test_malformed_rules_raise_rules_error(make: Callable[[], object], message: str) -> None:
    with pytest.raises(RulesError, match=message):
        make()


def test_malformed_rules_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulesError, match="not valid JSON"):
        Rules.from_file(path)
    with pytest.raises(RulesError, match="cannot read"):
        Rules.from_file(tmp_path / "missing.json")
    with pytest.raises(ConfigurationError, match="unknown match"):
        Rules.from_phrases(["x"], match="middle")


# --------------------------------------------------------------------------- learning


PLACES = [
    "Beaune",
    "Dijon",
    "Mâcon",
    "Chablis",
    "Nuits",
    "Auxerre",
    "Sens",
    "Autun",
    "Tonnerre",
    "Semur",
    "Montbard",
    "Avallon",
]


def synthetic_outlet(examples: Path) -> list[str]:
    """Articles of one invented outlet: varied bodies from examples/, one shared footer."""
    sentences: list[str] = []
    for name in ("greve-sncf.txt", "vendanges-bourgogne.txt"):
        for line in (examples / name).read_text(encoding="utf-8").split("\n"):
            if len(line.split()) >= 20:
                sentences.append(line)
    texts = []
    for n, place in enumerate(PLACES):
        body = [f"Les nouvelles de {place}"]
        body += [sentences[(n + k) % len(sentences)] for k in range(3)]
        footer = [
            "Le Courrier de la Côte vous remercie de votre fidélité !",
            f"Rédaction : {n + 10} rue des Vignes, 21200 Beaune",
            "Nos applications : iPhone · Android",
        ]
        texts.append("\n".join(body + footer))
    return texts


def test_learn_boilerplate_on_a_synthetic_outlet(examples: Path, tmp_path: Path) -> None:
    texts = synthetic_outlet(examples)
    learned = learn_boilerplate(texts, min_share=0.5, base=Rules())
    assert sorted(rule.pattern for rule in learned) == [
        "le courrier de la cote vous remercie de votre fidelite",
        "nos applications iphone android",
        "redaction 00 rue des vignes 00000 beaune",
    ]
    assert {rule.kind for rule in learned} == {"line"}
    path = tmp_path / "courrier.json"
    (Rules.default() + learned).to_file(path)
    rules = Rules.from_file(path)
    new_text = texts[0].replace("de Beaune", "de Pommard").replace("10 rue", "99 rue")
    split = split_boilerplate(new_text, rules=rules)
    assert [r.text for r in split.removed] == [
        "Le Courrier de la Côte vous remercie de votre fidélité !",
        "Rédaction : 99 rue des Vignes, 21200 Beaune",
        "Nos applications : iPhone · Android",
    ]
    assert split.body.split("\n")[0] == "Les nouvelles de Pommard"


def test_learn_boilerplate_thresholds() -> None:
    texts = ["Titre un\nSoutenez-nous", "Titre deux\nSoutenez-nous", "Titre trois\nAutre"]
    assert [r.pattern for r in learn_boilerplate(texts, min_count=2, base=Rules())] == [
        "soutenez nous"
    ]
    assert len(learn_boilerplate(texts, min_count=3, base=Rules())) == 0
    assert len(learn_boilerplate(texts, min_count=2, min_share=0.9, base=Rules())) == 0
    assert len(learn_boilerplate(texts)) == len(Rules.default())
    with pytest.raises(ConfigurationError, match="min_share"):
        learn_boilerplate(texts, min_share=0)
    with pytest.raises(TypeError, match="not int"):
        learn_boilerplate([1])  # type: ignore[list-item]


def load_dev(shared: Path) -> list[dict[str, object]]:
    path = shared / "corpus" / "boilerplate-dev.jsonl"
    if not path.exists():
        pytest.skip("boilerplate-dev.jsonl is not available")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_learn_boilerplate_on_dev_outlets(shared: Path) -> None:
    records = load_dev(shared)
    by_outlet: dict[str, list[dict[str, object]]] = defaultdict(list)
    for record in records:
        if record["extractor"] == "simple":  # one text per page
            by_outlet[str(record["outlet"])].append(record)
    learned_any = 0
    for outlet, group in by_outlet.items():
        if len(group) < 3:
            continue
        learned = learn_boilerplate([str(r["text"]) for r in group], min_count=3, base=Rules())
        learned_any += len(learned)
        rules = Rules.default() + learned
        for record in group:
            labels = list(record["labels"])  # type: ignore[call-overload]
            split = split_boilerplate(str(record["text"]), rules=rules)
            lost = [r.text for r in split.removed if labels[r.line] == "body"]
            assert lost == [], f"{outlet}: learned rules removed body lines {lost}"
    assert learned_any >= 20


# --------------------------------------------------------------------------- dev targets


def test_dev_file_targets(shared: Path) -> None:
    """Measured on 99 dev texts: F1 0.958, body lost 0 / 1339, exact split 76 / 99."""
    records = load_dev(shared)
    tp = fp = fn = body = lost = exact = 0
    for record in records:
        labels = list(record["labels"])  # type: ignore[call-overload]
        split = split_boilerplate(str(record["text"]))
        removed = {r.line for r in split.removed}
        gold = {i for i, label in enumerate(labels) if label in ("header", "footer", "inline")}
        scored = {i for i, label in enumerate(labels) if label != "empty"}
        predicted = removed & scored
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        body += sum(1 for label in labels if label == "body")
        lost += len(predicted - gold)
        exact += predicted == gold
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.95
    assert lost / body <= 0.003
    assert exact / len(records) >= 0.74


# --------------------------------------------------------------------------- hostile input


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [".", " ", "M. ", "a", "Avec AFP ", "« ", "© ", "lire aussi : ", "a@", "a > ", "1/", "Lo 7 ; "],
)
def test_single_long_line_is_linear(unit: str) -> None:
    head = "Titre de l'article\nUn premier paragraphe de texte, assez long pour être du corps.\n"
    small = head + unit * (100_000 // len(unit)) + "\nAvec AFP"
    large = head + unit * (1_000_000 // len(unit)) + "\nAvec AFP"
    t_small = best_time(lambda: split_boilerplate(small))
    t_large = best_time(lambda: split_boilerplate(large))
    assert t_large / max(t_small, 2e-3) < 25


@pytest.mark.slow
@pytest.mark.parametrize(
    ("line", "count"), [("Avec AFP", 100_000), ("Un texte. Une phrase.", 30_000)]
)
def test_many_short_lines_are_linear(line: str, count: int) -> None:
    small = "\n".join([line] * (count // 10))
    large = "\n".join([line] * count)
    t_small = best_time(lambda: split_boilerplate(small))
    t_large = best_time(lambda: split_boilerplate(large), repeat=1)
    assert t_large / max(t_small, 2e-3) < 25


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "Lucie Ferrand\nPar Marc Aubel",  # names alone between header lines
        "Oui\nNon\nJe vote",  # poll options and their button
        "Lucie Ferrand est journaliste au service Sorne depuis 2019 et suit les digues.",
        # a headline a rule knows the words of, over its standfirst and byline
        "Notre sélection : digues et polar\nUne phrase de chapô assez longue pour compter "
        "comme un paragraphe entier de l'article.\nPar la rédaction",
        "Sources\n- Rapport annuel 2023\n- Arrêté 2024",
        # a related heading over teasers written as headlines (fifteenth round)
        "Articles similaires\nPort : une hausse de 12 % du trafic, selon la capitainerie.",
        # "Label : value" items under a sentence announcing them
        "Les prix fixés pour la campagne :\nCacao : 2 350 FCFA le kilo",
        # readers' comments over their form
        "Commentaires\nJean : un avis assez long pour compter comme le commentaire d'un "
        "lecteur.\nVous devez être abonné pour réagir.",
        # a headline-shaped subheading over an advert
        "Départemental 1 : le club fait plier le leader\nPublicité – Menuiserie Ferrand, "
        "fenêtres et volets sur mesure, devis gratuit et pose en une semaine.",
    ],
)
def test_header_boxes_polls_and_portraits_are_linear(unit: str) -> None:
    head = "Titre de l'article\nUn premier paragraphe de texte, assez long pour être du corps.\n"
    small = head + "\n".join([unit] * 3_000)
    large = head + "\n".join([unit] * 30_000)
    t_small = best_time(lambda: split_boilerplate(small))
    t_large = best_time(lambda: split_boilerplate(large), repeat=1)
    assert t_large / max(t_small, 2e-3) < 25


def test_plain_prose_loses_no_line(shared: Path) -> None:
    """Sentences of the UD French GSD treebank, one per line, hold no boilerplate at all."""
    sentences: list[str] = []
    for name in ("fr_gsd-ud-dev.conllu", "fr_gsd-ud-test.conllu"):
        path = shared / "corpus" / "ud-fr-gsd" / name
        if not path.exists():
            pytest.skip(f"{name} is not available")
        with path.open(encoding="utf-8") as handle:
            sentences += [line[9:].strip() for line in handle if line.startswith("# text = ")]
    assert len(sentences) > 1000
    start = 0
    for size in [5, 8, 11, 14, 3] * 200:
        chunk = sentences[start : start + size]
        if len(chunk) < size:
            break
        start += size
        split = split_boilerplate("\n".join(chunk))
        assert [r.text for r in split.removed] == []


def test_rules_learned_from_two_outlets_add_up() -> None:
    first = learn_boilerplate(["A\nSoutenez Le Courrier", "B\nSoutenez Le Courrier"], min_count=2)
    both = learn_boilerplate(
        ["C\nLisez La Gazette", "D\nLisez La Gazette"], min_count=2, base=first
    )
    learned = sorted(rule.pattern for rule in both if rule.group == "learned")
    assert learned == ["lisez la gazette", "soutenez le courrier"]


def test_comment_heading_in_the_body_keeps_the_paragraphs_below() -> None:
    text = "\n".join([*ARTICLE[:3], "Réactions", *ARTICLE[3:], ARTICLE[1] + " Il insiste."])
    assert split_boilerplate(text).removed == ()


def test_comment_section_at_the_end_is_footer() -> None:
    comments = [
        "Commentaires (2)",
        "jeanne75 Le 9 janvier à 13:06 Quelle honte, les usagers paient toujours la note. Répondre",
        "Un lecteur inquiet, qui prend le train tous les jours, trouve la grève injuste pour tous.",
        "Et moi je soutiens les cheminots, ils défendent aussi le service public pour nous tous.",
    ]
    split = split_boilerplate("\n".join([*ARTICLE, *comments]))
    assert [(r.line, r.zone) for r in split.removed] == [
        (5, "footer"),
        (6, "footer"),
        (7, "footer"),
        (8, "footer"),
    ]


def test_caption_before_its_credit_goes_but_a_standfirst_stays() -> None:
    caption = "Le juge Randall Bocock se retire d'une cause liée à KPMG."
    text = "\n".join([ARTICLE[0], caption, "Photo : Radio-Canada", *ARTICLE[1:]])
    assert [(r.line, r.rule) for r in split_boilerplate(text).removed] == [
        (1, "credit.caption"),
        (2, "credit.label"),
    ]
    text = "\n".join([ARTICLE[0], ARTICLE[3], "Photo : AFP", *ARTICLE[1:3]])
    assert [(r.line, r.rule) for r in split_boilerplate(text).removed] == [(2, "credit.label")]


def test_learn_boilerplate_min_sources_keeps_lines_shared_across_outlets() -> None:
    texts = [
        "Le marché de Brévanne rouvre.\nLa Gazette, votre quotidien\nPartager sur Facebook",
        "La digue de la Sorne est rehaussée.\nLa Gazette, votre quotidien\nPartager sur Facebook",
        "Un centre de dialyse ouvre.\nLa Gazette, votre quotidien\nPartager sur Facebook",
        "Le conseil municipal vote le budget.\nLe Courrier du Val\nPartager sur Facebook",
    ]
    outlets = ["gazette", "gazette", "gazette", "courrier"]
    patterns = [r.pattern for r in learn_boilerplate(texts, base=Rules(), min_count=2)]
    assert patterns == ["partager sur facebook", "la gazette votre quotidien"]
    shared = learn_boilerplate(texts, base=Rules(), min_count=2, sources=outlets, min_sources=2)
    assert [r.pattern for r in shared] == ["partager sur facebook"]
    with pytest.raises(ConfigurationError):
        learn_boilerplate(texts, min_sources=2)
    with pytest.raises(ConfigurationError):
        learn_boilerplate(texts, sources=outlets[:2])
    with pytest.raises(ConfigurationError):
        learn_boilerplate(texts, sources=outlets, min_sources=0)
