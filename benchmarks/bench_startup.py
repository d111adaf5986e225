"""Start-up cost: ``import feuillet`` and the first ``clean`` call, in fresh processes.

Every CLI worker and every notebook pays these once. Each figure is the best of N fresh
interpreters, counted in the child's CPU time (user + system), next to ``import ftfy`` measured
the same way in the same run. Targets (issue #16): the import within 2x ftfy's, and the first
``clean`` call within 10x the mean warm call on other articles.

    python benchmarks/bench_startup.py [--rounds 7] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys

from _common import machine, machine_line, write_json

IMPORT_TARGET = 2.0
FIRST_CALL_TARGET = 10.0

# Run in the child: the first clean() on one article, then the mean of warm calls on others.
_FIRST_CALL = r"""
import json, sys, time
sys.path.insert(0, "benchmarks")
from _common import articles
texts = articles()
import feuillet
start = time.process_time()
feuillet.clean(texts[0])
first = time.process_time() - start
others = texts[1:]
start = time.process_time()
for text in others:
    feuillet.clean(text)
warm = (time.process_time() - start) / len(others)
print(json.dumps({"first": first, "warm": warm}))
"""


def child_cpu(code: str) -> tuple[float, str]:
    """CPU seconds (user + system) of a fresh interpreter running *code*, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return spent, done.stdout


def write_bytecode() -> None:
    """Compile feuillet's modules to bytecode once, as an installed package has them.

    Without it (a fresh checkout run with ``PYTHONDONTWRITEBYTECODE``), every child would
    compile feuillet's sources while ftfy loads its cached bytecode: 40 ms or more of the
    gap would be the checkout, not feuillet.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import feuillet, ftfy"], check=True, env=env)


def best_child(code: str, rounds: int) -> float:
    return min(child_cpu(code)[0] for _ in range(rounds))


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rounds", type=int, default=7, help="fresh processes per measure (best kept)"
    )
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    write_bytecode()
    bare = best_child("pass", args.rounds)
    times = {"ftfy": float("inf"), "feuillet": float("inf")}
    for _ in range(args.rounds):  # interleaved, so that load from elsewhere hits both
        times["ftfy"] = min(times["ftfy"], child_cpu("import ftfy")[0])
        times["feuillet"] = min(times["feuillet"], child_cpu("import feuillet")[0])
    ftfy_import, feuillet_import = times["ftfy"] - bare, times["feuillet"] - bare
    import_ratio = feuillet_import / ftfy_import
    calls = [json.loads(child_cpu(_FIRST_CALL)[1]) for _ in range(args.rounds)]
    first = min(call["first"] for call in calls)
    warm = min(call["warm"] for call in calls)
    call_ratio = first / warm

    print(f"machine: {machine_line()}")
    print(f"python start-up: {bare * 1000:.0f} ms CPU (subtracted below)")
    print(f"import ftfy:      {ftfy_import * 1000:6.0f} ms")
    print(
        f"import feuillet:  {feuillet_import * 1000:6.0f} ms  ({import_ratio:.2f}x ftfy; "
        f"target <= {IMPORT_TARGET:.0f}x: {'holds' if import_ratio <= IMPORT_TARGET else 'DOES NOT HOLD'})"
    )
    print(
        f"first clean call: {first * 1000:6.1f} ms, warm mean {warm * 1000:.2f} ms "
        f"({call_ratio:.1f}x; target <= {FIRST_CALL_TARGET:.0f}x: "
        f"{'holds' if call_ratio <= FIRST_CALL_TARGET else 'DOES NOT HOLD'})"
    )
    result: dict[str, object] = {
        "benchmark": "startup",
        "machine": machine(),
        "import_ftfy_ms": round(ftfy_import * 1000, 1),
        "import_feuillet_ms": round(feuillet_import * 1000, 1),
        "import_ratio": round(import_ratio, 2),
        "first_call_ms": round(first * 1000, 2),
        "warm_call_ms": round(warm * 1000, 3),
        "first_call_ratio": round(call_ratio, 1),
    }
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
