"""Which period each sentence of a review part (or a plan's recap) speaks of: the reviewed year, several, the next.

A review is not always of one year. The State Council's 2018 report reviews five
years ("过去五年工作回顾") with one paragraph on 2017; 浙江's 2026 report reviews 2025
and then the whole 十四五. A sentence's period is set by the words it opens with
("五年来，…", "刚刚过去的2017年，…", "过去一年，…"); a paragraph that opens with such
words sets the period of the paragraphs after it too, until another does, and so does one of the review in
which a sentence turns to several years as its topic ("2025年是“十四五”收官之年。五年来，…" opens the five
years' bullets that follow, and a year's figure said inside them does not end them); a salutation
before them ("各位代表！" as a sentence of its own) changes nothing. A review part whose heading
names a period of several years ("过去五年工作回顾", "本届政府工作回顾") starts in that period.
A paragraph of the plan that opens on the reviewed year ("过去一年，…", "去年…") recaps it.

Only figures of the reviewed year are evidence; those of several years are context.

>>> from pledgetrack.corpus import load_corpus
>>> doc = load_corpus()["yuexiu-2024-gwr"]
>>> scopes = review_scopes(doc)
>>> sentence = next(s for s in doc.sentences(PartKind.REVIEW) if "9.7万" in s.text)
>>> scopes[sentence.start]
<Scope.YEAR: 'year'>
"""

from __future__ import annotations

import enum
import re

from .model import Part, PartKind, Section, Sentence

# Where the word lists below come from: official terms (the five-year plans, 党的十八大) and grammar
# (how any report words a period: 五年来, 过去一年, 今年); none was measured on a report.
# "十四五", "“十三五”": the five-year plans; the earlier ones ("八五", "九五", "“十五”") only in quotation marks or
# before 时期/期间/计划, never inside a year written in numerals (一九九五年).
FIVE_YEAR_PLAN = (r"(?:[“\"]?十[一二三四五六七八九]五[”\"]?|[“\"](?:十|[六七八九])五[”\"]"
                  r"|(?<![〇零一二三四五六七八九十])[六七八九]五(?=时期|期间|计划|以来))")
_SEVERAL = re.compile(
    # A government's term is three to five years: "四年来" in the report of a term elected in 1984.
    r"(?:近|这|过去)?[两三四五六七八九十几]年来|过去(?:的)?[两三四五十几]年|这[两三四五十几]年|近[两三四五十几]年"
    r"|以来的[两三四五十几]年"
    r"|[五十]年(?:历程|间|里|工作)"
    r"|" + FIVE_YEAR_PLAN + r"(?:时期|期间|以来|的五年|发展成就|时期取得)"
    r"|(?:19|20)\d\d\s*[—\-–~～至到]\s*(?:19|20)?\d\d\s*年|(?:党的)?十[八九]大以来"
    # A government's term: "本届政府", "市十五届人大一次会议以来" (the session that elected it).
    r"|本届|届(?:人大|人民代表大会)(?:一|第一)次会议以来")
# "2023年以来" in the report reviewing 2023 is that year; "2013年以来" in the 2018 report is five.
_SINCE = re.compile(r"((?:19|20)\d\d)年以来")
_YEAR = r"过去的?一年|过去这一年|这一年|一年来|刚刚过去的|去年|全年|{year}年|{numerals}年"
_COMING = r"今年|明年|下一步|新的一年|{plans}年"
# A paragraph of the plan that opens on the reviewed year recaps it: "过去一年，…", "2025年，…".
_RECAP = r"(?:过去的?一年|过去这一年|一年来|刚刚过去的|去年|{year}年(?!以来))"
# Words that may stand before the ones that set the period: "各位代表，刚刚过去的2015年…", "——五年来…".
_LEAD = re.compile(r"(?:各位代表[！!，,：:]?\s*|——\s*|回顾\s*|回首\s*)*")
# A sentence that is only a salutation ("各位代表！" before "过去一年，…") opens no period.
_SALUTATION = re.compile(r"\s*各位代表\s*[！!，,：:。]?\s*")
_OPENING_WIDTH = 16
_FIRST_CLAUSE = re.compile("[，,。；;：:！!]")
# Grammar: the numbering of an item (（六）, 三、, 2.), which a paragraph of a review's list of the year's work opens with.
_NUMBERED = re.compile(r"\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．](?![0-9]))")


def in_numerals(year: int) -> str:
    """``year`` written in Chinese numerals, as reports of the 1990s write it.

    >>> in_numerals(1995), in_numerals(2005)
    ('一九九五', '二〇〇五')
    """
    return str(year).translate(_NUMERALS)


_NUMERALS = str.maketrans("0123456789", "〇一二三四五六七八九")


