"""Count the metadata feuillet invents on texts that state none: a check without gold.

The sentences of the UD French GSD treebank (``../shared/corpus/ud-fr-gsd``) carry no byline,
no date stamp and no agency credit, and none of them was read while the metadata parser was
written. Two probes, each run through ``split_boilerplate`` then ``extract_metadata``:

* ``prose``: the sentences, eight by eight, made into pseudo-articles; every author, date or
  agency found is invented;
* ``captions``: every two-word proper name of a GSD sentence (two PROPN tokens) put alone on
  a line above or below that sentence (under a title, after the body, first), as a photo
  caption or a tag would stand; the body names that person, so an author found is a caption
  read as a byline.

    .venv/bin/python benchmarks/metadata_probe.py [--corpus DIR] [--show N]

Prints the counts per probe and layout, and up to N examples. Every value here is a false
positive by construction (a real byline never stands above a sentence naming its author in
these texts), so the figure to watch is zero.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from feuillet import split_boilerplate
from feuillet.metadata import Metadata, extract_metadata

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FEUILLET_SHARED") or ROOT.parent / "shared")
FILES = ("fr_gsd-ud-dev.conllu", "fr_gsd-ud-test.conllu")
FILLER = 400  # sentences used as the rest of the body in the caption probe


def read_gsd(folder: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each sentence's text with its (form, universal POS) tokens, multiword lines skipped."""
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for name in FILES:
        path = folder / name
        if not path.exists():
            sys.exit(f"missing {path}: pass --corpus or set FEUILLET_SHARED")
        text, tokens = "", []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                text = line[len("# text = ") :]
            elif not line.strip():
                if text:
                    out.append((text, tokens))
                text, tokens = "", []
            elif line[:1].isdigit():
                cols = line.split("\t")
                if "-" not in cols[0] and "." not in cols[0]:
                    tokens.append((cols[1], cols[3]))
    return out


def two_word_names(sentences: list[tuple[str, list[tuple[str, str]]]]) -> list[tuple[str, str]]:
    """(name, sentence) for every run of exactly two PROPN tokens."""
    found = []
    for text, tokens in sentences:
        tags = [pos for _, pos in tokens] + ["END"]
        for i in range(len(tokens) - 1):
            before = tags[i - 1] if i else "START"
            if tags[i] == tags[i + 1] == "PROPN" and "PROPN" not in (before, tags[i + 2]):
                found.append((f"{tokens[i][0]} {tokens[i + 1][0]}", text))
    return found


def values(meta: Metadata) -> list[tuple[str, str]]:
    """(field, value) for every author, agency and date found."""
    out = [("authors", str(v.value)) for v in meta.authors]
    out += [("agencies", str(v.value)) for v in meta.agencies]
    for name in ("published", "updated"):
        value = getattr(meta, name)
        if value is not None:
            out.append((name, str(value.value)))
    return out


def run(text: str) -> list[tuple[str, str]]:
    return values(extract_metadata(text, split_boilerplate(text).removed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "ud-fr-gsd")
    parser.add_argument("--show", type=int, default=5, help="examples to print per probe")
    args = parser.parse_args(argv)
    sentences = read_gsd(args.corpus)
    texts = [text for text, _ in sentences]
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}

    def record(probe: str, found: list[tuple[str, str]], line: str) -> None:
        for field_name, value in found:
            counts[f"{probe} {field_name}"] += 1
            shown.setdefault(probe, []).append(f"{field_name}={value!r} ({line[:60]!r})")

    prose = 0
    for start in range(0, len(texts) - 3, 8):
        prose += 1
        record("prose", run("\n".join(texts[start : start + 8])), texts[start])
    names = two_word_names(sentences)
    filler = texts[:FILLER]
    for k, (name, sentence) in enumerate(names):
        body = [filler[(3 * k + j) % len(filler)] for j in range(3)]
        layouts = {
            "under-title": ["Un titre", name, sentence, *body],
            "after-body": ["Un titre", sentence, *body, name],
            "first": [name, sentence, *body],
        }
        for layout, lines in layouts.items():
            record(f"captions/{layout}", run("\n".join(lines)), name)
    print(f"prose: {prose} pseudo-articles; captions: {len(names)} names x 3 layouts")
    for probe in ("prose", "captions/under-title", "captions/after-body", "captions/first"):
        total = sum(n for key, n in counts.items() if key.startswith(probe + " "))
        detail = ", ".join(
            f"{k.split(' ')[1]} {n}" for k, n in counts.items() if k.startswith(probe)
        )
        print(f"  {probe:22s} values invented: {total}" + (f" ({detail})" if detail else ""))
        for example in shown.get(probe, [])[: args.show]:
            print(f"      {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
