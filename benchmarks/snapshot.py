"""Snapshot every output of feuillet on the shared corpora, to check that a change keeps them.

A restructuring must not change behaviour: run this before and after, and compare::

    python benchmarks/snapshot.py > /tmp/before.txt
    # ... change ...
    python benchmarks/snapshot.py > /tmp/after.txt
    diff /tmp/before.txt /tmp/after.txt && echo identical

One line per input and function, with the SHA-256 of the JSON form of the result: the
boilerplate dev files (``clean`` under the three profiles, ``split_boilerplate``,
``normalize``), the bundled examples, and the GSD treebank (``sentences`` and ``paragraphs``
of ten-sentence documents, and one whole-file document). Inputs missing from
``../shared`` are skipped with a note on stderr.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feuillet

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
PROFILES = ("typographic", "plain")


def _digest(value: Any) -> str:
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def _split(text: str) -> dict[str, Any]:
    split = feuillet.split_boilerplate(text)
    return {
        "body": split.body,
        "removed": [(r.line, r.start, r.end, r.zone, r.rule, r.text) for r in split.removed],
    }


def _spans(items: Any) -> list[Any]:
    return [(s.start, s.end, s.text, getattr(s, "kind", "")) for s in items]


def _texts() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "examples").glob("*.txt")):
        yield f"examples/{path.name}", path.read_text(encoding="utf-8")
    for name in ("boilerplate-dev.jsonl", "boilerplate-dev2.jsonl"):
        path = CORPUS / name
        if not path.exists():
            print(f"skipped: {path} is absent", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                yield f"{name}:{record['id']}", record["text"]


def _gsd_documents() -> Iterator[tuple[str, str]]:
    for split in ("dev", "test"):
        path = CORPUS / "ud-fr-gsd" / f"fr_gsd-ud-{split}.conllu"
        if not path.exists():
            print(f"skipped: {path} is absent", file=sys.stderr)
            continue
        prefix = "# text = "
        with path.open(encoding="utf-8") as handle:
            gold = [line[len(prefix) :].strip() for line in handle if line.startswith(prefix)]
        for i in range(0, len(gold), 10):
            yield f"gsd-{split}:{i}", " ".join(gold[i : i + 10])
        yield f"gsd-{split}:whole", " ".join(gold)


def main() -> int:
    for name, text in _texts():
        for profile in PROFILES:
            print(name, f"normalize/{profile}", _digest(feuillet.normalize(text, profile)))
            article = feuillet.clean(text, profile=profile)
            print(name, f"clean/{profile}", _digest(article.to_dict()))
        print(name, "split", _digest(_split(text)))
    for name, text in _gsd_documents():
        print(name, "sentences", _digest(_spans(feuillet.sentences(text))))
        print(name, "paragraphs", _digest(_spans(feuillet.paragraphs(text))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
