"""Throughput of :func:`feuillet.sentences` on French news text, against pySBD.

The corpus is built from the article texts of ``../shared/corpus/boilerplate-dev.jsonl``
and the GSD treebank sentences (ten per paragraph) when ``../shared`` is present, else
from the project's ``examples/``; it is repeated up to ``--mb`` million characters. Both
splitters run on one core in the same process, timed by default with the process CPU
time (``--wall`` for the wall clock); pySBD (an optional benchmark dependency:
``pip install pysbd``) runs on a slice of the corpus because it is much slower.

    python benchmarks/bench_sentences.py [--mb 4] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from feuillet import iter_sentences, sentences

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def news_text(target: int) -> tuple[str, str]:
    """About *target* characters of French news text, and where it came from."""
    parts: list[str] = []
    source = SHARED / "boilerplate-dev.jsonl"
    if source.is_file():
        with source.open(encoding="utf-8") as handle:
            parts.extend(json.loads(line)["text"] for line in handle if line.strip())
        gsd = SHARED / "ud-fr-gsd" / "fr_gsd-ud-dev.conllu"
        if gsd.is_file():
            gold = [
                line[9:].strip()
                for line in gsd.read_text(encoding="utf-8").splitlines()
                if line.startswith("# text = ")
            ]
            parts.extend(" ".join(gold[i : i + 10]) for i in range(0, len(gold), 10))
        origin = "../shared/corpus (boilerplate-dev.jsonl texts + GSD dev)"
    else:
        parts.extend(
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))
        )
        origin = "examples/"
    base = "\n".join(parts)
    text = (base + "\n") * max(1, target // (len(base) + 1))
    return text, origin


def best_rate(
    split: Callable[[str], object], text: str, repeat: int, clock: Callable[[], float]
) -> float:
    """Best throughput in million characters per second over *repeat* runs."""
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        split(text)
        best = min(best, clock() - start)
    return len(text) / best / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=4.0, help="corpus size in million characters")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--peer-chars", type=int, default=300_000, help="characters given to pySBD")
    parser.add_argument(
        "--wall",
        action="store_true",
        help="time with the wall clock instead of the process CPU time (one core)",
    )
    args = parser.parse_args(argv)
    # CPU time of this process: what one core does, whatever else runs on the machine
    clock = time.perf_counter if args.wall else time.process_time
    text, origin = news_text(int(args.mb * 1e6))
    print(f"corpus: {len(text) / 1e6:.1f} million characters from {origin}")
    print(f"clock: {'wall' if args.wall else 'process CPU time'}, best of {args.repeat}")
    ours = best_rate(sentences, text, args.repeat, clock)
    print(f"feuillet.sentences        {ours:8.2f} M chars/s")
    lazy = best_rate(lambda t: sum(1 for _ in iter_sentences(t)), text, args.repeat, clock)
    print(f"feuillet.iter_sentences   {lazy:8.2f} M chars/s")
    try:
        import pysbd
    except ImportError:
        print("pySBD not installed (pip install pysbd): no ratio", file=sys.stderr)
        return 0
    segmenter = pysbd.Segmenter(language="fr", clean=False)
    sample = text[: args.peer_chars]

    # pySBD is given one line (one paragraph) at a time, its best use on scraped text
    def by_line(text: str) -> list[list[str]]:
        return [segmenter.segment(line) for line in text.splitlines() if line.strip()]

    peer = best_rate(by_line, sample, 2, clock)
    print(f"pySBD 0.3.4 (fr)          {peer:8.2f} M chars/s  (on {len(sample):,} characters)")
    print(f"ratio feuillet / pySBD    {ours / peer:8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
