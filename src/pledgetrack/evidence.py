"""Finding what the reports that review a year say about one pledge.

Evidence for a pledge of year Y comes only from the review parts (and the
indicator tables) of reports that review Y: never from a plan part, never from
another year. The report read out in February 2024 reviews 2023 and plans 2024;
its review part may grade a 2023 pledge, its plan part grades nothing.

>>> from pledgetrack import load_corpus, load_rules
>>> corpus = load_corpus()
>>> rule = load_rules(corpus=corpus)["yuexiu-2023-job-fairs"]
>>> best = find_evidence(rule, corpus)[0]
>>> best.document, best.quantity.text, best.position.line
('yuexiu-2024-drc', '175场', 84)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs

from .corpus import Corpus, Document, PartKind, Position, Sentence, Table, TableRow
from .corpus.normalise import fold_key, normalise
from .quantity import Qualifier, Quantity, find_quantities, same_family
from .rules.load import Rule
from .rules.model import Measure, Op
from .rules.target import Target, symbolic_target
from .rules.vocabulary import Vocabulary, default_vocabulary

_NEW_WORDS = ("新建", "新增", "新开", "新设", "新引入", "新引进", "新招", "新落地", "新培育", "新认定", "增加")
_CLAUSE_MARKS = "，,；;：:、"
# A clause that opens with one of these goes on about the subject of the clause before
# it ("全区地区生产总值3810.24亿元，增长4.5%"); any other clause has a subject of its own.
_CONTINUING = ("增长", "下降", "增加", "减少", "提高", "降低", "同比", "增速", "比上年", "较上年", "占", "其中")
# A figure in a continuing clause is further away than any figure in the keyword's own.
_NEXT_CLAUSE = 1000


@attrs.frozen
class Candidate:
    """One place that speaks of the pledge's outcome, with the figure read there.

    ``quantity`` is None where the place gives no figure ("——", "预计可完成").
    ``position`` is the original file's line and column of the sentence or row.
    """

    document: str
    file: str
    position: Position
    text: str
    source: str  # "table" or "text"
    quantity: Quantity | None
    distance: int = 0
    start: int = 0
    end: int = 0
    assigned: Quantity | None = None  # a figure the row states for 完成市下达目标
    note: str = ""
    completion: str = ""  # a word stating completion in a keyword's clause (建成, 实现 …)
    incomparable: bool = False  # it gives figures, but none of the pledge's unit or measure

    @property
    def exact(self) -> bool:
        return self.quantity is not None and self.quantity.qualifier is Qualifier.EXACT

    def rank(self) -> tuple:
        """The documented order: table rows, then exact figures, then qualified ones; then nearness."""
        return (self.quantity is None, self.source != "table", not self.exact, self.distance)


def find_evidence(rule: Rule, corpus: Corpus, vocabulary: Vocabulary | None = None) -> list[Candidate]:
    """Every candidate for ``rule`` in the reports that review its year, best first."""
    vocabulary = vocabulary or default_vocabulary()
    candidates: list[Candidate] = []
    for doc in corpus.reviewing(rule.year, rule.government):
        for table in doc.tables:
            if table.year == rule.year:
                candidates += _table_candidates(rule, doc, table, vocabulary)
        for sentence in review_sentences(doc, rule.year):
            candidate = _sentence_candidate(rule, doc, sentence, vocabulary)
            if candidate is not None:
                candidates.append(candidate)
    return sorted(candidates, key=Candidate.rank)


def review_sentences(doc: Document, year: int) -> Iterable[Sentence]:
    """The prose sentences of ``doc`` that review ``year`` (and nothing else)."""
    for part in doc.parts:
        if part.kind is PartKind.REVIEW and (part.year or doc.reviews) == year:
            for sentence in doc.sentences(PartKind.REVIEW):
                if part.start <= sentence.start and sentence.end <= part.end:
                    yield sentence


def _occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for word in words:
        start = text.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return spans


def keyword_spans(rule: Rule, text: str, vocabulary: Vocabulary) -> list[tuple[int, int]] | None:
    """Where the rule's keywords stand in ``text``, or None when the text does not qualify."""
    evidence = rule.pledge.evidence
    found: list[tuple[int, int]] = []
    for keyword in evidence.all:
        spans = _occurrences(text, {normalise(v) for v in vocabulary.variants(keyword)})
        if not spans:
            return None
        found += spans
    if evidence.any:
        spans = _occurrences(text, {normalise(v) for k in evidence.any for v in vocabulary.variants(k)})
        if not spans:
            return None
        found += spans
    if _occurrences(text, {normalise(v) for k in evidence.exclude for v in vocabulary.variants(k)}):
        return None
    return found


def _completion_scope(spans: list[tuple[int, int]], text: str) -> list[str]:
    """The keywords' clauses and the clause after each: "实施营商环境6.0改革，推出88项举措"."""
    scope = []
    for start, _ in spans:
        clause = _clause_bounds(text, start)
        following = _clause_bounds(text, clause[1] + 1) if clause[1] < len(text) else clause
        scope.append(text[clause[0]:following[1]])
    return scope


