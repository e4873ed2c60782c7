"""Choosing the evidence words: the thing a figure measures, as the reviews word it.

The phrase measured is the statements' reading of the target (draft/phrases.py).
Of that phrase, the longest stretch that a review sentence with a figure of the
same kind also uses is the keyword; where no review speaks of it, the phrase's
head (its last characters: Chinese puts the head noun last) stands in.

>>> ReviewWords(["全年组织各类招聘会175场"]).keyword("线下招聘会", "场")
('招聘会', True)
"""

from __future__ import annotations

from collections.abc import Iterable

from ..evidence import figures_in
from ..quantity import same_family
from ..quantity.numerals import respelled
from ..rules.vocabulary import Vocabulary
from ..statements.economy import ECONOMY
from ..statements.words import NAMED_GROUPS
from ..statements.words import MEASURE_NAMES
from ..rules.vocabulary import default_vocabulary
from ..statements.lexicon import (
    LEAD_INS as _LEAD_INS, VERBS as _VERBS, COMMON_WORDS, GENERIC as _GENERIC, SHARES as _SHARES,
    RATE_NAMES as _RATE_NAMES, REPORTED_AS as _REPORTED_AS, ECONOMY_NAMES as _ECONOMY, SIDES as _SIDES,
    GENERIC_HEADS as _GENERIC_HEADS, PICKS as _PICKS, QUOTES, OPEN_QUOTES, SHORT_NAMES, SIDE_NAMES)
from ..statements.lists import SHARED_MEASURES, relisted
from ..statements.nouns import QUALIFYING as _QUALIFYING
from ..statements.stretches import (BUILT as _BUILT, stands_free as _stands_free, DEED_HEADS as _DEED_HEADS, cjk_run as _cjk_run, cut_from_another as
                        _cut_from_another, one_character_thing as _one_character_thing, deed_only as _deed_only, begun_inside_quotes as _begun_inside_quotes, head, items as _items, splits_a_deed as
                        _splits_a_deed, strip_words as _strip, without_lead_ins)

__all__ = ["ReviewWords", "head", "names_nothing", "strip_lead_ins"]

_UNQUOTED = str.maketrans("", "", QUOTES)
# Grammar: general heads whose kind the words before them name (重点|项目, 棚户区改造|住房): the kind is the telling word.
_KINDS_HEADED = _GENERIC_HEADS + ("住房",)
# Official statistics: an area named by its measure (造林面积), which reviews often leave off (完成造林13.2万亩).
_AREA_UNITS = ("亩", "平方米", "平方公里", "公顷")
# Official statistics: the groups of people and places a figure may be of (农村, 县城), with the side names standing
# for them (农村牧区): no keyword alone.
# (not the poor counties and villages, 贫困县, 贫困村: things a plan counts as well)
_PLACES_AND_PEOPLE = frozenset(tuple(g for g in NAMED_GROUPS if not g.startswith("贫困"))
                               + tuple(name for name, _ in SIDE_NAMES))


def strip_lead_ins(text: str) -> str:
    """The noun a clause ends on, its verbs and lead-in words left off.

    >>> strip_lead_ins("力争城镇新增就业人数")
    '城镇新增就业人数'
    """
    return without_lead_ins(_cjk_run(text, from_end=True))


