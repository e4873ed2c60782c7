"""Cutting a plan sentence into commitments: the shortest span that holds each target whole.

A sentence is cut into clauses at ，；： and each clause into items at 、. Every
item with a figure that can be a target is a commitment; items without a figure
go with the next one ("组织线上、线下招聘会不少于100场" is one commitment), and
those after the last figure with the one before ("推动3个专业市场向数字化、展贸化转型").

>>> [(p.text, p.target.text) for p in cut("健全就业服务体系，新增5个口袋公园、城市绿地8000平方米。", 2024)]
[('新增5个口袋公园', '5个'), ('城市绿地8000平方米', '8000平方米')]
>>> [(p.text, p.target.text, p.doubts) for p in cut("力争63个区重点建设项目全年完成投资超39亿元", 2023)]
[('力争63个区重点建设项目全年完成投资超39亿元', '超39亿元', ('the quote holds 2 figures (63个, 超39亿元): check that 超39亿元 is the target',))]
>>> [(p.text, p.several) for p in cut("城镇常住居民人均可支配收入增长8%,达到35578元;", 2017)]
[('城镇常住居民人均可支配收入增长8%,达到35578元', True)]
>>> [(p.text, p.target.text, p.doubts) for p in cut("销售收入由去年的120亿元增加到150亿元", 2024)]
[('销售收入由去年的120亿元增加到150亿元', '150亿元', ())]
>>> cut("去年完成投资45亿元，今年新建3个公园", 2024)[0].text
'今年新建3个公园'
>>> [(p.text, p.subject) for p in cut("建设保障性住房，年内新开工29491套。", 2014)]
[('建设保障性住房，年内新开工29491套', '保障性住房')]
>>> piece = cut("城镇新增就业人数完成市下达目标；", 2023)[0]
>>> piece.text[:piece.symbol], piece.target
('城镇新增就业人数', None)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ..corpus.model import CLOSERS, OPENERS
from ..corpus.scope import FIVE_YEAR_PLAN
from ..quantity import Quantity, find_quantities
from ..rules.target import symbolic_target
from ..statements.words import BASE, ITEM_NUMBER, ORDINAL
from .refusals import clause_period, clause_refusal, figure_refusal, next_year_deadline
from ..statements.lexicon import VERBS
from .phrases import indicator_phrase
from .words import names_nothing, strip_lead_ins

# Grammar: the punctuation that ends a clause, and an item of a list.
_CLAUSE_ENDS = "，,；;：:。！？"
_ITEM_ENDS = "、"
# Official terms: where a target in words begins (rules.target reads what it promises).
# Grammar: a clause that only stretches the target before it ("确保增长10%，力争12%").
_STRETCH = ("力争", "争取")
_SYMBOL_STARTS = ("完成国家下达", "完成省下达", "完成市下达", "完成上级下达", "保持正增长", "实现正增长", "可比持平",
                  "与上年持平", "与去年持平", "与经济增长")
# Grammar: Chinese words, nothing else (no bracket, quote mark or figure).
_WORDS = re.compile("[\u4e00-\u9fff]+")
# Grammar: a clause that goes on with the level the previous one's growth reaches, or with the growth of the
# level it set ("…总规模为28000亿元，比上年增长百分之十左右").
_REACHING = ("达到", "达", "比上年", "较上年", "比去年", "较去年", "同比增长", "增长")
# Grammar: a list the plan gives figure by figure ("分别增长6%、8%") is drafted whole: the reviewer splits it.
_RESPECTIVELY = "分别"


@attrs.frozen
class Piece:
    """One commitment: ``text`` is ``sentence[start:end]``; spans of ``figures`` index ``text``."""

    text: str
    start: int
    end: int
    target: Quantity | None  # None for a target in words: ``text[symbol:]`` states it
    figures: tuple[Quantity, ...]
    doubts: tuple[str, ...] = ()
    symbol: int = 0
    several: bool = False  # every figure is promised ("增长8%，达到35578元"), not one of them
    subject: str = ""  # what the figure counts, named by the clause before where its own words name nothing
    topic: str = ""  # the clause just before, where it holds no figure: what the piece may go on about
    period: str = ""  # why its goal is for several years or another year, where its clause or sentence says so


def _split(text: str, marks: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    end = len(text) if end is None else end
    depth, begin = 0, start
    for i in range(start, end):
        char = text[i]
        if char in OPENERS:
            depth += 1
        elif char in CLOSERS:
            depth = max(0, depth - 1)
        elif char in marks and depth == 0 and not (char in ",:" and 0 < i < len(text) - 1
                                                   and text[i - 1].isdigit() and text[i + 1].isdigit()):
            yield begin, i
            begin = i + 1
    yield begin, end


def clauses(sentence: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of a sentence: cut at ，；： and the marks that end a sentence, never
    inside brackets or between the digits of a figure (1,000).

    >>> [("健全体系，新增5个公园。"[a:b]) for a, b in clauses("健全体系，新增5个公园。")]
    ['健全体系', '新增5个公园', '']
    """
    return list(_split(sentence, _CLAUSE_ENDS))