class Scope(str, enum.Enum):
    """The period a review sentence speaks of."""

    YEAR = "year"  # the year the report reviews
    SEVERAL_YEARS = "several_years"  # 过去五年, "十四五"时期, 2013—2017年
    COMING = "coming"  # the year ahead: 今年, 明年


def opening_scope(text: str, reviews: int, plans: int | None) -> Scope | None:
    """The period that the opening words of ``text`` name, or None where they name none.

    >>> opening_scope("五年来，经济实力跃上新台阶。", 2017, 2018)
    <Scope.SEVERAL_YEARS: 'several_years'>
    >>> opening_scope("各位代表，刚刚过去的2015年，我区…", 2015, 2016)
    <Scope.YEAR: 'year'>
    >>> opening_scope("全区实现地区生产总值3810.24亿元", 2023, 2024) is None
    True
    >>> opening_scope("新改建农村公路850公里，近三年累计新改建农村公路3260公里。", 2019, 2020) is None
    True
    """
    start = _LEAD.match(text).end()
    opening = text[start:start + _OPENING_WIDTH]
    # (several years open the paragraph in its first clause: "新改建农村公路850公里，近三年累计…" is the year's, then
    # the three years')
    several = _SEVERAL.search(opening, 0, _FIRST_CLAUSE.search(opening + "。").start())
    since = _SINCE.search(opening)
    if several is None and since is not None and int(since[1]) < reviews:
        several = since
    year = re.search(_YEAR.format(year=reviews, numerals=in_numerals(reviews)), opening)
    coming = re.search(_COMING.format(plans=plans or reviews + 1), opening)
    found = [(m.start(), scope) for m, scope in ((several, Scope.SEVERAL_YEARS), (year, Scope.YEAR),
                                                   (coming, Scope.COMING)) if m is not None]
    return min(found)[1] if found else None


def part_scope(part: Part) -> Scope:
    """Where a review part starts: in several years when its heading names a period ("过去五年工作回顾").

    >>> part_scope(Part(PartKind.REVIEW, 2017, "一、过去五年工作回顾", 0, 10))
    <Scope.SEVERAL_YEARS: 'several_years'>
    """
    several = _SEVERAL.search(part.heading) or "五年" in part.heading
    return Scope.SEVERAL_YEARS if several else Scope.YEAR


def period_sections(doc, year: int) -> list[Section]:
    """``doc``'s sections headed by a period of several years to come, and not ``year``: the targets under
    "二、今后五年工作的总体要求" or "二、“十五五”时期的主要目标任务" are the period's goals, not pledges of the year,
    while "三、全力推动“十五五”开好局" heads the year's work.

    >>> from pledgetrack.corpus import load_corpus
    >>> period_sections(load_corpus()["yuexiu-2024-gwr"], 2024)
    []
    """
    return [s for s in doc.sections if _PERIOD_HEADING.search(s.title) and str(year) not in s.title
            and "今年" not in s.title]


def period_heading(doc, start: int, year: int, sections: list[Section] | None = None) -> str:
    """Why a target standing at ``start`` of ``doc`` is a goal for several years: the heading of several years to come
    it stands under (``sections``, where :func:`period_sections` has read them already), or ''.

    >>> from pledgetrack.corpus import load_corpus
    >>> doc = load_corpus()["yuexiu-2024-gwr"]
    >>> period_heading(doc, doc.text.find("地区生产总值"), 2024)
    ''
    """
    found = next((s.title for s in (period_sections(doc, year) if sections is None else sections)
                  if s.start <= start < s.end), "")
    return f"the target stands under '{found}', a goal for several years, not for {year} alone" if found else ""


# Grammar and official terms: a heading naming a period of several years to come (今后五年, the five-year plans'
# 时期, 2021—2025年); the name of a plan alone ("推动“十五五”开好局") is no period.
_PERIOD_HEADING = re.compile(r"(?:今后|未来)(?:五|几)年|" + FIVE_YEAR_PLAN + r"(?:时期|期间)"
                             r"|(?:19|20)\d\d\s*[—\-–~～至到]\s*(?:19|20)?\d\d\s*年")


