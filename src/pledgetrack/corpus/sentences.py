"""Where a report's prose is, and where its sentences end: the paragraphs of its layout that are prose (a heading's
body after its 。, an item of a numbered list), cut at 。！？； and read back to the clauses a ；-piece goes on from.

>>> [s.text for s in split_sentences("全年新增就业5万人；1997年比上年增长11.2%。新建公园3个。", 0, 36)]
['全年新增就业5万人；1997年比上年增长11.2%。', '新建公园3个。']
>>> lead_before("五年新增公路1760公里；新改建农村公路5.9万公里。", 13)
'五年新增公路1760公里；'
"""

from __future__ import annotations

import re

from .headings import is_title
from .layout import SENTENCE_ENDS, Kind, Layout
from .model import CLOSERS, SEMICOLONS, Part, PartKind, Sentence
from .parts import heading_title

__all__ = ["lead_before", "prose_spans", "split_sentences"]

# A sentence ends after its stops and the closing marks that follow them: "…目标。”"
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_ENDS)}][{re.escape(SENTENCE_ENDS + CLOSERS)}]*")
# Grammar: a numbered line that ends as an item of a list does (；), or as a sentence with a figure in it does: prose.
_ITEM = re.compile(r"[；;]\s*$|[0-9０-９].*。\s*$")
# Grammar: where a sentence ends, or its paragraph: before them, no clause of the sentence a ；-piece stands in.
_LEAD_STOPS = "。！？!?\n"
# Official statistics: the measures a clause may name alone, of the thing named before it (…完成总产值50亿元；实现利税
# 3亿元: the enterprises' profits and taxes).
MEASURES_ALONE = ("播种面积", "总产量", "总产值", "增加值", "利税", "利润", "税金", "销售收入", "营业收入", "主营业务收入",
                  "出口交货值", "产量", "产值", "投资")
# (investment alone opens a new item too, "；投资4500万元的…工程实现全线贯通": only the investment done goes on)
_INVESTMENT = "投资"
# Grammar: a clause after ； that names no subject, only a year and a change (…，五年年均增长11.6%；1997年比上年增长
# 11.2%) or a measure alone (；实现利税3亿元), goes on about the subject before it: the ； does not end the sentence.
_GOES_ON = re.compile(r"[；;]\s*(?:(?:(?:19|20)\d\d年|当年|全年)?(?:比上年|比去年|较上年|同比)"
                      r"|(?:(?:实现|完成|共|累计)?(?:" + "|".join(m for m in MEASURES_ALONE if m != _INVESTMENT)
                      + r")|完成" + _INVESTMENT + r")(?=[\d比同较增下达为完实共突超]))")


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of ``text[start:end]``, each without the spaces around it."""
    sentences = []
    begin = start
    for stop in _SENTENCE_END.finditer(text, start, end):
        if _GOES_ON.match(text, stop.start(), end):
            continue
        _add_sentence(sentences, text, begin, stop.end())
        begin = stop.end()
    _add_sentence(sentences, text, begin, end)
    return sentences


def _add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` without the spaces around it, unless nothing is left."""
    span = text[start:end]
    body = span.strip()
    if body:
        start += len(span) - len(span.lstrip())
        sentences.append(Sentence(body, start, start + len(body)))


def lead_before(text: str, start: int) -> str:
    """The clauses before the sentence at ``start`` up to ； in the same sentence, or '' where it opens one."""
    stop = max(text.rfind(mark, 0, start) for mark in _LEAD_STOPS)
    lead = text[stop + 1:start].strip().lstrip(CLOSERS)
    return lead if lead.endswith(SEMICOLONS) else ""


def prose_spans(layout: Layout, parts: tuple[Part, ...]) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every prose paragraph of ``layout`` (and heading body), in order."""
    # A part's heading, such as "附件：", is no sentence (nor is the title opening the preamble); a
    # paragraph that opens a part by its content ("今年经济社会发展的主要预期目标是：…") is.
    headings = {part.start for part in parts}
    preamble = {part.start for part in parts if part.kind is PartKind.PREAMBLE}
    spans = []
    for block in layout.blocks:
        if block.start in headings and len(block.lines) == 1 and (
                block.start in preamble or block.kind is not Kind.PROSE
                or is_title(layout.text[block.start:block.end])):
            continue
        if block.kind in (Kind.PROSE, Kind.LIST):
            spans.append((block.start, block.end))
        elif block.kind is Kind.HEADING and block.level:
            # "（一）…格局。聚焦…": the body after the heading's 。 is prose.
            text = layout.text[block.start:block.end]
            title = heading_title(text)
            if block.start + len(title) + 1 < block.end:
                spans.append((block.start + len(title) + 1, block.end))
            elif block.level == 2 and _ITEM.search(text):
                # "（二）改造城镇老旧小区90个、惠及居民4800户；": an item of a numbered list (民生实事), not a title
                spans.append((block.start, block.end))
    return tuple(spans)