# Grammar: a clause that is only a period (到2007年, “十五”期间, 今后五年), said once for the items after it.
PERIOD_CLAUSE = re.compile(r"^\s*(?:到|至|在)?(?:(?:19|20)\d\d年(?:底|末)?前?|" + FIVE_YEAR_PLAN + "(?:期间|时期)"
                           r"|(?:今后|未来)[五几]年)\s*$")


def cut(sentence: str, year: int) -> list[Piece]:
    """The commitments of one plan sentence for ``year``, in order."""
    pieces = []
    bare = None  # the clause just before, where it holds no figure: the thing a figure alone may count
    framing = None  # a clause that is only a period (到1995年), said of every clause after it to the next ；
    for c_start, c_end in _split(sentence, _CLAUSE_ENDS):
        clause = sentence[c_start:c_end]
        before, bare = bare, None
        framing = None if sentence[c_start - 1:c_start] in "；;" else framing
        if PERIOD_CLAUSE.match(clause):
            framing = (c_start, c_end)
        if not clause.strip() or clause_refusal(clause):
            continue
        found = find_quantities(clause)
        figures = [q for q in found if not figure_refusal(q, clause)]
        refused = [q for q in found if q not in figures]
        if not found:
            bare = (c_start, c_end)
        if not figures:
            symbolic = _symbolic(sentence, c_start, c_end)
            if symbolic is not None:
                pieces.append(symbolic)
            continue
        if clause.lstrip().startswith(_STRETCH) and pieces and pieces[-1].end == c_start - 1 \
                and pieces[-1].target is not None and len(figures) == 1 and figures[0].unit == pieces[-1].target.unit \
                and not indicator_phrase(clause, figures[0]):
            continue  # "确保增长10%，力争12%": the stretch of the same target; the figure ensured is promised
        if clause.lstrip().startswith(_REACHING) and pieces and pieces[-1].end == c_start - 1 \
                and pieces[-1].target is not None:
            # "…收入增长8%，达到35578元": the same subject's level (or growth); the rate and the level are both promised
            pieces[-1] = _joined(sentence, pieces[-1], c_end)
            continue
        if _RESPECTIVELY in clause and len(figures) > 1:
            # "城镇、农村居民人均可支配收入分别增长4.5%、6%左右": a list given figure by figure, one pledge each, the
            # statements' reading naming each figure's item; the quote stays whole, its target says which
            whole = _piece(sentence, c_start, 0, len(clause), figures)
            items = [indicator_phrase(whole.text, q) for q in whole.figures]
            if _distinct(items):  # each figure an item's own (one figure may be promised of two: 分别下降1.5%、1.5%)
                pieces += [attrs.evolve(whole, target=q, doubts=()) for q in whole.figures]
            else:  # ("粮肉奶产量分别…": items the reading cannot tell apart)
                pieces.append(attrs.evolve(whole, doubts=("a list given figure by figure (分别): split it into one "
                                                          "rule per figure",)))
            continue
        deadline = next_year_deadline(sentence[:c_end], year)
        if deadline and len(figures) > 1:  # each figure alone would lose the deadline the grader needs
            pieces.append(_piece(sentence, c_start, 0, len(clause), figures,
                                 (f"every figure of the clause is due by {deadline}: split it into one rule per "
                                  "figure, each quoting the deadline",)))
            continue
        for start, end, shared in _groups(clause, figures, refused):
            inside = [q for q in figures if start <= q.span[0] < end]
            made = _piece(sentence, c_start, start, end, inside)
            if shared:  # "解决三万人、二万头大牲畜的饮水困难": every figure is promised, none of them alone
                listed = ", ".join(q.text for q in made.figures)
                made = attrs.evolve(made, several=True, doubts=(
                    f"the quote promises each of its {len(made.figures)} figures ({listed}): check that the first "
                    "is the one the grade should rest on",))
            if framing is not None and start == 0:
                made = _with_period(sentence, made, framing)  # "到1995年，|粮食总产量达到75亿公斤": 1995's
            elif before and start == 0:  # "提升县城承载能力，滚动推进重大项目500个以上": the county towns' projects
                # (not the lead of a list of targets, "…的主要预期目标是：", which names none of them)
                lead = sentence[before[0]:before[1]].strip()
                made = attrs.evolve(made, topic="" if _LIST_LEAD.search(lead) else lead)
                made = _with_subject(sentence, made, before)
            pieces.append(made)
    # a goal of several years or another year ("到2027年，…", "“十五五”期间，…") is cut as any other: the drafter
    # writes it for the reviewer to check its period
    return [attrs.evolve(piece, period=clause_period(sentence[:piece.end], year)) for piece in pieces]


