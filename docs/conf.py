"""Sphinx configuration for vn_party_docs."""

from __future__ import annotations

import sys
from pathlib import Path

import vn_party_docs

sys.path.insert(0, str(Path(__file__).parent))
import _glossary

(Path(__file__).parent / "_build").mkdir(exist_ok=True)
_glossary.write(Path(__file__).parent / "_build" / "glossary_tables.md")

project = "vn_party_docs"
author = "vn_party_docs developers"
copyright = "2026, vn_party_docs developers"
release = vn_party_docs.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_glossary.py"]
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(attrs|regex|datetime|typing|collections|enum|_text|vn_party_docs\._).*"),
    (r"py:.*", r"(T|Any|Callable|Iterable|Iterator|Sequence|Mapping|date)"),
    (r"py:.*", r"(hypothesis|st\.|SearchStrategy|DrawFn).*"),
    (r"py:.*", r".*\._?T"),
]
html_theme = "alabaster"
html_title = "vn_party_docs"
