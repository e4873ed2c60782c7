"""Evidence comes only from what reviews the pledge's year, and the right figure is read."""

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from written_reports import write_reports

from pledgetrack.corpus import PartKind
from pledgetrack.evidence import RuleWords, find_evidence
from pledgetrack.rules import Evidence, Op, Pledge, Target, build_rules, default_vocabulary, load_rules
from pledgetrack.rules.book import Origin, Rule
from pledgetrack.statements import pledged_deeds, stated_completion

YEARS = [2016, 2017, 2018, 2022, 2023, 2024, 2025, 2026]


def rule_for(year, keywords, unit="个", op=Op.AT_LEAST, quote=None, **evidence) -> Rule:
    # the quote names the thing as the keywords do, unless the plan's own words are given
    pledge = Pledge(id="probe", year=year, quote=quote or "".join(keywords), evidence=Evidence(all=tuple(keywords),
                                                                                            **evidence))
    return Rule(pledge, Target(op, Decimal(1), unit), (), Origin("<test>"), "广东省广州市越秀区")


def assert_from_review_of(candidate, corpus, year):
    doc = corpus[candidate.document]
    assert doc.reviews == year
    part = doc.part_at(candidate.start)
    assert part is not None and part.kind is PartKind.REVIEW and (part.year or doc.reviews) == year
    assert doc.part_at(candidate.end - 1) == part


@st.composite
def probes(draw, corpus):
    doc = draw(st.sampled_from(list(corpus)))
    at = draw(st.integers(0, len(doc.text) - 3))
    word = doc.text[at:at + draw(st.integers(1, 3))].strip()
    unit = draw(st.sampled_from(["个", "%", "亿元", "人", "场", "间"]))
    return draw(st.sampled_from(YEARS)), word or "区", unit


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_evidence_is_never_taken_from_a_plan_part_or_another_year(data, corpus):
    year, word, unit = data.draw(probes(corpus))
    for candidate in find_evidence(rule_for(year, [word], unit), corpus):
        assert_from_review_of(candidate, corpus, year)


def test_a_2024_pledge_is_not_graded_with_2023s_outcome_from_the_same_file(corpus):
    # 000 and 002 review 2023 and plan 2024: "建成口袋公园 6 个" is 2023's outcome.
    assert find_evidence(rule_for(2024, ["口袋公园"]), corpus) == []
    found = find_evidence(rule_for(2023, ["口袋公园"]), corpus)
    assert found and all(c.document in ("yuexiu-2024-drc", "yuexiu-2024-gwr") for c in found)
    for candidate in found:
        assert_from_review_of(candidate, corpus, 2023)


def test_the_figure_nearest_the_keyword_is_read_before_or_after_it(corpus):
    # 002 line 46: "建成 11 个“智税圈”提供自助办税服务" — the figure stands before the keyword
    best = find_evidence(rule_for(2023, ["智税圈"]), corpus)[0]
    assert (best.document, best.position.line, best.quantity.value) == ("yuexiu-2024-gwr", 46, Decimal(11))


def test_a_page_break_inside_the_sentence_does_not_hide_the_figure(corpus):
    # 002 lines 66/68: "举办各类招聘会 175 场，提供就业岗" | blank | "位超 9.7 万个"
    found = find_evidence(rule_for(2023, ["就业岗位"]), corpus)
    assert any(c.quantity is not None and c.quantity.value == Decimal(97000) for c in found)


def test_new_and_cumulative_figures_are_told_apart(corpus):
    # 000: "新建社区颐康服务站 95 间"; 002: "建成社区颐康服务站 199 间"
    plan = "建设社区颐康服务站111个"  # 001, the plan's words
    new = find_evidence(rule_for(2023, ["颐康服务站"], "间", quote=plan, measure="new"), corpus)
    cumulative = find_evidence(rule_for(2023, ["颐康服务站"], "间", quote=plan, measure="cumulative"), corpus)
    assert {c.quantity.value for c in new if c.quantity} == {Decimal(95)}
    assert Decimal(199) in {c.quantity.value for c in cumulative if c.quantity}


