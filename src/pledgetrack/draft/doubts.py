"""What a reviewer should check first in a drafted rule: its ``check``, and when its evidence words are in doubt.

A drafted rule whose evidence words may name another indicator than the plan's gives no
finding until a person signs it off (``check: evidence``); other doubts only inform.
"""

from __future__ import annotations

from ..rules.model import Check
from ..statements.names import cut_inside_word, qualifier_left_off, too_general
from .words import names_nothing

__all__ = ["as_check", "evidence_doubt"]


def evidence_doubt(phrase: str, keyword: str) -> tuple[str, tuple[str, ...]]:
    """Why ``keyword`` may not name what ``phrase`` names, so that the rule gives no finding until signed off, or
    ''; and the words with which a review naming the figure's thing settles the doubt (the evidence's
    ``qualifiers``: 海洋 of 海洋生产总值, the whole word 进出口总额 of a keyword cut out of it), or () where only a
    person can. ``phrase`` is what the plan names, without a side of 城乡 drafted as a word of its own.

    >>> doubt, qualifiers = evidence_doubt("海洋生产总值", "生产总值")
    >>> doubt[:34], qualifiers
    ("'生产总值' leaves out '海洋' of '海洋生产总值'", ('海洋',))
    >>> evidence_doubt("进出口总额", "出口总额")[1], evidence_doubt("服务业增加值占地区生产总值的比重", "比重")[1]
    (('进出口总额',), ())
    >>> evidence_doubt("外贸出口", "出口")[1]  # settled where a review's reading names the figure 外贸出口
    ('外贸',)
    """
    tail = phrase.rsplit("的", 1)[-1]
    cut = cut_inside_word(phrase, keyword)
    if names_nothing(keyword):
        return f"'{keyword}' names no particular thing: make the evidence words name what the plan promises", ()
    if cut:
        return (f"'{keyword}' is cut out of '{cut}{keyword}' in the quote and may name another indicator: a finding "
                f"stands only where a review names it '{cut}{keyword}'; make the evidence words name what the plan "
                "names"), (cut + keyword,)
    narrower = qualifier_left_off(phrase, keyword)
    if narrower:
        left_off = "、".join(f"'{words}'" for words in narrower)
        return (f"'{keyword}' leaves out {left_off} of '{tail}' in the quote: a review figure of it may be of the "
                f"whole or of another kind, and a finding stands only where a review names it with {left_off} too; "
                "make the evidence words name what the plan names"), narrower
    if too_general(phrase, keyword):
        # (a short name before the word, 外贸 of 外贸出口, which a review's reading of its figure may give it)
        rest = tail[:-len(keyword)] if tail.endswith(keyword) else ""
        return (f"'{keyword}' names many things (a word of two characters, or a level), where the quote names "
                f"'{tail}': make the evidence words name what the plan names"), (rest,) if 2 <= len(rest) <= 4 else ()
    return "", ()


def as_check(doubts: list[tuple[str, str]]) -> Check | None:
    """The doubts, (key, sentence) each, as a rule's ``check``: the sentences of a key in one line.

    >>> as_check([("target", "two figures"), ("target", "a 分别 list")])
    Check(evidence=None, target='two figures; a 分别 list', period=None, outcome=None)
    >>> as_check([]) is None
    True
    """
    by_key: dict[str, list[str]] = {}
    for key, text in doubts:
        by_key.setdefault(key, []).append(text)
    return Check(**{key: "; ".join(texts) for key, texts in by_key.items()}) if by_key else None
