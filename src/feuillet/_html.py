"""The HTML view of an :class:`~feuillet.Article` in notebooks (``_repr_html_``)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article
    from .boilerplate import Removed
    from .segment import Paragraph

__all__ = ["article_html"]

_BOX = (
    "font-family:system-ui,sans-serif;line-height:1.5;max-width:52em;"
    "color:#1a1a1a;background:#fff;padding:0.6em"  # readable in dark notebook themes too
)
_SUMMARY = "color:#555;font-size:0.85em;margin-bottom:0.6em"
_HEADING = "font-size:1.15em;font-weight:bold;margin:0.8em 0 0.3em 0"
_PARAGRAPH = "margin:0 0 0.6em 0"
_REMOVED = "color:#999;font-size:0.85em;margin:0 0 0.3em 0"
_TAG = "border:1px solid #ccc;border-radius:3px;padding:0 0.3em;margin-right:0.4em"
_SENTENCE_COLOURS = ("#e8f0fe", "#fef3e0")
_MORE = "color:#555;font-style:italic;margin-top:0.6em"

#: Blocks (paragraphs and removed lines) shown at most: a notebook cell stays responsive
#: on a 10 MB text, and a long article is still read in full in ``article.body``.
MAX_BLOCKS = 200


def article_html(article: Article, max_blocks: int = MAX_BLOCKS) -> str:
    """The notebook view of *article*: the first *max_blocks* paragraphs and removed lines.

    Removed lines are numbered from 1, as a person reads them (their ``line`` is 0-based).
    """
    summary = (
        f"feuillet.Article: {len(article.paragraphs)} paragraphs, "
        f"{len(article.sentences)} sentences, {len(article.removed)} removed lines"
    )
    if article.french_score is not None:
        summary += f", French score {article.french_score:.2f}"
    if article.no_body:
        summary += ", no body (the whole page is boilerplate)"
    parts = [f'<div class="feuillet-article" style="{_BOX}">']
    parts.append(f'<div style="{_SUMMARY}">{html.escape(summary)}</div>')
    blocks = sorted(_html_blocks(article), key=lambda b: b[0])
    parts.extend(block for _, block in blocks[:max_blocks])
    if len(blocks) > max_blocks:
        hidden = len(blocks) - max_blocks
        parts.append(
            f'<div class="feuillet-more" style="{_MORE}">… {hidden} more paragraphs and '
            "removed lines not shown (see article.body and article.removed)</div>"
        )
    parts.append("</div>")
    return "\n".join(parts)


def _html_blocks(article: Article) -> Iterator[tuple[tuple[float, int], str]]:
    """Yield (position, html) blocks; the position orders removed lines among paragraphs."""
    source_line = _body_line_to_source_line(article)
    for order, removed in enumerate(article.removed):
        if source_line is None:  # no line mapping: header first, everything else last
            position = -1.0 if removed.zone == "header" else float("inf")
        else:
            position = float(removed.line)
        yield (position, order), _removed_html(removed)
    sentence_index, body_line, counted_to = 0, 0, 0
    for order, para in enumerate(article.paragraphs):
        # Count line breaks incrementally: counting from 0 each time would be quadratic.
        body_line += article.body.count("\n", counted_to, para.start)
        counted_to = max(counted_to, para.start)
        position = float(order) if source_line is None else float(source_line(body_line))
        inner, sentence_index = _sentences_html(article, para, sentence_index)
        yield (position, len(article.removed) + order), _paragraph_html(para, inner)


def _body_line_to_source_line(article: Article) -> Callable[[int], int] | None:
    """Map a line number of ``body`` to one of ``text`` if the body is ``text`` minus lines."""
    text_lines = article.text.split("\n")
    removed_lines = {r.line for r in article.removed}
    kept = [i for i in range(len(text_lines)) if i not in removed_lines]
    body_lines = article.body.split("\n")
    if len(kept) != len(body_lines):
        return None
    return lambda body_line: kept[min(body_line, len(kept) - 1)]


def _sentences_html(article: Article, para: Paragraph, index: int) -> tuple[str, int]:
    """Render the text of *para* with each of its sentences highlighted."""
    pieces: list[str] = []
    cursor = para.start
    sents = article.sentences
    # Sentences are sorted by start; skip the ones before this paragraph.
    while index < len(sents) and sents[index].end <= para.start:
        index += 1
    while index < len(sents) and sents[index].start < para.end:
        sent = sents[index]
        start, end = max(sent.start, cursor), min(sent.end, para.end)
        pieces.append(html.escape(article.body[cursor:start]))
        colour = _SENTENCE_COLOURS[index % len(_SENTENCE_COLOURS)]
        pieces.append(
            f'<span title="sentence {index + 1} [{sent.start}:{sent.end}]" '
            f'style="background:{colour};border-radius:2px">'
            f"{html.escape(article.body[start:end])}</span>"
        )
        cursor = end
        if sent.end > para.end:
            break
        index += 1
    pieces.append(html.escape(article.body[cursor : para.end]))
    return "".join(pieces), index


def _paragraph_html(para: Paragraph, inner: str) -> str:
    if para.kind == "heading":
        return f'<div class="feuillet-heading" style="{_HEADING}">{inner}</div>'
    return f'<p class="feuillet-paragraph" style="{_PARAGRAPH}">{inner}</p>'


def _removed_html(removed: Removed) -> str:
    tag = html.escape(f"{removed.zone} · {removed.rule}")
    return (
        f'<div class="feuillet-removed" style="{_REMOVED}" title="removed line {removed.line + 1}">'
        f'<span style="{_TAG}">{tag}</span><s>{html.escape(removed.text)}</s></div>'
    )
