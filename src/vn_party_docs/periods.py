"""PLACEHOLDER: replaced by the periods issue implementation."""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

from ._text.context import DocumentContext, Hit


class PeriodKind(enum.Enum):
    """Placeholder."""

    NONE = 0


@attrs.frozen
class Period:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Period:
        """Placeholder."""
        return cls()


def parse_period(s: str) -> Period:
    """Placeholder."""
    raise NotImplementedError


def find_periods(text: str, *, reference_date: datetime.date | None = None) -> list[Any]:
    """Placeholder."""
    raise NotImplementedError


def hits(context: DocumentContext) -> list[Hit[Period]]:
    """Placeholder: finds nothing yet."""
    return []
