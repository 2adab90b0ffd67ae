"""PLACEHOLDER: replaced by the periods issue's implementation."""

from __future__ import annotations

from typing import Any

import attrs

from ._text.context import DocumentContext, Hit


@attrs.frozen
class Period:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Period:
        return cls()


def hits(context: DocumentContext) -> list[Hit[Period]]:
    """Placeholder: finds nothing yet."""
    return []
