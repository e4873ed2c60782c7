"""The words of the scorecard and the terminal report, one table per language (``--lang en|zh``).

Both tables have the same keys and the same ``{placeholders}``; a text is looked up
with :func:`words`, filled with :meth:`str.format`. Grades in Chinese are written as an
auditor writes them (已完成, 超额完成, 未完成, 无法核实, 待报告). Nothing here is code:
adding a language is adding a table.

>>> words("zh")["bucket.missed"], words("en")["bucket.awaiting"]
('未完成', 'awaiting report')
>>> words("zh")["shown"].format(shown=3, total=215)
'显示 3 / 215 项承诺'
>>> sorted(LANGUAGES)
['en', 'zh']
"""

from __future__ import annotations

EN = {
    # Grades, and the groups pages count by (unverifiable split into open and awaiting).
    "grade.met": "met", "grade.exceeded": "exceeded", "grade.missed": "missed", "grade.unverifiable": "unverifiable",
    "bucket.met": "met", "bucket.exceeded": "exceeded", "bucket.missed": "missed", "bucket.open": "unverifiable",
    "bucket.awaiting": "awaiting report", "bucket.unsigned": "to sign off",
    "hint.open": "reports silent or unclear", "hint.awaiting": "unverifiable: no report on the year yet",
    "hint.unsigned": "withheld until the rule is signed off",
    "filter.unverifiable": "unverifiable (all)", "filter.open": "unverifiable: reports silent or unclear",
    "filter.awaiting": "unverifiable: awaiting report", "row.awaiting": "unverifiable: awaiting report",
    "filter.unsigned": "unverifiable: rule to sign off", "row.unsigned": "unverifiable: rule to sign off",
    # Why a pledge is unverifiable: a short name and a sentence.
    "reason.pending": "pending", "reason.no_outcome_report": "no_outcome_report", "reason.no_evidence": "no_evidence",
    "reason.incomparable": "incomparable", "reason.target_unresolved": "target_unresolved",
    "reason.no_figure": "no_figure", "reason.undecided": "undecided", "reason.conflict": "conflict",
    "reason.not_completed": "not_completed", "reason.other_period": "other_period", "reason.unsigned": "unsigned",
    "why.pending": "the report reviewing the year is not due yet (reports are read out by June of the next year)",
    "why.no_outcome_report": "no report in the corpus reviews the year, though one should be out by now",
    "why.no_evidence": "the reports reviewing the year say nothing about the pledge",
    "why.incomparable": "the reports speak of it, but measure something else (another unit or scope)",
    "why.target_unresolved": "the figure assigned by a higher government is stated in no report",
    "why.no_figure": "the reports mention it without a figure (or with a dash, or only as expected)",
    "why.undecided": "the reported figure is qualified (约, 近, 余…) so that it may fall either side of the target",
    "why.conflict": "exact figures in the reports disagree on the grade",
    "why.not_completed": "the reports mention the milestone but do not state it done",
    "why.other_period": "the target is set for several years or for another year, which one year's outcome cannot settle",
    "why.unsigned": "the rule's evidence words may not name the pledged indicator (its `check: evidence`): the "
                    "grade the evidence would give is shown, and counts once a reviewer signs the rule off",
    # Targets in words: {amount} is the figure with its unit.
    "op.at_least": "at least {amount}", "op.more_than": "more than {amount}", "op.about": "about {amount}",
    "op.at_most": "at most {amount}", "op.less_than": "less than {amount}", "op.range": "range {amount}",
    "op.assigned": "at least (assigned) {amount}", "trend.up": "{target} growth", "trend.down": "{target} decline",
    "ceiling": "{target} (a ceiling)",
    "target.assigned": "the figure assigned by the city (stated in the outcome report)",
    "target.in_step": "in step with economic growth (no figure of its own)",
    "target.milestone": "milestone: done or not",
    "outcome.against": "{outcome} against {target}", "why.done": "the report states completion",
    "source.text": "text", "source.table": "table",
    # The page.
    "title": "Pledge scorecard: {place}", "governments": "{n} governments",
    "source": "Corpus {corpus}; rule book {rules}; as of {as_of}.", "rules.built": "built in code",
    "files": "{n} files", "file": "1 file", "reports": "{n} reports read", "report": "1 report read",
    "reviews": "reviews {year}", "plans": "plans {year}",
    "counts.label": "grade counts", "counts.label.selected": "grade counts of the pledges shown",
    "chart.year": "Grades by year", "chart.area": "Grades by area", "chart.government": "Grades by government",
    "pledges.heading": "Every pledge, findings first",
    "filter.year": "Year", "filter.area": "Area", "filter.grade": "Grade", "filter.government": "Government",
    "filter.all": "all", "shown": "{shown} of {total} pledges shown",
    "col.pledge": "pledge", "col.target": "target", "col.outcome": "outcome", "col.grade": "grade",
    "col.evidence": "evidence (report, line)", "label.evidence": "evidence",
    "plan": "plan: ", "line": "line {n}", "note": "Note: ", "paren": " ({})", "estimate": "an estimate", "drafted": "drafted",
    "drafted.title": "drafted rule, not reviewed yet", "check": "check first: {keys}",
    "check.title": "what a reviewer should check first; delete each point from the rule's `check` to sign it off",
    "check.point": "check {key}: {text}", "t.check": "check:    ", "more": "{n} more candidates", "more.one": "1 more candidate",
    "no.area": "(no area)", "method.heading": "How pledges are graded",
    "footer": "Made with {tool} · as of {as_of}",
    "scope": "Only the pledges {how}: {shown} of the rule book's {total}. Every count here is of these {shown} only.",
    "scope.one": "Only the pledges {how}: 1 of the rule book's {total}. Every count here is of this one only.",
    "scope.how": "selected with {selection}", "scope.how.bare": "selected",
    "drafted.text": "{drafted} of {total} grades rest on drafted, unreviewed rules (marked drafted): "
                    "review those rules before you cite their grades",
    # How pledges are graded.
    "m.evidence": "Evidence",
    "m.evidence.text": "Only the parts of reports that review the pledge's year, of the government that made it, "
                       "are read; every grade cites the sentence and the line of the report it stands on.",
    "m.about": "About (左右)",
    "m.about.text": "A target written 左右 is met within ±{tolerance} of it (4.5% 左右: 4.05% to 4.95%), "
                    "exceeded above that band, missed below it.{own}",
    "m.own.one": " 1 rule of this book sets its own.", "m.own": " {n} rules of this book set their own.",
    "m.exceeded": "Exceeded",
    "m.exceeded.text": "A minimum (不少于, 超, a plain figure) is exceeded when the outcome passes it by more "
                       "than {margin} of the target; otherwise it is met.",
    "m.ceilings": "Ceilings",
    "m.ceilings.text": "A ceiling (以内, 不超过, 控制在…以下) is met when the outcome stays at or under it and "
                       "missed above it; staying under a ceiling is never counted as exceeding it.",
    "m.estimates": "Estimates",
    "m.estimates.text": "A figure the report gives as an estimate (预计, 初步核算) is graded like any other and "
                        "marked as an estimate beside its evidence; a later report may revise it.",
    "m.qualified": "Qualified figures",
    "m.qualified.text": "A figure written 约, 近, 余 or 超 is a range, not a point: the grade is given "
                        "only when every value in it gets the same grade.",
    "m.unverifiable": "Unverifiable",
    "m.unverifiable.text": "A pledge is unverifiable, never guessed, when: {reasons}.",
    "m.reason": "{name}: {why}", "m.join": "; ",
    "m.awaiting": "Awaiting report",
    "m.awaiting.text": "Pledges unverifiable because no report reviewing their year is in the corpus yet "
                       "(pending, no_outcome_report) are counted apart as awaiting report: they are not findings.",
    # What changed since a baseline (--baseline).
    "c.title": "changed since {file}{as_of}", "c.as_of": " ({as_of})", "c.count": "{n} {status}", "c.join": ", ",
    "c.stop": ".", "c.parts": "; ", "c.none": "none", "c.was": "was {grade}",
    "c.status.changed": "changed", "c.status.new": "new", "c.status.gone": "gone", "c.status.unchanged": "unchanged",
    "c.aspect.grade": "grade", "c.aspect.outcome": "outcome", "c.aspect.evidence": "evidence",
    "c.col.status": "status", "c.col.pledge": "pledge", "c.col.change": "old → new", "brackets": " ({})",
    # The terminal report.
    "t.pledge": "pledge:   ", "t.rule": "rule:     ", "t.target": "target:   ", "t.outcome": "outcome:  ",
    "t.evidence": "evidence: ", "t.grade": "grade:    ", "t.why": "why:      ", "t.note": "note:     ",
    "t.conflict": "the reports state this figure differently; see every candidate with -vv",
    "t.missed": "MISSED", "t.unverifiable": "short summary of unverifiable pledges", "t.UNVERIFIABLE": "UNVERIFIABLE",
    "t.awaiting": "{n} awaiting report", "t.unsigned": "{n} to sign off", "t.in": " in {seconds}s", "t.count": "{n} {grade}", "t.join": ", ",
    "t.colon": ": ", "t.no.figure": "no figure", "t.estimate": " (an estimate)", "t.milestone": "milestone",
}

