"""PLACEHOLDER: replaced by the titles issue's implementation."""

from __future__ import annotations

from typing import Any

import attrs

from ._text.context import DocumentContext, Hit


@attrs.frozen
class Official:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Official:
        return cls()


def hits(context: DocumentContext) -> list[Hit[Official]]:
    """Placeholder: finds nothing yet."""
    return []
