"""Drafting what a plan says once for several pledges, or says of a pledge only around it: a 分别 list (one rule per
figure), a stretch target (确保X，力争Y: X promised), a period said once for the items after it (到2007年，…；…),
works named by their capacity (a milestone, not a target), a group's name (never a keyword alone), and an
inspection a place promises to pass (looked for by the place and what the inspection is for)."""

from decimal import Decimal

import pytest
from written_reports import write_reports

from pledgetrack import audit, build_rules, load_corpus
from pledgetrack.draft import draft, drafted_book

PLAN = ("一、2023年工作回顾\n全年新增就业2.7万人。\n二、2024年工作安排\n"
        "新增普惠性托位、养老床位分别不少于600个、300张。国内生产总值确保增长10%，力争12%。"
        "确保伊德尔乳业10万吨液态奶项目年内建成投产。完成农村牧区危房改造300户。开工建设日处理5万吨的城市污水处理厂。\n"
        "本届政府任期的奋斗目标是：到2027年，全市国内生产总值达到130亿元；财政收入突破12亿元。\n")
REVIEW = ("一、2024年工作回顾\n新增普惠性托位720个、养老床位280张。国内生产总值增长10.5%。"
          "伊德尔乳业10万吨液态奶项目主体工程完工，预计今年上半年投产。农村牧区卫生厕所改造完成1200户。"
          "财政收入12.5亿元。城市污水处理厂于8月开工建设，完成投资6200万元。\n二、2025年工作安排\n新建5个公园。\n")
MANIFEST = ("reports:\n"
            "  - {id: a, file: a.txt, region: 某旗, body: 某旗人民政府, title: 报告, delivered: 2024-02-04, reviews: 2023,"
            " plans: 2024}\n"
            "  - {id: b, file: b.txt, region: 某旗, body: 某旗人民政府, title: 报告, delivered: 2025-02-04, reviews: 2024,"
            " plans: 2025}\n")


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lists")
    for name, text in (("a.txt", PLAN), ("b.txt", REVIEW), ("manifest.yaml", MANIFEST)):
        (folder / name).write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    book = build_rules([d.pledge for d in draft(corpus) if d.pledge.year == 2024], corpus)
    return list(audit(corpus=corpus, rules=book))


def _of(graded, quote):
    return [v for v in graded if v.rule.pledge.quote == quote]


def test_a_list_given_figure_by_figure_is_one_pledge_per_figure(graded):
    found = {v.target.describe(): v.grade.value for v in _of(graded, "新增普惠性托位、养老床位分别不少于600个、300张")}
    assert found == {"at least 600 个": "exceeded", "at least 300 张": "missed"}  # 720个, 280张


def test_a_stretch_target_adds_no_pledge(graded):
    gdp = [v for v in graded if "国内生产总值" in v.rule.pledge.quote and v.rule.year == 2024]
    # (and the term's goal for 2027, drafted for the reviewer, is graded for no one year)
    assert [(v.target.describe(), v.grade.value, v.reason and v.reason.value) for v in gdp] == [
        ("at least 10 % growth", "met", None), ("at least 130 亿元", "unverifiable", "other_period")]


def test_works_named_by_their_capacity_are_a_milestone(graded):
    (dairy,) = _of(graded, "确保伊德尔乳业10万吨液态奶项目年内建成投产")
    assert dairy.rule.kind.value == "milestone" and dairy.grade.value == "missed"  # 预计今年上半年投产
    # a daily capacity before 的 and the works (日处理5万吨的城市污水处理厂) sizes them too: begun, whatever was spent
    (plant,) = _of(graded, "开工建设日处理5万吨的城市污水处理厂")
    assert plant.rule.kind.value == "milestone" and plant.grade.value == "met"


def test_a_group_alone_is_no_keyword(graded):
    (houses,) = _of(graded, "完成农村牧区危房改造300户")
    assert houses.grade.value == "unverifiable"  # 1200户 are toilets, not houses


def test_a_period_said_once_holds_for_the_items_after_it(graded):
    assert not [v for v in graded if "财政收入" in v.rule.pledge.quote]  # 到2027年, not 2024


