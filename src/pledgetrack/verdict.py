"""The verdict on one pledge: its grade, the figures compared, and the evidence, or why it is unverifiable.

>>> from pledgetrack import load_corpus, load_rules
>>> from pledgetrack.rules.vocabulary import default_vocabulary
>>> corpus = load_corpus()
>>> rule = load_rules(corpus=corpus)["yuexiu-2023-job-fairs"]
>>> verdict = judge(rule, corpus, default_vocabulary(), datetime.date(2026, 11, 21))
>>> verdict.grade.value, verdict.outcome, verdict.chosen.position.line
('exceeded', Decimal('175'), 84)
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import attrs

from .corpus import Corpus
from .quantity import Quantity, as_stated
from .evidence import Candidate, answers, find_evidence
from .grading import (
    DEFAULT_EXCEED_MARGIN,
    DEFAULT_TOLERANCE,
    Reason,
    against,
    comparable,
    grade,
    ratio,
)
from .rules.book import Rule
from .rules.model import Grade, Kind, Op, Trend
from .rules.target import Target, format_amount, symbolic_target
from .rules.vocabulary import Vocabulary
from .periods import done_late, milestone_deadline, milestone_of_years, other_period
from .signoff import settled_by_naming
from .statements.completion import several_things
from .statements.undone import denies
from .results import Verdict
from .tied import as_rise, in_step


@attrs.frozen
class Settings:
    """What every verdict of an audit is judged with, sent once with each government's rules."""

    vocabulary: Vocabulary
    as_of: datetime.date
    tolerance: Decimal = DEFAULT_TOLERANCE
    margin: Decimal = DEFAULT_EXCEED_MARGIN

    def judge(self, rule: Rule, corpus: Corpus) -> Verdict:
        """The verdict on one rule."""
        return judge(rule, corpus, self.vocabulary, self.as_of, self.tolerance, self.margin)


def outcome_due(year: int) -> datetime.date:
    """When the report reviewing ``year`` is due: reports are read out by spring of the next year."""
    return datetime.date(year + 1, 6, 30)


def judge(rule: Rule, corpus: Corpus, vocabulary: Vocabulary, as_of: datetime.date,
          tolerance: Decimal = DEFAULT_TOLERANCE, margin: Decimal = DEFAULT_EXCEED_MARGIN) -> Verdict:
    """The verdict on one rule.

    A quote with several figures ("增长7.5%，达到309亿元") promises each: the pledge is
    missed when the reports show one of them missed, and otherwise takes the grade of
    the first figure the reports answer.
    """
    if not rule.also:
        return _unsigned(_judge_one(rule, corpus, vocabulary, as_of, tolerance, margin))
    verdicts = [_judge_one(attrs.evolve(rule, target=target, also=()), corpus, vocabulary, as_of, tolerance, margin)
                for target in (rule.target, *rule.also)]
    answered = [v for v in verdicts if v.grade is not Grade.UNVERIFIABLE]
    missed = [v for v in answered if v.grade is Grade.MISSED]
    chosen = (missed or answered or verdicts)[0]
    others = [f"{v.target.describe()}: {v.grade.value}" for v in verdicts if v is not chosen and v.target]
    return _unsigned(attrs.evolve(chosen, rule=rule, explanation=f"{chosen.explanation} (the quote's other "
                                  "figures: " + "; ".join(others) + ")"))


