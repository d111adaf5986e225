"""Run the whole benchmark suite with one command and summarise it.

Every ``benchmarks/*.py`` script whose name does not start with ``_`` is run in its own
interpreter, one after the other (never two at once: they would share the cores), its output
echoed as it comes. The summary lists each script's status and time and the headline figures
with their peer ratios; ``--markdown FILE`` also writes them as a report with every script's
full output.

    python benchmarks/run_all.py                    # everything (the CLI run takes minutes)
    python benchmarks/run_all.py --quick            # smaller CLI files, fewer rounds
    python benchmarks/run_all.py --only bench_clean --markdown report.md
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from _common import machine_line

HERE = Path(__file__).resolve().parent
# Scripts that write their figures as JSON (``--json FILE``) for the summary table.
REPORTING = {"bench_clean", "bench_cli_scaling", "bench_peers"}
FIRST = [
    "bench_normalize",
    "bench_sentences",
    "sentences_eval",
    "boilerplate_eval",
    "bench_boilerplate",
]
LAST = ["bench_peers", "bench_clean", "bench_cli_scaling"]


@dataclass
class Outcome:
    name: str
    seconds: float = 0.0
    code: int = 0
    output: str = ""
    figures: dict[str, object] = field(default_factory=dict)


def scripts() -> list[str]:
    """The suite's scripts, per-module ones first, the whole-pipeline ones last."""
    found = sorted(p.stem for p in HERE.glob("*.py") if not p.stem.startswith("_"))
    found.remove("run_all")
    found.remove("snapshot")  # a check of outputs, not a benchmark
    order = {name: i for i, name in enumerate(FIRST)} | {
        name: 1000 + i for i, name in enumerate(LAST)
    }
    return sorted(found, key=lambda name: (order.get(name, 500), name))


def extra_arguments(name: str, args: argparse.Namespace) -> list[str]:
    if name == "sentences_eval":  # figures are reported on the test split, peers alongside
        return ["--split", "test", "--peers"]
    if name == "bench_cli_scaling":
        return ["--size-mb", str(20 if args.quick else args.cli_size_mb)]
    if name in {"bench_clean", "bench_peers"} and args.quick:
        return ["--rounds", "2"]
    return []


def run(name: str, args: argparse.Namespace) -> Outcome:
    outcome = Outcome(name)
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "figures.json"
        command = [sys.executable, str(HERE / f"{name}.py"), *extra_arguments(name, args)]
        if name in REPORTING:
            command += ["--json", str(report)]
        print(f"\n=== {name}: {' '.join(command[1:])}", flush=True)
        start = time.perf_counter()
        child = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=HERE.parent
        )
        assert child.stdout is not None
        lines = []
        for line in child.stdout:
            print(line, end="", flush=True)
            lines.append(line)
        outcome.code = child.wait()
        outcome.seconds = time.perf_counter() - start
        outcome.output = "".join(lines)
        if report.is_file():
            outcome.figures = json.loads(report.read_text(encoding="utf-8"))
    return outcome


def headline(outcome: Outcome) -> list[tuple[str, str, str, str]]:
    """(measure, feuillet, peer and ratio, target) rows for the summary table."""
    f = outcome.figures
    if not f:
        return []
    if outcome.name == "bench_clean":
        return [
            (
                "clean, one core (MB/s; articles/s)",
                f"{f['clean_mb_s']:.2f}; {f['clean_articles_s']:.0f}",
                f"ftfy.fix_text {f['ftfy_mb_s']:.2f}; ratio {f['ratio']:.0%}",
                f">= {f['target']:.0%} of ftfy: {'holds' if f['holds'] else 'does not hold'}",
            )
        ]
    if outcome.name == "bench_cli_scaling":
        runs = f["runs"]
        assert isinstance(runs, list)
        one, two, quarter = runs
        return [
            (
                f"CLI clean --jsonl, {one['megabytes']:.0f} MB (MB/s)",
                f"2 workers {two['mb_per_s']:.2f}",
                f"1 worker {one['mb_per_s']:.2f}; speed-up {f['speedup']:.2f}x"
                f" ({f['cpu_speedup']:.2f}x on idle cores)",
                f">= {f['speedup_target']}x: {'holds' if f['speedup_holds'] else 'does not hold'}",
            ),
            (
                "CLI peak memory, 2 workers (MB)",
                f"{two['peak_rss_mb']:.0f} ({two['megabytes']:.0f} MB file)",
                f"{quarter['peak_rss_mb']:.0f} ({quarter['megabytes']:.0f} MB file);"
                f" ratio {f['memory_ratio']:.2f}",
                f"flat (<= {f['memory_target']}x): "
                f"{'holds' if f['memory_holds'] else 'does not hold'}",
            ),
        ]
    rows = f.get("rows", [])
    assert isinstance(rows, list)
    return [tuple(row) for row in rows]


def markdown(outcomes: list[Outcome]) -> str:
    parts = [
        "# feuillet benchmark report",
        "",
        f"Machine: {machine_line()}.",
        "",
        "| measure | feuillet | peer (same run) | target |",
        "|---|---|---|---|",
    ]
    for outcome in outcomes:
        parts += [f"| {' | '.join(row)} |" for row in headline(outcome)]
    parts.append("")
    for outcome in outcomes:
        status = "ok" if outcome.code == 0 else f"FAILED (exit {outcome.code})"
        parts += [f"## {outcome.name} ({status}, {outcome.seconds:.0f} s)", "", "```text"]
        parts += [outcome.output.rstrip(), "```", ""]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these scripts")
    parser.add_argument("--skip", nargs="+", metavar="NAME", default=[], help="skip these")
    parser.add_argument("--quick", action="store_true", help="20 MB CLI files, 2 rounds")
    parser.add_argument("--cli-size-mb", type=float, default=200, help="CLI scaling file size")
    parser.add_argument("--markdown", metavar="FILE", help="write the report as markdown")
    args = parser.parse_args(argv)

    names = [n for n in scripts() if n not in args.skip and (not args.only or n in args.only)]
    outcomes = [run(name, args) for name in names]

    print(f"\n=== summary ({machine_line()})")
    for outcome in outcomes:
        status = "ok" if outcome.code == 0 else f"FAILED (exit {outcome.code})"
        print(f"{outcome.name:24} {status:18} {outcome.seconds:7.1f} s")
        for measure, ours, peer, target in headline(outcome):
            print(f"    {measure}: {ours} | {peer} | {target}")
    if args.markdown:
        Path(args.markdown).write_text(markdown(outcomes), encoding="utf-8")
        print(f"report written to {args.markdown}")
    return 0 if all(o.code == 0 for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
