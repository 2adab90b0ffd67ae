"""Reading the dicts that ``to_dict()`` writes, with one kind of error per mistake.

Every ``from_dict`` of the package reads its fields through :class:`Fields`: an
argument that is not a dict raises ``TypeError``; a missing field, a field of the
wrong type (a number written as a string, a string for a bool, a float for an int),
an unknown enum name, a date that is not ISO, or values the class's validators
refuse raise ``ValueError`` naming the class and the field. Nothing else escapes (no
``KeyError``, no ``AttributeError``). Keys the class does not read are ignored.

The constructors' validators are :func:`typed`: one call per field checks ``None``, the
type (with :func:`check_type`, so that a value of the wrong type (``issued="2024-06-14"``)
is a ``TypeError`` naming the field), bounds, items and a class's own check.

Example:
    >>> fields = Fields({"number": "5"}, "Citation")
    >>> fields.integer("number")
    Traceback (most recent call last):
    ...
    ValueError: Citation.from_dict: field 'number' must be an int, not str ('5')
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

__all__ = ["Fields", "check_type", "typed"]

_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")

_MISSING = object()

#: Type names in messages.
_NAMES = {int: "an int", str: "a str", bool: "a bool", list: "a list"}


def _shown(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def check_type(
    owner: str,
    name: str,
    value: object,
    kind: type | tuple[type, ...],
    expected: str | None = None,
) -> None:
    """Raise ``TypeError`` unless ``value`` is of ``kind`` (``None`` allowed when listed);
    a ``bool`` is not an ``int`` here, nor a ``datetime`` a ``date``. ``expected`` names
    what was expected in the message, when the type's name does not say it.

    Example:
        >>> check_type("Citation", "issued", "2024-06-14", (datetime.date, type(None)))
        Traceback (most recent call last):
        ...
        TypeError: Citation: issued must be a date or None, not str ('2024-06-14')
    """
    kinds = kind if isinstance(kind, tuple) else (kind,)
    wrong = not isinstance(value, kinds)
    if isinstance(value, bool) and bool not in kinds:
        wrong = True
    if isinstance(value, datetime.datetime) and datetime.datetime not in kinds:
        wrong = True
    if wrong:
        if expected is None:
            names = [k.__name__ if k is not type(None) else "None" for k in kinds]
            expected = " or ".join(names)
            expected = f"{'an' if expected[0] in 'aeiou' else 'a'} {expected}"
        raise TypeError(
            f"{owner}: {name} must be {expected}, not {type(value).__name__} ({_shown(value)})"
        )


class _Typed:
    """An attrs validator: the value is of a type, in bounds, ... (see :func:`typed`).

    Everything a field asks is checked in this one call (attrs' ``optional(and_(...))``
    would make three to five calls per field, in every constructor of a hot path).
    """

    __slots__ = ("exact", "expected", "high", "items", "kind", "low", "optional", "then")

    def __init__(
        self,
        kind: type | tuple[type, ...],
        expected: str | None,
        optional: bool,
        low: int | None,
        high: int | None,
        items: type | None,
        then: Callable[[Any, Any, Any], None] | None,
    ) -> None:
        self.kind = kind
        self.expected = expected
        self.exact = frozenset(kind if isinstance(kind, tuple) else (kind,))
        self.optional = optional
        self.low = low
        self.high = high
        self.items = items
        self.then = then

    def __call__(self, instance: object, attribute: Any, value: Any) -> None:
        if value is None and self.optional:
            return
        if type(value) not in self.exact:  # one set lookup (a bool or a datetime never is one)
            check_type(type(instance).__name__, attribute.name, value, self.kind, self.expected)
        if self.low is not None and not value >= self.low:
            raise ValueError(f"'{attribute.name}' must be >= {self.low}: {value}")
        if self.high is not None and not value <= self.high:
            raise ValueError(f"'{attribute.name}' must be <= {self.high}: {value}")
        items = self.items
        if items is not None:
            for item in value:
                if type(item) is not items:
                    check_type(type(instance).__name__, attribute.name, item, items, self.expected)
        if self.then is not None:
            self.then(instance, attribute, value)

    def __repr__(self) -> str:
        return f"<typed validator for {self.kind!r}>"


def typed(
    kind: type | tuple[type, ...],
    expected: str | None = None,
    *,
    optional: bool = False,
    low: int | None = None,
    high: int | None = None,
    items: type | None = None,
    then: Callable[[Any, Any, Any], None] | None = None,
) -> Any:
    """An attrs validator that checks everything about a field in one call.

    The value must be of ``kind`` (else :func:`check_type`'s ``TypeError``), or ``None``
    when ``optional``; then ``low <= value <= high`` (``ValueError`` worded as attrs'
    ``ge``/``le``); every item of it of type ``items`` (as attrs' ``deep_iterable``,
    the same ``TypeError``, worded with ``expected``); last, ``then(instance,
    attribute, value)`` for what only the class knows (not called for ``None``).

    Example:
        >>> import attrs
        >>> @attrs.frozen
        ... class Point:
        ...     x: int = attrs.field(validator=typed(int))
        ...     y: int | None = attrs.field(
        ...         default=None, validator=typed(int, optional=True, low=0)
        ...     )
        >>> Point(True)
        Traceback (most recent call last):
        ...
        TypeError: Point: x must be an int, not bool (True)
        >>> Point(1, -1)
        Traceback (most recent call last):
        ...
        ValueError: 'y' must be >= 0: -1
        >>> Point(1, None)
        Point(x=1, y=None)
    """
    return _Typed(kind, expected, optional, low, high, items, then)


class Fields:
    """The fields of one dict given to ``from_dict``, read with checks.

    Args:
        data: What the caller passed; anything but a dict (a ``Mapping``) is a
            ``TypeError``.
        owner: The class name used in messages (``"Period"``).
    """

    __slots__ = ("_data", "_owner")

    def __init__(self, data: object, owner: str) -> None:
        if not isinstance(data, Mapping):
            raise TypeError(
                f"{owner}.from_dict needs a dict, not {type(data).__name__} ({_shown(data)})"
            )
        self._data = data
        self._owner = owner

    def error(self, name: str, problem: str) -> ValueError:
        """The error for one field."""
        return ValueError(f"{self._owner}.from_dict: field {name!r} {problem}")

    def _get(self, name: str, default: object) -> object:
        value = self._data.get(name, _MISSING)
        if value is _MISSING:
            if default is _MISSING:
                raise self.error(name, "is missing")
            return default
        return value

    def _typed(self, name: str, value: object, kind: type, what: str) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.error(name, f"must be {what}, not {type(value).__name__} ({_shown(value)})")

    def integer(self, name: str, *, optional: bool = False) -> Any:
        """An ``int`` (not a bool, a float or a string of digits); ``None`` or missing
        when ``optional``."""
        value = self._get(name, None if optional else _MISSING)
        if value is None and optional:
            return None
        self._typed(name, value, int, "an int")
        return value

    def string(self, name: str, *, optional: bool = False) -> Any:
        """A ``str``; ``None`` or missing when ``optional``."""
        value = self._get(name, None if optional else _MISSING)
        if value is None and optional:
            return None
        self._typed(name, value, str, "a str")
        return value

    def boolean(self, name: str, *, default: bool | None = None) -> bool:
        """A ``bool`` (not 0/1 or "true"); missing gives ``default`` when there is one."""
        value = self._get(name, _MISSING if default is None else default)
        self._typed(name, value, bool, "a bool")
        return bool(value)

    def date(self, name: str, *, optional: bool = False) -> Any:
        """An ISO date string (``"2024-06-14"``); ``None`` or missing when ``optional``."""
        value = self.string(name, optional=optional)
        if value is None:
            return None
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            day = None
        if day is None or day.isoformat() != value:
            raise self.error(name, f"must be an ISO date such as '2024-06-14', not {value!r}")
        return day

    def member(self, name: str, kind: type[_E], *, optional: bool = False) -> Any:
        """An enum member written as its name (``"QUARTER"``)."""
        value = self.string(name, optional=optional)
        if value is None:
            return None
        if value not in kind.__members__:
            choices = ", ".join(kind.__members__)
            raise self.error(name, f"must be one of {choices}, not {value!r}")
        return kind[value]

    def items(self, name: str, *, optional: bool = True) -> list[Any]:
        """A list (a JSON array); missing gives an empty list when ``optional``."""
        value = self._get(name, [] if optional else _MISSING)
        if not isinstance(value, (list, tuple)):
            raise self.error(name, f"must be a list, not {type(value).__name__} ({_shown(value)})")
        return list(value)

    def strings(self, name: str) -> tuple[str, ...]:
        """A list of ``str`` (missing: empty)."""
        values = self.items(name)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise self.error(f"{name}[{index}]", f"must be a str, not {type(value).__name__}")
        return tuple(values)

    def nested(self, name: str, read: Callable[[Any], _T], *, optional: bool = False) -> Any:
        """A dict read by another ``from_dict``; ``None`` or missing when ``optional``."""
        value = self._get(name, None if optional else _MISSING)
        if value is None and optional:
            return None
        return self._read(name, read, value)

    def nested_items(self, name: str, read: Callable[[Any], _T]) -> tuple[_T, ...]:
        """A list of dicts each read by another ``from_dict`` (missing: empty)."""
        return tuple(
            self._read(f"{name}[{index}]", read, value)
            for index, value in enumerate(self.items(name))
        )

    def _read(self, name: str, read: Callable[[Any], _T], value: object) -> _T:
        try:
            return read(value)
        except (TypeError, ValueError) as error:
            raise self.error(name, f"is not valid: {error}") from None

    def build(self, constructor: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Call the constructor; what its validators refuse is a ``ValueError``."""
        try:
            return constructor(*args, **kwargs)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{self._owner}.from_dict: {error}") from None