def test_a_sentence_holding_an_exclude_word_is_no_evidence(corpus):
    # 000: "新建社区颐康服务站 95 间"; a rule that excludes 新建 keeps it off, and 002's 199 stays
    plan = "建设社区颐康服务站111个"  # 001, the plan's words
    every = find_evidence(rule_for(2023, ["颐康服务站"], "间", quote=plan), corpus)
    kept = find_evidence(rule_for(2023, ["颐康服务站"], "间", quote=plan, exclude=("新建",)), corpus)
    assert Decimal(95) in {c.quantity.value for c in every if c.quantity}
    assert {c.quantity.value for c in kept if c.quantity} == {Decimal(199)}
    assert all("新建" not in c.text for c in kept)


def test_indicator_table_rows_come_first_and_give_the_growth_cell_for_a_rate(corpus):
    best = find_evidence(rule_for(2023, ["地区生产总值"], "%", Op.ABOUT), corpus)[0]
    assert (best.source, best.document, best.quantity.value) == ("table", "yuexiu-2024-drc", Decimal("4.5"))


def test_a_figure_of_another_subject_in_the_sentence_is_not_taken(corpus):
    # 002: "…城镇新增就业2.7万人，困难人员再就业率达92.1%…" — 92.1% belongs to 再就业率
    found = find_evidence(rule_for(2023, ["城镇新增就业"], "%"), corpus)
    assert all(c.quantity is None or c.source == "table" for c in found)


def test_synonyms_from_the_vocabulary_count(corpus):
    # 002 line 46: "建成 11 个“智税圈”提供自助办税服务": the plan's 智税服务站点 is the review's 智税圈,
    # a synonym the bundled rule book's own vocabulary.yaml gives, not the shipped defaults.
    rule = rule_for(2023, ["智税服务站点"])
    found = find_evidence(rule, corpus, load_rules(None, corpus).vocabulary)
    assert (found[0].document, found[0].position.line, found[0].quantity.value) == ("yuexiu-2024-gwr", 46, Decimal(11))
    assert find_evidence(rule, corpus, default_vocabulary()) == []


