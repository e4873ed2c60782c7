"""Each grading rule at its boundaries, qualified outcomes, and the invariants."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.grading import Outcome, Point, comparable, grade, outcome_of, ratio
from pledgetrack.quantity import parse_quantity
from pledgetrack.rules import Grade, Op, Pledge, Target, Trend, read_target

MET, EXCEEDED, MISSED = Grade.MET, Grade.EXCEEDED, Grade.MISSED


def exact(value) -> Outcome:
    return Outcome.exact(D(value))


@pytest.mark.parametrize(("op", "target", "high", "value", "expected"), [
    # at least t: met from t; exceeded only past t × 1.1
    (Op.AT_LEAST, "100", None, "100", MET),
    (Op.AT_LEAST, "100", None, "99.99", MISSED),
    (Op.AT_LEAST, "100", None, "110", MET),
    (Op.AT_LEAST, "100", None, "110.01", EXCEEDED),
    # more than t ("超39亿元"): t itself is not enough
    (Op.MORE_THAN, "3900000000", None, "3900000000", MISSED),
    (Op.MORE_THAN, "3900000000", None, "3900000001", MET),
    # about t (左右): the band t ± 10 % of t, both edges inclusive
    (Op.ABOUT, "4.5", None, "4.05", MET),
    (Op.ABOUT, "4.5", None, "4.95", MET),
    (Op.ABOUT, "4.5", None, "4.0499", MISSED),
    (Op.ABOUT, "4.5", None, "4.9501", EXCEEDED),
    # at most t (7‰以内): a ceiling is kept or not, never exceeded, however far under it
    (Op.AT_MOST, "7", None, "7", MET),
    (Op.AT_MOST, "7", None, "7.01", MISSED),
    (Op.AT_MOST, "7", None, "6.3", MET),
    (Op.AT_MOST, "7", None, "4.1", MET),
    (Op.LESS_THAN, "7", None, "7", MISSED),
    (Op.LESS_THAN, "7", None, "6.99", MET),
    # range [lo, hi] (1-2个)
    (Op.RANGE, "1", "2", "1", MET),
    (Op.RANGE, "1", "2", "2.2", MET),
    (Op.RANGE, "1", "2", "2.21", EXCEEDED),
    (Op.RANGE, "1", "2", "0.99", MISSED),
    # a zero target (可比持平) has no margin to exceed by
    (Op.AT_LEAST, "0", None, "0.12", MET),
    (Op.AT_LEAST, "0", None, "-0.01", MISSED),
])
def test_boundaries(op, target, high, value, expected):
    t = Target(op, D(target), "%", D(high) if high else None)
    assert grade(t, exact(value)) is expected


def test_the_2023_seed_figures_grade_as_an_auditor_reads_them():
    # 000, table: GDP 增长 4.5%左右 -> 增长 4.5%; 一般公共预算收入 增长 5.7% -> 增长 7.3%
    assert grade(Target(Op.ABOUT, D("4.5"), "%", trend=Trend.UP), exact("4.5")) is MET
    assert grade(Target(Op.AT_LEAST, D("5.7"), "%", trend=Trend.UP), exact("7.3")) is EXCEEDED
    # 003, table: 社会消费品零售总额 增长 3% -> -1.3%
    assert grade(Target(Op.AT_LEAST, D("3"), "%", trend=Trend.UP), exact("-1.3")) is MISSED


@pytest.mark.parametrize(("outcome", "op", "target", "expected"), [
    ("3000 余场", Op.AT_LEAST, "3000", MET),       # more than 3000 certainly reaches 3000
    ("3000 余场", Op.AT_LEAST, "3001", None),      # may or may not reach 3001
    ("3000 余场", Op.AT_LEAST, "2000", EXCEEDED),  # past 2200 whatever the 余 is
    ("近 200 项", Op.AT_LEAST, "200", MISSED),      # a little under 200 never reaches 200
    ("近 200 项", Op.AT_LEAST, "190", None),
    ("超 9.7 万个", Op.AT_LEAST, "100000", None),
    ("超 9.7 万个", Op.AT_LEAST, "90000", MET),     # met for certain; exceeded is open
    ("约 2.7 万名", Op.AT_LEAST, "18500", EXCEEDED),
])
def test_qualified_outcomes_are_graded_only_when_the_qualifier_decides(outcome, op, target, expected):
    q = parse_quantity(outcome)
    t = Target(op, D(target), q.unit)
    assert grade(t, outcome_of(q, q.value)) is expected


def test_a_decline_target_compares_the_size_of_the_decline():
    target = Target(Op.AT_LEAST, D("3.6"), "%", trend=Trend.DOWN)
    assert comparable(target, parse_quantity("下降 3.8%")) == D("3.8")
    assert comparable(target, parse_quantity("增长 1%")) == D("-1")
    assert grade(target, exact(comparable(target, parse_quantity("下降 3.8%")))) is MET


def test_growth_target_reads_a_decline_as_negative_growth():
    target = Target(Op.AT_LEAST, D(3), "%", trend=Trend.UP)
    assert comparable(target, parse_quantity("下降 1.3%")) == D("-1.3")
    assert comparable(target, parse_quantity("-1.3%")) == D("-1.3")


def test_ratio_is_exact_decimal():
    assert ratio(Target(Op.AT_LEAST, D(100), "场"), D(175)) == D("1.750")
    assert ratio(Target(Op.AT_LEAST, D(0), "%"), D(1)) is None


RANK = {MISSED: 0, MET: 1, EXCEEDED: 2}
numbers = st.decimals(min_value=D("0.01"), max_value=D("1e9"), places=2, allow_nan=False, allow_infinity=False)


@given(target=numbers, a=numbers, b=numbers, op=st.sampled_from([Op.AT_LEAST, Op.MORE_THAN, Op.ABOUT, Op.RANGE]))
def test_a_larger_outcome_never_gets_a_worse_grade(target, a, b, op):
    low, high = sorted((a, b))
    t = Target(op, target, "个", target * 2 if op is Op.RANGE else None)
    assert RANK[grade(t, exact(low))] <= RANK[grade(t, exact(high))]


@given(target=numbers, a=numbers, b=numbers, op=st.sampled_from([Op.AT_MOST, Op.LESS_THAN]))
def test_a_smaller_outcome_never_gets_a_worse_grade_under_a_cap(target, a, b, op):
    low, high = sorted((a, b))
    t = Target(op, target, "‰")
    assert RANK[grade(t, exact(low))] >= RANK[grade(t, exact(high))]


@given(target=st.integers(1, 10**6), value=st.integers(1, 10**6),
       op=st.sampled_from([Op.AT_LEAST, Op.MORE_THAN, Op.ABOUT, Op.AT_MOST]),
       scale=st.sampled_from(["万", "亿"]), unit=st.sampled_from(["元", "个", "平方米"]))
def test_scaling_target_and_outcome_together_never_changes_a_grade(target, value, op, scale, unit):
    plain = grade(Target(op, D(target), unit), exact(value))
    t = parse_quantity(f"{target}{scale}{unit}")
    v = parse_quantity(f"{value}{scale}{unit}")
    assert t.unit == v.unit
    assert grade(Target(op, t.value, t.unit), exact(v.value)) is plain


@given(value=numbers, width=numbers, target=numbers)
def test_a_wider_outcome_range_is_never_more_decided(value, width, target):
    t = Target(Op.AT_LEAST, target, "个")
    narrow = grade(t, Outcome(Point(value), Point(value + width), value))
    if narrow is None:
        assert grade(t, Outcome(Point(value - width), Point(value + 2 * width), value)) is None


@given(target=numbers, value=numbers, op=st.sampled_from([Op.AT_MOST, Op.LESS_THAN, Op.ABOUT]))
def test_a_ceiling_is_never_exceeded(target, value, op):
    assert grade(Target(op, target, "%", ceiling=op is Op.ABOUT), exact(value)) is not EXCEEDED


@pytest.mark.parametrize("quote, outcome, expected", [
    ("城镇调查失业率5.5%左右", "4.1", MET),      # well under the cap: kept, not "exceeded"
    ("城镇调查失业率5.5%左右", "6.05", MET),     # inside the 左右 band
    ("城镇调查失业率5.5%左右", "6.1", MISSED),
    ("城镇登记失业率4.5%以内", "4.1", MET),
    ("地区生产总值增长6.5%左右", "4.1", MISSED),  # not a ceiling: under the band is missed
])
def test_ceilings_read_from_the_quote(quote, outcome, expected):
    target = read_target(Pledge(id="a", year=2017, quote=quote, evidence=["失业率"]))
    assert grade(target, exact(outcome)) is expected


@pytest.mark.parametrize("quote, said, expected", [
    ("减少农村绝对贫困人口200万人以上", "农村绝对贫困人口减少245万人", EXCEEDED),  # a cut of 245万 beats one of 200万
    ("减少农村绝对贫困人口200万人以上", "农村绝对贫困人口减少150万人", MISSED),
    ("压减粗钢产量500万吨", "压减粗钢产量520万吨", MET),
])
def test_a_cut_promised_as_a_count_compares_the_size_of_the_cut(quote, said, expected):
    target = read_target(Pledge(id="a", year=2005, quote=quote, evidence=["贫困人口"]))
    figure = parse_quantity(said)
    assert grade(target, exact(str(comparable(target, figure)))) is expected
