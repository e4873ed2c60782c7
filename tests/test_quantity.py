"""Quantities read as a careful reader would: expressions from the 越秀区 reports."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import attrs
import pytest

from pledgetrack.errors import QuantityError
from pledgetrack.quantity import (UNIT_FAMILIES, Qualifier, Quantity, comparable, find_quantities, parse_quantity,
                                  same_family, scale)

Q = Qualifier
SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

# (expression as printed in the seeds, value, unit, qualifier, high, trend)
SEED_EXPRESSIONS = [
    ("提供就业岗位超 9.7 万个", "97000", "个", Q.MORE_THAN, None, None),
    ("举办文体活动 3000 余场", "3000", "场", Q.MORE_THAN, None, None),
    ("服务专窗可一窗办理事项近200项", "200", "项", Q.NEARLY, None, None),
    ("全区新增就业人员约 2.7 万名", "27000", "名", Q.ABOUT, None, None),
    ("27040 人", "27040", "人", Q.EXACT, None, None),
    ("地区生产总值\t增长 4.5%左右", "4.5", "%", Q.ABOUT, None, "up"),
    ("常住人口自然增长率控制在9‰以内", "9", "‰", Q.AT_MOST, None, "up"),
    ("7‰以内", "7", "‰", Q.AT_MOST, None, None),
    ("5.27‰", "5.27", "‰", Q.EXACT, None, None),
    ("1129.29 亿元\t-1.3%", None, None, None, None, None),  # two figures: see the table test
    ("-1.3%", "-1.3", "%", Q.EXACT, None, None),
    ("新缔结2—3对穗港澳姊妹学校", "2", "对", Q.RANGE, "3", None),
    ("新缔结 2-3 对穗港澳姊妹学校", "2", "对", Q.RANGE, "3", None),
    ("探索组建 1-2 个辐射大湾区的基础教育集团", "1", "个", Q.RANGE, "2", None),
    # national-1990s: a percentage in words writes its high end in words too, or bare
    ("经济增长速度的宏观调控目标，定为百分之八至九", "8", "%", Q.RANGE, "9", None),
    ("农村居民人均纯收入平均每年实际增长百分之四至百分之五", "4", "%", Q.RANGE, "5", "up"),
    ("提高到百分之三十五到四十", "35", "%", Q.RANGE, "40", None),
    ("组织线上、线下招聘会不少于100场", "100", "场", Q.AT_LEAST, None, None),
    ("受理涉港澳民商事案件逾千件", "1000", "件", Q.MORE_THAN, None, None),
    ("十件民生实事全面兑现", "10", "件", Q.EXACT, None, None),
    ("累计接种新冠疫苗 312.1 万剂次", "3121000", "剂次", Q.EXACT, None, None),
    ("全区实现地区生产总值 3810.24 亿元", "381024000000", "元", Q.EXACT, None, None),
    ("商事主体总量增至24.3万户", "243000", "户", Q.EXACT, None, None),
    ("城镇新增就业2.7万人", "27000", "人", Q.EXACT, None, None),
    ("增速较上半年大幅提高 2.9 个百分点", "2.9", "个百分点", Q.EXACT, None, "up"),
    ("区属国有物业全年减租 6 个月", "6", "个月", Q.EXACT, None, None),
    ("新设外资企业同比增长 1.6 倍", "1.6", "倍", Q.EXACT, None, "up"),
    ("举办各类招聘会100场以上", "100", "场", Q.AT_LEAST, None, None),
    ("带动固定资产投资增长10%以上", "10", "%", Q.AT_LEAST, None, "up"),
    ("铺开线上线下促消费活动400多场", "400", "场", Q.MORE_THAN, None, None),
    ("为 400 余家重点企业配备专属服务团队", "400", "家", Q.MORE_THAN, None, None),
    ("修缮暖心楼道 800 余条", "800", "条", Q.MORE_THAN, None, None),
    ("步行街客流首次突破1亿人次", "100000000", "人次", Q.MORE_THAN, None, None),
    ("内资私营企业累计接近 15 万户", "150000", "户", Q.NEARLY, None, None),
    ("全年客流量近 1.2 亿人次", "120000000", "人次", Q.NEARLY, None, None),
    ("累计治理违建超 12 万平方米", "120000", "平方米", Q.MORE_THAN, None, None),
    ("全区托管电梯超过 1000 台", "1000", "台", Q.MORE_THAN, None, None),
    ("超九成社区实现", "90", "%", Q.MORE_THAN, None, None),
    ("过千名困境儿童圆梦", "1000", "名", Q.MORE_THAN, None, None),
    ("新建污水管网 24 公里", "24", "km", Q.EXACT, None, None),
    ("清疏排水管道1671千米", "1671", "km", Q.EXACT, None, None),
    ("共335公顷用地纳入做地范围", "335", "公顷", Q.EXACT, None, None),
    ("PM2.5平均浓度降至33微克/立方米", "33", "微克/立方米", Q.EXACT, None, None),
    ("地区能源消费总量控制在673万吨标准煤以内", "6730000", "吨标准煤", Q.AT_MOST, None, None),
    ("确保商品房库存规模少于56.5万平方米", "565000", "平方米", Q.LESS_THAN, None, None),
    ("存量违建处理比例不低于70%", "70", "%", Q.AT_LEAST, None, None),
    ("建设至少 10 个智税服务站点", "10", "个", Q.AT_LEAST, None, None),
    ("推进3岁以下婴幼儿照护服务", "3", "岁", Q.AT_MOST, None, None),
    ("为辖内60周岁及以上长者", "60", "岁", Q.AT_LEAST, None, None),
    ("完成墙体绿化2000余平方米", "2000", "平方米", Q.MORE_THAN, None, None),
    ("走访服务企业 5000 余家次", "5000", "家次", Q.MORE_THAN, None, None),
    ("共举办68场次就业专场招聘会", "68", "场次", Q.EXACT, None, None),
    ("开展食品抽检 1200 批次以上", "1200", "批次", Q.AT_LEAST, None, None),
    ("新增养老床位350张", "350", "张", Q.EXACT, None, None),
    ("完成2487幢直管房修缮", "2487", "幢", Q.EXACT, None, None),
    ("全力推动 15 个总投资超 10 亿项目快审快批", None, None, None, None, None),
    ("总投资超 10 亿项目", "1000000000", "", Q.MORE_THAN, None, None),
    ("重点商务楼宇引进注册资金1000万以上企业", "10000000", "", Q.AT_LEAST, None, None),
    ("全市占比超1/4", "0.25", "", Q.MORE_THAN, None, None),
    ("累计72家，占全市近1/5", None, None, None, None, None),
    ("占全市近1/5", "0.2", "", Q.NEARLY, None, None),
    ("分别下降 12.7%", "12.7", "%", Q.EXACT, None, "down"),
    ("能耗较省均值压减超 50%", "50", "%", Q.MORE_THAN, None, "down"),
    ("较一季度大幅提升 28.1 个百分点", "28.1", "个百分点", Q.EXACT, None, "up"),
    ("增幅达150.7%", "150.7", "%", Q.EXACT, None, "up"),
    ("规模以上旅行社营收增长近80%", "80", "%", Q.NEARLY, None, "up"),
    ("同比增长（下同）4.5%", "4.5", "%", Q.EXACT, None, "up"),
    ("基本公共卫生服务经费上调20%", "20", "%", Q.EXACT, None, "up"),
    ("单位GDP能耗下降率\t3.6%", "3.6", "%", Q.EXACT, None, "down"),
    ("完成市下达目标(2025 年为 2 万人)", "20000", "人", Q.EXACT, None, None),
    ("完成第二批 18 个老旧小区改造项目", "18", "个", Q.EXACT, None, None),
    ("全面实现五个 100%", None, None, None, None, None),
    ("午休服务两个全覆盖", "2", "个", Q.EXACT, None, None),
    ("获省科学技术奖58项", "58", "项", Q.EXACT, None, None),
    ("40.9类重点行业和10类特殊敏感场所", None, None, None, None, None),
    ("新增发明专利授权 5401 件", "5401", "件", Q.EXACT, None, None),
    ("特色主题促消费活动不少于300", "300", "", Q.AT_LEAST, None, None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier", "high", "trend"),
                         [case for case in SEED_EXPRESSIONS if case[1] is not None])
def test_seed_expression_reads_as_a_careful_reader_would(text, value, unit, qualifier, high, trend):
    q = parse_quantity(text)
    assert (q.value, q.unit, q.qualifier, q.high, q.trend) == (
        D(value), unit, qualifier, None if high is None else D(high), trend)
    assert text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize(("text", "texts"), [
    ("1129.29 亿元\t-1.3%", ["1129.29 亿元", "-1.3%"]),
    ("全力推动 15 个总投资超 10 亿项目快审快批", ["15 个", "超 10 亿"]),
    ("累计72家，占全市近1/5", ["72家", "近1/5"]),
    ("全面实现五个 100%", ["五个", "100%"]),
    ("40.9类重点行业和10类特殊敏感场所", ["9类", "10类"]),
    ("\n40.9类重点行业和10类特殊敏感场所", ["9类", "10类"]),  # "40." numbers a glossary entry
    ("省委“1310”具体部署和市委“1312”思路举措", []),
    ("十件民生实事全面兑现", ["十件"]),
])
def test_running_text_yields_each_figure_once(text, texts):
    assert [q.text for q in find_quantities(text)] == texts


# A 万/亿 count before a noun naming people or households counts them: (phrase, text, value, unit).
COUNTED_BY_NOUN = [
    ("转移80万农村人口", "80万", "800000", "人"),
    ("新增10万沼气用户", "10万", "100000", "户"),
    ("全年解决50万农村人口饮水安全问题", "50万", "500000", "人"),
    ("39.8万农业转移人口成为新市民", "39.8万", "398000", "人"),
    ("惠及近300万群众", "近300万", "3000000", "人"),
    ("服务310万农户", "310万", "3100000", "户"),
    ("解决3.5万农牧民安全饮水问题", "3.5万", "35000", "人"),
    ("帮助5万建档立卡贫困人口脱贫", "5万", "50000", "人"),
    ("改造1.2万贫困户危房", "1.2万", "12000", "户"),
    ("解决1.2亿农村人口饮水困难", "1.2亿", "120000000", "人"),
]


@pytest.mark.parametrize(("text", "written", "value", "unit"), COUNTED_BY_NOUN)
def test_a_count_before_a_noun_of_people_or_households_counts_them(text, written, value, unit):
    (q,) = find_quantities(text)
    assert (q.text, q.value, q.unit) == (written, D(value), unit)


@pytest.mark.parametrize("text", [
    "投资3亿改善居民居住条件",  # a verb between: the money is not the residents
    "新建10万居民规模的新城",  # the size of a town, not a count of people to reach
    "总投资超10亿项目",  # no noun of people
])
def test_a_figure_not_of_the_noun_after_it_stays_without_a_unit(text):
    assert [q.unit for q in find_quantities(text)] == [""]


def test_the_qualifier_words_and_the_unit_are_part_of_the_text_and_span():
    source = "提供就业岗位超 9.7 万个。"
    (q,) = find_quantities(source)
    assert q.text == "超 9.7 万个" and q.span == (6, 14)
    (q,) = find_quantities("完成市下达目标，常住人口自然增长率控制在9‰以内；")
    assert q.text == "控制在9‰以内"


def test_a_range_keeps_both_ends_and_folds_the_multiplier_into_both():
    q = parse_quantity("1-2万人")
    assert (q.value, q.high, q.unit, q.qualifier) == (D(10000), D(20000), "人", Q.RANGE)
    q = parse_quantity("10%-15%")
    assert (q.value, q.high, q.unit) == (D(10), D(15), "%")
    q = parse_quantity("两到三个")
    assert (q.value, q.high, q.unit) == (D(2), D(3), "个")
    assert parse_quantity("2~3个").high == D(3)
    assert parse_quantity("1至2个").high == D(2)


# Figures that are parts of names, dates, ranks or markup: nothing comes back.
NOT_QUANTITIES = [
    "2023 年", "2023年内", "2023年度", "2月4日", "2024 年 2 月", "——2024 年 2 月 4 日在广州市",
    "第十七届人民代表大会", "第二批名单", "居全市第一", "第3季度", "全国第 3", "位列全市前 3 名",
    "世界500强", "5G基站", "4K/8K", "地铁12号线", "打造“1+9+N”人才会客厅", "“1310”", "3+3", "1+1",
    "实施“十四五”规划", "“双11”", "G20峰会", "U16 女足", "PM2.5", "PM_{2.5} 浓度", "PM<sub>2.5</sub>",
    "国家 4A 级旅游景区", "营商环境 6.0 改革", "“首席服务官”2.0 版", "12345 热线", "110 案件类警情",
    "构建“1专班1项目”工作体系", "1专班1项目", "全面落实省委“1310”具体部署",
    "模式³", "全面实现⁴。", "<sup>1</sup>", "“020 赫兹”城市音乐营地",
    "一是", "一批港澳企业", "一体化", "三大策略", "统一公布", "一流", "一带一路", "“四上”企业", "四上企业",
    "百千万工程", "千年商都", "万家灯火", "百强区", "千人团队进千企服务", "每万人发明专利",
    "一链一策", "加强干部队伍人员培训", "力争有一个好收成", "迈上一个新台阶", "当作一件大事来抓", "作为一项重要任务", "一户一档", "“一项目一方案”", "一次性", "一条龙", "一张网", "一成不变", "五位一体",
    "推进“1+3”公有物业", "“300 米见绿、500 米见园”", "建成“15分钟品质文化生活圈”", "10分钟体育圈",
    "普惠托育 15 分钟服务圈", "十几个", "数十个", "几百家", "三五个", "零部件", "三元里",
    "第十七届人大二次会议", "广东省委十三届二次全会", "《美丽中国在行动 2025》", "流花1-10号展馆",
    "（2022-2035）", "越秀健儿勇夺“15 金 7 银 6 铜”", "1.2.3", "近 3 年最高", "连续 26 年",
    "成立 75 周年", "90后", "“三张清单”", "“四个一”", "“十类”问题",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_names_dates_ranks_and_markup_are_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(("text", "only"), [
    ("(2025 年为 2 万人)", "2 万人"),
    ("完成市下达目标 (2023 年市下达 目标为 18500 人)", "18500 人"),
    ("第二批 18 个老旧小区", "18 个"),
    ("新增 10 家 500 强、央企子公司", "10 家"),
    ("推进 1209 个城市管理视频点位建设，5G 基站", "1209 个"),
    ("较2018年增长18.7%", "18.7%"),
    ("“1+12+3”赛时属地保障专班¹⁰，12 个保障工作专班", "12 个"),
    ("公益一类投入，新增 3 所", "3 所"),
    ("盐运西、三眼井社区获评，新打机井 12 眼", "12 眼"),  # 三眼井 is a place; wells are counted in digits
    ("迈上一个新台阶，建设一个新的产业园", "一个"),  # the article "a" before 新台阶; a count before 新的产业园
])
def test_only_the_real_figure_comes_back(text, only):
    assert [q.text for q in find_quantities(text)] == [only]


def test_parse_quantity_refuses_text_without_a_figure():
    with pytest.raises(QuantityError, match="no quantity in '全覆盖'"):
        parse_quantity("全覆盖")
    for text in ("2023 年", "“1310”", "一是", "万家灯火", "三分之一"):
        with pytest.raises(QuantityError):
            parse_quantity(text)


def test_parse_quantity_refuses_several_distinct_figures_and_lists_them():
    with pytest.raises(QuantityError) as caught:
        parse_quantity("增长 4.5%左右\t3810.24 亿元")
    message = str(caught.value)
    assert "4.5%左右" in message and "3810.24 亿元" in message
    assert parse_quantity("增长 4.5%，即 4.5%").text == "4.5%"  # the same figure twice is one


def test_parse_quantity_takes_a_bare_number_when_it_is_all_there_is():
    assert parse_quantity("3.4").unit == ""
    assert parse_quantity("一万").value == D(10000)
    assert parse_quantity("增速 3.4").trend == "up"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("一百二十三个", "123", "个"), ("二十二项", "22", "项"), ("两个", "2", "个"), ("十件", "10", "件"),
    ("百分之九十", "90", "%"), ("百分之五点五", "5.5", "%"), ("百分之百", "100", "%"), ("千分之五", "5", "‰"),
    ("三成", "30", "%"), ("一万人", "10000", "人"), ("一亿二千万元", "120000000", "元"),
    ("三千五百个", "3500", "个"), ("一千零五家", "1005", "家"), ("十一万三千人", "113000", "人"),
    ("1,200 家", "1200", "家"), ("3 000 元", "3000", "元"), ("１２３个", "123", "个"), ("２．５％", "2.5", "%"),
    ("1.2万亿元", "1200000000000", "元"), ("3千万元", "30000000", "元"), ("5万千瓦", "50000", "千瓦"),
    ("300 ㎡", "300", "平方米"), ("8000平米", "8000", "平方米"), ("5 公斤", "5", "千克"),
    ("5 元/平方米", "5", "元/平方米"), ("24 小时", "24", "小时"), ("3 个工作日", "3", "工作日"),
    ("二十余万人", "200000", "人"), ("20余万人", "200000", "人"), ("2 万余人", "20000", "人"),
    ("二分之一", "0.5", ""), ("1/4", "0.25", ""), ("5kW", "5", "千瓦"), ("5 km²", "5", "平方公里"),
    ("100 m2", "100", "平方米"), ("5mm", "5", "毫米"), ("10 万标准箱", "100000", "标箱"),
    ("133GW", "133", "吉瓦"), ("10口", "10", "口"), ("15万门", "150000", "门"),
    ("１５万担", "150000", "担"), ("１０００眼", "1000", "眼"),  # tobacco in the market 担; wells counted by 眼
    # livestock big and small counted together, and sheep of equal feed
    ("17.9万头只", "179000", "头只"), ("2.4万羊单位", "24000", "羊单位"),
])
def test_numbers_in_every_written_style(text, value, unit):
    q = parse_quantity(text)
    assert (q.value, q.unit) == (D(value), unit)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("不少于5个", Q.AT_LEAST), ("至少5个", Q.AT_LEAST), ("5个以上", Q.AT_LEAST), ("不低于5个", Q.AT_LEAST),
    ("超5个", Q.MORE_THAN), ("超过5个", Q.MORE_THAN), ("逾5个", Q.MORE_THAN), ("突破5个", Q.MORE_THAN),
    ("5余个", Q.MORE_THAN), ("5多个", Q.MORE_THAN), ("3个多月", Q.MORE_THAN),
    ("约5个", Q.ABOUT), ("5个左右", Q.ABOUT), ("大约5个", Q.ABOUT),
    ("近5个", Q.NEARLY), ("接近5个", Q.NEARLY), ("将近5个", Q.NEARLY),
    ("5个以内", Q.AT_MOST), ("不超过5个", Q.AT_MOST), ("不高于5%", Q.AT_MOST), ("控制在5%以内", Q.AT_MOST),
    ("控制在5%", Q.AT_MOST), ("控制在3%左右", Q.ABOUT), ("3岁以下", Q.AT_MOST),
    ("少于5个", Q.LESS_THAN), ("低于5%", Q.LESS_THAN), ("不足5个", Q.LESS_THAN),
    ("破亿元", Q.MORE_THAN), ("上万人", Q.AT_LEAST), ("5%上下", Q.ABOUT), ("约为5个", Q.ABOUT),
    ("5个", Q.EXACT), ("2—3个", Q.RANGE),
])
def test_each_qualifier_word(text, qualifier):
    assert parse_quantity(text).qualifier is qualifier


@pytest.mark.parametrize(("text", "qualifier"), [
    ("签约 20 个项目", Q.EXACT),      # 签约 is "signed", not 约 "about"
    ("最近 3 个月", Q.EXACT),         # 最近 is "recent", not 近 "nearly"
])
def test_a_qualifier_character_inside_a_word_is_no_qualifier(text, qualifier):
    assert parse_quantity(text).qualifier is qualifier


@pytest.mark.parametrize(("text", "trend"), [
    ("增长 4.5%", "up"), ("增加 5 个", "up"), ("提高 2 个百分点", "up"), ("上升 1%", "up"), ("提升 3%", "up"),
    ("下降 3.8%", "down"), ("减少 5 个", "down"), ("降低 2%", "down"), ("下降率 3.6%", "down"),
    ("比上年多 5 家", "up"), ("同比增长了 5%", "up"),
    ("新增 5 个", None),           # new things counted, not a level that grew
    ("提高至 1196 元", None),      # a level reached, not a change
    ("增至 110 家", None),
    ("5%", None),
])
def test_trend_words(text, trend):
    assert parse_quantity(text).trend == trend


def test_a_list_of_figures_shares_the_trend_of_its_first():
    found = find_quantities("营业额分别增长77.2%、67.3%和71.9%，占比 70.6%")
    assert [q.trend for q in found] == ["up", "up", "up", None]


def test_same_family_is_identity_plus_true_synonyms():
    assert same_family("人", "名") and same_family("名", "人")
    assert same_family("场", "场次") and same_family("栋", "幢")
    assert not same_family("人", "人次")
    # the classifiers of single things are style: 技改项目1200项 against 1213个 (安徽 2025/2026)
    assert same_family("个", "家") and same_family("项", "个") and same_family("部", "台")
    assert not same_family("个", "人") and not same_family("个", "户") and not same_family("台", "个")
    assert not same_family("%", "个百分点") and not same_family("%", "‰")
    assert same_family("元", "元") and same_family("km", "km") and same_family("", "")
    assert all(len(family) >= 2 for family in UNIT_FAMILIES)


def test_units_are_canonical_whatever_the_spelling():
    assert parse_quantity("24 公里").unit == parse_quantity("24 千米").unit == parse_quantity("24km").unit == "km"
    assert parse_quantity("5 亿元").unit == parse_quantity("5 万元").unit == parse_quantity("5 元").unit == "元"
    assert parse_quantity("2 百分点").unit == "个百分点"
    assert parse_quantity("60 周岁").unit == "岁"


def test_quantity_is_frozen_and_holds_decimals_only():
    q = parse_quantity("3000 余场")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.value = D(1)  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quantity(3000.0, "场", Q.EXACT, "3000场", (0, 5))  # type: ignore[arg-type]
    assert isinstance(q.value, D)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_figure_in_the_seeds_is_an_exact_slice_of_its_text(path):
    text = path.read_text(encoding="utf-8")
    found = find_quantities(text)
    assert len(found) > 100
    for q in found:
        assert text[q.span[0]:q.span[1]] == q.text
        assert isinstance(q.value, D) and (q.high is None or isinstance(q.high, D))
    starts = [q.span[0] for q in found]
    assert starts == sorted(starts)


def test_the_seed_tables_read_target_and_outcome():
    text = SEEDS[0].read_text(encoding="utf-8")
    row = text[text.index("地区生产总值\t"):].split("\n", 1)[0]
    assert [(q.text, q.qualifier, q.trend) for q in find_quantities(row)] == [
        ("4.5%左右", Q.ABOUT, "up"), ("3810.24 亿元", Q.EXACT, None), ("4.5%", Q.EXACT, "up")]


@pytest.mark.parametrize(("review", "plan", "in_plan_unit"), [
    ("8500米", "10公里", D("8.5")),  # a greenway built in 米, pledged in 公里
    ("1.35万米", "12公里", D("13.5")),
    ("52.5万吨", "10.5亿斤", D("1.05E+9")),  # grain in 万吨 of a plan in 亿斤: 1 斤 is half a 千克
    ("1.2平方公里", "120公顷", D("120")),
    ("600兆瓦", "60万千瓦", D("6E+5")),
    ("6000吨", "15万担", D("1.2E+5")),  # tobacco bought in 吨 of a plan in 担: 1 担 is 50 千克
])
def test_a_figure_in_another_unit_of_one_kind_is_the_same_amount_in_the_plans_unit(review, plan, in_plan_unit):
    said, pledged = parse_quantity(review), parse_quantity(plan)
    assert said.value * scale(said.unit, pledged.unit) == in_plan_unit


@pytest.mark.parametrize(("one", "other"), [("亩", "平方米"), ("吨", "吨标准煤"), ("km", "平方公里"), ("个", "人")])
def test_units_of_different_kinds_or_without_an_exact_scale_do_not_convert(one, other):
    assert scale(one, other) is None and not comparable(one, other)
