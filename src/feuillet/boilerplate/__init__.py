"""Body / boilerplate separation for scraped French news text.

A scraped article comes with lines that are not the article: bylines, dates, share buttons
and captions on top, "Lire aussi" links and adverts between paragraphs, agency credits,
appeals, newsletters, comments and menus at the end. :func:`split_boilerplate` tells them
apart line by line with a *zone model*:

* the **footer** is found by scanning up from the last line while lines are boilerplate,
  stopping at the first line of clear article prose; a section heading such as
  "Commentaires" or "Articles liés" below the body opens a footer block;
* the **header** is found by scanning down from the first line: boilerplate lines mixed
  with the headline and standfirst are removed until the running text starts;
* between them, **inline** lines are removed only on strong patterns ("Lire aussi : …",
  "Publicité", a newsletter box, a captioned photo credit).

Rules are data (``feuillet/data/boilerplate.rules``), grouped by line type, each with the
zones where it applies and a strength; users add their own with :meth:`Rules.from_phrases`
or learn an outlet's recurring lines with :func:`learn_boilerplate`.

The package's modules, in the order the data flows through them:

* :mod:`~feuillet.boilerplate.rules` — :class:`Rule`, :class:`Rules` and the rule files;
* :mod:`~feuillet.boilerplate.text` — line folding and shape signals;
* :mod:`~feuillet.boilerplate.prefilter`, :mod:`~feuillet.boilerplate.starts` and
  :mod:`~feuillet.boilerplate.index` — the compiled rules and the search of a line;
* :mod:`~feuillet.boilerplate.signals` — per-line evidence of one text;
* :mod:`~feuillet.boilerplate.zones` — the header, footer and inline scans;
* :mod:`~feuillet.boilerplate.split` — :func:`split_boilerplate` and its :class:`Split`;
* :mod:`~feuillet.boilerplate.learn` — :func:`learn_boilerplate`.
"""

from __future__ import annotations

from .learn import learn_boilerplate
from .results import Removed, Split
from .rules import Rule, Rules
from .split import split_boilerplate

__all__ = ["Removed", "Rule", "Rules", "Split", "learn_boilerplate", "split_boilerplate"]
