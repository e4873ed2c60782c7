"""Drafting the pledges without a figure that an auditor lists: a direction for an indicator, a named thing done.

Each figure-less clause of a plan sentence is read by the statements stage (:func:`read_aim`); only a clause
with a checkable object becomes a rule (a milestone: the grader judges a promise to increase by the sign of
the indicator's growth, a cap or a thing by the review stating it done). Its evidence words are the
indicator or thing as the reviews name it: the whole phrase (as official statistics report it: 农民收入 →
农村居民人均纯收入) where a review sentence holds it, else its qualifier and head apart where one sentence
holds both (粮食产量 → 粮食, 产量: "粮食总产量"), never an ending cut out of it (性收入); a phrase no review
holds stays whole, and the rule stays unverifiable. A named thing is always looked for whole. A cap or a
fall is answered only by a sentence that says it held or fell (控制, 稳定, 回落 …).

>>> from pledgetrack.draft.words import ReviewWords
>>> [(w, heard) for w, heard in aim_words("粮食和棉花产量", ReviewWords(["粮食总产量4445亿公斤"]))]
[(('粮食', '产量'), True), (('棉花产量',), False)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..corpus import Document
from ..corpus.normalise import fold_key
from ..quantity import find_quantities
from ..rules.model import Kind, Pledge
from ..statements.aims import EFFORT_VERBS, HEADS, Aim, completion_alone, read_aim
from ..statements.completion import STATES
from ..statements.stretches import deed_only
from .doubts import as_check
from .naming import Ids, area_of
from .pieces import clauses
from .refusals import clause_period, clause_refusal, sizes_works
from .words import ReviewWords

__all__ = ["aim_drafts", "aim_words", "joined_works", "listed_done", "named_apart", "sentence_aims"]

# Grammar: a clause with no subject of its own that goes on with the previous one's ("…信贷规模和货币投放量，
# 都有适当增长").
_GOING_ON = ("都", "均", "也", "不能", "不再")
# Grammar: the effort a clause opens with (加快, 推进), which a completion promised in the clause after it (确保年内建成)
# outweighs.
_EFFORT_LEAD = re.compile("^\\s*(?:" + "|".join(EFFORT_VERBS) + ")+")
# Grammar: the endings of a clause naming works being built (…二期工程建设, …工程, …项目).
_WORKS_NAMED = ("建设", "工程", "项目")
# Grammar: the preparation of works named, before the completion promised of them (做好鹤鸣水库前期工作，|力争年内开工).
_PREPARED = re.compile("(?:做好|抓紧|抓好|加快|加紧)(?P<works>[\u4e00-\u9fff“”]{2,16}?)的?(?:前期|各项准备|准备)工作")
# Grammar: the words that join the items of a list of indicators.
_JOINS = ("和", "与", "及")
# Grammar: a comparison with last year ("比去年的实际涨幅低一些", "不能比上年扩大") sets a direction for the
# plan's year; it is no description of the past.
_COMPARED = re.compile("[比较](?:去年|上年)")
# Grammar: the words a review states a cap, steadiness or a fall with ("货币发行得到控制", "赤字控制在预算之内"):
# without one, a sentence that names the indicator and some completion (组建了…) says nothing of the aim.
_SAID_HELD = {"hold": ("控制", "稳定", "平衡", "以内", "之内", "不突破", "没有扩大"),
              "down": ("下降", "降低", "回落", "减少", "以内", "之内")}
# Grammar: a works named by the joining of two parties' things ("双良与华能供热管网贯通"): the first party, a join,
# then the second party and the thing, then the joining.
_JOINED = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,6})[与和同](?P<rest>[\u4e00-\u9fff]{4,16}?)(?:贯通|联通|互联互通|连通|并网)")
# Official terms: an inspection passed, named by what it is for, between the level that inspects and its kind
# (通过|省|“两基”|国家检查|验收).
_INSPECTED = re.compile("通过(?:了)?(?:国家|省政府|省|市|州|县)?级?“?(?P<what>[\u4e00-\u9fff]{2,16}?)”?"
                        "(?:国家|省级?|市级?)?(?:检查|评估|考核|达标)*验收")
_WHAT_TO_CHECK = {
    "up": "a rise promised without a figure ({verb}): check that the review gives the growth of {name} for "
          "{year}; it is graded by the growth's sign",
    "down": "a fall promised without a figure ({verb}): check what the review says of {name} for {year}; it is "
            "graded met only where the review states it done",
    "hold": "a cap or steadiness promised without a figure ({verb}): check what the review says of {name} for "
            "{year}; it is graded met only where the review states it done",
    "done": "a milestone ({verb} {name}): check that the review states this very thing done in {year}, "
            "not begun or another like it",
}


def sentence_aims(sentence: str, year: int) -> Iterator[tuple[int, int, Aim]]:
    """Each figure-less clause of a plan sentence that states an aim: (start, end, aim).

    >>> [(s, e, a.indicator) for s, e, a in sentence_aims("今年计划安排的信贷规模和货币投放量，都有适当增长。", 1993)]
    [(0, 24, '信贷规模和货币投放量')]
    """
    spans = [(a, b) for a, b in clauses(sentence) if sentence[a:b].strip()]
    for k, (a, b) in enumerate(spans):
        clause = sentence[a:b]
        aim = read_aim(clause)  # the reading first: most clauses state no aim, and figures are sought only then
        prepared = _PREPARED.fullmatch(clause.strip())
        done = completion_alone(sentence[spans[k + 1][0]:spans[k + 1][1]]) \
            if aim is None and k + 1 < len(spans) and (clause.rstrip().endswith(_WORKS_NAMED) or prepared) else ""
        if done:  # "抓紧县城自来水二期工程建设，确保年内建成投产": the completion promised of the works just named
            # (and "做好鹤鸣水库前期工作，力争年内开工": of the works prepared)
            aim = read_aim((prepared.group("works") if prepared else _EFFORT_LEAD.sub("", clause.rstrip())) + done)
            b = spans[k + 1][1] if aim is not None else b
        if aim is None and k + 1 < len(spans) and sentence[spans[k + 1][0]:].lstrip().startswith(_GOING_ON):
            end = spans[k + 1][1]
            aim = read_aim(clause.rstrip() + sentence[spans[k + 1][0]:end].lstrip())
            b = end if aim is not None else b
        # (a figure that only sizes the works named, 10万吨液态奶项目, leaves the clause a milestone)
        aims = [aim] if aim is not None else listed_done(clause)
        if aims and all(sizes_works(q, sentence[a:b]) for q in find_quantities(sentence[a:b])) \
                and not clause_refusal(_COMPARED.sub("", clause)) \
                and not clause_period(_COMPARED.sub("", clause), year, sentence[:a]):
            # (a milestone of another year is graded by no review of the plan's year: not drafted)
            lead = len(clause) - len(clause.lstrip())
            for each in aims:
                yield a + lead, b - (len(sentence[a:b]) - len(sentence[a:b].rstrip())), each


# Grammar: the deeds that build or open works, each of a short list of works its own milestone (a longer list names
# the parts of one works, 冰球馆、冰壶馆、媒体中心及运动员公寓, or a programme's items).
_MOST_LISTED = 3
# Official terms of building: the heads that name one works (…高速公路东段, …医院, …体育馆, 地铁4号线北段).
_WORKS_HEADS = ("路", "段", "线", "桥", "隧道", "铁路", "高速", "机场", "港", "站", "馆", "院", "中心", "楼", "场", "园",
                "厂", "城", "工程", "项目", "基地", "枢纽", "水库", "学校", "中学", "小学", "幼儿园", "区",
                "延")  # (a line's extension: 1号线北延)
# Official terms of building: a phase of one works named after it (地铁4号线一期, …二期工程).
_PHASE = re.compile("[一二三四五首]期(?:工程)?$")
# Grammar: the works a part of it is named after (勐澜机场|新航站楼, 区人民医院迁建|主体): one works, with the building
# of it said; a phase or a generic word (二期, 工程) is no part named apart, nor a deed alone (国际候机楼|扩建).
_WORKS_OF_PART = re.compile("(?:" + "|".join(_WORKS_HEADS) + ")(?:迁建|改扩建|扩建|改建|新建)?$")
# Official terms of building: a section of a line named by its place (地铁5号线|棠溪段), not a phase.
_SECTION = re.compile("(?P<works>[\u4e00-\u9fff0-9]{3,}?(?:线|路|铁路|高速|公路|大道))[\u4e00-\u9fff]{1,4}段")
_NO_PART = re.compile("^(?:[一二三四五首]期|工程|项目|建设)")
_WORKS_DONE = re.compile("(?:建成|开工建设|开工|开通|竣工|完工|投入使用|投用|投运|通车|运营|通航|并网|发电|封顶|并)+")


def listed_done(clause: str) -> list[Aim]:
    """The works a clause promises built or opened, listed with 、 after the deed ("建成澜州绕城高速公路东段、梅岭至石湾
    高速公路"): each its own milestone; [] where any item names no one works.

    >>> [aim.indicator for aim in listed_done("建成澜州绕城高速公路东段、梅岭至石湾高速公路")]
    ['澜州绕城高速公路东段', '梅岭至石湾高速公路']
    >>> listed_done("建成医院、学校等一批设施"), listed_done("开通海拉尔至乌兰乌德、伊尔库茨克国际航线")
    ([], [])
    >>> [aim.indicator for aim in listed_done("开工建设地铁4号线一期、5号线一期工程")]  # a phase of each works
    ['地铁4号线一期', '5号线一期']
    >>> [aim.indicator for aim in listed_done("确保地铁4号线、1号线北延建成通车")]  # the deed said after the last
    ['地铁4号线', '1号线北延']
    """
    items = clause.strip().split("、")
    if not 2 <= len(items) <= _MOST_LISTED:
        return []
    first = read_aim(items[0])
    last = read_aim(items[-1]) if first is None else None
    if first is not None:  # (the deed said before the first item, 建成|…, and so of every item)
        before = items[0][:first.start]
        aims = [first] + [read_aim(before + item) for item in items[1:]]
    elif last is not None:  # (or after the last, …、1号线北延|建成通车, and so of every item)
        after = items[-1][last.start + len(last.indicator):]
        aims = [read_aim(item + after) for item in items[:-1]] + [last]
    else:
        return []
    # (works built, opened or set up, each a thing of its own; not a way of working listed, 实行以县为主、分类施策, nor
    # coverage, titles or policies: 实现…全覆盖, 创建…, 建立…清单)
    return aims if all(each is not None and each.kind == "done" and _WORKS_DONE.fullmatch(each.verb)
                       and _PHASE.sub("", each.indicator).endswith(_WORKS_HEADS) and len(each.indicator) > 2
                       for each in aims) else []


def aim_words(indicator: str, heard_words: ReviewWords) -> list[tuple[tuple[str, ...], bool]]:
    """The evidence words of each indicator a list names, and whether a review sentence holds them."""
    items = [indicator]
    for join in _JOINS:
        items = [part for item in items for part in item.split(join)]
    items = [item for item in items if len(item) >= 2]
    last_head = next((h for h in sorted(HEADS, key=len, reverse=True) if items and items[-1].endswith(h)), "")
    # "粮食和棉花产量": an item without a head of its own shares the last item's
    items = [item if item.endswith(HEADS) or not last_head else item + last_head for item in items]
    return [_words_of(item, heard_words) for item in dict.fromkeys(items)] if len(items) > 1 or not items \
        else [_words_of(indicator, heard_words)]


def joined_works(name: str, heard_words: ReviewWords) -> tuple[tuple[str, ...], bool] | None:
    """The words of a works joining two parties, named by the joining (双良与华能供热管网贯通): the two parties and
    the thing joined, as one review sentence names them all, which may say the joining in its own words
    (华能和双良公司实现供热管网互联互通); None where the name joins no two parties so named.

    >>> joined_works("双良与华能供热管网贯通", ReviewWords(["华能和双良公司实现供热管网互联互通"]))
    (('双良', '华能', '供热管网'), True)
    >>> joined_works("京九铁路", ReviewWords(["京九铁路全线铺通"])) is None
    True
    """
    joined = _JOINED.fullmatch(name)
    if joined is None:
        return None
    first, rest = joined.group("first"), joined.group("rest")
    # where the second party ends and the thing begins: the split one review sentence names
    return next((((first, rest[:at], rest[at:]), True) for at in range(2, len(rest) - 1)
                 if heard_words.heard(first, rest[:at], rest[at:])), None)


def _thing_words(aim: Aim, heard_words: ReviewWords) -> tuple[tuple[str, ...], bool]:
    """The words a thing done is looked for by: its name, or each of the things it joins (兰新复线|和|宝中铁路), and
    with a name of two characters (汇率 of 汇率并轨) the completion too, which one review sentence holds with it
    (汇率顺利并轨); with a state kept (应保尽保) the state, which a review may say clauses after the thing; with an
    inspection passed (通过“两基”国家检查验收) what it is for."""
    state = next((state for state in STATES if state in aim.verb), "")
    inspected = _INSPECTED.fullmatch(aim.verb)
    if inspected:  # "云溪县通过“两基”国家检查验收": the place and what it is inspected for
        return (aim.indicator, inspected.group("what")), heard_words.heard(aim.indicator, inspected.group("what"))
    words = (aim.indicator,) if len(aim.indicator) > 2 and not state else (aim.indicator, state or aim.verb)
    parts = tuple(re.split("[和与及]", aim.indicator))
    if len(parts) > 1 and all(len(part) >= 2 for part in parts):
        words = parts  # "兰新复线和宝中铁路将投入运营": each thing named, each to be done
    heard = heard_words.heard(*words)
    apart = None if heard or len(words) > 1 else named_apart(aim.indicator, heard_words)
    if apart:
        return apart, True
    # (a section of works no review names, 地铁5号线棠溪段: the works, which a review states done whole or in sections
    # it names, 地铁5号线北段, no whole)
    section = None if heard or len(words) > 1 else _SECTION.fullmatch(aim.indicator)
    if section and heard_words.heard(section.group("works")):
        return (section.group("works"),), True
    return words, heard


def named_apart(name: str, heard_words: ReviewWords) -> tuple[str, str] | None:
    """A part of works (勐澜机场|新航站楼) as one review sentence names it apart from its works, where none names it
    whole ("勐澜机场改扩建工程全面竣工，新航站楼于10月投入使用"); None where none does.

    >>> named_apart("勐澜机场新航站楼", ReviewWords(["勐澜机场改扩建工程全面竣工，新航站楼于10月投入使用"]))
    ('勐澜机场', '新航站楼')
    >>> named_apart("区人民医院迁建主体", ReviewWords(["区人民医院迁建工程主体完工"]))
    ('区人民医院迁建', '主体')
    >>> named_apart("国际候机楼扩建", ReviewWords(["国际候机楼联检大厅改扩建完工"])) is None
    True
    >>> named_apart("城东污水处理厂二期", ReviewWords(["城东污水处理厂一期运行良好，二期完成选址"])) is None
    True
    """
    return next(((name[:at], name[at:]) for at in range(len(name) - 2, 2, -1)
                 if _WORKS_OF_PART.search(name[:at]) and not _NO_PART.match(name[at:]) and not deed_only(name[at:])
                 and heard_words.heard(name[:at], name[at:])), None)


def _words_of(phrase: str, heard_words: ReviewWords) -> tuple[tuple[str, ...], bool]:
    phrase = heard_words.reported_as(phrase)
    if heard_words.heard(phrase):
        return (phrase,), True
    head = next((h for h in sorted(HEADS, key=len, reverse=True) if phrase.endswith(h) and len(phrase) - len(h) >= 2),
                "")
    if head and heard_words.heard(phrase[:-len(head)], head):
        return (phrase[:-len(head)], head), True
    return (phrase,), False


def aim_drafts(doc: Document, text: str, offset: int, year: int, slug: str, heard_words: ReviewWords,
               ids: Ids, region: str | None, seen: set[str]) -> Iterator[tuple[Pledge, int, int]]:
    """The pledges (a milestone each) of a plan sentence's figure-less aims, with where each quote stands
    in ``doc`` and what a reviewer should check first. ``seen`` holds the folded quotes and things drafted already
    (the same aim printed in two reports is drafted once); the new ones are added to it."""
    for start, end, aim in sentence_aims(text, year):
        quote = text[start:end]
        key = f"{fold_key(quote)}|{aim.indicator}"  # (one quote may list several works, each its own)
        if key in seen:
            continue
        seen.add(key)
        section = doc.section_at(offset + start)
        # a named thing is looked for whole: a part of its name (改扩建, 等项目) is another thing's too
        for words, heard in aim_words(aim.indicator, heard_words) if aim.kind != "done" \
                else [joined_works(aim.indicator, heard_words) or _thing_words(aim, heard_words)]:
            name = aim.indicator if aim.kind == "done" else "".join(words)
            doubts = [_WHAT_TO_CHECK[aim.kind].format(verb=aim.verb, name=name, year=year)]
            if aim.verb.startswith(EFFORT_VERBS):
                doubts.append(f"the plan promises work ({aim.verb}) on a works named by its outcome: check that "
                              f"{year} was to finish it")
            if not heard:
                doubts.append(f"no review sentence names '{name}': check the evidence words")
            evidence = {"all": list(words), "any": list(_SAID_HELD[aim.kind])} if aim.kind in _SAID_HELD \
                else list(words)
            # what the review must say to settle it: it informs, it withholds no finding
            pledge = Pledge(id=ids.new(slug, year, name), year=year, quote=quote, evidence=evidence,
                            kind=Kind.MILESTONE, region=region, title=name,
                            area=area_of(section.title if section else "", quote), drafted=True,
                            check=as_check([("outcome", doubt) for doubt in doubts]))
            yield pledge, offset + start, offset + end
