"""The ``feuillet`` command, run in this process through ``main`` (fast), and through its real
entry points in a subprocess where that is what is tested (the installed script, a terminal)."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from feuillet import Rules
from feuillet.cli import main

NB, NN = "\u00a0", "\u202f"
GREVE_TITLE = (
    f"Grève à la SNCF{NB}: le trafic «{NB}très perturbé{NB}» jusqu’à mardi sur les lignes TGV "
    "du Sud-Est"
)
SUMMARY = re.compile(r"^feuillet: (\d+) records?, (\d+) errors?, [\d.]+ s", re.MULTILINE)


class Done(NamedTuple):
    """What a run of the command gave: its exit status and its output bytes."""

    returncode: int
    stdout: bytes
    stderr: bytes


def run(*args: str | Path, stdin: bytes = b"", cwd: Path | None = None) -> Done:
    """Run ``feuillet ARGS`` in this process, with *stdin*, and capture its output bytes."""
    # A buffered reader for stdin, as a real one is: gzip is recognised by peeking at it.
    raw = [io.BufferedReader(io.BytesIO(stdin)), io.BytesIO(), io.BytesIO()]  # type: ignore[arg-type]
    streams = [io.TextIOWrapper(buffer, encoding="utf-8") for buffer in raw]
    status: int | str | None
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.chdir(cwd or Path.cwd()))
        for name, stream in zip(("stdin", "stdout", "stderr"), streams, strict=True):
            stack.enter_context(_swapped(name, stream))
        try:
            status = main([str(arg) for arg in args])
        except SystemExit as stop:  # argparse's usage errors and --help
            status = stop.code
    for stream in streams[1:]:
        stream.flush()
    code = status if isinstance(status, int) else (0 if status is None else 1)
    return Done(code, raw[1].getvalue(), raw[2].getvalue())  # type: ignore[attr-defined]


@contextlib.contextmanager
def _swapped(name: str, stream: io.TextIOWrapper) -> Any:
    previous = getattr(sys, name)
    setattr(sys, name, stream)
    try:
        yield
    finally:
        setattr(sys, name, previous)


def run_process(*args: str | Path, stdin: bytes = b"", cwd: Path | None = None) -> Any:
    """Run ``python -m feuillet ARGS`` in a subprocess (for what needs a real process)."""
    return subprocess.run(
        [sys.executable, "-m", "feuillet", *map(str, args)],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
    )


def summary(stderr: bytes) -> tuple[int, int]:
    found = SUMMARY.search(stderr.decode())
    assert found, stderr.decode()
    return int(found[1]), int(found[2])


def jsonl(data: bytes) -> list[Any]:
    return [json.loads(line) for line in data.decode().splitlines()]


@pytest.fixture(scope="module")
def greve(examples: Path) -> Path:
    return examples / "greve-sncf.txt"


# --- The README's set-up command -------------------------------------------------------------


def test_installed_script_cleans_the_bundled_example(greve: Path) -> None:
    script = Path(sys.executable).with_name("feuillet")
    assert script.exists(), "the package is not installed with its console script"
    done = subprocess.run(
        [str(script), "clean", "examples/greve-sncf.txt"],
        capture_output=True,
        cwd=greve.parent.parent,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    out = done.stdout.decode()
    paragraphs = out.removesuffix("\n").split("\n\n")
    assert len(paragraphs) == 9
    assert paragraphs[0] == GREVE_TITLE
    assert paragraphs[1].startswith("La direction de la SNCF a annoncé vendredi matin")
    assert paragraphs[5] == "Des voyageurs excédés"
    assert paragraphs[-1].endswith("prévue le 21 mars.")
    for boilerplate in ("Par Claire Morel", "Lire aussi", "Publicité", "Avec AFP", "©"):
        assert boilerplate not in out
    assert summary(done.stderr) == (1, 0)


# --- Inputs and outputs ----------------------------------------------------------------------


def test_stdin_is_the_default_and_dash(greve: Path) -> None:
    from_file = run("clean", greve)
    from_default = run("clean", stdin=greve.read_bytes())
    # Once through a real process: stdin and stdout are the operating system's own.
    from_dash = run_process("clean", "-", stdin=greve.read_bytes())
    assert from_file.returncode == from_default.returncode == from_dash.returncode == 0
    assert from_file.stdout == from_default.stdout == from_dash.stdout
    assert from_file.stdout.startswith(GREVE_TITLE.encode() + b"\n\n")


def test_gzip_in_and_out(greve: Path, tmp_path: Path) -> None:
    packed = tmp_path / "greve.txt.gz"
    packed.write_bytes(gzip.compress(greve.read_bytes()))
    out = tmp_path / "out.txt.gz"
    done = run("clean", packed, "-o", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    expected = run("clean", greve).stdout
    assert gzip.decompress(out.read_bytes()) == expected
    # gzip is recognised by its content, so it also works on stdin.
    assert run("clean", stdin=packed.read_bytes()).stdout == expected


def test_output_file(greve: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    assert run("paragraphs", greve, "-o", out).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("Grève à la SNCF : le trafic")


def test_format_json_and_jsonl(greve: Path, examples: Path) -> None:
    single = json.loads(run("clean", "--format", "json", greve).stdout)
    assert list(single) == [
        "text",
        "body",
        "paragraphs",
        "sentences",
        "removed",
        "french_score",
        "no_body",
        "metadata",
    ]
    assert single["metadata"]["authors"][0]["value"] == "Claire Morel"
    assert single["paragraphs"][0]["text"] == GREVE_TITLE
    assert single["removed"][0]["text"] == "Par Claire Morel"
    assert single["removed"][0]["zone"] == "header"

    other = examples / "vendanges-bourgogne.txt"
    both = json.loads(run("clean", "--format", "json", greve, other).stdout)
    assert isinstance(both, list)
    assert len(both) == 2
    assert both[0] == single
    lines = jsonl(run("clean", "--format", "jsonl", greve, other).stdout)
    assert lines == both


# --- Each subcommand -------------------------------------------------------------------------


def test_normalize() -> None:
    done = run("normalize", stdin=b'Il a dit "oui" !\nC\'est 40% ... ')
    assert done.stdout.decode() == f"Il a dit «{NB}oui{NB}»{NN}!\nC’est 40{NB}% …\n"
    plain = run("normalize", "--profile", "plain", stdin="L’été «\u00a0chaud\u00a0»".encode())
    assert plain.stdout.decode() == "L'été « chaud »\n"
    as_json = json.loads(run("normalize", "--format", "json", stdin=b"Oui !").stdout)
    assert as_json == {"text": f"Oui{NN}!"}


def test_unknown_profile_is_a_usage_error() -> None:
    done = run("normalize", "--profile", "fancy", stdin=b"Oui")
    assert done.returncode == 2
    assert "fancy" in done.stderr.decode()
    assert "plain" in done.stderr.decode()


def test_split_show_removed(greve: Path) -> None:
    done = run("split", "--show-removed", greve)
    assert done.returncode == 0
    body = done.stdout.decode()
    assert body.startswith('Grève à la SNCF : le trafic "très perturbé"')  # not normalized
    assert "Par Claire Morel" not in body
    assert len(body.splitlines()) == 9
    err = done.stderr.decode()
    name = re.escape(str(greve))
    assert re.search(rf"{name}: removed line 2 \[header / [\w.-]+\]: Par Claire Morel\n", err)
    assert re.search(r"removed line 12 \[inline / [\w.-]+\]: Publicité\n", err)
    assert re.search(r"removed line 15 \[footer / [\w.-]+\]: Avec AFP\n", err)
    assert len(re.findall("removed line", err)) == 9


def test_split_keep_inline_and_rules(greve: Path, tmp_path: Path) -> None:
    kept = run("split", "--keep-inline", greve).stdout.decode()
    assert "Publicité\n" in kept
    assert "Par Claire Morel" not in kept
    rules = tmp_path / "rules.json"
    Rules.from_phrases(["Publicité"]).to_file(rules)
    only_ads = run("split", "--rules", rules, greve).stdout.decode()
    assert "Publicité" not in only_ads
    assert "Avec AFP" in only_ads  # the user's rules replace the default ones
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    done = run("split", "--rules", bad, greve)
    assert done.returncode == 2
    assert "bad.json" in done.stderr.decode()


def test_clean_options(greve: Path) -> None:
    everything = run("clean", "--no-boilerplate", greve).stdout.decode()
    assert "\n\nAvec AFP\n\n" in everything
    assert "\n\nPar Claire Morel\n\n" in everything
    inline = run("clean", "--keep-inline", greve).stdout.decode()
    assert "\n\nPublicité\n\n" in inline
    assert "Avec AFP" not in inline
    plain = run("clean", "--profile", "plain", greve).stdout.decode()
    assert plain.startswith('Grève à la SNCF : le trafic "très perturbé" jusqu\'à mardi')


def test_sentences() -> None:
    text = "Le maire, M. Dupont, est arrivé à 9 h 30. Il a parlé !\nFin du texte."
    done = run("sentences", stdin=text.encode())
    assert done.stdout.decode().splitlines() == [
        "Le maire, M. Dupont, est arrivé à 9 h 30.",
        "Il a parlé !",
        "Fin du texte.",
    ]
    spans = json.loads(run("sentences", "--format", "json", stdin=text.encode()).stdout)
    assert spans["sentences"][1] == {"start": 42, "end": 54, "text": "Il a parlé !"}


def test_paragraphs() -> None:
    text = "Un titre court\nLe premier paragraphe. Il continue.\n\nLe second."
    done = run("paragraphs", stdin=text.encode())
    assert done.stdout.decode() == (
        "Un titre court\n\nLe premier paragraphe. Il continue.\n\nLe second.\n"
    )
    data = json.loads(run("paragraphs", "--format", "json", stdin=text.encode()).stdout)
    assert [(p["kind"], p["start"], p["end"]) for p in data["paragraphs"]] == [
        ("heading", 0, 14),
        ("paragraph", 15, 50),
        ("paragraph", 52, 62),
    ]


# --- JSON Lines ------------------------------------------------------------------------------


RECORDS = [
    {"id": 1, "text": "Oui !", "meta": {"source": "AFP", "tags": ["a", "b"]}, "score": 0.5},
    {"id": 2, "title": "é", "text": "M. Dupont arrive. Il parle.", "n": None},
]


def _lines(*records: Any) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n"
        for r in records
    )


def test_jsonl_keeps_other_fields_and_order() -> None:
    done = run("clean", "--jsonl", "--no-boilerplate", stdin=_lines(*RECORDS))
    assert done.returncode == 0, done.stderr
    out = jsonl(done.stdout)
    assert len(out) == 2
    for record, result in zip(RECORDS, out, strict=True):
        assert list(result) == [*record, "feuillet"]
        assert {k: v for k, v in result.items() if k != "feuillet"} == record
    assert out[0]["feuillet"]["body"] == f"Oui{NN}!"
    assert [s["text"] for s in out[1]["feuillet"]["sentences"]] == [
        f"M.{NB}Dupont arrive.",  # T40: a no-break space after an honorific
        "Il parle.",
    ]
    assert summary(done.stderr) == (2, 0)


def test_jsonl_field_names_and_blank_lines() -> None:
    data = _lines({"body": "Oui."}, b"", {"body": "Non."})
    done = run("sentences", "--jsonl", "--field", "body", "--output-field", "fs", stdin=data)
    lines = done.stdout.decode().split("\n")
    assert lines[1] == ""  # one output line per input line
    assert json.loads(lines[0]) == {
        "body": "Oui.",
        "fs": {"sentences": [{"start": 0, "end": 4, "text": "Oui."}]},
    }
    assert json.loads(lines[2])["fs"]["sentences"][0]["text"] == "Non."
    assert summary(done.stderr) == (2, 0)


def test_jsonl_each_subcommand_payload() -> None:
    data = _lines({"text": "Titre\nUn texte. Fin !"})
    payloads = {
        cmd: jsonl(run(cmd, "--jsonl", stdin=data).stdout)[0]["feuillet"]
        for cmd in ("normalize", "split", "paragraphs")
    }
    assert payloads["normalize"] == {"text": f"Titre\nUn texte. Fin{NN}!"}
    split = {"body": "Titre\nUn texte. Fin !", "removed": [], "no_body": False}
    assert {k: v for k, v in payloads["split"].items() if k != "metadata"} == split
    assert payloads["split"]["metadata"]["authors"] == []
    assert [p["kind"] for p in payloads["paragraphs"]["paragraphs"]] == ["heading", "paragraph"]


BAD = [
    (b'{"text": "Oui."', "invalid JSON"),
    (b'{"titre": "Oui."}', "record has no field 'text' (fields: 'titre')"),
    (b'{"text": 42}', "field 'text' must be str, not int"),
    (b'{"text": null}', "field 'text' must be str, not null"),
    (b'{"text": ["Oui."]}', "field 'text' must be str, not list"),
    (b'["text"]', "expected a JSON object, got list"),
    (b'{"text": "caf\xe9"}', "undecodable byte 0xe9 at byte offset 29"),
]


@pytest.mark.parametrize(("bad", "message"), BAD)
def test_jsonl_bad_line_fails_after_writing_what_was_done(bad: bytes, message: str) -> None:
    data = _lines({"text": "Un."}, bad, {"text": "Trois."})
    done = run("sentences", "--jsonl", stdin=data)
    assert done.returncode == 1
    assert jsonl(done.stdout) == [
        {"text": "Un.", "feuillet": {"sentences": [{"start": 0, "end": 3, "text": "Un."}]}}
    ]
    err = done.stderr.decode()
    assert f"feuillet: <stdin>:2: {message}" in err
    assert summary(done.stderr) == (2, 1)


@pytest.mark.parametrize(("bad", "message"), BAD)
def test_jsonl_bad_line_skipped_with_an_error_entry(bad: bytes, message: str) -> None:
    data = _lines({"text": "Un."}, bad, {"text": "Trois."})
    done = run("sentences", "--jsonl", "--on-error", "skip", stdin=data)
    assert done.returncode == 0
    out = jsonl(done.stdout)
    assert len(out) == 3
    assert out[2]["feuillet"]["sentences"][0]["text"] == "Trois."
    error = out[1]["feuillet"]["error"]
    assert error.startswith("<stdin>:2: ")
    assert message in error
    try:
        original = json.loads(bad)
    except ValueError:  # not JSON at all: the raw line is kept beside the error
        assert "raw" in out[1]["feuillet"]
    else:
        if isinstance(original, dict):
            assert {k: v for k, v in out[1].items() if k != "feuillet"} == original
    assert summary(done.stderr) == (3, 1)


def test_jsonl_lone_surrogate_stays_valid_json() -> None:
    done = run("sentences", "--jsonl", stdin=b'{"text": "Oui.", "x": "\\ud800"}\n')
    assert done.returncode == 0
    assert json.loads(done.stdout)["x"] == "\ud800"


@pytest.mark.slow
def test_jsonl_workers_keep_order(shared: Path, tmp_path: Path) -> None:
    # 30 real records (a third of the corpus) keep the test fast.
    lines = (shared / "corpus" / "boilerplate-dev.jsonl").read_bytes().splitlines(keepends=True)
    packed = tmp_path / "corpus.jsonl.gz"
    packed.write_bytes(gzip.compress(b"".join(lines[:30])))
    serial = run("clean", "--jsonl", packed)
    parallel = run("clean", "--jsonl", "--workers", "2", packed, "-o", tmp_path / "out.jsonl")
    assert serial.returncode == parallel.returncode == 0
    assert (tmp_path / "out.jsonl").read_bytes() == serial.stdout
    records = jsonl(serial.stdout)
    originals = [json.loads(line) for line in lines[:30]]
    assert [r["id"] for r in records] == [r["id"] for r in originals]
    for record, original in zip(records, originals, strict=True):
        assert {k: v for k, v in record.items() if k != "feuillet"} == original
    assert summary(serial.stderr) == (30, 0)


@pytest.mark.slow
def test_text_workers_keep_order(examples: Path) -> None:
    files = [examples / "greve-sncf.txt", examples / "vendanges-bourgogne.txt"] * 2
    serial = run("clean", "--format", "jsonl", *files)
    parallel = run("clean", "--format", "jsonl", "--workers", "2", *files)
    assert parallel.returncode == 0
    assert parallel.stdout == serial.stdout
    assert len(jsonl(parallel.stdout)) == 4


# --- Bad text input --------------------------------------------------------------------------


def test_undecodable_text_file(tmp_path: Path, greve: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le café est prêt.".encode("latin-1"))
    done = run("clean", greve, latin1, greve)
    assert done.returncode == 1
    err = done.stderr.decode()
    assert f"{latin1}: undecodable byte 0xe9 at byte offset 6" in err
    # What was done before the bad file is written (labelled: several files); nothing after it.
    assert done.stdout == f"==> {greve} <==\n".encode() + run("clean", greve).stdout + b"\n"
    skipped = run("clean", "--on-error", "skip", greve, latin1, greve)
    assert skipped.returncode == 0
    assert skipped.stdout == run("clean", greve, greve).stdout
    assert summary(skipped.stderr) == (3, 1)


def test_missing_and_corrupt_files(tmp_path: Path) -> None:
    done = run("clean", tmp_path / "absent.txt")
    assert done.returncode == 1
    assert "absent.txt: cannot read: No such file or directory" in done.stderr.decode()
    corrupt = tmp_path / "cut.txt.gz"
    corrupt.write_bytes(gzip.compress(b"Bonjour. " * 1000)[:40])
    done = run("clean", "--jsonl", corrupt)
    assert done.returncode == 1
    assert "cut.txt.gz:1: cannot read" in done.stderr.decode()


# --- Usage, help, version, progress ----------------------------------------------------------


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.decode() == f"feuillet {version('feuillet')}\n"


def test_help_has_examples_for_every_subcommand() -> None:
    top = run("--help").stdout.decode()
    for command in ("clean", "normalize", "split", "sentences", "paragraphs"):
        assert f"  feuillet {command} " in top
        sub = run(command, "--help")
        assert sub.returncode == 0
        text = sub.stdout.decode()
        assert "examples:" in text
        assert f"  feuillet {command} " in text
        assert "--jsonl" in text
        assert "--workers" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["clean", "--field", "body"], "need --jsonl"),
        (["clean", "--jsonl", "--format", "text"], "--format must be jsonl"),
        (["clean", "--workers", "0"], "--workers must be at least 1"),
        (["clean", "--on-error", "ignore"], "invalid choice"),
        (["tidy"], "invalid choice"),
        ([], "required"),
    ],
)
def test_usage_errors(args: list[str], message: str) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert message in done.stderr.decode()


def test_quiet_silences_the_summary(greve: Path) -> None:
    done = run("clean", "--quiet", greve)
    assert done.returncode == 0
    assert done.stderr == b""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal(greve: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    def stderr_on_tty(*args: str | Path) -> str:
        leader, follower = pty.openpty()
        # A pseudo-terminal starts 0 columns wide; give it a real size, as a terminal has.
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        done = subprocess.run(
            [sys.executable, "-m", "feuillet", *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=follower,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert done.returncode == 0
        return b"".join(chunks).decode(errors="replace")

    shown = stderr_on_tty("clean", greve)
    assert "records=1" in shown
    assert "B/s" in shown
    assert stderr_on_tty("clean", "--quiet", greve) == ""
    # Not a terminal: no bar, only the summary.
    assert "B/s" not in run("clean", greve).stderr.decode()
