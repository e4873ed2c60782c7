"""Choosing the evidence words: the thing a figure measures, as the reviews word it.

The measured noun stands after a count's classifier ("新建5个**口袋公园**") or
before the figure ("**招聘会**不少于100场", "**地区生产总值**增长4.5%左右").
Of that phrase, the longest stretch that a review sentence with a figure of the
same kind also uses is the keyword; where no review speaks of it, the phrase's
head (its last characters: Chinese puts the head noun last) stands in.

>>> from pledgetrack.quantity import find_quantities
>>> measured_phrase("新建5个口袋公园", find_quantities("新建5个口袋公园")[0])
'口袋公园'
>>> measured_phrase("组织线上、线下招聘会不少于100场", find_quantities("组织线上、线下招聘会不少于100场")[0])
'线下招聘会'
>>> measured_phrase("地区生产总值增长4.5%左右", find_quantities("地区生产总值增长4.5%左右")[0])
'地区生产总值'
>>> ReviewWords(["全年组织各类招聘会175场"]).keyword("线下招聘会", "场")
('招聘会', True)
"""

from __future__ import annotations

from collections.abc import Iterable

from ..evidence import figures_in
from ..quantity import Quantity, same_family
from ..rules.vocabulary import Vocabulary
from ..statements.economy import ECONOMY
from ..statements.words import BASE
from ..rules.vocabulary import default_vocabulary
from .lexicon import (
    LEAD_INS as _LEAD_INS, VERBS as _VERBS, COMMON_WORDS, GENERIC as _GENERIC,
    COUNTED as _COUNTED, FREE_BEFORE as _FREE_BEFORE, SHARES as _SHARES,
    RATE_NAMES as _RATE_NAMES, REPORTED_AS as _REPORTED_AS, ECONOMY_NAMES as _ECONOMY, CJK as _CLASSIFIER_LIKE,
    SIDES as _SIDES, QUOTES as _QUOTES, OPEN_QUOTES as _OPEN_QUOTES, CLOSE_QUOTES as _CLOSE_QUOTES,
    STOP as _STOP, GENERIC_HEADS as _GENERIC_HEADS)

__all__ = ["ReviewWords", "head", "measured_phrase", "names_nothing", "strip_lead_ins"]

def _cjk_run(text: str, from_end: bool) -> str:
    """The run of CJK characters (and Latin letters, as in GDP) at one end of ``text``."""
    chars = reversed(text) if from_end else iter(text)
    run = []
    for char in chars:
        if not (_CLASSIFIER_LIKE.match(char) or char.isalpha() or char in _QUOTES) or char in _STOP:
            break
        run.append(char)
    return "".join(reversed(run) if from_end else run)


def _strip(phrase: str, words: Iterable[str], from_end: bool, keep: int = 2) -> str:
    changed = True
    while changed and phrase:
        changed = False
        for word in words:
            if len(phrase) - len(word) >= keep and (phrase.endswith(word) if from_end else phrase.startswith(word)):
                phrase = phrase[:-len(word)] if from_end else phrase[len(word):]
                changed = True
                break
    return phrase


def strip_lead_ins(text: str) -> str:
    """The noun a clause ends on, its verbs and lead-in words left off.

    >>> strip_lead_ins("力争城镇新增就业人数")
    '城镇新增就业人数'
    """
    phrase = _cjk_run(text, from_end=True)
    return _strip(_strip(phrase, _LEAD_INS, from_end=True), _VERBS + _LEAD_INS, from_end=False, keep=3)


def measured_phrase(text: str, figure: Quantity, previous_end: int = 0) -> str:
    """The words in ``text`` naming what ``figure`` measures; "" where they name nothing in particular.

    >>> from pledgetrack.quantity import find_quantities
    >>> measured_phrase("由30万元提高到50万元", find_quantities("由30万元提高到50万元")[1], 5)
    ''
    >>> measured_phrase("地方财政收入由去年的120亿元增加到150亿元", find_quantities("地方财政收入由去年的120亿元")[0])
    '地方财政收入'
    """
    before = text[previous_end:figure.span[0]]
    base = BASE.search(before.rstrip())  # "收入由去年的120亿元…": last year's base names nothing
    before = _strip(_cjk_run(before[:base.start()] if base else before, from_end=True), _LEAD_INS, from_end=True)
    after = _cjk_run(text[figure.span[1]:], from_end=False)
    if "以" in text[previous_end:figure.span[0]] and "为" in after[1:]:
        after = after[:after.index("为", 1)]  # "以办好10件民生实事为牵引": 以 X 为 Y names X
    counted = figure.unit not in ("%", "‰", "个百分点") and not figure.trend
    # A verb is left on where what remains would be too short to say anything (再就业, 完成投资).
    phrases = [_strip(_strip(p, _VERBS + _LEAD_INS, from_end=False, keep=3), ("工作", "问题"), from_end=True)
               for p in ((after, before) if counted and len(after) >= 2 else (before, after))]
    found = next((p for p in phrases if not names_nothing(p)), "")
    # quotation marks around the whole name are no part of it ("“断头路”" is written 断头路 too)
    quoted = len(found) > 3 and found[0] in _OPEN_QUOTES and found[-1] in _CLOSE_QUOTES \
        and not any(q in found[1:-1] for q in _QUOTES)
    return found[1:-1] if quoted else found


