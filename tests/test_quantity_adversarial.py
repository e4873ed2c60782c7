"""The reader's invariants on text built to trip it up.

Every quantity's ``span`` is its ``text`` in the input, the spans come in
order and never overlap, and nothing but :class:`QuantityError` escapes, on
digit groups with spaces and commas, runs of 万亿千百, piles of qualifier
words, chains of ranges and random CJK with digits. How the time grows with
the length of such text is measured by ``benchmarks/bench_quantities.py``,
not here.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.errors import QuantityError
from pledgetrack.quantity import find_quantities, parse_quantity
from pledgetrack.quantity.words import PREFIXES, SUFFIXES, TRENDS

UNITS = ["个", "家", "元", "亿元", "万人", "%", "个百分点", "平方米", "场次", ""]
RANGE_MARKS = ["-", "—", "–", "~", "～", "至", "到"]

digit_groups = st.builds(
    lambda first, groups, seps: first + "".join(sep + group for sep, group in zip(seps, groups)),
    st.from_regex(r"[0-9]{1,4}", fullmatch=True),
    st.lists(st.from_regex(r"[0-9]{2,4}", fullmatch=True), max_size=12),
    st.lists(st.sampled_from([" ", ",", "，", "  ", ".", ""]), min_size=12, max_size=12),
)
numeral_runs = st.text(st.sampled_from("万亿千百十拾佰仟一二两三五九零〇点余多"), min_size=1, max_size=30)
number = st.one_of(digit_groups, numeral_runs, st.decimals(0, 10**6, places=2).map(str))
unit = st.sampled_from(UNITS)
qualified = st.builds(
    lambda before, n, u, after: before + n + u + after,
    st.sampled_from(sorted(PREFIXES) + ["上", "过", "破", ""]), number, unit, st.sampled_from(sorted(SUFFIXES) + [""]),
)
ranged = st.builds(
    lambda parts, marks, u: "".join(p + m for p, m in zip(parts, marks)) + u,
    st.lists(number, min_size=2, max_size=6), st.lists(st.sampled_from(RANGE_MARKS), min_size=6, max_size=6), unit,
)
words = st.sampled_from(sorted(PREFIXES) + sorted(SUFFIXES) + sorted(TRENDS) + ["以上亿元", "“", "”", "《", "》", "，"])
cjk_and_digits = st.text(st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
                                   st.sampled_from("0123456789０１２.,%-+ 　")), max_size=60)
adversarial = st.lists(st.one_of(digit_groups, numeral_runs, qualified, ranged, words, cjk_and_digits, unit),
                       max_size=16).map("".join)


def _check_invariants(text: str) -> None:
    found = find_quantities(text)
    for q in found:
        assert 0 <= q.span[0] < q.span[1] <= len(text)
        assert text[q.span[0]:q.span[1]] == q.text
        assert isinstance(q.value, Decimal)
    for before, after in zip(found, found[1:]):
        assert before.span[1] <= after.span[0], (before, after)
    try:
        q = parse_quantity(text)
    except QuantityError:
        return
    assert text[q.span[0]:q.span[1]] == q.text


@given(digit_groups)
def test_digit_groups_with_spaces_and_commas(text):
    _check_invariants(text)


@given(st.lists(numeral_runs, max_size=8).map("".join))
def test_runs_of_chinese_numerals(text):
    _check_invariants(text)


@given(st.lists(st.one_of(qualified, words), max_size=10).map("".join))
def test_piles_of_qualifier_words(text):
    _check_invariants(text)


@given(ranged)
def test_chains_of_ranges(text):
    _check_invariants(text)


@given(cjk_and_digits)
def test_random_cjk_and_digits(text):
    _check_invariants(text)


@given(adversarial)
def test_everything_mixed(text):
    _check_invariants(text)


def test_a_suffix_is_not_shared_with_the_next_figure():
    # 以上 closes 3; its 上 cannot also open "上亿元" (at least 10^8 元).
    assert [(q.text, q.span) for q in find_quantities("3以上亿元")] == [("3以上", (0, 3))]


def test_a_number_longer_than_any_amount_is_passed_over_whole():
    # 1,234,567,890,123 元 is read; sixty digits are a code or garbage, and no tail of them is read either.
    assert [q.value for q in find_quantities("1,234,567,890,123 元")] == [Decimal("1234567890123")]
    assert find_quantities("3" + " 000" * 15 + " 元") == []
    assert find_quantities("1" * 60 + "个") == []
