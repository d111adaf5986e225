"""The command's options shared with the library: --zones, --abbreviations, --unwrap,
--fields, normalize --explain, and the notices of the summary. Run in-process (fast)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import feuillet
from feuillet.cli import main

ENGLISH = (
    "Breaking: Storm hits the coast as thousands are left without power in the region, "
    "officials said on Monday. The weather service warned of more rain to come."
)
HTML = "<html>\n<body>\n<p>Le trafic est perturbé.</p>\n<p>Il reprend mardi.</p>\n</body>\n</html>"


def _run(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    out = tmp_path / "out.txt"
    status = main([*args, "-o", str(out)])
    written = out.read_text(encoding="utf-8") if out.exists() else ""
    return status, written, capsys.readouterr().err


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_fields_with_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _file(tmp_path, "in.jsonl", json.dumps({"id": 1, "text": "Oui. Non."}) + "\n")
    args = ["clean", "--jsonl", "--fields", "body,sentences.start,sentences.end", source]
    status, written, _ = _run(args, tmp_path, capsys)
    assert status == 0
    assert json.loads(written) == {
        "id": 1,
        "text": "Oui. Non.",
        "feuillet": {
            "body": "Oui. Non.",
            "sentences": [{"start": 0, "end": 4}, {"start": 5, "end": 9}],
        },
    }


def test_fields_are_checked_against_the_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["sentences", "--format", "json", "--fields", "body", "-"])
    assert stopped.value.code == 2
    assert "--fields: unknown field 'body'; valid fields: sentences" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["clean", "--fields", "body", "-"])  # text output has no fields
    assert "--fields chooses JSON fields" in capsys.readouterr().err


def test_zones_abbreviations_unwrap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "Par Claire Morel\nLe Xyz. Durand a parlé hier soir devant le conseil\n"
        "municipal réuni.\nAvec AFP"
    )
    source = _file(tmp_path, "a.txt", text)
    abbreviations = _file(tmp_path, "abbr.txt", "# mine\nXyz.\n")
    args = ["clean", "--format", "json", "--zones", "footer", "--unwrap"]
    status, written, _ = _run([*args, "--abbreviations", abbreviations, source], tmp_path, capsys)
    assert status == 0
    data = json.loads(written)
    expected = feuillet.clean(text, zones=("footer",), unwrap=True, abbreviations=["Xyz."])
    assert data == expected.to_dict()
    assert [r["zone"] for r in data["removed"]] == ["footer"]
    assert data["sentences"][1]["text"].startswith("Le Xyz. Durand")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean", "--zones", "top"], "--zones top: unknown zone 'top'"),
        (["clean", "--abbreviations", "/no/such/file"], "--abbreviations /no/such/file:"),
        (["clean", "--profile", "fancy"], "--profile fancy:"),
    ],
)
def test_bad_options_are_usage_errors(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([*args, "-"])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_normalize_explain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _file(tmp_path, "a.txt", "Bonjour.\nVraiment?")
    status, written, err = _run(["normalize", "--explain", source], tmp_path, capsys)
    assert status == 0
    assert written == "Bonjour.\nVraiment\u202f?\n"
    assert f"{source}: line 2 [T6]: 'Vraiment?' -> 'Vraiment\\u202f?'" in err


def test_notices_for_html_and_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [{"text": HTML}, {"text": ENGLISH}, {"text": ENGLISH}, {"text": "Oui."}]
    source = _file(tmp_path, "in.jsonl", "".join(json.dumps(r) + "\n" for r in lines))
    status, written, err = _run(["clean", "--jsonl", source], tmp_path, capsys)
    assert status == 0
    assert len(written.splitlines()) == 4  # nothing refused
    assert "1 record looks like HTML (give pages to `feuillet clean --html`" in err
    assert "2 records do not look French" in err
    score = json.loads(written.splitlines()[1])["feuillet"]["french_score"]
    assert score < 0.1


def test_several_files_in_text_are_separated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _file(tmp_path, "a.txt", "Un."), _file(tmp_path, "b.txt", "Deux.")
    status, written, _ = _run(["sentences", first, second], tmp_path, capsys)
    assert status == 0
    assert written == f"==> {first} <==\nUn.\n\n==> {second} <==\nDeux.\n\n"
    _, single, _ = _run(["sentences", first], tmp_path, capsys)
    assert single == "Un.\n"


def test_removed_notes_are_one_based(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Par Claire Morel\nLe trafic est perturbé jusqu'à mardi sur la ligne.\nAvec AFP"
    source = _file(tmp_path, "a.txt", text)
    _, _, err = _run(["split", "--show-removed", source], tmp_path, capsys)
    assert f"{source}: removed line 1 [header / " in err  # "line": 0 in the JSON
    assert f"{source}: removed line 3 [footer / " in err


def test_progress_writes_above_the_bar_and_knows_gzip_sizes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip
    import io

    from feuillet._cli_io import Outcome, Progress, total_size

    plain = tmp_path / "a.jsonl"
    plain.write_bytes(b"x" * 1000)
    packed = tmp_path / "b.jsonl.gz"
    packed.write_bytes(gzip.compress(b"y" * 5000))
    assert total_size([str(plain), str(packed)]) == 6000  # uncompressed bytes, as counted
    assert total_size([str(plain), "-"]) is None

    screen = io.StringIO()
    monkeypatch.setattr("sys.stderr", screen)
    progress = Progress(True, 6000)
    progress.update(Outcome(b"", size=3000))
    progress.write("note")
    progress.close()
    shown = screen.getvalue()
    assert "50%" in shown
    assert "feuillet: note\n" in shown  # on a line of its own, not inside the bar's line
    assert shown.index("feuillet: note") < shown.index("50%")


COOKIE_WALL = "\n".join(
    [
        "Nous déposons des traceurs pour mesurer la fréquentation de nos pages.",
        "Tout accepter",
        "Personnaliser mes choix",
        "Se connecter",
        "Mot de passe oublié ?",
    ]
)


@pytest.mark.parametrize("step", ["clean", "split"])
def test_notice_for_a_page_with_no_body(
    step: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [{"text": COOKIE_WALL}, {"text": "Titre\nUne phrase assez longue pour un texte."}]
    source = _file(tmp_path, "in.jsonl", "".join(json.dumps(r) + "\n" for r in lines))
    status, written, err = _run([step, "--jsonl", source], tmp_path, capsys)
    assert status == 0
    results = [json.loads(line)["feuillet"] for line in written.splitlines()]
    assert [r["no_body"] for r in results] == [True, False]
    # Nothing is lost: the kept and the removed lines are the page's lines.
    kept = results[0]["body"].split("\n")
    removed = [r["text"] for r in results[0]["removed"]]
    page = feuillet.normalize(COOKIE_WALL) if step == "clean" else COOKIE_WALL
    assert sorted(kept + removed) == sorted(page.split("\n"))
    assert "1 record had no article body" in err


PAGES = Path(__file__).resolve().parent / "data" / "html"


def test_html_pages_from_files_and_jsonl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("trafilatura")
    page = PAGES / "quotidien-regional.html"
    status, written, _ = _run(["clean", "--html", "--format", "json", str(page)], tmp_path, capsys)
    assert status == 0
    article = json.loads(written)
    assert "Avec AFP" not in article["body"]
    assert "Le budget sera transmis à la préfecture" in article["body"]
    assert [a["value"] for a in article["metadata"]["agencies"]] == ["AFP"]
    assert article["metadata"]["site_name"]["origin"] == "html"
    # A JSONL field holding the page: the same article, the other fields kept.
    html = page.read_text(encoding="utf-8")
    source = _file(tmp_path, "pages.jsonl", json.dumps({"id": 3, "html": html}) + "\n")
    status, written, _ = _run(
        ["clean", "--html", "--jsonl", "--field", "html", source], tmp_path, capsys
    )
    assert status == 0
    record = json.loads(written)
    assert record["id"] == 3
    assert record["feuillet"]["body"] == article["body"]


def test_html_without_the_extra_is_a_clear_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # None in sys.modules makes every import of the module fail, as when it is absent.
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    with pytest.raises(SystemExit) as stop:
        main(["clean", "--html", "-"])
    assert stop.value.code == 2
    assert "pip install 'feuillet[html]'" in capsys.readouterr().err