ZH = {
    "grade.met": "已完成", "grade.exceeded": "超额完成", "grade.missed": "未完成", "grade.unverifiable": "无法核实",
    "bucket.met": "已完成", "bucket.exceeded": "超额完成", "bucket.missed": "未完成", "bucket.open": "无法核实",
    "bucket.awaiting": "待报告", "bucket.unsigned": "规则待审核",
    "hint.open": "报告未提及或表述不明", "hint.awaiting": "无法核实：尚无回顾该年度的报告",
    "hint.unsigned": "草拟规则审核后方予评定",
    "filter.unverifiable": "无法核实（全部）", "filter.open": "无法核实：报告未提及或表述不明",
    "filter.awaiting": "无法核实：待报告", "row.awaiting": "待报告",
    "filter.unsigned": "无法核实：规则待审核", "row.unsigned": "规则待审核",
    "reason.pending": "报告未到期", "reason.no_outcome_report": "缺少回顾报告", "reason.no_evidence": "报告未提及",
    "reason.incomparable": "口径不同", "reason.target_unresolved": "目标数字未载明",
    "reason.no_figure": "没有数字", "reason.undecided": "数字带限定词，无法判定", "reason.conflict": "数字相互矛盾",
    "reason.not_completed": "未说明完成", "reason.other_period": "目标属其他时期", "reason.unsigned": "规则待审核",
    "why.pending": "回顾该年度的报告尚未到期（报告于次年六月前作出）",
    "why.no_outcome_report": "语料中没有回顾该年度的报告，而按时间应已发布",
    "why.no_evidence": "回顾该年度的报告未提及这项承诺",
    "why.incomparable": "报告提及此事，但计量的是别的东西（单位或口径不同）",
    "why.target_unresolved": "上级下达的目标数字未见于任何报告",
    "why.no_figure": "报告提及此事但没有数字（或以横线表示，或仅为预期）",
    "why.undecided": "报告的数字带有限定词（约、近、余……），可能落在目标的任一侧",
    "why.conflict": "报告中的确切数字对评定结果说法不一",
    "why.not_completed": "报告提及该事项，但未说明已经完成",
    "why.other_period": "目标针对多个年度或其他年份，单一年度的结果无法判定",
    "why.unsigned": "规则的依据关键词未必指所承诺的指标（规则中的 check: evidence）：页面列出依据所得的评定，"
                    "审核人签核规则后才计入",
    "op.at_least": "不少于 {amount}", "op.more_than": "超过 {amount}", "op.about": "{amount} 左右",
    "op.at_most": "不超过 {amount}", "op.less_than": "低于 {amount}", "op.range": "{amount}",
    "op.assigned": "不少于 {amount}（上级下达）", "trend.up": "增长{target}", "trend.down": "下降{target}",
    "ceiling": "{target}（上限）",
    "target.assigned": "上级下达的目标（数字见回顾报告）",
    "target.in_step": "与经济增长同步（无具体数字）",
    "target.milestone": "节点任务：是否完成",
    "outcome.against": "{outcome}，目标为{target}", "why.done": "报告说明已经完成",
    "source.text": "正文", "source.table": "指标表",
    "title": "承诺兑现评分卡：{place}", "governments": "{n} 个政府",
    "source": "语料 {corpus}；规则 {rules}；截至 {as_of}。", "rules.built": "由代码生成",
    "files": "{n} 个文件", "file": "1 个文件", "reports": "已读报告 {n} 份", "report": "已读报告 1 份",
    "reviews": "回顾 {year} 年", "plans": "计划 {year} 年",
    "counts.label": "各评定结果的数量", "counts.label.selected": "所显示承诺的各评定结果数量",
    "chart.year": "按年度", "chart.area": "按领域", "chart.government": "按政府",
    "pledges.heading": "全部承诺（先列结论）",
    "filter.year": "年度", "filter.area": "领域", "filter.grade": "评定", "filter.government": "政府",
    "filter.all": "全部", "shown": "显示 {shown} / {total} 项承诺",
    "col.pledge": "承诺", "col.target": "目标", "col.outcome": "结果", "col.grade": "评定",
    "col.evidence": "依据（报告、行）", "label.evidence": "依据",
    "plan": "计划：", "line": "第 {n} 行", "note": "说明：", "paren": "（{}）", "estimate": "预计数", "drafted": "草拟",
    "drafted.title": "草拟的规则，尚未审核", "check": "待核：{keys}",
    "check.title": "审核人应先核对的要点；核对后从规则的 check 中删去该要点即为签核",
    "check.point": "待核 {key}：{text}", "t.check": "待核：", "more": "另有 {n} 处候选依据", "more.one": "另有 1 处候选依据",
    "no.area": "（未分领域）", "method.heading": "评定方法",
    "footer": "由 {tool} 生成 · 截至 {as_of}",
    "scope": "仅含{how}的承诺：规则中 {total} 项里的 {shown} 项。此处所有数量只计这 {shown} 项。",
    "scope.one": "仅含{how}的承诺：规则中 {total} 项里的 1 项。此处所有数量只计这一项。",
    "scope.how": "以 {selection} 选出", "scope.how.bare": "选出",
    "drafted.text": "{total} 项评定中有 {drafted} 项依据草拟而未经审核的规则（标为“草拟”）：引用前请先审核这些规则",
    "m.evidence": "依据",
    "m.evidence.text": "只读取作出承诺的政府在回顾该承诺年度的报告中回顾该年的部分；"
                       "每项评定都注明所依据的句子及其在报告中的行号。",
    "m.about": "左右",
    "m.about.text": "写作“左右”的目标，结果在目标±{tolerance}以内为已完成（4.5%左右：4.05%至4.95%），"
                    "高于这一区间为超额完成，低于为未完成。{own}",
    "m.own.one": "本规则集中有 1 条规则另定了自己的幅度。", "m.own": "本规则集中有 {n} 条规则另定了自己的幅度。",
    "m.exceeded": "超额完成",
    "m.exceeded.text": "下限目标（不少于、超、单列的数字）的结果超出目标{margin}以上为超额完成，否则为已完成。",
    "m.ceilings": "上限目标",
    "m.ceilings.text": "上限目标（以内、不超过、控制在……以下）的结果不高于上限为已完成，高于上限为未完成；"
                       "低于上限从不算作超额完成。",
    "m.estimates": "预计数",
    "m.estimates.text": "报告作为预计数给出的数字（预计、初步核算）照常评定，并在依据旁注明为预计数；"
                        "以后的报告可能修正。",
    "m.qualified": "带限定词的数字",
    "m.qualified.text": "写作约、近、余或超的数字是一个区间而不是一个点：只有区间内每个值的评定都相同时才给出评定。",
    "m.unverifiable": "无法核实",
    "m.unverifiable.text": "以下情形评为无法核实，绝不猜测：{reasons}。",
    "m.reason": "{name}：{why}", "m.join": "；",
    "m.awaiting": "待报告",
    "m.awaiting.text": "因语料中尚无回顾该年度的报告而无法核实的承诺（报告未到期、缺少回顾报告）单独计为待报告："
                       "它们不是结论。",
    "c.title": "自 {file}{as_of} 以来的变化", "c.as_of": "（{as_of}）", "c.count": "{status} {n}", "c.join": "，",
    "c.stop": "。", "c.parts": "；", "c.none": "无", "c.was": "原为{grade}",
    "c.status.changed": "有变化", "c.status.new": "新增", "c.status.gone": "已移除", "c.status.unchanged": "未变",
    "c.aspect.grade": "评定", "c.aspect.outcome": "结果", "c.aspect.evidence": "依据",
    "c.col.status": "状态", "c.col.pledge": "承诺", "c.col.change": "原 → 新", "brackets": "（{}）",
    "t.pledge": "承诺：", "t.rule": "规则：", "t.target": "目标：", "t.outcome": "结果：",
    "t.evidence": "依据：", "t.grade": "评定：", "t.why": "说明：", "t.note": "注意：",
    "t.conflict": "各报告对这一数字说法不一；用 -vv 查看全部候选依据",
    "t.missed": "未完成", "t.unverifiable": "无法核实的承诺", "t.UNVERIFIABLE": "无法核实",
    "t.awaiting": "其中待报告 {n}", "t.unsigned": "规则待审核 {n}", "t.in": "，用时 {seconds} 秒", "t.count": "{grade} {n}", "t.join": "，",
    "t.colon": "：", "t.no.figure": "无数字", "t.estimate": "（预计数）", "t.milestone": "节点任务",
}

LANGUAGES = {"en": EN, "zh": ZH}
DEFAULT = "en"
# The language of the page's <html lang>, for fonts and screen readers.
HTML_LANG = {"en": "en", "zh": "zh-CN"}


def words(lang: str = DEFAULT) -> dict[str, str]:
    """The table of ``lang`` (``en`` or ``zh``).

    >>> words("fr")
    Traceback (most recent call last):
    ...
    ValueError: no such language: "fr" (choose from en, zh)
    """
    try:
        return LANGUAGES[lang]
    except KeyError:
        raise ValueError(f'no such language: "{lang}" (choose from {", ".join(LANGUAGES)})') from None
