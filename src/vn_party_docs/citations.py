"""PLACEHOLDER: replaced by the citations issue implementation."""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

from ._text.context import DocumentContext, Hit


class DocType(enum.Enum):
    """Placeholder."""

    NONE = 0


class System(enum.Enum):
    """Placeholder."""

    NONE = 0


@attrs.frozen
class Citation:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Citation:
        """Placeholder."""
        return cls()


def parse_citation(s: str) -> Citation:
    """Placeholder."""
    raise NotImplementedError


def find_citations(text: str, *, reference_date: datetime.date | None = None) -> list[Any]:
    """Placeholder."""
    raise NotImplementedError


def hits(context: DocumentContext) -> list[Hit[Citation]]:
    """Placeholder: finds nothing yet."""
    return []
