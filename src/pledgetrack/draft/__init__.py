"""Drafting rule books from the plans themselves: every quantified commitment becomes a rule.

>>> from pledgetrack import load_corpus
>>> pledges = draft_rules(load_corpus(), year=2023)
>>> all(p.drafted for p in pledges), any(p.quote == "组织线上、线下招聘会不少于100场" for p in pledges)
(True, True)
"""

from __future__ import annotations

from ..corpus import Corpus
from ..rules.model import Pledge
from .drafting import Draft, draft

__all__ = ["Draft", "draft", "draft_rules"]


def draft_rules(corpus: Corpus, year: int | None = None, region: str | None = None) -> list[Pledge]:
    """The drafted pledges of every government and plan year of ``corpus`` (or the year and region given).

    ``region`` picks the governments whose manifest ``region`` contains it (越秀, 浙江省).
    """
    return [d.pledge for d in draft(corpus, year, region)]
