"""Whether the way a review names a figure settles a drafted rule's doubt about its evidence words.

A drafted keyword may leave off words that narrow the plan's thing (the evidence's ``qualifiers``:
海洋 of 海洋生产总值). While the rule waits to be signed off (``check: evidence``), its finding stands only
where the review itself shows the figure is of the plan's thing:

- it names the thing with every qualifier (粮食总产量 for 粮食 of 粮食产量);
- it names a title only the state grants with no level at all, in a sentence naming none, where the plan's
  qualifier is the state's (制造业单项冠军 for 国家制造业单项冠军): a province names its own by their level. Not a
  kind of thing every level has (孵化器, 众创空间): its count with no level is of every level;
- it names the thing by another general name of built things where the plan's is left off (人防工程 for 人防 of
  人防设施): reviews write one for another;
- it names the government's own output (全市生产总值) where the plan's words only say whose (国内, 地区);
- it counts the figure in the unit the left-off words name the measure of (人 for 人口 of 农村人口饮水困难);
- it names a part of the plan's whole, and the part alone exceeds a minimum of an amount or count (为企业减负超
  3300亿元 for 为经营主体减负2500亿元以上): the whole, at least as much, exceeded it too.

>>> from pledgetrack.corpus import Position
>>> from pledgetrack.quantity import find_quantities
>>> sentence = "新增制造业单项冠军企业45家"
>>> champions = Candidate("d", "f.txt", Position(1, 1), sentence, "text", find_quantities(sentence)[0],
...                       named="新增制造业单项冠军企业")
>>> settled_by_naming(("国家",), champions, Grade.EXCEEDED, None)
'the review names it 新增制造业单项冠军企业 with no level, as a title of the state is named'
>>> sentence = "建有科技企业孵化器85家"
>>> incubators = Candidate("d", "f.txt", Position(1, 1), sentence, "text", find_quantities(sentence)[0],
...                        named="建有科技企业孵化器")
>>> settled_by_naming(("国家级",), incubators, Grade.EXCEEDED, None)  # of every level
''
"""

from __future__ import annotations

import re

from .evidence import Candidate
from .evidence.candidate import named_with
from .rules.model import Grade, Op
from .rules.target import Target
from .statements.lexicon import SHORT_NAMES
from .statements.stretches import BUILT
from .statements.words import MEASURED_IN

__all__ = ["settled_by_naming"]

# Official titles: the plan's words naming the state's level (国家制造业单项冠军, 国家级专精特新“小巨人”企业).
_STATE = ("国家", "国家级")
# Official titles that the state grants (工业和信息化部: 制造业单项冠军, 专精特新“小巨人”; 科技部: 高新技术企业), which
# reviews often name without 国家; what a province grants under a like name it names 省级.
_STATE_TITLES = ("单项冠军", "小巨人", "高新技术企业")
# Official titles: how a review names a title below the state's (省级, 市级, 省重点实验室, 市专精特新企业); not
# 市场 or 县城, which are no level.
_LOWER_LEVEL = re.compile(r"[省市县区州盟旗乡镇]级|省|市(?!场)|县(?![城域])")
# Official statistics: a whole and the parts it is counted of (经营主体 are 企业, 个体工商户 and 农民专业合作社).
_PARTS = {"经营主体": ("企业", "个体工商户", "农民专业合作社"), "市场主体": ("企业", "个体工商户", "农民专业合作社")}
# Official statistics: a government's own output goes by several names (国内生产总值 in a city's plan of 2004,
# 全市生产总值 or 地区生产总值 in its review): the words that tell them apart name the same territory.
_OUTPUT_NAMES = frozenset(("国内", "地区"))
_OWN_OUTPUT = re.compile("(?:全[省市县区州盟旗]|我[省市县区州盟旗]|本[省市县区])?(?:实现)?(?:地区|国内)?生产总值")
# Official statistics: qualifiers that only name what the figure's unit measures (农村人口饮水困难 counted in 人: the
# review's 解决农村31.5万人饮水困难 counts the same people).
_MEASURE_UNITS = {"人口": ("人",), "人数": ("人",), "户数": ("户",), **MEASURED_IN}
# Grammar: the words before a name that say of which territory, not of which level (全省, 本市).
_TERRITORY = re.compile(r"[全本][省市县区州盟旗乡镇]")


