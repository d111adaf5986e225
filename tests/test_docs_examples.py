"""The ``>>>`` examples of the documentation pages run, and print what the pages say."""

from __future__ import annotations

import doctest
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Page -> the optional packages its examples need (the page is skipped without them).
PAGES = {
    "../README.md": [],
    "library.md": ["pandas"],
    "notebook.md": [],
    "pipelines.md": ["spacy", "datasets", "pandas"],
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_examples(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for module in PAGES[page]:
        pytest.importorskip(module)
    monkeypatch.chdir(ROOT)  # the pages read examples/ relative to the project root
    path = ROOT / "docs" / page
    # a code fence closing right after an output line would otherwise be read as output
    text = re.sub(r"^```.*$", "", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    test = doctest.DocTestParser().get_doctest(text, {}, page, str(path), 0)
    assert len(test.examples) >= 3, f"{page} has lost its examples"
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=report.write)
    assert runner.failures == 0, report.getvalue()
