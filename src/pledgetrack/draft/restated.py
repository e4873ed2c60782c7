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
from ..rules.model import TargetSpec
from .model import Draft

__all__ = ["restatements_merged"]


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
        key = (made.government, pledge.year, pledge.kind, target, pledge.evidence, before)
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