def review_scopes(doc) -> dict[int, Scope]:
    """The period of every review sentence of ``doc``, and of the plan's recaps, by the sentence's start offset.

    A plan sentence has a period only in a paragraph that recaps the reviewed year
    ("过去一年，国防和军队改革取得重大突破…。新的一年，我们要…": ``year``, then ``coming``).
    """
    scopes: dict[int, Scope] = {}
    paragraphs = doc.paragraphs()
    recap = re.compile(_LEAD.pattern + _RECAP.format(year=doc.reviews))
    for part in doc.parts:
        if part.kind not in (PartKind.REVIEW, PartKind.PLAN):
            continue
        carried = part_scope(part)
        sentences = [s for s in doc.sentences(part.kind) if part.start <= s.start < part.end]
        item_scope, turned_in_item = None, False  # the period the part's numbered items are of, once one is met
        prose_end = part.start + 1  # (the part's heading is no item's title)
        for group in _by_paragraph(sentences, paragraphs):
            opener = next((s for s in group if not _SALUTATION.fullmatch(s.text)), None)
            numbered = _opens_item(doc.text, group[0].start, prose_end)
            prose_end = group[-1].end
            if numbered and part.kind is PartKind.REVIEW:
                # "（三）…": the next item of the year's review, after "五年来，…" said inside the item before
                carried = item_scope if turned_in_item else carried
                item_scope, turned_in_item = carried if item_scope is None else item_scope, False
            if part.kind is PartKind.PLAN:
                if opener is None or not recap.match(opener.text):
                    continue  # the plan speaks of the coming year
                carried = Scope.YEAR
            opened = opening_scope(opener.text, doc.reviews, doc.plans) if opener is not None else None
            turned = opened is Scope.SEVERAL_YEARS and _turns_to_several(opener.text, doc.reviews)
            if opened is not None and (opened is not Scope.SEVERAL_YEARS or turned):
                carried = opened
            current = carried
            for sentence in group:
                here = opening_scope(sentence.text, doc.reviews, doc.plans)
                if here is Scope.SEVERAL_YEARS and not _turns_to_several(sentence.text, doc.reviews) \
                        or here is Scope.COMING and part.kind is PartKind.REVIEW and sentence is not opener:
                    # "2017年以来累计新改建农村牧区公路580公里。": several years said of this sentence's figures only;
                    # "…推迟至今年上半年开通。": the year ahead said of this sentence only, the review goes on after it
                    scopes[sentence.start] = here
                    continue
                current = here or current
                scopes[sentence.start] = current
            turning = [s for s in group if _turns_to_several(s.text, doc.reviews)]
            if part.kind is PartKind.REVIEW and not numbered and turning:
                # "2025年是“十四五”收官之年。五年来，…": the five years go on; not where the paragraph is one numbered
                # item of the year's review ("（六）沿边开放迈出新步伐。…“十四五”以来，…"): its turn is its own, as
                # is one said after the item's own figures in a paragraph of its body ("（二）…" on its own line,
                # then "农民人均纯收入612元…。五年来，…"), to the next item
                carried = Scope.SEVERAL_YEARS
                turned_in_item = item_scope is not None and turning[0] is not opener and opened is None
    return scopes


def _opens_item(text: str, start: int, prose_end: int) -> bool:
    r"""Whether the paragraph at ``start`` opens a numbered item: its line opens with the item's number (the body
    after a run-in title, "（六）…。瑞江…"), or the line before it is the item's numbered title ("（三）…。" alone, no
    prose: it begins at or after ``prose_end``, where the prose before ends).

    >>> _opens_item("一、回顾\n（三）交通改善。\n新建公路60公里。", 14, 1), _opens_item("一、回顾\n新建公路60公里。", 5, 1)
    (True, False)
    >>> _opens_item("（六）民生改善。新增就业5万人。\n五年来，…", 17, 16)  # a run-in item before is prose
    False
    """
    line = text.rfind("\n", 0, start) + 1
    if _NUMBERED.match(text, line):
        return True
    title = text.rfind("\n", 0, max(line - 1, 0)) + 1
    return title >= prose_end and _NUMBERED.match(text, title) is not None


def _turns_to_several(text: str, reviews: int | None = None) -> bool:
    """Whether a sentence opens on several years as its topic ("五年来，…"), not in a clause of its own
    ("在提前完成本届政府…目标的基础上，去年又…").

    >>> _turns_to_several("五年来，我们牢记嘱托"), _turns_to_several("在提前完成本届政府减少行政审批事项三分之一目标的基础上")
    (True, False)
    """
    start = _LEAD.match(text).end()
    several = _SEVERAL.match(text, start)
    if several is None and reviews is not None:  # (2013年以来，… in the report reviewing 2017; not 2017年以来)
        several = _SINCE.match(text, start)
        several = several if several is not None and int(several[1]) < reviews else None
    return several is not None and text[several.end():several.end() + 1] in ("，", ",")


def _by_paragraph(sentences: list[Sentence], paragraphs: tuple[tuple[int, int], ...]):
    groups: dict[int, list[Sentence]] = {}
    index = 0
    for sentence in sentences:
        while index + 1 < len(paragraphs) and paragraphs[index][1] <= sentence.start:
            index += 1
        groups.setdefault(index, []).append(sentence)
    return [group for _, group in sorted(groups.items())]
