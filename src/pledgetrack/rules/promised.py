"""Which figure of a quote is promised: not the start of a change ("由420元提高到450元"), nor the size that picks
the things counted ("10万元以上的村达到8个"); a named target that is one of them leads to the figure it leads to.

>>> from pledgetrack.quantity import find_quantities
>>> [starting_point("由每人每年420元提高到450元", q) for q in find_quantities("由每人每年420元提高到450元")]
[True, False]
"""

from __future__ import annotations

import re

from ..corpus.normalise import fold_key
from ..quantity import Quantity, find_quantities
from ..statements.words import SET_OF

__all__ = ["led_to", "named_figure", "names_the_set", "picks_things", "starting_point"]

# Grammar: "由30万元提高到50万元" names the level reached after 到/至; the level left after 由/从.
_FROM = re.compile(r"[由从][^，。；、]*$")
_TO = re.compile(r"(?:提高|提升|增加|增长|扩大|下降|降低|减少|压减|降)?(?:到|至)")


def led_to(quote: str, target: str) -> Quantity | None:
    """The figure a named target leads to, where it names no promise of its own: the start of a change
    ("城镇化率由41.2%提高到43%": 43%) or the size that picks the things counted ("10万元以上的村达到8个": 8个); else None.

    >>> led_to("城镇化率由41.2%提高到43%", "41.2%").text, led_to("新开工亿元以上项目40个", "亿元以上").text
    ('43%', '40个')
    >>> led_to("地区生产总值增长7.5%，达到309亿元", "7.5%") is None
    True
    """
    figures = find_quantities(quote)
    named = next((k for k, q in enumerate(figures) if fold_key(q.text) == fold_key(target)), None)
    if named is None or named + 1 == len(figures):
        return None
    q = figures[named]
    return figures[named + 1] if starting_point(quote, q) or picks_things(quote, q) else None


def picks_things(quote: str, quantity: Quantity) -> bool:
    """Whether ``quantity`` is a size that picks the things counted after it ("引进亿元以上项目20个": 亿元以上 picks
    the projects; "10万元以上的村达到8个"), no promise of its own.

    >>> [picks_things("全年引进亿元以上项目20个", q) for q in find_quantities("全年引进亿元以上项目20个")]
    [True, False]
    """
    return quantity.text.endswith(("以上", "以下")) and _CJK_NOUN.match(quote, quantity.span[1]) is not None


def named_figure(quote: str, target: str) -> Quantity | None:
    """The figure of ``quote`` a named target is, read in its place (a figure of a 分别 list keeps the list's 下降);
    None where no figure of the quote is written so.

    >>> named_figure("化学需氧量、氨氮排放量分别下降1.5%、1.8%", "1.8%").trend
    'down'
    """
    return next((q for q in find_quantities(quote) if fold_key(q.text) == fold_key(target)), None)


# Grammar: a noun right after a figure (10万元以上的|村, 亿元以上|项目): the figure picks the things it names.
_CJK_NOUN = re.compile("的?[\u4e00-\u9fff]")


def names_the_set(quote: str, quantity: Quantity) -> bool:
    """Whether ``quantity`` counts the set the next count is taken from ("２８户国有大中型亏损企业中有２０户以上实现扭亏
    脱困": the 28 are the set, the 20 the promise).

    >>> [names_the_set("28户亏损企业中有20户以上实现扭亏", q) for q in find_quantities("28户亏损企业中有20户以上实现扭亏")]
    [True, False]
    """
    return SET_OF.match(quote, quantity.span[1]) is not None


def starting_point(quote: str, quantity: Quantity) -> bool:
    """Whether ``quantity`` is where a change ``quote`` promises starts ("由每人每年420元提高到450元",
    "从2.77%提高到3.3%": the first figure)."""
    before = quote[max(0, quantity.span[0] - 8):quantity.span[0]]
    after = quote[quantity.span[1]:quantity.span[1] + 6]
    return bool(_FROM.search(before)) and bool(_TO.match(after))
