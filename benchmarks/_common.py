"""Helpers shared by the benchmark scripts: the machine, the article pool, timing.

Not a benchmark itself (the leading underscore keeps ``run_all.py`` from running it).
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "boilerplate-dev.jsonl"
DATA = Path(__file__).resolve().parent / "_data"

MIN_BYTES = 2_000
MAX_BYTES = 8_000


def machine() -> dict[str, str | int]:
    """The CPU model, the cores this process may use, and the Python that runs the benchmark."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": model,
        "cores": cores or 1,
        "python": platform.python_version(),
        "implementation": sys.implementation.name,
        "system": f"{platform.system()} {platform.release()}",
    }


def machine_line() -> str:
    m = machine()
    return f"{m['cpu']}, {m['cores']} cores, {m['implementation']} {m['python']}, {m['system']}"


def _raw_texts() -> Iterator[str]:
    """Real French news texts: the shared dev corpus and examples when present, else examples/."""
    if DEV_CORPUS.is_file():
        with DEV_CORPUS.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)["text"]
    for folder in (SHARED / "examples", ROOT / "examples"):
        if folder.is_dir():
            for path in sorted(folder.glob("*.txt")):
                yield path.read_text(encoding="utf-8")


def _cut(text: str, limit: int) -> str:
    """The longest prefix of whole lines of *text* within *limit* UTF-8 bytes."""
    kept: list[str] = []
    size = 0
    for line in text.split("\n"):
        size += len(line.encode("utf-8")) + 1
        if size > limit and kept:
            break
        kept.append(line)
    return "\n".join(kept)


def articles() -> list[str]:
    """Real-sized articles (2–8 kB of UTF-8): short texts are joined, long ones cut at a line."""
    pool: list[str] = []
    pending = ""
    for text in _raw_texts():
        text = pending + "\n" + text if pending else text
        size = len(text.encode("utf-8"))
        if size < MIN_BYTES:
            pending = text
            continue
        pending = ""
        pool.append(_cut(text, MAX_BYTES) if size > MAX_BYTES else text)
    return pool


def megabytes(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def best_time(call: Callable[[], object], *, rounds: int) -> float:
    """The smallest CPU time (this process) of *rounds* calls: the least disturbed by others."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best


def interleaved_best(calls: dict[str, Callable[[], object]], *, rounds: int) -> dict[str, float]:
    """Best time of each call, the calls alternating round by round.

    Alternating spreads a burst of load from other processes over all the contenders instead of
    penalising one, which keeps same-run ratios meaningful on a shared machine.
    """
    best = dict.fromkeys(calls, float("inf"))
    for _ in range(rounds):
        for name, call in calls.items():
            start = time.process_time()
            call()
            best[name] = min(best[name], time.process_time() - start)
    return best


def write_json(path: str | None, result: dict[str, object]) -> None:
    if path:
        Path(path).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
