"""pledgetrack: grade a government's written pledges against its next reports.

The data flows one way, one module per stage: reports (:mod:`.corpus`) →
quantities (:mod:`.quantity`) → rules (:mod:`.rules`) → evidence
(:mod:`.evidence`) → grades (:mod:`.grading`) → the audit (:mod:`.audit`) →
reports for people and machines (:mod:`.report`).

>>> import pledgetrack
>>> pledgetrack.parse_quantity("超 9.7 万个").value
Decimal('97000')
"""

from .audit import AuditResult, audit
from .results import Verdict
from .corpus import Corpus, Document, load_corpus
from .draft import draft_rules
from .errors import CorpusError, PledgetrackError, Problem, QuantityError, RuleError
from .grading import Reason
from .quantity import Qualifier, Quantity, find_quantities, parse_quantity
from .rules import Evidence, Grade, Pledge, RuleBook, Target, build_rules, load_rules
from .statements import Statement, document_statements, read_sentence

__version__ = "0.1.0"

__all__ = [
    "AuditResult", "Corpus", "CorpusError", "Document", "Evidence", "Grade", "Pledge", "PledgetrackError",
    "Problem", "Qualifier", "Quantity", "QuantityError", "Reason", "RuleBook", "RuleError", "Target",
    "Statement", "Verdict", "audit", "build_rules", "document_statements", "draft_rules", "find_quantities",
    "load_corpus", "load_rules", "parse_quantity", "read_sentence",
]
