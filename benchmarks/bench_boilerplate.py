"""Speed and quality of feuillet.split_boilerplate against jusText on the shared dev file.

jusText (``pip install justext``, a benchmark-only dependency) works on HTML: each line is
fed as one ``<p>`` with its French stop-list, and a paragraph it classes ``bad`` counts as
removed. Both are timed on the same texts in the same run (process CPU time, passes
alternating, best of N); the script prints throughput and the ratio, plus per-line
boilerplate F1 and body lines lost for both.

    .venv/bin/python benchmarks/bench_boilerplate.py [path.jsonl] [--repeat N]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from feuillet import Rules, split_boilerplate

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "boilerplate-dev.jsonl"
BOILERPLATE = {"header", "footer", "inline"}


def feuillet_removed(text: str) -> set[int]:
    """Indices of the lines feuillet removes."""
    return {r.line for r in split_boilerplate(text).removed}


def justext_removed_factory() -> Callable[[str], set[int]] | None:
    """A function giving the lines jusText classes as boilerplate, or None if absent."""
    try:
        import justext  # type: ignore[import-not-found]
    except ImportError:
        return None
    stoplist = justext.get_stoplist("French")

    def removed(text: str) -> set[int]:
        lines = text.split("\n")
        kept_lines = [i for i, line in enumerate(lines) if line.strip()]
        body = "".join(f"<p>{html.escape(lines[i])}</p>" for i in kept_lines)
        page = f"<html><body>{body}</body></html>".encode()
        paragraphs = justext.justext(page, stoplist)
        if len(paragraphs) != len(kept_lines):  # alignment lost: count nothing removed
            return set()
        return {i for i, p in zip(kept_lines, paragraphs, strict=True) if p.is_boilerplate}

    return removed


def score(records: list[dict[str, object]], removed_of: Callable[[str], set[int]]) -> str:
    """Per-line boilerplate F1 and body lines lost."""
    tp = fp = fn = body = 0
    for record in records:
        labels = list(record["labels"])  # type: ignore[call-overload]
        removed = removed_of(str(record["text"]))
        for i, label in enumerate(labels):
            if label == "empty":
                continue
            body += label == "body"
            if label in BOILERPLATE:
                tp += i in removed
                fn += i not in removed
            elif i in removed:
                fp += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"F1={f1:.3f} body lost={fp}/{body} ({fp / body:.1%})"


def throughput(
    calls: dict[str, Callable[[str], object]], texts: list[str], repeat: int
) -> dict[str, float]:
    """Texts per second of each function (best of *repeat* passes, process CPU time).

    The functions alternate pass by pass, so that load from other processes on a shared
    machine spreads over both instead of penalising one.
    """
    best = dict.fromkeys(calls, float("inf"))
    for _ in range(repeat):
        for name, func in calls.items():
            # Cold start each time: feuillet remembers short lines it has seen, which would
            # flatter it on texts it has already read.
            Rules.default()._index._cache.clear()
            start = time.process_time()
            for text in texts:
                func(text)
            best[name] = min(best[name], time.process_time() - start)
    return {name: len(texts) / seconds for name, seconds in best.items()}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"{args.path} not found", file=sys.stderr)
        return 1
    with args.path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    texts = [str(r["text"]) for r in records]
    lines = sum(len(t.split("\n")) for t in texts)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} texts, {lines} lines, {mb:.2f} MB")
    justext_removed = justext_removed_factory()
    calls = {"feuillet": feuillet_removed}
    if justext_removed is not None:
        calls["jusText"] = justext_removed
    speed = throughput(calls, texts, args.repeat)
    for name, func in calls.items():
        rate = speed[name]
        print(
            f"{name:9} {rate:8.1f} texts/s  {rate * mb / len(texts):6.2f} MB/s  {score(records, func)}"
        )
    if justext_removed is None:
        print("jusText not installed (pip install justext): no comparison")
        return 0
    print(f"speed ratio feuillet / jusText: {speed['feuillet'] / speed['jusText']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
