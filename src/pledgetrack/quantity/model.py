"""The value types: a quantity as read, and the qualifier it carries."""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs


class Qualifier(str, enum.Enum):
    """How a figure is meant: exactly, as a floor, a ceiling, an estimate or a range.

    >>> Qualifier("at_least") is Qualifier.AT_LEAST
    True
    """

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    NEARLY = "nearly"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


def _decimal(instance: object, attribute: attrs.Attribute, value: object) -> None:
    # A float would silently carry binary rounding into every comparison downstream.
    if not isinstance(value, Decimal):
        raise TypeError(f"{attribute.name} must be a Decimal, not {type(value).__name__}")


def _optional_decimal(instance: object, attribute: attrs.Attribute, value: object) -> None:
    if value is not None:
        _decimal(instance, attribute, value)


@attrs.frozen
class Quantity:
    """A figure read from text, with 万/亿/千 folded into ``value``.

    ``text`` is ``source[span[0]:span[1]]`` and includes the qualifier words
    that were read (``超``, ``左右`` …) but not the trend word (``增长``).
    ``high`` is the upper end of a range; ``trend`` is ``"up"`` or ``"down"``
    when the figure is a change (``增长 4.5%``), else None.

    >>> Quantity(Decimal(5), "个", Qualifier.EXACT, "5个", (2, 4)).unit
    '个'
    """

    value: Decimal = attrs.field(validator=_decimal)
    unit: str
    qualifier: Qualifier
    text: str
    span: tuple[int, int]
    high: Decimal | None = attrs.field(default=None, validator=_optional_decimal)
    trend: str | None = None


_new = object.__new__
(_set_value, _set_unit, _set_qualifier, _set_text, _set_span, _set_high,
 _set_trend) = (Quantity.__dict__[field.name].__set__ for field in attrs.fields(Quantity))  # type: ignore[index]


def unchecked_quantity(value: Decimal, unit: str, qualifier: Qualifier, text: str, span: tuple[int, int],
                       high: Decimal | None, trend: str | None) -> Quantity:
    """A :class:`Quantity` built without its validators, for the scanner, whose values are Decimals already.

    attrs' ``__init__`` takes twice as long, and the scanner builds one for
    every figure of every report.

    >>> unchecked_quantity(Decimal(5), "个", Qualifier.EXACT, "5个", (2, 4), None, None) == Quantity(
    ...     Decimal(5), "个", Qualifier.EXACT, "5个", (2, 4))
    True
    """
    made = _new(Quantity)
    _set_value(made, value)
    _set_unit(made, unit)
    _set_qualifier(made, qualifier)
    _set_text(made, text)
    _set_span(made, span)
    _set_high(made, high)
    _set_trend(made, trend)
    return made
