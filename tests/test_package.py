"""The package as a whole: metadata, public names, errors, logging, data loading."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import feuillet
from feuillet import errors
from feuillet._data import parse_lines, read_data


def test_version_matches_metadata() -> None:
    from importlib.metadata import version

    assert feuillet.__version__ == version("feuillet")
    assert feuillet.__version__[0].isdigit()


def test_all_names_exist_and_are_documented() -> None:
    assert len(feuillet.__all__) == len(set(feuillet.__all__))
    for name in feuillet.__all__:
        obj = getattr(feuillet, name)
        if name == "__version__":
            continue
        doc = inspect.getdoc(obj)
        assert doc, f"feuillet.{name} has no docstring"
        assert len(doc.split()) >= 3, f"feuillet.{name} docstring is too short"


def test_public_functions_are_documented_with_an_example() -> None:
    for name in feuillet.__all__:
        obj = getattr(feuillet, name)
        if inspect.isfunction(obj):
            assert ">>>" in (obj.__doc__ or ""), f"feuillet.{name} docstring has no example"


def test_error_hierarchy() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        base = errors.FeuilletWarning if name.endswith("Warning") else errors.FeuilletError
        assert issubclass(cls, base)
        assert getattr(feuillet, name) is cls
    assert issubclass(errors.ConfigurationError, ValueError)
    assert issubclass(errors.MissingDependencyError, ImportError)
    assert issubclass(errors.InputTypeError, TypeError)
    assert issubclass(errors.FeuilletWarning, UserWarning)


def test_dir_shows_no_helper_imports() -> None:
    names = set(dir(feuillet))
    assert not names & {"version", "annotations", "logging", "PackageNotFoundError"}
    assert set(feuillet.__all__) <= names


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        (
            "feuillet.pipeline",
            {"Article", "Failure", "clean", "clean_many", "clean_record", "record_text"},
        ),
        ("feuillet.options", {"CleanOptions", "OptionsDict", "resolve_options"}),
    ],
)
def test_module_all_is_the_documented_public_api(module: str, expected: set[str]) -> None:
    # Job, STEPS and describe_error are private now (feuillet._job): not in pipeline.__all__.
    import importlib

    loaded = importlib.import_module(module)
    assert set(loaded.__all__) == expected
    for name in loaded.__all__:
        assert inspect.getdoc(getattr(loaded, name)), f"{module}.{name} has no docstring"
    assert not hasattr(importlib.import_module("feuillet.pipeline"), "Job")


@pytest.mark.parametrize(
    "call",
    [
        lambda bad: feuillet.normalize(bad),
        lambda bad: feuillet.normalize_and_explain(bad),
        lambda bad: feuillet.split_boilerplate(bad),
        lambda bad: feuillet.sentences(bad),
        lambda bad: feuillet.paragraphs(bad),
        lambda bad: feuillet.clean(bad),
    ],
)
@pytest.mark.parametrize("bad", [b"octets", None, 42, ["liste"]])
def test_non_str_input_raises_type_error_naming_the_type(call, bad) -> None:  # type: ignore[no-untyped-def]
    # InputTypeError: a TypeError, and a FeuilletError so that one except catches all
    with pytest.raises(errors.InputTypeError, match=type(bad).__name__):
        call(bad)


def test_import_is_silent_and_light() -> None:
    code = (
        "import sys, logging\n"
        "logging.basicConfig(level=logging.DEBUG)\n"
        "import feuillet\n"
        "heavy = [m for m in ('unidecode', 'spacy', 'datasets', 'dask', 'datatrove', 'pandas',"
        " 'importlib.metadata') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr == ""


def test_parse_lines_strips_comments_and_blanks() -> None:
    assert parse_lines(["# header", "", "  M.  ", "n°", "etc. # trailing comment"]) == (
        "M.",
        "n°",
        "etc.",
    )


def test_read_data_unknown_file_raises() -> None:
    with pytest.raises(FileNotFoundError):
        read_data("no-such-file.txt")
