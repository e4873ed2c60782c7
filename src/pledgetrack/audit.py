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
from .grading import DEFAULT_EXCEED_MARGIN, DEFAULT_TOLERANCE
from .records import Record, as_dict, html_table, record_of, to_pandas
from .rules.book import Rule, RuleBook
from .rules.load import load_rules
from .rules.model import Grade
from .results import Verdict
from .verdict import Settings



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
    same, in the same order, as without one. A cluster's workers read the reports by
    the corpus's paths: load a corpus for them by an absolute path.

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
