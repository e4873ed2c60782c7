"""Statements: what every figure of a report measures, read once per document.

The stage between the corpus and the rules. Each figure of a sentence becomes a
:class:`Statement`: the indicator it measures (qualifiers kept), its measure (a level,
a growth rate, a share, an addition, a running total, a share of the plan), its period,
its bound and direction (from the quantity), its place in a 分别 list, and whether it is
an estimate. Drafting reads plan parts into target statements; grading matches a
pledge's target with the review statements of the same indicator, measure and year.

>>> from pledgetrack import load_corpus
>>> doc = load_corpus()["yuexiu-2024-drc"]
>>> fair = next(s for s in document_statements(doc) if s.quantity.text == "175场")
>>> fair.line, fair.period, fair.part
(84, 2023, 'review')
"""

from .completion import pledged_deeds, stated_completion
from .undone import stated_undone
from .document import DocumentStatement, document_statements
from .economy import economic_growth
from .identity import Identity, identity
from .model import Measure, Period, Statement
from .pledged import named_figure, pledged_statement, target_period
from .read import all_but, read_sentence

__all__ = ["DocumentStatement", "all_but", "Identity", "Measure", "Period", "Statement", "document_statements",
           "economic_growth", "identity", "named_figure", "pledged_deeds", "pledged_statement", "read_sentence",
           "stated_completion", "stated_undone", "target_period"]
