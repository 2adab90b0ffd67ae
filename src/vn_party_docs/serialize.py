"""Serialisation helpers: the JSON Schema of :meth:`Extraction.to_dict` output.

Every value has ``to_dict()`` and ``from_dict()``; :class:`~vn_party_docs.Extraction`
and :class:`~vn_party_docs.Mention` build on them. :func:`json_schema` gives the
JSON Schema (draft 2020-12) that their output follows, for consumers in other
languages or for validating stored results.
"""

from __future__ import annotations

from typing import Any

__all__ = ["json_schema"]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Extraction.to_dict()`` and of CLI output.

    The top level is one extraction (the command line adds an optional
    ``"file"``); ``$defs`` holds ``Period``, ``Citation``, ``Organ``, ``Title``,
    ``Official``, ``Meeting``, ``Span`` and one ``<Kind>Mention`` per kind. Each
    call returns a fresh copy.

    Example:
        >>> from vn_party_docs import json_schema
        >>> schema = json_schema()
        >>> schema["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
        >>> sorted(schema["$defs"]["Period"]["properties"])
        ['code', 'end', 'kind', 'start']
    """
    import json  # imported here, like resources: import vn_party_docs stays cheap
    from importlib import resources  # imported here: it costs more than the rest of the package

    text = resources.files(__package__).joinpath("schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
