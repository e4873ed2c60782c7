"""Restated targets: one rule for a target the plans state twice.

A plan often states a target in its overview and again in the section of the work (固定资产投资增长10%左右 …
固定资产投资今年要增长10%左右), and two reports planning the same year state it once each. Drafted twice, the
same target would be graded twice and counted twice. A draft whose evidence (and the words just before it)
and target figure are those of a draft before it (same government and year) is that target restated: it adds its places to the first, and the
first's ``restated`` lists its words, so that the rule, written and read back, stands in every place the target does.

>>> from pledgetrack.rules.model import Pledge
>>> from pledgetrack.draft.model import Draft
>>> def made(quote, start):
...     pledge = Pledge(id=f"p{start}", year=2025, quote=quote, evidence=["固定资产投资"])
...     return Draft(pledge, "某市", "plan", start, start + len(quote), places=(("plan", start, start + len(quote)),))
>>> [(d.pledge.quote, d.places, d.pledge.restated) for d in restatements_merged(
...     [made("固定资产投资增长10%左右", 10), made("固定资产投资今年要增长10%左右", 90)])]
... # doctest: +NORMALIZE_WHITESPACE
[('固定资产投资增长10%左右', (('plan', 10, 23), ('plan', 90, 106)),
  ('固定资产投资今年要增长10%左右',))]
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
import attrs

from ..quantity import find_quantities
from ..rules.model import Check, TargetSpec
from .model import Draft

__all__ = ["restatements_merged", "twins_told_apart"]


def _target_key(quote: str, target: object) -> Hashable | None:
    """What the target promises, as the reader reads it: the same figure however it is printed (７．５％, 7.5%)."""
    if isinstance(target, TargetSpec):
        return target
    figures = find_quantities(target if isinstance(target, str) else quote)
    if not figures:
        return None  # a target in words, or an aim: its words alone do not say it is the same
    return tuple((q.value, q.unit, q.qualifier, q.high, q.trend) for q in figures)


def restatements_merged(drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` with each restated target merged into the draft that states it first."""
    first: dict[Hashable, int] = {}
    kept: list[Draft] = []
    for made in drafts:
        pledge = made.pledge
        target = _target_key(pledge.quote, pledge.target)
        if target is None or not (pledge.evidence.all or pledge.evidence.any):
            kept.append(made)
            continue
        # the words just before each evidence word too: 中试服务平台 and 公共服务平台 are two things
        before = tuple(pledge.quote[max(0, at - 2):at] for at in (pledge.quote.find(w) for w in pledge.evidence.all))
        # (a goal of several years, 平均每年增长百分之七, restates no target of the year, 比上年增长百分之七)
        several = pledge.check is not None and pledge.check.period is not None
        key = (made.government, pledge.year, pledge.kind, target, pledge.evidence, before, several)
        if key not in first:
            first[key] = len(kept)
            kept.append(made)
            continue
        at = first[key]
        earlier = kept[at]
        places = tuple(dict.fromkeys(earlier.places + made.places))
        said = earlier.pledge.restated
        if pledge.quote != earlier.pledge.quote and pledge.quote not in said:  # a second report's same words
            said += (pledge.quote,)  # are found with the quote already
        kept[at] = attrs.evolve(earlier, places=places, pledge=attrs.evolve(earlier.pledge, restated=said))
    return kept


def twins_told_apart(drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` where two targets of one plan year have the same words and unit but not the same figure: the
    words cannot tell which a review's figure is of, and the one said under a topic, the figure-less clause just
    before it (``Draft.topic``: "提升县城承载能力，滚动推进重大项目500个以上", the county towns' projects, beside
    the province's 安排重大项目1000个以上), is withheld until a person makes its words name that topic. A draft
    whose words are in doubt already (海洋 of 海洋生产总值) names another thing: no twin.

    >>> from pledgetrack.rules.model import Pledge
    >>> def made(quote, topic):
    ...     return Draft(Pledge(id=quote[-6:], year=2025, quote=quote, evidence=["重大项目"]), "某省", "plan", 0, 1,
    ...                  topic=topic)
    >>> told = twins_told_apart([made("安排重大项目1000个以上", ""), made("滚动推进重大项目500个以上", "提升县城承载能力")])
    >>> told[0].pledge.check is None
    True
    >>> print(told[1].pledge.check.evidence)
    the plan promises '重大项目' with another figure too (1000个以上): this one may be of what its sentence names before it ('提升县城承载能力'); make the evidence words name it
    """
    keys = [_twin_key(made) for made in drafts]
    figures: dict[Hashable, dict[Hashable, str]] = {}
    for made, (key, target) in zip(drafts, keys):
        if key is not None:
            figures.setdefault(key, {}).setdefault(target, made.pledge.target or made.pledge.quote)
    told = []
    for made, (key, target) in zip(drafts, keys):
        others = [text for other, text in figures.get(key, {}).items() if other != target]
        if others and made.topic:
            figure = next(q.text for q in find_quantities(others[0]))
            doubt = (f"the plan promises '{'、'.join(made.pledge.evidence.all)}' with another figure too ({figure}): "
                     f"this one may be of what its sentence names before it ('{made.topic}'); make the evidence "
                     "words name it")
            check = made.pledge.check or Check()
            check = attrs.evolve(check, evidence="; ".join(filter(None, (check.evidence, doubt))))
            made = attrs.evolve(made, pledge=attrs.evolve(made.pledge, check=check))
        told.append(made)
    return told


def _twin_key(made: Draft) -> tuple[Hashable | None, Hashable | None]:
    pledge = made.pledge
    target = _target_key(pledge.quote, pledge.target)
    # (a goal of another year or of several years, 到1995年粮食总产量达到75亿公斤, is graded for its own period: no
    # twin of the year's; nor is a part of the figure before it, 推进城市更新项目20个，其中新开工8个, which its quote
    # tells apart)
    if target is None or isinstance(target, TargetSpec) or not pledge.evidence.all or (
            pledge.check is not None and (pledge.check.evidence or pledge.check.period)) \
            or pledge.quote.startswith("其中"):
        return None, None
    return (made.government, pledge.year, pledge.evidence.all, tuple(f[1] for f in target)), target
