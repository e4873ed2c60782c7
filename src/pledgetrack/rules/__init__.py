"""The rules stage: pledges written in YAML, read and checked against the corpus.

>>> from pledgetrack.rules import Pledge, build_rules
>>> build_rules([Pledge(id="parks", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])]).rules[0].target.op
<Op.AT_LEAST: 'at_least'>
"""

from .convert import structure_pledge, unstructure_pledge
from .dump import dump_rules
from .book import Origin, Rule, RuleBook
from .load import build_rules, bundled_rules_path, load_rules
from .model import Evidence, Grade, Kind, Measure, Op, Pledge, TargetSpec, Trend
from .schema import json_schema, reference_markdown
from .target import Target, format_number, read_target
from .vocabulary import Vocabulary, default_vocabulary

__all__ = [
    "Evidence", "Grade", "Kind", "Measure", "Op", "Origin", "Pledge", "Rule", "RuleBook", "Target",
    "TargetSpec", "Trend", "Vocabulary", "build_rules", "bundled_rules_path", "default_vocabulary",
    "dump_rules", "format_number", "json_schema", "load_rules", "read_target", "reference_markdown",
    "structure_pledge", "unstructure_pledge",
]