def test_a_word_wider_than_the_pledge_does_not_answer_it():
    # The defaults hold no bare 招聘: hiring teachers is no job fair, a 招聘活动 is.
    words = RuleWords.of(Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"]))
    assert words.spans("面向社会公开招聘教师120名") is None
    assert words.spans("全年举办招聘活动175场") == [(4, 8)]


def test_the_default_vocabulary_holds_no_local_programme():
    vocabulary = default_vocabulary()
    for word in ("智税服务站点", "颐康服务站", "惠民足球赛", "就业服务驿站", "口袋公园", "老旧小区改造", "招聘"):
        assert vocabulary.variants(word) == {word}, word
    local = load_rules(None).vocabulary
    assert {"智税圈", "颐康站", "足球赛", "就业驿站", "口袋花园"} <= {w for g in local.groups.values() for w in g}


def test_a_milestone_is_met_only_on_a_completion_word_near_its_keywords(corpus):
    book = build_rules([Pledge(id="m", year=2023, quote="全覆盖建成社区颐康服务站", kind="milestone",
                               evidence=["颐康"])], corpus)
    completions = {c.completion for c in find_evidence(book["m"], corpus)}
    assert "实现" in completions or "建成" in completions


def test_a_plan_that_opens_by_recapping_the_year_is_evidence_of_that_year():
    # The State Council's 1994 report, in its plan part (line 138): "一年来，国务院…进行了机构改革…": a recap of
    # 1993, read as evidence for 1993's pledges; the plan's own sentences about 1994 are not.
    from pledgetrack import load_corpus
    from pledgetrack.corpus import PartKind, Scope
    from pledgetrack.evidence import review_sentences

    doc = load_corpus(Path(__file__).parent / "corpora" / "national-1990s")["cn-national-1994-gwr"]
    in_plan = [(doc.position(s.start).line, scope) for s, scope in review_sentences(doc, 1993)
               if doc.part_at(s.start).kind is PartKind.PLAN]
    assert (138, Scope.YEAR) in in_plan
    assert all(scope is Scope.YEAR for _, scope in in_plan)
    assert not any(line == 34 for line, _ in in_plan)  # 今年全党和全国工作的基本方针: the coming year


def test_a_figure_in_another_unit_of_the_pledges_kind_is_read_in_the_pledges_unit():
    from pledgetrack.evidence.identify import Identified
    from pledgetrack.statements import read_sentence

    rule = rule_for(2019, ["城市绿道"], unit="km", quote="新建城市绿道10公里")
    found = Identified.of(rule, read_sentence("新建城市绿道8500米，新建口袋公园18个"), ["城市绿道"])
    assert (found.figures[0].value, found.figures[0].unit, found.figures[0].text) == (Decimal("8.5"), "km", "8500米")


@pytest.mark.parametrize("region, year, quote, words, completion", [
    # 山西 2026: "“一泓清水入黄河”生态保护工程如期完工"
    ("山西省", 2025, "全面完成“一泓清水入黄河”工程", ["一泓清水入黄河"], "完工"),
    # 山东 2026: "国企改革深化提升行动圆满收官，6家省属企业完成集团层面重组整合": the 完成 is the firms' own
    ("山东省", 2025, "完成国企改革深化提升行动", ["国企改革深化提升行动"], "收官"),
])
def test_a_milestone_is_met_on_the_completion_said_of_it(region, year, quote, words, completion):
    from pledgetrack import audit, load_corpus

    corpus = load_corpus(Path(__file__).parent / "corpora" / "provinces-and-cities")
    book = build_rules([Pledge(id="m", year=year, quote=quote, kind="milestone", evidence=words, region=region)],
                       corpus)
    verdict = next(iter(audit(corpus=corpus, rules=book)))
    assert verdict.grade.value == "met" and verdict.explanation.endswith(f"({completion})")


@pytest.mark.parametrize("own, following, quote", [
    (["望川体育公园完成主体工程"], ["将于今年上半年建成开放"], "建成望川体育公园"),  # the main works, and a date ahead
    (["县人民医院门诊综合楼主体工程完工"], ["县妇幼保健院住院楼投入使用"], "建成县人民医院门诊综合楼"),  # another's
    (["青禾大道北延工程完成规划设计和初步设计审批"], ["因征地拆迁问题未能按期开工"], "开工建设青禾大道北延工程"),
    (["区中医院新院尚未建成"], [], "建成投用区中医院新院"),
    (["桐溪高铁站综合交通枢纽完成方案设计和用地预审"], ["受上位规划调整影响"], "开工建设桐溪高铁站综合交通枢纽"),
])
def test_a_completion_of_the_future_of_a_part_denied_or_of_another_thing_states_nothing_done(own, following, quote):
    assert stated_completion(own, following, default_vocabulary().completion + pledged_deeds(quote), quote) == ""


@pytest.mark.parametrize("own, quote, deed", [
    (["鹿鸣水电站正式开工建设"], "开工建设鹿鸣水电站", "开工"),
    (["县级公立医院综合改革全面推开"], "全面推开县级公立医院综合改革", "推开"),
    (["在全省农村全面免除义务教育阶段学生学杂费"], "在全省农村全面免除义务教育阶段学生学杂费", "免除"),
])
def test_a_deed_done_once_said_of_the_thing_in_a_review_states_it_done(own, quote, deed):
    words = default_vocabulary().completion + pledged_deeds(quote)
    assert stated_completion(own, [], words, quote) == deed


def test_a_deed_worked_towards_is_not_done():
    quote = "开工建设鹿鸣水电站"
    words = default_vocabulary().completion + pledged_deeds(quote)
    assert stated_completion(["加快推进鹿鸣水电站开工建设"], [], words, quote) == ""


def _plan_and_review(tmp_path, quote, review_sentence):
    """A district's reports planning 2019 (``quote`` in the plan) and reviewing it (``review_sentence``)."""
    return write_reports(tmp_path, {
        "a": (2018, f"一、2018年工作回顾\n全年新建口袋公园3个。\n二、2019年工作安排\n{quote}。\n"),
        "b": (2019, f"一、2019年工作回顾\n{review_sentence}\n二、2020年工作安排\n全年新建口袋公园5个。\n")}, "某区")


@pytest.mark.parametrize("sentence, quote, words, grade, said", [
    ("青禾大道北延工程完成规划设计，因征地拆迁问题未能按期开工。", "开工建设青禾大道北延工程", ["青禾大道北延"], "missed",
     "未能按期开工"),
    ("望川体育公园完成主体工程，将于今年上半年建成开放。", "建成望川体育公园", ["望川体育公园"], "missed", "将于今年上半年建成"),
    ("区中医院新院主体结构封顶，受疫情影响建设进度有所滞后。", "建成投用区中医院新院", ["区中医院新院"], "missed", "滞后"),
    ("望川河综合整治一期工程全面完工。", "完成望川河综合整治一期工程", ["望川河综合整治一期工程"], "met", "完工"),
    ("县人民医院门诊综合楼主体工程完工。", "建成县人民医院门诊综合楼", ["县人民医院门诊综合楼"], "unverifiable", ""),
    ("桐溪高铁站综合交通枢纽完成方案设计和用地预审，受上位规划调整影响，未能按计划开工建设。",
     "开工建设桐溪高铁站综合交通枢纽", ["桐溪高铁站综合交通枢纽"], "missed", "未能按计划开工"),
    ("农村综合改革试点还没有在全国全面推开。", "全面推开农村综合改革试点", ["农村综合改革试点"], "missed", "没有在全国全面推开"),
    ("牧业税在全国全部免征。", "在全国全部免征牧业税", ["牧业税"], "met", "免征"),
    # a pledge of several things is missed where one is stated not done, whatever the other
    ("6号线开工建设，9号线一期完成初步设计，尚未开工。", "开工建设6号线和9号线一期", ["6号线", "9号线"], "missed", "尚未开工"),
    ("6号线和9号线一期同步推进，6号线正式开工建设。受规划调整影响，9号线一期与6号线换乘段未能按期开工。",
     "开工建设6号线和9号线一期", ["6号线", "9号线"], "missed", "未能按期开工"),
    # (each said begun in a sentence of its own clauses, and one of them not begun in another: missed all the same)
    ("6号线正式开工建设，9号线一期开工建设。受规划调整影响，9号线一期与6号线换乘段未能按期开工。",
     "开工建设6号线和9号线一期", ["6号线", "9号线"], "missed", "未能按期开工"),
    ("城区燃气管网改造完成年度任务的70%。", "城区燃气管网改造工程全面完工", ["燃气管网改造"], "missed", "的70%"),
    ("县人民医院新院区主体完工，计划明年投入使用。", "县人民医院新院区建成投用", ["县人民医院新院区"], "missed", "计划明年投入使用"),
    ("市第二污水处理厂于5月投入运行。", "市第二污水处理厂6月底前投入运行", ["市第二污水处理厂"], "met", "投入运行"),
    ("去年9月，隆重召开了第四次全区民族团结进步表彰大会。", "今年召开第四次全区民族团结进步表彰大会", ["民族团结进步表彰大会"],
     "met", "召开"),
    # a target a higher government assigns, stated met or not met
    ("全面完成市下达的节能减排目标任务。", "完成市下达的节能减排目标任务", ["节能减排"], "met", "完成"),
    ("受疫情影响，能耗“双控”目标任务未能完成。", "完成盟下达的能耗“双控”目标任务", ["能耗“双控”"], "missed", "未能完成"),
    # a sentence that says a part done and the whole not says it not done
    ("滨江路综合整治完成总工程量的75%，未能按期完工。", "完成滨江路综合整治", ["滨江路综合整治"], "missed", "的75%"),
])
def test_a_milestone_is_missed_only_where_the_review_states_it_not_done(tmp_path, sentence, quote, words, grade, said):
    from pledgetrack import audit

    corpus = _plan_and_review(tmp_path, quote, sentence)
    book = build_rules([Pledge(id="m", year=2019, quote=quote, kind="milestone", evidence=words)], corpus)
    verdict = next(iter(audit(corpus=corpus, rules=book)))
    assert verdict.grade.value == grade and said in verdict.explanation


def test_a_greenway_built_in_metres_is_graded_against_its_kilometres(tmp_path):
    corpus = _plan_and_review(tmp_path, "新建城市绿道10公里", "新建城市绿道8500米，新建口袋公园18个。")
    book = build_rules([Pledge(id="g", year=2019, quote="新建城市绿道10公里", evidence=["城市绿道"])], corpus)
    from pledgetrack import audit

    verdict = next(iter(audit(corpus=corpus, rules=book)))  # cited as stated, graded in the pledge's 公里
    assert (verdict.grade.value, verdict.outcome, verdict.ratio) == ("missed", Decimal("8500"), Decimal("0.850"))


@pytest.mark.parametrize("quote, target, review, grade", [
    ("城镇化率由41.2%提高到43%", "41.2%", "城镇化率达到42.6%。", "missed"),  # 43% is promised, 41.2% is the start
    ("村集体经济收入10万元以上的村达到8个", "10万元以上", "集体经济收入10万元以上的村达到9个。", "exceeded"),
])
def test_a_target_named_by_a_start_or_a_size_leads_to_the_figure_promised(tmp_path, quote, target, review, grade):
    corpus = _plan_and_review(tmp_path, quote, review)
    words = ["城镇化率"] if "城镇化率" in quote else ["集体经济收入"]
    book = build_rules([Pledge(id="t", year=2019, quote=quote, target=target, evidence=words)], corpus)
    from pledgetrack import audit

    assert next(iter(audit(corpus=corpus, rules=book))).grade.value == grade


def test_several_years_said_in_a_sentence_are_that_sentences_alone(tmp_path):
    # "2017年以来累计…" speaks of its own figures; the year's figures after it stay the year's
    review = "2017年以来累计新改建农村公路580公里。新建口袋公园6个。"
    corpus = _plan_and_review(tmp_path, "新建口袋公园5个", review)
    book = build_rules([Pledge(id="p", year=2019, quote="新建口袋公园5个", evidence=["口袋公园"])], corpus)
    from pledgetrack import audit

    verdict = next(iter(audit(corpus=corpus, rules=book)))
    assert (verdict.grade.value, verdict.outcome) == ("exceeded", Decimal(6))


def test_the_set_restated_is_no_outcome_the_count_of_it_done_is(tmp_path):
    corpus = _plan_and_review(tmp_path, "继续办好十件民生实事", "十件民生实事中九件全面完成，1件顺延至今年。")
    book = build_rules([Pledge(id="s", year=2019, quote="继续办好十件民生实事", evidence=["民生实事"])], corpus)
    from pledgetrack import audit

    verdict = next(iter(audit(corpus=corpus, rules=book)))
    assert (verdict.grade.value, verdict.outcome) == ("missed", Decimal(9))


def test_a_fall_is_said_as_a_fall_against_a_promise_to_hold_level(tmp_path):
    corpus = _plan_and_review(tmp_path, "外贸进出口总额力争与上年持平", "外贸进出口总额12.3亿美元，下降14.0%。")
    book = build_rules([Pledge(id="t", year=2019, quote="外贸进出口总额力争与上年持平", evidence=["进出口总额"])], corpus)
    from pledgetrack import audit

    verdict = next(iter(audit(corpus=corpus, rules=book)))
    assert (verdict.grade.value, verdict.outcome) == ("missed", Decimal(-14))
    assert verdict.explanation.startswith("a fall of 14.0%")


def test_a_target_under_a_heading_of_several_years_is_not_the_years(tmp_path):
    from pledgetrack import audit, load_corpus

    (tmp_path / "a.txt").write_text("一、2018年工作回顾\n全年新建口袋公园3个。\n二、“十三五”时期的主要目标\n单位地区生产总值能耗"
                                    "降低20%左右。\n三、2019年工作安排\n单位地区生产总值能耗降低3%。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("一、2019年工作回顾\n单位地区生产总值能耗降低3.2%。\n二、2020年工作安排\n全年新建口袋公园5个。\n",
                                    encoding="utf-8")
    (tmp_path / "manifest.yaml").write_text(
        "reports:\n  - {id: a, file: a.txt, region: 某区, body: 某区人民政府, title: 报告, delivered: 2019-01-10,"
        " reviews: 2018, plans: 2019}\n  - {id: b, file: b.txt, region: 某区, body: 某区人民政府, title: 报告,"
        " delivered: 2020-01-10, reviews: 2019, plans: 2020}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    pledges = [Pledge(id="five", year=2019, quote="单位地区生产总值能耗降低20%左右", evidence=["单位地区生产总值能耗"]),
               Pledge(id="year", year=2019, quote="单位地区生产总值能耗降低3%", evidence=["单位地区生产总值能耗"])]
    verdicts = {v.rule.id: v for v in audit(corpus=corpus, rules=build_rules(pledges, corpus))}
    assert verdicts["five"].reason.value == "other_period" and "十三五" in verdicts["five"].explanation
    assert verdicts["year"].grade.value == "met"