def _unsigned(verdict: Verdict) -> Verdict:
    """A finding withheld while the rule's evidence words wait for a reviewer (``check: evidence``).

    A drafted word cut out of the plan's noun (出口总额 of 进出口总额) finds another indicator's
    figure: no finding is published on it until a person has looked. The evidence, the figure and
    the grade it would give stay in the verdict, so that the reviewer sees what signing off changes.
    A review whose naming of the figure shows it is of the plan's thing (:mod:`pledgetrack.signoff`: 粮食总产量
    for 粮食 of 粮食产量) settles the doubt itself, and the finding stands.
    """
    check = verdict.rule.pledge.check
    if check is None or not check.evidence or verdict.grade is Grade.UNVERIFIABLE:
        return verdict
    settled = settled_by_naming(verdict.rule.pledge.evidence.qualifiers, verdict.chosen, verdict.grade,
                                verdict.target)
    if settled:
        return attrs.evolve(verdict, explanation=f"{verdict.explanation}; {settled}")
    # The point itself is shown beside (the rule's check): the explanation says what it withholds.
    why = (f"not signed off: the evidence words may not name the pledged indicator (the rule's `check: evidence`); "
           f"the reports would give {verdict.grade.value} ({verdict.explanation}); once the words are right, "
           "delete `evidence` from the rule's `check` to sign it off")
    return attrs.evolve(verdict, grade=Grade.UNVERIFIABLE, reason=Reason.UNSIGNED, explanation=why)


def _judge_one(rule: Rule, corpus: Corpus, vocabulary: Vocabulary, as_of: datetime.date,
               tolerance: Decimal, margin: Decimal) -> Verdict:
    def judged_against(target: Target, tied: Rule = rule, by: Decimal = margin) -> Verdict:
        return _judge_one(attrs.evolve(tied, target=target), corpus, vocabulary, as_of, tolerance, by)

    tied = symbolic_target(rule.pledge.quote) if rule.target is None or rule.target.op is Op.IN_STEP else None
    def unverifiable(reason: Reason, why: str, candidates=(), chosen=None, target=rule.target) -> Verdict:
        return Verdict(rule, Grade.UNVERIFIABLE, reason, target, None, None, chosen, tuple(candidates), why)

    if tied is not None and tied.op is Op.IN_STEP and corpus.reviewing(rule.year, rule.government):
        return in_step(rule, corpus, judged_against) or unverifiable(
            Reason.NO_FIGURE, f"the target is tied to economic growth, and no report reviewing {rule.year} "
                              "states the economy's growth for it")
    if not corpus.reviewing(rule.year, rule.government):
        if as_of <= outcome_due(rule.year):
            return unverifiable(Reason.PENDING, f"the report reviewing {rule.year} is not due before "
                                                f"{outcome_due(rule.year):%Y-%m}")
        return unverifiable(Reason.NO_OUTCOME_REPORT,
                            f"the corpus has no report of {rule.government} reviewing {rule.year}")
    candidates = find_evidence(rule, corpus, vocabulary)
    if not candidates:
        period = _period(rule, corpus, rule.target)[0] if rule.kind is Kind.NUMERIC and rule.target else ""
        if period:  # the goal of another period is unverifiable for that, whatever the reviews of the year say
            return unverifiable(Reason.OTHER_PERIOD, period)
        keywords = "、".join(rule.pledge.evidence.all + rule.pledge.evidence.any)
        return unverifiable(Reason.NO_EVIDENCE, f"no sentence reviewing {rule.year} mentions {keywords}")
    if rule.kind is Kind.MILESTONE:
        rising = as_rise(rule, judged_against)
        if rising is not None:
            return rising
        return _milestone(rule, candidates, unverifiable)
    target = _resolved(rule.target, candidates)
    if target.op is Op.IN_STEP:
        return unverifiable(Reason.NO_FIGURE, "the target is tied to economic growth and the report gives "
                            "no figure of its own to check it with", candidates, candidates[0])
    with_figure = [c for c in candidates if c.quantity is not None]
    period, deadline = _period(rule, corpus, target)
    if period and not deadline:  # a year's figure, or its absence, says nothing of another period's target
        return unverifiable(Reason.OTHER_PERIOD, period, candidates, (with_figure or candidates)[0], target)
    if not with_figure:
        reached = _reached_by_a_part(rule, target, candidates, tolerance, margin)
        if reached is not None:
            return reached
        said = _said_done_or_not(rule, target, candidates)
        if said is not None:
            return said
        mismatch = next((c for c in candidates if c.incomparable), None)
        if mismatch is not None:
            return unverifiable(Reason.INCOMPARABLE, f"the reports speak of it, but {mismatch.note}",
                                candidates, mismatch, target)
        note = f" ({candidates[0].note})" if candidates[0].note else ""
        return unverifiable(Reason.NO_FIGURE, f"the reports mention it without a figure{note}",
                            candidates, candidates[0], target)
    if target.value is None:
        return unverifiable(Reason.TARGET_UNRESOLVED, "the assigned figure is stated in no outcome report",
                            candidates, with_figure[0])
    tolerance = rule.pledge.tolerance if rule.pledge.tolerance is not None else tolerance
    margin = rule.pledge.exceed_margin if rule.pledge.exceed_margin is not None else margin
    chosen = with_figure[0]
    value = comparable(target, chosen.quantity)
    result = grade(target, against(target, chosen.quantity), tolerance, margin)
    exact_grades = {grade(target, against(target, c.quantity), tolerance, margin)
                    for c in with_figure if c.exact}
    exact_values = {comparable(target, c.quantity) for c in with_figure if c.exact}
    conflict = len(exact_values) > 1
    if len(exact_grades) > 1:
        return unverifiable(Reason.CONFLICT, "exact figures in the reports disagree: "
                            + ", ".join(format_amount(v, target.unit) for v in sorted(exact_values)), candidates, chosen, target)
    if result is None:
        return unverifiable(Reason.UNDECIDED, f"'{chosen.quantity.text}' leaves open whether "
                            f"{target.describe()} was reached", candidates, chosen, target)
    if deadline and result is Grade.MISSED:  # not reached yet, and there is time left
        return unverifiable(Reason.OTHER_PERIOD, f"{period}: not reached in {rule.year}, with time left until "
                            f"{deadline}", candidates, chosen, target)
    why = f"{_as_changed(chosen.quantity, target)} against {target.describe()}"
    return Verdict(rule, result, None, target, _cited(target, chosen.quantity, value), ratio(target, value), chosen,
                   tuple(candidates), why, conflict)