def _in_order(chars: str, word: str) -> bool:
    rest = iter(word)
    return all(char in rest for char in chars)


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
        parts = [phrase.split("等", 1)[0]] if "等" in phrase[1:-1] else [phrase]
        if unit in _AREA_UNITS and parts[0].endswith("面积") and len(parts[0]) >= 4 and "人均" not in parts[0]:
            # "新增造林面积15万亩": 造林 (亩 says it is an area); the whole name without its 面积 first, where a review
            # says it (设施蔬菜 of 设施蔬菜面积, before 蔬菜面积, which leaves 设施 off)
            whole = parts[0][:-2]
            parts = [whole, *parts] if self._said(whole, self._texts(unit)) and len(whole) >= 3 else parts + [whole]
        if unit is not None and len(unit) == 1 and parts[0].endswith(unit + "数") and len(parts[0]) >= 4:
            # "错峰用电天数控制在30天以内": 错峰用电, counted in days (天数 says how many, 天 that it is days)
            parts = parts + [parts[0][:-2]]
        if unit == "%" and phrase in _ECONOMY:  # "经济增长6%": the growth of the economy's output
            named = next((name for name in ECONOMY[:-1] if name in self._texts(unit)), "")
            if named:
                return named, True
        # A review may count the same things in another unit (335座保暖房 planned, 335户 built): the words
        # of a figure in the plan's unit first, else those of a figure in any unit.
        for texts, anywhere in dict.fromkeys(((self._texts(unit), True), (self._texts(None), False))):
            for part in parts:
                # (with a figure of another kind, only a word of three characters or more, or the thing deeds are
                # done to, that the review writes standing free: an ending heard there is most often another
                # compound's, 业投资 of 工业投资 for 制造业投资, or too wide a name, 学校 for 姊妹学校)
                word = self._stretch(part, unit, texts, anywhere)
                if word:
                    return word, True
        return head(parts[0]), False

    def _stretch(self, part: str, unit: str | None, texts: str, anywhere: bool) -> str:
        tail = part.rsplit("的", 1)[-1]
        # "各类燃煤小锅炉", "10蒸吨以上燃煤锅炉": a pick from a kind, or a figure qualifying it, is no name of it
        tail = _strip(_QUALIFYING.sub("", tail), _PICKS, from_end=False)
        if len(tail) <= 2 and "的" in part:  # "用于“三农”的(各项)支出": a noun of two characters is named with its 的
            tail = part.rsplit("的", 1)[0] + "的" + tail
        tail = self.reported_as(tail)
        if "占" in part[1:] and (tail in _SHARES or tail.endswith(_SHARES) and part[part.index("占", 1):] not in _SHARES):
            tail = part[:part.index("占", 1)]  # "X占地区生产总值(的)比重": X's share (not X占比, a name with its share)
        rate = next((name for name in _RATE_NAMES if tail.endswith(name)), "")
        if unit == "%" and rate and len(tail) >= len(rate) + 3:  # "居民消费价格涨幅2%", "零售物价总水平上涨幅度"
            tail = tail[:-len(rate)]
        # The head noun stands last: stretches that end an item of the phrase are tried, longest first (an
        # item's own start stands after a list's 、 or 和, never inside a word);
        # inner stretches (战略性新兴产业 of 战略性新兴产业增加值) only before a head too general
        # to name the thing, never before a telling one (一般公共 of 一般公共财政预算收入), and
        # only from the phrase's start: one begun inside it cuts a word (区基础设施 of 老旧小区基础设施).
        words, things = [], []
        for begin, end in _items(tail):
            item = tail[begin:end]
            # of a thing and its measure (战略性新兴产业|营业收入), no ending begun inside the thing: the measure of
            # a wider thing (产业营业收入) is another figure
            measure = next((m for m in MEASURE_NAMES if len(m) >= 3 and item.endswith(m)), "")
            kept = range(begin, len(tail) - 1) if not measure else range(0)
            words += [tail[begin:]] + ([tail[i:] for i in kept] if end == len(tail) else [])
            if item.endswith(_KINDS_HEADED):
                # (never a group, nor a piece of one: 农村牧 of 农村牧区)
                prefixes = [item[:b] for b in range(3, len(item))
                            if not any(g.startswith(item[:b]) for g in _PLACES_AND_PEOPLE)]
                words += prefixes if anywhere else []  # (a qualifier alone, 创新型 of 创新型中小企业, is no name)
            # "公厕新建改造": the thing the deeds after it are done to, and its endings (城市道路|新建改造 built,
            # 道路 counted), with a figure of any unit too
            thing = _strip(item, _DEED_HEADS, from_end=True)
            if thing != item and end == len(tail):
                things = [thing[i:] for i in range(len(thing) - 1)]
                words += things
            # the name before a general name of built things (人防|设施) is the telling word: a review may
            # name the same thing with another (人防工程)
            named = next((item[:-len(h)] for h in _BUILT if item.endswith(h)), "")
            words += [named] if len(named) == 2 and end == len(tail) else []
        # a name the plan quotes ("雄鹰"企业) a review may write without the marks; a stretch begun inside a quoted
        # name (”企业 of “雄鹰”企业, 办” of “蒙速办”) is no word
        words = [w for word in words if not _begun_inside_quotes(word)
                 for w in ((word, word.translate(_UNQUOTED)) if word.startswith(tuple(OPEN_QUOTES)) else (word,))]
        for word in sorted(dict.fromkeys(words), key=len, reverse=True):
            # (占GDP比重 is a share of another thing, no name of this one)
            # (nor a group of people or places alone, or its end, 农村牧区 or 村牧区 of 农村牧区危房改造: whose figure, not
            # what it measures)
            if word not in _GENERIC and not any(place.endswith(word) for place in _PLACES_AND_PEOPLE) \
                    and not word.startswith(("占", "的", "等")) \
                    and not _deed_only(word) \
                    and not _splits_a_deed(tail, word) and not _one_character_thing(tail, word) \
                    and self._said(word, texts) \
                    and not _cut_from_another(tail, word, texts) \
                    and (anywhere or (len(word) >= 3 or word in things) and _stands_free(tail, word, texts)):
                return word
        return ""

    def qualified(self, phrase: str) -> tuple[str, str] | None:
        """A phrase of a qualifier and a general noun (保护区|企业) as two words that one review sentence
        holds together, where no stretch of it names the thing alone; else None.

        >>> ReviewWords(["完成了西山保护区三家污染企业搬迁"]).qualified("保护区企业")
        ('保护区', '企业')
        >>> ReviewWords(["新能源和清洁能源装机达到9048万千瓦，占比55.1%"]).qualified("新能源和清洁能源装机占比")
        ('新能源和清洁能源装机', '占比')
        >>> ReviewWords(["化学需氧量、二氧化硫排放量分别下降2.1%和1.9%"]).qualified("化学需氧量排放量")  # a list's item
        ('化学需氧量', '排放量')
        >>> ReviewWords(["化学需氧量、二氧化硫排放总量分别下降2.1%和1.9%"]).qualified("化学需氧量排放量")
        ('化学需氧量', '排放总量')

        A verb is no noun (国家新增 of "争取国家新增3000亿元支小再贷款额度" names nothing it adds):

        >>> ReviewWords(["国家新增投资943亿元"]).qualified("国家新增") is None
        True
        """
        # (a share too: 新能源和清洁能源装机|占比 is found where a sentence holds the thing and its share)
        noun = next((w for w in sorted(COMMON_WORDS | set(_SHARES) | set(SHARED_MEASURES), key=len, reverse=True)
                     if phrase.endswith(w) and w not in _VERBS), "")
        left = phrase[:-len(noun)] if noun else ""
        if len(left) < 2 or names_nothing(left):
            return None
        # (the measure as the reviews name it: 排放量 of the plan is their 排放总量, 化学需氧量、二氧化硫排放总量…)
        spellings = [noun, *(total for total in SHARED_MEASURES if noun in SHARED_MEASURES and total != noun
                             and total.replace("总", "") == noun.replace("总", ""))]
        return next(((left, spelling) for spelling in spellings if self.heard(left, spelling)), None)

    def _said(self, word: str, texts: str) -> bool:
        return any(v in texts for v in self._synonyms.variants(word)) or bool(self.shortened(word, texts))

    def shortened(self, word: str, texts: str | None = None) -> str:
        """The spelling of ``word`` with one inner character left out (燃煤小锅炉 → 燃煤锅炉), its measure's
        name shortened (营业收入 → 营收), or the amount in it written the other way (超百亿元 → 超100亿元), that a
        review sentence with a figure uses where it does not use the word itself; else "". Rule words list both
        spellings as one keyword. The head noun, the last two characters, stays whole: 重点项 of 重点事项
        begins 重点项目.

        >>> heard = ReviewWords(["完成178座燃煤锅炉拆改", "数字经济核心产业营收增长10.9%", "211个涉海重点项目完成投资"])
        >>> heard.shortened("燃煤小锅炉"), heard.shortened("数字经济核心产业营业收入"), heard.shortened("重点事项")
        ('燃煤锅炉', '数字经济核心产业营收', '')
        >>> ReviewWords(["新增主营业务收入超100亿元企业2家"]).shortened("主营业务收入超百亿元企业")
        '主营业务收入超100亿元企业'
        >>> ReviewWords(["肉类总产二万一千吨"]).shortened("肉类总产量")
        '肉类总产'
        """
        texts = self._texts(None) if texts is None else texts
        if len(word) < 4 or word in texts:
            return ""
        if (other := respelled(word)) != word and other in texts:
            return other
        if other := relisted(word, texts):
            return other
        short = next((short for i in range(2, len(word) - 2)
                      if (short := word[:i] + word[i + 1:]) in texts and not _deed_only(short)), "")
        measure = next((m for m in MEASURE_NAMES if word.endswith(m) and len(m) >= 3 and len(word) - len(m) >= 2), "")
        thing, at = word[:-len(measure)], -1
        while measure and not short and (at := texts.find(thing, at + 1)) != -1:
            after = texts[at + len(thing):at + len(word) - 1]
            # the measure's own first character, then some of the rest in order, never the whole name, nor a word
            # begun inside it (工业增加 of 工业增加值), but for the measure without its 量 (肉类总产 of 肉类总产量)
            short = next((thing + after[:n] for n in range(len(after), 1, -1)
                          if after[:1] == measure[0] and _in_order(after[1:n], measure[1:])
                          and (after[:n] not in measure or after[:n] + "量" == measure)), "")
        return short

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
        if phrase.startswith("城乡") and "人均" not in phrase + keyword:
            # (城乡居民医保 is one scheme; official statistics give the two sides of what is per head, 城乡居民收入 of
            # 居民人均可支配收入 too)
            return ("",)
        if any(name in phrase and name.startswith(side) and not short.startswith(side)
               for name, short in SHORT_NAMES for side in _SIDES):
            return ("",)  # (城镇下岗职工, 城镇新增就业: an official name of the whole, whose short form leaves the side off)
        named = _SIDES if phrase.startswith("城乡") else [w for w in _SIDES if phrase.startswith(w)]
        # (a review's "城乡…分别" names both sides too)
        found = tuple(w for w in named if w not in keyword and any(
            (w in s or "城乡" in s and phrase.startswith("城乡")) and keyword in s for s in self._all))
        return found if found and len(found) == len(named) else ("",)


