"""What one review sentence says about a pledge: the figure near its keywords, or why there is none.

A sentence about several years ("五年来，退出钢铁产能1.7亿吨以上") is kept as context, its
figure never graded: a five-year total is not one year's outcome.
"""

from __future__ import annotations

import re

from ..corpus import Document, Scope, Sentence
from ..rules.book import Rule
from ..rules.target import symbolic_target
from ..rules.vocabulary import Vocabulary
from ..statements import Measure, all_but, read_sentence, stated_completion, stated_undone
from ..statements.completion import done_words, several_things
from ..statements.undone import CAUSES, UNDER_WAY
from ..statements.deeds import another_deed
from ..statements.named_alone import unscoped
from ..statements.pledged import pledged_reached
from .candidate import Candidate, named_with
from .figures import NEXT_CLAUSE, answers, beside, clause_bounds, distance, is_estimate, measure_fits, respective
from .identify import Identified
from .keywords import RuleWords
from .tables import assigned_figure

# A figure of the pledge's very unit in the clause beside the keyword's is read only when
# none stands with the keyword itself, and is further than any that does.
_BESIDE = 5 * NEXT_CLAUSE
# A figure whose indicator is the pledge's, though no clause ties it to the keywords ("城镇居民人均可支配
# 收入达到4.11万元，农民人均纯收入达到2.16万元，分别增长9.5%和11.2%"), is further still.
_BY_IDENTITY = 8 * NEXT_CLAUSE


# Grammar: a turn before a cause (但由于配套资金没有及时落实，未能按计划在去年开工).
_BUT = re.compile("(?:但是|但|然而|可是)?")


# Grammar: the words a clause of denial with no subject of its own opens with (…，但受拆迁进度影响，|未能按计划年内动工).
_DENIALS = ("未能", "尚未", "仍未", "没有")


def completion_scope(spans: list[tuple[int, int]], text: str) -> tuple[list[str], list[str]]:
    """The keywords' clauses, and the clause after each: "实施营商环境6.0改革，|推出88项举措". Things listed with
    、 share the deed said after the last of them ("重点水域禁捕退捕、人工繁育野生动物禁养退养全面完成"); a clause
    after that gives a cause, or work still going on, takes the one it leads to ("受上位规划调整影响，未能按计划开工
    建设", "主体工程完工，正在进行设备安装调试，预计今年上半年投入使用"). In a sentence that opens with the thing, a later
    clause of denial with no subject of its own speaks of it ("…完成初步设计，征地拆迁全面铺开，但受拆迁进度影响，未能按计划
    年内动工")."""
    own, following = [], []
    for start, _ in spans:
        begin, end = clause_bounds(text, start)
        while 0 < start - begin <= 2 and text[begin - 1:begin] == "、":
            begin = clause_bounds(text, begin - 2)[0]  # (通过了省、地|普及初等教育评估验收: levels listed before it)
        while text[end:end + 1] == "、":
            end = clause_bounds(text, end + 1)[1]
        own.append(text[begin:end])
        if end < len(text):
            after = clause_bounds(text, end + 1)
            cause_at = after[0] + len(_BUT.match(text, after[0]).group())  # (但由于…: a cause all the same)
            if (text.startswith(CAUSES, cause_at) or UNDER_WAY.match(text, after[0])) and after[1] < len(text):
                after = (after[0], clause_bounds(text, after[1] + 1)[1])
            following.append(text[after[0]:after[1]])
        if not text[:begin].strip():  # the sentence opens with the thing: a denial with no subject is the thing's
            following += [text[a:b] for a, b in _clauses_after(text, end) if text.startswith(_DENIALS, a)]
    return own, following


