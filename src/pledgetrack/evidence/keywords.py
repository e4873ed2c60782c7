"""A rule's evidence words, normalised once, and where they stand in a sentence.

>>> from pledgetrack.rules import Pledge
>>> words = RuleWords.of(Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"]))
>>> words.spans("共举办招聘活动175场")
[(3, 7)]
"""

from __future__ import annotations

import re

from collections.abc import Iterable

import attrs

from ..corpus.normalise import normalise
from ..quantity.numerals import respelled
from ..rules.model import Pledge
from ..rules.vocabulary import Vocabulary, default_vocabulary
from ..statements.lists import listed_the_same


def occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Every ``(start, end)`` where one of ``words`` stands in ``text``, overlaps included, in order."""
    spans = []
    for word in words:
        start = text.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return sorted(spans)


# Official statistics: the halves of 城乡, as reports name them.
# "城乡居民人均可支配收入分别增长6.5%、9.4%": before 分别, 城乡 names 城镇 and then 农村.
PAIRS = {"城乡": (frozenset({"城镇", "城市", "城镇居民", "城市居民", "城镇常住居民"}),
                   frozenset({"农村", "乡村", "农村居民", "农村牧区", "农村常住居民", "农村牧区常住居民"}))}


def _within_pair(text: str, group: frozenset[str]) -> list[tuple[int, int]]:
    for pair, halves in PAIRS.items():
        at = text.find(pair)
        if at == -1 or "分别" not in text[at:]:
            continue
        for k, half in enumerate(halves):
            if group & half:
                return [(at + k, at + k + 1)]
    return []


def _spellings(keywords: Iterable[str]) -> list[list[str]]:
    """The keywords grouped so that a word listed with its own short form ([燃煤小锅炉, 燃煤锅炉],
    [棚户区改造, 棚改]) or with its figure written otherwise ([超100亿元企业, 超百亿元企业]) is one
    keyword, satisfied by either spelling.

    >>> _spellings(["超100亿元企业", "超百亿元企业", "企业"])
    [['超100亿元企业', '超百亿元企业'], ['企业']]
    >>> _spellings(["粮食总产量", "粮食总产"])  # an output as statistics often write it, without its 量
    [['粮食总产量', '粮食总产']]
    >>> _spellings(["中小学和幼儿园", "中小学、幼儿园"])  # the same things listed
    [['中小学和幼儿园', '中小学、幼儿园']]
    """
    groups: list[list[str]] = []
    for word in keywords:
        group = next((g for g in groups if any(_shortens(word, w) or _shortens(w, word) or _same_figures(word, w)
                                               or listed_the_same(word, w) or _output_shortened(word, w)
                                               for w in g)), None)
        if group is None:
            groups.append([word])
        else:
            group.append(word)
    return groups


def _shortens(short: str, long: str) -> bool:
    # Every character of `short`, in order, in `long`, but not as one run: 棚改 shortens 棚户区改造,
    # while 管网 in 供水主管网 is a wider thing (all networks), not another spelling.
    if len(short) >= len(long) or len(short) < 2 or short in long:
        return False
    rest = iter(long)
    return all(char in rest for char in short)


def _output_shortened(one: str, other: str) -> bool:
    # 粮食总产 is 粮食总产量 as statistics often write it: an output (产量) without its 量.
    return any(long.endswith("产量") and long == short + "量" and len(short) >= 3
               for long, short in ((one, other), (other, one)))


def _same_figures(one: str, other: str) -> bool:
    # 超百亿元 and 超100亿元 are one amount written two ways.
    return one != other and (respelled(one) == other or respelled(other) == one)


_MIN_WIDENED = 4
# Grammar: words written inside a name without making another thing of it: how it is measured (工商业平均电价,
# 粮食总产量) or a verb parting the thing from what is done to it (省重点实验室完成重组). Any other word inside
# names a narrower or a wider thing (规上装备工业增加值, 重大产业项目, 中小微企业).
# (and the aspect of a verb, 解决了温饱 for 解决温饱)
_INSERTED_FREELY = ("平均", "总", "完成", "实现", "了")
# Grammar: the size of one thing written inside its name (第一台|二十万千瓦|机组): the same thing, its size said.
_INSERTED_SIZE = re.compile(r"[0-9.一二两三四五六七八九十百千万]+(?:万|亿)?(?:千瓦|兆瓦|吨|千伏|米|公里|平方米|立方米|床|座|层)")


def _widened(text: str, group: frozenset[str]) -> list[tuple[int, int]]:
    """A keyword written with a word inside it that says how it is measured, or what is done to it: 工商业电价 as
    工商业平均电价, 粮食产量 as 粮食总产量; not 规上工业增加值 as 规上装备工业增加值, a part of it.

    Tried only when no spelling of the keyword stands in the text as it is; both
    halves must hold two characters or more.

    >>> _widened("全省工商业平均电价下降5分", frozenset({"工商业电价"})), _widened("规上装备工业增加值", frozenset({"规上工业增加值"}))
    ([(2, 9)], [])
    >>> _widened("电厂二期第一台二十万千瓦机组并网发电", frozenset({"电厂二期第一台机组"}))  # its size said inside
    [(0, 14)]
    """
    found = []
    for word in group:
        if len(word) < _MIN_WIDENED:
            continue
        for cut in range(2, len(word) - 1):
            head, tail = word[:cut], word[cut:]
            at = text.find(head)
            while at != -1:
                after = at + cut
                size = _INSERTED_SIZE.match(text, after)
                for inserted in _INSERTED_FREELY + ((size.group(),) if size else ()):
                    if text.startswith(inserted, after) and text.startswith(tail, after + len(inserted)):
                        found.append((at, after + len(inserted) + len(tail)))
                at = text.find(head, at + 1)
    return sorted(set(found))


@attrs.frozen
class RuleWords:
    """A pledge's keywords with their vocabulary variants, normalised as the corpus text is."""

    all: tuple[frozenset[str], ...]
    any: frozenset[str]
    exclude: frozenset[str]
    incomparable: frozenset[str]

    @classmethod
    def of(cls, pledge: Pledge, vocabulary: Vocabulary | None = None) -> RuleWords:
        """The words of ``pledge``, each with its synonyms."""
        vocabulary = vocabulary or default_vocabulary()

        def variants(keywords: Iterable[str]) -> frozenset[str]:
            return frozenset(normalise(v) for k in keywords for v in vocabulary.variants(k))

        evidence = pledge.evidence
        return cls(tuple(variants(group) for group in _spellings(evidence.all)), variants(evidence.any),
                   variants(evidence.exclude), variants(evidence.incomparable))

    def spans(self, text: str) -> list[tuple[int, int]] | None:
        """Where the keywords stand in ``text``, or None when the text does not qualify."""
        found: list[tuple[int, int]] = []
        for group in self.all:
            spans = occurrences(text, group) or _within_pair(text, group) or _widened(text, group)
            if not spans:
                return None
            found += spans
        if self.any:
            spans = occurrences(text, self.any)
            if not spans:
                return None
            found += spans
        if occurrences(text, self.exclude):
            return None
        return found

    def probes(self) -> tuple[frozenset[str], ...]:
        """For each keyword :meth:`spans` needs, strings of which a text holding it holds one:
        a spelling's first two characters (a widened spelling keeps them too), and 城乡 where
        the keyword is one of the pair it names.

        >>> words = RuleWords.of(Pledge(id="income", year=2023, quote="农村居民收入增长8%", evidence=["农村居民"]))
        >>> sorted(words.probes()[0])
        ['农村', '城乡']
        """
        probes = [frozenset({word[:2] for word in group}
                            | {pair for pair, halves in PAIRS.items() if any(group & half for half in halves)})
                  for group in self.all]
        return tuple(probes) + ((self.any,) if self.any else ())

    def named(self) -> list[str]:
        """Every spelling of the pledge's words (for reading a statement's indicator)."""
        return sorted({word for group in self.all for word in group} | self.any)

    def differs(self, text: str) -> list[tuple[int, int]]:
        """Where a word marking another measure (``evidence.incomparable``) stands."""
        return occurrences(text, self.incomparable)
