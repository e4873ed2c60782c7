"""A small audit built by hand for the report tests: one pledge of each grade, awkward text, exact decimals.

The verdicts are made directly (not graded), so every grade is present (the bundled
rule book may have no `missed` at all) and the texts carry what a format must escape.
"""

import datetime
from decimal import Decimal

import attrs
from hypothesis import strategies as st

from pledgetrack.audit import AuditResult
from pledgetrack.results import Verdict
from pledgetrack.corpus import Location, Position
from pledgetrack.evidence import Candidate
from pledgetrack.grading import Reason
from pledgetrack.quantity import Qualifier, Quantity
from pledgetrack.records import Record
from pledgetrack.rules import Grade, Pledge, RuleBook
from pledgetrack.rules.book import Origin, Rule
from pledgetrack.rules.model import Kind, Op
from pledgetrack.rules.target import Target
from pledgetrack.rules.vocabulary import default_vocabulary

AS_OF = datetime.date(2026, 11, 21)
FILES = ("/srv/rules/yuexiu/2023.yaml", "/srv/rules/yuexiu/2024.yaml", "/srv/rules/yuexiu/2025.yaml")
HOSTILE = 'a | b <script>alert("x")</script> & *c* `d` [e]'
BIG_TARGET = Decimal("3.9E+9")
BIG_OUTCOME = Decimal("4540000000.00")
LONG_RATIO = Decimal("1.1641025641025641025641025641")


def _rule(id, year, quote, target, file, line, *, title="", area="经济", kind=Kind.NUMERIC, note=""):
    pledge = Pledge(id=id, year=year, quote=quote, evidence=["招聘会"], title=title, area=area, tags=("测试",),
                    kind=kind, note=note)
    place = Location(f"yuexiu-{year}-drc", None, None, 0, len(quote), quote, Position(154, 5), Position(154, 20))
    return Rule(pledge, target, (place,), Origin(file, line, 5), "广东省广州市越秀区")


def _candidate(text, line, quantity=None, *, source="text", completion="", note=""):
    return Candidate("yuexiu-2024-drc", "000_28089b04ea009273.txt", Position(line, 3), text, source, quantity,
                     note=note, completion=completion)


def hand_made(corpus) -> AuditResult:
    """Five verdicts over two rule files (and a third file holding no pledge)."""
    fairs = Target(Op.AT_LEAST, Decimal(100), "场", text="不少于100场")
    missed_figure = Quantity(Decimal(80), "场", Qualifier.EXACT, "80 场", (9, 13))
    missed_evidence = _candidate(f"组织招聘会 80 场，{HOSTILE}", 84, missed_figure)
    other = _candidate("招聘会\t——\t80场", 30, None, source="table", note="脚注¹")
    invest = Target(Op.MORE_THAN, BIG_TARGET, "元", text="超39亿元")
    invest_figure = Quantity(BIG_OUTCOME, "元", Qualifier.EXACT, "45.4亿元", (20, 27))
    milestone = _candidate("星之光数字体育产业园二期建成", 90, completion="建成")
    rules = [
        _rule("sample-2023-fairs", 2023, f"招聘会 | 不少于100场 {HOSTILE}", fairs, FILES[0], 4,
              title="招聘<会>", area="就业", note="行\x07注"),
        _rule("sample-2023-invest", 2023, "力争全年完成投资超39亿元", invest, FILES[0], 14, title="重点项目投资"),
        _rule("sample-2023-park", 2023, "完成星之光数字体育产业园二期建设", None, FILES[0], 24, kind=Kind.MILESTONE),
        _rule("sample-2024-parks", 2024, "新增5个口袋公园", Target(Op.AT_LEAST, Decimal(5), "个"), FILES[1], 4,
              area=""),
        _rule("sample-2024-stations", 2024, "建设5个驿站", Target(Op.AT_LEAST, Decimal(5), "个"), FILES[1], 12,
              area="生态"),
    ]
    verdicts = (
        Verdict(rules[0], Grade.MISSED, None, fairs, Decimal(80), Decimal("0.8"), missed_evidence,
                (missed_evidence, other), "80 场 against at least 100 场 | short", conflict=True),
        Verdict(rules[1], Grade.EXCEEDED, None, invest, BIG_OUTCOME, LONG_RATIO,
                _candidate("63个项目完成投资45.4亿元", 31, invest_figure),
                (_candidate("63个项目完成投资45.4亿元", 31, invest_figure),),
                "45.4亿元 against more than 39 亿元"),
        Verdict(rules[2], Grade.MET, None, None, None, None, milestone, (milestone,),
                "the report states completion (建成)"),
        Verdict(rules[3], Grade.UNVERIFIABLE, Reason.NO_EVIDENCE, rules[3].target, None, None, None, (),
                "no sentence reviewing 2024 mentions 口袋公园"),
        Verdict(rules[4], Grade.UNVERIFIABLE, Reason.PENDING, rules[4].target, None, None, None, (),
                "the report reviewing 2024 is not due before 2025-06\x0b"),
    )
    book = RuleBook(tuple(rules), FILES, default_vocabulary())
    return AuditResult(corpus, book, verdicts, AS_OF)


# Any record at all, for the round trips of records through JSON and CSV.
_TEXT = st.text(max_size=12)
_DECIMAL = st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-10**9, max_value=10**9)
_KINDS = {"str": _TEXT, "category": _TEXT, "int": st.integers(1900, 2100), "line": st.none() | st.integers(1, 10**6),
          "decimal": st.none() | _DECIMAL, "bool": st.booleans()}


@st.composite
def records(draw):
    values = {f.name: draw(_KINDS[f.metadata["kind"]]) for f in attrs.fields(Record)}
    for name in ("quote_document", "target_op", "reason", "evidence_text"):
        values[name] = draw(st.none() | _TEXT)
    values["grade"] = draw(st.sampled_from(["met", "exceeded", "missed", "unverifiable"]))
    return Record(**values)
