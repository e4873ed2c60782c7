"""The audit: every rule of a rule book graded against the corpus, with its evidence.

>>> result = audit()
>>> verdict = result["yuexiu-2023-job-fairs"]
>>> verdict.grade.value, verdict.outcome, verdict.chosen.position.line
('exceeded', Decimal('175'), 84)
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor
from decimal import Decimal

import attrs

from .corpus import Corpus, load_corpus, open_portion
from .corpus.index import Portion
from .evidence import Candidate, find_evidence
from .grading import (
    DEFAULT_EXCEED_MARGIN,
    DEFAULT_TOLERANCE,
    Reason,
    comparable,
    grade,
    outcome_of,
    ratio,
)
from .records import Record, as_dict, html_table, record_of, to_pandas
from .rules.book import Rule, RuleBook
from .rules.load import load_rules
from .rules.model import Grade, Kind, Op
from .rules.target import Target, format_amount
from .rules.vocabulary import Vocabulary


@attrs.frozen(repr=False)
class Verdict:
    """The grade of one pledge, why, and every candidate the reports offered.

    - ``rule``: the rule graded (its pledge as written, target as read, places, origin)
    - ``grade``: met, exceeded, missed or unverifiable (``f"{verdict.grade}"`` is the word)
    - ``reason``: why unverifiable (no_evidence, pending …); None for any other grade
    - ``target``: the target as graded (an assigned figure resolved from the outcome report);
      None for a milestone
    - ``outcome``: the chosen figure in the target's terms (a Decimal), or None
    - ``ratio``: outcome / target, or None
    - ``chosen``: the evidence the grade rests on, or None
    - ``candidates``: every place that speaks of the outcome, best first
    - ``explanation``: the grade in one sentence
    - ``conflict``: exact figures in the reports disagree, though not on the grade

    >>> verdict = audit()["yuexiu-2023-job-fairs"]
    >>> verdict
    <Verdict yuexiu-2023-job-fairs (2023, 就业) exceeded: 175场 against at least 100 场>
    >>> f"{verdict.grade}", verdict.year, verdict.government, verdict.title
    ('exceeded', 2023, '广东省广州市越秀区', '线上线下招聘会')
    """

    rule: Rule
    grade: Grade
    reason: Reason | None
    target: Target | None  # as graded: an assigned figure resolved from the outcome report
    outcome: Decimal | None  # the chosen figure, in the target's terms
    ratio: Decimal | None
    chosen: Candidate | None
    candidates: tuple[Candidate, ...]
    explanation: str
    conflict: bool = False

    @property
    def id(self) -> str:
        """The pledge's id."""
        return self.rule.id

    @property
    def year(self) -> int:
        """The year the pledge is for."""
        return self.rule.year

    @property
    def area(self) -> str:
        """The pledge's policy area ('' when the rule gives none)."""
        return self.rule.pledge.area

    @property
    def government(self) -> str:
        """The government whose pledge it is (the manifest's ``region``)."""
        return self.rule.government

    @property
    def title(self) -> str:
        """The pledge's short title ('' when the rule gives none)."""
        return self.rule.pledge.title

    @property
    def quote(self) -> str:
        """The pledge as the plan words it."""
        return self.rule.pledge.quote

    def __repr__(self) -> str:
        where = ", ".join(str(x) for x in (self.year, self.area) if x)
        reason = f" ({self.reason})" if self.reason is not None else ""
        return f"<Verdict {self.id} ({where}) {self.grade}{reason}: {self.explanation}>"

    def _repr_html_(self) -> str:
        return html_table([record_of(self)], f"{self.id}: {self.grade}")


