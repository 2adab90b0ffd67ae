"""PLACEHOLDER: replaced by the meetings issue implementation."""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from ._text.context import DocumentContext, Hit
from ._text.dates import DayPart

__all__ = ["DayPart"]


@attrs.frozen
class Meeting:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        """Placeholder."""
        return cls()


def parse_meeting(s: str, *, reference_date: datetime.date | None = None) -> Meeting:
    """Placeholder."""
    raise NotImplementedError


def find_meetings(text: str, *, reference_date: datetime.date | None = None) -> list[Any]:
    """Placeholder."""
    raise NotImplementedError


def hits(context: DocumentContext) -> list[Hit[Meeting]]:
    """Placeholder: finds nothing yet."""
    return []