def settled_by_naming(qualifiers: tuple[str, ...], chosen: Candidate | None, grade: Grade,
                      target: Target | None) -> str:
    """How the review's naming of ``chosen``'s figure settles the doubt that the evidence leaves off
    ``qualifiers`` (a clause for the explanation), or '' where it does not.

    >>> from pledgetrack.corpus import Position
    >>> from pledgetrack.quantity import find_quantities
    >>> from pledgetrack.rules.target import from_quantity
    >>> sentence = "全年为企业减负超3300亿元"
    >>> burden = Candidate("d", "f.txt", Position(1, 1), sentence, "text", find_quantities(sentence)[0],
    ...                    named="为企业减负")
    >>> minimum = from_quantity(find_quantities("2500亿元以上")[0])
    >>> settled_by_naming(("经营主体",), burden, Grade.EXCEEDED, minimum)
    'the review names it 为企业减负, of 企业, a part of 经营主体 that alone exceeds the minimum'
    >>> settled_by_naming(("经营主体",), burden, Grade.MET, minimum)  # the whole may have exceeded it
    ''
    >>> sentence = "新增人防工程102万平方米"
    >>> shelters = Candidate("d", "f.txt", Position(1, 1), sentence, "text", find_quantities(sentence)[0],
    ...                      named="新增人防工程")
    >>> settled_by_naming(("设施",), shelters, Grade.EXCEEDED, minimum)
    'the review names it 新增人防工程: 工程, another general name of built things for 设施'
    """
    if not qualifiers or chosen is None or chosen.quantity is None:
        return ""
    if chosen.names_with(qualifiers):
        return f"the review names it {chosen.named}, as the plan does"
    unnamed = [word for word in qualifiers if not chosen.names_with((word,))]
    if all(any(word == name and chosen.names_with((short,)) for name, short in SHORT_NAMES) for word in unnamed):
        # (下岗职工 of 城镇下岗职工: the official short name of the plan's words)
        return f"the review names it {chosen.named}, by the official short name of {'、'.join(unnamed)}"
    if all(word in _STATE for word in unnamed) and any(title in chosen.named for title in _STATE_TITLES) \
            and not _LOWER_LEVEL.search(_TERRITORY.sub("", chosen.text)):
        return f"the review names it {chosen.named} with no level, as a title of the state is named"
    built = next((name for name in BUILT if named_with(chosen.named, (name,), chosen.text)), "") \
        if all(word in BUILT for word in unnamed) else ""
    if built:
        return f"the review names it {chosen.named}: {built}, another general name of built things for {unnamed[0]}"
    if set(unnamed) <= _OUTPUT_NAMES and _OWN_OUTPUT.fullmatch(chosen.named):
        return f"the review names it {chosen.named}, the output of the government's own territory"
    unit = chosen.quantity.unit
    if all(unit in _MEASURE_UNITS.get(word, ()) for word in unnamed):
        return f"the review counts it in {unit}, which measures {'、'.join(unnamed)}"
    if len(unnamed) == 1 and _exceeded_alone(grade, target):
        part = next((p for p in _PARTS.get(unnamed[0], ()) if named_with(chosen.named, (p,), chosen.text)), "")
        if part:
            return f"the review names it {chosen.named}, of {part}, a part of {unnamed[0]} that alone exceeds the minimum"
    return ""


def _exceeded_alone(grade: Grade, target: Target | None) -> bool:
    """Whether a part's grade holds for the whole: a minimum of an amount or count that the part alone exceeded
    (a part that only met it leaves open whether the whole exceeded it)."""
    return (grade is Grade.EXCEEDED and target is not None and target.unit != "%"
            and target.op in (Op.AT_LEAST, Op.MORE_THAN))
