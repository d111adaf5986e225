"""Issue #12, items 1 and 2: the command line never loses data silently.

An output that is one of the inputs is refused; a file output appears whole or not at all;
an input that cannot be read to its end leaves an error record and exit status 3.
Run in-process through :func:`feuillet.cli.main`.
"""

from __future__ import annotations

import gzip
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from feuillet import cli
from feuillet.cli import EXIT_FAILED, EXIT_INPUT_LOST, EXIT_OK, EXIT_USAGE, main

RECORDS = [{"id": i, "text": f"Phrase numéro {i}. Et une autre."} for i in range(5)]


def _jsonl(records: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def _read_jsonl(data: bytes) -> list[Any]:
    return [json.loads(line) for line in data.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "same.jsonl"
    path.write_bytes(_jsonl(RECORDS))
    return path


# --- Item 1: an output that is an input is refused ---------------------------------------------


def _usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(args))
    assert stopped.value.code == EXIT_USAGE
    return capsys.readouterr().err


def test_output_that_is_the_input_is_refused(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = corpus.read_bytes()
    err = _usage_error(capsys, "clean", "--jsonl", str(corpus), "-o", str(corpus))
    assert f"the output {corpus} is the input {corpus}" in err
    assert corpus.read_bytes() == before


@pytest.mark.parametrize("link", ["symlink", "hardlink", "dotted"])
def test_output_that_links_to_an_input_is_refused(
    corpus: Path, capsys: pytest.CaptureFixture[str], link: str
) -> None:
    before = corpus.read_bytes()
    other = corpus.parent / "other.jsonl"
    other.write_bytes(before)
    if link == "symlink":
        alias = corpus.parent / "alias.jsonl"
        alias.symlink_to(corpus)
    elif link == "hardlink":
        alias = corpus.parent / "hard.jsonl"
        os.link(corpus, alias)
    else:
        alias = corpus.parent / "." / corpus.name
    err = _usage_error(capsys, "split", "--jsonl", str(other), str(corpus), "-o", str(alias))
    assert f"is the input {corpus}" in err
    assert corpus.read_bytes() == before
    assert not list(corpus.parent.glob(".*.part"))


def test_dev_null_output_is_not_an_input_clash() -> None:
    assert cli.same_file(os.devnull, [os.devnull]) is None


# --- Item 1: a failed or interrupted run leaves no partial output -------------------------------


def test_failed_run_keeps_the_previous_output(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"good results of yesterday\n")
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(_jsonl(RECORDS[:2]) + b"not json\n" + _jsonl(RECORDS[2:]))
    assert main(["sentences", "--jsonl", str(bad), "-o", str(out)]) == EXIT_FAILED
    assert out.read_bytes() == b"good results of yesterday\n"
    assert f"{out} was not written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "out.jsonl", "same.jsonl"]


def test_failed_run_creates_no_output(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.jsonl.gz"
    assert main(["clean", "--jsonl", "-q", str(corpus), str(tmp_path / "absent"), "-o", str(out)])
    assert not out.exists()
    assert not list(tmp_path.glob(".*.part"))


def test_interrupted_run_keeps_the_previous_output(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"previous\n")
    calls = 0
    real = cli._process_line

    def interrupted(item: Any, job: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return real(item, job)

    monkeypatch.setattr(cli, "_process_line", interrupted)
    assert main(["clean", "--jsonl", "-q", str(corpus), "-o", str(out)]) == 130
    assert out.read_bytes() == b"previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "same.jsonl"]


def test_successful_run_replaces_the_output_whole(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl.gz"
    out.write_bytes(b"old")
    os.chmod(out, 0o640)
    assert main(["normalize", "--jsonl", "-q", str(corpus), "-o", str(out)]) == EXIT_OK
    records = _read_jsonl(gzip.decompress(out.read_bytes()))
    assert [r["id"] for r in records] == [r["id"] for r in RECORDS]
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the replaced file's mode is kept
    # The gzip header names the output, not the temporary file it was written to.
    assert b"out.jsonl\x00" in out.read_bytes()[:40]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl.gz", "same.jsonl"]


def test_output_through_a_symlink_keeps_the_link(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "target.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert main(["normalize", "--jsonl", "-q", str(corpus), "-o", str(link)]) == EXIT_OK
    assert link.is_symlink()
    assert len(_read_jsonl(target.read_bytes())) == len(RECORDS)


# --- Item 2: input not read to its end ----------------------------------------------------------


def _truncated_gz(tmp_path: Path) -> Path:
    whole = gzip.compress(_jsonl(RECORDS * 200), mtime=0)
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    return cut


def test_truncated_gzip_in_skip_mode_leaves_an_error_record_and_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut = _truncated_gz(tmp_path)
    out = tmp_path / "out.jsonl"
    status = main(["normalize", "--jsonl", "--on-error", "skip", str(cut), "-o", str(out)])
    assert status == EXIT_INPUT_LOST != EXIT_OK
    records = _read_jsonl(out.read_bytes())
    errors = [r for r in records if "error" in r["feuillet"]]
    assert len(errors) == 1
    assert errors[0] is records[-1]
    # The record names the file and the line where reading stopped.
    assert errors[0]["feuillet"]["error"].startswith(f"{cut}:{len(records)}: cannot read")
    assert errors[0]["feuillet"]["lost"] is True
    assert "exit status 3" in capsys.readouterr().err


def test_missing_file_in_skip_mode_exits_3_with_an_error_record(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "absent.txt"
    status = main(["split", "--format", "jsonl", "--on-error", "skip", str(corpus), str(absent)])
    assert status == EXIT_INPUT_LOST
    lines = capsys.readouterr().out.splitlines()
    assert json.loads(lines[-1]) == {"error": f"{absent}: cannot read: No such file or directory"}


def test_bad_records_in_skip_mode_still_exit_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(_jsonl(RECORDS[:1]) + b"not json\n")
    assert main(["normalize", "--jsonl", "-q", "--on-error", "skip", str(bad)]) == EXIT_OK


def test_truncated_gzip_in_fail_mode_exits_1(tmp_path: Path) -> None:
    cut = _truncated_gz(tmp_path)
    out = tmp_path / "out.jsonl"
    assert main(["normalize", "--jsonl", "-q", str(cut), "-o", str(out)]) == EXIT_FAILED
    assert not out.exists()