def _period(rule: Rule, corpus: Corpus, target: Target) -> tuple[str, int | None]:
    """Why one year's figure cannot settle ``target`` ('' where it can), and the next year's end where the plan sets
    the target by then (到2017年底前, in the plan for 2016): work the year carries, which it may finish early. A later
    deadline is a goal of those years: what one year did, however much, settles it no more than a miss would
    ("到2026年底前实现…50户全部脱贫" is not met by the 96 households of 2024)."""
    period, deadline = other_period(rule, corpus, target)
    return period, deadline if deadline is not None and deadline <= rule.year + 1 else None


def _cited(target: Target, quantity: Quantity, value: Decimal) -> Decimal:
    """The outcome as the review states it, in its own unit (一百四十五亿斤 is graded in the target's 公斤 as 72.5亿):
    the figure an auditor cites."""
    stated = as_stated(quantity)
    return value if stated is quantity else comparable(target, stated)


def _as_changed(outcome, target: Target) -> str:
    """The outcome's figure, with its direction where it goes against the target's ("a fall of 4.0%" for 下降4.0%
    against a rise of 6 %), so that no decline reads as a rise."""
    text = outcome.text.strip()
    if outcome.trend == "down" and target.trend is not Trend.DOWN:
        return f"a fall of {text}"
    if outcome.trend == "up" and target.trend is Trend.DOWN:
        return f"a rise of {text}"
    return text


def _reached_by_a_part(rule: Rule, target: Target, candidates: list[Candidate], tolerance: Decimal,
                       margin: Decimal) -> Verdict | None:
    """A minimum that a part of the whole reaches alone (引进国内到位资金6000亿元 for 引进到位资金5700亿元以上):
    the whole, at least as much, reached it too. A part below the minimum says nothing of the whole."""
    if target.op not in (Op.AT_LEAST, Op.MORE_THAN) or target.value is None:
        return None
    for candidate in candidates:
        part = candidate.part
        if part is None or not answers(rule, part):  # (as any figure: 335户 answer 335座 of dwellings)
            continue
        value = comparable(target, part)
        result = grade(target, against(target, part), tolerance, margin)
        if result in (Grade.MET, Grade.EXCEEDED):
            chosen = attrs.evolve(candidate, quantity=part)
            why = (f"{part.text.strip()} of a part alone reaches {target.describe()}, so the whole, at least as "
                   f"much, did" + ("" if result is Grade.EXCEEDED else " (whether by the margin is open)"))
            return Verdict(rule, result, None, target, _cited(target, part, value), ratio(target, value), chosen,
                           tuple(candidates), why)
    return None


