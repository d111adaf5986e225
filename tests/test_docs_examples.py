"""The ``>>>`` examples of every documentation page run, and print what the pages say.

The one runner of the documentation's examples: every ``docs/*.md`` page and the README
(a new page is picked up without being listed here). Each page runs in an empty temporary
working directory holding only a link to ``examples/``, so an example that writes a file
leaves nothing in the project.
"""

from __future__ import annotations

import doctest
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")], key=lambda p: p.name)
# Page -> the optional packages its examples need (the page is skipped without them).
NEEDS = {
    "library.md": ["pandas"],
    "pipelines.md": ["spacy", "datasets", "pandas"],
    "html.md": ["trafilatura"],
    "README.md": ["trafilatura"],
}
# Pages whose examples are known to fail, and why (an xfail, not a skip: it says when fixed).
KNOWN_BROKEN: dict[str, str] = {}


# Pages whose examples start clusters and pools (seconds each): in the slow layer.
SLOW = {"pipelines.md"}


def _param(path: Path) -> object:
    marks = [pytest.mark.slow] if path.name in SLOW else []
    if path.name in KNOWN_BROKEN:
        marks.append(pytest.mark.xfail(reason=KNOWN_BROKEN[path.name], strict=False))
    return pytest.param(path, id=path.name, marks=marks)


def examples_of(path: Path) -> doctest.DocTest:
    """The doctest of a Markdown page: its ``>>>`` lines and their expected output."""
    # a code fence closing right after an output line would otherwise be read as output
    text = re.sub(r"^```.*$", "", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return doctest.DocTestParser().get_doctest(text, {}, path.name, str(path), 0)


def test_every_page_with_examples_is_run() -> None:
    assert len(PAGES) >= 10
    with_examples = [p.name for p in PAGES if examples_of(p).examples]
    assert {"README.md", "typography.md", "library.md", "pipelines.md"} <= set(with_examples)


@pytest.mark.parametrize("path", [_param(p) for p in PAGES])
def test_page_examples(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for module in NEEDS.get(path.name, []):
        pytest.importorskip(module)
    test = examples_of(path)
    if not test.examples:
        pytest.skip("no >>> examples on this page")
    # The pages read examples/ and tests/data/ relative to the project root.
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=report.write)
    assert runner.failures == 0, report.getvalue()
    left = sorted(p.name for p in tmp_path.iterdir() if p.name not in ("examples", "tests"))
    assert left == [] or path.name in KNOWN_BROKEN, f"{path.name} left files: {left}"
