"""Break the engine one stage at a time and see whether the tests notice.

Usage: python benchmarks/mutate_engine.py [--full] [--only NAME ...] [--list]

Each mutant (``MUTANTS`` below: data, one entry per break) replaces one piece of text in one
source file of a scratch copy of the checkout (src/, tests/, rules/, seeds/, pyproject.toml);
the tests then run against that copy (``PYTHONPATH`` puts its src/ first), by default the named
behavioural subset ``FAST`` (the reading digests and the docstring examples are left out on
purpose: they guard the code's own output, and a mutant must be caught by what a report says),
with ``--full`` the whole suite. A mutant is *caught* when a test fails (pytest's exit 1); a
text that no longer stands in its file exactly once is an error of this list, reported as such,
so that a refactor cannot quietly turn a mutant into a no-op. The unmutated copy runs first and
must pass. The result is a Markdown table (docs/testing.md holds the last one).

A new stage is one more entry (or a few): ``Mutant(stage, name, file, old, new)``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
COPIED = ("src", "tests", "rules", "seeds", "pyproject.toml")
# Tests of what reports say and users see: the bundled book's expects, evidence, grading,
# other governments' reports with a human auditor's grades, the corpus summary, quantities.
FAST = ("tests/test_audit.py", "tests/test_evidence.py", "tests/test_grading.py", "tests/test_any_government.py",
        "tests/test_corpus_seeds.py", "tests/test_quantity.py", "tests/test_corpus_cli.py", "tests/test_keywords.py",
        "tests/test_draft_cli.py", "tests/test_statements.py", "tests/test_grading_by_identity.py",
        "tests/test_draft_qualifiers.py", "tests/test_names.py", "tests/test_rules.py", "tests/test_draft_lists.py",
        "tests/test_grading_in_other_wordings.py", "tests/test_quantity_numerals.py", "tests/test_draft_words.py",
        "tests/test_draft_restated.py", "tests/test_grading_terms_and_deadlines.py", "tests/test_draft_farm_and_works.py")


class Mutant(NamedTuple):
    stage: str
    name: str
    file: str  # relative to src/pledgetrack/
    old: str  # must stand exactly once in the file
    new: str


MUTANTS = (
    # the quantity reader
    Mutant("quantity", "万 is read as a thousand", "quantity/numerals.py",
           'CN_BIG = {"万": 4, "亿": 8}', 'CN_BIG = {"万": 3, "亿": 8}'),
    Mutant("quantity", "百/千 after digits are ignored", "quantity/figure.py",
           '_SMALL_MULTIPLIERS = {"百": 2, "千": 3}', '_SMALL_MULTIPLIERS = {"百": 0, "千": 0}'),
    Mutant("quantity", "a percentage in words is no range (百分之四至百分之五)", "quantity/scan.py",
           "        k = skip_spaces(text, k + len(spelled)) if in_words and spelled else k\n", ""),
    # part finding
    Mutant("parts", "a review heading is taken for a plan", "corpus/openings.py",
           "    if any(w in heading for w in REVIEW_WORDS):\n        return PartKind.REVIEW",
           "    if any(w in heading for w in REVIEW_WORDS):\n        return PartKind.PLAN"),
    # periods (corpus/scope.py)
    Mutant("periods", "a part headed 过去五年 speaks of one year", "corpus/scope.py",
           '    several = _SEVERAL.search(part.heading) or "五年" in part.heading\n',
           "    several = False\n"),
    Mutant("periods", "a sentence opening with 五年来 / 十四五 speaks of one year", "corpus/scope.py",
           '    several = _SEVERAL.search(opening, 0, _FIRST_CLAUSE.search(opening + "。").start())\n',
           "    several = None\n"),
    # evidence
    Mutant("evidence", "indicator tables are never read", "evidence/__init__.py",
           "            if table.year == rule.year:\n", "            if False:\n"),
    Mutant("evidence", "exclude words keep nothing off", "evidence/keywords.py",
           "        if occurrences(text, self.exclude):\n            return None\n", ""),
    # grading
    Mutant("grading", "the band of `about` is 20%, not 10%", "grading.py",
           'DEFAULT_TOLERANCE = Decimal("0.1")', 'DEFAULT_TOLERANCE = Decimal("0.2")'),
    Mutant("grading", "reaching the target exactly is missing it", "grading.py",
           "    reached = x.gt(t) if op is Op.MORE_THAN else x.ge(t)\n", "    reached = x.gt(t)\n"),
    Mutant("grading", "a deficit planned at a figure is a minimum", "rules/target.py",
           "    if plain and target.trend is None and any(w in words_before for w in KEPT_WITHIN):",
           "    if False:"),
    # the vocabulary
    Mutant("vocabulary", "synonyms are ignored", "rules/vocabulary.py",
           "        whole = self.groups.get(word)\n", "        return frozenset((word,))\n"),
    Mutant("vocabulary", "a rule book's vocabulary.yaml is not read", "rules/load.py",
           "            (vocabularies if file.name == VOCABULARY_FILE else rules).append(file)",
           "            (rules.append(file) if file.name != VOCABULARY_FILE else None)"),
    # The five coarse mutations the suite caught before these finer ones: kept caught as the engine changes.
    Mutant("coarse", "evidence deleted: no candidate ever", "evidence/__init__.py",
           "    return sorted(candidates, key=lambda candidate: candidate.rank(rule.pledge.evidence.qualifiers))",
           "    return []"),
    Mutant("coarse", "every grade is met", "grading.py",
           "    low = grade_point(target, outcome.low, tolerance, margin)\n",
           "    return Grade.MET\n    low = grade_point(target, outcome.low, tolerance, margin)\n"),
    Mutant("coarse", "no report has parts: nothing is review or plan", "corpus/openings.py",
           "    if any(w in heading for w in REVIEW_WORDS):\n        return PartKind.REVIEW",
           "    if True:\n        return PartKind.APPENDIX"),
    Mutant("coarse", "every review sentence speaks of its year", "corpus/scope.py",
           "                scopes[sentence.start] = current", "                scopes[sentence.start] = Scope.YEAR"),
    Mutant("coarse", "no figure is read", "quantity/__init__.py",
           "def find_quantities(text: str) -> list[Quantity]:\n",
           "def find_quantities(text: str) -> list[Quantity]:\n    return []\n\n\ndef _unused(text: str) -> list[Quantity]:\n"),
    # the statements stage: what a figure measures, and identity
    Mutant("statements", "a head beside the pledge's words (单位…能耗, …比重) changes nothing", "statements/identity.py",
           "           for head in OTHER_HEADS) \\\n", "           for head in ()) \\\n"),
    Mutant("statements", "works finished answer a pledge of works started (竣工 for 新开工)", "statements/identity.py",
           "            or another_deed(prefix + tail, quote) or not_taken_away(prefix + tail, word, quote, statement) \\",
           "            or not_taken_away(prefix + tail, word, quote, statement) \\"),
    # (a group of official statistics, 农村, 入境, 规上, is also a narrowing word the quote lacks: removing the list
    # alone breaks nothing since 2026-12-07, the whole suite passing, so this one mutant breaks both readings)
    Mutant("statements", "a group (农村, 规上) or other words before the pledge's that narrow it (塑胶) are the whole",
           "statements/identity.py",
           "    if any(group in without_programmes(BOTH_SIDES.sub(\"\", prefix)) and group not in quote for group in GROUPS) \\\n"
           "            or narrower_name(prefix + word, [word, *words], quote):\n",
           "    if False:\n"),
    Mutant("grading", "a review naming the plan's thing never settles a drafted rule's doubt", "verdict.py",
           "    if settled:\n", "    if False:\n"),
    Mutant("statements", "the measure (growth, share, total) is never compared", "statements/measures.py",
           "    if statement.measure not in ANSWERS[wanted]:", "    if False:"),
    Mutant("statements", "年均 and 十四五 in a clause are the year", "statements/measures.py",
           "    if SEVERAL_YEARS.search(clause):\n", "    if False:\n"),
    Mutant("statements", "a clause that goes on (比上年增长9.8%) keeps no subject", "statements/ellipsis.py",
           "    indicator = _measure_of_thing_before(indicator, raw, before) if indicator else _last_said(before)\n",
           "    indicator = _measure_of_thing_before(indicator, raw, before) if indicator else \"\"\n"),
    Mutant("statements", "a 分别 list gives no items", "statements/lists.py",
           "    at = text.find(\"分别\", start, end)\n    if at == -1:\n        return _listed_again(",
           "    at = text.find(\"分别\", start, end)\n    if True:\n        return _listed_again("),
    Mutant("statements", "a restated target is an outcome", "statements/identity.py",
           "    if statement.aim:\n", "    if False:\n"),
    Mutant("statements", "a target said of another item than the words name is graded as written", "rules/check.py",
           "        named = _words_figure(pledge)\n", "        named = None\n"),
    Mutant("statements", "a part of the whole below a minimum is graded too", "verdict.py",
           "        if result in (Grade.MET, Grade.EXCEEDED):\n            chosen = attrs.evolve(candidate, quantity=part)",
           "        if result is not None:\n            chosen = attrs.evolve(candidate, quantity=part)"),
    Mutant("statements", "the sentence going on about a restated target is never read", "evidence/reviewed.py",
           "        if at + 1 >= len(self.sentences) or self.sentences[at][0].start != sentence.start:",
           "        if True:"),
    Mutant("statements", "a rise in current prices answers a real rise (实际增长)", "statements/identity.py",
           "    if real and statement.measure is Measure.GROWTH and not statement.real:",
           "    if False:"),
    Mutant("statements", "a group the quote names (县城, 公办) is answered by the whole", "statements/identity.py",
           "    left_off = group_left_off(quote, inside, indicator)\n", "    left_off = ''\n"),
    Mutant("quantity", "a figure in another unit of the pledge's kind stays in its own (8500米 of 10公里)",
           "evidence/identify.py", "    if factor is not None:\n", "    if False:\n"),
    # milestones
    Mutant("milestones", "a completion of the future or of a stage short of the works counts (将于…建成, 主体完工)",
           "statements/completion.py",
           "    if _NOT_YET.search(clause[:at]) or DENIED_AFTER.match(clause, at + len(word)):\n        return False\n", ""),
    Mutant("milestones", "a milestone stated not done stays unverifiable", "verdict.py",
           "    undone = next((c for c in candidates if c.undone), None)", "    undone = None"),
    Mutant("grading", "a target under a heading of several years is the plan year's", "periods.py",
           "        period = _heading_of_several_years(rule, corpus)", '        period = ""'),
    # this stop's readings
    Mutant("statements", "a clause naming only a deed names nothing (其中新开工35个)", "statements/ellipsis.py",
           "    return indicator[:len(indicator) - len(shared)] + thing  # (新开工|项目 of 重点项目: 新开工重点项目)",
           "    return indicator"),
    Mutant("statements", "several years that open a sentence end with its first clause", "statements/read.py",
           "    return found is not None and found.start() <= 2", "    return False"),
    Mutant("statements", "a group's word alone names the thing measured (农村 of 农村|无害化处理率)",
           "statements/identity.py",
           "    if not inside or all(w in GROUP_WORDS for w in inside) and any(w not in GROUP_WORDS for w in words):",
           "    if not inside:"),
    Mutant("rules", "a target named by a change's start is that start (由41.2%提高到43%)", "rules/promised.py",
           "    return figures[named + 1] if starting_point(quote, q) or picks_things(quote, q) else None",
           "    return None"),
    Mutant("grading", "a pledge of several things is met where one is done", "verdict.py",
           "(done is None or several_things(rule.pledge.quote, rule.pledge.evidence.all))", "(done is None)"),
    Mutant("parts", "a heading on a line of its own takes in a first sentence with figures", "corpus/layout.py",
           "\n                                      or _FIGURE.search(piece.text, 0, first)", ""),
    Mutant("statements", "what was contracted is part of what was paid in (合同外资 for 实际利用外资)",
           "statements/deeds.py", " (_PAID_IN, _CONTRACTED), (_CARRIED_OUT", " (_CARRIED_OUT"),
    Mutant("statements", "the set restated (十件…中九件) is an outcome", "statements/read.py",
           " or bool(SET_OF.match(text, q.span[1]))", ""),
    Mutant("parts", "several years said in a sentence go on after it", "corpus/scope.py",
           "                if here is Scope.SEVERAL_YEARS and not _turns_to_several(sentence.text, doc.reviews) \\\n",
           "                if False \\\n"),
    Mutant("drafting", "a 分别 list is one rule", "draft/pieces.py",
           "            if _distinct(items):", "            if False:"),
    Mutant("drafting", "works named by their capacity are a target (10万吨液态奶项目)", "draft/refusals.py",
           "    return quantity.unit in _CAPACITIES and", "    return False and"),
    Mutant("milestones", "a target a higher government assigns is no milestone (完成市下达的节能减排目标任务)",
           "statements/aims.py", "        if assigned is not None:", "        if False:"),
    # the readings of reports written in unseen wordings (issue 19, the stop after)
    Mutant("quantity", "公里 after a Chinese numeral is refused as a Latin unit (八十公里)", "quantity/figure.py",
           "(chinese and text[i:i + found[1]] in NOT_AFTER_CHINESE)", "(chinese and found[0] in NOT_AFTER_CHINESE)"),
    Mutant("quantity", "a 千 that opens the unit is read as a numeral (三十万千瓦)", "quantity/numerals.py",
           "        end -= 1  # 三十万|千瓦", "        pass  # 三十万|千瓦"),
    Mutant("statements", "a clause naming only a part of the territory names another thing (其中中心城区…)",
           "statements/ellipsis.py", "    indicator = _place_of_thing_before(indicator, before)\n", ""),
    Mutant("statements", "a comma between digits ends a clause (25,216元)", "statements/read.py",
           "elif depth == 0 and not (char == \",\" and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):",
           "elif depth == 0:"),
    Mutant("statements", "the year a clause opens with dates nothing after it (2012年新增…，总里程达到…)", "statements/read.py",
           "        framed = year_named(opening_year.group(1)) if opening_year else framed", "        framed = None"),
    Mutant("parts", "a numbered list item ending in ； is a title, never read (（二）改造城镇老旧小区90个…；)",
           "corpus/sentences.py", "            elif block.level == 2 and _ITEM.search(text):", "            elif False:"),
    Mutant("parts", "a turn to several years in a numbered item of the year's review goes on past it",
           "corpus/scope.py", "            if part.kind is PartKind.REVIEW and not numbered and turning:",
           "            if part.kind is PartKind.REVIEW and turning:"),
    Mutant("rules", "a target named by its figure loses its list's 下降 (分别下降1.5%、1.8%)", "rules/target.py",
           " or named_figure(pledge.quote, pledge.target)", ""),
    Mutant("statements", "a narrower name without one of the pledge's words is a part (压减钢铁产能 of 淘汰落后水泥产能)",
           "statements/identity.py",
           "    if differs == \"group\" and any(not any(spelling in indicator for spelling in spellings) for spellings in named_by):",
           "    if False:"),
    Mutant("milestones", "one thing of two stated done meets the pledge of both", "evidence/sentences.py",
           "        completion = completion if all(each) else \"\"", "        completion = completion"),
    Mutant("milestones", "a 完成 of a works' preparation meets a pledge to begin it (开工建设城东快速路)",
           "statements/completion.py", "    if _begun_only(deeds):  # (the start in any of its words", "    if False:  #"),
    Mutant("drafting", "a figure said of each household is a target (家庭至少1人就业)", "draft/refusals.py",
           "        return f\"a condition on each of the households or people named ({quantity.text}), no total\"",
           "        pass"),
    Mutant("statements", "places counted before their noun are not counted at the deed after it (14个村全部完成…)",
           "statements/nouns.py", "        noun += deed.group(\"deed\")", "        pass"),
    # session 11: readings learnt from six more corpora in unseen wordings
    Mutant("statements", "a figure of part of the year (一季度…8.9%) is the year's", "statements/read.py",
           "                    period = Period.PART_OF_YEAR", "                    period = Period.YEAR"),
    Mutant("statements", "a clause naming a measure alone (；实现利税…) is not of the thing before", "statements/ellipsis.py",
           "    return thing + measure if len(thing) >= 2 and not deed_only(thing) else indicator",
           "    return indicator"),
    Mutant("statements", "things taken away (减少贫困人口) are answered by the same things counted otherwise",
           "statements/identity.py",
           "            or another_deed(prefix + tail, quote) or not_taken_away(prefix + tail, word, quote, statement) \\",
           "            or another_deed(prefix + tail, quote) \\"),
    Mutant("statements", "a start given per head (由每人每年3150元) is the level reached", "statements/words.py",
           '                  r"(?:每人每年|每人每月|每年每人|每生每年|每亩每年|每人|每户)?$"',
           '                  r"$"'),
    Mutant("statements", "the set restated (15件…中，14件全面完成) is an outcome", "statements/words.py",
           "中(?=的?[，,]?(?:已有|有|要有)?[0-9０-９一二两三四五六七八九十]+[件项个户家所])",
           "中(?=[0-9０-９一二两三四五六七八九十]+[件项个户家所])"),
    Mutant("statements", "projects' whole cost (总投资) answers a year's investment done", "statements/identity.py",
           "    if (PROJECT_COST in prefix + word + tail) != (PROJECT_COST in quote) and unit.endswith(\"元\"):",
           "    if PROJECT_COST in prefix + word + tail and PROJECT_COST not in quote:"),
    Mutant("statements", "a figure-less opening clause's subject is not the measures' after it (乡镇企业…，完成增加值…)",
           "statements/ellipsis.py", "    if not before and subject:", "    if False:"),
    Mutant("grading", "the outcome is cited in the pledge's unit, not as the review states it", "verdict.py",
           "    return value if stated is quantity else comparable(target, stated)", "    return value"),
    Mutant("evidence", "a synonym inside a longer word is not its word (农网改造)", "rules/vocabulary.py",
           "        for member in dict.fromkeys(m.group() for m in self._inside.finditer(word)) if self._inside else ():",
           "        for member in ():"),
    Mutant("evidence", "a keyword with a thing's size inside it is another thing (第一台二十万千瓦机组)", "evidence/keywords.py",
           "                for inserted in _INSERTED_FREELY + ((size.group(),) if size else ()):",
           "                for inserted in _INSERTED_FREELY:"),
    Mutant("milestones", "the bed of works done (路基工程全线完成) completes them", "statements/completion.py",
           '                  "路基", "桩基", "基坑",', ""),
    Mutant("drafting", "a goal of another year (到1995年，…) is quoted without its year", "draft/pieces.py",
           "                made = _with_period(sentence, made, framing)", "                pass"),
    Mutant("statements", "people counted before their noun are not counted at the deed (2.1万名下岗职工实现再就业)",
           "statements/nouns.py", '_UNITS_COUNTED = ("个", "家", "所", "座", "处", "户", "名", "人")',
           '_UNITS_COUNTED = ("个", "家", "所", "座", "处", "户")'),
    Mutant("statements", "a side of the trade after it (其中出口) is any export", "statements/named_alone.py",
           "    return thing[:thing.find(_TRADE)] + indicator", "    return indicator"),
    Mutant("drafting", "works listed after one deed (建成A、B) are no milestones", "draft/aims.py",
           "        aims = [aim] if aim is not None else listed_done(clause)", "        aims = [aim] if aim is not None else []"),
    Mutant("statements", "two deeds joined (新增和改善灌溉面积) answer a pledge of one", "statements/identity.py",
           "            or deeds_summed(prefix, quote):", "            or False:"),
    Mutant("milestones", "a reach of a programme states its works built (网格化管理实现全覆盖)", "statements/completion.py",
           "    return not promises_built or not any(", "    return True or not any("),
    Mutant("milestones", "a state named as a topic (收支平衡压力加大) is held", "statements/completion.py",
           '        return clause[at + len(word):].strip(" \\u3000。；;！!") in ("", "到位")', "        return True"),
    Mutant("milestones", "a state promised kept (财政收支平衡) is stated by any completion (已完成)", "statements/completion.py",
           "    if kept:  # (a state", "    if False:  # (a state"),
    Mutant("milestones", "the approval of a study (可行性研究报告获得批复) states works begun", "statements/completion.py",
           '"一期", "批复", "获批", "核准",', '"一期",'),
    Mutant("milestones", "equipment put in (完成设备安装调试) states works in use", "statements/completion.py",
           '                  "安装", "调试",  # (its equipment put in: 完成设备安装调试)\n', ''),
    Mutant("milestones", "a completion dated to the report's own year (已于今年…并网) is the year reviewed's", "statements/undone.py",
           "|有望于?|于?今年)[^，", "|有望于?)[^，"),
    Mutant("milestones", "a deed named as a noun and denied after it (…开工均未能按期实现) is done", "statements/undone.py",
           "                denied = DENIED_AFTER.match(clause, at + len(word))\n", "                denied = None\n"),
    Mutant("milestones", "a later clause of denial with no subject (…，但受…影响，未能按计划年内动工) is nobody's", "evidence/sentences.py",
           "if text.startswith(_DENIALS, a)]", "if False]"),
    Mutant("milestones", "动工 is no start of works", "statements/completion.py",
           '_ONE_OFF_DEEDS = ("开工", "动工", "启动",', '_ONE_OFF_DEEDS = ("开工", "启动",'),
    Mutant("milestones", "a sentence stating a thing both done and not states it done", "verdict.py",
           "if c.completion and not c.undone)", "if c.completion)"),
    Mutant("milestones", "a count of those done (74.5万…实现脱贫) states all promised done (全部脱贫)", "statements/completion.py",
           "    if _ALL_OF.search(quote) and _COUNTED.search(clause, 0, at)", "    if False and _COUNTED.search(clause, 0, at)"),
    Mutant("periods", "a later year framed before the quote (确保到2025年，|…) is ignored", "periods.py",
           "        period, deadline = _framed(rule, corpus, target)\n", "        period, deadline = \"\", None\n"),
    Mutant("statements", "a year promised with 确保 (确保到2025年，) frames nothing", "statements/read.py",
           "(?:确保|力争|争取|努力)?(?:到|至)?", "(?:到|至)?"),
    Mutant("statements", "a facility named with the word (农贸市场快速检测室) is the pledged thing", "statements/heads.py",
           "tail not in quote and unit in _FACILITY_UNITS:", "tail not in quote and False:"),
    Mutant("statements", "routes opened and changed (新开和调整) are the routes opened", "statements/deeds.py",
           "(新增|新建|新开辟|新开|开辟|改善|改造|改建|扩建|修缮|新开工|续建|调整|优化|延伸)",
           "(新增|新建|改善|改造|改建|扩建|修缮|新开工|续建)"),
    Mutant('statements', 'a vital rate named alone (，自然增长率…) is any rate', 'statements/named_alone.py',
           '    if indicator not in _VITAL_RATES or not before:', '    if True:'),
    Mutant('statements', 'a turn (但计划生育率) is part of a name', 'statements/words.py',
           '"同时", "但是", "但", "预计",', '"同时", "预计",'),
    Mutant('statements', 'examples closed by 等 (林果、蔬菜、食用菌等高效经济作物) are a part of the thing', 'statements/identity.py',
           '    prefix = _EXAMPLES.sub("", prefix)\n', ''),
    Mutant('milestones', 'works not carried out (未能按计划实施) are not denied', 'statements/undone.py',
           '_NOT_BEGUN = ("开工", "动工", "实施")', '_NOT_BEGUN = ("开工", "动工")'),
    Mutant('statements', 'a plan named by its years (按照三年行动方案，今年…) frames several years', 'statements/words.py',
           '行动(?:首年|第|方案|计划|纲要))', '行动(?:首年|第))'),
    Mutant('milestones', "a games' deadline (亚运会前) is part of the thing's name", 'statements/aims.py',
           '|(?:[亚奥全省市大冬青]运会|运动会|[世园花]?博会|博览会)(?:召开|开幕)?前"', '"'),
    Mutant('statements', 'a programme counted by its places (试点扩大到3个县) counts places alone', 'statements/nouns.py',
           '    if right and noun and not deed_only(noun) and _PLACES_OF.match(text, q.span[1]):', '    if False:'),
    Mutant('statements', "the group before a count of people (解决农村|31.5万人) is nobody's", 'statements/nouns.py',
           '    if right and group and q.unit in _PEOPLE', '    if False and group and q.unit in _PEOPLE'),
    Mutant('drafting', 'a unit measuring the word left off (人 for 人口) settles nothing', 'signoff.py',
           '    if all(unit in _MEASURE_UNITS.get(word, ()) for word in unnamed):', '    if False:'),
    Mutant('milestones', '保障 before a state kept is part of the thing (保障农牧民工工资)', 'statements/aims.py',
           ' + "|保障(?![性房])" + ")*")', ' + ")*")'),
    Mutant('statements', 'the poor out of poverty (实现脱贫) are not the poor reduced (减少贫困人口)', 'statements/deeds.py',
           '"化解", "清退", "取缔", "脱贫")', '"化解", "清退", "取缔")'),
    Mutant('statements', 'a title won (新创成) narrows the one promised created (创建)', 'statements/names.py',
           '                                 "新创成", "创成",\n', ''),
    Mutant('statements', 'works named before their count (开工建设大坪、龙潭|2座中型水库) lose the deed', 'statements/nouns.py',
           '    if right and named:', '    if False:'),
    Mutant('statements', 'when a deed is done (年底前, 于11月底前) is part of the people counted', 'statements/nouns.py',
           '                       r"|年底前?|年内|年末|于(?=[0-9一二三四五六七八九十今明年上下])")', '                       r"|年底前?")'),
    Mutant('quantity', 'the market 担 is no unit (收购烟叶15万担)', 'quantity/units.py',
           '"斤": "斤", "担": "担", ', '"斤": "斤", '),
    Mutant('statements', "a campaign's season (今冬明春) is part of the name", 'statements/words.py',
           '"确保", "努力", "今冬明春",', '"确保", "努力",'),
    Mutant('drafting', "a government's own output named otherwise (全市生产总值 for 国内生产总值) stays unsigned", 'signoff.py',
           '    if set(unnamed) <= _OUTPUT_NAMES and _OWN_OUTPUT.fullmatch(chosen.named):', '    if False:'),
    Mutant('statements', "地区生产总值 narrows the 生产总值 a city's plan names", 'statements/lexicon.py',
           '               ("地区生产总值", "生产总值"),\n', ''),
    Mutant('milestones', 'an inspection awaited (迎接验收) is one passed', 'statements/completion.py',
           '    if word == "验收" and not _PASSED_BEFORE.search(clause[:at]):', '    if False:'),
    Mutant('milestones', 'places listed and counted (梅溪、芦田两县) are done where one is', 'statements/completion.py',
           '    if _PLACES_LISTED.search(quote):\n        return True', '    if False:\n        return True'),
    Mutant('drafting', 'an inspection passed is looked for by the place alone', 'draft/aims.py',
           '    if inspected:  #', '    if False:  #'),
    Mutant('statements', "a change against last year (比上年) in a five-year sentence is the five years'", 'statements/measures.py',
           '    if year is not None and _AGAINST_LAST_YEAR.search(clause):', '    if False:'),
    Mutant('statements', '万元地区生产总值能耗 narrows the 单位地区生产总值能耗 a plan names', 'statements/lexicon.py',
           '("万元地区生产总值能耗", "单位地区生产总值能耗"), ', ''),
    Mutant('milestones', 'works begun after their name (…工程上半年动工) are no aim', 'statements/aims.py',
           '|动工(?:建设|兴建)?|放开|启动(?:建设|实施)?|获批(?:设立)?|(?:全线)?洞通|(?:建成|投入)?试运[营行]|',
           '|放开|获批(?:设立)?|(?:全线)?洞通|'),
    Mutant('drafting', 'a works named with its daily capacity (日处理5万吨的城市污水处理厂) is a target', 'draft/refusals.py',
           '电站|电厂|基地|厂|站|码头|泊位)', '电站|电厂|基地)'),
    Mutant('drafting', 'a word of two characters (出口 of 外贸出口) keeps no name to settle it by', 'draft/doubts.py',
           '(rest,) if 2 <= len(rest) <= 4 else ()', '()'),
    Mutant('milestones', 'a milestone stated done among the years ending with its own is not done', 'evidence/sentences.py',
           'assigned_figure(symbolic_target(text)), note, completion, incomparable,', 'assigned_figure(symbolic_target(text)), note, "" if scope is Scope.SEVERAL_YEARS else completion, incomparable,'),
    Mutant('drafting', 'works prepared before their start (做好…前期工作，力争年内开工) are no milestone', 'draft/aims.py',
           '    prepared = _PREPARED.fullmatch(clause.strip())', '    prepared = None'),
    Mutant('milestones', 'works promised begun are begun by their preparation done (已完成前期工作)', 'statements/completion.py',
           '    if _begun_only(pledged_deeds(quote)):\n        return ""  #', '    if False:\n        return ""  #'),
    Mutant('statements', '即 (what a list of pledges is) is part of the thing', 'statements/aims.py',
           '            "即")  #', '            )  #'),
    Mutant('statements', 'a count of another thing the word qualifies (中小学学位) is the pledged thing', 'statements/heads.py',
           '    return short_noun and (is_count(unit) or', '    return False and (is_count(unit) or'),
    Mutant('statements', 'an average per village (村均) is a part of the whole', 'statements/heads.py',
           '    return any(average in prefix and average not in quote for average in _AVERAGES)', '    return False'),
    Mutant('statements', "figures listed again after a 分别 list (，增长7.9%、9.1%) are the last item's", 'statements/lists.py',
           '        return _listed_again(text, start, figures, before)', '        return {}'),
    Mutant('rules', 'a size that picks the things counted (亿元以上|项目20个) is a target', 'rules/target.py',
           '             and not (picks_things(pledge.quote, q) and q is not figures[-1])]', '             ]'),
    Mutant('statements', 'a kind of the things before counted apart (其中亿元以上项目) has no deed', 'statements/named_alone.py',
           '_named_on_from_thing_before, _side_of_trade_before, _vital_rate_before, _kind_of_thing_before):', '_named_on_from_thing_before, _side_of_trade_before, _vital_rate_before):'),
    Mutant('statements', 'projects carried out (实施) are the projects brought in (引进)', 'statements/deeds.py',
           ', (_BROUGHT_IN, _CARRIED_OUT),\n', ',\n'),
    Mutant('statements', 'a rise of the real thing (使职工实际收入有所增长) is any rise', 'statements/pledged.py',
           '        return bool(_REAL_THING.search(quote))', '        return False'),
    Mutant('milestones', 'a task named by the work it finishes (完成…工作) is vague', 'statements/aims.py',
           '("建设", "工程", "任务", "工作", "创建", "筹集")', '("建设", "工程", "任务", "创建", "筹集")'),
    Mutant('drafting', "works' preparation (各项准备工作) before their start names nothing", 'draft/aims.py',
           '的?(?:前期|各项准备|准备)工作', '的?前期工作'),
    Mutant('milestones', 'a reservoir filled (下闸蓄水) or a pipeline at work (建成通气) is no aim', 'statements/aims.py',
           '(?:建成)?(?:通气|通水)|下闸蓄水|(?:建成)?上线运行|', ''),
    Mutant('statements', "output's growth at current prices (按当年价格计算增长27.9%) is its growth", 'statements/identity.py',
           '    if statement.nominal and statement.indicator.endswith(_OUTPUT) and not NOMINAL_CHANGE.search(quote):', '    if False:'),
    Mutant('statements', '新农村 (a programme) is the countryside a part leaves off', 'statements/groups.py',
           '        words = words.replace(programme, "")', '        words = words'),
    Mutant('statements', 'counts joined by 和 lose what is said of them all (…人口和31万头牲畜的饮水困难)', 'statements/nouns.py',
           '    if right and ITEM_JOINS.fullmatch(right[-1]) and following:', '    if False:'),
    Mutant('statements', "an official abbreviation in the review (新农合) narrows the plan's full name", 'statements/names.py',
           '        named = named.replace(short, name) if short not in name and name in plan and short not in plan else named\n', ''),
    Mutant('evidence', 'a count of things finished beside the keywords (竣工投产…项目41个) counts those carried out', 'evidence/sentences.py',
           ' or not another_deed(indicator, quote) and any(', ' or any('),
    Mutant('draft', 'a goal of several years is left out, not drafted with its period', 'draft/drafting.py',
           '    take(found for found in pieces if found[1].period or found[3])\n', ''),
    Mutant('draft', 'a goal of several years restates the year\'s target of the same figure', 'draft/restated.py',
           'target, pledge.evidence, before, several)', 'target, pledge.evidence, before)'),
    Mutant('draft', 'a count of the indicators a plan sets (8个约束性指标) is drafted', 'draft/refusals.py',
           '    indicators = _INDICATORS.match(text, quantity.span[1])\n', '    indicators = None\n'),
    Mutant('grading', 'a deadline beyond the next year is met early by what one year did', 'verdict.py',
           'deadline if deadline is not None and deadline <= rule.year + 1 else None', 'deadline'),
    Mutant('grading', 'a goal of another period without evidence is unverifiable for the evidence', 'verdict.py',
           '        if period:  # the goal of another period', '        if False:  # the goal of another period'),
    Mutant('grading', 'a milestone stated done and not done is met', 'verdict.py',
           '    if done is not None and undone is not None:', '    if False:'),
    Mutant('milestones', 'money spent (完成投资) states the works done', 'statements/completion.py',
           ' or _SPENT.match(clause, at + len(word)):', ':'),
    Mutant('statements', 'the size that picks the things counted (亿元以上项目) is no group', 'statements/identity.py',
           '    sized = size_apart(indicator, quote) or level_apart(indicator, quote) or outside_apart(indicator, quote) \\\n',
           '    sized = "" \\\n'),
    Mutant('statements', 'one of the things counted together (中小学和幼儿园) is the whole', 'statements/identity.py',
           '    if together and not all(side in indicator for side in together):', '    if False:'),
    Mutant('statements', 'a part of a total (…总数…，其中…) is a level', 'statements/read.py',
           '                if measure is Measure.LEVEL and parts_of_total and is_count(q.unit) \\\n',
           '                if False and is_count(q.unit) \\\n'),
    Mutant('statements', 'how many there are by now (已有) is no level reached', 'statements/read.py',
           ' or raw.rstrip().endswith(COUNTED_SO_FAR))', ')'),
    Mutant('statements', 'a stock promised (总量) is a level', 'statements/measures.py',
           '_STOCKS = ("数量", "总数", "总量")', '_STOCKS = ("数量", "总数")'),
    Mutant('statements', 'firms on the way to a listing (上市后备企业) are listings', 'statements/heads.py',
           '    if tail.startswith(_ON_THE_WAY) and tail[:2] not in quote:', '    if False:'),
    Mutant('evidence', 'a part (其中…) of a figure of a part of the pledged thing is the whole', 'evidence/identify.py',
           '            whole = whole if found.same else None', '            whole = None'),
    Mutant('statements', 'a total named with 总 inside the name (通车总里程) is another thing', 'statements/identity.py',
           '    if totalled:\n', '    if False:\n'),
    Mutant('statements', 'a total named by the end of the name with 总 inside (通车总里程) names nothing before it',
           'statements/ellipsis.py', '    if plain != indicator and len(plain) >= 2', '    if False'),
    Mutant('statements', 'a stage alone (…开工8万套，竣工5万套) counts the works at their stage before', 'statements/ellipsis.py',
           '    thing = bare if len(bare) >= 2 else thing', '    thing = thing'),
    Mutant('statements', 'works carried out answer a pledge of works finished', 'statements/deeds.py',
           ', (_CARRIED_OUT, FINISHED),', ','),
    Mutant('statements', 'projects signed answer a pledge of projects begun or finished', 'statements/deeds.py',
           '(STARTED + FINISHED, _CONTRACTED), ', ''),
    Mutant('statements', 'another short noun after the word (中小学|危房 for 校舍) in a unit not counted is the thing',
           'statements/heads.py', ' and (is_count(unit) or _noun_after(quote, word) not in ("", tail))',
           ' and is_count(unit)'),
    Mutant('quantity', '所以上 after a figure is the conjunction 所以', 'quantity/units.py',
           ' and not window.startswith(UNIT_THEN.get(word, ()))', ''),
    Mutant('draft', 'a piece naming only a stage (竣工5万套) is read alone, not with the works before it', 'draft/phrases.py',
           '\n                                        or deed_only(said.indicator) and names_nothing(text[figure.span[1]:])):',
           '):'),
    Mutant('draft', 'a list\'s measure written with 总 in the reviews (排放总量) is not heard', 'draft/words.py',
           '(left, spelling) for spelling in spellings if self.heard(left, spelling))',
           '(left, spelling) for spelling in spellings[:1] if self.heard(left, spelling))'),
    Mutant('statements', 'a character that joins lists (及) ends a word holding it (普及率)', 'statements/stretches.py',
           '_WORDS_WITH_STOPS = ("普及", "涉及", "波及", "危及", "参与", "给与", "或者")', '_WORDS_WITH_STOPS = ()'),
    Mutant('statements', 'a balance (余额) answers a pledge of what is added to it', 'statements/measures.py',
           '|余额$")', '")'),
    Mutant('statements', 'a change since the year began (较年初) names a thing', 'statements/words.py',
           '"较上年", "较去年", "比年初", "较年初",', '"较上年", "较去年", "比年初",'),
    Mutant('draft', 'visitors from at home and abroad (国内外) are a kind of visitors', 'statements/lexicon.py',
           '    "国内外", "海内外",  # (visitors', '    # (visitors'),
    Mutant('statements', 'titles newly awarded (新评出) narrow the thing', 'statements/lexicon.py',
           '    "新评出", "评出", "新评", "形成", "接待",', '    "形成", "接待",'),
    Mutant('statements', 'energy reckoned as 综合能耗 is a part of 能耗', 'statements/lexicon.py',
           '               ("综合能耗", "能耗"),\n', ''),
    Mutant('grading', 'the official short name the review gives (下岗职工) settles no drafted doubt', 'signoff.py',
           '    if all(any(word == name and chosen.names_with((short,))', '    if False and all(any(word == name and chosen.names_with((short,))'),
    Mutant('evidence', 'an output without its 量 (粮食总产) is another keyword than 粮食总产量', 'evidence/keywords.py',
           ' or _output_shortened(word, w)\n', '\n'),
    Mutant('draft', 'an area is named by a stretch that cuts its name (蔬菜面积 of 设施蔬菜面积)', 'draft/words.py',
           '            parts = [whole, *parts] if self._said(', '            parts = parts + [whole] if self._said('),
    Mutant('draft', 'what is added to a balance (余额新增) narrows the thing', 'statements/names.py',
           '                                                "新增", "净增"}', '                                                }'),
    Mutant('milestones', 'a zone approved, a tunnel holed through, a list published are not deeds done once',
           'statements/completion.py', '                  "获批", "洞通", "公布",', '                  '),
    Mutant('draft', 'a milestone approved or holed through (获批, 洞通) is not drafted', 'statements/aims.py',
           '启动(?:建设|实施)?|获批(?:设立)?|(?:全线)?洞通|', '启动(?:建设|实施)?|'),
    Mutant('draft', 'works listed by their phase (地铁4号线一期、5号线一期工程) are not drafted', 'draft/aims.py',
           '_PHASE.sub("", each.indicator).endswith(_WORKS_HEADS)', 'each.indicator.endswith(_WORKS_HEADS)'),
    Mutant('milestones', 'a share of the works said right after the completion (完成70%) is the works done',
           'statements/completion.py', 'r"(?:[^，,。；;：:]{0,8}?(?:的|计划|任务|目标))?([0-9]+', 'r"(?:[^，,。；;：:]{0,8}?(?:的|计划|任务|目标))([0-9]+'),
    Mutant('evidence', 'the size a works is measured by (全长142公里) beside the keywords is the pledge\'s figure',
           'evidence/sentences.py', ' and indicator not in _SIZES_OF_WORKS or', ' or'),
    Mutant('statements', "a target restated as the year's plan (年初计划启动的3个) is an outcome", 'statements/words.py',
           'r"|(?:年初|去年|上年|原定|原)(?:确定|计划|安排)的?")', 'r"|年初确定的")'),
    Mutant('milestones', "a line's track laid (完成铺轨) states it opened", 'statements/completion.py',
           '                  "铺轨", "联调",', ''),
    Mutant('grading', 'a change turned the other way round keeps its range (有所下降 for a cut: no cut)', 'grading.py',
           '    if not turned or quantity.qualifier in', '    if True or quantity.qualifier in'),
    Mutant('targets', 'the set a count is taken from (36户…中有25户) is a target', 'rules/target.py',
           ' and not names_the_set(pledge.quote, q)', ''),
    Mutant('parts', "a term of four years (四年来) opens no paragraph of several years", 'corpus/scope.py',
           '(?:近|这|过去)?[两三四五六七八九十几]年来', '(?:近|这|过去)?[五十几]年来'),
    Mutant('parts', 'several years said in a later clause set the whole paragraph\'s period', 'corpus/scope.py',
           'several = _SEVERAL.search(opening, 0, _FIRST_CLAUSE.search(opening + "。").start())',
           'several = _SEVERAL.search(opening)'),
    Mutant('quantity', 'a voltage class (110千伏) is read as an amount', 'quantity/refusals.py',
           '    if text.startswith(VOLTAGE, figure.number_end) or text.startswith("伏", figure.end):\n        return True',
           '    if False:\n        return True'),
    Mutant('milestones', 'works promised begun are begun only in the quote\'s own word (not 破土动工)',
           'statements/completion.py', 'deeds + tuple(word for word in STARTED if word not in deeds) + PAST_START',
           'deeds + PAST_START'),
    Mutant('evidence', 'the aspect 了 inside a keyword (解决了温饱) hides it', 'evidence/keywords.py',
           '_INSERTED_FREELY = ("平均", "总", "完成", "实现", "了")', '_INSERTED_FREELY = ("平均", "总", "完成", "实现")'),
    Mutant('statements', 'a share of the budget done (完成预算的) names the thing the clause after goes on with',
           'statements/ellipsis.py', 'things = [said for said in before if said.measure is not Measure.SHARE_OF_PLAN]',
           'things = before'),
    Mutant('statements', 'a stage named alone after works counted at another keeps that stage too', 'statements/ellipsis.py',
           '    return stage + thing[opening.end():] if opening else thing + stage', '    return thing + stage'),
    Mutant('evidence', 'a 其中 part named by its kind (公办学位) is never that kind of the whole', 'evidence/identify.py',
           '            if not found.same and kind and kind in rule.pledge.quote:',
           '            if False:'),
    Mutant('statements', 'places named one by one, as many as counted, are a sum of other things', 'statements/identity.py',
           ' and not named_one_by_one(prefix, statement):', ':'),
    Mutant('statements', 'works carried forward (推进) are works begun', 'statements/deeds.py',
           '                (STARTED, _UNDER_WAY + _CARRIED_FORWARD),', ''),
    Mutant('evidence', 'a stage counted alone after a ； is not read with the sentence before', 'evidence/reviewed.py',
           "sentence.text.rstrip().endswith(SEMICOLONS) and bool(_STAGE_COUNTED.match(following.text))", 'False'),
    Mutant('statements', 'a figure before its thing and 的年度目标 is an outcome', 'statements/read.py',
           '_TARGET_AFTER = re.compile("[\\u4e00-\\u9fff]{0,10}?的(?:预期|调控|年度)?目标")',
           '_TARGET_AFTER = re.compile("的(?:预期|调控|年度)?目标")'),
    Mutant('statements', 'what the year did altogether (全年共有) is a running total', 'statements/measures.py',
           'summed = _YEAR_SUMMED.sub("", clause)', 'summed = clause'),
    Mutant('grading', 'a milestone due a later year is missed in its plan\'s year', 'verdict.py',
           '    if undone is not None and done is None and deadline is not None:', '    if False:'),
    Mutant('milestones', 'a section of a road opened (北段建成通车) is the whole line opened', 'statements/completion.py',
           '"北段", "南段", "东段", "西段", "中段", "首段", "一标段", "标段")', ')'),
    Mutant('statements', 'firms recognised at more levels (市级以上) are a part of the provincial ones',
           'statements/identity.py', 'size_apart(indicator, quote) or level_apart(indicator, quote)',
           'size_apart(indicator, quote)'),
    Mutant('evidence', 'what the year added answers a level promised reached', 'evidence/identify.py',
           '            if found.same and level_reached and statement.measure is Measure.ADDED:', '            if False:'),
    Mutant('statements', 'the insured area of a crop is its area grown', 'statements/words.py',
           '"进口", "面积", "产量",\n               "保险")', '"进口", "面积", "产量")'),
    Mutant('targets', 'a full-width target finds no period in its sentence', 'statements/document.py',
           'sentence, figure = every[k], normalise(figure)', 'sentence = every[k]'),
    Mutant('statements', 'a clause naming its year after several years\' total takes that total\'s words',
           'statements/named_alone.py', '            several = SEVERAL_YEARS.match(lead)', '            several = None'),
    Mutant('evidence', 'a share reached in a review of five years is never the year\'s level', 'evidence/identify.py',
           '(Measure.LEVEL, Measure.TOTAL, Measure.SHARE)', '(Measure.LEVEL, Measure.TOTAL)'),
    Mutant('statements', 'an intensity (研发经费投入强度) is another thing than the share of output quoted',
           'statements/identity.py', '           and not (head == _INTENSITY and _SHARE_OF_OUTPUT.search(quote))\n', ''),
    Mutant('statements', '中小学校 are other things than the 中小学', 'statements/identity.py',
           '_SAME_WORD_WHOLE = ("学校",)', '_SAME_WORD_WHOLE = ()'),
    Mutant('statements', 'a part for one named year of a total is a total', 'statements/read.py',
           ' \\\n                        and not NAMED_YEAR.search(text, start, q.span[0]):', ':'),
    Mutant('statements', "a kind's firms' measure (规模以上工业企业实现工业增加值) is a part of the kind's", 'statements/nouns.py',
           '    noun = _of_enterprises(noun)\n', ''),
    Mutant('statements', 'contracts newly signed (新签) narrow the contracted foreign investment', 'statements/lexicon.py',
           '    "新签",  # (contracts', '    # "新签",  # (contracts'),
    Mutant('grading', 'a milestone done after the month promised inside the year is met', 'verdict.py',
           '    if late:\n', '    if False:\n'),
    Mutant('grading', 'a task said done (完成40万亩…任务) is exactly its size', 'statements/read.py',
           '                if _TASK_DONE.search(raw) and _TASK_SIZED.match(text, q.span[1])', '                if False'),
    Mutant('draft', '新 before a verb of making (新通电村) cuts the keyword from another word', 'statements/names.py',
           '    if dropped == "新" and keyword.startswith(_DONE_ANEW):\n        return ""', '    if False:\n        return ""'),
    Mutant('draft', '以X为Y before a verb (以小流域为单元兴修) narrows the thing', 'statements/names.py',
           ' or ITEM_NUMBER.match(text) or _MANNER.match(text)', ' or ITEM_NUMBER.match(text)'),
    Mutant('draft', '推广, 兴修 and 新修 are no verbs', 'statements/lexicon.py', '    "兴修", "新修", "推广", "新打",\n', '    "新打",\n'),
    Mutant('draft', '种植 and 栽培 after a thing are part of its name', 'statements/stretches.py',
           '                                    "种植", "栽培"},', '                                    },'),
    Mutant('draft', 'a 其中 part is a twin of the figure it is part of', 'draft/restated.py',
           ' \\\n            or pledge.quote.startswith("其中"):', ':'),
    Mutant('evidence', 'a rate beside the keywords is never the pledge\'s, even named as the quote names it (参保率)',
           'evidence/sentences.py', ' or _named_as_quoted(identified, q, rule.pledge.quote))', ')'),
    Mutant('statements', 'how many there are by now (已有) is the year\'s count', 'statements/measures.py',
           ' and is_count(q.unit) or _so_far(clause):', ' and is_count(q.unit):'),
    Mutant('statements', 'new and adjusted routes counted together (新开辟和调整) are new routes', 'statements/deeds.py',
           '(新增|新建|新开辟|新开|开辟|改善', '(新增|新建|新开|改善'),
    Mutant('statements', 'money from outside another place (市外 for 区外) is a part of the pledge\'s', 'statements/identity.py',
           ' or outside_apart(indicator, quote) \\\n', ' \\\n'),
    Mutant('statements', 'the population (人口自然增长率) narrows the natural growth a plan caps', 'statements/lexicon.py',
           '               ("人口自然增长率", "自然增长率"), ("人口出生率", "出生率"),\n', ''),
    Mutant('grading', 'a milestone given years (用三年左右时间) is settled by one year\'s deeds', 'verdict.py',
           '    if years:  # (one year', '    if False:  # (one year'),
    Mutant('milestones', 'a clause opening with the month a deed was done in (于十月破土动工) speaks of another thing',
           'statements/completion.py',
           '"|于(?:去年|(?:19|20)[0-9]{2}年|[〇零一二九][〇零一二三四五六七八九]{3}年)?"\n'
           '                              "[0-9一二三四五六七八九十]{1,3}月(?:[0-9一二三四五六七八九十]{1,3}日)?(?:底|初|中旬|下旬)?)*")',
           '")*")'),
    Mutant('milestones', 'levels listed before an inspection passed (通过了省、地…验收) cut its clause', 'evidence/sentences.py',
           '        while 0 < start - begin <= 2 and', '        while False and'),
    Mutant('milestones', 'prices opened (放开) is no deed done once', 'statements/completion.py',
           '                  "放开",\n', ''),
    Mutant('draft', 'works begun (动工兴建), prices opened (放开) and a plant finished to make power are no milestones',
           'statements/aims.py', 'r"|全覆盖|开工(?:建设|兴建)|开工|动工(?:建设|兴建)?|放开|', 'r"|全覆盖|开工建设|开工|动工(?:建设)?|'),
    Mutant('statements', 'a deed of taking away said after the word (亏损企业减少) is not looked for', 'statements/deeds.py',
           '    said = quote[max(0, at - 6):at] + after if at != -1 else ""', '    said = quote[max(0, at - 6):at] if at != -1 else ""'),
    Mutant('statements', 'a subject overcoming something (北方制药集团克服…) is no subject of the figures after it',
           'statements/ellipsis.py', '|健康|稳定|克服"', '|健康|稳定"'),
    Mutant('draft', 'a count of days named with its 数 (错峰用电天数) is drafted whole', 'draft/words.py',
           '            parts = parts + [parts[0][:-2]]\n', '            pass\n'),
    # this stop's readings
    Mutant('grading', 'a month in Chinese digits (于十月) dates no milestone against a deadline', 'periods.py',
           '_MONTH_NUMBER = r"\\d{1,2}|十[一二]?|[一二三四五六七八九]"', '_MONTH_NUMBER = r"\\d{1,2}"'),
    Mutant('statements', 'places counted before a measure of their economy (4个镇生产总值) are no part', 'statements/nouns.py',
           '    return _places_counted(text, raw, q, clause, noun) + noun\n', '    return noun\n'),
    Mutant('statements', 'all the places a quote names (十个街道 for 街道) are a part of them', 'statements/identity.py',
           '    indicator = places_as_quoted(statement.indicator, quote)\n', '    indicator = statement.indicator\n'),
    Mutant('statements', 'a local government\'s 地方一般公共预算收入 is a part of its budget revenue', 'statements/lexicon.py',
           '("地方一般公共预算收入", "一般公共预算收入"), ', ''),
    Mutant('draft', 'a part of works a review names apart from its works (县机场…，新航站楼) is looked for whole', 'draft/aims.py',
           '    apart = None if heard or len(words) > 1 else named_apart(aim.indicator, heard_words)\n',
           '    apart = None\n'),
    Mutant('quantity', '头只 and 羊单位 are no units of their own', 'quantity/units.py', '"头只 羊单位".split()', '"".split()'),
    Mutant('statements', 'the basis a change is reckoned on (按同口径计算) is a name', 'statements/words.py',
           ' "按同口径计算", "按同口径",\n', '\n'),
    Mutant('grading', 'a thing denied done, or its target restated and done, leaves a figure pledge unsettled', 'verdict.py',
           '        said = _said_done_or_not(rule, target, candidates)\n', '        said = None\n'),
    Mutant('milestones', 'a plan of the past (去年计划开通的) is a deed put off', 'statements/undone.py',
           '(?<!去年)(?<!上年)(?<!年初)(?<!原)计划于?', '计划于?'),
    Mutant('evidence', 'a set restated all but some of it (除…外) is the target restated', 'evidence/sentences.py',
           '                     and not all_but(text, restated) else None)', '                     else None)'),
    Mutant('grading', 'a lag or a deed put off denies a figure pledge done', 'verdict.py',
           'if denies(c.undone) and', 'if c.undone and'),
    Mutant('grading', 'a target restated with another figure (3000门 for 2000门) and denied settles the pledge', 'verdict.py',
           ' and (c.restated is None or c.restates(target))), None)', '), None)'),
    Mutant('statements', 'a change against the tide (逆势增长) names the thing', 'statements/words.py',
           '    "逆势",  #', '    #'),
    Mutant('statements', 'a deed alone in a year\'s part counts the thing before in any unit', 'statements/ellipsis.py',
           'if s.quantity.unit == unit), named[0]', 'if False), named[0]'),
    Mutant('statements', '常住人口城镇化率 is a part of the 城镇化率', 'statements/lexicon.py',
           '               ("常住人口城镇化率", "城镇化率"),\n', ''),
    Mutant('statements', 'a programme\'s name (新型农村合作医疗) is a rural part of its rate', 'statements/identity.py',
           'group in without_programmes(BOTH_SIDES.sub("", prefix))', 'group in BOTH_SIDES.sub("", prefix)'),
    Mutant('milestones', 'a clause opening on the year after the one reviewed (今年上半年可投入使用) is of another thing',
           'statements/undone.py', '                            "今年")', '                            )'),
    Mutant('statements', 'projects begun or finished answer a pledge of projects brought in', 'statements/deeds.py',
           ', (_BROUGHT_IN, STARTED + FINISHED))', ')'),
    Mutant('evidence', 'a kind named only as an example (黑土滩等各类…) names the figure', 'evidence/candidate.py',
           '    return not listed and not example_of_kinds(word, named)', '    return not listed'),
    Mutant('statements', 'bodies newly set up (新设经营主体) are a part of those added', 'statements/lexicon.py',
           '    "新设", "新登记", "新注册",\n', ''),
    Mutant('statements', 'a net change (净增) answers a count of what was added', 'statements/identity.py',
           '    if statement.measure is Measure.ADDED and statement.net != bool(NET_CHANGE.search(quote)):\n',
           '    if False:\n'),
    Mutant('milestones', '完成 with a thing of its own done (完成轨道铺设) states the works done', 'statements/completion.py',
           '    if word.removesuffix("了") == _DONE_GENERIC and _another_object(', '    if False and _another_object('),
    Mutant('milestones', 'a clause opening on a day of the year reviewed (于去年十月一日) is of another thing',
           'statements/completion.py', '"|于(?:去年|(?:19|20)', '"|于(?:(?:19|20)'),
    Mutant('milestones', 'works still being built at the year\'s end (正在进行内部装修) may be done', 'statements/undone.py',
           '        if being_built_undone and UNDER_WAY.match(clause):\n', '        if False:\n'),
    Mutant('milestones', 'works being built deny their start (已于九月开工，目前正在…)', 'statements/undone.py',
           '    being_built_undone = not any(word in STARTED for word in words)\n', '    being_built_undone = True\n'),
    Mutant('statements', 'deeds listed before a thing (新打、修复机电井) are part of its name', 'statements/ellipsis.py',
           ', "新打", "修复", "、")', ')'),
    Mutant('draft', 'a time of two words (今年上半年) is part of a works\' name', 'statements/aims.py',
           '(?P<when>(?:" + _WHEN + r")+)?', '(?P<when>" + _WHEN + r")?'),
    Mutant('statements', 'a price index\'s rise (零售物价总指数上涨) is another thing than the prices\' rise',
           'statements/identity.py',
           '           and not (head == _INDEX and word.endswith(_PRICES) and statement.measure is Measure.GROWTH)\n', ''),
    Mutant('milestones', 'an opening put off (顺延) is no lag', 'statements/undone.py', '|搁置|顺延")', '|搁置")'),
    Mutant('draft', 'a section of a line no review names (地铁5号线棠溪段) is looked for whole', 'draft/aims.py',
           '    section = None if heard or len(words) > 1 else _SECTION.fullmatch(aim.indicator)\n',
           '    section = None\n'),
    Mutant('draft', 'a share named by what it is a share of (占…比重) is drafted alone', 'draft/phrases.py',
           ' or said.indicator.startswith(_SHARE_OF)\n', '\n'),
    Mutant('draft', 'the lead of a list of targets (…目标是：) is a topic', 'draft/pieces.py',
           'topic="" if _LIST_LEAD.search(lead) else lead', 'topic=lead'),
    Mutant('draft', 'opened to flights (通航), a street opened (开街), a span closed (合龙) are no completions', 'statements/aims.py',
           'r"|(?:建成)?(?:通航|供水|供电|供气|供热|开街|开园|开馆|开业)|合龙|合拢"', 'r""'),
    Mutant('draft', 'works listed before their deed (…、1号线北延建成通车) are no milestones', 'draft/aims.py',
           '    elif last is not None:', '    elif False:'),
    Mutant('draft', 'a day (5月1日) names a works', 'statements/aims.py', ' or _DATED.match(named)', ''),
    Mutant('grading', 'the very target restated and stated done is no outcome', 'verdict.py',
           '    done = next((c for c in candidates if c.restates(target) and c.completion), None)\n', '    done = None\n'),
    Mutant('evidence', 'a target of the pledged thing restated is not told', 'evidence/identify.py',
           '            if statement.aim and identity(', '            if False and identity('),
    Mutant('milestones', 'opened to flights (通航), a span closed (合龙) are no deeds done once', 'statements/completion.py',
           '                  "通航", "开街", "开园", "开馆", "合龙", "合拢")', '                  )'),

    Mutant('statements', 'a kind named as an example (黑土滩等各类退化草地) is the figure\'s kind', 'statements/identity.py',
           '    if all(example_of_kinds(word, indicator, quote)', '    if False and all(example_of_kinds(word, indicator, quote)'),
    Mutant('statements', 'a list closed by 等 after a count (85个口袋公园等建成开放) is of the kinds it is an example of',
           'statements/groups.py', '    return bool(kinds) and not deed_only(kinds) and not kinds.startswith(',
           '    return bool(kinds) or not deed_only(kinds) and not kinds.startswith('),
    Mutant('milestones', 'a rank promised kept (保持第一方阵) is stated by a deed done (出台…)', 'statements/completion.py',
           '    if _RANK_KEPT.search(quote):', '    if False:'),
    Mutant('statements', 'a voltage class after a count (两座|35千伏变电站) ends the count\'s noun', 'statements/nouns.py',
           '\n                                                or _VOLTAGE.match(noun)):', '):'),
)


def _cell(text: str) -> str:
    """``text`` as a Markdown table cell: a bar in it (亿元以上|项目) stands for itself, no column."""
    return text.replace("|", "\\|")


def _copy(target: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(source, target / name)


def _apply(root: Path, mutant: Mutant) -> None:
    path = root / "src" / "pledgetrack" / mutant.file
    text = path.read_text(encoding="utf-8")
    found = text.count(mutant.old)
    if found != 1:
        raise LookupError(f"{mutant.file}: the text to replace stands {found} times, not once: update the mutant")
    path.write_text(text.replace(mutant.old, mutant.new), encoding="utf-8")


def _run(root: Path, tests: tuple[str, ...]) -> tuple[int, list[str], float]:
    env = dict(os.environ, PYTHONPATH=str(root / "src"), PYTHONDONTWRITEBYTECODE="1")
    env.pop("PLEDGETRACK_UPDATE_SCREENSHOT", None)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-rf", *tests],
                          cwd=root, env=env, capture_output=True, text=True)
    # a rule's item is named by its file in the copy; pytest writes a test id's Chinese as \\uXXXX
    failed = [re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m[1], 16)), re.sub(r"^.*?/(?=rules/)", "", name))
              for name in re.findall(r"^FAILED (\S+)", done.stdout, re.MULTILINE)]
    return done.returncode, failed, time.perf_counter() - started


def _imported_from(root: Path) -> Path:
    env = dict(os.environ, PYTHONPATH=str(root / "src"))
    done = subprocess.run([sys.executable, "-c", "import pledgetrack; print(pledgetrack.__file__)"],
                          cwd=root, env=env, capture_output=True, text=True, check=True)
    return Path(done.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="run the whole suite against each mutant")
    parser.add_argument("--only", nargs="+", metavar="NAME", default=(), help="mutants whose stage or name holds NAME")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    args = parser.parse_args(argv)
    mutants = [m for m in MUTANTS if not args.only or any(w in f"{m.stage} {m.name}" for w in args.only)]
    if args.list:
        for m in mutants:
            print(f"{m.stage:10} {m.name}  ({m.file})")
        return 0
    tests = () if args.full else FAST
    with tempfile.TemporaryDirectory(prefix="pledgetrack-mutant-") as scratch:
        clean = Path(scratch) / "clean"
        _copy(clean)
        if not _imported_from(clean).is_relative_to(clean):
            raise SystemExit("the scratch copy's src/ is not the one imported: check PYTHONPATH and the install")
        status, failed, seconds = _run(clean, tests)
        if status != 0:
            print(f"the unmutated copy fails ({', '.join(failed) or f'exit {status}'}): mend that first")
            return 2
        print(f"unmutated: passes in {seconds:.0f} s ({'the whole suite' if args.full else 'the fast subset'})\n")
        print("| stage | mutant | caught by | time |\n|---|---|---|---|")
        missed = errors = 0
        for number, mutant in enumerate(mutants):
            root = Path(scratch) / f"mutant-{number}"
            _copy(root)
            try:
                _apply(root, mutant)
            except LookupError as exc:
                errors += 1
                print(f"| {mutant.stage} | {_cell(mutant.name)} | ERROR: {exc} | |", flush=True)
                continue
            status, failed, seconds = _run(root, tests)
            shutil.rmtree(root)
            if status == 1:
                caught = f"`{failed[0]}`" if failed else "a failing test"
            else:
                missed += status == 0
                errors += status != 0
                caught = "**NOT CAUGHT**" if status == 0 else f"ERROR: pytest exit {status}"
            print(f"| {mutant.stage} | {_cell(mutant.name)} | {_cell(caught)} | {seconds:.0f} s |", flush=True)
    print(f"\n{len(mutants) - missed - errors} of {len(mutants)} mutants caught"
          + (f", {missed} not caught" if missed else "") + (f", {errors} errors" if errors else ""))
    return 1 if missed or errors else 0


if __name__ == "__main__":
    sys.exit(main())
