"""Score feuillet.split_boilerplate on a labelled JSONL file (default: the shared dev file).

Each record has ``text`` and ``labels`` (one of body/header/footer/inline/empty per line of
``text.split("\\n")``). Prints per-line precision / recall / F1 for boilerplate overall and per
zone, the number and rate of body lines lost, and the share of texts split exactly right
(same set of removed non-empty lines as the gold).

    .venv/bin/python benchmarks/boilerplate_eval.py [path.jsonl] [--errors] [--halves]
    .venv/bin/python benchmarks/boilerplate_eval.py --cross [--corpus DIR]
    .venv/bin/python benchmarks/boilerplate_eval.py --invented [--errors]

``--cross`` scores the two labelled files separately and together. The honest figure is the
one on the outlets that were not looked at while writing a rule: the dev and dev2 files share
no outlet, so dev2 is the held-out score of work tuned on dev, and the other way round (see
docs/boilerplate.md for which file each change was developed on). ``--corpus`` (or the
``FEUILLET_SHARED`` environment variable, pointing at the ``shared`` folder) says where the
files are when the script runs from a git worktree.

``--invented`` scores the invented labelled pages of ``benchmarks/data/invented-pages-*.jsonl``
(16 invented outlets each, a trafilatura and a simple-scraper text per page), written by
people who had not read the rules; each set is scored on its own, then all together.
docs/boilerplate.md says which set was scored before any rule was written from it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from feuillet import split_boilerplate

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FEUILLET_SHARED") or ROOT.parent / "shared")
FILES = ("boilerplate-dev.jsonl", "boilerplate-dev2.jsonl")
INVENTED = sorted((ROOT / "benchmarks" / "data").glob("invented-pages-*.jsonl"))
ZONES = ("header", "footer", "inline")


@dataclass
class Score:
    """Counts of one evaluation run."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ZONES, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ZONES, 0))
    pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ZONES, 0))
    body: int = 0
    body_lost: int = 0
    texts: int = 0
    exact: int = 0

    def prf(self, zone: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 of boilerplate lines (zone=None: any zone, zone ignored)."""
        if zone is None:
            tp = self.tp.get("any", 0)
            gold = sum(self.gold.values())
            pred = sum(self.pred.values())
        else:
            tp, gold, pred = self.tp[zone], self.gold[zone], self.pred[zone]
        p = tp / pred if pred else 1.0
        r = tp / gold if gold else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(path: Path) -> list[dict[str, object]]:
    """Read a JSONL file of labelled texts."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(records: list[dict[str, object]], *, show_errors: bool = False) -> Score:
    """Score split_boilerplate on labelled records."""
    score = Score()
    score.tp["any"] = 0
    for record in records:
        text = str(record["text"])
        labels = list(record["labels"])  # type: ignore[call-overload]
        lines = text.split("\n")
        split = split_boilerplate(text)
        removed = {r.line: r for r in split.removed}
        score.texts += 1
        exact = True
        for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
            if label == "empty":
                continue
            predicted = removed.get(i)
            if label == "body":
                score.body += 1
                if predicted is not None:
                    score.body_lost += 1
                    exact = False
                    if show_errors:
                        print(f"LOST  {record['id']}:{i} [{predicted.rule}] {line[:110]}")
                continue
            score.gold[label] += 1
            if predicted is None:
                exact = False
                if show_errors:
                    print(f"MISS  {record['id']}:{i} ({label}) {line[:110]}")
                continue
            score.tp["any"] += 1
            if predicted.zone == label:
                score.tp[label] += 1
        for r in split.removed:
            if labels[r.line] != "empty":
                score.pred[r.zone] += 1
        score.exact += exact
    return score


def report(score: Score, title: str) -> None:
    """Print the figures of one run."""
    p, r, f = score.prf()
    print(f"== {title}: {score.texts} texts")
    print(f"boilerplate (any zone)  P={p:.3f} R={r:.3f} F1={f:.3f}")
    for zone in ZONES:
        zp, zr, zf = score.prf(zone)
        print(f"  {zone:7}  P={zp:.3f} R={zr:.3f} F1={zf:.3f}  (gold {score.gold[zone]})")
    rate = score.body_lost / score.body if score.body else 0.0
    print(f"body lines lost: {score.body_lost} / {score.body} = {rate:.2%}")
    print(f"exact split: {score.exact} / {score.texts} = {score.exact / score.texts:.2%}")


def each_then_all(paths: list[Path], title: str, *, show_errors: bool = False) -> int:
    """Score each file on its own, then all of them together under *title*."""
    missing = [str(path) for path in paths if not path.exists()]
    if not paths or missing:
        print(f"{', '.join(missing) or 'no file'} not found", file=sys.stderr)
        return 1
    every: list[dict[str, object]] = []
    for path in paths:
        records = load(path)
        every += records
        report(evaluate(records, show_errors=show_errors), path.name)
    report(evaluate(every), title)
    return 0


def cross(corpus: Path, *, show_errors: bool = False) -> int:
    """Score each labelled file on its own (outlets of one are unseen by the other), then both."""
    return each_then_all([corpus / name for name in FILES], "dev + dev2", show_errors=show_errors)


def invented(*, show_errors: bool = False) -> int:
    """Score each set of invented pages, then all of them together."""
    return each_then_all(INVENTED, "all invented pages", show_errors=show_errors)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus", help="corpus folder")
    parser.add_argument("--cross", action="store_true", help="dev, dev2 and both together")
    parser.add_argument("--invented", action="store_true", help="the invented labelled pages")
    parser.add_argument("--errors", action="store_true", help="print every wrong line")
    parser.add_argument("--halves", action="store_true", help="score each half of the outlets")
    args = parser.parse_args(argv)
    if args.cross:
        return cross(args.corpus, show_errors=args.errors)
    if args.invented:
        return invented(show_errors=args.errors)
    if args.path is None:
        args.path = args.corpus / FILES[0]
    if not args.path.exists():
        print(f"{args.path} not found", file=sys.stderr)
        return 1
    records = load(args.path)
    report(evaluate(records, show_errors=args.errors), args.path.name)
    if args.halves:
        outlets = sorted({str(r["outlet"]) for r in records})
        for name, chosen in (("even outlets", outlets[::2]), ("odd outlets", outlets[1::2])):
            report(evaluate([r for r in records if r["outlet"] in chosen]), name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
