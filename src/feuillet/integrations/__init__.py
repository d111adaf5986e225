"""Optional integrations with other tools (spaCy, Hugging Face datasets, Dask, datatrove).

Each submodule imports its tool only when the submodule itself is imported, so
``import feuillet`` never pulls any of them in.
"""
