"""Sphinx configuration for the feuillet documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "feuillet"
author = "The feuillet developers"
copyright = "2026, The feuillet developers"
release = _version("feuillet")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": True}
nitpicky = False

intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}
intersphinx_disabled_reftypes = ["*"]
# No network in CI: intersphinx inventories cannot be fetched, so keep it off.
intersphinx_mapping = {}

html_theme = "furo"
html_title = "feuillet"
language = "en"
exclude_patterns = ["_build"]
suppress_warnings = ["myst.header"]
