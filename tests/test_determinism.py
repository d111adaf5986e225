"""The same input gives byte-identical output everywhere.

Across processes started with different ``PYTHONHASHSEED`` values (set and dict iteration
order must never leak into results), across ``clean_many`` worker counts and the CLI's
``--workers``, across repeated calls (no state carried from one call to the next), and
across threads calling :func:`feuillet.clean` at the same time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import feuillet

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("0", "1", "4242", "random")

# Run in a fresh interpreter: reads a JSON list of texts on stdin, writes the articles as JSON.
CLEAN_SCRIPT = """
import json, sys
import feuillet
texts = json.load(sys.stdin)
articles = [feuillet.clean(text).to_dict() for text in texts]
sys.stdout.write(json.dumps(articles, ensure_ascii=True))
"""

LEARN_SCRIPT = """
import json, sys
import feuillet
texts = json.load(sys.stdin)
rules = feuillet.learn_boilerplate(texts)
split = [feuillet.split_boilerplate(text, rules=rules) for text in texts]
sys.stdout.write(repr(rules) + "\\n" + repr(split))
"""

# Threads first, in a fresh interpreter: lazily built tables and caches are filled by
# concurrent first calls, then the same texts are cleaned sequentially for comparison.
THREADS_FIRST_SCRIPT = """
import json, sys
from concurrent.futures import ThreadPoolExecutor
import feuillet
texts = json.load(sys.stdin)
with ThreadPoolExecutor(max_workers=8) as pool:
    parallel = [a.to_dict() for a in pool.map(feuillet.clean, texts)]
sequential = [feuillet.clean(text).to_dict() for text in texts]
sys.stdout.write(json.dumps(parallel == sequential))
"""

# Inputs that exercise every stage: typography, boilerplate in all three zones, headings,
# quotations, abbreviations, numbers.
EXTRA = [
    'Par Jean Dupont\nPublié le 3 mars 2025\nM. Martin a dit : "non merci"... '
    "puis il est parti !\nLire aussi : la suite\nLe prix atteint 1 000 euros , soit 12.5 % de "
    "plus qu'en 2024 ?!\nAvec AFP\n© 2025 Le Journal",
    "Une ligne seule sans ponctuation",
    "",
    "\n\n\n",
    "« Non. » a-t-il répondu. Mme Durand, cf. p. 12, l'a confirmé… Vraiment ?",
]


def example_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    assert texts, "examples/ has no article"
    return texts + EXTRA


def shared_texts(shared: Path, limit: int = 40) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "examples").glob("*.txt"))]
    with (shared / "corpus" / "boilerplate-dev.jsonl").open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= limit:
                break
            texts.append(json.loads(line)["text"])
    return texts


def dump(articles: list[feuillet.Article]) -> str:
    return json.dumps([a.to_dict() for a in articles], ensure_ascii=True)


def run_with_seed(script: str, texts: list[str], seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def assert_same_across_seeds(script: str, texts: list[str]) -> list[str]:
    outputs = [run_with_seed(script, texts, seed) for seed in SEEDS]
    for seed, output in zip(SEEDS[1:], outputs[1:], strict=True):
        assert output == outputs[0], f"PYTHONHASHSEED={seed} changes the output"
    return outputs


# --- across processes -----------------------------------------------------------------------


@pytest.mark.slow
def test_clean_is_identical_across_hash_seeds_on_examples() -> None:
    texts = example_texts()
    outputs = assert_same_across_seeds(CLEAN_SCRIPT, texts)
    # ... and identical to this process's own output.
    assert outputs[0] == dump([feuillet.clean(t) for t in texts])


@pytest.mark.slow
def test_clean_is_identical_across_hash_seeds_on_shared_articles(shared: Path) -> None:
    assert_same_across_seeds(CLEAN_SCRIPT, shared_texts(shared))


@pytest.mark.slow
def test_learn_boilerplate_is_identical_across_hash_seeds() -> None:
    # A synthetic outlet: every article carries the same header and footer lines.
    bodies = example_texts()[:2] + EXTRA[:1]
    texts = [f"Le Journal du Soir\n{body}\nSuivez-nous sur les réseaux" for body in bodies] * 4
    assert_same_across_seeds(LEARN_SCRIPT, texts)


# --- across worker counts -------------------------------------------------------------------


def test_clean_many_same_for_any_worker_count() -> None:
    texts = example_texts() * 3
    sequential = dump([feuillet.clean(t) for t in texts])
    assert dump(list(feuillet.clean_many(texts, workers=1))) == sequential
    assert dump(list(feuillet.clean_many(iter(texts), workers=2))) == sequential


def test_clean_many_passes_options_the_same_way_for_any_worker_count() -> None:
    texts = example_texts()
    options = {"profile": "plain", "inline": False}
    sequential = dump([feuillet.clean(t, **options) for t in texts])
    for workers in (1, 2):
        assert dump(list(feuillet.clean_many(texts, workers=workers, **options))) == sequential


@pytest.mark.slow
def test_cli_jsonl_output_same_with_one_or_two_workers(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for number, text in enumerate(example_texts() * 5):
            out.write(json.dumps({"id": number, "text": text}, ensure_ascii=False) + "\n")
    outputs = []
    command = [sys.executable, "-m", "feuillet.cli", "clean", "--jsonl", "--quiet"]
    for workers in ("1", "2"):
        done = subprocess.run(
            [*command, "--workers", workers, str(source)],
            capture_output=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(example_texts()) * 5


# --- across calls and threads ---------------------------------------------------------------


def test_repeated_calls_carry_no_state() -> None:
    texts = example_texts()
    first = [feuillet.clean(t) for t in texts]
    # Work in between that could leave state behind: other profiles, learnt rules, other texts.
    feuillet.clean(texts[0], profile="ascii", inline=False)
    feuillet.normalize_and_explain(texts[1], profile="plain")
    rules = feuillet.learn_boilerplate(texts * 3)
    feuillet.clean(texts[0], rules=rules)
    feuillet.sentences("M. " * 1000)
    list(feuillet.iter_paragraphs("\n".join(texts), unwrap=True))
    again = [feuillet.clean(t) for t in reversed(texts)][::-1]
    assert dump(again) == dump(first)
    assert again == first


@pytest.mark.parametrize("threads", [2, 8])
def test_clean_from_many_threads_matches_sequential(threads: int) -> None:
    texts = example_texts() * 6
    sequential = dump([feuillet.clean(t) for t in texts])
    with ThreadPoolExecutor(max_workers=threads) as pool:
        parallel = list(pool.map(feuillet.clean, texts))
    assert dump(parallel) == sequential


@pytest.mark.slow
def test_concurrent_first_calls_match_sequential() -> None:
    texts = example_texts() * 4
    assert run_with_seed(THREADS_FIRST_SCRIPT, texts, "0") == "true"


def test_threads_mixing_profiles_match_sequential() -> None:
    texts = example_texts()
    jobs = [(t, p) for t in texts for p in ("typographic", "plain", "ascii")] * 3
    sequential = [feuillet.normalize(t, p) for t, p in jobs]
    with ThreadPoolExecutor(max_workers=6) as pool:
        parallel = list(pool.map(lambda job: feuillet.normalize(*job), jobs))
    assert parallel == sequential
