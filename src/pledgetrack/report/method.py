"""How pledges are graded, in the reader's language, with the values this audit used.

>>> from pledgetrack import Pledge, audit, build_rules
>>> result = audit(rules=build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])]))
>>> [topic for topic, _ in methodology(result, "zh")][:3]
['依据', '左右', '超额完成']
>>> "±10%" in dict(methodology(result))["About (左右)"]
True
"""

from __future__ import annotations

from decimal import Decimal

from ..audit import AuditResult
from ..grading import DEFAULT_EXCEED_MARGIN, DEFAULT_TOLERANCE, Reason
from ..rules.target import format_number
from ..wording import words

_TOPICS = ("evidence", "about", "exceeded", "ceilings", "estimates", "qualified", "unverifiable", "awaiting")


def methodology(result: AuditResult, lang: str = "en") -> list[tuple[str, str]]:
    """How pledges were graded in this audit, as (topic, explanation) pairs with the values used.

    >>> from pledgetrack import audit
    >>> dict(methodology(audit(), "zh"))["超额完成"]
    '下限目标（不少于、超、单列的数字）的结果超出目标10%以上为超额完成，否则为已完成。'
    """
    table = words(lang)
    own = [r.id for r in result.rules if r.pledge.tolerance is not None or r.pledge.exceed_margin is not None]
    own_text = "" if not own else table["m.own.one"] if len(own) == 1 else table["m.own"].format(n=len(own))
    reasons = table["m.join"].join(table["m.reason"].format(name=table[f"reason.{r.value}"], why=table[f"why.{r.value}"])
                                   for r in Reason)
    values = {"tolerance": _percent(DEFAULT_TOLERANCE), "margin": _percent(DEFAULT_EXCEED_MARGIN), "own": own_text,
              "reasons": reasons}
    return [(table[f"m.{topic}"], table[f"m.{topic}.text"].format(**values)) for topic in _TOPICS]


def _percent(fraction: Decimal) -> str:
    return f"{format_number(fraction * 100)}%"