def names_nothing(words: str) -> bool:
    """Whether ``words`` are only a verb or lead-in ("完成", "提高到"), naming no thing.

    >>> names_nothing("完成"), names_nothing("城市绿地")
    (True, False)
    """
    words = _strip(_cjk_run(words, from_end=True), _LEAD_INS, from_end=True)
    return len(words) < 2 or words in _GENERIC or words in _VERBS or words in _LEAD_INS


class ReviewWords:
    """The sentences that may answer a pledge, to choose keywords the reviews really use.

    ``synonyms`` is the rules' vocabulary: a stretch of the phrase counts as heard when
    any of its synonyms is (智税服务站点 in the plan, 智税圈 in the review).
    """

    def __init__(self, sentences: Iterable[str], synonyms: Vocabulary | None = None):
        self._by_unit: dict[str, list[str]] = {}
        self._all = list(sentences)
        for sentence in self._all:
            for q in figures_in(sentence):  # read once, shared with the audit that follows
                self._by_unit.setdefault(q.unit, []).append(sentence)
        self._synonyms = synonyms or default_vocabulary()
        self._cache: dict[str | None, str] = {}
        self._joined: str | None = None

    def heard(self, *words: str) -> bool:
        """Whether one review sentence (with a figure or without) holds every word (or a synonym of it).

        >>> ReviewWords(["汇率顺利并轨，人民币汇价稳中有升"]).heard("汇率", "并轨")
        True
        """
        if self._joined is None:
            self._joined = "\n".join(self._all)
        if len(words) == 1:
            return any(v in self._joined for v in self._synonyms.variants(words[0]))
        return any(all(any(v in sentence for v in self._synonyms.variants(w)) for w in words) for sentence in self._all)

    def _texts(self, unit: str | None) -> str:
        if unit not in self._cache:
            fitting = {s for u, texts in self._by_unit.items()
                       if unit is None or same_family(unit, u) for s in texts}
            self._cache[unit] = "\n".join(sorted(fitting))
        return self._cache[unit]

    def keyword(self, phrase: str, unit: str | None) -> tuple[str, bool]:
        """The best keyword of ``phrase`` and whether a review sentence with a figure in ``unit`` uses it.

        None for ``unit`` accepts a figure of any unit. "X等Y" names examples X of a kind Y
        (社区文艺演出等线上线下活动): the examples are the telling words, the kind is too broad.
        """
        texts = self._texts(unit)
        parts = [phrase.split("等", 1)[0]] if "等" in phrase[1:-1] else [phrase]
        if unit == "%" and phrase in _ECONOMY:  # "经济增长6%": the growth of the economy's output
            named = next((name for name in ECONOMY[:-1] if name in texts), "")
            if named:
                return named, True
        for part in parts:
            tail = part.rsplit("的", 1)[-1]
            tail = self.reported_as(tail)
            if tail in _SHARES and "占" in part[1:]:  # "X占地区生产总值的比重": a share of X
                tail = part[:part.index("占", 1)]
            if unit == "%" and tail.endswith(_RATE_NAMES) and len(tail) >= 5:  # "居民消费价格涨幅2%"
                tail = tail[:-2]
            # The head noun stands last: stretches that end the phrase are tried, longest first;
            # inner stretches (战略性新兴产业 of 战略性新兴产业增加值) only before a head too general
            # to name the thing, never before a telling one (一般公共 of 一般公共财政预算收入), and
            # only from the phrase's start: one begun inside it cuts a word (区基础设施 of 老旧小区基础设施).
            words = [tail[i:] for i in range(len(tail) - 1)]
            if tail.endswith(_GENERIC_HEADS):
                words = sorted(words + [tail[:b] for b in range(3, len(tail))], key=len, reverse=True)
            for word in words:
                if word not in _GENERIC and any(v in texts for v in self._synonyms.variants(word)) \
                        and not _cut_from_another(tail, word, texts):
                    return word, True
        return head(parts[0]), False


    def reported_as(self, phrase: str) -> str:
        """The name official statistics report a general name by, as the reviews write it (the first
        they hold, else the current name), or ``phrase`` where it is no such name.

        >>> ReviewWords(["农村居民人均纯收入达到1220元"]).reported_as("农民收入")
        '农村居民人均纯收入'
        """
        for short, names in _REPORTED_AS:
            if phrase.endswith(short) and len(phrase) <= len(short) + 4:
                found = [name for name in names if self.heard(name)] or [names[0]]
                return phrase[:-len(short)] + found[0]
        return phrase

    def sides(self, phrase: str, keyword: str) -> tuple[str, ...]:
        """The sides (城镇, 农村) a phrase names of a figure the reviews give for both, else ("",).

        "城镇常住居民人均可支配收入" is answered by "城镇和农村居民人均可支配收入分别…": with 城镇
        as a keyword of its own, the evidence finder takes the 城镇 figure of the pair; "城乡…"
        names both, each to be graded.

        >>> ReviewWords(["城镇和农村居民人均可支配收入分别增长7.8%"]).sides("城乡居民人均可支配收入", "人均可支配收入")
        ('城镇', '农村')
        """
        named = _SIDES if phrase.startswith("城乡") else [w for w in _SIDES if phrase.startswith(w)]
        # (a review's "城乡…分别" names both sides too)
        found = tuple(w for w in named if w not in keyword and any(
            (w in s or "城乡" in s and phrase.startswith("城乡")) and keyword in s for s in self._all))
        return found if found and len(found) == len(named) else ("",)


