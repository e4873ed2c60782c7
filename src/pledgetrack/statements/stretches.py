"""Stretches of a phrase that may stand as its keyword, and those that may not: a stretch is a word of the
phrase, never a bare deed (新建改造), never a piece cut inside a verb (新|建改造) or out of another compound
(进|出口总额).

>>> deed_only("新建改造"), splits_a_deed("公厕新建改造", "建改造"), splits_a_deed("公厕新建改造", "公厕")
(True, True, False)
>>> cjk_run("完成65条城市道路", from_end=True), strip_words("全面完成城镇新增就业", ["全面", "完成"], from_end=False)
('条城市道路', '城镇新增就业')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ..quantity.numerals import respelled
from .lexicon import (
    LEAD_INS, VERBS, COUNTED, FREE_BEFORE, CJK, QUOTES, STOP, GENERIC_HEADS, ITEM_JOINS, SHORT_NAMES)

__all__ = ["BUILT", "DEED_HEADS", "begun_inside_quotes", "cjk_run", "cut_from_another", "deed_only", "head", "items", "splits_a_deed",
           "shared_end", "stands_free", "strip_words", "without_lead_ins"]

BUILT = ("设施", "工程", "项目")  # official terms: general names of built things, one for another in reviews
# Grammar: the verbs and deeds-as-nouns that may follow what they are done to (公厕|新建改造, 锅炉|淘汰).
DEED_HEADS = sorted(set(VERBS) | {"改造", "建设", "提升", "淘汰", "替代", "退出", "贯通", "整治", "安置", "装修", "改建",
                                    "扩建", "改扩建", "新建",
                                    "种植", "栽培"},  # (地膜覆盖|种植: the way of farming, grown)
                    key=len, reverse=True)
# Grammar: every word that names a deed or a lead-in, not a thing.
_DEEDS = sorted(set(VERBS) | set(LEAD_INS) | set(GENERIC_HEADS), key=len, reverse=True)
_DEED_SET = frozenset(_DEEDS)
_DEED_LENGTHS = sorted({len(deed) for deed in _DEEDS})


def cjk_run(text: str, from_end: bool) -> str:
    """The run of CJK characters (and Latin letters, as in GDP) at one end of ``text``; a word holding a character
    that otherwise joins a list (普及率) stays whole.

    >>> cjk_run("农村卫生厕所普及率", from_end=True), cjk_run("学校及幼儿园", from_end=True)
    ('农村卫生厕所普及率', '幼儿园')
    """
    places = range(len(text) - 1, -1, -1) if from_end else range(len(text))
    run = []
    for at in places:
        char = text[at]
        if not (CJK.match(char) or char.isalpha() or char in QUOTES) \
                or char in STOP and not any(text.startswith(word, at - word.index(char)) for word in _WORDS_WITH_STOPS
                                            if char in word and at >= word.index(char)):
            break
        run.append(char)
    return "".join(reversed(run) if from_end else run)


# Grammar: words that hold a character which otherwise joins or parts a list (及 of 普及, 与 of 参与).
_WORDS_WITH_STOPS = ("普及", "涉及", "波及", "危及", "参与", "给与", "或者")


def strip_words(phrase: str, words: Iterable[str], from_end: bool, keep: int = 2) -> str:
    """``phrase`` with ``words`` taken off one end as long as ``keep`` characters remain; of the words standing
    there, the first in ``words``'s order goes first.

    >>> strip_words("力争新建城市道路", ("新建", "力争"), from_end=False)
    '城市道路'
    """
    listed = tuple(words)
    first, longest = _first_places(listed)
    while phrase:
        # the words standing at this end: the phrase's ends of each length (a few look-ups, not one per word)
        ends = (phrase[-n:] if from_end else phrase[:n] for n in range(1, min(longest, len(phrase) - keep) + 1))
        found = min((first[end] for end in ends if end in first), default=None)
        if found is None:
            break
        size = len(listed[found])
        phrase = phrase[:-size] if from_end else phrase[size:]
    return phrase


@functools.lru_cache(maxsize=64)
def _first_places(words: tuple[str, ...]) -> tuple[dict[str, int], int]:
    """Each word's first place in ``words``, and the longest word's length."""
    first: dict[str, int] = {}
    for at, word in enumerate(words):
        first.setdefault(word, at)
    return first, max(map(len, words), default=0)


def items(tail: str) -> list[tuple[int, int]]:
    """Where each item of a list phrase stands, as (start, end); a join at either end is part of a name.

    >>> items("二氧化硫、氮氧化物排放量"), items("和美乡村覆盖率")
    ([(0, 4), (5, 12)], [(0, 7)])
    """
    cuts = [m.start() for m in ITEM_JOINS.finditer(tail) if 2 <= m.start() <= len(tail) - 3]  # 和美乡村 is one name
    starts = [0] + [c + 1 for c in cuts]
    return [(a, b) for a, b in zip(starts, cuts + [len(tail)]) if b - a >= 2]


def splits_a_deed(tail: str, word: str) -> bool:
    """Whether ``word``, a stretch of ``tail``, begins or ends inside a verb or general head of it (新|建改造,
    改|造任务): a fragment of the phrase, not a word of it.

    >>> splits_a_deed("公厕新建改造", "建改造"), splits_a_deed("公厕新建改造", "公厕")
    (True, False)
    """
    at = tail.find(word)
    return any(0 < cut < len(tail) and any(tail[start:start + n] in _DEED_SET
                                           for start in range(max(0, cut - 3), cut) for n in _DEED_LENGTHS
                                           if cut < start + n <= len(tail))
               for cut in (at, at + len(word)))


def one_character_thing(tail: str, word: str) -> bool:
    """Whether ``word``, an ending of ``tail`` that leaves some of it off, names its thing by one character
    before the deeds done to it (线|投产 of 铁路新线投产): a character cut from the noun before it, no word.

    >>> one_character_thing("铁路新线投产", "线投产"), one_character_thing("铁路新线投产", "新线投产")
    (True, False)
    """
    if not tail.endswith(word) or tail == word:
        return False
    return len(strip_words(word, DEED_HEADS, from_end=True, keep=1)) == 1


def deed_only(word: str) -> bool:
    """Whether ``word`` is made of verbs, lead-ins and general heads alone (新建改造, 改造提升): it names a deed,
    not what it is done to.

    >>> deed_only("新建改造"), deed_only("公厕新建改造")
    (True, False)
    """
    rest = word
    while rest:
        size = next((n for n in reversed(_DEED_LENGTHS) if rest[:n] in _DEED_SET), 0)  # the longest deed first
        if not size:
            return False
        rest = rest[size:]
    return True


def without_lead_ins(phrase: str, keep: int = 3) -> str:
    """``phrase`` without the lead-ins that end it and the verbs and lead-ins that open it, as long as ``keep``
    characters remain.

    An official name the verbs would leave one character of keeps its verb (建成区 is the built-up area).

    >>> without_lead_ins("全年新增城镇就业左右"), without_lead_ins("实现建成区绿化覆盖率"), without_lead_ins("引进到位资金")
    ('城镇就业', '建成区绿化覆盖率', '到位资金')
    """
    phrase = strip_words(phrase, LEAD_INS, from_end=True)
    stripped = strip_words(phrase, _OPENING, from_end=False, keep=keep)
    cut = len(phrase) - len(stripped)
    # a strip that leaves one character of an official name (建成|区) stops before the name
    inside = next((at for name in _OFFICIAL_NAMES if (at := phrase.find(name)) != -1 and cut == at + len(name) - 1),
                  None)
    return stripped if inside is None else phrase[inside:]


# Grammar: the words that open a noun phrase without naming its thing; 到 at its start is the noun's own (到位资金,
# 到户): it leads in a figure or a time only (提高到, 到2025年), and no noun phrase holds those.
_OPENING = VERBS + [word for word in LEAD_INS if word != "到"]
# Official terms: the names of a whole and their short forms (城市建成区, 建成区), some of which begin with a verb.
_OFFICIAL_NAMES = tuple(dict.fromkeys(name for pair in SHORT_NAMES for name in pair))


def begun_inside_quotes(word: str) -> bool:
    """Whether ``word``, a stretch of a phrase, closes a quotation it does not open (办” of “蒙速办”): no word.

    >>> begun_inside_quotes("办”"), begun_inside_quotes("“蒙速办”接入")
    (True, False)
    """
    depth = 0
    for char in word:
        depth += (char in "“‘") - (char in "”’")
        if depth < 0:
            return True
    return False


def cut_from_another(tail: str, word: str, texts: str) -> bool:
    """Whether ``word``, an ending of ``tail`` that leaves off one character of it, stands in the reviews
    only as the end of another compound: the characters right before it there differ from the plan's and
    are no word of their own ("外贸出口总额" is no "进出口总额": 出口总额 and 口总额 are cut out of another
    word). Where a review's word before it leads in (完成, 全年), picks (各类), counts (3500所) or is the
    plan's own, it stands free.

    >>> cut_from_another("进出口总额", "出口总额", "外贸出口总额增长8%")
    True
    >>> cut_from_another("线下招聘会", "招聘会", "全年组织各类招聘会175场")
    False
    """
    if not tail.endswith(word) or tail == word:
        return False
    if word not in texts:  # the reviews may write an amount in it the other way (超百亿元企业, 超100亿元企业)
        tail, word = respelled(tail), respelled(word)
    plan_before = tail[:-len(word)]
    at = texts.find(word)
    while at != -1:
        review_before = cjk_run(texts[max(0, at - 12):at], from_end=True)
        common = shared_end(plan_before, review_before)
        plan_left, review_left = plan_before[:len(plan_before) - common], review_before[:len(review_before) - common]
        counted = COUNTED.search(texts[max(0, at - len(review_before) + len(review_left) - 3):
                                        at - len(review_before) + len(review_left)])
        # only a cut inside a word: one character of the plan's left off (进|出口总额); a qualifier of its own
        # left off is a narrower name the reviewer weighs (职业技能培训, 补贴性技能培训)
        if len(plan_left) != 1 or not review_left or review_left.endswith(FREE_BEFORE) or counted:
            return False
        at = texts.find(word, at + 1)
    return True


def shared_end(one: str, other: str) -> int:
    """How many characters ``one`` and ``other`` end with alike.

    >>> shared_end("公办学位", "中小学学位"), shared_end("工商税收", "财政收入")
    (2, 0)
    """
    shared = 0
    while shared < min(len(one), len(other)) and one[-1 - shared] == other[-1 - shared]:
        shared += 1
    return shared


def stands_free(tail: str, word: str, texts: str) -> bool:
    """Whether ``word``, an ending of ``tail``, stands somewhere in ``texts`` as a word of its own: at the start
    of a clause, after a figure, or after a lead-in, verb or determiner (FREE_BEFORE), not as the end of
    another compound (业投资 of 工业投资).

    >>> stands_free("制造业投资", "业投资", "工业投资增长8%"), stands_free("补贴性职业技能培训", "职业技能培训", "完成职业技能培训3万人次")
    (False, True)
    """
    if not tail.endswith(word) or tail == word:
        return True
    at = texts.find(word)
    while at != -1:
        before = texts[max(0, at - 4):at]
        if not before or not (CJK.match(before[-1]) or before[-1] in QUOTES) or before.endswith(FREE_BEFORE) \
                or COUNTED.search(before):
            return True
        at = texts.find(word, at + 1)
    return False


def head(phrase: str) -> str:
    """The last characters of a phrase, where its head noun stands: the phrase after its last 的 whole up to
    twelve characters, else its last item (after 、 or 和), else its last six (or more to keep a Latin word
    whole).

    >>> head("深入社区的就业服务驿站"), head("单位GDP能耗下降率"), head("城区内各类燃煤小锅炉淘汰和清洁能源替代")
    ('就业服务驿站', '单位GDP能耗下降率', '清洁能源替代')
    >>> head("战略性新兴产业营业收入"), head("大数据、集成电路、智能终端")
    ('战略性新兴产业营业收入', '智能终端')
    """
    tail = phrase.rsplit("的", 1)[-1]
    tail = tail if len(tail) >= 2 else phrase
    if len(tail) <= 12:
        return tail  # a word cut short (镇登记失业率, 产业营业收入) reads worse than a long one
    last = tail[max((m.start() + 1 for m in ITEM_JOINS.finditer(tail) if m.start() <= len(tail) - 3), default=0):]
    if len(last) <= 12:
        return last
    at = max(0, len(last) - 6)
    while 0 < at and last[at].isascii() and last[at].isalpha() and last[at - 1].isascii():
        at -= 1
    return last[at:]
