"""Drafted evidence words are the target's indicator as the statements stage reads it (one reader of sentences), and
the keyword chosen from it is a word of it: never a bare deed, a piece cut inside a verb, a place alone where the
plan names a thing there, or a unit (issue 19). Plan phrases are written as reports of every level write them;
the review sentences are the wording an auditor found the outcome in (other-governments, provinces-and-cities)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgetrack.statements.stretches import deed_only, splits_a_deed
from pledgetrack.draft.subjects import topic_of
from pledgetrack.draft.phrases import indicator_phrase
from pledgetrack.draft.words import ReviewWords
from pledgetrack.quantity import find_quantities


@pytest.mark.parametrize("plan, phrase", [
    # a count whose noun follows a qualifying figure keeps the noun and its qualifier, never the scope before it
    ("全面完成城区内178座10蒸吨及以下的各类燃煤小锅炉淘汰和清洁能源替代工作", "10蒸吨及以下的各类燃煤小锅炉淘汰和清洁能源替代"),
    ("严格11座10蒸吨以上各类燃煤锅炉废气治理", "10蒸吨以上各类燃煤锅炉废气治理"),  # never the adverb 严格
    ("一般工商业电价平均降低10%", "一般工商业电价"),  # never cut inside 平均
    ("实现保护区4家企业全部退出", "保护区企业"),  # a general noun named with the place before the count
    ("启动投资2亿元的智慧城市项目", "智慧城市项目"),  # an amount qualifying the noun after it is that noun's
    ("新建和改造高标准农田70万亩", "高标准农田"),  # two deeds joined by 和 are no part of the thing
    ("和美乡村覆盖率达60%以上", "和美乡村覆盖率"),  # 和 opening a name is part of it
    ("投资4.7亿元", ""),  # names nothing in particular: never the unit 亿元
    ("二是实施城中村改造6万户", "城中村改造"),  # the plan's numbering is no part of it
    ("实现建成区绿化覆盖率43％", "建成区绿化覆盖率"),  # 建成区 is the built-up area, no verb 建成 and 区
    ("招商引资到位资金30亿元", "到位资金"),  # attracting investment is a deed; 到 of 到位 is the noun's own
])
def test_the_phrase_is_the_statements_indicator_of_the_target(plan, phrase):
    assert indicator_phrase(plan, find_quantities(plan)[-1]) == phrase


def test_a_measure_alone_is_read_with_the_sentence_before_the_piece():
    # provinces-and-cities, gold ah25-grain: "全年粮食播种面积1.1亿亩、产量825亿斤以上" is cut in two pieces
    piece = "产量825亿斤以上"
    assert indicator_phrase(piece, find_quantities(piece)[0], "全年粮食播种面积1.1亿亩、") == "粮食产量"
    assert indicator_phrase(piece, find_quantities(piece)[0]) == "产量"


@pytest.mark.parametrize("phrase, unit, review, word", [
    ("公厕新建改造", "座", "新建改造公厕34座", "公厕"),  # the thing, not the deeds 新建改造 nor 建改造
    ("城市道路新建改造", "条", "新建及改造外环道路、旧城道路等城市主次干道61条", "道路"),
    ("人防设施", "平方米", "新增人防工程102万平方米", "人防"),  # one general name of built things for another
    ("保暖房装修", "座", "建成335户绿色保暖房", "保暖房"),  # the same things counted in another unit
    ("10蒸吨及以下的各类燃煤小锅炉淘汰和清洁能源替代", "座", "完成178座燃煤锅炉拆改", "燃煤小锅炉"),
    # of a thing and its measure, never the measure of a wider thing (产业营业收入) nor the measure alone
    ("战略性新兴产业营业收入", "%", "装备制造产业营业收入增长8%", ""),
    ("数字经济核心产业营业收入", "%", "数字经济核心产业营收增长10.9%", "数字经济核心产业营业收入"),  # spelt 营收
    # with a figure of another unit only a word the review writes standing free: 业投资 is 工业投资's end
    ("制造业投资", "元", "工业投资增长8%", ""),
    # a stretch begins where an item of the list does, never inside the item before (固和标准海塘)
    ("低标堤防除险加固和标准海塘", "公里", "完成堤防除险加固和标准海塘建设145公里", "标准海塘"),
    # 佛山 2018: an amount in a name is the same amount however written (超百亿元, 超100亿元), and a whole name
    # of it stands, never its ending 亿元企业 (gold fs18-big-firms)
    ("年主营业务收入超百亿元企业", "家", "新增主营业务收入超100亿元企业2家、累计达20家", "主营业务收入超百亿元企业"),
    # 浙江 2025: a quoted name a review writes without the marks is the name; a stretch begun at a closing mark
    # is no word (”企业 of “雄鹰”企业 found in 专精特新“小巨人”企业)
    ("“雄鹰”企业", "家", "新增雄鹰企业20家、专精特新“小巨人”企业300家", "雄鹰企业"),
    ("“雄鹰”企业", "家", "专精特新“小巨人”企业397家", ""),
    ("政务、生活服务应用接入“蒙速办”", "个", "324个高频事项汇聚到“蒙速办”", "“蒙速办”"),  # never 办” of it
    # 佛山 2018: 高水平 says how, as 高质量 and 高标准 do, and names nothing: never the 11 hospitals
    ("高水平省级新农村示范片建设", "个", "启动11家高水平医院建设", ""),
])
def test_the_keyword_is_a_word_of_the_phrase_that_the_reviews_use(phrase, unit, review, word):
    found, heard = ReviewWords([review]).keyword(phrase, unit)
    assert (found if heard else "") == word


def test_a_review_that_leaves_out_one_character_of_the_name_is_its_second_spelling():
    assert ReviewWords(["完成178座燃煤锅炉拆改"]).shortened("燃煤小锅炉") == "燃煤锅炉"
    assert ReviewWords(["完成178座燃煤小锅炉拆改"]).shortened("燃煤小锅炉") == ""  # the name itself is used
    assert ReviewWords(["完成改造12座"]).shortened("公厕改造") == ""  # never a deed alone


@pytest.mark.parametrize("name, review, spelling", [
    ("主营业务收入超百亿元企业", "新增主营业务收入超100亿元企业2家", "主营业务收入超100亿元企业"),
    ("产值超10亿元企业", "新增产值超十亿元企业12家", "产值超十亿元企业"),
    ("超五十亿元项目", "引进超50亿元项目3个", "超50亿元项目"),
    ("超百亿元企业", "新增超200亿元企业1家", ""),  # another amount is another kind of firm
    ("“十四五”规划项目", "完成145个规划项目", ""),  # a numeral that is a name, not an amount
])
def test_an_amount_in_a_name_written_the_other_way_is_its_second_spelling(name, review, spelling):
    assert ReviewWords([review]).shortened(name) == spelling


def test_a_place_and_a_general_noun_are_two_words_held_together():
    heard = ReviewWords(["投资5600万元完成了西山保护区三家污染企业搬迁"])
    assert heard.qualified("保护区企业") == ("保护区", "企业")
    assert ReviewWords(["保护区面积达到12万亩", "引进企业12家"]).qualified("保护区企业") is None


def test_a_task_named_by_its_deeds_is_a_task_of_the_project_the_paragraph_names():
    heard = ReviewWords(["全年投资90.07亿元，完成1.8万户、189万平方米棚改任务"])
    before = "继续举全区之力推进总投资103.7亿元的棚户区改造工程,全面完成建设街道辖区、工人新村和城区内零散区域"
    assert topic_of(heard, "征拆和安置任务", before) == "棚户区改造"  # 棚改 is its short form (vocabulary)
    assert topic_of(heard, "征拆和安置任务", "全面完成") == ""  # no project named: no topic


_NOUNS = ["公厕", "道路", "锅炉", "农田", "学校", "站点", "管网", "保暖房"]
_DEEDS = ["新建", "改造", "提升", "建设", "完成", "实施", "淘汰", "替代"]


@given(st.lists(st.sampled_from(_NOUNS + _DEEDS), min_size=1, max_size=5),
       st.lists(st.sampled_from(_NOUNS + _DEEDS), min_size=1, max_size=5))
def test_a_keyword_heard_is_never_a_bare_deed_nor_cut_inside_one(plan_words, review_words):
    phrase = "".join(plan_words)
    word, heard = ReviewWords(["".join(review_words) + "12座"]).keyword(phrase, "座")
    if heard:
        assert not deed_only(word) and not (word in phrase and splits_a_deed(phrase, word))
