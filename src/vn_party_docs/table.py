"""A flat table of mentions for analysts: :func:`rows` and :func:`columns`.

One row per mention, with the file, the kind, the span, the raw text, the
canonical form (``str(value)``) and every field of the value as its own column,
named by its path in :meth:`Mention.to_dict() <vn_party_docs.Mention.to_dict>`
output (``value.code``, ``value.issued``, ``value.organ.name`` ...). A field
holding a list (an official's titles, a meeting's organizers, reviewed and
planned periods, chairs) is one column holding the list as JSON text, so
every kind has a fixed set of columns and nothing is lost. The command line's
``--format csv`` writes exactly these rows.

Example:
    >>> from vn_party_docs import extract, rows
    >>> table = rows(extract("Sơ kết quý III năm 2021."), file="a.txt")
    >>> [(row["kind"], row["start"], row["end"], row["value.code"]) for row in table]
    [('periods', 7, 23, '2021-Q3')]
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from typing import Any

from .document import KINDS, Extraction
from .serialize import json_schema

__all__ = ["BASE_COLUMNS", "columns", "rows"]

#: The columns every row has, in order (``file`` only when a file name is given).
BASE_COLUMNS: tuple[str, ...] = ("file", "kind", "start", "end", "text", "canonical")


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` and ``oneOf: [X, null]`` to the schema node of the value itself."""
    while True:
        if "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[-1]]
        elif "oneOf" in node:
            options = [option for option in node["oneOf"] if option.get("type") != "null"]
            if len(options) != 1:
                return node
            node = options[0]
        else:
            return node


def _paths(node: dict[str, Any], prefix: str, defs: dict[str, Any]) -> list[str]:
    """The column names under ``prefix``: an object's properties recursively, else ``prefix``."""
    node = _resolve(node, defs)
    properties = node.get("properties")
    if node.get("type") != "object" or not isinstance(properties, dict):
        return [prefix]
    return [
        path
        for name, child in properties.items()
        for path in _paths(child, f"{prefix}.{name}", defs)
    ]


@functools.cache
def _value_columns(kind: str) -> tuple[str, ...]:
    """The ``value.*`` columns of one kind, in the order of its JSON Schema."""
    schema = json_schema()
    defs = schema["$defs"]
    mention = _resolve(schema["properties"][kind]["items"], defs)
    return tuple(_paths(mention["properties"]["value"], "value", defs))


def columns(kinds: Iterable[str] = KINDS, *, file: bool = True) -> list[str]:
    """Every column the rows of ``kinds`` can have, in a fixed order.

    The base columns (:data:`BASE_COLUMNS`; ``file`` only if ``file`` is true),
    then the value columns of each kind in the order of ``KINDS``; a column two
    kinds share (``value.name`` of officials and of meetings) appears once.

    Args:
        kinds: Some of ``vn_party_docs.document.KINDS``.
        file: Whether the rows carry a ``file`` column.

    Raises:
        ValueError: For an unknown kind.

    Example:
        >>> from vn_party_docs.table import columns
        >>> columns(["periods"], file=False)
        ['kind', 'start', 'end', 'text', 'canonical', 'value.kind', 'value.start', 'value.end', 'value.code']
    """  # noqa: E501
    chosen = set(kinds)
    unknown = chosen - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; choose from {list(KINDS)}")
    names = [name for name in BASE_COLUMNS if file or name != "file"]
    for kind in KINDS:
        if kind in chosen:
            names.extend(name for name in _value_columns(kind) if name not in names)
    return names


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    """Put ``value`` into ``out``: a dict by its keys (``prefix.key``), a list as JSON text."""
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}", out)
    elif isinstance(value, (list, tuple)):
        out[prefix] = json.dumps(value, ensure_ascii=False)
    else:
        out[prefix] = value


def rows(extraction: Extraction, file: str | None = None) -> list[dict[str, Any]]:
    """One flat dict per mention of ``extraction``, ready for ``pandas.DataFrame(rows)``.

    Rows come kind by kind (periods, citations, officials, meetings), each kind
    in document order. Every row has ``kind``, ``start``, ``end`` (the span),
    ``text`` (the raw text), ``canonical`` (``str(value)``) and the value's
    fields: each scalar field of ``value.to_dict()`` under its dotted path
    (``value.code``, ``value.issued``; an absent nested object gives ``None``
    in each of its columns), each list field as JSON text in one column
    (``json.loads`` gives the list back). The keys of a row are the
    :func:`~vn_party_docs.table.columns` of its kind. With ``file``, every row starts with it.

    Args:
        extraction: The result of :func:`~vn_party_docs.extract`.
        file: A name for the text the extraction came from, put in a ``file``
            column; ``None`` leaves the column out.

    Returns:
        A new list of new dicts whose cells are str, int, bool or ``None``.

    Example:
        >>> import json
        >>> from vn_party_docs import extract, rows
        >>> text = "Thực hiện Quy định số 137-QĐ/TW ngày 1-12-2023 của Ban Bí thư."
        >>> [row] = rows(extract(text), file="a.txt")
        >>> row["file"], row["kind"], row["text"][:20], row["value.number"], row["value.issued"]
        ('a.txt', 'citations', 'Quy định số 137-QĐ/T', 137, '2023-12-01')
        >>> text = "Đồng chí Trương Thị Mai, Ủy viên Bộ Chính trị, phát biểu."
        >>> [row] = rows(extract(text, kinds=("officials",)))
        >>> row["value.name"], [title["role"] for title in json.loads(row["value.titles"])]
        ('Trương Thị Mai', ['Ủy viên'])

        With pandas installed, ``pandas.DataFrame(rows(extraction, file=name))``
        is the table.
    """
    table: list[dict[str, Any]] = []
    for kind in KINDS:
        mentions = getattr(extraction, kind)
        if not mentions:
            continue
        names = _value_columns(kind)
        for mention in mentions:
            row: dict[str, Any] = {} if file is None else {"file": file}
            row["kind"] = kind
            row["start"] = mention.span.start
            row["end"] = mention.span.end
            row["text"] = mention.text
            row["canonical"] = str(mention.value)
            flat: dict[str, Any] = {}
            _flatten(mention.value.to_dict(), "value", flat)
            for name in names:
                row[name] = flat.pop(name, None)
            for name, item in flat.items():  # a field the schema does not list is kept
                if item is None and any(column.startswith(name + ".") for column in names):
                    continue  # an absent nested object: its columns are None already
                row[name] = item
            table.append(row)
    return table
