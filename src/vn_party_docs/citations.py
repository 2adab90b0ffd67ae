"""PLACEHOLDER: replaced by the citations issue's implementation."""

from __future__ import annotations

from typing import Any

import attrs

from ._text.context import DocumentContext, Hit


@attrs.frozen
class Citation:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Citation:
        return cls()


def hits(context: DocumentContext) -> list[Hit[Citation]]:
    """Placeholder: finds nothing yet."""
    return []
