"""How much boilerplate trafilatura leaves in its output, and how much remains after feuillet.

Two measurements offline, and a third that fetches public test pages:

1. **Real pages, through the shared corpus.** The ``trafilatura`` texts of
   ``boilerplate-dev.jsonl`` and ``boilerplate-dev2.jsonl`` are exactly what
   ``trafilatura.extract(html, favor_recall=True, include_comments=False)`` returned on saved
   French news pages (trafilatura 2.3.1), with every line labelled. The boilerplate
   trafilatura leaves is the lines labelled header, footer or inline; what remains after
   feuillet is those of them ``split_boilerplate`` keeps; body lines feuillet removes are
   counted as lost.
2. **Invented pages** (``tests/data/html/*.html``, written for the tests in the shape of
   real pages): the whole ``feuillet.html.clean_html`` path from HTML, with the paragraphs
   marked ``data-gold="body"`` as the gold.

3. **Real pages from HTML** (``--fetch``): the saved pages behind the trafilatura texts of
   the shared corpora that are test fixtures of public extraction libraries
   (adbar/trafilatura, adbar/htmldate, mozilla/readability, postlight/parser,
   goose3/goose3, j0k3r/graby, Tagazoc/heraldic, sevas/csxj-crawler) are downloaded from
   GitHub at the recorded commit into a cache outside the repository (``--cache``, default
   ``~/.cache/feuillet/bench-html``; nothing is committed) and run through
   ``feuillet.html.clean_html``. When trafilatura returns exactly the corpus text, the
   corpus labels score what remains after feuillet, and the metadata merged from the
   markup is compared with the hand-made metadata gold (``benchmarks/data``).

    .venv/bin/python benchmarks/bench_html.py [--corpus DIR] [--fetch [--cache DIR]]

Needs the ``html`` extra (trafilatura) for parts 2 and 3.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from feuillet import normalize, split_boilerplate

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FEUILLET_SHARED") or ROOT.parent / "shared")
PAGES = ROOT / "tests" / "data" / "html"
FILES = ("boilerplate-dev.jsonl", "boilerplate-dev2.jsonl")
BOILERPLATE = ("header", "footer", "inline")


def corpus_part(corpus: Path) -> None:
    print("== real pages: trafilatura texts of the shared corpus (labelled lines)")
    print(
        f"{'file':24s} {'texts':>5s} {'boiler. lines':>13s} {'after feuillet':>14s} "
        f"{'boiler. chars':>13s} {'after feuillet':>14s} {'body lost':>9s}"
    )
    for name in FILES:
        path = corpus / name
        if not path.exists():
            print(f"{name}: not found, skipped (pass --corpus)")
            continue
        texts = lines_before = lines_after = chars_before = chars_after = body = lost = 0
        for raw in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            if record["extractor"] != "trafilatura":
                continue
            texts += 1
            lines = record["text"].split("\n")
            removed = {r.line for r in split_boilerplate(record["text"]).removed}
            for i, (line, label) in enumerate(zip(lines, record["labels"], strict=True)):
                if label in BOILERPLATE:
                    lines_before += 1
                    chars_before += len(line)
                    if i not in removed:
                        lines_after += 1
                        chars_after += len(line)
                elif label == "body":
                    body += 1
                    lost += i in removed
        print(
            f"{name:24s} {texts:5d} {lines_before:13d} {lines_after:14d} "
            f"{chars_before:13d} {chars_after:14d} {lost:4d}/{body}"
        )


def _gold_paragraphs(html: str) -> list[str]:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    return [" ".join(el.text_content().split()) for el in tree.xpath('//*[@data-gold="body"]')]


def pages_part() -> None:
    from feuillet.html import clean_html, extract_text

    print("\n== invented pages (tests/data/html), clean_html from HTML")
    print(
        f"{'page':28s} {'traf. lines':>11s} {'boiler.':>7s} {'after feuillet':>14s} "
        f"{'body lost':>9s} {'gold dropped by traf.':>21s}  metadata (origin)"
    )
    for path in sorted(PAGES.glob("*.html")):
        html = path.read_text(encoding="utf-8")
        gold = {normalize(p) for p in _gold_paragraphs(html)}
        result = clean_html(html)
        text = extract_text(html)
        extracted = [normalize(line) for line in text.split("\n") if line.strip()]
        body_lines = [line for line in result.body.split("\n") if line.strip()]
        boiler_before = sum(line not in gold for line in extracted)
        boiler_after = sum(line not in gold for line in body_lines)
        lost = sum(line in gold for line in extracted) - sum(line in gold for line in body_lines)
        dropped = len(gold - set(extracted))
        fields = []
        for key, value in result.metadata.to_dict().items():
            items = value if isinstance(value, list) else [value] if value else []
            if items:
                origins = "/".join(sorted({item["origin"] for item in items}))
                fields.append(f"{key}({origins})")
        print(
            f"{path.name:28s} {len(extracted):11d} {boiler_before:7d} {boiler_after:14d} "
            f"{lost:9d} {dropped:14d}/{len(gold):<6d}  {' '.join(fields)}"
        )


FIXTURE_REPOS = (
    "adbar/trafilatura",
    "adbar/htmldate",
    "mozilla/readability",
    "postlight/parser",
    "goose3/goose3",
    "j0k3r/graby",
    "Tagazoc/heraldic",
    "sevas/csxj-crawler",
)
GOLD = ROOT / "benchmarks" / "data" / "metadata-gold.jsonl"


def _fetch(record: dict[str, str], cache: Path) -> bytes | None:
    """The saved page of *record*, from the cache or from GitHub at the recorded commit."""
    import hashlib
    import urllib.request

    url = f"https://raw.githubusercontent.com/{record['source_repo']}/{record['commit']}/{record['path']}"
    path = cache / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".html")
    if path.exists():
        return path.read_bytes()
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            data: bytes = response.read()
    except OSError as error:
        print(f"  cannot fetch {url}: {error}")
        return None
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def fetched_part(corpus: Path, cache: Path) -> None:
    from feuillet.html import clean_html, extract_text

    print(f"\n== real pages from HTML (public test fixtures, cache {cache})")
    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        gold[item["id"]] = item
    same = differ = missing = before = after = lost = 0
    markup = {"authors": [0, 0], "published": [0, 0]}
    for name in FILES:
        path = corpus / name
        if not path.exists():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            if record["extractor"] != "trafilatura" or record["source_repo"] not in FIXTURE_REPOS:
                continue
            page = _fetch(record, cache)
            if page is None:
                missing += 1
                continue
            result = clean_html(page, url=record.get("url"))
            if extract_text(page, url=record.get("url")) != record["text"]:
                differ += 1  # another trafilatura version or a changed page: labels do not apply
                continue
            same += 1
            removed = {r.line for r in result.removed}
            for i, label in enumerate(record["labels"]):
                if label in BOILERPLATE:
                    before += 1
                    after += i not in removed
                elif label == "body":
                    lost += i in removed
            want = gold[record["id"]]
            for value in result.metadata.authors:
                if value.origin == "html":
                    markup["authors"][1] += 1
                    markup["authors"][0] += any(
                        value.value.casefold() == a.casefold() for a in want["authors"]
                    )
            published = result.metadata.published
            if published is not None and published.origin == "html":
                markup["published"][1] += 1
                markup["published"][0] += str(published.value)[:10] == str(want["published"])[:10]
    print(f"pages: {same} with the corpus text, {differ} with another text, {missing} not fetched")
    if same:
        print(
            f"boilerplate lines left by trafilatura {before}, after feuillet {after}, body lost {lost}"
        )
        for field_name, (right, total) in markup.items():
            print(
                f"{field_name} added from the markup only: {total}, of which in the text gold: {right}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--fetch", action="store_true", help="download the fixture pages (part 3)")
    parser.add_argument(
        "--cache", type=Path, default=Path.home() / ".cache" / "feuillet" / "bench-html"
    )
    args = parser.parse_args(argv)
    corpus_part(args.corpus)
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("\ntrafilatura not installed: HTML parts skipped (pip install 'feuillet[html]')")
        return 0
    pages_part()
    if args.fetch:
        fetched_part(args.corpus, args.cache)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
