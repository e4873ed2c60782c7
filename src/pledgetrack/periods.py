"""Whether a rule's target is for its year: a goal of another year or of several years is settled by no one year's
figure, wherever the plan says so: in the quote itself (今后五年…年均增长, 1997年钢产量达到…), in its sentence before the
quote (确保到2025年，|…突破5万元), or in the heading the quote stands under (今后五年的主要目标).

>>> from pledgetrack import load_corpus, load_rules
>>> corpus = load_corpus()
>>> rule = load_rules(corpus=corpus)["yuexiu-2023-job-fairs"]
>>> other_period(rule, corpus, rule.target)
('', None)
"""

from __future__ import annotations

import re

from .corpus import Corpus
from .corpus.normalise import normalise
from .corpus.scope import period_heading
from .quantity.numerals import read_chinese
from .rules.book import Rule
from .rules.target import Target
from .statements import target_period
from .statements.document import framed_period
from .statements.words import NAMED_YEAR, year_named

__all__ = ["done_late", "milestone_deadline", "milestone_of_years", "other_period"]


def other_period(rule: Rule, corpus: Corpus, target: Target) -> tuple[str, int | None]:
    """Why one year's figure cannot settle ``target`` ('' where it can), and the later year of a deadline (到2025年),
    by which the target may be reached early."""
    period, deadline = target_period(rule.pledge.quote, target.text, rule.year)
    if not period:
        period, deadline = _framed(rule, corpus, target)
    if not period:
        period = _heading_of_several_years(rule, corpus)
    return period, deadline


def _framed(rule: Rule, corpus: Corpus, target: Target) -> tuple[str, int | None]:
    """The period the plan's sentence frames the quote with before it ("确保到2025年，|全镇农村居民人均可支配收入突破
    5万元"), where it is not the rule's year."""
    for place in rule.places:
        when, deadline = framed_period(corpus[place.document], place.start, place.end, target.text, rule.year)
        if when:
            return when, deadline
    return "", None


def _heading_of_several_years(rule: Rule, corpus: Corpus) -> str:
    """Why the pledge's quote is a goal for several years: the heading it stands under sets them ("二、“十一五”时期…的
    主要目标", "今后五年的主要任务"); '' where it does not, or where the quote stands in the year's plan too
    (森林覆盖率稳定在65%以上, a goal of the five years and of the year alike)."""
    said = [period_heading(corpus[place.document], place.start, rule.year) for place in rule.places]
    return said[0] if said and all(said) else ""


def milestone_deadline(quote: str, year: int) -> int | None:
    """The later year a milestone's quote sets as its deadline ("峡阳长江大桥确保2003年建成通车" in the plan of 2002), or
    None: not done in ``year``, it is not missed, with time left.

    >>> milestone_deadline("峡阳长江大桥确保２００３年建成通车", 2002), milestone_deadline("2002年建成通车", 2002)
    (2003, None)
    """
    later = [named for found in NAMED_YEAR.finditer(normalise(quote)) if (named := year_named(found.group(1))) > year]
    return max(later, default=None)


def milestone_of_years(quote: str, year: int) -> str:
    """Why a milestone is a goal of several years, not of ``year`` ("用三年左右时间，使…亏损企业摆脱困境"), or ''.

    >>> milestone_of_years("用三年左右时间，使全市大多数国有大中型亏损企业摆脱困境", 1998)
    'the quote sets a goal of several years (用三年左右时间), not of 1998 alone'
    >>> milestone_of_years("年内建成区图书馆新馆", 2024), milestone_of_years("全面完成国企改革三年行动任务", 2022)
    ('', '')
    """
    several = _YEARS_GIVEN.search(normalise(quote))
    return f"the quote sets a goal of several years ({several.group()}), not of {year} alone" if several else ""


# Grammar: the years a deed is given (用三年左右时间, 经过两年努力, 三年内, 今后五年); not a programme named by its
# years (国企改革三年行动) nor a schooling (九年义务教育).
_YEARS_GIVEN = re.compile("(?:用|经过)[两二三四五六七八九十]年(?:左右)?(?:的)?(?:时间|努力)|[两二三四五六七八九十]年(?:之)?内"
                          "|(?:今后|未来)[两二三四五六七八九十]年")


# A month's number in Arabic or Chinese digits (9月, 十月, 十一月).
_MONTH_NUMBER = r"\d{1,2}|十[一二]?|[一二三四五六七八九]"
# Grammar: a deadline inside the plan's year, and the month it ends with (上半年开工, 一季度, 6月底前, 年中).
_IN_YEAR = ((re.compile("一季度|第一季度"), 3), (re.compile("上半年|二季度|第二季度|年中"), 6),
            (re.compile("三季度|第三季度"), 9), (re.compile(rf"({_MONTH_NUMBER})月(?:底|末)?(?:前|以前|之前)"), 0))
# Grammar: the month a review says a deed was done in, right before it (于2016年9月开工建设, 9月28日建成通车,
# 于一九九五年十月破土动工).
_MONTH_DONE = re.compile(rf"(?:于|在)?(?:(?:19|20)\d\d年|[〇○零一二三四五六七八九]{{4}}年)?({_MONTH_NUMBER})月"
                         r"(?:[\d一二三四五六七八九十]{1,3}日)?(?:正式|顺利|如期)?$")


def done_late(quote: str, sentence: str, completion: str, words: tuple[str, ...]) -> str:
    """Why a milestone stated done (``completion`` in ``sentence``, after the first of the evidence ``words``) was done
    after the month ``quote`` set inside the year, or '' ("确保南碧高速公路上半年开工建设" and "南碧高速公路于2016年9月开工
    建设": September, after June).

    >>> done_late("确保南碧高速公路上半年开工建设", "南碧高速公路于2016年9月开工建设", "开工", ("南碧高速公路",))
    'done in 9月, after the deadline the quote sets (上半年)'
    >>> done_late("南碧高速公路年内开工建设", "南碧高速公路于2016年9月开工建设", "开工", ("南碧高速公路",))
    ''
    """
    quote, sentence = normalise(quote), normalise(sentence)
    deadline = next(((found.group(), month or _month(found.group(1))) for pattern, month in _IN_YEAR
                     if (found := pattern.search(quote))), None)
    named = min((at for word in words if (at := sentence.find(normalise(word))) != -1), default=-1)
    at = sentence.find(completion, named) if named != -1 else -1
    said = _MONTH_DONE.search(sentence, named, at) if deadline and at > 0 else None
    if said is None or not 1 <= _month(said.group(1)) <= 12 or _month(said.group(1)) <= deadline[1]:
        return ""
    return f"done in {said.group(1)}月, after the deadline the quote sets ({deadline[0]})"


def _month(number: str) -> int:
    """The month a number names, in Arabic or Chinese digits ("9", "十一")."""
    return int(number) if number.isdigit() else int(read_chinese(number, 0)[0])