@attrs.frozen(repr=False)
class AuditResult:
    """All verdicts in rule-book order, with what they were computed from.

    - ``corpus``: the reports read; ``rules``: the rule book graded
    - ``verdicts``: one :class:`Verdict` per pledge, in rule-book order
    - ``as_of``: the day taken as today (decides whether a missing report is still pending)
    - ``selection``: which pledges were chosen when not all were (``--grade missed``), as typed

    Iterate it for the verdicts, index it by pledge id, or take it further as data with
    :meth:`to_records` and :meth:`to_pandas`.
    """

    corpus: Corpus
    rules: RuleBook
    verdicts: tuple[Verdict, ...]
    as_of: datetime.date
    selection: str = ""

    def __iter__(self):
        return iter(self.verdicts)

    def __len__(self) -> int:
        return len(self.verdicts)

    def __getitem__(self, rule_id: str) -> Verdict:
        for verdict in self.verdicts:
            if verdict.id == rule_id:
                return verdict
        raise KeyError(rule_id)

    def counts(self) -> dict[Grade, int]:
        """How many pledges got each grade (every grade present, in order)."""
        found = Counter(v.grade for v in self.verdicts)
        return {g: found.get(g, 0) for g in Grade}

    def records(self) -> list[Record]:
        """One flat :class:`~pledgetrack.records.Record` per pledge, in rule-book order.

        >>> audit().records()[0].quote
        '6.5%左右'
        """
        return [record_of(v, self.corpus) for v in self.verdicts]

    def to_records(self) -> list[dict]:
        """One flat dict per pledge (str, int, bool, Decimal or None), the columns of docs/output.md.

        >>> row = audit().to_records()[0]
        >>> row["id"], row["government"], row["grade"], row["outcome_value"]
        ('yuexiu-2017-gdp-growth', '广东省广州市越秀区', 'met', Decimal('6.1'))
        """
        return [as_dict(r) for r in self.records()]

    def to_pandas(self):
        """The records as a pandas DataFrame (needs ``pip install 'pledgetrack[pandas]'``).

        Grade, reason, area and government are categoricals; figures float64; lines Int64:
        ``df.groupby(["government", "year"]).grade.value_counts()`` works as it is.

        >>> df = audit().to_pandas()
        >>> str(df.grade.dtype), str(df.ratio.dtype), str(df.evidence_line.dtype), len(df)
        ('category', 'float64', 'Int64', 200)
        """
        return to_pandas(self.records())

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {g}" for g, n in self.counts().items())
        shown = ", ".join(f"{v.id} {v.grade}" for v in self.verdicts[:_SHOWN])
        more = f", … {len(self) - _SHOWN} more" if len(self) > _SHOWN else ""
        return f"<AuditResult of {len(self)} pledges as of {self.as_of}: {counts}; {shown}{more}>"

    def _repr_html_(self) -> str:
        counts = ", ".join(f"{n} {g}" for g, n in self.counts().items())
        return html_table([record_of(v, self.corpus) for v in self.verdicts[:_SHOWN_HTML]],
                          f"{len(self)} pledges as of {self.as_of}: {counts}", len(self) - _SHOWN_HTML)


_SHOWN = 3
_SHOWN_HTML = 10


def audit(corpus: Corpus | None = None, rules: RuleBook | None = None, *,
          as_of: datetime.date | None = None, tolerance: Decimal | None = None,
          exceed_margin: Decimal | None = None, executor: Executor | None = None) -> AuditResult:
    """Grade every rule; None means the bundled corpus and rule book.

    ``as_of`` (default today) decides whether a missing outcome report is still
    ``pending``; ``tolerance`` and ``exceed_margin`` override the defaults for the
    whole audit (a rule's own values win). With an ``executor`` (any
    :class:`concurrent.futures.Executor`: a process pool, or a Dask
    ``Client.get_executor()``) each government's rules are graded in a task of
    their own, which reads that government's reports itself; the verdicts are the
    same, in the same order, as without one.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     result = audit(executor=pool, as_of=datetime.date(2026, 11, 21))
    >>> result["yuexiu-2023-job-fairs"].grade.value
    'exceeded'
    """
    corpus = corpus if corpus is not None else load_corpus()
    rules = rules if rules is not None else load_rules(corpus=corpus)
    as_of = as_of or datetime.date.today()
    settings = Settings(rules.vocabulary, as_of, tolerance or DEFAULT_TOLERANCE, exceed_margin or DEFAULT_EXCEED_MARGIN)
    if executor is None:
        verdicts = tuple(settings.judge(rule, corpus) for rule in rules)
    else:
        placed = [(i, v) for positions, batch in judge_by_government(corpus, rules.rules, settings, executor)
                  for i, v in zip(positions, batch)]
        verdicts = tuple(v for _, v in sorted(placed, key=lambda pair: pair[0]))
    return AuditResult(corpus, rules, verdicts, as_of)


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


def judge_by_government(corpus: Corpus, rules: Sequence[Rule], settings: Settings,
                        executor: Executor) -> Iterator[tuple[tuple[int, ...], list[Verdict]]]:
    """Each government's verdicts with the positions of their rules in ``rules``, government by
    government in the order their first rule comes, each judged by ``executor`` in a task that reads
    that government's reports itself.

    Every task is submitted at once and the results are taken in order, so the output
    does not depend on which task ends first.
    """
    groups: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(rule.government, []).append(i)
    tasks = [(tuple(positions), executor.submit(_judge_portion, corpus.portion(government),
                                                [rules[i] for i in positions], settings))
             for government, positions in groups.items()]
    for positions, task in tasks:
        yield positions, task.result()


