"""Throughput of :func:`feuillet.sentences` on French news text, against its peers.

The corpus is built from the article texts of ``../shared/corpus/boilerplate-dev.jsonl``
and the GSD treebank sentences (ten per paragraph) when ``../shared`` is present, else
from the project's ``examples/``; it is repeated up to ``--mb`` million characters. All
splitters run on one core in the same process, interleaved (each repeat runs every
splitter once, so a burst of load on the machine hits them alike) and the best of the
repeats is kept, timed by default with the process CPU time (``--wall`` for the wall
clock). The peers are optional benchmark dependencies (``pip install feuillet[bench]``):
sentencex and blingfire get the whole corpus in one call, pySBD one line at a time (its
best use on scraped text) on a slice of the corpus because it is much slower.

    python benchmarks/bench_sentences.py [--mb 4] [--repeat 5]
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


def best_rates(
    splitters: dict[str, tuple[Callable[[str], object], str]],
    repeat: int,
    clock: Callable[[], float],
) -> dict[str, float]:
    """Best throughput of each splitter on its text, in million characters per second.

    The splitters run interleaved: each of the *repeat* rounds runs every one once.
    """
    best = dict.fromkeys(splitters, float("inf"))
    for _ in range(repeat):
        for name, (split, text) in splitters.items():
            start = clock()
            split(text)
            best[name] = min(best[name], clock() - start)
    return {name: len(splitters[name][1]) / best[name] / 1e6 for name in splitters}


def peers(sample: str, text: str) -> dict[str, tuple[Callable[[str], object], str]]:
    """The installed peers, each with the text it is given."""
    found: dict[str, tuple[Callable[[str], object], str]] = {}
    try:
        import sentencex

        found["sentencex"] = (lambda t: list(sentencex.segment("fr", t)), text)
    except ImportError:
        print("sentencex not installed (pip install sentencex)", file=sys.stderr)
    try:
        import blingfire

        found["blingfire"] = (blingfire.text_to_sentences, text)
    except ImportError:
        print("blingfire not installed (pip install blingfire)", file=sys.stderr)
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="fr", clean=False)

        def by_line(text: str) -> list[list[str]]:
            return [segmenter.segment(line) for line in text.splitlines() if line.strip()]

        found["pySBD 0.3.4 (fr)"] = (by_line, sample)
    except ImportError:
        print("pySBD not installed (pip install pysbd)", file=sys.stderr)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=4.0, help="corpus size in million characters")
    parser.add_argument("--repeat", type=int, default=5)
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
    print(
        f"clock: {'wall' if args.wall else 'process CPU time'}, interleaved, best of {args.repeat}"
    )
    splitters: dict[str, tuple[Callable[[str], object], str]] = {
        "feuillet.sentences": (sentences, text),
        "feuillet.iter_sentences": (lambda t: sum(1 for _ in iter_sentences(t)), text),
    }
    splitters.update(peers(text[: args.peer_chars], text))
    rates = best_rates(splitters, args.repeat, clock)
    for name, rate in rates.items():
        size = len(splitters[name][1])
        note = f"  (on {size:,} characters)" if size != len(text) else ""
        print(f"{name:26} {rate:8.2f} M chars/s{note}")
    ours = rates["feuillet.sentences"]
    for name, rate in rates.items():
        if not name.startswith("feuillet"):
            print(f"ratio feuillet / {name:18} {ours / rate:8.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
