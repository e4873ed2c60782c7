"""What makes a line a part heading: the words of a review, a plan or an appendix, with or without a numeral.

Most reports number their part headings (``一、2024年工作回顾``). Some print them without a
numeral, on a line of their own (内蒙古 2026: ``“十四五”时期发展成就和2025年工作回顾``, then
``“十五五”时期主要目标和2026年重点工作``; a city's ``**2017年工作回顾**`` in Markdown bold).
Such a line is a title: short, without a comma or a stop, and it says what follows.

>>> is_title("“十五五”时期主要目标和2026年重点工作"), is_title("**2018年工作安排**"), is_title("附件")
(True, True, True)
>>> is_title("一是"), is_title("中国教育改革和发展纲要"), is_title("实施“十四五”规划，推动高质量发展")
(False, False, False)
"""

from __future__ import annotations

import re

# Simplified and traditional (Hong Kong, Macao and Taiwan reports) spellings.
REVIEW_WORDS = ("执行情况", "回顾", "完成情况", "成就", "过去一年", "过去的一年", "執行情況", "回顧", "完成情況")
PLAN_WORDS = ("安排", "思路", "计划草案", "工作计划", "任务", "打算", "部署", "总体要求", "政策取向", "主要目标",
              "重点工作", "新的一年", "今年", "明年", "計劃草案", "工作計劃", "任務")
APPENDIX_WORDS = ("附件", "附录", "名词解释", "名词注释", "注释")
# A heading that names a year's work ("2025年工作", "2023年的工作") says which part it opens by its year.
YEAR_WORK = re.compile(r"(?:19|20)\d\d年[^，。]{0,8}工作")
TITLE_MAX = 40
# A title holds none of these (a trailing colon aside: "附件：", "**注释：**").
_RUNNING = re.compile(r"[，、；。！？,;!?：:]")
_OPENERS = "“‘（(《「『【["
_STARTS = frozenset(word[0] for word in REVIEW_WORDS + PLAN_WORDS + APPENDIX_WORDS) | frozenset("12")
_NAMES = re.compile("|".join(REVIEW_WORDS + PLAN_WORDS + APPENDIX_WORDS) + "|" + YEAR_WORK.pattern)


def is_title(text: str) -> bool:
    """True for a line that can stand alone as a part heading: short, unpunctuated, with a part word.

    >>> is_title("过去一年"), is_title("2023年的工作"), is_title("2026年国务院政府工作报告")
    (True, True, True)
    """
    # Most lines are decided without a pattern: too long, or without a character a part word starts with.
    if len(text) > 2 * TITLE_MAX or _STARTS.isdisjoint(text) or not _NAMES.search(text):
        return False
    body = text.strip().strip("*_# ").rstrip("：:").strip()
    return bool(body) and len(body) <= TITLE_MAX and not _RUNNING.search(body) and body[-1] not in _OPENERS


def names_report(text: str) -> bool:
    """True for the report's own title ("2025年福建省政府工作报告"), which opens no part.

    >>> names_report("2025年福建省政府工作报告"), names_report("2025年工作回顾")
    (True, False)
    """
    return "报告" in text
