"""The reading of names (statements/names.py): what a review's name for a figure adds to the plan's name for it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.statements import read_sentence
from pledgetrack.statements.identity import identity
from pledgetrack.statements.names import narrower_name

_CHARACTERS = "城市道路新建改造农村居民人均可支配收入公共领域充电桩塑胶健身步道粮食总产量进出口外贸的、和等"


@given(st.text(alphabet=_CHARACTERS, min_size=2, max_size=16), st.data())
def test_a_name_the_plan_says_itself_narrows_nothing(plan, data):
    # whatever the review names with the plan's own words, as the plan says them, is the plan's thing
    start = data.draw(st.integers(0, len(plan) - 2))
    end = data.draw(st.integers(start + 2, len(plan)))
    named = plan[start:end]
    at = data.draw(st.integers(0, len(named) - 1))
    keyword = named[at:at + data.draw(st.integers(1, len(named) - at))]
    assert narrower_name(named, [keyword], plan) == ""


@given(st.sampled_from(["塑胶", "公共领域", "高校毕业生", "省级现代"]))
def test_words_the_plan_lacks_before_its_word_narrow_it(qualifier):
    assert narrower_name(f"新建{qualifier}健身步道", ["健身步道"], "改造建设各类健身步道300公里") == qualifier


@pytest.mark.parametrize("named", ["我市新建口袋公园", "全州新建口袋公园", "辖区内新建口袋公园", "在全省率先新建口袋公园",
                                   "一年来新建口袋公园", "全年累计新建口袋公园"])
def test_the_governments_own_territory_time_and_manner_narrow_nothing(named):
    assert narrower_name(named, ["口袋公园"], "新建口袋公园5个") == ""


@pytest.mark.parametrize("named, part", [("城区新建口袋公园", "城区"), ("中心城区新建口袋公园", "中心城区")])
def test_a_part_of_the_territory_narrows_it(named, part):
    assert narrower_name(named, ["口袋公园"], "新建口袋公园5个") == part


@pytest.mark.parametrize("text, quote, word, same", [
    ("全年接待国内外游客520万人次", "接待游客500万人次", "游客", True),  # both sides named together: all visitors
    ("接待入境游客5万人次", "接待游客500万人次", "游客", False),  # one side: a part
    ("完成城镇老旧小区改造30个", "改造老旧小区30个", "老旧小区", True),  # the official name reviews shorten
    ("新增国家高新技术企业15家", "新增高新技术企业20家", "高新技术企业", True),  # the state certifies them all
    ("新建成各类学校5所", "新建学校6所", "学校", True),  # 新建成: a verb, and 各类: all of them
    ("新建成塑胶健身步道30公里", "改造建设各类健身步道300公里", "健身步道", False),
    ("成功引进世界500强企业3家", "引进世界500强企业2家", "世界500强企业", True),  # 成功 says how
    ("城市建成区绿化覆盖率达到41%", "建成区绿化覆盖率40%", "建成区绿化覆盖率", True),  # a built-up area is a city's
    ("发放城乡低保金1.5亿元", "发放低保金1亿元", "低保金", True),  # both sides
    ("新引进重大项目32个", "引进项目30个", "项目", False),  # 重大项目 are some of the projects
    ("全年开展职业技能培训25万人次", "开展技能培训21万人次", "技能培训", True),  # skills training is vocational
    ("开展补贴性技能培训25万人次", "开展职业技能培训21万人次", "技能培训", False),  # the subsidised part
    # the stages of building: works finished are not works started, nor the other way round
    ("全年竣工经济适用住房1.2亿平方米", "新开工经济适用住房1亿平方米", "经济适用住房", False),
    ("保障性住房基本建成2000套", "年内新开工保障性住房3000套", "保障性住房", False),
    ("开工建设保障性住房3100套", "年内新开工保障性住房3000套", "保障性住房", True),
    ("全年竣工经济适用住房1.2亿平方米", "全年新建经济适用住房1亿平方米", "经济适用住房", True),
    # foreign capital is reported as actually used; contracted capital is another figure
    ("实际利用外商直接投资404亿美元", "外商直接投资保持在400亿美元左右", "外商直接投资", True),
    ("合同利用外商直接投资800亿美元", "外商直接投资保持在400亿美元左右", "外商直接投资", False),
])
def test_identity_reads_what_a_name_adds(text, quote, word, same):
    (statement,) = read_sentence(text)
    assert identity(statement, [word], quote).same is same


@pytest.mark.parametrize("opening", ["先后", "陆续", "如期", "已", "又", "再", "精心打造", "截至目前", "全市范围内"])
def test_adverbs_of_order_time_and_manner_narrow_nothing(opening):
    assert narrower_name(f"{opening}口袋公园", ["口袋公园"], "新建口袋公园5个") == ""


@pytest.mark.parametrize("phrase, keyword, left_off", [
    ("开展职业技能培训", "技能培训", ()),  # the short form reviews report the official name by
    ("（4）完成政府补贴性职业技能培训", "技能培训", ("政府补贴性",)),  # it leaves off only what the name does
    ("（1）新增城区学位", "新增城区学位", ()),  # the plan's numbering of its list names nothing
    ("(2)新建乡镇公办幼儿园", "公办幼儿园", ("乡镇",)),
    ("开工老旧小区改造", "老旧小区", ()),  # verbs of building narrow nothing (山东 2025)
    ("改建扩建农村敬老院", "农村敬老院", ()),
    ("新增省级“雄鹰”企业", "雄鹰企业", ("省级",)),  # a quoted name written without its marks
    # 包头 2022: a deed before a general head names the kind of works (数字化建设项目 are no 数字化改造项目)
    ("培育数字化建设项目", "数字化", ("建设项目",)),
    ("城中村改造任务", "城中村", ()),
])
def test_a_drafted_keyword_leaves_off_only_the_words_that_narrow(phrase, keyword, left_off):
    from pledgetrack.statements.names import qualifier_left_off
    assert qualifier_left_off(phrase, keyword) == left_off
