"""Finding a report's parts (preamble, review, plan, appendix) and its numbered sections.

The review part starts at the first top-level heading ("一、…", with or without
markdown around it) that says 执行情况, 回顾 or 完成情况; the plan part at the
next top-level heading that says 安排, 思路, 计划草案, 工作计划, 任务 or 打算. A
title such as "…执行情况与2024年计划草案的报告" is no part heading: it has no
"一、". Later top-level headings ("三、进一步提升政府治理…") stay in the plan part;
a trailing "附件" or "名词解释" (a glossary, not pledges) starts the appendix. The
manifest's ``parts`` names the first original line of a part where this fails.

>>> from pledgetrack.corpus import load_corpus
>>> doc = load_corpus()["yuexiu-2024-gwr"]
>>> [(p.kind.value, p.year, doc.position(p.start).line) for p in doc.parts]
[('preamble', None, 3), ('review', 2023, 14), ('plan', 2024, 94), ('appendix', None, 230)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..errors import CorpusError, Problem
from .layout import Block, Kind, Layout
from .manifest import Entry
from .model import Part, PartKind, Section
from .tables import YEAR

# Where the word lists below come from: official terms, the words governments head the parts of their
# reports with (执行情况, 工作安排, 附件), and grammar (过去一年, 今年); none measured on a report.
# Simplified and traditional (Hong Kong, Macao and Taiwan reports) spellings.
REVIEW_WORDS = ("执行情况", "回顾", "完成情况", "成就", "執行情況", "回顧", "完成情況")
PLAN_WORDS = ("安排", "思路", "计划草案", "工作计划", "任务", "打算", "部署", "总体要求", "政策取向", "主要目标",
              "計劃草案", "工作計劃", "任務")
APPENDIX = re.compile(r"(?:附件|附录|名词解释)\s*\d*\s*[：:]?")
_DETECTED = (PartKind.REVIEW, PartKind.PLAN, PartKind.APPENDIX)
# Paragraphs that open a review or a plan where no heading says so: "过去一年，…", "今年经济社会发展的主要预期目标是：…".
_REVIEW_OPENING = (r"(?:各位代表[，,！!]\s*)?(?:过去的?一年|一年来|刚刚过去的|回顾{year}年|{year}年[，,是])")
_PLAN_OPENING = r"(?:今年|{year}年)[^。]{{0,30}}(?:主要预期目标|预期目标|总体要求|工作安排)"


def heading_title(text: str) -> str:
    """A heading's title: its text up to the first 。 (some headings run on into the body).

    >>> heading_title("（一）聚焦优格局、促协调，推动重大战略部署落地落实。大湾区融合纵深推进。")
    '（一）聚焦优格局、促协调，推动重大战略部署落地落实'
    """
    return text.split("。", 1)[0]


def part_kind(heading: str, reviews: int, plans: int | None) -> PartKind | None:
    """What a top-level heading opens, from its words and the years it names (None: neither).

    >>> part_kind("一、2025年主要工作和“十四五”发展成就", 2025, 2026), part_kind("二、2018年经济社会发展总体要求和政策取向", 2017, 2018)
    (<PartKind.REVIEW: 'review'>, <PartKind.PLAN: 'plan'>)
    >>> part_kind("三、加强政府自身建设", 2018, 2019) is None
    True
    """
    years = {int(y) for y in YEAR.findall(heading)}
    if any(w in heading for w in REVIEW_WORDS):
        return PartKind.REVIEW
    if any(w in heading for w in PLAN_WORDS) or (plans is not None and plans in years and reviews not in years):
        return PartKind.PLAN
    if reviews in years:
        return PartKind.REVIEW
    return None


def find_parts(layout: Layout, entry: Entry, name: str) -> tuple[tuple[Part, ...], tuple[Problem, ...]]:
    """The parts of the report laid out in ``layout``, and warnings where they were guessed from content.

    Raises :class:`CorpusError` when a review (or, for a report that plans a year, a plan) part is missing.
    """
    text = layout.text
    problems: list[Problem] = []
    warnings: list[Problem] = []
    starts: dict[PartKind, tuple[int, str]] = {}
    for kind in _DETECTED:
        line = entry.parts.line(kind) if entry.parts else None
        if line is not None and (found := _override(layout, line, kind, entry, name, problems)):
            starts[kind] = found
    top = [b for b in layout.blocks if b.kind is Kind.HEADING and b.level == 1]
    kinds = [(b, part_kind(heading_title(text[b.start:b.end]), entry.reviews, entry.plans)) for b in top]
    if PartKind.REVIEW not in starts:
        block = next((b for b, kind in kinds if kind is PartKind.REVIEW), None)
        if block is None and (block := _opening(layout, _REVIEW_OPENING, entry.reviews, 0)):
            warnings.append(_guessed(layout, name, block, "review", "it looks back on the year"))
        if block is not None:
            starts[PartKind.REVIEW] = (block.start, heading_title(text[block.start:block.end]))
    review_at = starts[PartKind.REVIEW][0] if PartKind.REVIEW in starts else -1
    if PartKind.PLAN not in starts and entry.plans is not None:
        block = next((b for b, kind in kinds if kind is PartKind.PLAN and b.start > review_at), None)
        if block is None and (block := _opening(layout, _PLAN_OPENING, entry.plans, review_at + 1)):
            warnings.append(_guessed(layout, name, block, "plan", f"it sets targets for {entry.plans}"))
        if block is not None:
            starts[PartKind.PLAN] = (block.start, heading_title(text[block.start:block.end]))
    if PartKind.APPENDIX not in starts and PartKind.PLAN in starts:
        block = next((b for b in layout.blocks if b.start > starts[PartKind.PLAN][0]
                      and b.kind in (Kind.PROSE, Kind.HEADING) and APPENDIX.fullmatch(text[b.start:b.end])), None)
        if block is not None:
            starts[PartKind.APPENDIX] = (block.start, text[block.start:block.end])
    for kind, words in ((PartKind.REVIEW, "工作回顾, 执行情况 or 发展成就"),
                        (PartKind.PLAN, "工作安排, 总体部署 or 目标任务")):
        if kind not in starts and not (kind is PartKind.PLAN and entry.plans is None):
            problems.append(Problem(
                name, None, None,
                f"no {kind.value} part found: no top-level heading such as '一、…' or '二、…' that says {words}, "
                f"nor a paragraph that opens one",
                f"add `parts: {{{kind.value}: LINE}}` to the entry for {entry.id!r} in the manifest "
                f"(line {entry.source.where(('reports', entry.index))[0]}), LINE being the original line "
                f"where the {kind.value} part begins", "no-part"))
    ordered = sorted(starts.items(), key=lambda item: item[1][0])
    if [kind for kind, _ in ordered] != [kind for kind in _DETECTED if kind in starts]:
        problems.append(entry.problem("parts", "the parts are out of order: "
                                      + ", ".join(f"{kind.value} at line {_line_of(layout, at)}"
                                                  for kind, (at, _) in ordered),
                                      "the review part must come before the plan part, the appendix last", "bad-parts"))
    if problems:
        raise CorpusError(problems)
    years = {PartKind.REVIEW: entry.reviews, PartKind.PLAN: entry.plans}
    parts = []
    if ordered[0][1][0] > 0:
        parts.append(Part(PartKind.PREAMBLE, None, "", 0, ordered[0][1][0]))
    for i, (kind, (start, heading)) in enumerate(ordered):
        end = ordered[i + 1][1][0] if i + 1 < len(ordered) else len(text)
        parts.append(Part(kind, _year(heading, years.get(kind)), heading, start, end))
    return tuple(parts), tuple(warnings)


def _opening(layout: Layout, pattern: str, year: int, after: int) -> Block | None:
    """The first paragraph after ``after`` that opens a part by its content."""
    opening = re.compile(pattern.format(year=year))
    return next((b for b in layout.blocks if b.start >= after and b.kind is Kind.PROSE
                 and opening.match(layout.text, b.start, b.end)), None)


def _guessed(layout: Layout, name: str, block: Block, kind: str, why: str) -> Problem:
    line = block.lines[0]
    return Problem(name, line, 1, f"no heading names the {kind} part; it is taken to begin here, where {why}",
                   f"if that is wrong, add `parts: {{{kind}: LINE}}` to the report's manifest entry", "part-guessed")


def _year(heading: str, expected: int | None) -> int | None:
    # The heading's year wins; the manifest's is taken when the heading names it among others
    # ("2019—2023年工作回顾") or names none.
    found = [int(y) for y in YEAR.findall(heading)]
    if expected is None or expected in found or not found:
        return expected
    return found[0]


def _line_of(layout: Layout, offset: int) -> int:
    original = layout.offsets[offset]
    return next(line.number for line in reversed(layout.lines) if line.start <= original)


def _override(layout: Layout, line: int, kind: PartKind, entry: Entry, name: str,
              problems: list[Problem]) -> tuple[int, str] | None:
    if line > len(layout.lines):
        problems.append(entry.problem(("parts", kind.value), f"line {line} is past the end of {name} "
                                      f"({len(layout.lines)} lines)", "give the line where the part's heading stands",
                                      "bad-parts"))
        return None
    original = layout.lines[line - 1]
    first = bisect_left(layout.offsets, original.start)
    last = bisect_left(layout.offsets, original.start + len(original.text))
    if first >= last:
        problems.append(entry.problem(("parts", kind.value), f"line {line} of {name} holds no report text "
                                      f"(it is blank, a footnote or markup)",
                                      "give the line where the part's heading stands", "bad-parts"))
        return None
    return first, heading_title(layout.text[first:last].rstrip("\n"))


def find_sections(layout: Layout, parts: Sequence[Part]) -> tuple[Section, ...]:
    """Every "一、…" (level 1) and "（一）…" (level 2) heading, each running to the next of its level or above.

    A section never runs past the end of the part it starts in.
    """
    headings = [b for b in layout.blocks if b.kind is Kind.HEADING and b.level]
    sections = []
    for i, block in enumerate(headings):
        part_end = next(p.end for p in parts if p.start <= block.start < p.end)
        later = next((b.start for b in headings[i + 1:] if b.level <= block.level), part_end)
        title = heading_title(layout.text[block.start:block.end])
        sections.append(Section(title, block.level, block.start, min(later, part_end)))
    return tuple(sections)
