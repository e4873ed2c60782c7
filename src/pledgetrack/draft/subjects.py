"""Which indicators a plan's figure is of, where its own words do not say it alone: each of a list that one
rate is promised of, and the thing a task named by its deed alone is done to, as its paragraph names it.

>>> from pledgetrack.quantity import find_quantities
>>> text = "全社会固定资产投资和社会消费品零售总额均增长13%左右"
>>> listed_phrases(text, find_quantities(text)[0])
['全社会固定资产投资', '社会消费品零售总额']
>>> text = "城镇居民和农民人均可支配收入增长13%以上"
>>> listed_phrases(text, find_quantities(text)[0])
['城镇居民人均可支配收入', '农民人均可支配收入']
"""

from __future__ import annotations

import re

from ..corpus import Document
from ..quantity import Quantity
from ..statements.aims import HEADS
from ..statements.lists import listed_items
from ..statements.lexicon import DEED_TASK, LEAD_INS, PROJECT, RESPECTIVELY, VERBS
from ..statements.stretches import cjk_run as _cjk_run, strip_words as _strip
from ..statements.words import trailing_predicate
from .words import ReviewWords, names_nothing, strip_lead_ins

__all__ = ["listed_phrases", "paragraph_before", "topic_of"]

# Grammar: the words that join the items of a list.
_LIST = re.compile("[和与及、]")


def listed_phrases(text: str, figure: Quantity, previous_end: int = 0) -> list[str]:
    """Each indicator of a list that one rate is promised of ("X和Y均增长13%": X and Y each), else [].

    >>> from pledgetrack.quantity import find_quantities
    >>> text = "组织线上、线下招聘会不少于100场"
    >>> listed_phrases(text, find_quantities(text)[0])
    []
    >>> text = "城镇居民人均可支配收入和农民人均纯收入实际增长百分之五"
    >>> listed_phrases(text, find_quantities(text)[0])
    ['城镇居民人均可支配收入', '农民人均纯收入']
    """
    subject = _strip(text[previous_end:figure.span[0]].strip(), LEAD_INS, from_end=True)
    subject = subject[:len(subject) - len(trailing_predicate(subject))]  # "…纯收入实际增长": 实际 is said of them
    if figure.unit != "%" or RESPECTIVELY in subject or not _LIST.search(subject):
        return []
    # (a short item names a group of the last item's whole: 城镇居民和农民人均可支配收入)
    items = [strip_lead_ins(item) for item in listed_items(subject)]
    # only indicators of official statistics, each named whole: "线上、线下招聘会" names one thing, and
    # "研究与试验发展经费" is one name
    if len(items) < 2 or any(len(item) < 4 or names_nothing(item) or not item.endswith(HEADS) for item in items):
        return []  # (乡及乡以上工业总产值: one thing)
    return items


def topic_of(heard_words: ReviewWords, phrase: str, before: str) -> str:
    """The thing a task named by its deed alone is done to, as the paragraph names it ``before`` and a review
    sentence holds it ("四是全力推进棚户区改造工程。…完成8008户改造任务" → 棚户区改造), else "".

    >>> topic_of(ReviewWords(["全年完成棚户区改造124.1万平方米"]), "改造任务", "四是全力推进棚户区改造工程。")
    '棚户区改造'
    >>> topic_of(ReviewWords(["完成棚户区改造1.8万户"]), "征拆和安置任务", "推进总投资103.7亿元的棚户区改造工程，全面完成")
    '棚户区改造'
    """
    found = DEED_TASK.fullmatch(phrase)
    if found is None:
        return ""
    deed = found.group(1)
    at = before.rfind(deed)
    run = _cjk_run(before[:at], from_end=True) if at > 0 else ""
    for i in range(max(0, len(run) - 6), len(run) - 1):
        # the thing, not the verb the paragraph does it with (推进|棚户区改造)
        if not names_nothing(run[i:]) and not run[i:].startswith(tuple(VERBS)) and heard_words.heard(run[i:] + deed):
            return run[i:] + deed
    # deeds the paragraph does not name before (征拆和安置任务) are tasks of the project it names last
    projects = list(PROJECT.finditer(before)) if at <= 0 else []
    run = _cjk_run(projects[-1].group(1), from_end=True).rsplit("的", 1)[-1] if projects else ""
    return next((run[i:] for i in range(len(run) - 2) if not names_nothing(run[i:])
                 and not run[i:].startswith(tuple(VERBS)) and heard_words.heard(run[i:])), "")


def paragraph_before(doc: Document, offset: int) -> str:
    """The text of ``doc``'s paragraph before ``offset``.

    >>> from pledgetrack.corpus import load_corpus
    >>> doc = load_corpus()["yuexiu-2024-gwr"]
    >>> start = doc.paragraphs()[3][0]
    >>> paragraph_before(doc, start + 4) == doc.text[start:start + 4]
    True
    """
    begin = max((a for a, _ in doc.paragraphs() if a <= offset), default=offset)
    return doc.text[begin:offset]
