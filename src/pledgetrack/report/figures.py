"""What a verdict says, in words: its target, its outcome, its grade and why, in either language.

Every figure goes through :mod:`pledgetrack.amounts`, written with the unit and the 万/亿 of
the words it was read from; the words are those of :mod:`pledgetrack.wording`.

>>> import datetime
>>> from pledgetrack import Pledge, audit, build_rules
>>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"], area="就业")])
>>> verdict = audit(rules=book, as_of=datetime.date(2026, 11, 21)).verdicts[0]
>>> target_text(verdict), outcome_text(verdict), grade_text(verdict)
('at least 100 场', '175 场 (×1.75)', 'exceeded')
>>> target_text(verdict, "zh"), grade_text(verdict, "zh"), explanation(verdict, "zh")
('不少于 100 场', '超额完成', '175场，目标为不少于 100 场')
"""

from __future__ import annotations

from decimal import Decimal

from ..amounts import describe_target, style_of, write_amount
from ..grading import Reason
from ..rules.target import format_number
from ..results import Verdict
from ..wording import words


def amount(value: Decimal | None, unit: str, written: str | None = None) -> str:
    """A figure with its unit as the report writes it (``written``: the words it was read from); '' for None.

    >>> amount(Decimal("175.0"), "场"), amount(Decimal("3.9E+9"), "元"), amount(None, "%")
    ('175 场', '39 亿元', '')
    >>> amount(Decimal(51000), "户", "5.1万户"), amount(Decimal(12000), "km", "12000公里")
    ('5.1 万户', '12000 公里')
    """
    return "" if value is None else write_amount(value, unit, style_of(written, unit))


def ratio_text(verdict: Verdict) -> str:
    """``×1.75``; '' where a ratio means nothing (none, or a negative growth on either side)."""
    target = verdict.target.value if verdict.target is not None else None
    if verdict.ratio is None or verdict.outcome is None or verdict.outcome < 0 or not target or target < 0:
        return ""
    return f"×{format_number(verdict.ratio)}"


def target_text(verdict: Verdict, lang: str = "en") -> str:
    """The target as graded, in words (its figure as the plan writes it); a milestone has none."""
    if verdict.target is None:
        return words(lang)["target.milestone"]
    return describe_target(verdict.target, lang)


def outcome_amount(verdict: Verdict) -> str:
    """The outcome in the target's terms, written as the report writes the figure it stands on, or ''."""
    if verdict.outcome is None:
        return ""
    unit = verdict.target.unit if verdict.target is not None else ""
    figure = verdict.chosen.quantity if verdict.chosen is not None else None
    # The report's own writing applies only where it measures in the target's unit (名 is no 人).
    written = figure.text if figure is not None and figure.unit == unit else None
    return amount(verdict.outcome, unit, written)


def outcome_text(verdict: Verdict) -> str:
    """The outcome with its ratio to the target (``5.1 万户 (×0.51)``), or ''."""
    ratio = ratio_text(verdict)
    text = outcome_amount(verdict)
    return text + (f" ({ratio})" if ratio and text else "")


def grade_text(verdict: Verdict, lang: str = "en") -> str:
    """``missed`` or ``unverifiable (no_evidence)``; in Chinese ``未完成``, ``无法核实（报告未提及）``."""
    table = words(lang)
    reason = table[f"reason.{verdict.reason.value}"] if verdict.reason is not None else ""
    open_, close = ("（", "）") if lang == "zh" else (" (", ")")
    return table[f"grade.{verdict.grade.value}"] + (f"{open_}{reason}{close}" if reason else "")


def check_mark(verdict: Verdict, lang: str = "en") -> str:
    """``check first: evidence, period`` for a rule whose ``check`` still holds points, else ''.

    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"],
    ...                            check={"evidence": "招聘会 may be another fair"})])
    >>> check_mark(audit(rules=book)["fairs"]), check_mark(audit(rules=book)["fairs"], "zh")
    ('check first: evidence', '待核：evidence')
    """
    check = verdict.rule.pledge.check
    return words(lang)["check"].format(keys=", ".join(k for k, _ in check.points())) if check is not None else ""


def check_points(verdict: Verdict, lang: str = "en") -> list[str]:
    """Each point of the rule's ``check``: ``check evidence: 出口总额 is cut out of 进出口总额``."""
    check = verdict.rule.pledge.check
    point = words(lang)["check.point"]
    return [point.format(key=key, text=text) for key, text in check.points()] if check is not None else []


def explanation(verdict: Verdict, lang: str = "en") -> str:
    """The grade in one sentence; in Chinese made from the verdict's figures and reason.

    >>> from pledgetrack import audit
    >>> verdict = audit()["yuexiu-2023-job-fairs"]
    >>> explanation(verdict), explanation(verdict, "zh")
    ('175场 against at least 100 场', '175场，目标为不少于 100 场')
    """
    if lang == "en":
        return verdict.explanation
    table = words(lang)
    if verdict.reason is Reason.UNSIGNED and verdict.chosen is not None and verdict.chosen.quantity is not None \
            and verdict.target is not None:  # what the withheld evidence says, for the reviewer
        return table["why.unsigned"] + table["t.colon"] + table["outcome.against"].format(
            outcome=verdict.chosen.quantity.text.strip(), target=target_text(verdict, lang))
    if verdict.reason is not None:
        return table[f"why.{verdict.reason.value}"]
    if verdict.chosen is not None and verdict.chosen.quantity is not None and verdict.target is not None:
        return table["outcome.against"].format(outcome=verdict.chosen.quantity.text.strip(),
                                               target=target_text(verdict, lang))
    return table["why.done"]