def _distinct(values: list[str]) -> bool:
    return len(set(values)) == len(values)


def _with_period(sentence: str, piece: Piece, before: tuple[int, int]) -> Piece:
    """A clause that is only a period ("到1995年，粮食总产量达到75亿公斤，甘蔗产量达到350万吨") is said of the clauses
    after it: the piece starts there, so that its quote keeps the year its target is for."""
    begin = before[0] + len(sentence[before[0]:before[1]]) - len(sentence[before[0]:before[1]].lstrip())
    shift = piece.start - begin
    figures = tuple(attrs.evolve(q, span=(q.span[0] + shift, q.span[1] + shift)) for q in piece.figures)
    target = figures[piece.figures.index(piece.target)]
    return attrs.evolve(piece, text=sentence[begin:piece.end], start=begin, figures=figures, target=target)


# Grammar: the words a lead of a list ends with (…的主要预期目标是：, 重点抓好以下几项：).
_LIST_LEAD = re.compile("(?:是|为|如下|包括|以下几项|以下几个方面)[：:]?$")


def _with_subject(sentence: str, piece: Piece, before: tuple[int, int]) -> Piece:
    """Grammar: a clause that is only a time, a verb and a count ("年内新开工29491套") goes on with the thing
    the clause before it names ("建设保障性住房，…"): the piece starts there, and that thing is its subject."""
    lead = piece.text[:piece.target.span[0]] if len(piece.figures) == 1 else ""
    # only words before the figure, none of them a name (a bracket or a quote may hold one: "精品村（场）")
    if not _WORDS.fullmatch(lead) or indicator_phrase(piece.text, piece.target) \
            or not names_nothing(piece.text[piece.target.span[1]:]):
        return piece
    subject = strip_lead_ins(sentence[before[0]:before[1]])
    if names_nothing(subject) or names_nothing(_unverbed(subject)) or not _WORDS.fullmatch(subject) \
            or subject != sentence[before[0]:before[1]].rstrip()[-len(subject):]:
        return piece
    a = before[0] + len(sentence[before[0]:before[1]]) - len(sentence[before[0]:before[1]].lstrip())
    shift = piece.start - a
    figures = tuple(attrs.evolve(q, span=(q.span[0] + shift, q.span[1] + shift)) for q in piece.figures)
    return attrs.evolve(piece, text=sentence[a:piece.end], start=a, target=figures[-1], figures=figures,
                        subject=subject, topic="")


