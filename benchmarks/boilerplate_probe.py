"""Where each invented interface string is missed: header, between paragraphs, footer.

Every line of ``benchmarks/data/interface-strings.txt`` is put in turn right below the
headline, between two paragraphs and after the last paragraph of an invented article, and
``split_boilerplate`` is asked to remove it. Prints, per zone, the lines it kept, and any
article line it removed with them (a body loss). The strings are generic (players, menus,
widgets), written from knowledge of the genre, so this measures vocabulary coverage on
no particular outlet::

    python benchmarks/boilerplate_probe.py
"""

from __future__ import annotations

from pathlib import Path

import feuillet

HERE = Path(__file__).resolve().parent
TITLE = "Le quai des Tanneurs fermé aux bateaux de croisière"
PARAGRAPHS = [
    "Les bateaux de croisière ne pourront plus accoster au quai des Tanneurs à partir de "
    "juin, a décidé jeudi le conseil municipal après deux ans de débats.",
    "La mesure vise les navires de plus de cent mètres, dont les fumées inquiètent les "
    "riverains du quartier, selon une étude publiée l'an dernier par la métropole.",
    "Les armateurs dénoncent une décision brutale et réclament un délai de trois ans pour "
    "adapter leurs itinéraires vers le port de commerce.",
    "Le maire assure que le port de commerce pourra accueillir les plus gros navires dès "
    "l'an prochain, après des travaux de dragage.",
]


def pages(line: str) -> dict[str, tuple[list[str], int]]:
    """The three invented pages holding *line*, with its index in each."""
    return {
        "header": ([TITLE, line, *PARAGRAPHS], 1),
        "inline": ([TITLE, PARAGRAPHS[0], PARAGRAPHS[1], line, *PARAGRAPHS[2:]], 3),
        "footer": ([TITLE, *PARAGRAPHS, line], len(PARAGRAPHS) + 1),
    }


def main() -> None:
    path = HERE / "data" / "interface-strings.txt"
    lines = [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    missed: dict[str, list[str]] = {"header": [], "inline": [], "footer": []}
    losses = 0
    for line in lines:
        for zone, (page, at) in pages(line).items():
            removed = {r.line for r in feuillet.split_boilerplate("\n".join(page)).removed}
            lost = removed - {at}
            if lost:
                losses += 1
                print(f"BODY LOST ({zone}) with {line!r}: lines {sorted(lost)}")
            if at not in removed:
                missed[zone].append(line)
    for zone, kept in missed.items():
        print(f"== {zone}: {len(kept)} of {len(lines)} strings kept")
        for line in kept:
            print(f"    {line}")
    print(f"body losses: {losses}")


if __name__ == "__main__":
    main()
