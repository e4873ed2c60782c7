"""Deeds that make a figure count other things than a pledge's: works at another stage or of another deed, things
not taken away, two deeds summed.

>>> another_deed("竣工", "新开工经济适用住房3000套")
True
"""

from __future__ import annotations

import re

from ..quantity.units import is_count
from .model import Statement
from .words import BUILT_NEW, FINISHED, RENOVATED, STARTED

__all__ = ["another_deed", "deeds_summed", "not_taken_away"]

# The deeds that count works apart: (what the quote promises, what the words around a figure say instead). Works
# a plan promises to complete (完成加装电梯150台) are finished ones. Official statistics of investment count what was
# contracted (合同, 协议, 签约) apart from what was actually paid in (实际利用, 实际到位): sibling measures, never a
# part and its whole.
_PAID_IN = ("实际利用", "实际使用", "实际到位", "到位")
_CONTRACTED = ("合同", "协议", "签约")
_UNDER_WAY = ("续建", "在建")  # (works still being built: 新建续建道路72公里 are no roads opened)
# (projects brought in, 引进亿元以上项目, are not the projects carried out, 实施亿元以上项目35个; nor are those carried out
# the ones finished among them, 竣工投产…项目41个; those begun are, where a programme is carried out by beginning it:
# 实施城中村改造6万户 is 开工改造…城中村6万户)
_BROUGHT_IN, _CARRIED_OUT = ("引进", "招引"), ("实施",)
# (projects signed are neither begun nor finished: 签约亿元以上项目64个 for 竣工投产项目35个)
# (nor are projects brought in those begun or finished in the year: 竣工投产亿元以上项目174个 for 新引进…100个; those
# signed are: projects are brought in by contract, 新签约亿元以上项目46个)
_APART_EITHER_WAY = ((BUILT_NEW, RENOVATED), (_PAID_IN, _CONTRACTED), (_CARRIED_OUT, FINISHED),
                     (STARTED + FINISHED, _CONTRACTED), (_BROUGHT_IN, STARTED + FINISHED))
# (works begun in the year are not all those carried forward, 推进城市更新项目21个, which counts ones begun before)
_CARRIED_FORWARD = ("推进",)
_OTHER_DEEDS = ((STARTED, FINISHED), (FINISHED + ("完成",), STARTED + _UNDER_WAY), (_BROUGHT_IN, _CARRIED_OUT),
                (STARTED, _UNDER_WAY + _CARRIED_FORWARD),
                *((one, other) for pair in _APART_EITHER_WAY for one, other in (pair, pair[::-1])))


def another_deed(around: str, quote: str) -> bool:
    """Whether the words ``around`` the pledge's word count works at another stage than the quote promises (finished
    where it promises them started, or started where it promises them finished), or works of another deed (existing
    ones renovated where it promises new ones, or the other way round).

    >>> another_deed("竣工", "新开工经济适用住房3000套"), another_deed("基本建成", "新开工保障性住房3000套")
    (True, True)
    >>> another_deed("开工建设", "新开工保障性住房3000套"), another_deed("竣工", "新建经济适用住房1亿平方米")
    (False, False)
    >>> another_deed("开工", "完成既有住宅加装电梯150台"), another_deed("改造提升", "新建社区卫生服务站6个")
    (True, True)
    >>> another_deed("改造", "新建改造排水管网12公里"), another_deed("合同", "实际利用外资2500万美元")
    (False, True)
    >>> another_deed("签约", "竣工投产项目35个"), another_deed("全年推进", "其中新开工8个")
    (True, True)
    >>> another_deed("竣工投产", "力争新引进亿元以上项目100个"), another_deed("新引进", "新开工亿元以上项目50个")
    (True, True)
    >>> another_deed("新签约", "力争新引进亿元以上项目100个")
    False
    """
    around, quote = around.replace("建成区", ""), quote.replace("建成区", "")  # (a built-up area is no stage)
    for said, other in _OTHER_DEEDS:
        if any(w in quote for w in said) and not any(w in quote for w in other) \
                and any(w in around for w in other) and not any(w in around for w in said):
            return True
    return False


# Grammar: the deeds that count things taken away (减少农村贫困人口1.8万人, 退出贫困村30个, 淘汰落后产能), each
# written for another (74.5万农村贫困人口实现脱贫 are the poor reduced; 关闭煤矿63处 are mines closed and withdrawn).
_TAKEN_AWAY = ("减少", "削减", "压减", "退出", "淘汰", "关停", "关闭", "化解", "清退", "取缔", "脱贫")


def not_taken_away(around: str, word: str, quote: str, statement: Statement) -> bool:
    """Whether the quote counts the things its ``word`` names as taken away (减少|贫困人口) and the figure counts
    them otherwise: named without such a deed and no fall (1.06万名贫困人口纳入农村低保, 120个贫困村驻村工作队).

    >>> from pledgetrack.statements import read_sentence
    >>> not_taken_away("纳入农村低保", "贫困人口", "减少农村贫困人口1.8万人", read_sentence("1.06万名贫困人口纳入农村低保")[0])
    True
    >>> not_taken_away("扭亏为盈", "亏损企业", "亏损企业减少三十户", read_sentence("全年有31户亏损企业扭亏为盈")[0])
    True
    """
    at = quote.find(word)
    # (the deed before the word, 减少|农村贫困人口, or, for things counted, right after it, 亏损企业|减少三十户: a fall
    # of an amount, 亏损额减少15%, is its change, graded as one)
    after = quote[at + len(word):at + len(word) + 2] if is_count(statement.quantity.unit) else ""
    said = quote[max(0, at - 6):at] + after if at != -1 else ""
    return any(deed in said for deed in _TAKEN_AWAY) and not any(deed in around for deed in _TAKEN_AWAY) \
        and statement.quantity.trend != "down"


# Grammar: two deeds joined before one thing (新增和改善灌溉面积, 新建及改造道路, 新开和调整公交线路): one figure of
# both, their sum.
_DEEDS_JOINED = "(新增|新建|新开辟|新开|开辟|改善|改造|改建|扩建|修缮|新开工|续建|调整|优化|延伸)"
_JOINED_DEEDS = re.compile(_DEEDS_JOINED + "[和及与、]" + _DEEDS_JOINED)


def deeds_summed(prefix: str, quote: str) -> bool:
    """Whether the words before the pledge's word join two deeds (新增和改善) of which the quote names one only: the
    figure is the sum of both, a wider indicator than the pledged one.

    >>> deeds_summed("新增和改善", "新增有效灌溉面积5万亩"), deeds_summed("新建改造", "新建改造道路10公里")
    (True, False)
    """
    joined = _JOINED_DEEDS.search(prefix)
    return joined is not None and not all(deed in quote for deed in joined.groups())
