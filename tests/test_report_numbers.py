"""Figures as people write them (42 亿元, 673 万吨标准煤), exact: what is shown reads back to the same Decimal."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.results import Verdict
from pledgetrack.quantity import find_quantities, parse_quantity
from pledgetrack.report.figures import amount, ratio_text
from pledgetrack.rules.model import Grade, Op, Trend
from pledgetrack.rules.target import Target, format_amount

UNITS = ["元", "吨标准煤", "平方米", "人", "个", "场", "户", "%", "个百分点", "‰", "km", "亩"]
# Figures as reports print them: up to four decimals, from 0 to a hundred trillion (万亿元).
FIGURES = st.decimals(min_value=0, max_value=Decimal("1E14"), places=4, allow_nan=False, allow_infinity=False)


@given(FIGURES, st.sampled_from(UNITS))
def test_a_figure_shown_reads_back_to_the_same_decimal(value, unit):
    shown = amount(value, unit)
    read = parse_quantity(shown)
    assert (read.value, read.unit) == (value, unit), shown
    assert [(q.value, q.unit) for q in find_quantities(f"完成{shown}，")] == [(value, unit)]


@given(FIGURES, FIGURES, st.sampled_from(["元", "平方米", "人"]))
def test_a_range_reads_back_to_both_ends(low, extra, unit):
    high = low + extra + 1
    read = parse_quantity(format_amount(low, unit, high))
    assert (read.value, read.high, read.unit) == (low, high, unit)


def test_large_figures_take_the_multiplier_a_report_would_use():
    assert amount(Decimal("4.2E+9"), "元") == "42 亿元"
    assert amount(Decimal(6730000), "吨标准煤") == "673 万吨标准煤"
    assert amount(Decimal("4540000000.00"), "元") == "45.4 亿元"
    assert amount(Decimal(27040), "人") == "27040 人"  # 2.704 万 would need three decimals
    assert amount(Decimal(123456789), "元") == "123456789 元"  # likewise: exact beats short
    assert amount(Decimal(200000), "%") == "200000 %"  # rates never take a multiplier
    assert Target(Op.MORE_THAN, Decimal("3.9E+9"), "元").describe() == "more than 39 亿元"


def _verdict(target: Decimal, outcome: Decimal, ratio: Decimal) -> Verdict:
    goal = Target(Op.AT_LEAST, target, "%", trend=Trend.UP)
    return Verdict(None, Grade.MISSED, None, goal, outcome, ratio, None, (), "")


def test_no_ratio_for_negative_growth():
    assert ratio_text(_verdict(Decimal(3), Decimal("3.6"), Decimal("1.2"))) == "×1.2"
    assert ratio_text(_verdict(Decimal(3), Decimal("-1.3"), Decimal("-0.433"))) == ""
    assert ratio_text(_verdict(Decimal(-2), Decimal("-1"), Decimal("0.5"))) == ""
