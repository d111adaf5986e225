"""Throughput of the ftfy gate (``feuillet.typography.ftfy_gate.fix_text``) next to ``ftfy.fix_text``.

Both run with feuillet's ftfy options (``typography._FTFY``) on the same real French
texts, in the same process, interleaved round by round, best of N in CPU time. The script
first checks that both give the same output on every text, counts how many texts and
segments still went to ftfy, then times ``feuillet.clean`` with ftfy and with the gate in
its place, to show what share of the whole pipeline the gate saves.

Texts: ``../shared/corpus/boilerplate-dev*.jsonl`` and ``../shared/examples/*.txt`` when
present, and the project's ``examples/*.txt``.

    python benchmarks/bench_repair.py [--rounds 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import time
import types
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import ftfy

import feuillet
from feuillet.typography import ftfy_gate as _ftfy_gate
from feuillet.typography import normalizer
from feuillet.typography.normalizer import FTFY_CONFIG as _FTFY

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def texts() -> list[str]:
    found: list[str] = []
    for corpus in sorted((SHARED / "corpus").glob("boilerplate-dev*.jsonl")):
        with corpus.open(encoding="utf-8") as lines:
            found += [json.loads(line)["text"] for line in lines if line.strip()]
    for folder in (SHARED / "examples", ROOT / "examples"):
        found += [path.read_text("utf-8") for path in sorted(folder.glob("*.txt"))]
    if not found:
        raise SystemExit("no French text found in ../shared or examples/")
    return found


def interleaved_cpu(calls: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Best CPU time of each call, the calls alternating so load bursts hit all of them."""
    best = dict.fromkeys(calls, float("inf"))
    for _ in range(rounds):
        for name, call in calls.items():
            start = time.process_time()
            call()
            best[name] = min(best[name], time.process_time() - start)
    return best


def segments_sent_to_ftfy(pool: list[str]) -> tuple[int, int]:
    """(texts with at least one segment given to ftfy, segments given to ftfy)."""
    sent: list[str] = []
    real = ftfy.fix_text

    def counting(text: str, config: ftfy.TextFixerConfig) -> str:
        sent.append(text)
        return real(text, config)

    needing = 0
    with mock.patch.object(ftfy, "fix_text", counting):
        for text in pool:
            before = len(sent)
            _ftfy_gate.fix_text(text, _FTFY)
            needing += len(sent) > before
    return needing, len(sent)


def clean_all(pool: list[str]) -> None:
    for text in pool:
        feuillet.clean(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs per measure (best kept)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    if not _ftfy_gate.GATED:
        print(f"gate OFF, plain ftfy: {_ftfy_gate.FALLBACK_REASON}")

    pool = texts()
    size = sum(len(text.encode("utf-8")) for text in pool) / 1e6
    lines = sum(text.count("\n") + 1 for text in pool)
    different = sum(_ftfy_gate.fix_text(t, _FTFY) != ftfy.fix_text(t, _FTFY) for t in pool)
    needing, sent = segments_sent_to_ftfy(pool)
    print(f"texts: {len(pool)}, {size:.2f} MB, {lines} lines")
    print(f"outputs identical to ftfy: {len(pool) - different}/{len(pool)}")
    print(f"texts needing ftfy: {needing}/{len(pool)}; segments given to ftfy: {sent}/{lines}")

    best = interleaved_cpu(
        {
            "ftfy": lambda: [ftfy.fix_text(t, _FTFY) for t in pool],
            "gate": lambda: [_ftfy_gate.fix_text(t, _FTFY) for t in pool],
        },
        args.rounds,
    )
    ratio = best["gate"] / best["ftfy"]
    print(f"{'ftfy.fix_text':16s} {size / best['ftfy']:8.2f} MB/s  {best['ftfy']:.3f} s CPU")
    print(f"{'gated fix_text':16s} {size / best['gate']:8.2f} MB/s  {best['gate']:.3f} s CPU")
    print(f"gated time / ftfy time: {ratio:.3f} ({1 / ratio:.1f}x faster)")

    # normalize calls the gate through its module global: a stand-in puts plain ftfy back.
    plain_ftfy = types.SimpleNamespace(fix_text=ftfy.fix_text)

    def clean_plain() -> None:
        with mock.patch.object(normalizer, "ftfy_gate", plain_ftfy):
            clean_all(pool)

    timed = interleaved_cpu({"ftfy": clean_plain, "gate": lambda: clean_all(pool)}, args.rounds)
    saved = 1 - timed["gate"] / timed["ftfy"]
    print(
        f"feuillet.clean: {timed['ftfy']:.3f} s CPU with ftfy, {timed['gate']:.3f} s with the "
        f"gate in its place: {saved:.0%} of clean's time saved"
    )
    if different:
        raise SystemExit(f"{different} texts differ from ftfy")
    if args.json:
        figures = {
            "texts": len(pool),
            "megabytes": size,
            "texts_needing_ftfy": needing,
            "segments_to_ftfy": sent,
            "lines": lines,
            "ftfy_mb_s": size / best["ftfy"],
            "gate_mb_s": size / best["gate"],
            "ratio": ratio,
            "clean_saved": saved,
        }
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
