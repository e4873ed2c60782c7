"""The phrase a plan's figure measures, as the grader reads it: the indicator of the target's statement
(statements.read_sentence, the one reader of sentences), its verbs, lead-ins and numbering left off.

>>> from pledgetrack.quantity import find_quantities
>>> indicator_phrase("新建5个口袋公园", find_quantities("新建5个口袋公园")[0])
'口袋公园'
>>> indicator_phrase("组织线上、线下招聘会不少于100场", find_quantities("组织线上、线下招聘会不少于100场")[0])
'线上、线下招聘会'
>>> indicator_phrase("地区生产总值增长4.5%左右", find_quantities("地区生产总值增长4.5%左右")[0])
'地区生产总值'
"""

from __future__ import annotations

import re

from ..quantity import Quantity
from ..statements import Statement, read_sentence
from ..statements.ellipsis import COUNT_OF_ALL, MEASURES_NAMED_ALONE
from ..statements.words import ORDINAL, trimmed_name
from ..statements.lexicon import CJK as _CLASSIFIER_LIKE, VERBS as _VERBS
from ..statements.stretches import cjk_run as _cjk_run, deed_only, strip_words as _strip, without_lead_ins
from .words import names_nothing

__all__ = ["indicator_phrase"]

# Grammar: an abbreviation or the kinds a name stands for, in brackets after it (广义货币供应量（M2）, 试点县（市、区）):
# no part of the name the reviews are searched by.
_PARENTHESISED = re.compile(r"[（(][^（）()]{1,8}[）)]")
# Official statistics: what a piece of a sentence may name alone, of the thing the sentence names before it (the
# statements' reading says which).
_NAMED_ALONE = frozenset(MEASURES_NAMED_ALONE + COUNT_OF_ALL)


# Grammar: a share named by what it is a share of (占地区生产总值比重), of the thing named before.
_SHARE_OF = ("占", "所占")


def indicator_phrase(text: str, figure: Quantity, before: str = "") -> str:
    """What ``figure`` of ``text`` measures: the indicator the statements stage reads for it (the grader's one
    reading of a sentence), its verbs and lead-ins left off; "" where it names nothing in particular. ``before``
    is the sentence before ``text``, where ``text`` is a piece of one.

    >>> from pledgetrack.quantity import find_quantities
    >>> text = "全面完成城区内178座10蒸吨及以下的各类燃煤小锅炉淘汰工作"
    >>> indicator_phrase(text, find_quantities(text)[0])
    '10蒸吨及以下的各类燃煤小锅炉淘汰'
    >>> text = "地方财政收入由去年的120亿元增加到150亿元"
    >>> indicator_phrase(text, find_quantities(text)[1]), indicator_phrase("投资4.7亿元", find_quantities("投资4.7亿元")[0])
    ('地方财政收入', '')
    """
    said = _said(text, figure.span)
    if before and said is not None and (said.indicator in _NAMED_ALONE or said.indicator.startswith(_SHARE_OF)
                                        or deed_only(said.indicator) and names_nothing(text[figure.span[1]:])):
        # "…粮食播种面积1.1亿亩、|产量825亿斤", "净增1100家“四上”企业，|总数达1.21万家": a measure or a total alone is
        # read with the sentence ``before`` the piece, and so is a deed alone ("城镇住房重建开工8万套，|竣工5万套") and
        # a share of something the thing before is ("数字经济核心产业增加值增长9%以上，|占地区生产总值比重达到18%")
        said = _said(before + text, (figure.span[0] + len(before), figure.span[1] + len(before))) or said
    if said is None:
        return ""
    phrase = _PARENTHESISED.sub("", said.indicator).strip(" 、，,")
    if "以" in text[:figure.span[0]] and "为" in phrase[1:] and text.startswith(phrase, figure.span[1]):
        phrase = phrase[:phrase.index("为", 1)]  # "以办好10件民生实事为牵引": 以 X 为 Y names X
    # A verb is left on where what remains would be too short to say anything (再就业, 完成投资).
    numbered = ORDINAL.match(phrase)  # "三是配置自动体外除颤器": the plan's own numbering
    phrase = phrase[numbered.end():] if numbered else phrase
    phrase = without_lead_ins(phrase)
    if phrase[:1] in "和及与" and phrase[1:].startswith(tuple(_VERBS)):  # "新建和改造高标准农田": two deeds
        phrase = without_lead_ins(phrase[1:])
    stripped = _strip(phrase, ("工作", "问题"), from_end=True)
    # (not where a word of two characters would be left to name it: 贫困人口的温饱问题 is named by 温饱问题)
    phrase = stripped if len(stripped.rsplit("的", 1)[-1]) > 2 else phrase
    # quotation marks around the whole name are no part of it ("“断头路”" is written 断头路 too)
    phrase = trimmed_name(phrase)
    after = text[figure.span[1]:].removeprefix("的")
    if (names_nothing(phrase) or phrase.endswith("投资")) and after[:1] and _CLASSIFIER_LIKE.match(after[0]) \
            and not text.startswith(said.indicator, figure.span[1]):
        # "投资2亿元的智慧城市项目", "完成2019年度7.89亿元政府隐性债务化解目标": an amount qualifying the noun
        # after it is that noun's, where the words before it name no thing of their own
        noun = _strip(without_lead_ins(_cjk_run(after, from_end=False)), ("工作", "问题"), from_end=True)
        phrase = noun if not names_nothing(noun) else phrase
    if phrase and names_nothing(phrase) and text.startswith(said.indicator, figure.span[1]):
        # "保护区4家企业": a count's noun too general to name the thing alone is named with the words before it
        left = without_lead_ins(_cjk_run(text[:figure.span[0]], from_end=True), keep=2)
        phrase = left + phrase if not names_nothing(left) else phrase
    return "" if names_nothing(phrase) else phrase


def _said(text: str, span: tuple[int, int]) -> Statement | None:
    return next((s for s in read_sentence(text) if s.quantity.span == span), None)
