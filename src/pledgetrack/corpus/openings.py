"""Where each part of a report opens: its heading, or the paragraph where the report turns to it.

Top-level headings are the numbered ones ("一、…") and lines of their own that name a part
without a numeral (:mod:`.headings`). The review opens at the first that names a review; else
at a slogan whose first paragraph looks back on the year ("一、牢记殷殷嘱托，…取得新成效" over
"2024年是…"), at such a paragraph, or at the first numbered heading. The plan opens at a heading
that names a plan, unless another top-level heading comes first after the review, or the
review's heading names the coming year's work too: then at the paragraph of the review's
section that turns to the coming year (the 1994 report's
"一、1993年国内工作的回顾和1994年工作的基本方针" turns at "…今年全党和全国工作的基本方针"),
else at that heading ("二、“十五五”时期工作的主要考虑"). Every choice no heading states is
returned with a warning naming the file and line.

>>> from pledgetrack.corpus.layout import lay_out
>>> layout = lay_out("一、1993年工作的回顾和1994年工作的基本方针\\n去年增长13%。\\n1994年是重要一年。\\n二、保持经济发展\\n")
>>> [(h.title, h.kind) for h in top_headings(layout, 1993, 1994)]
[('一、1993年工作的回顾和1994年工作的基本方针', <PartKind.REVIEW: 'review'>), ('二、保持经济发展', None)]
"""

from __future__ import annotations

import re

import attrs

from ..errors import Problem
from .headings import PLAN_WORDS, REVIEW_WORDS, is_title, names_report
from .layout import Block, Kind, Layout
from .manifest import Entry
from .model import PartKind
from .tables import YEAR

APPENDIX = re.compile(r"(?:附件|附录|名词解释|名词注释|注释)\s*\d*\s*[：:]?")
# Numbered notes closing a report without a heading: "[1] “四上”企业：…", "[2] …".
_NOTE = re.compile(r"\s*[\[【［]\s*(\d+)\s*[\]】］]")
_SALUTATION = r"(?:各位代表[，,！!：:]\s*)?"
# Paragraphs that open a review or a plan where no heading says so: "过去一年，…", "今年经济社会发展的主要预期目标是：…".
_REVIEW_OPENING = _SALUTATION + r"(?:过去的?一年|一年来|刚刚过去的|回顾{year}年|{year}年[，,是])"
_PLAN_OPENING = r"(?:今年|{year}年)[^。]{{0,30}}(?:主要预期目标|预期目标|总体要求|工作安排)"
_COMING_WORK = re.compile(r"今年|明年|方针|总体要求")
_PERIOD = re.compile(r"(?:19|20)\d\d\s*年|一年|今年|明年")
# A paragraph of the review's section that turns to the coming year: "１９９５年是…重要一年。",
# "今年我国将…", "…明确提出了今年全党和全国工作的基本方针".
_TURN = (_SALUTATION + r"(?:今年(?!以来)|明年|新的一年|{year}年(?!以来))"
         r"|[^。]*?(?:今年|{year}年)[^。]{{0,15}}(?:基本方针|总体要求|指导思想|主要预期目标|主要目标)")


@attrs.frozen
class _Head:
    """A top-level heading: numbered ("一、…") or a line of its own that names a part."""

    block: Block
    title: str
    kind: PartKind | None
    numbered: bool


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


def top_headings(layout: Layout, reviews: int, plans: int | None) -> list[_Head]:
    """The top-level headings: every "一、…", and each line of its own that names a part without a numeral.

    >>> from pledgetrack.corpus.layout import lay_out
    >>> layout = lay_out("各位代表：\\n“十四五”时期发展成就和2025年工作回顾\\n五年来，…。\\n2026年重点工作\\n今年…。\\n")
    >>> [(h.title, h.kind.value, h.numbered) for h in top_headings(layout, 2025, 2026)]
    [('“十四五”时期发展成就和2025年工作回顾', 'review', False), ('2026年重点工作', 'plan', False)]
    """
    heads = []
    for block in layout.blocks:
        if block.kind is Kind.HEADING and block.level == 1:
            title = heading_title(layout.text[block.start:block.end])
            heads.append(_Head(block, title, part_kind(title, reviews, plans), True))
        elif block.kind in (Kind.PROSE, Kind.HEADING) and not block.level and len(block.lines) == 1 \
                and is_title(title := layout.text[block.start:block.end]) and not names_report(title) \
                and title.rstrip()[-1:] not in "：:" and _PERIOD.search(title):
            # Without a numeral, only a line naming a year opens a part: "扎实推进重点工作" over a
            # paragraph of the review is a topic, "2026年重点工作" or "新的一年" a part.
            kind = part_kind(title, reviews, plans)
            if kind is not None:
                heads.append(_Head(block, title, kind, False))
    return heads