def _cut_from_another(tail: str, word: str, texts: str) -> bool:
    """Whether ``word``, an ending of ``tail`` that leaves off one character of it, stands in the reviews
    only as the end of another compound: the characters right before it there differ from the plan's and
    are no word of their own ("外贸出口总额" is no "进出口总额": 出口总额 and 口总额 are cut out of another
    word). Where a review's word before it leads in (完成, 全年), picks (各类), counts (3500所) or is the
    plan's own, it stands free.

    >>> _cut_from_another("进出口总额", "出口总额", "外贸出口总额增长8%")
    True
    >>> _cut_from_another("线下招聘会", "招聘会", "全年组织各类招聘会175场")
    False
    """
    if not tail.endswith(word) or tail == word:
        return False
    plan_before = tail[:-len(word)]
    at = texts.find(word)
    while at != -1:
        review_before = _cjk_run(texts[max(0, at - 12):at], from_end=True)
        common = 0
        while common < min(len(plan_before), len(review_before)) and \
                plan_before[-1 - common] == review_before[-1 - common]:
            common += 1
        plan_left, review_left = plan_before[:len(plan_before) - common], review_before[:len(review_before) - common]
        counted = _COUNTED.search(texts[max(0, at - len(review_before) + len(review_left) - 3):
                                        at - len(review_before) + len(review_left)])
        # only a cut inside a word: one character of the plan's left off (进|出口总额); a qualifier of its own
        # left off is a narrower name the reviewer weighs (职业技能培训, 补贴性技能培训)
        if len(plan_left) != 1 or not review_left or review_left.endswith(_FREE_BEFORE) or counted:
            return False
        at = texts.find(word, at + 1)
    return True


def head(phrase: str) -> str:
    """The last characters of a phrase, where its head noun stands (ten at most; six, or more to keep a
    Latin word whole, of a longer one).

    >>> head("深入社区的就业服务驿站"), head("单位GDP能耗下降率"), head("城区内各类燃煤小锅炉淘汰和清洁能源替代")
    ('就业服务驿站', '单位GDP能耗下降率', '清洁能源替代')
    """
    tail = phrase.rsplit("的", 1)[-1]
    tail = tail if len(tail) >= 2 else phrase
    if len(tail) <= 10:
        return tail  # a word cut short (镇登记失业率) reads worse than a long one
    at = max(0, len(tail) - 6)
    while 0 < at and tail[at].isascii() and tail[at].isalpha() and tail[at - 1].isascii():
        at -= 1
    return tail[at:]