def _clauses_after(text: str, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text`` after the one ending at ``end``, each without its leading punctuation."""
    spans = []
    while end < len(text):
        spans.append(clause_bounds(text, end + 1))
        end = spans[-1][1]
    return spans


def sentence_candidate(rule: Rule, words: RuleWords, doc: Document, sentence: Sentence, vocabulary: Vocabulary,
                       scope: Scope = Scope.YEAR, wanted: Measure | None = None) -> Candidate | None:
    """The candidate ``sentence`` offers for ``rule``, or None when its keywords are not all there.

    ``wanted`` is the measure the pledge promises (:func:`.identify.wanted_measure`, read once per rule):
    only a figure of the pledged indicator, measure, group and year is the candidate's.
    """
    text = sentence.text
    spans = words.spans(text)
    if spans is None and not _ends_said(words, text):
        return None  # (the reading is asked only where each word's end stands in the sentence)
    statements = read_sentence(text, rule.year, doc.lead_of(sentence))
    if spans is None:
        spans = _named_by_reading(words, text, statements)
    if spans is None:
        return None
    clauses, words_done = completion_scope(spans, text), done_words(rule.pledge.quote, vocabulary.completion)
    completion = stated_completion(*clauses, words_done, rule.pledge.quote)
    if completion and len(spans) > 1 and several_things(rule.pledge.quote, rule.pledge.evidence.all):
        # "建成滨浦实验中学新校舍和海棠路小学": each thing must be stated done in its own clause, not one for both
        each = [stated_completion(*completion_scope([span], text), words_done, rule.pledge.quote) for span in spans]
        completion = completion if all(each) else ""
    # (both: of a pledge of several things, one may be stated done and another not)
    undone = stated_undone(*clauses, words_done)
    identified = Identified.of(rule, statements, [text[s:e] for s, e in spans] + words.named(), wanted, words.all)
    figures = [q for q in identified.figures if not any(s <= q.span[0] < e for s, e in spans)]
    differs = words.differs(text)
    near = {id(q): distance(spans, text, q) for q in figures}
    listed = respective(text, spans, tuple(figures))
    if listed:
        near = {id(q): (0 if any(q is item for item in listed) else None) for q in figures}
    for q in identified.carrying(figures):
        if near[id(q)] is None:
            near[id(q)] = _BY_IDENTITY
    stands_near = [q for q in figures if near[id(q)] is not None]
    of_unit = [q for q in stands_near if answers(rule, q)]
    fitting = [] if differs else [q for q in of_unit if measure_fits(rule, text, q)]
    if not fitting and not differs and not listed and rule.target is not None:
        # (a rate beside is another rate, unless named as the quote names its figure: …，参保率达到88.6%)
        fitting = [q for q in figures if q.unit == rule.target.unit
                   and (q.unit not in ("%", "‰", "") or _named_as_quoted(identified, q, rule.pledge.quote))
                   and beside(spans, text, q) and measure_fits(rule, text, q)]
        near.update({id(q): _BESIDE for q in fitting})
    # A figure of the pledge's unit in the clause beside (拆迁1.4万户 beside 棚户区改造) may be the pledge's
    # where it names no thing of its own, only a deed (拆迁, 安置), or where the keywords' clause only names the
    # thing and the next one counts things of its kind ("培育发展“四上”企业，入库企业净增1500家"); not where it
    # names another thing (组建创新联合体15个 beside 重大科技计划项目; 3920个新投产项目 after 省市县重点项目完成投资
    # 2.8万亿元, a clause with a figure of its own), nor where it is of another period, measure or group.
    beside_only = bool(near) and all(near[id(q)] == _BESIDE for q in fitting)
    topics = _topic_heads(text, spans, identified.figures) if beside_only else {}
    others = [q for q in fitting if not _may_stand_for(identified, q, beside_only, topics, rule.pledge.quote)]
    fitting = [q for q in fitting if _may_stand_for(identified, q, beside_only, topics, rule.pledge.quote)]
    # of figures of the pledge, the one the review names with the words the plan names it with (the evidence's
    # qualifiers: 26座水冲式公共厕所, not 24座移动公厕, for 水冲式公厕)
    qualifiers = rule.pledge.evidence.qualifiers

    def named_otherwise(q) -> bool:
        return not named_with(identified.indicators[id(q)], qualifiers, text)

    best = min(fitting, key=lambda q: (-identified.carried(q), named_otherwise(q), near[id(q)]), default=None)
    note, incomparable = "", False
    if best is None and others:
        note = "its figures measure other things: " + "; ".join(identified.describe(q) for q in others)
    elif differs:
        note, incomparable = f"it measures something else ({text[differs[0][0]:differs[0][1]]})", True
    elif best is not None and scope is Scope.SEVERAL_YEARS and identified.years[id(best)] != rule.year \
            and not (identified.reached[id(best)] and rule.target is not None
                     and pledged_reached(rule.pledge.quote, rule.target.text)):
        # (a clause that names the year itself, "2021年新增规上工业企业18家", is that year's among the five; a level
        # the years reached, "研发经费投入强度由1.21%提高到1.58%", is the level at their end, the year reviewed, for a
        # pledge of a level reached, never of what the year built: 建设高标准农田300万亩 is no 达到4808万亩)
        note, incomparable = f"its figure is for several years, not {rule.year} alone: {best.text.strip()}", True
        best, completion = None, ""
    elif best is None and of_unit:
        note, incomparable = "its figures count a total, not what was added: " + _listing(of_unit), True
    elif best is None and stands_near:
        note, incomparable = "its figures are of another unit: " + _listing(stands_near), True
    elif best is None and figures:
        note = "its figures are of other things: " + _listing(figures)
    part = next((q for q in others if best is None and scope is Scope.YEAR and identified.adds_up(q)), None)
    return Candidate(doc.id, doc.info.file, doc.position(sentence.start), text, "text", best,
                     near[id(best)] if best else NEXT_CLAUSE, sentence.start, sentence.end,
                     assigned_figure(symbolic_target(text)), note, completion, incomparable,
                     best is not None and is_estimate(text, best), part,
                     identified.indicators[id(shown)] if (shown := best if best is not None else part) else "",
                     # (a milestone promised for the year and stated done among the years ending with it was done by
                     # its end: 省属国有企业改制任务基本完成 in the five years' review; stated not done there, it may be
                     # of an earlier year)
                     "" if scope is Scope.SEVERAL_YEARS else undone,
                     # (a target restated, not all but some of it: 十项民生实事除口袋公园外全部完成)
                     restated if (restated := identified.restating(rule.target)) is not None
                     and not all_but(text, restated) else None)


def _named_by_reading(words: RuleWords, text: str, statements) -> list[tuple[int, int]] | None:
    """Where the keywords stand, for a sentence that names the pledge's thing in two clauses ("实现工业总产值80亿元，
    增加值28亿元" for 工业增加值): each keyword is the name read for a figure, and its end stands in that figure's
    clause (增加值); None where any keyword is not.

    >>> from pledgetrack import Pledge
    >>> from pledgetrack.statements import read_sentence
    >>> text = "实现工业总产值80亿元，增加值28亿元"
    >>> words = RuleWords.of(Pledge(id="v", year=1995, quote="工业增加值25亿元", evidence=["工业增加值"]))
    >>> [text[s:e] for s, e in _named_by_reading(words, text, read_sentence(text, 1995))]
    ['增加值']
    """
    found = []
    for group in words.all:
        span = next((span for word in sorted(group) for statement in statements if word in statement.indicator
                     and (span := _end_in_clause(word, text, statement.start))), None)
        if span is None:
            return None
        found.append(span)
    return found


def _ends_said(words: RuleWords, text: str) -> bool:
    """Whether the end (two characters) of a spelling of each keyword stands in ``text``: what
    :func:`_named_by_reading` needs before it reads the sentence; never for words with alternatives or exclusions,
    whose text matching alone decides."""
    return not words.any and not words.exclude and all(any(word[-2:] in text for word in group) for group in words.all)


def _end_in_clause(word: str, text: str, figure: int) -> tuple[int, int] | None:
    """Where the longest end of ``word`` (two characters at least) stands in the clause of the figure at
    ``figure``, before it."""
    begin = clause_bounds(text, figure)[0]
    for cut in range(1, len(word) - 1):
        at = text.rfind(word[cut:], begin, figure)
        if at != -1:
            return at, at + len(word) - cut
    return None


# Official statistics of building: the size a works is measured by (…建成通车，全长142公里), no deed the year did.
_SIZES_OF_WORKS = ("全长", "总长", "长度", "全程", "面积", "容量", "库容")


def _may_stand_for(identified: Identified, q, beside_only: bool, topics: dict[int, list[str]], quote: str) -> bool:
    """Whether a fitting figure may be the pledge's: one of the pledged indicator, or, standing only in the
    clause beside the keywords, one whose indicator is a deed of two characters (拆迁1.4万户; a character alone
    is a word cut short, as 新 of 3920个新投产项目), or one
    counting things of the kind a figure-less clause just before names (``topics``: 入库企业 after “四上”企业), at
    the deed the ``quote`` promises (not 竣工投产…项目41个 for 实施重大项目100个以上), or one named as the quote names
    its figure after the same topic (城乡居民社会养老保险制度全面实施，参保率达到88.6%)."""
    differs = identified.differs(q)
    if differs != "indicator" or not beside_only:
        return not differs
    indicator = unscoped(identified.indicators[id(q)])
    if _named_as_quoted(identified, q, quote) and any(end <= q.span[0] for end in topics):
        return True  # (…制度全面实施，参保率达到88.6%: the measure the quote names after the same topic, 参保率达到85%)
    return len(indicator) == 2 and indicator not in _SIZES_OF_WORKS or not another_deed(indicator, quote) and any(
        end <= q.span[0] and any(indicator.endswith(word[-2:]) for word in words) for end, words in topics.items())


def _named_as_quoted(identified: Identified, q, quote: str) -> bool:
    """Whether the figure's indicator, its scope words left off, is a name of two characters or more that the quote
    gives its own figure (参保率 of "全面实施城乡居民社会养老保险制度，参保率达到85%")."""
    indicator = unscoped(identified.indicators[id(q)])
    return len(indicator) >= 2 and indicator in quote


def _topic_heads(text: str, spans: list[tuple[int, int]], figures) -> dict[int, list[str]]:
    """Where each clause of the keywords that names them and holds no figure ends, with the words it names:
    a topic the next clause may count ("培育发展“四上”企业，入库企业净增1500家")."""
    found: dict[int, list[str]] = {}
    for start, end in spans:
        clause = clause_bounds(text, start)
        if not any(clause[0] <= q.span[0] < clause[1] for q in figures):
            found.setdefault(clause[1], []).append(text[start:end])
    return found


def _listing(figures) -> str:
    return ", ".join(q.text.strip() for q in figures)
