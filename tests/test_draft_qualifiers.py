"""A drafted keyword that leaves off words narrowing the plan's thing gives no finding until signed off (issue 19).

海洋生产总值 is not the economy's output: a draft whose only word heard in the review is 生产总值 would grade the
pledge against 全省生产总值, a false "missed". Such a rule says what it leaves off in `check: evidence` and is
unverifiable (unsigned) until a person signs it off; the grade it would give is still shown. So does a word of two
characters standing for a longer phrase (比重 for 服务业增加值占地区生产总值的比重). A keyword that keeps the plan's
thing whole, or leaves off only a verb or the whole territory, gives its finding.
"""

import pytest

from pledgetrack import audit, build_rules, load_corpus
from pledgetrack.draft import draft

PLAN = ("一、2024年工作回顾\n全年经济平稳。\n二、2025年工作安排\n"
        "力争海洋生产总值增长6%以上。全省地区生产总值增长5%左右。组织线上、线下招聘会不少于100场。"
        "新增高技能人才2万人。服务业增加值占地区生产总值的比重提高1个百分点以上。力争城镇职工住房公积金覆盖率达到80%。\n")
REVIEW = ("一、2025年工作回顾\n全省生产总值增长5.5%，地区生产总值增长5.5%。全年举办招聘会120场。"
          "新入选科技领军人才409名。一般贸易进出口比重达到29.7%，比上年提高2.5个百分点。"
          "城镇职工社会保险覆盖率保持在99%以上，农村社会保险覆盖率98%。\n二、2026年工作安排\n新建5个公园。\n")
MANIFEST = "reports:\n" + "".join(
    f"  - {{id: {i}, file: {i}.txt, region: 某省, body: 某省人民政府, title: 报告{i}, delivered: {d}, reviews: {y - 1},"
    f" plans: {y}}}\n" for i, d, y in (("a", "2025-01-20", 2025), ("b", "2026-01-20", 2026)))


