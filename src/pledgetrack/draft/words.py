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

import re
from collections.abc import Iterable

from ..evidence import figures_in
from ..quantity import Quantity, same_family
from ..rules.vocabulary import Vocabulary
from ..statements.aims import HEADS
from ..statements.economy import ECONOMY
from ..rules.vocabulary import default_vocabulary

__all__ = ["ReviewWords", "head", "listed_phrases", "measured_phrase", "names_nothing", "strip_lead_ins"]

# Where each word list comes from. Grammar: general Chinese, or how official statistics word a figure.
# Official terms: names every government uses alike. Measured: chosen by counting in reports, and
# tested on reports they were not drawn from (tests/test_draft_words.py, tests/corpora/provinces-and-cities).

# Grammar: words that lead up to a figure without naming what it measures (qualifiers, verbs of
# change, adverbs of time, the whole of a government's territory: 全区, 全市 …), longest first.
_LEAD_INS = sorted((
    "不少于", "不低于", "不超过", "不高于", "控制在", "保持在", "稳定在", "提高到", "提高至", "提升至", "提升到",
    "增至", "增加到", "增加至", "增长到", "增长至", "增长", "下降", "提高", "降低", "减少", "增加", "达到", "突破",
    "超过", "力争", "争取", "确保", "实现", "完成",
    "全年", "全区", "全市", "全省", "全国", "全县", "年内", "以上", "左右", "以内", "至少", "累计", "分别", "均为",
    "预期", "要", "均", "努力", "预计", "全面", "今年", "当年", "明年", "由", "定为", "净增",
    "达", "超", "约", "为", "在", "至", "到", "再", "按", "可比口径", "可比", "同口径", "拟", "共", "等",
), key=len, reverse=True)
# Grammar: verbs and adverbs that open a clause before the measured noun ("新建", "举办", "加快").
_VERBS = sorted((
    "新建", "新增", "新开工", "新引进", "新认定", "新改建", "建设", "建成", "打造", "推进", "推动", "实施", "开展",
    "组织", "举办", "引进", "引入", "落地", "培育", "提供", "发放", "解决", "完成", "启动", "改造", "更新", "创建",
    "新缔结", "缔结", "孵化", "招引", "带动", "培训", "帮扶", "安排", "供应", "压减", "退出", "减少", "再", "持续",
    "加快", "加强", "深化", "扎实", "积极", "大力", "全力", "统筹", "有序", "高质量", "高标准", "探索", "谋划", "继续",
), key=len, reverse=True)
# Measured: nouns and verbs too common to find one pledge's outcome by; each stands in at least four
# reports of five of tests/corpora/provinces-and-cities (tests/test_draft_words.py).
COMMON_WORDS = frozenset((
    "项目", "建设", "工作", "推进", "服务", "企业", "活动", "完成", "实现", "新增", "新建", "增长", "提升",
    "改造", "工程", "社区", "重点", "全年", "年度", "计划", "投资", "发展", "开展", "打造", "推动", "达到", "以上",
    "产业", "群众", "城市", "中心", "举办", "组织", "提供", "下降",
))
# Grammar: the whole of a government's territory, the halves of 不少于, online-and-offline; official
# statistics: measures (比重, 总量 …) that say how much, not of what, and GDP, which stands inside
# other indicators' names (单位GDP能耗).
_GENERIC = COMMON_WORDS | frozenset((
    "全区", "全市", "全省", "全国", "全县", "不少", "少于", "线上线下",
    "规模", "总额", "水平", "能力", "质量", "收入", "GDP", "增加值", "比重", "总量", "面积", "人数", "数量",
))
_RESPECTIVELY = "分别"
_COUNTED = re.compile(r"\d[\u4e00-\u9fff]$")  # "3500所村卫生室": a count's classifier
# Grammar: words after which a noun stands free: the lead-ins and verbs, and the determiners that pick
# from a kind (各类, 各级 …).
_FREE_BEFORE = tuple(_LEAD_INS) + tuple(_VERBS) + ("各类", "各种", "各级", "各项", "全部", "所有", "各", "新", "了", "的", "和",
                                                   "与", "及", "其中")
