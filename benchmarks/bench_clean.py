"""Throughput of ``feuillet.clean`` on one core, next to ``ftfy.fix_text`` in the same run.

ftfy is the reference cost of the repair step (rule T0 of the typography policy), so the figure
that matters is clean's throughput as a share of ``ftfy.fix_text``'s with feuillet's settings,
measured on the same articles in the same run (process CPU time, interleaved, best of N): the
target is at least 75 %. feuillet runs ftfy only on the lines it could change (the ftfy gate).

The articles are real French news texts of 2–8 kB: the shared labelled corpus and examples
(``../shared``) when present, else the project's ``examples/``. The time of each stage of
``clean`` (normalize, split_boilerplate, paragraphs + sentences) is reported too, to show where
the time goes.

    python benchmarks/bench_clean.py [--rounds 5] [--json out.json]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

import ftfy
from _common import articles, interleaved_best, machine, machine_line, megabytes, write_json

import feuillet

TARGET = 0.75


def ftfy_floor(text: str) -> str:
    """ftfy exactly as feuillet's rule T0 configures it."""
    return ftfy.fix_text(text, uncurl_quotes=False, unescape_html=True)


def stages(texts: list[str]) -> dict[str, Callable[[], object]]:
    """One callable per stage of ``clean``, each fed the output of the stage before."""
    normalized = [feuillet.normalize(t) for t in texts]
    bodies = [feuillet.split_boilerplate(t).body for t in normalized]

    def segment() -> None:
        for body in bodies:
            for paragraph in feuillet.paragraphs(body):
                paragraph.sentences()
            feuillet.sentences(body)

    return {
        "normalize": lambda: [feuillet.normalize(t) for t in texts],
        "split_boilerplate": lambda: [feuillet.split_boilerplate(t) for t in normalized],
        "paragraphs + sentences": segment,
    }


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed passes (best kept)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    texts = articles()
    size = megabytes(texts)
    for text in texts:  # warm-up: data files, compiled patterns, ftfy's tables
        feuillet.clean(text)
        ftfy_floor(text)

    best = interleaved_best(
        {
            "ftfy.fix_text": lambda: [ftfy_floor(t) for t in texts],
            "feuillet.clean": lambda: [feuillet.clean(t) for t in texts],
        },
        rounds=args.rounds,
    )
    parts = interleaved_best(stages(texts), rounds=args.rounds)

    ratio = best["ftfy.fix_text"] / best["feuillet.clean"]
    print(f"machine: {machine_line()}")
    print(f"corpus: {len(texts)} articles, {size:.2f} MB, best of {args.rounds} passes, one core")
    print(f"{'':24} {'MB/s':>8} {'articles/s':>11}")
    for name, seconds in best.items():
        print(f"{name:24} {size / seconds:8.2f} {len(texts) / seconds:11.0f}")
    print("stages of clean:")
    for name, seconds in parts.items():
        share = seconds / best["feuillet.clean"]
        print(f"  {name:22} {size / seconds:8.2f} MB/s  ({share:.0%} of clean's time)")
    verdict = "holds" if ratio >= TARGET else "DOES NOT HOLD"
    print(f"clean / ftfy throughput: {ratio:.0%} (target >= {TARGET:.0%}: {verdict})")

    result: dict[str, object] = {
        "benchmark": "clean",
        "machine": machine(),
        "articles": len(texts),
        "megabytes": round(size, 3),
        "rounds": args.rounds,
        "clean_mb_s": round(size / best["feuillet.clean"], 3),
        "clean_articles_s": round(len(texts) / best["feuillet.clean"], 1),
        "ftfy_mb_s": round(size / best["ftfy.fix_text"], 3),
        "ftfy_articles_s": round(len(texts) / best["ftfy.fix_text"], 1),
        "ratio": round(ratio, 3),
        "target": TARGET,
        "holds": ratio >= TARGET,
        "stages_mb_s": {name: round(size / s, 3) for name, s in parts.items()},
    }
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
