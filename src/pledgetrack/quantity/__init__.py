"""Quantities in Chinese government reports: value, unit, qualifier, trend.

Figures are read as a careful reader would: 万 and 亿 are folded into the value
(an exact :class:`~decimal.Decimal`, never a float), units are canonical, and
qualifier words before or after the figure (超, 不少于, 左右, 以内 …) are kept
in ``text``. Years, dates, ordinals and names that contain digits are not
quantities. See docs/quantities.md for the tables.

>>> q = parse_quantity("提供就业岗位超 9.7 万个")
>>> q.value, q.unit, q.qualifier.value, q.text
(Decimal('97000'), '个', 'more_than', '超 9.7 万个')
"""

from __future__ import annotations

from ..errors import QuantityError
from .model import Qualifier, Quantity
from .scan import scan
from .units import UNIT_FAMILIES, comparable, same_family, scale

__all__ = ["UNIT_FAMILIES", "Qualifier", "Quantity", "as_stated", "comparable", "find_quantities", "parse_quantity",
           "same_family", "scale"]


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in running text, in order of appearance.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("组织各类招聘会 175 场,全区新增就业人员约 2.7 万名")]
    [('175 场', Decimal('175'), '场'), ('约 2.7 万名', Decimal('27000'), '名')]
    >>> find_quantities("全面落实省委“1310”具体部署，2023 年以来")
    []
    """
    return scan(text)


def parse_quantity(text: str) -> Quantity:
    """The one quantity in ``text``; raises :class:`~pledgetrack.errors.QuantityError` otherwise.

    Words around the figure are allowed. A number without a unit is accepted
    here (not in :func:`find_quantities`) when it is all there is.

    >>> parse_quantity("增长 4.5%左右")  # doctest: +NORMALIZE_WHITESPACE
    Quantity(value=Decimal('4.5'), unit='%', qualifier=<Qualifier.ABOUT: 'about'>, text='4.5%左右',
             span=(3, 9), high=None, trend='up')
    >>> parse_quantity("新缔结 2—3 对穗港澳姊妹学校").high
    Decimal('3')
    """
    first: dict[tuple[object, ...], Quantity] = {}
    for q in scan(text):
        first.setdefault((q.value, q.unit, q.qualifier, q.high), q)
    distinct = list(first.values()) or scan(text, loose=True)
    if not distinct:
        raise QuantityError(f"no quantity in {text!r}")
    if len(distinct) > 1:
        listed = ", ".join(repr(q.text) for q in distinct)
        raise QuantityError(f"{len(distinct)} quantities in {text!r}: {listed}")
    return distinct[0]


def as_stated(quantity: Quantity) -> Quantity:
    """The figure as its own text states it, where it was read in another unit of its kind to compare it with a
    pledge (一百四十五亿斤 read as 72.5亿 千克): the report's figure, which an auditor cites.

    >>> import attrs
    >>> from decimal import Decimal
    >>> read = attrs.evolve(parse_quantity("一百四十五亿斤"), value=Decimal("7250000000"), unit="千克")
    >>> as_stated(read).value, as_stated(read).unit
    (Decimal('14500000000'), '斤')
    """
    stated = next(iter(scan(quantity.text)), None)
    if stated is None or stated.unit == quantity.unit or scale(stated.unit, quantity.unit) is None:
        return quantity  # (as stated, or a share of the plan, 完成年计划的112%, given as the amount it stands for)
    return stated
