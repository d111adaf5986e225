"""Invented articles the boilerplate tests put their lines around (no real text).

Two short articles, each a headline and full paragraphs sharing a vocabulary, and the
helper that returns the lines ``split_boilerplate`` removed, with their rule.
"""

from __future__ import annotations

from feuillet import split_boilerplate

PORT_TITLE = "Le quai des Tanneurs fermé aux bateaux de croisière"
PORT = [
    "Les bateaux de croisière ne pourront plus accoster au quai des Tanneurs à partir de "
    "juin, a décidé jeudi le conseil municipal après deux ans de débats.",
    "La mesure vise les navires de plus de cent mètres, dont les fumées inquiètent les "
    "riverains du quartier, selon une étude publiée l'an dernier par la métropole.",
    "Les armateurs dénoncent une décision brutale et réclament un délai de trois ans pour "
    "adapter leurs itinéraires vers le port de commerce.",
    "Le maire assure que le port de commerce pourra accueillir les plus gros navires dès "
    "l'an prochain, après des travaux de dragage.",
]

SORNE_TITLE = "Les digues de la Sorne seront rehaussées avant l'hiver"
SORNE = [
    "Les travaux de rehaussement des digues de la Sorne commenceront en septembre, a "
    "annoncé mardi le syndicat de rivière, après les crues du printemps dernier.",
    "Le chantier coûtera 4 millions d'euros, financés pour moitié par la région, et "
    "doit protéger les trois cents maisons du quartier des Prés-Bas.",
    "Les riverains demandent que les travaux n'empiètent pas sur le chemin de halage, "
    "très fréquenté par les promeneurs le week-end.",
]


def removed_by_rule(lines: list[str]) -> dict[int, str]:
    """The indices of the lines removed from *lines* (joined by newlines), with their rule."""
    return {r.line: r.rule for r in split_boilerplate("\n".join(lines)).removed}