def test_town_and_country_income_in_step_with_the_economy_is_two_pledges(tmp_path):
    # "城乡居民收入增长与经济增长基本同步": the towns' income growth (4.6%) below the economy's (5.1%), the countryside's
    # (6.9%) above it: one rule for each side, graded apart
    corpus = write_reports(tmp_path, {
        "plan": (2021, "一、2021年工作回顾\n全年工作顺利完成。\n二、2022年工作安排\n地区生产总值增长6%左右，"
                       "城乡居民收入增长与经济增长基本同步。\n"),
        "review": (2022, "一、2022年工作回顾\n地区生产总值增长5.1%。城镇居民人均可支配收入58970元，增长4.6%；"
                         "农村居民人均可支配收入29355元，增长6.9%。\n二、2023年工作安排\n继续努力。\n")})
    grades = {v.rule.pledge.evidence.all[0]: v.grade.value
              for v in audit(corpus, drafted_book(corpus, year=2022)) if "同步" in v.rule.pledge.quote}
    assert grades == {"城镇": "missed", "农村": "met"}


def _drafted_milestone(folder, plan: str, review: str, marker: str):
    """The evidence words and grade of the milestone drafted from ``plan`` (2004's) whose quote holds ``marker``,
    against ``review``."""
    folder.mkdir()
    corpus = write_reports(folder, {
        "plan": (2003, f"一、2003年工作回顾\n全年工作顺利完成。\n二、2004年工作安排\n{plan}\n"),
        "review": (2004, f"一、2004年工作回顾\n{review}\n二、2005年工作安排\n继续努力。\n")})
    [verdict] = [v for v in audit(corpus, drafted_book(corpus, year=2004)) if marker in v.rule.pledge.quote]
    return verdict.rule.pledge.evidence.all, verdict.grade.value


def test_an_inspection_promised_passed_is_drafted_with_the_place_and_what_it_is_for(tmp_path):
    # "确保云溪县通过“两基”国家检查验收": looked for by the county and 两基; passed by another inspection says nothing
    plan = "确保云溪县通过“两基”国家检查验收。"
    assert _drafted_milestone(tmp_path / "a", plan, "云溪县顺利通过“两基”国家检查验收。", "验收") == (("云溪县", "两基"), "met")
    assert _drafted_milestone(tmp_path / "b", plan, "云溪县通过省级卫生县城验收。", "验收")[1] == "unverifiable"


def test_works_whose_preparation_is_named_before_their_start_are_drafted_and_begun_only_by_the_start(tmp_path):
    # "做好鹤鸣水库前期工作，力争年内开工": the reservoir begun; its preparation done is no start
    plan = "做好鹤鸣水库前期工作，力争年内开工。"
    assert _drafted_milestone(tmp_path / "a", plan, "鹤鸣水库于10月开工建设。", "鹤鸣水库") == (("鹤鸣水库",), "met")
    assert _drafted_milestone(tmp_path / "b", plan, "鹤鸣水库已完成前期工作。", "鹤鸣水库")[1] == "unverifiable"


def test_works_named_before_their_preparation_or_a_stage_of_their_own_are_drafted(tmp_path):
    # the railway's preparation named (各项准备工作) before its start; a reservoir's filling (下闸蓄水) after its building
    plan = "抓紧塔林河口岸铁路的各项准备工作，争取年内开工建设。"
    assert _drafted_milestone(tmp_path / "a", plan, "塔林河口岸铁路正式开工建设。", "铁路") == (("塔林河口岸铁路",), "met")
    plan = "加快马鞍山水库建设，确保年内下闸蓄水。"
    assert _drafted_milestone(tmp_path / "b", plan, "马鞍山水库于11月下闸蓄水。", "水库") == (("马鞍山水库",), "met")


def test_the_indicators_a_plan_counts_are_its_structure_not_pledges(tmp_path):
    corpus = write_reports(tmp_path, {
        "plan": (2023, "一、2023年工作回顾\n全年工作顺利完成。\n二、2024年工作安排\n今年的目标体系共设28个主要指标，其中8个约束性指标、"
                       "20个预期性指标。新建5个公园。\n"),
        "review": (2024, "一、2024年工作回顾\n新建公园6个。\n二、2025年工作安排\n继续努力。\n")})
    assert [d.pledge.quote for d in draft(corpus) if d.pledge.year == 2024] == ["新建5个公园"]