def review_start(layout: Layout, heads: list[_Head], entry: Entry, name: str,
            warnings: list[Problem]) -> tuple[_Head | None, tuple[int, str, bool] | None]:
    """The review's heading (if a heading opens it) and where it starts."""
    head = next((h for h in heads if h.kind is PartKind.REVIEW), None)
    if head is not None:
        return head, (head.block.start, head.title, True)
    numbered = [h for h in heads if h.numbered]
    block = _opening(layout, _REVIEW_OPENING, entry.reviews, 0)
    if block is not None:
        # A slogan over the review ("一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效") is its heading
        # when the paragraph that looks back on the year is the first under it.
        above = _first_under(layout, numbered, block)
        if above is not None:
            warnings.append(_guessed(layout, name, above.block, "review",
                                     "its first paragraph looks back on the year"))
            return above, (above.block.start, above.title, True)
        warnings.append(_guessed(layout, name, block, "review", "it looks back on the year"))
        return None, (block.start, heading_title(layout.text[block.start:block.end]), False)
    if numbered:  # a report's first part reviews: "一、改革开放和现代化建设…的五年"
        first = numbered[0]
        warnings.append(_guessed(layout, name, first.block, "review", "it is the first top-level heading"))
        return first, (first.block.start, first.title, True)
    return None, None


def plan_start(layout: Layout, heads: list[_Head], review: _Head | None, review_at: int, entry: Entry, name: str,
          warnings: list[Problem]) -> tuple[int, str, bool] | None:
    """Where the plan starts: its heading, the paragraph that turns to the coming year, or the next heading."""
    later = [h for h in heads if h.block.start > review_at]
    named = next((h for h in later if h.kind is PartKind.PLAN), None)
    # The heading that closes the review's section: the next of its kind that does not review too
    # ("二、2023年政府自身建设情况" after "一、2023年经济社会发展回顾" is still the review).
    after = next((h for h in later if h.kind is not PartKind.REVIEW
                  and (review is None or h.numbered == review.numbered)), None)
    first = named is not None and (after is None or named.block.start <= after.block.start)
    # A review heading that names the coming year's work too ("一、1993年国内工作的回顾和1994年工作的
    # 基本方针") holds the start of the plan, whatever heading follows.
    both = review is not None and (str(entry.plans) in review.title or _COMING_WORK.search(review.title))
    if first and not both:
        return named.block.start, named.title, True
    ends = [h.block.start for h in (after, named) if h is not None]
    turn = re.compile(_TURN.format(year=entry.plans))
    block = next((b for b in layout.blocks if review_at < b.start < min(ends, default=len(layout.text))
                  and b.kind is Kind.PROSE and turn.match(layout.text, b.start, b.end)), None)
    if block is not None:
        # The review's section turns to the coming year's line of work: the plan starts there.
        warnings.append(_guessed(layout, name, block, "plan", f"it turns to {entry.plans}"))
        return block.start, heading_title(layout.text[block.start:block.end]), False
    if first:
        return named.block.start, named.title, True
    if after is not None:
        warnings.append(_guessed(layout, name, after.block, "plan", "it is the top-level heading after the review"))
        return after.block.start, after.title, True
    block = _opening(layout, _PLAN_OPENING, entry.plans, review_at + 1)
    if block is not None:
        warnings.append(_guessed(layout, name, block, "plan", f"it sets targets for {entry.plans}"))
        return block.start, heading_title(layout.text[block.start:block.end]), False
    return None


def _first_under(layout: Layout, heads: list[_Head], block: Block) -> _Head | None:
    """The numbered heading ``block`` is the first paragraph under, if any."""
    i = layout.blocks.index(block)
    before = layout.blocks[i - 1] if i else None
    return next((h for h in heads if h.block is before), None)


def appendix_start(layout: Layout, after: int) -> Block | None:
    """Where an appendix starts: "附件：", a glossary ("名词解释", "注释"), or numbered notes "[1] …", "[2] …"."""
    text = layout.text
    blocks = [b for b in layout.blocks if b.start > after and b.kind in (Kind.PROSE, Kind.HEADING)]
    for i, block in enumerate(blocks):
        if APPENDIX.fullmatch(text[block.start:block.end].split("\n")[0]):
            return block
        note = _NOTE.match(text, block.start, block.end)
        if note is not None and note[1] == "1" and i + 1 < len(blocks):
            following = _NOTE.match(text, blocks[i + 1].start, blocks[i + 1].end)
            if following is not None and following[1] == "2":
                return block
    return None


def _opening(layout: Layout, pattern: str, year: int, after: int) -> Block | None:
    """The first paragraph after ``after`` that opens a part by its content."""
    opening = re.compile(pattern.format(year=year))
    return next((b for b in layout.blocks if b.start >= after and b.kind is Kind.PROSE
                 and opening.match(layout.text, b.start, b.end)), None)


def _guessed(layout: Layout, name: str, block: Block, kind: str, why: str) -> Problem:
    line = block.lines[0]
    return Problem(name, line, 1, f"no heading names the {kind} part; it is taken to begin here, where {why}",
                   f"if that is wrong, add `parts: {{{kind}: LINE}}` to the report's manifest entry", "part-guessed")