def _unverbed(words: str) -> str:
    """``words`` without the verbs they open with: "加快推进" is all verbs, "建设保障性住房" names 保障性住房."""
    opened = True
    while opened:
        opened = next((verb for verb in VERBS if words.startswith(verb)), "")
        words = words[len(opened):]
    return words


def _groups(clause: str, figures: list[Quantity], refused: list[Quantity]) -> list[tuple[int, int, bool]]:
    """The clause's items gathered into commitments: (start, end, whether its figures share one noun)."""
    groups: list[tuple[int, int, bool]] = []
    pending: list[tuple[int, int]] = []
    shared = False
    for item in _split(clause, _ITEM_ENDS):
        kept = any(item[0] <= q.span[0] < item[1] for q in figures)
        if not kept and any(item[0] <= q.span[0] < item[1] for q in refused):
            pending, shared = [], False  # "总产125亿斤": an item whose figure cannot be read belongs to no other
            continue
        pending.append(item)
        # "完成65条、总长度57.9公里的城市道路": a bare figure shares the noun of the item after it
        bare = kept and any(q.span[1] == item[1] and names_nothing(clause[item[0]:q.span[0]]) for q in figures)
        shared = shared or bare
        if kept and not bare:
            groups.append((pending[0][0], item[1], shared))
            pending, shared = [], False
    if pending and groups:  # items after the last figure finish the commitment before them
        start, _, was_shared = groups.pop()
        groups.append((start, pending[-1][1], was_shared))
    elif pending and shared:
        groups.append((pending[0][0], pending[-1][1], False))
    return groups


def _joined(sentence: str, piece: Piece, end: int) -> Piece:
    text = sentence[piece.start:end].rstrip()
    figures = tuple(q for q in find_quantities(text) if not figure_refusal(q, text))
    return attrs.evolve(piece, text=text, end=piece.start + len(text), figures=figures, doubts=(), several=True)


def _symbolic(sentence: str, start: int, end: int) -> Piece | None:
    """A clause whose target is in words: "城镇新增就业人数完成市下达目标", "一般公共预算收入保持正增长"."""
    while start < end and sentence[start].isspace():
        start += 1
    text = sentence[start:end].rstrip()
    at = min((i for i in (text.find(w) for w in _SYMBOL_STARTS) if i > 0), default=-1)
    if at < 0 or symbolic_target(text) is None:
        return None
    return Piece(text, start, start + len(text), None, (), (), at)


def _piece(sentence: str, offset: int, a: int, b: int, figures: list[Quantity],
           doubts: tuple[str, ...] = ()) -> Piece:
    clause = sentence[offset:offset + b]
    while a < b and (clause[a].isspace() or clause[a] in _CLAUSE_ENDS + _ITEM_ENDS):
        a += 1
    numbered = ITEM_NUMBER.match(clause, a, b) or ORDINAL.match(clause, a, b)
    if numbered and all(q.span[0] >= numbered.end() for q in figures):
        a = numbered.end()  # "2．新建乡镇敬老院5所", "五是…": the plan numbering its list, no part of the pledge
    text = clause[a:b].rstrip()
    moved = [attrs.evolve(q, span=(q.span[0] - a, q.span[1] - a)) for q in figures]
    target = moved[-1]
    if len(moved) > 1 and any(word in text[moved[-2].span[1]:target.span[0]] for word in _STRETCH):
        target = moved[-2]  # "确保增长17%、力争增长20%": the figure ensured is promised, the stretch only hoped for
    # "由去年的120亿元增加到150亿元": a from–to's start is its base, the target is certainly its end
    others = [q for q in moved[:-1] if not BASE.search(text[:q.span[0]].rstrip())]
    if others and not doubts:
        listed = ", ".join(q.text for q in moved)
        doubts = (f"the quote holds {len(moved)} figures ({listed}): check that {target.text} is the target",)
    return Piece(text, offset + a, offset + a + len(text), target, tuple(moved), doubts)
