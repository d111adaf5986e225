"""Split: consistent by construction, gives its text back, and reads its metadata."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feuillet import Removed, Split, split_boilerplate


def test_an_inconsistent_split_cannot_be_built() -> None:
    removed = (Removed(1, "Avec AFP", 6, 14, "footer", "agency.with"),)
    Split("Titre", removed, (0,))  # consistent
    with pytest.raises(ValueError, match="inconsistent Split"):
        Split("Titre", removed, (1,))  # a line both kept and removed
    with pytest.raises(ValueError, match="inconsistent Split"):
        Split("Titre\nEncore", removed, (0,))  # two body lines for one kept index
    with pytest.raises(ValueError, match="inconsistent Split"):
        Split("Titre", removed, (0, 2))  # a line missing
    with pytest.raises(ValueError, match="inconsistent Split"):
        Split("Titre", ())  # a body without kept indices


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Par Jeanne Martin",
                "Avec AFP",
                "Publicité",
                "",
                "Le texte de l'article continue ici avec une phrase complète.",
                "Lire aussi : un autre sujet",
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_the_split_gives_its_text_back(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert split_boilerplate(text).text() == text


def test_metadata_is_read_from_the_removed_lines() -> None:
    text = "Par Jeanne Martin\nLe conseil municipal a voté le budget mardi soir.\nAvec AFP"
    split = split_boilerplate(text)
    assert [a.value for a in split.metadata.authors] == ["Jeanne Martin"]
    assert [a.value for a in split.metadata.agencies] == ["AFP"]
    assert split.metadata.agencies[0].line == 2
    # Read on first use, and kept with the object (a pickle carries it).
    assert pickle.loads(pickle.dumps(split)).metadata == split.metadata
