"""Whether a review states a milestone not done in its year: denied, put off, lagging or still being built.

>>> stated_undone(["青禾大道北延工程完成规划设计和初步设计审批"], ["因征地拆迁问题未能按期开工"], ("完成", "开工"))
'未能按期开工'
>>> denies("未能按期开工"), denies("进度滞后")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .completion import DENIED_AFTER, opens_with_deed, part_of_task, places_of
from .words import STARTED

__all__ = ["CAUSES", "UNDER_WAY", "denies", "stated_undone"]

# Grammar: a completion or deed denied (未能按期开工, 尚未建成, 尚未做到应保尽保) or put off to a time ahead
# (将于今年上半年建成, 预计今年上半年建成通车, and a review's 今年, the year after the one reviewed: 已于今年1月18日并网发电),
# and works said to lag (进度滞后, 工期推迟): the review states the thing not done in its year. A clause opening with a
# cause or a time ahead (因…, 受…影响, 将于…) speaks of the subject before it.
_DENIED = re.compile(r"(?:尚未|未能|没有|未)(?:按期|如期|按时|按计划|全面|全部|做到|在[\u4e00-\u9fff]{1,6}?)*$")
# (not a plan of the past restated: 去年计划开通的…)
_PUT_OFF = re.compile(r"(?:将于|将在|预计|(?<!去年)(?<!上年)(?<!年初)(?<!原)计划于?|有望于?|于?今年)[^，,。；;：:]{0,8}$")
_LAGGING = re.compile("滞后|推迟|延期|延迟|暂缓|停工|搁置|顺延")
# (a lag overcome is no lag: 改变了…建设滞后的局面)
_OVERCOME = re.compile("改变|扭转|解决|破解|改善")
# Grammar: the words that open a clause giving a cause (因征地拆迁问题, 受疫情影响, 由于…).
CAUSES = ("因", "受", "由于")
# Grammar: a clause of work still going on, its subject said or not (正在进行设备安装调试, 设备正在安装调试).
UNDER_WAY = re.compile("[\u4e00-\u9fff]{0,4}?(?:正在|仍在|还在)")
_GOES_ON_UNDONE = CAUSES + ("但", "将于", "将在", "预计", "计划", "未能", "尚未", "目前", "仍",
                            # (by when: "…因资金缺口较大，至年底尚未竣工")
                            "至年底", "到年底", "截至年底", "截至目前", "至今",
                            # (done after the year reviewed: "…完成设备安装调试，已于今年1月18日并网发电")
                            "已于今年", "于今年",
                            # (put off to the year after the one reviewed: "…主体完工，今年上半年可投入使用")
                            "今年")
# Official statistics of building: the start of works, which, said not reached (尚未开工), says no later stage was.
_NOT_BEGUN = ("开工", "动工", "实施")  # (未能按计划实施: not carried out at all)
# Grammar: the words of a denial (未能, 尚未, 没有, 未, 不能).
_DENIAL = re.compile("未能|尚未|没有|不能|未")


def stated_undone(own: Sequence[str], following: Sequence[str], words: Iterable[str]) -> str:
    """The words in which a review states the thing not done in its year, or '': a completion or deed (of ``words``)
    denied (未能按期开工, 尚未建成) or put off (将于今年上半年建成), or the works said to lag (进度滞后, 工期推迟).

    ``own`` are the clauses naming the thing; ``following`` the clause after each, which speaks of it where it opens
    with the deed, a cause, or a time ahead ("…北延工程完成规划设计，|因征地拆迁问题未能按期开工").

    >>> stated_undone(["青禾大道北延工程完成规划设计和初步设计审批"], ["因征地拆迁问题未能按期开工"], ("完成", "开工"))
    '未能按期开工'
    >>> stated_undone(["望川体育公园完成主体工程"], ["将于今年上半年建成开放"], ("建成", "完成"))
    '将于今年上半年建成'
    >>> stated_undone(["区中医院新院主体结构封顶"], ["受疫情影响建设进度有所滞后"], ("建成",))
    '受疫情影响建设进度有所滞后'
    >>> stated_undone(["地铁5号线棠溪段轨道全线贯通"], ["受设备联调进度影响，开通时间顺延至2025年"], ("开通",))
    '受设备联调进度影响，开通时间顺延'
    >>> stated_undone(["县人民医院门诊综合楼主体工程完工"], ["县妇幼保健院住院楼未能投入使用"], ("投入使用",))
    ''
    >>> stated_undone(["市人民医院病房楼主体工程完工"], ["正在进行内部装修"], ("竣工",))
    '正在进行内部装修'

    A share of the year's task done is a completion not reached (a stage of the works alone, 主体完工 or 开工建设,
    says nothing either way):

    >>> stated_undone(["城区燃气管网改造完成年度任务的70%"], [], ("完成",))
    '完成年度任务的70%'
    >>> stated_undone(["镇卫生院改扩建项目已开工建设"], [], ("完成",))
    ''
    """
    # (works still being built are done, where the start is what was promised: …已于九月开工，目前正在进行管道铺设)
    being_built_undone = not any(word in STARTED for word in words)
    words = tuple(words) + _NOT_BEGUN  # (works not yet begun, 尚未开工, are done at no stage)
    clauses = list(own) + [clause for clause in following
                           if opens_with_deed(clause, words) or clause.startswith(_GOES_ON_UNDONE)
                           or UNDER_WAY.match(clause)]
    for clause in clauses:
        for word in words:
            for at in places_of(clause, word):
                said = _DENIED.search(clause[:at]) or _PUT_OFF.search(clause[:at])
                if said:
                    return clause[said.start():at + len(word)]
                denied = DENIED_AFTER.match(clause, at + len(word))
                if denied:
                    return clause[at:denied.end()]
                share = part_of_task(clause, at + len(word))
                if share:
                    return clause[at:share.end()]
        lagging = _LAGGING.search(clause)
        if lagging and not _OVERCOME.search(clause, 0, lagging.start()):
            return clause[:lagging.end()]
        if being_built_undone and UNDER_WAY.match(clause):
            # (…主体工程完工，|正在进行内部装修: still being built at the year's end)
            return clause
    return ""


def denies(undone: str) -> bool:
    """Whether words stating a thing not done (:func:`stated_undone`) deny it outright (未能在年内开通, 两项没有完成),
    rather than put it off or say it lags (将于今年建成, 进度滞后): of a figure promised, only a denial says the year's
    figure was not reached; a lag may be against a schedule of several years.

    >>> denies("未能在年内开通"), denies("两项没有完成"), denies("将于今年上半年建成"), denies("指标进度滞后")
    (True, True, False, False)
    """
    return bool(_DENIAL.search(undone))
