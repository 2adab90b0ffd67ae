"""PLACEHOLDER: replaced by the meetings issue's implementation."""

from __future__ import annotations

from typing import Any

import attrs

from ._text.context import DocumentContext, Hit


@attrs.frozen
class Meeting:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        return cls()


def hits(context: DocumentContext) -> list[Hit[Meeting]]:
    """Placeholder: finds nothing yet."""
    return []
