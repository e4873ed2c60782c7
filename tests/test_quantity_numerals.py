"""Chinese numerals read as cn2an reads them.

The pairs come from cn2an's own tests (https://github.com/Ailln/cn2an,
``cn2an/cn2an_test.py``: ``strict_data_dict``, ``normal_data_dict`` and
``smart_data_dict``), with the values written as exact decimals where cn2an
has floats. Left out, because a government report does not write them or
means something else by them:

* 壹拾壹元壹角, 壹拾壹元壹角壹分: 角 and 分 of a cheque, not of a report;
* 一万零百一十一: 零百 for 一百 is a slip cn2an forgives;
* 一一, 壹壹: two digits side by side are a vague count (三五个 is three to
  five) or a word (一一对应, one by one), never eleven;
* 100万三千, 200亿零四千230, 一百点123: Arabic and Chinese digits mixed in one
  number, which cn2an's "smart" mode reads and reports do not write.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pledgetrack.quantity import find_quantities, parse_quantity

# cn2an's strict mode: numerals as a careful writer spells them.
STRICT = [
    ("零", "0"), ("一", "1"), ("十", "10"), ("十一", "11"), ("一十一", "11"), ("二十", "20"), ("二十一", "21"), ("一百", "100"),
    ("一百零一", "101"), ("一百一十", "110"), ("一百一十一", "111"), ("一千", "1000"), ("一千一百", "1100"), ("一千一百一十", "1110"),
    ("一千一百一十一", "1111"), ("一千零一十", "1010"), ("一千零十", "1010"), ("一千零十一", "1011"), ("一千零一十一", "1011"),
    ("一千零一", "1001"), ("一千一百零一", "1101"), ("一万一千一百一十一", "11111"), ("一十一万一千一百一十一", "111111"),
    ("一百一十一万一千一百一十一", "1111111"), ("一千一百一十一万一千一百一十一", "11111111"), ("一亿一千一百一十一万一千一百一十一", "111111111"),
    ("一十一亿一千一百一十一万一千一百一十一", "1111111111"), ("一百一十一亿一千一百一十一万一千一百一十一", "11111111111"),
    ("一千一百一十一亿一千一百一十一万一千一百一十一", "111111111111"), ("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", "1111111111111111"), ("壹", "1"),
    ("拾", "10"), ("拾壹", "11"), ("壹拾壹", "11"), ("壹佰壹拾壹", "111"), ("壹仟壹佰壹拾壹", "1111"), ("壹万壹仟壹佰壹拾壹", "11111"),
    ("壹拾壹万壹仟壹佰壹拾壹", "111111"), ("壹佰壹拾壹万壹仟壹佰壹拾壹", "1111111"), ("壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "11111111"),
    ("壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "111111111"), ("壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "1111111111"),
    ("壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "11111111111"), ("壹仟壹佰壹拾壹亿壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", "111111111111"), ("壹拾壹元整", "11"),
    ("壹佰壹拾壹圆整", "111"), ("壹拾壹元正", "11"), ("壹拾壹圆正", "11"), ("十万", "100000"), ("十万零一", "100001"), ("一万零一", "10001"),
    ("一万零一十一", "10011"), ("一万零一百一十一", "10111"), ("一十万零一", "100001"), ("一百万零一", "1000001"), ("一千万零一", "10000001"),
    ("一千零一万一千零一", "10011001"), ("一千零一万零一", "10010001"), ("一亿零一", "100000001"), ("一十亿零一", "1000000001"),
    ("一百亿零一", "10000000001"), ("一千零一亿一千零一万一千零一", "100110011001"), ("一千亿一千万一千零一", "100010001001"),
    ("一千亿零一", "100000000001"), ("零点零零零零零零零零零零零零零零一", "0.000000000000001"), ("零点零零零零零零零零零零零零零一", "0.00000000000001"),
    ("零点零零零零零零零零零零零零一", "0.0000000000001"), ("零点零零零零零零零零零零零一", "0.000000000001"), ("零点零零零零零零零零零零一", "0.00000000001"),
    ("零点零零零零零零零零零一", "0.0000000001"), ("零点零零零零零零零零一", "0.000000001"), ("零点零零零零零零零一", "0.00000001"),
    ("零点零零零零零零一", "0.0000001"), ("零点零零零零零一", "0.000001"), ("零点零零零零一", "0.00001"), ("零点零零零一", "0.0001"),
    ("零点零零一", "0.001"), ("零点零一", "0.01"), ("零点一", "0.1"), ("负一", "-1"), ("负二", "-2"), ("负十", "-10"), ("负十一", "-11"),
    ("负一十一", "-11"), ("廿二", "22"),
]
# cn2an's normal mode adds digit-by-digit numbers, the spoken 三万五, 兩 and 〇.
NORMAL = [
    ("一一一", "111"), ("壹壹壹", "111"), ("零点零", "0"), ("零点零零", "0"), ("一七二零", "1720"), ("一七二零点一", "1720.1"),
    ("一七二零点一三四", "1720.134"), ("一二三", "123"), ("负零点一零", "-0.1"), ("负一七二零", "-1720"), ("负一七二零点一", "-1720.1"),
    ("三万五", "35000"), ("十三万五", "135000"), ("两千六", "2600"), ("一百二", "120"), ("一百二十万三", "1203000"), ("兩千六", "2600"),
    ("壹拾壹元", "11"), ("壹佰壹拾壹圆", "111"), ("壹拾壹圆", "11"), ("〇", "0"),
]
# cn2an's smart mode: Arabic digits with 万/亿 and a sign.
SMART = [
    ("100万", "1000000"), ("10.1万", "101000"), ("-10.1万", "-101000"), ("35.1亿", "3510000000"), ("10.1", "10.1"),
    ("-10.1", "-10.1"),
]


@pytest.mark.parametrize(("written", "value"), STRICT + NORMAL + SMART)
def test_cn2an_pair_reads_to_its_value(written, value):
    q = parse_quantity(written)
    assert q.value == Decimal(value)
    assert q.text == written.rstrip("整正")  # 壹拾壹元整: "even" is no part of the figure
    assert q.unit == ("元" if q.text[-1] in "元圆" else "")


@pytest.mark.parametrize(("written", "value"), [
    (written, value) for written, value in STRICT + NORMAL
    if Decimal(value) > 0 and not written.startswith("负") and "元" not in written and "圆" not in written
])
def test_cn2an_numeral_counts_things_in_running_text(written, value):
    assert [(q.value, q.unit) for q in find_quantities(f"今年共完成{written}项")] == [(Decimal(value), "项")]


@pytest.mark.parametrize(("text", "texts"), [
    ("一一对应落实", []),                        # one by one
    ("三五个社区", []),                           # three to five
    ("十四五规划", []),                           # the 14th five-year plan
    ("二〇二三年", []),                           # a year, digit by digit
    ("零件 5 个", ["5 个"]),                     # 零 alone is a word
    ("为企业减负3.5亿元", ["3.5亿元"]),          # 减负 is "lighten a burden", no sign
    ("增速为负2.3%", ["负2.3%"]),
    ("圆满完成十项任务", ["十项"]),               # 圆 is 元 only as a unit
])
def test_numeral_look_alikes_in_reports(text, texts):
    assert [q.text for q in find_quantities(text)] == texts


# Units of length, power and weight after a Chinese numeral, as reports of the 1990s write them: the unit as written
# is what counts (公里, whose canonical name is km, is no Latin unit), and a 千 that opens the unit is no numeral.
IN_UNITS_OF_THEIR_OWN = [
    ("新修、改建公路八十公里", "八十公里", "80", "km"),
    ("铺筑柏油路一百零六公里", "一百零六公里", "106", "km"),
    ("二十五千米", "二十五千米", "25", "km"),
    ("两台三十万千瓦机组", "三十万千瓦", "300000", "千瓦"),
    ("发电量一千二百万千瓦时", "一千二百万千瓦时", "12000000", "千瓦时"),
    ("人均口粮八十千克", "八十千克", "80", "千克"),
    ("三千米", "三千米", "3", "km"),  # 3 km, or 3000 m: the same length
    ("培训三千人", "三千人", "3000", "人"),
]


@pytest.mark.parametrize(("text", "figure", "value", "unit"), IN_UNITS_OF_THEIR_OWN)
def test_a_chinese_numeral_takes_a_unit_that_is_a_word_of_its_own(text, figure, value, unit):
    [q] = [q for q in find_quantities(text) if q.text == figure]
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_a_latin_unit_after_a_chinese_numeral_is_no_figure():
    assert find_quantities("八十km") == []


@pytest.mark.parametrize(("text", "figure", "value", "unit"), [
    ("解决两千万农村人口的饮水安全问题", "两千万", "20000000", "人"),  # 万 before the people counted
    ("新增五十万沼气用户", "五十万", "500000", "户"),
])
def test_a_chinese_numeral_of_wan_takes_the_unit_of_the_noun_it_counts(text, figure, value, unit):
    [q] = find_quantities(text)
    assert (q.text, q.value, q.unit) == (figure, Decimal(value), unit)


@pytest.mark.parametrize("text", ["十万火急", "万众创新", "百万人口城市"])
def test_a_chinese_numeral_of_wan_before_other_words_is_no_figure(text):
    assert find_quantities(text) == []
