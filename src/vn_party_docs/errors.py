"""The one exception the parsers raise."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(ValueError):
    """A string could not be read as the value asked for.

    Attributes:
        expected: What the parser was looking for, in words.
        position: Offset in the caller's string where reading failed.
        text: The caller's string, unchanged.

    Example:
        >>> from vn_party_docs import ParseError, parse_period
        >>> try:
        ...     parse_period("quý V năm 2021")
        ... except ParseError as error:
        ...     print(error.position, error.text)
        4 quý V năm 2021
    """

    expected: str
    position: int
    text: str

    def __init__(self, expected: str, position: int, text: str) -> None:
        self.expected = expected
        self.position = position
        self.text = text
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"expected {expected} at position {position} in {shown!r}")

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, int, str]]:
        return (type(self), (self.expected, self.position, self.text))
