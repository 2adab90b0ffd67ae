"""PLACEHOLDER: replaced by the titles issue implementation."""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

from ._text.context import DocumentContext, Hit


class Level(enum.Enum):
    """Placeholder."""

    NONE = 0


@attrs.frozen
class Organ:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Organ:
        """Placeholder."""
        return cls()


@attrs.frozen
class Title:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Title:
        """Placeholder."""
        return cls()


@attrs.frozen
class Official:
    """Placeholder."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Official:
        """Placeholder."""
        return cls()


def parse_title(s: str) -> Title:
    """Placeholder."""
    raise NotImplementedError


def parse_titles(s: str) -> tuple[Title, ...]:
    """Placeholder."""
    raise NotImplementedError


def parse_official(s: str) -> Official:
    """Placeholder."""
    raise NotImplementedError


def find_officials(text: str, *, reference_date: datetime.date | None = None) -> list[Any]:
    """Placeholder."""
    raise NotImplementedError


def hits(context: DocumentContext) -> list[Hit[Official]]:
    """Placeholder: finds nothing yet."""
    return []