def answers(rule: Rule, quantity: Quantity) -> bool:
    """Whether a figure is of the kind the pledge promises (unit, and new vs cumulative aside)."""
    target = rule.target
    wanted = rule.pledge.evidence.unit
    if wanted is not None:
        return quantity.unit == _canonical_unit(wanted)
    if target is None or (target.op is Op.ASSIGNED and target.value is None and not target.unit):
        return quantity.unit not in ("", "%", "‰")
    return same_family(target.unit, quantity.unit)


@functools.lru_cache(maxsize=4096)
def figures_in(text: str) -> tuple[Quantity, ...]:
    """The quantities of a sentence, read once however many rules look at it."""
    return tuple(find_quantities(text))


def _canonical_unit(unit: str) -> str:
    found = figures_in(f"1{unit}")
    return found[0].unit if len(found) == 1 else unit


def _clause_bounds(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(mark, at) for mark in _CLAUSE_MARKS) if i != -1]
    return start, min(ends, default=len(text))


def _measure_fits(measure: Measure | None, text: str, quantity: Quantity) -> bool:
    if measure is None:
        return True
    start, _ = _clause_bounds(text, quantity.span[0])
    is_new = any(word in text[start:quantity.span[1]] for word in _NEW_WORDS)
    return is_new if measure is Measure.NEW else not is_new


def _distance(spans: list[tuple[int, int]], text: str, quantity: Quantity) -> int | None:
    """How far a figure stands from the keywords; None when it belongs to another subject."""
    q_start, q_end = quantity.span
    clause = _clause_bounds(text, q_start)
    best = None
    for k_start, k_end in spans:
        gap = max(k_start - q_end, q_start - k_end, 0)
        k_clause = _clause_bounds(text, k_start)
        if k_clause != clause:
            follows = clause[0] == k_clause[1] + 1 and text[clause[0]:clause[1]].lstrip().startswith(_CONTINUING)
            if not follows:
                continue
            gap += _NEXT_CLAUSE
        best = gap if best is None else min(best, gap)
    return best


def _sentence_candidate(rule: Rule, doc: Document, sentence: Sentence, vocabulary: Vocabulary) -> Candidate | None:
    text = sentence.text
    spans = keyword_spans(rule, text, vocabulary)
    if spans is None:
        return None
    scope = _completion_scope(spans, text)
    completion = next((w for w in vocabulary.completion if any(w in clause for clause in scope)), "")
    figures = [q for q in figures_in(text) if not any(s <= q.span[0] < e for s, e in spans)]
    differs = _occurrences(text, {normalise(v) for k in rule.pledge.evidence.incomparable for v in vocabulary.variants(k)})
    near = {id(q): _distance(spans, text, q) for q in figures}
    fitting = [] if differs else [
        q for q in figures if near[id(q)] is not None and answers(rule, q)
        and _measure_fits(rule.pledge.evidence.measure, text, q)]
    best = min(fitting, key=lambda q: near[id(q)], default=None)
    note = ""
    if differs:
        note = f"it measures something else ({text[differs[0][0]:differs[0][1]]})"
    elif best is None and figures:
        note = "its figures are of another unit or measure: " + ", ".join(q.text.strip() for q in figures)
    return Candidate(doc.id, doc.info.file, doc.position(sentence.start), text, "text", best,
                     near[id(best)] if best else _NEXT_CLAUSE, sentence.start, sentence.end,
                     _assigned_figure(symbolic_target(text)), note, completion, bool(note))


def _row_matches(rule: Rule, row: TableRow, vocabulary: Vocabulary) -> bool:
    if rule.pledge.indicator is not None:
        return fold_key(rule.pledge.indicator) in fold_key(row.indicator)
    return keyword_spans(rule, row.indicator, vocabulary) is not None


def _table_candidates(rule: Rule, doc: Document, table: Table, vocabulary: Vocabulary) -> list[Candidate]:
    found = []
    for row in table.rows:
        if not _row_matches(rule, row, vocabulary):
            continue
        cells = [q for cell in (row.absolute, row.growth) for q in figures_in(cell)]
        figure = next((q for q in cells if answers(rule, q)), None)
        assigned = symbolic_target(row.target)
        text = "\t".join((row.indicator, row.target, row.absolute, row.growth))
        note = "; ".join(row.footnotes)
        incomparable = figure is None and bool(cells)
        if incomparable:
            note = "its figures are of another unit: " + ", ".join(q.text for q in cells)
        found.append(Candidate(doc.id, doc.info.file, doc.position(row.start), text, "table", figure, 0,
                               row.start, row.end, _assigned_figure(assigned), note, incomparable=incomparable))
    return found


def _assigned_figure(target: Target | None) -> Quantity | None:
    if target is None or target.op is not Op.ASSIGNED or target.value is None:
        return None
    return Quantity(target.value, target.unit, Qualifier.EXACT, target.text, (0, len(target.text)))