def _judge_portion(portion: Portion, rules: list[Rule], settings: Settings) -> list[Verdict]:
    corpus = open_portion(portion)
    return [settings.judge(rule, corpus) for rule in rules]


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
        return _judge_one(rule, corpus, vocabulary, as_of, tolerance, margin)
    verdicts = [_judge_one(attrs.evolve(rule, target=target, also=()), corpus, vocabulary, as_of, tolerance, margin)
                for target in (rule.target, *rule.also)]
    answered = [v for v in verdicts if v.grade is not Grade.UNVERIFIABLE]
    missed = [v for v in answered if v.grade is Grade.MISSED]
    chosen = (missed or answered or verdicts)[0]
    others = [f"{v.target.describe()}: {v.grade.value}" for v in verdicts if v is not chosen and v.target]
    return attrs.evolve(chosen, rule=rule, explanation=f"{chosen.explanation} (the quote's other figures: "
                        + "; ".join(others) + ")")


def _judge_one(rule: Rule, corpus: Corpus, vocabulary: Vocabulary, as_of: datetime.date,
               tolerance: Decimal, margin: Decimal) -> Verdict:
    def unverifiable(reason: Reason, why: str, candidates=(), chosen=None, target=rule.target) -> Verdict:
        return Verdict(rule, Grade.UNVERIFIABLE, reason, target, None, None, chosen, tuple(candidates), why)

    if not corpus.reviewing(rule.year, rule.government):
        if as_of <= outcome_due(rule.year):
            return unverifiable(Reason.PENDING, f"the report reviewing {rule.year} is not due before "
                                                f"{outcome_due(rule.year):%Y-%m}")
        return unverifiable(Reason.NO_OUTCOME_REPORT,
                            f"the corpus has no report of {rule.government} reviewing {rule.year}")
    candidates = find_evidence(rule, corpus, vocabulary)
    if not candidates:
        keywords = "、".join(rule.pledge.evidence.all + rule.pledge.evidence.any)
        return unverifiable(Reason.NO_EVIDENCE, f"no sentence reviewing {rule.year} mentions {keywords}")
    if rule.kind is Kind.MILESTONE:
        return _milestone(rule, candidates, unverifiable)
    target = _resolved(rule.target, candidates)
    if target.op is Op.IN_STEP:
        return unverifiable(Reason.NO_FIGURE, "the target is tied to economic growth and the report gives "
                            "no figure of its own to check it with", candidates, candidates[0])
    with_figure = [c for c in candidates if c.quantity is not None]
    if not with_figure:
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
    result = grade(target, outcome_of(chosen.quantity, value), tolerance, margin)
    exact_grades = {grade(target, outcome_of(c.quantity, comparable(target, c.quantity)), tolerance, margin)
                    for c in with_figure if c.exact}
    exact_values = {comparable(target, c.quantity) for c in with_figure if c.exact}
    conflict = len(exact_values) > 1
    if len(exact_grades) > 1:
        return unverifiable(Reason.CONFLICT, "exact figures in the reports disagree: "
                            + ", ".join(format_amount(v, target.unit) for v in sorted(exact_values)), candidates, chosen, target)
    if result is None:
        return unverifiable(Reason.UNDECIDED, f"'{chosen.quantity.text}' leaves open whether "
                            f"{target.describe()} was reached", candidates, chosen, target)
    why = f"{chosen.quantity.text.strip()} against {target.describe()}"
    return Verdict(rule, result, None, target, value, ratio(target, value), chosen, tuple(candidates), why, conflict)


def _resolved(target: Target, candidates: list[Candidate]) -> Target:
    if target.op is not Op.ASSIGNED or target.value is not None:
        return target
    stated = next((c.assigned for c in candidates if c.assigned is not None), None)
    if stated is None:
        return target
    return Target(Op.ASSIGNED, stated.value, stated.unit, text=f"{target.text}（{stated.text}）")


def _milestone(rule: Rule, candidates: list[Candidate], unverifiable) -> Verdict:
    done = next((c for c in candidates if c.completion), None)
    if done is not None:
        return Verdict(rule, Grade.MET, None, None, None, None, done, tuple(candidates),
                       f"the report states completion ({done.completion})")
    return unverifiable(Reason.NOT_COMPLETED, "the reports mention it but do not state it done",
                        candidates, candidates[0])
