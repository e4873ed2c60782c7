"""Finding a report's parts (preamble, review, plan, appendix) and its numbered sections.

Where each part opens is decided in :mod:`.openings`: at a heading that names it, numbered
("一、2023年工作回顾") or not ("“十四五”时期发展成就和2025年工作回顾"), or where the engine
finds it without such a heading, with a warning. Later top-level headings ("三、进一步提升政府治理…")
stay in the plan part; a trailing "附件", a glossary ("名词解释", "注释") or numbered notes
("[1] …") start the appendix. A title such as "…执行情况与2024年计划草案的报告" opens no part.
The manifest's ``parts`` names the first original line of a part where this fails. A report
with no plan part found is read with a warning: its review is still evidence.

>>> from pledgetrack.corpus import load_corpus
>>> doc = load_corpus()["yuexiu-2024-gwr"]
>>> [(p.kind.value, p.year, doc.position(p.start).line) for p in doc.parts]
[('preamble', None, 3), ('review', 2023, 14), ('plan', 2024, 94), ('appendix', None, 230)]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..errors import CorpusError, Problem
from .layout import Kind, Layout
from .manifest import Entry
from .model import Part, PartKind, Section
from .openings import appendix_start, heading_title, part_kind, plan_start, review_start, top_headings
from .tables import YEAR

__all__ = ["find_parts", "find_sections", "heading_title", "part_kind"]
_DETECTED = (PartKind.REVIEW, PartKind.PLAN, PartKind.APPENDIX)


def find_parts(layout: Layout, entry: Entry, name: str) -> tuple[tuple[Part, ...], tuple[Problem, ...]]:
    """The parts of the report laid out in ``layout``, and warnings wherever the engine chose a part's start.

    Raises :class:`CorpusError` when no review part is found; a report without a plan part is
    read with a warning (its review is still evidence).
    """
    text = layout.text
    problems: list[Problem] = []
    warnings: list[Problem] = []
    starts: dict[PartKind, tuple[int, str, bool]] = {}  # where, the heading, whether a heading opens it
    for kind in _DETECTED:
        line = entry.parts.line(kind) if entry.parts else None
        if line is not None and (found := _override(layout, line, kind, entry, name, problems)):
            starts[kind] = (*found, True)
    heads = top_headings(layout, entry.reviews, entry.plans)
    review_head = None
    if PartKind.REVIEW not in starts:
        review_head, found = review_start(layout, heads, entry, name, warnings)
        if found is not None:
            starts[PartKind.REVIEW] = found
    if PartKind.PLAN not in starts and entry.plans is not None:
        review_at = starts[PartKind.REVIEW][0] if PartKind.REVIEW in starts else -1
        found = plan_start(layout, heads, review_head, review_at, entry, name, warnings)
        if found is not None:
            starts[PartKind.PLAN] = found
    if PartKind.APPENDIX not in starts:
        after = max((at for at, _, _ in starts.values()), default=-1)
        if (block := appendix_start(layout, after)) is not None:
            starts[PartKind.APPENDIX] = (block.start, text[block.start:block.end].split("\n")[0], True)
    for kind, words in ((PartKind.REVIEW, "工作回顾, 执行情况 or 发展成就"),
                        (PartKind.PLAN, "工作安排, 总体部署 or 目标任务")):
        if kind not in starts and not (kind is PartKind.PLAN and entry.plans is None):
            where = entry.source.where(("reports", entry.index))[0]
            found_none = Problem(
                name, None, None,
                f"no {kind.value} part found: no top-level heading such as '一、…' or '二、…' that says {words}, "
                f"nor a paragraph that opens one" + ("; its review part is still read as evidence, but no "
                                                    "pledge can be quoted from it" if kind is PartKind.PLAN else ""),
                f"add `parts: {{{kind.value}: LINE}}` to the entry for {entry.id!r} in the manifest "
                f"(line {where}), LINE being the original line where the {kind.value} part begins", "no-part")
            (warnings if kind is PartKind.PLAN else problems).append(found_none)
    ordered = sorted(starts.items(), key=lambda item: item[1][0])
    if [kind for kind, _ in ordered] != [kind for kind in _DETECTED if kind in starts]:
        problems.append(entry.problem("parts", "the parts are out of order: "
                                      + ", ".join(f"{kind.value} at line {_line_of(layout, at)}"
                                                  for kind, (at, _, _) in ordered),
                                      "the review part must come before the plan part, the appendix last", "bad-parts"))
    if problems:
        raise CorpusError(problems)
    years = {PartKind.REVIEW: entry.reviews, PartKind.PLAN: entry.plans}
    parts = []
    if ordered[0][1][0] > 0:
        parts.append(Part(PartKind.PREAMBLE, None, "", 0, ordered[0][1][0]))
    for i, (kind, (start, heading, headed)) in enumerate(ordered):
        end = ordered[i + 1][1][0] if i + 1 < len(ordered) else len(text)
        year = _year(heading, years.get(kind)) if headed else years.get(kind)
        parts.append(Part(kind, year, heading, start, end))
    return tuple(parts), tuple(warnings)


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