# Grammar: a task named by its deed alone ("8008户改造任务"): what it is done to is the paragraph's topic.
_DEED_TASK = re.compile(r"的?(改造|建设|搬迁|征收|拆迁)(?:的)?任务")
# Official statistics: the measures named after an indicator: a share of it, and a rate of its change
# (the figure's measure, read by the statements stage, not part of what is measured).
_SHARES = ("比重", "占比", "比例")
_RATE_NAMES = ("涨幅", "增幅", "增速")
# Official statistics: residents' and farmers' income are reported per head, as disposable income (since 2013)
# or net income (before): 城乡居民收入 → 城乡居民人均可支配收入, 农民收入 → 农村居民人均纯收入.
_REPORTED_AS = (("农民收入", ("农村居民人均可支配收入", "农村居民人均纯收入", "农民人均纯收入")),
                ("居民收入", ("居民人均可支配收入", "居民人均纯收入")))
# Official terms: "经济" and "经济增长" name the growth of the economy's output (statements.economy).
_ECONOMY = ("经济", "经济增长", "经济增长速度", "经济增速")
_CLASSIFIER_LIKE = re.compile(r"[\u4e00-\u9fff]")
_SIDES = ("城镇", "农村")  # official statistics: the two sides of 城乡
# Grammar: quotation marks a name may stand in; the words and punctuation a noun phrase stops at.
_QUOTES = "“”‘’\"'"
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘\"'", "”’\"'"
_STOP = "之和与及或、，,（）()《》"
# Grammar: heads too general to name a pledge's outcome alone, the words before them must (改造任务,
# 建设项目): general nouns, measures, and verbs standing as nouns (淘汰, 替代, 整治 name the deed, not the thing).
_GENERIC_HEADS = ("项目", "工作", "任务", "建设", "改造", "企业", "活动", "工程", "服务", "提升", "设施", "人数",
                  "数量", "规模", "总额", "水平", "机构", "单位", "增加值", "装修", "淘汰", "替代", "退出", "贯通",
                  "整治", "安置")


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
    """
    before = _strip(_cjk_run(text[previous_end:figure.span[0]], from_end=True), _LEAD_INS, from_end=True)
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


# Grammar: the words that join the items of a list.
_LIST = re.compile("[和与及、]")


def listed_phrases(text: str, figure: Quantity, previous_end: int = 0) -> list[str]:
    """Each indicator of a list that one rate is promised of ("X和Y均增长13%": X and Y each), else [].

    >>> from pledgetrack.quantity import find_quantities
    >>> text = "全社会固定资产投资和社会消费品零售总额均增长13%左右"
    >>> listed_phrases(text, find_quantities(text)[0])
    ['全社会固定资产投资', '社会消费品零售总额']
    >>> text = "组织线上、线下招聘会不少于100场"
    >>> listed_phrases(text, find_quantities(text)[0])
    []
    """
    subject = _strip(text[previous_end:figure.span[0]].strip(), _LEAD_INS, from_end=True)
    if figure.unit != "%" or _RESPECTIVELY in subject or not _LIST.search(subject):
        return []
    items = [strip_lead_ins(part) for part in _LIST.split(subject)]
    # only indicators of official statistics, each named whole: "线上、线下招聘会" names one thing, and
    # "研究与试验发展经费" is one name
    if any(len(item) < 4 or names_nothing(item) or not item.endswith(HEADS) for item in items):
        return []
    return items


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

    def topic(self, phrase: str, before: str) -> str:
        """The thing a task named by its deed alone is done to, as the paragraph names it before and a review
        sentence holds it ("四是全力推进棚户区改造工程。…完成8008户改造任务" → 棚户区改造), else "".

        >>> ReviewWords(["全年完成棚户区改造124.1万平方米"]).topic("改造任务", "四是全力推进棚户区改造工程。")
        '棚户区改造'
        """
        found = _DEED_TASK.fullmatch(phrase)
        if found is None:
            return ""
        deed = found.group(1)
        at = before.rfind(deed)
        run = _cjk_run(before[:at], from_end=True) if at > 0 else ""
        for i in range(max(0, len(run) - 6), len(run) - 1):
            if not names_nothing(run[i:]) and self.heard(run[i:] + deed):
                return run[i:] + deed
        return ""

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