def _said_done_or_not(rule: Rule, target: Target, candidates: list[Candidate]) -> Verdict | None:
    """Where no figure answers the pledge: the thing stated not done in its year (新建农村户用沼气池…两项没有完成,
    去年计划开通的2000门程控电话，…未能在年内开通: missed), or its very target restated and stated done (…已于10月全部
    开通: met, at the target); else None."""
    # (denied outright, not put off or lagging; not where it restates another target of the thing: another task's,
    # 去年计划开通的3000门…)
    undone = next((c for c in candidates if denies(c.undone) and (c.restated is None or c.restates(target))), None)
    if undone is not None:
        return Verdict(rule, Grade.MISSED, None, target, None, None, undone, tuple(candidates),
                       f"the report states it not done in {rule.year} ({undone.undone})")
    done = next((c for c in candidates if c.restates(target) and c.completion), None)
    if done is not None:
        return Verdict(rule, Grade.MET, None, target, target.value, Decimal(1), done, tuple(candidates),
                       f"the report restates the target and states it done ({done.completion})")
    return None


def _resolved(target: Target, candidates: list[Candidate]) -> Target:
    if target.op is not Op.ASSIGNED or target.value is not None:
        return target
    stated = next((c.assigned for c in candidates if c.assigned is not None), None)
    if stated is None:
        return target
    return Target(Op.ASSIGNED, stated.value, stated.unit, text=f"{target.text}（{stated.text}）")


def _milestone(rule: Rule, candidates: list[Candidate], unverifiable) -> Verdict:
    # (a sentence stating the thing both done and not, 完成总工程量的75%，未能按期完工 or 1号机组并网和鹤鸣水库开工均未能
    # 按期实现, states it not done)
    done = next((c for c in candidates if c.completion and not c.undone), None)
    undone = next((c for c in candidates if c.undone), None)
    years = milestone_of_years(rule.pledge.quote, rule.year)
    if years:  # (one year's deeds settle no goal of several, done or not)
        return unverifiable(Reason.OTHER_PERIOD, years, candidates, candidates[0])
    deadline = milestone_deadline(rule.pledge.quote, rule.year)
    if undone is not None and done is None and deadline is not None:
        return unverifiable(Reason.OTHER_PERIOD, f"the quote sets {deadline} as its deadline: not done in {rule.year} "
                                                 f"({undone.undone}), with time left", candidates, undone)
    if undone is not None and (done is None or several_things(rule.pledge.quote, rule.pledge.evidence.all)):
        # (a pledge of several things, 开工建设6号线和9号线一期, is missed where one of them is stated not done)
        return Verdict(rule, Grade.MISSED, None, None, None, None, undone, tuple(candidates),
                       f"the report states it not done in {rule.year} ({undone.undone})")
    if done is not None and undone is not None:
        # (天然气利用工程完成门站… and 天然气…等项目没有完成年初计划: the reviews say it both ways of the pledge's thing)
        return unverifiable(Reason.CONFLICT, f"the reports state it done ({done.completion}) and not done "
                                             f"({undone.undone})", candidates, done)
    late = done_late(rule.pledge.quote, done.text, done.completion, rule.pledge.evidence.all) if done else ""
    if late:
        return Verdict(rule, Grade.MISSED, None, None, None, None, done, tuple(candidates), late)
    if done is not None:
        return Verdict(rule, Grade.MET, None, None, None, None, done, tuple(candidates),
                       f"the report states completion ({done.completion})")
    return unverifiable(Reason.NOT_COMPLETED, "the reports mention it but do not state it done",
                        candidates, candidates[0])
