"""Typed values from Vietnamese Party and state news text.

Periods, document citations, official titles and officials, and meeting headers,
read from real text into frozen :mod:`attrs` values with exact spans.

``import vn_party_docs`` only defines names: each public name is imported from the
module that defines it on first access (PEP 562), so that a program pays for the
grammars it uses, when it uses them.

Example:
    >>> import vn_party_docs
    >>> [str(m.value) for m in vn_party_docs.find_periods("Đánh giá quý III năm 2021.")]
    ['quý III năm 2021']
"""

import sys as _sys

__version__ = "0.1.0"

# ``typing`` itself costs more to import than this whole module: the name alone is what
# type checkers read (they take the block below as true, the interpreter as false).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .annotate import Markup, annotate, css_class, html_markup
    from .batch import extract_many
    from .citations import Citation, DocType, System, find_citations, parse_citation
    from .document import Extraction, extract
    from .errors import ParseError
    from .meetings import DayPart, Meeting, find_meetings, parse_meeting
    from .periods import Period, PeriodKind, find_periods, parse_period
    from .registry import (
        Basis,
        Conflict,
        Entry,
        Resolution,
        article_date,
        catalogue,
        documents,
        explain,
        resolution,
        resolve,
        term_on,
    )
    from .serialize import json_schema
    from .spans import Mention, Span
    from .table import rows
    from .titles import (
        Level,
        Official,
        Organ,
        Title,
        find_officials,
        parse_official,
        parse_title,
        parse_titles,
    )

__all__ = [
    "Basis",
    "Citation",
    "Conflict",
    "DayPart",
    "DocType",
    "Entry",
    "Extraction",
    "Level",
    "Markup",
    "Meeting",
    "Mention",
    "Official",
    "Organ",
    "ParseError",
    "Period",
    "PeriodKind",
    "Resolution",
    "Span",
    "System",
    "Title",
    "__version__",
    "annotate",
    "article_date",
    "catalogue",
    "css_class",
    "documents",
    "explain",
    "extract",
    "extract_many",
    "find_citations",
    "find_meetings",
    "find_officials",
    "find_periods",
    "html_markup",
    "json_schema",
    "parse_citation",
    "parse_meeting",
    "parse_official",
    "parse_period",
    "parse_title",
    "parse_titles",
    "resolution",
    "resolve",
    "rows",
    "term_on",
]

#: The public names of each module, as the imports above list them (a test checks that
#: the two agree).
_EXPORTS: dict[str, tuple[str, ...]] = {
    "annotate": ("Markup", "annotate", "css_class", "html_markup"),
    "batch": ("extract_many",),
    "citations": ("Citation", "DocType", "System", "find_citations", "parse_citation"),
    "document": ("Extraction", "extract"),
    "errors": ("ParseError",),
    "meetings": ("DayPart", "Meeting", "find_meetings", "parse_meeting"),
    "periods": ("Period", "PeriodKind", "find_periods", "parse_period"),
    "registry": (
        "Basis",
        "Conflict",
        "Entry",
        "Resolution",
        "article_date",
        "catalogue",
        "documents",
        "explain",
        "resolution",
        "resolve",
        "term_on",
    ),
    "serialize": ("json_schema",),
    "spans": ("Mention", "Span"),
    "table": ("rows",),
    "titles": (
        "Level",
        "Official",
        "Organ",
        "Title",
        "find_officials",
        "parse_official",
        "parse_title",
        "parse_titles",
    ),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}


# Hidden from type checkers, which see the imports above: to them the package is what it
# was when it imported everything, and a misspelt name is an error.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        """Import the module that defines ``name`` on first access (PEP 562).

        Every public name of that module is bound at once, so the next access to any of
        them is an ordinary attribute lookup.
        """
        module_name = _MODULE_OF.get(name)
        if module_name is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        # The import statement's machinery (not importlib's), which -X importtime reports.
        __import__(f"{__name__}.{module_name}")
        module = _sys.modules[f"{__name__}.{module_name}"]
        namespace = globals()
        for public in _EXPORTS[module_name]:
            namespace[public] = getattr(module, public)
        return namespace[name]

    def __dir__() -> list[str]:
        """The names defined so far and every public name, loaded or not."""
        return sorted(set(globals()) | set(__all__))

    class _Package(type(_sys)):
        """The package's module type: a loaded submodule never hides a public name.

        The import system binds every submodule to its package as an attribute when it is
        first imported; the submodule ``annotate`` shares its name with the function
        :func:`annotate`, which must stay what ``vn_party_docs.annotate`` is, whichever of
        the two is imported first.
        """

        def __setattr__(self, name: str, value: object) -> None:
            if name in _MODULE_OF and isinstance(value, type(_sys)):
                value = getattr(value, name)
            super().__setattr__(name, value)

    _sys.modules[__name__].__class__ = _Package

del TYPE_CHECKING
