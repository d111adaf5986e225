"""French typography normalization: the ``typographic``, ``plain`` and ``ascii`` profiles.

The contract is the typography policy (rules T0–T26, P0–P4 and §5), summarised in
``docs/typography.md``. A :class:`Profile` holds one choice per independent aspect
(encoding repair, spaces, quotes, apostrophes…); :func:`normalize` applies it and
:func:`normalize_and_explain` also reports, line by line, which rule changed what.

The package's modules, in the order the data flows through them:

* :mod:`~feuillet.typography.profile` — :class:`Profile` and the presets;
* :mod:`~feuillet.typography.steps` — the one table of steps (id, function, triggers,
  profiles);
* :mod:`~feuillet.typography.protect` — URLs, e-mails, handles and code set aside (T23);
* :mod:`~feuillet.typography.rules` and :mod:`~feuillet.typography.quotes` — the rule
  functions;
* :mod:`~feuillet.typography.normalizer` — :func:`normalize` and
  :func:`normalize_and_explain`.
"""

from __future__ import annotations

from .normalizer import Change, Explained, normalize, normalize_and_explain
from .profile import ASCII, PLAIN, TYPOGRAPHIC, Profile

__all__ = [
    "ASCII",
    "PLAIN",
    "TYPOGRAPHIC",
    "Change",
    "Explained",
    "Profile",
    "normalize",
    "normalize_and_explain",
]
