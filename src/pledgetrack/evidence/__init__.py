"""Finding what the reports that review a year say about one pledge.

Evidence for a pledge of year Y comes only from reports of the pledge's own
government that review Y: from their review parts and indicator tables, never
from a plan part, never from another year. Within a review part, a sentence
about several years (过去五年, "十四五"时期) is context, not evidence: its figures
are shown and never graded.

The package reads by what it reads: ``keywords`` (a rule's words, normalised
once), ``reviewed`` (a report's sentences reviewing a year, joined once),
``figures`` (which figure of a sentence answers), ``sentences`` and ``tables``
(the candidates each offers).

>>> from pledgetrack import load_corpus, load_rules
>>> corpus = load_corpus()
>>> rule = load_rules(corpus=corpus)["yuexiu-2023-job-fairs"]
>>> best = find_evidence(rule, corpus)[0]
>>> best.document, best.quantity.text, best.position.line
('yuexiu-2024-drc', '175场', 84)
"""

from __future__ import annotations

from ..corpus import Corpus, Sentence
from ..rules.book import Rule
from ..rules.vocabulary import Vocabulary, default_vocabulary
from ..statements import read_sentence
from .candidate import Candidate
from .figures import answers, figures_in
from .identify import wanted_measure
from .keywords import RuleWords
from .reviewed import review_sentences, reviewed
from .sentences import sentence_candidate
from .tables import table_candidates

__all__ = ["Candidate", "RuleWords", "answers", "figures_in", "find_evidence", "review_sentences"]


def _restates(sentence: Sentence, year: int) -> bool:
    """Whether the sentence restates a target ("去年…曾提出，要把…控制在百分之十以内")."""
    return any(statement.aim for statement in read_sentence(sentence.text, year))


def find_evidence(rule: Rule, corpus: Corpus, vocabulary: Vocabulary | None = None) -> list[Candidate]:
    """Every candidate for ``rule`` in its government's reports that review its year, best first."""
    vocabulary = vocabulary or default_vocabulary()
    words = RuleWords.of(rule.pledge, vocabulary)
    probes = words.probes()
    wanted = wanted_measure(rule)
    candidates: list[Candidate] = []
    for doc in corpus.reviewing(rule.year, rule.government):
        for table in doc.tables:
            if table.year == rule.year:
                candidates += table_candidates(rule, words, doc, table)
        year = reviewed(doc, rule.year)
        for sentence, scope in year.holding(probes):
            candidate = sentence_candidate(rule, words, doc, sentence, vocabulary, scope, wanted)
            if candidate is not None and candidate.quantity is None:
                going_on = year.going_on(sentence, _restates(sentence, rule.year))
                if going_on is not None:
                    joined, joined_scope = going_on
                    candidate = sentence_candidate(rule, words, doc, joined, vocabulary, joined_scope,
                                                   wanted) or candidate
            if candidate is not None:
                candidates.append(candidate)
    return sorted(candidates, key=lambda candidate: candidate.rank(rule.pledge.evidence.qualifiers))