def _graded(tmp_path):
    for name, text in (("a.txt", PLAN), ("b.txt", REVIEW), ("manifest.yaml", MANIFEST)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    drafts = [d for d in draft(corpus) if d.pledge.year == 2025]
    book = build_rules([d.pledge for d in drafts], corpus)
    return {v.rule.pledge.quote: v for v in audit(corpus=corpus, rules=book)}


def test_a_keyword_leaving_off_what_narrows_the_thing_withholds_the_finding(tmp_path):
    graded = _graded(tmp_path)
    ocean = graded["力争海洋生产总值增长6%以上"]
    assert "'海洋'" in ocean.rule.pledge.check.evidence
    assert (ocean.grade.value, ocean.reason.value) == ("unverifiable", "unsigned")
    talent = graded["新增高技能人才2万人"]
    assert talent.grade.value == "unverifiable" and talent.rule.pledge.check is not None \
        and "高技能" in (talent.rule.pledge.check.evidence or "")


def test_a_side_of_its_own_does_not_excuse_the_qualifier_left_off_after_it(tmp_path):
    cover = _graded(tmp_path)["力争城镇职工住房公积金覆盖率达到80%"]  # 城镇 + 覆盖率 would grade social insurance's
    assert cover.grade.value == "unverifiable" and "职工住房公积金" in cover.rule.pledge.check.evidence


def test_a_word_of_two_characters_standing_for_a_longer_phrase_withholds_the_finding(tmp_path):
    share = _graded(tmp_path)["服务业增加值占地区生产总值的比重提高1个百分点以上"]
    # never 一般贸易进出口比重's 2.5: the review names the share of another thing, which the quote does not name
    assert (share.grade.value, share.reason.value, share.outcome) == ("unverifiable", "no_figure", None)
    assert "一般贸易进出口比重" in share.explanation
    assert "'比重'" in share.rule.pledge.check.evidence


def test_a_keyword_keeping_the_thing_whole_gives_its_finding(tmp_path):
    graded = _graded(tmp_path)
    economy = graded["全省地区生产总值增长5%左右"]  # 全省 is the whole territory, not a narrower thing
    assert economy.rule.pledge.check is None or economy.rule.pledge.check.evidence is None
    assert economy.grade.value == "met"  # 5.5 % against about 5 %
    fairs = graded["组织线上、线下招聘会不少于100场"]  # the listed kinds share the one figure: all fairs
    assert (fairs.rule.pledge.check is None or fairs.rule.pledge.check.evidence is None) and fairs.grade.value == "exceeded"


SETTLED_PLAN = ("一、2024年工作回顾\n全年经济平稳。\n二、2025年工作安排\n"
                "粮食产量1600亿斤以上。改造城镇老旧小区4.5万户。实施村屯绿化2738亩。完成30座公厕新建改造。"
                "城镇新增就业30万人。建成海洋牧场示范区5个。\n")
SETTLED_REVIEW = ("一、2025年工作回顾\n粮食总产量1640亿斤。老旧小区改造8.36万户。实施公路、村屯、矿区绿化3920亩。"
                  "新建改造公厕34座。新增就业32.7万人。建成示范区8个。\n二、2026年工作安排\n新建5个公园。\n")


def test_a_review_naming_the_thing_as_the_plan_does_settles_the_doubt(tmp_path):
    # The reviewer's doubt is whether the review's figure is of the plan's thing: where the review names it with
    # the words the keyword left off, it is (粮食总产量: 粮食); where it does not (示范区 of 海洋牧场示范区), or
    # names it as one of several kinds listed together (a sum of three), it may not be, and stays withheld.
    for name, text in (("a.txt", SETTLED_PLAN), ("b.txt", SETTLED_REVIEW), ("manifest.yaml", MANIFEST)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    book = build_rules([d.pledge for d in draft(corpus) if d.pledge.year == 2025], corpus)
    graded = {v.rule.pledge.quote: v for v in audit(corpus=corpus, rules=book)}
    grain = graded["粮食产量1600亿斤以上"]
    assert grain.rule.pledge.evidence.qualifiers == ("粮食",) and grain.rule.pledge.check.evidence
    assert (grain.grade.value, grain.chosen.quantity.text) == ("met", "1640亿斤")
    assert grain.explanation.endswith("the review names it 粮食总产量, as the plan does")
    estates = graded["改造城镇老旧小区4.5万户"]  # the state's renewal of old estates is of urban ones: no doubt
    assert estates.rule.pledge.check is None and estates.grade.value == "exceeded"
    ranches = graded["建成海洋牧场示范区5个"]  # 示范区 of every kind is not 海洋牧场's
    assert (ranches.grade.value, ranches.reason.value) == ("unverifiable", "unsigned")
    greening = graded["实施村屯绿化2738亩"]  # one figure of three kinds listed is their sum, no figure of 村屯's
    assert greening.grade.value == "unverifiable" and "公路、村屯、矿区绿化)" in greening.explanation
    toilets = graded["完成30座公厕新建改造"]  # 公厕 is all the plan names: no doubt
    assert toilets.rule.pledge.check is None and toilets.grade.value == "exceeded"
    jobs = graded["城镇新增就业30万人"]  # 新增就业 is the official indicator's short name: no doubt
    assert jobs.rule.pledge.check is None and jobs.grade.value == "met"


def test_of_a_sentences_figures_the_one_named_with_the_plans_words_is_taken(tmp_path):
    # 水冲式公厕: the 26 flushing toilets (公共厕所 is 公厕's long form), not the 24 mobile ones beside them
    plan = "一、2024年工作回顾\n全年经济平稳。\n二、2025年工作安排\n年内力争建成水冲式公厕30座。\n"
    review = ("一、2025年工作回顾\n26座水冲式公共厕所、24座移动公厕投入使用。\n二、2026年工作安排\n"
              "新建5个公园。\n")
    for name, text in (("a.txt", plan), ("b.txt", review), ("manifest.yaml", MANIFEST)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    book = build_rules([d.pledge for d in draft(corpus) if d.pledge.year == 2025], corpus)
    (flushing,) = audit(corpus=corpus, rules=book)
    # (named whole, as the review writes it in the long form, or 公厕 qualified by 水冲式)
    evidence = flushing.rule.pledge.evidence
    assert evidence.all == ("水冲式公厕",) or evidence.qualifiers == ("水冲式",)
    assert (flushing.grade.value, flushing.chosen.quantity.text) == ("missed", "26座")


def test_of_two_targets_of_the_same_words_the_one_under_a_topic_is_withheld(tmp_path):
    # the province's 1000 projects are graded; the county towns' 500 (the topic of the clause before) are not
    # graded with the province's 1596, until a reviewer makes their words name 县城
    plan = ("一、2024年工作回顾\n全年经济平稳。\n二、2025年工作安排\n安排重大项目1000个以上，完成年度投资1万亿元以上。"
            "提升县城承载能力，滚动推进重大项目500个以上，支持县城发展特色经济。\n")
    review = "一、2025年工作回顾\n1596个重大项目完成投资1.5万亿元。\n二、2026年工作安排\n新建5个公园。\n"
    for name, text in (("a.txt", plan), ("b.txt", review), ("manifest.yaml", MANIFEST)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    book = build_rules([d.pledge for d in draft(corpus) if d.pledge.year == 2025], corpus)
    graded = {v.rule.pledge.quote: v for v in audit(corpus=corpus, rules=book)}
    province = next(v for q, v in graded.items() if q.startswith("安排重大项目1000个以上"))
    assert province.grade.value == "exceeded"
    towns = graded["滚动推进重大项目500个以上"]
    assert (towns.grade.value, towns.reason.value) == ("unverifiable", "unsigned")
    assert "'提升县城承载能力'" in towns.rule.pledge.check.evidence


def test_the_lead_of_a_list_of_targets_is_no_topic(tmp_path):
    # "…的主要预期目标是：" leads the list; it names no narrower thing the growth after it is of
    graded = _drafted_and_graded(tmp_path, "今年全省经济社会发展的主要预期目标是：生产总值增长10%以上；财政收入增长9%。"
                                           "生产总值力争增长12%。", "全省生产总值达到7265亿元，增长12.8%。")
    ensured = graded["生产总值增长10%以上"]
    assert ensured.rule.pledge.check is None or ensured.rule.pledge.check.evidence is None
    assert ensured.grade.value == "exceeded"


def _drafted_and_graded(tmp_path, planned: str, reviewed: str) -> dict:
    """The 2025 pledges drafted from a plan saying ``planned``, graded by a review saying ``reviewed``."""
    plan = f"一、2024年工作回顾\n全年经济平稳。\n二、2025年工作安排\n{planned}\n"
    review = f"一、2025年工作回顾\n{reviewed}\n二、2026年工作安排\n新建5个公园。\n"
    for name, text in (("a.txt", plan), ("b.txt", review), ("manifest.yaml", MANIFEST)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    book = build_rules([d.pledge for d in draft(corpus) if d.pledge.year == 2025], corpus)
    return {v.rule.pledge.quote: v for v in audit(corpus=corpus, rules=book)}


def test_a_title_only_the_state_grants_named_with_no_level_is_the_states(tmp_path):
    # 浙江 2025: 国家制造业单项冠军30家 against 新增制造业单项冠军企业45家 (a province names its own 省级). Not a
    # kind of thing every level has: 85 孵化器 with no level are of every level, not the 国家级 ones.
    graded = _drafted_and_graded(tmp_path, "新增国家制造业单项冠军30家。新增国家级科技企业孵化器16家。",
                                 "新增制造业单项冠军企业45家、专精特新“小巨人”企业397家。建有科技企业孵化器85家。")
    champions = graded["新增国家制造业单项冠军30家"]
    assert champions.rule.pledge.check.evidence and (champions.grade.value, champions.outcome) == ("exceeded", 45)
    assert champions.explanation.endswith("with no level, as a title of the state is named")
    incubators = graded["新增国家级科技企业孵化器16家"]
    assert (incubators.grade.value, incubators.reason.value) == ("unverifiable", "unsigned")


def test_a_title_named_in_a_sentence_of_a_lower_level_stays_withheld(tmp_path):
    (champions,) = _drafted_and_graded(tmp_path, "新增国家制造业单项冠军30家。", "新增省级制造业单项冠军企业45家。").values()
    assert (champions.grade.value, champions.reason.value) == ("unverifiable", "unsigned")


def test_a_part_of_the_whole_exceeding_a_minimum_alone_settles_it(tmp_path):
    # 浙江 2025: 为经营主体减负2500亿元以上 against 为企业减负超3300亿元: 企业 are a part of 经营主体, so the whole
    # exceeded the minimum too. A part that only meets it says nothing of whether the whole exceeded it.
    (burden,) = _drafted_and_graded(tmp_path, "为经营主体减负2500亿元以上。", "全年为企业减负超3300亿元。").values()
    assert burden.rule.pledge.evidence.qualifiers == ("经营主体",)
    assert burden.grade.value == "exceeded"
    assert burden.explanation.endswith("of 企业, a part of 经营主体 that alone exceeds the minimum")


def test_another_general_name_of_built_things_settles_the_one_left_off(tmp_path):
    # 苏州 2014: 新增人防设施90万平方米 against 新增人防工程102万平方米 (设施 and 工程 are written one for another); a
    # name of another kind (人防宣传) settles nothing
    (shelters,) = _drafted_and_graded(tmp_path, "新增人防设施90万平方米。", "新增人防工程102万平方米。").values()
    assert shelters.rule.pledge.evidence.qualifiers == ("设施",)
    assert (shelters.grade.value, shelters.outcome) == ("exceeded", 1020000)
    assert shelters.explanation.endswith("工程, another general name of built things for 设施")
    (talks,) = _drafted_and_graded(tmp_path, "新增人防设施90万平方米。", "新增人防宣传阵地102万平方米。").values()
    assert (talks.grade.value, talks.reason.value) == ("unverifiable", "unsigned")


def test_a_unit_counting_what_the_left_off_word_names_settles_it(tmp_path):
    # 解决28万农村人口饮水困难 against 解决农村31.5万人饮水困难: 人口 left off, and the review counts people (人)
    (water,) = _drafted_and_graded(tmp_path, "解决28万农村人口饮水困难。", "解决农村31.5万人饮水困难。").values()
    assert water.rule.pledge.evidence.qualifiers == ("人口",)
    assert (water.grade.value, water.outcome) == ("exceeded", 315000)
    (cattle,) = _drafted_and_graded(tmp_path, "解决28万农村人口饮水困难。", "解决农村31.5万头牲畜饮水困难。").values()
    assert cattle.grade.value == "unverifiable"


def test_a_word_of_two_characters_is_settled_where_the_review_names_the_plans_whole_name(tmp_path):
    # 外贸出口 drafted as 出口: the review's 其中出口 after 外贸进出口总额 is read as 外贸出口, the plan's thing
    (export,) = _drafted_and_graded(tmp_path, "外贸出口增长22%。",
                                    "外贸进出口总额118.6亿美元，增长24.2%，其中出口72.3亿美元，增长21.0%。").values()
    assert export.rule.pledge.evidence.qualifiers == ("外贸",)
    assert (export.grade.value, export.outcome) == ("missed", 21)


@pytest.mark.parametrize("planned, reviewed, grade", [
    # a city's plan of 2004 names its own output 国内生产总值, its review 全市生产总值: one indicator
    ("国内生产总值增长11%左右。", "全市生产总值达到305.2亿元，按可比价格计算增长12.6%。", "exceeded"),
    ("全市生产总值增长12%。", "人均地区生产总值达到10620元。全市实现地区生产总值352.8亿元，按可比价格计算增长13.1%。", "met"),
])
def test_a_governments_output_under_its_other_names_is_one_indicator(tmp_path, planned, reviewed, grade):
    (output,) = _drafted_and_graded(tmp_path, planned, reviewed).values()
    assert output.grade.value == grade


def test_a_part_meeting_a_minimum_alone_leaves_the_whole_open(tmp_path):
    (burden,) = _drafted_and_graded(tmp_path, "为经营主体减负2500亿元以上。", "全年为企业减负2500亿元。").values()
    assert (burden.grade.value, burden.reason.value) == ("unverifiable", "unsigned")


def test_of_the_sentences_speaking_of_it_the_one_naming_the_plans_words_is_taken(tmp_path):
    # 城市道路 renewed are the 61 the city built or renewed, not the 9 道路 whose street lamps were upgraded
    (roads,) = _drafted_and_graded(tmp_path, "完成65条城市道路新建改造。",
                                   "完成9条道路路灯的升级改造。城市新建改造道路61条。").values()
    assert roads.rule.pledge.evidence.qualifiers == ("城市",)
    assert (roads.grade.value, roads.chosen.quantity.text) == ("missed", "61条")


def test_a_works_joining_two_parties_is_found_by_the_parties_and_the_thing_joined(tmp_path):
    # 海拉尔 2018: the review names both parties and the network, and says the joining in its own words
    (heating,) = _drafted_and_graded(tmp_path, "着力推动双良与华能供热管网贯通工程。",
                                     "华能和双良公司实现供热管网互联互通，全年新接入集中供热面积200万平方米。").values()
    assert heating.rule.pledge.evidence.all == ("双良", "华能", "供热管网")
    assert (heating.grade.value, heating.chosen.completion) == ("met", "实现")


def test_a_count_of_several_kinds_is_never_graded_by_a_figure_of_the_first_kinds_word(tmp_path):
    # 包头 2022: 300 apps of 政务 and 生活服务 to join 蒙速办 had been graded exceeded by 1489 政务 items brought into
    # the halls (政务 was read as the thing counted); the count is of every kind listed after it
    (apps,) = _drafted_and_graded(tmp_path, "推动300个政务、生活服务应用接入“蒙速办”。",
                                  "政务服务上线事项1.62万项，1489个事项实现“应进必进”，324个高频事项汇聚到“蒙速办”。").values()
    assert apps.grade.value == "unverifiable"


@pytest.mark.parametrize("planned, reviewed, grade", [
    # 包头 2022: the plan's 产值 is the solar industry's, said in the clauses before; 650亿元 is rare earths'
    ("加快建设光伏产业链，力争年内多晶硅料产能达到37.5万吨，产值达到500亿元。", "稀土产业产值突破650亿元。", "unverifiable"),
    # 浙江 2025: a measure listed after the thing's first measure is the same thing's (粮食总产)
    ("确保粮食播种面积1520万亩、总产125亿斤。", "粮食总产132.4亿斤。", "met"),
])
def test_a_measure_named_alone_is_the_thing_before_it_or_no_finding(tmp_path, planned, reviewed, grade):
    graded = _drafted_and_graded(tmp_path, planned, reviewed)
    (output,) = [v for quote, v in graded.items() if quote.startswith(("产值", "总产"))]
    assert output.grade.value == grade