def test_a_piece_naming_only_a_stage_is_drafted_as_the_works_before_it_at_that_stage(tmp_path):
    # "城镇住房重建开工8万套，竣工5万套": the 5万套 are the rebuilt homes finished, graded on the homes finished (4.3万套),
    # never on the homes begun; the pair of pollutants is looked for as the review names their measure (排放总量)
    corpus = write_reports(tmp_path, {
        "plan": (2008, "一、2008年工作回顾\n全年工作顺利完成。\n二、2009年工作安排\n加快城镇住房重建，城镇住房重建开工8万套，竣工5万套。"
                       "化学需氧量和二氧化硫排放量分别下降2%和3%。\n"),
        "review": (2009, "一、2009年工作回顾\n城镇住房重建开工8.4万套，竣工4.3万套。化学需氧量、二氧化硫排放总量分别比上年下降2.1%和"
                         "5.6%。\n二、2010年工作安排\n继续努力。\n")})
    graded = {(v.rule.pledge.quote, v.target.describe() if v.target else ""): (v.grade.value, v.outcome)
              for v in audit(corpus, drafted_book(corpus, year=2009))}
    assert graded[("竣工5万套", "at least 5 万套")] == ("missed", Decimal("43000"))
    assert graded[("化学需氧量和二氧化硫排放量分别下降2%和3%", "at least 2 % decline")] == ("met", Decimal("2.1"))
    assert graded[("化学需氧量和二氧化硫排放量分别下降2%和3%", "at least 3 % decline")] == ("exceeded", Decimal("5.6"))


def test_drafted_rules_read_the_names_and_measures_a_review_words_otherwise(tmp_path):
    # each plan sentence and the review's wording of its outcome, as county and city reports of every decade write
    # them; the grade is what an auditor reads in the review
    plan = ("农村卫生厕所普及率达到80%。金融机构各项贷款余额新增30亿元。全年接待国内外游客突破500万人次。"
            "今年新建市级文明村二十个。万元产值能耗下降百分之三。城东水厂全面建成，形成日供水三万吨的能力。全年实现城镇下岗职工再就业8000人以上。"
            "粮食总产量力争达到60万吨。设施蔬菜面积达到5万亩。")
    review = ("农村卫生厕所普及率达到82.5%。各项贷款余额312亿元，较年初增加34.6亿元。"
              "全年接待游客462万人次。全年新评出市级文明村二十三个。万元产值综合能耗比上年下降百分之三点四。城东水厂全面建成投产，日供水能力达到三万吨。"
              "全年有9200名下岗职工实现再就业。粮食总产56万吨，比上年减少4%。蔬菜面积稳定在20万亩，其中设施蔬菜5.3万亩。")
    corpus = write_reports(tmp_path, {
        "plan": (2014, f"一、2014年工作回顾\n全年工作顺利完成。\n二、2015年工作安排\n{plan}\n"),
        "review": (2015, f"一、2015年工作回顾\n{review}\n二、2016年工作安排\n继续努力。\n")})
    graded = {v.rule.pledge.quote: (v.grade.value, v.outcome) for v in audit(corpus, drafted_book(corpus, year=2015))}
    assert graded == {
        "农村卫生厕所普及率达到80%": ("met", Decimal("82.5")),
        "金融机构各项贷款余额新增30亿元": ("exceeded", Decimal("3460000000")),
        "全年接待国内外游客突破500万人次": ("missed", Decimal("4620000")),
        "今年新建市级文明村二十个": ("exceeded", Decimal("23")),
        "万元产值能耗下降百分之三": ("exceeded", Decimal("3.4")),
        "城东水厂全面建成": ("met", None),
        "形成日供水三万吨的能力": ("met", Decimal("30000")),
        "全年实现城镇下岗职工再就业8000人以上": ("exceeded", Decimal("9200")),
        "粮食总产量力争达到60万吨": ("missed", Decimal("560000")),
        "设施蔬菜面积达到5万亩": ("met", Decimal("53000")),
    }
