"""Properties of quantity reading that hold for every number, word and text."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.errors import QuantityError
from pledgetrack.quantity import Qualifier, find_quantities, parse_quantity

Q = Qualifier
DIGITS = "零一二三四五六七八九"
UNITS = ["个", "家", "场", "项", "元", "平方米", "人次", "%", "个百分点"]


def _section(n: int) -> str:
    """0 < n < 10000 in Chinese numerals, with 零 for skipped places inside."""
    out, gap = "", False
    for power, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // power % 10
        if digit == 0:
            gap = gap or bool(out)
            continue
        out += ("零" if gap else "") + DIGITS[digit] + name
        gap = False
    return out


def chinese(n: int) -> str:
    """A positive integer below 10^12 as written in a report: 二十二, 一百零五, 一亿二千万."""
    parts, leading = [], True
    for size, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        section = n // size % 10**4
        if section == 0:
            continue
        text = _section(section)
        if not leading and section < 1000:
            text = "零" + text
        parts.append(text + name)
        leading = False
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def wide(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c == "." else c for c in text)


def commas(n: int) -> str:
    return f"{n:,}"


integers = st.integers(min_value=1, max_value=10**12 - 1)
decimals = st.decimals(min_value=D("0.01"), max_value=D("99999"), places=2, allow_nan=False, allow_infinity=False)
units = st.sampled_from(UNITS)


def _read(text: str, unit: str) -> D:
    q = parse_quantity(text)
    assert q.unit == unit and q.qualifier is Q.EXACT
    return q.value


@given(n=integers, unit=units)
def test_an_integer_reads_back_in_every_style(n, unit):
    styles = [str(n), commas(n), wide(str(n))]
    if unit != "%":  # a Chinese numeral is a percentage as 百分之…, never before %
        styles.append(chinese(n))
    for written in styles:
        assert _read(f"新增{written}{unit}", unit) == n, written


@given(n=st.integers(1, 10**6))
def test_百分之_reads_chinese_and_arabic_percentages(n):
    assert _read(f"百分之{chinese(n)}", "%") == n
    assert _read(f"千分之{n}", "‰") == n


def tidy(value: D) -> str:
    """How a value is printed in every output: no exponent, no trailing fractional zero (4.5, 97000)."""
    plain = f"{value:f}"
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


@given(x=decimals, unit=units)
def test_a_decimal_reads_back_plain_and_full_width(x, unit):
    for written in (f"{x}", wide(f"{x}"), f"{x} "):
        value = _read(f"{written}{unit}", unit)
        assert value == x and str(value) == tidy(x)


@given(x=decimals, unit=st.sampled_from(["个", "元", "人次", "平方米", "户"]),
       multiplier=st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]), space=st.sampled_from(["", " "]))
def test_multipliers_scale_exactly_into_the_base_unit(x, unit, multiplier, space):
    word, factor = multiplier
    q = parse_quantity(f"完成{x}{space}{word}{unit}")
    assert q.unit == unit and q.value == x * factor and str(q.value) == tidy(x * factor)


@given(x=st.decimals(min_value=D("0.000001"), max_value=D("99999"), places=6, allow_nan=False, allow_infinity=False),
       power=st.sampled_from([("千", 3), ("万", 4), ("百万", 6), ("千万", 7), ("亿", 8), ("万亿", 12)]))
def test_small_and_long_decimals_scale_into_their_tidy_form(x, power):
    """0.00005万 is 0.5 and 1.234567亿 is 123456700: the point moves, nothing is rounded or padded."""
    word, exponent = power
    q = parse_quantity(f"投资{x}{word}元")
    assert q.value == x * 10**exponent and str(q.value) == tidy(x * 10**exponent)


@given(n=st.integers(min_value=1, max_value=9999), word=st.sampled_from(["万", "亿"]),
       unit=st.sampled_from([u for u in UNITS if u != "%"]))
def test_chinese_numerals_take_multipliers_too(n, word, unit):
    factor = 10**4 if word == "万" else 10**8
    assert _read(f"{chinese(n)}{word}{unit}", unit) == n * factor


PREFIX_WORDS = {
    "不少于": Q.AT_LEAST, "至少": Q.AT_LEAST, "不低于": Q.AT_LEAST,
    "超": Q.MORE_THAN, "超过": Q.MORE_THAN, "逾": Q.MORE_THAN, "突破": Q.MORE_THAN,
    "约": Q.ABOUT, "大约": Q.ABOUT, "近": Q.NEARLY, "接近": Q.NEARLY, "将近": Q.NEARLY,
    "不超过": Q.AT_MOST, "不高于": Q.AT_MOST, "控制在": Q.AT_MOST, "少于": Q.LESS_THAN, "低于": Q.LESS_THAN,
}
SUFFIX_WORDS = {"以上": Q.AT_LEAST, "左右": Q.ABOUT, "以内": Q.AT_MOST, "以下": Q.AT_MOST}
INNER_WORDS = {"余": Q.MORE_THAN, "多": Q.MORE_THAN}


@given(word=st.sampled_from(sorted(PREFIX_WORDS)), x=decimals, unit=units, space=st.sampled_from(["", " "]))
def test_each_prefix_word_maps_to_its_qualifier(word, x, unit, space):
    q = parse_quantity(f"全年{word}{space}{x}{unit}")
    assert q.qualifier is PREFIX_WORDS[word] and q.value == x and q.text.startswith(word)


@given(word=st.sampled_from(sorted(SUFFIX_WORDS)), n=st.integers(1, 10**6), unit=units)
def test_each_suffix_word_maps_to_its_qualifier(word, n, unit):
    q = parse_quantity(f"完成{n}{unit}{word}")
    assert q.qualifier is SUFFIX_WORDS[word] and q.text.endswith(word)


@given(word=st.sampled_from(sorted(INNER_WORDS)), n=st.integers(1, 10**6), unit=st.sampled_from(["个", "家", "场"]))
def test_余_and_多_between_number_and_unit_mean_more_than(word, n, unit):
    q = parse_quantity(f"{n}{word}{unit}")
    assert q.qualifier is INNER_WORDS[word] and q.value == n and q.unit == unit


@given(low=st.integers(1, 999), width=st.integers(1, 999), dash=st.sampled_from(["-", "—", "~", "～", "至"]),
       unit=units)
def test_a_range_reads_both_ends(low, width, dash, unit):
    q = parse_quantity(f"{low}{dash}{low + width}{unit}")
    assert (q.qualifier, q.value, q.high, q.unit) == (Q.RANGE, low, low + width, unit)


REPORT_ALPHABET = st.sampled_from(list(
    "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿点分之第年月日号余多"
    "个家场户项件人次名元米平方公里吨倍成%‰％.,，、。；：“”《》<>/+-—~～()（）_{}^ \t\n"
    "超约近逾不少于以上下内左右控制在增长下降提高减少新至到GKPMsup¹²³"
))


def _check(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.span[0]:q.span[1]] == q.text
        assert isinstance(q.value, D) and (q.high is None or isinstance(q.high, D))
        assert q.trend in (None, "up", "down")
    try:
        q = parse_quantity(text)
    except QuantityError:
        return
    assert text[q.span[0]:q.span[1]] == q.text


@given(st.text(REPORT_ALPHABET, max_size=80))
def test_report_like_text_never_breaks_the_reader(text):
    _check(text)


@given(st.text(max_size=80))
def test_arbitrary_text_never_breaks_the_reader(text):
    _check(text)


@given(st.lists(st.sampled_from(["超 9.7 万个", "3000 余场", "增长 4.5%左右", "2—3对", "十件", "，", "。",
                                 "2023 年", "“1310”", "第二批", "不少于100场", "逾千件"]), max_size=12))
def test_figures_are_found_in_order_without_overlap(parts):
    text = "".join(parts)
    found = find_quantities(text)
    for before, after in zip(found, found[1:]):
        assert before.span[1] <= after.span[0]
