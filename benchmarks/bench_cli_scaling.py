"""Scaling and memory of ``feuillet clean --jsonl`` through the real command line.

Generates a JSONL file of real-sized French articles (default 200 MB, cached in
``benchmarks/_data/``, which git ignores), then runs

    python -m feuillet.cli clean --jsonl --quiet --workers 1 FILE
    python -m feuillet.cli clean --jsonl --quiet --workers 2 FILE

and reports wall time, throughput, the speed-up of two workers over one (target >= 1.7x), the
peak memory of the whole process tree (the CLI and its worker processes, resident set size
summed, polled with psutil) and the CPU time of the CLI's own process next to its workers' (the
main process reads, parses and writes JSON for everyone: its share bounds the speed-up). Two workers are also run on a file a quarter of the size: the
peak memory must not grow with the size of the file (target: ratio near 1).

    python benchmarks/bench_cli_scaling.py [--size-mb 200] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil
from _common import DATA, articles, machine, machine_line, write_json

SPEEDUP_TARGET = 1.7
MEMORY_TARGET = 1.25  # peak on the full file / peak on a quarter of it
POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Run:
    megabytes: float
    workers: int
    seconds: float
    peak_rss_mb: float  # the process tree, summed
    peak_process_mb: float  # the largest single process
    main_cpu_s: float  # CPU time of the CLI's own process (reading, JSON, writing)
    worker_cpu_s: float  # CPU time of its worker processes (cleaning), 0 with one worker
    busiest_cpu_s: float  # CPU time of the busiest process: the wall time on idle cores
    others_cores: float  # cores used on average by processes outside the CLI meanwhile

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds


def make_jsonl(size_mb: float) -> Path:
    """A JSONL file of about *size_mb* MB: ``{"id", "outlet", "text"}`` records, articles cycled."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"scaling-{size_mb:g}MB.jsonl"
    if path.is_file():
        return path
    pool = articles()
    target = int(size_mb * 1e6)
    written = 0
    partial = path.with_suffix(".part")
    with partial.open("w", encoding="utf-8") as out:
        number = 0
        while written < target:
            record = {"id": number, "outlet": "bench", "text": pool[number % len(pool)]}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            number += 1
    partial.rename(path)
    return path


@dataclass
class Watch:
    """What polling the CLI's process tree has seen so far."""

    peak_tree: int = 0  # bytes, summed over the tree
    peak_one: int = 0  # bytes, the largest process
    cpu: dict[int, float] = field(default_factory=dict)  # pid -> latest user + system seconds

    def poll(self, root: psutil.Process) -> None:
        sizes = []
        for member in [root, *root.children(recursive=True)]:
            try:
                with member.oneshot():
                    sizes.append(member.memory_info().rss)
                    times = member.cpu_times()
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            self.cpu[member.pid] = times.user + times.system
        self.peak_tree = max(self.peak_tree, sum(sizes))
        self.peak_one = max(self.peak_one, max(sizes, default=0))


def run_cli(path: Path, workers: int) -> Run:
    command = [sys.executable, "-m", "feuillet.cli", "clean", "--jsonl", "--quiet"]
    command += ["--workers", str(workers), str(path)]
    # The output goes to /dev/null so that reading it costs this process no CPU: the two cores
    # belong to the CLI. stderr goes to a file, which never blocks the CLI as a full pipe would.
    with tempfile.TemporaryFile() as errors:
        busy_before = _busy_seconds()
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        root = psutil.Process(child.pid)
        watch = Watch()
        while child.poll() is None:
            watch.poll(root)
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - start
        busy = _busy_seconds() - busy_before
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    if child.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({child.returncode}):\n{stderr}")
    main_cpu = watch.cpu.get(child.pid, 0.0)
    return Run(
        megabytes=path.stat().st_size / 1e6,
        workers=workers,
        seconds=seconds,
        peak_rss_mb=watch.peak_tree / 1e6,
        peak_process_mb=watch.peak_one / 1e6,
        main_cpu_s=main_cpu,
        worker_cpu_s=sum(watch.cpu.values()) - main_cpu,
        busiest_cpu_s=max(watch.cpu.values(), default=0.0),
        others_cores=max(0.0, busy - sum(watch.cpu.values())) / seconds,
    )


def _busy_seconds() -> float:
    """CPU seconds spent by the whole machine, every process and core, since boot."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=200, help="size of the large file")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    large = make_jsonl(args.size_mb)
    small = make_jsonl(args.size_mb / 4)
    print(f"machine: {machine_line()}")
    runs = [run_cli(large, 1), run_cli(large, 2), run_cli(small, 2)]
    one, two, quarter = runs

    print(
        f"{'file':>10} {'workers':>8} {'seconds':>9} {'MB/s':>7} {'peak RSS (tree)':>16}"
        f" {'CPU s main':>11} {'CPU s workers':>14} {'other load':>11}"
    )
    for run in runs:
        print(
            f"{run.megabytes:8.1f}MB {run.workers:8d} {run.seconds:9.1f} {run.mb_per_s:7.2f}"
            f" {run.peak_rss_mb:13.0f} MB {run.main_cpu_s:11.1f} {run.worker_cpu_s:14.1f}"
            f" {run.others_cores:5.2f} cores"
        )
    speedup = one.seconds / two.seconds
    # On a machine whose cores are shared, the wall time of the two-worker run depends on what
    # else runs; the CPU time of its busiest process is the wall time it would take on two idle
    # cores, since the work is CPU-bound. Both are reported.
    cpu_speedup = one.busiest_cpu_s / two.busiest_cpu_s if two.busiest_cpu_s else 0.0
    memory_ratio = two.peak_rss_mb / quarter.peak_rss_mb
    speedup_ok = speedup >= SPEEDUP_TARGET
    memory_ok = memory_ratio <= MEMORY_TARGET
    print(
        f"speed-up, 2 workers vs 1: {speedup:.2f}x wall time (target >= {SPEEDUP_TARGET}x: "
        f"{'holds' if speedup_ok else 'DOES NOT HOLD'}); {cpu_speedup:.2f}x on idle cores"
        " (CPU time of the busiest process)"
    )
    print(
        f"peak memory, {two.megabytes:.0f} MB file vs {quarter.megabytes:.0f} MB file (2 workers):"
        f" {memory_ratio:.2f}x (target <= {MEMORY_TARGET}x: "
        f"{'holds' if memory_ok else 'DOES NOT HOLD'})"
    )
    result: dict[str, object] = {
        "benchmark": "cli_scaling",
        "machine": machine(),
        "runs": [asdict(run) | {"mb_per_s": round(run.mb_per_s, 3)} for run in runs],
        "speedup": round(speedup, 3),
        "cpu_speedup": round(cpu_speedup, 3),
        "speedup_target": SPEEDUP_TARGET,
        "speedup_holds": speedup_ok,
        "memory_ratio": round(memory_ratio, 3),
        "memory_target": MEMORY_TARGET,
        "memory_holds": memory_ok,
    }
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
