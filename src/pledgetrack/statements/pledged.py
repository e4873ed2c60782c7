"""What a pledge's quote states of its target figure: its statement, read as the reviews are (the indicator, the
measure, the period, a real change), and the statement its words name where the target is another item's.

>>> pledged_measure("地区生产总值增长5%左右", "5%左右").value
'growth'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..corpus.normalise import normalise
from .model import Measure, Period, Statement
from .read import figures_in, read_sentence
from .words import DEADLINE


def pledged_real(quote: str, figure: str) -> bool:
    """Whether the quote promises the target figure ``figure`` as a real change, prices taken out.

    >>> pledged_real("农民人均纯收入实际增长7%", "7%"), pledged_real("地区生产总值增长10%左右", "10%左右")
    (True, False)

    A rise promised without a figure is real where the quote names the real thing (使职工实际收入有所增长):

    >>> pledged_real("使职工实际收入有所增长", "增长"), pledged_real("千方百计增加农民收入", "增长")
    (True, False)
    """
    if not figures_in(quote):
        return bool(_REAL_THING.search(quote))
    found = pledged_statement(quote, figure)
    return found is not None and found.real


# Grammar: a thing named as real (实际收入, 实际工资), prices taken out.
_REAL_THING = re.compile("实际(?:收入|工资|增长)")


def pledged_reached(quote: str, figure: str) -> bool:
    """Whether the quote promises the target figure ``figure`` as a level reached or held (达到, 提高到, 稳定在), not
    as what the year does.

    >>> pledged_reached("研发经费投入强度达到1.6%", "1.6%"), pledged_reached("建设高标准农田300万亩", "300万亩")
    (True, False)
    """
    found = pledged_statement(quote, figure)
    return found is not None and found.reached


def pledged_measure(quote: str, figure: str) -> Measure | None:
    """The measure the quote gives the target figure ``figure`` (its text as read), or None.

    >>> pledged_measure("地区生产总值增长5%左右", "5%左右").value
    'growth'
    >>> pledged_measure("力争国家高新技术企业达3500家以上", "3500家以上").value
    'total'
    """
    found = pledged_statement(quote, figure)
    return found.measure if found is not None else None


def target_period(quote: str, figure: str, year: int) -> tuple[str, int | None]:
    """Why one year's figure cannot settle a target, where the quote sets it for other years ('' where it
    can), and the later year of a deadline ("到2017年底前实现…全部脱贫"), reached early if reached at all.

    "今后五年…平均每年实际增长百分之五左右", "１９９７年钢产量达到９４００万吨" in the 1993 plan: a year's outcome
    settles neither an average of five years nor a goal of 1997.

    >>> target_period("１９９７年钢产量达到９４００万吨", "９４００万吨", 1993)
    ('the target (9400万吨) is for 1997, not for 1993 alone', None)
    >>> target_period("到2017年底前实现农村贫困人口96户全部稳定脱贫", "96户", 2016)[1]
    2017
    """
    aim = pledged_statement(quote, figure, year) if figure else None
    when, deadline = period_apart(aim, year, quote) if aim is not None else ("", None)
    return (f"the target ({aim.quantity.text.strip()}) is {when}, not for {year} alone" if when else ""), deadline


def period_apart(statement: Statement, year: int, said: str) -> tuple[str, int | None]:
    """When ``statement``, a target, is for where that is not ``year`` ("for 1997", "for several years"; '' where it
    is), and its year where that is later and the words ``said`` before it make it a deadline (到2017年底前…), by
    which it may be reached early.

    >>> period_apart(read_sentence("到2017年底前实现农村贫困人口96户全部稳定脱贫", 2016)[0], 2016, "到2017年底前")
    ('for 2017', 2017)
    """
    if statement.period not in (Period.SEVERAL_YEARS, Period.OTHER_YEAR) or statement.year == year:
        return "", None
    when = f"for {statement.year}" if statement.period is Period.OTHER_YEAR else "for several years"
    later = statement.period is Period.OTHER_YEAR and statement.year > year
    return when, statement.year if later and DEADLINE.search(normalise(said)) else None


def named_figure(quote: str, figure: str, words: Iterable[str]) -> Statement | None:
    """The quote's statement that the rule's ``words`` name, where the target ``figure`` is said of another
    indicator or item than they name (None where it is theirs, or where no one other figure is).

    A word is named by a statement whose indicator holds it, or whose indicator ends it and whose list
    stands after the rest of it ("粮食播种面积1.1亿亩、产量825亿斤": 粮食产量). A figure that only
    qualifies a noun (投资5000万元以上项目) names no indicator of its own.

    >>> named_figure("城镇、农村居民人均可支配收入分别增长5%、6.5%左右", "5%", ("农村", "人均可支配收入")).quantity.text
    '6.5%左右'
    >>> named_figure("全年粮食播种面积1.1亿亩、产量825亿斤以上", "1.1亿亩", ("粮食产量",)).quantity.text
    '825亿斤以上'
    >>> named_figure("引进投资5000万元以上项目100个以上", "5000万元以上", ("5000万元以上",)).quantity.text
    '100个以上'
    >>> named_figure("城镇、农村居民人均可支配收入分别增长5%、6.5%左右", "6.5%左右", ("农村", "人均可支配收入"))
    """
    aim = pledged_statement(quote, figure)
    if aim is None:
        return None
    text = normalise(quote)
    words = [normalise(w) for w in words if w]

    def named(statement: Statement) -> int:
        before = text[:statement.quantity.span[0]]
        return sum(word in statement.indicator
                   or (len(statement.indicator) >= 2 and word.endswith(statement.indicator)
                       and word[:-len(statement.indicator)] in before) for word in words)
    others = [s for s in read_sentence(text) if s is not aim and s.quantity.text != aim.quantity.text]
    most = max(map(named, others), default=0)
    better = [s for s in others if named(s) == most]
    return better[0] if most > named(aim) and len(better) == 1 else None


@functools.lru_cache(maxsize=4096)
def pledged_statement(quote: str, figure: str, year: int | None = None) -> Statement | None:
    """The quote's statement of the target figure ``figure``, read as of the pledge's ``year``.

    >>> pledged_statement("１９９７年钢产量达到９４００万吨", "９４００万吨", 1993).period.value
    'other_year'
    >>> pledged_statement("城镇居民人均生活费收入平均每年实际增长百分之五左右", "百分之五左右", 1993).period.value
    'several_years'
    """
    # a quote is as the plan writes it (１９９７年); the reader reads normalised text, as reports are read
    wanted = normalise(figure).strip()
    return next((s for s in read_sentence(normalise(quote), year) if s.quantity.text.strip() == wanted), None)
