"""Throughput of ``feuillet.normalize`` for each profile, next to ``ftfy.fix_text``.

ftfy runs with the exact configuration of rule T0, in the same process and on the same
text, so the ratio does not depend on the machine. The target (issue 15, typography v2)
is ``normalize(profile="typographic")`` at no less than 0.75 of ftfy's throughput (the
typographic profile runs ftfy itself, then its own rules).

The text is a few MB of French news: the texts of ``../shared/corpus/boilerplate-dev.jsonl``
and ``../shared/examples/*.txt`` when that folder exists, else the project's ``examples/``,
repeated up to the requested size.

    python benchmarks/bench_normalize.py [--mb 3] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

from feuillet import normalize
from feuillet.typography.normalizer import FTFY_CONFIG

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARGET = 0.75  # issue 15: typographic throughput / ftfy.fix_text throughput


def french_news(megabytes: float) -> str:
    """Articles joined by newlines, repeated to about *megabytes* MB of UTF-8."""
    texts: list[str] = []
    corpus = SHARED / "corpus" / "boilerplate-dev.jsonl"
    if corpus.is_file():
        for line in corpus.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    folder = SHARED / "examples" if (SHARED / "examples").is_dir() else ROOT / "examples"
    texts += [path.read_text("utf-8") for path in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit("no French text found in ../shared or examples/")
    sample = "\n".join(text.strip("\n") for text in texts) + "\n"
    copies = max(1, round(megabytes * 1e6 / len(sample.encode("utf-8"))))
    return sample * copies


def throughput(function: Callable[[str], object], text: str, repeat: int) -> float:
    """Best MB/s over *repeat* runs, in CPU time of this process.

    CPU time rather than wall time: on a shared machine, wall time mostly measures the
    other processes; both sides of the ratio are measured the same way.
    """
    size = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return size / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=3.0, help="size of the text in MB")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (best kept)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args()
    text = french_news(args.mb)
    print(f"text: {len(text.encode('utf-8')) / 1e6:.2f} MB, {text.count(chr(10))} lines")
    peer = throughput(lambda t: ftfy.fix_text(t, FTFY_CONFIG), text, args.repeat)
    print(f"{'ftfy.fix_text (T0 config)':28s} {peer:7.2f} MB/s")
    speeds: dict[str, float] = {}
    for profile in ("typographic", "plain", "ascii"):
        speed = throughput(lambda t, p=profile: normalize(t, p), text, args.repeat)
        speeds[profile] = speed
        print(f"{'normalize ' + profile:28s} {speed:7.2f} MB/s   ratio to ftfy {speed / peer:.2f}")
    # The rules alone, without the ftfy pass, show the cost of feuillet's own work.
    rules_only = throughput(lambda t: normalize(t, repair_encoding=False), text, args.repeat)
    print(f"{'typographic, rules only':28s} {rules_only:7.2f} MB/s")
    ratio = speeds["typographic"] / peer
    print(
        f"target: typographic >= {TARGET:.2f} of ftfy: {'holds' if ratio >= TARGET else 'does not hold'}"
    )
    if args.json:
        figures = {
            "ftfy_mb_s": peer,
            "normalize_mb_s": speeds,
            "rules_only_mb_s": rules_only,
            "ratio": ratio,
            "rows": [
                [
                    "normalize typographic (MB/s, CPU time)",
                    f"{speeds['typographic']:.2f}",
                    f"ftfy.fix_text {peer:.2f}; ratio {ratio:.0%}",
                    f">= {TARGET:.0%} of ftfy: {'holds' if ratio >= TARGET else 'does not hold'}",
                ]
            ],
        }
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
