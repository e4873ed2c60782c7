"""Drafting's word lists hold for any government: the measured ones tested on reports they were not drawn
from (tests/corpora/provinces-and-cities, national-1990s, other-governments: byte-for-byte copies of the
shared corpora, with a careful auditor's gold cases), the grammar ones on the words of other levels."""

from pathlib import Path

import pytest
from ruamel.yaml import YAML
from written_reports import write_reports

from pledgetrack import audit
from pledgetrack.draft import drafted_book
from pledgetrack.draft.pieces import cut
from pledgetrack.draft.refusals import figure_refusal
from pledgetrack.draft.words import COMMON_WORDS, names_nothing, strip_lead_ins
from pledgetrack.quantity import find_quantities
from pledgetrack.rules import Op
from pledgetrack.rules.target import symbolic_target

CORPORA = Path(__file__).parent / "corpora"
UNSEEN = ("provinces-and-cities", "national-1990s", "other-governments")


def _gold(name: str) -> list[dict]:
    return YAML(typ="safe").load((CORPORA / name / "gold.yaml").read_text(encoding="utf-8"))["cases"]


def test_the_common_words_are_common_in_reports_they_were_not_drawn_from():
    # Drawn from the seeds; each must stand in four reports of five of 33 provinces' and cities' reports.
    texts = [path.read_text(encoding="utf-8") for path in sorted((CORPORA / "provinces-and-cities").glob("*.txt"))]
    assert len(texts) == 33
    rare = {word: sum(word in text for text in texts) for word in COMMON_WORDS
            if sum(word in text for text in texts) < len(texts) * 0.8}
    assert rare == {}


@pytest.mark.parametrize("name", UNSEEN)
def test_no_figure_an_auditor_graded_is_taken_for_a_count_of_the_plans_structure(name):
    # A structure word that is a fragment of one report's sentence would refuse real targets elsewhere.
    refused = [(case["id"], figure.text, reason) for case in _gold(name)
               for figure in find_quantities(case["quote"])
               for reason in [figure_refusal(figure, case["quote"])] if "own structure" in reason]
    assert refused == []


@pytest.mark.parametrize("plan, structure", [
    ("聚焦五个方面", "五个方面"), ("建设10条重点产业链", "10条重点产业链"), ("实施三大工程", "三大工程")])
def test_a_count_of_the_plans_own_parts_is_no_target(plan, structure):
    assert cut(plan, 2025) == []


@pytest.mark.parametrize("whole", ["全区", "全市", "全省", "全国", "全县"])
def test_the_whole_territory_of_any_level_names_nothing(whole):
    assert names_nothing(whole)
    assert strip_lead_ins(f"{whole}城镇新增就业人数") == "城镇新增就业人数"


@pytest.mark.parametrize("level", ["国家", "省", "市", "上级"])
def test_a_target_assigned_by_any_level_above_is_drafted_in_words(level):
    piece = cut(f"城镇新增就业人数完成{level}下达目标；", 2025)[0]
    assert (piece.text, piece.text[:piece.symbol], piece.target) == (
        f"城镇新增就业人数完成{level}下达目标", "城镇新增就业人数", None)
    assert symbolic_target(piece.text).op is Op.ASSIGNED


def test_a_rate_written_in_words_is_a_target():
    # national-1990s, gold n94-gdp: the 1994 plan's "今年计划国内生产总值增长百分之九"
    case = next(c for c in _gold("national-1990s") if c["id"] == "n94-gdp")
    assert [(p.text, p.target.text) for p in cut(case["quote"], case["year"])] == [
        ("今年计划国内生产总值增长百分之九", "百分之九")]
    assert cut("深入开展三项工程", 1994) == []  # a count in words stays the plan's own parts


@pytest.mark.parametrize("sentence, target", [
    ("粮食产量保持在五千亿公斤左右", "五千亿公斤左右"),  # an amount in words no plan counts its parts with
    ("中央财政赤字一千五百亿元", "一千五百亿元"),
    ("全年再减少青壮年文盲四百万人", "四百万人"),
])
def test_an_amount_written_in_words_is_a_target(sentence, target):
    assert [p.target.text for p in cut(sentence, 1999)] == [target]
    assert cut("新开工亿元以上项目", 1999) == []  # a bare power describes the projects


# The evidence word an auditor writes for a figure of official statistics, whatever the level: the indicator,
# never its measure (比重, 涨幅) nor the bare word 经济. Each: plan clause, review sentence, the word.
INDICATOR_WORDS = [
    ("全社会研究与试验发展经费支出占地区生产总值的比重达到2.7%",
     "全社会研究与试验发展经费支出占地区生产总值的比重达到2.6%", "全社会研究与试验发展经费支出"),  # whole, 与 and all
    ("居民消费价格涨幅3%左右", "居民消费价格上涨2.1%", "居民消费价格"),
    ("经济增长6%左右", "地区生产总值增长5.5%", "地区生产总值"),
    ("经济增长速度定为8%", "国内生产总值比上年增长9.7%", "国内生产总值"),
    ("年主营业务收入超百亿元企业增至20家", "超百亿元企业达到20家", "超百亿元企业"),
    ("净增1100家“四上”企业", "“四上”企业净增1500家", "“四上”企业"),  # 净增 is the change, not the thing
    ("新打通20条“断头路”", "新打通“断头路”20条", "断头路"),  # quotation marks around a name are no part of it
    ("以办好10件民生实事为牵引", "10件民生实事如期兑现", "民生实事"),  # 以 X 为 Y names X
    # an abbreviation in brackets is no part of the name the reviews are searched by
    ("广义货币供应量（M2）增长15%", "年末广义货币供应量（M2）余额29.9万亿元，增长17.6%", "广义货币供应量"),
    # a share written without 的, and 第三 of 第三产业 is the name's, not the plan's numbering
    ("第三产业增加值占地区生产总值比重提高到35%", "第三产业增加值增长10.8%，占地区生产总值的比重达到34.2%",
     "第三产业增加值"),
]


@pytest.mark.parametrize("plan, review, word", INDICATOR_WORDS)
def test_the_evidence_word_is_the_indicator_not_its_measure(plan, review, word):
    from pledgetrack.draft.phrases import indicator_phrase
    from pledgetrack.draft.words import ReviewWords
    figure = find_quantities(plan)[-1]
    phrase = indicator_phrase(plan, figure) or plan
    assert ReviewWords([review]).keyword(phrase, figure.unit) == (word, True)


@pytest.mark.parametrize("plan, items", [
    ("全社会固定资产投资和社会消费品零售总额均增长13%左右", ["全社会固定资产投资", "社会消费品零售总额"]),
    ("财政总收入和一般公共预算收入增长8%", ["财政总收入", "一般公共预算收入"]),
    ("组织线上、线下招聘会不少于100场", []),  # qualifiers of one noun
    ("全社会研究与试验发展经费支出增长10%", []),  # 与 inside one name
    ("新开工高速公路和国省干线1500公里", []),  # counted things, not rates
])
def test_a_rate_promised_of_a_list_is_one_pledge_per_indicator(plan, items):
    from pledgetrack.draft.subjects import listed_phrases
    assert listed_phrases(plan, find_quantities(plan)[-1]) == items


def test_a_comparison_with_last_year_sets_a_direction_without_a_figure():
    from pledgetrack.draft.aims import sentence_aims
    found = [(sentence[a:b], aim.kind) for sentence in ["物价上涨幅度比去年的实际涨幅低一些。", "去年物价基本稳定。"]
             for a, b, aim in sentence_aims(sentence, 1997)]
    assert found == [("物价上涨幅度比去年的实际涨幅低一些", "down")]


@pytest.mark.parametrize("phrase, before, review, topic", [
    ("改造任务", "四是全力推进棚户区改造工程。", "全年完成棚户区改造124.1万平方米", "棚户区改造"),
    ("的改造任务", "继续实施老旧小区改造。拆除危房，", "完成老旧小区改造320户", "老旧小区改造"),
    ("改造任务", "继续实施老旧小区改造。", "完成改造320户", ""),  # no review names the thing
    ("建设任务", "加快推进学校建设。", "完成学校建设12所", "学校建设"),
    ("招聘会", "举办招聘会。", "举办招聘会175场", ""),  # no task named by its deed alone
])
def test_a_task_named_by_its_deed_takes_the_paragraphs_topic(phrase, before, review, topic):
    from pledgetrack.draft.subjects import topic_of
    from pledgetrack.draft.words import ReviewWords
    assert topic_of(ReviewWords([review]), phrase, before) == topic


def test_residents_income_is_looked_for_as_official_statistics_report_it():
    from pledgetrack.draft.words import ReviewWords
    heard = ReviewWords(["全体居民人均可支配收入增长5.1%"])
    assert heard.keyword("城乡居民收入", None) == ("居民人均可支配收入", True)
    # a group the plan names stays in the word where the reviews name it
    both = ReviewWords(["城镇、农村居民人均可支配收入分别增长4.4%、5.8%"])
    assert both.keyword("农村居民收入", "%") == ("农村居民人均可支配收入", True)


def test_city_and_country_are_two_sides_only_of_what_is_per_head():
    from pledgetrack.draft.words import ReviewWords
    heard = ReviewWords(["城镇、农村居民人均可支配收入分别增长4.4%、5.8%", "城镇职工医保参保率99%，农村参保率98%，城乡居民医保参保率98.6%"])
    assert heard.sides("城乡居民人均可支配收入", "居民人均可支配收入") == ("城镇", "农村")
    assert heard.sides("城乡居民医保参保率", "参保率") == ("",)  # one scheme, one rate


@pytest.mark.parametrize("plan, review, word", [
    ("进出口总额增长5%左右", "外贸出口总额增长8%", "进出口总额"),  # 出口总额 is cut out of another word
    ("进出口总额增长5%左右", "进出口总额增长6%", "进出口总额"),
    ("组织线上、线下招聘会不少于100场", "全年组织各类招聘会175场", "招聘会"),  # a qualifier of its own
    ("建设提升村卫生室3500所", "3500所村卫生室达到国家良好标准", "村卫生室"),
])
def test_a_word_is_never_cut_out_of_another_compound(plan, review, word):
    from pledgetrack.draft.phrases import indicator_phrase
    from pledgetrack.draft.words import ReviewWords
    figure = find_quantities(plan)[-1]
    assert ReviewWords([review]).keyword(indicator_phrase(plan, figure), figure.unit)[0] == word


@pytest.mark.parametrize("plan, drafted", [
    ("动态保持有劳动力的搬迁家庭至少1人就业", []),  # a condition on every household, no count
    ("确保零就业家庭至少1人就业，新增就业5000人", ["新增就业5000人"]),
    ("新建家庭农场30个", ["新建家庭农场30个"]),  # a household farm counted is no condition
    ("新增廉租住房保障家庭2万户", ["新增廉租住房保障家庭2万户"]),  # nor households counted
])
def test_a_figure_said_of_each_household_is_no_target(plan, drafted):
    assert [p.text for p in cut(plan, 2022)] == drafted


@pytest.mark.parametrize("plan, target", [
    ("社会消费品零售总额确保增长17%、力争增长20%", "17%"),  # the figure ensured is promised, the stretch hoped for
    ("地区生产总值增长8%、达到350亿元", "350亿元"),
])
def test_a_stretch_target_in_the_same_clause_is_no_target(plan, target):
    assert [p.target.text for p in cut(plan, 2009)] == [target]


@pytest.mark.parametrize("phrase, unit, review, keyword", [
    ("棚户区改造住房", "套", "棚户区改造开工31.5万套", "棚户区改造"),  # the kind of housing names it, not 住房
    ("新增造林面积", "亩", "完成造林13.2万亩", "造林"),  # an area is named without its 面积 where 亩 says it
    ("人均公园绿地面积", "平方米", "新增公园绿地318.7公顷", "人均公园绿地面积"),  # never a level per head
])
def test_the_keyword_is_the_kind_the_review_names(phrase, unit, review, keyword):
    from pledgetrack.draft.words import ReviewWords

    assert ReviewWords([review]).keyword(phrase, unit)[0] == keyword


@pytest.mark.parametrize("plan, quote", [
    ("2．新建乡镇敬老院5所。", "新建乡镇敬老院5所"),  # the plan numbering its list is no part of the pledge
    ("五是城乡居民医保财政补助标准提高到每人每年450元。", "城乡居民医保财政补助标准提高到每人每年450元"),
    ("第二，新建公园5个。", "新建公园5个"),
    ("第三产业增加值增长8%。", "第三产业增加值增长8%"),  # an official name's ordinal stays
])
def test_a_drafted_quote_leaves_out_the_plans_numbering(plan, quote):
    assert [p.text for p in cut(plan, 2009)] == [quote]


def test_works_listed_after_one_deed_are_each_a_milestone(tmp_path):
    # "建成澜州绕城高速公路东段、梅岭至石湾高速公路": two roads, each built or not; a way of working listed (实行以县为主、
    # 分类施策) is no list of works
    corpus = write_reports(tmp_path, {
        "plan": (2006, "一、2006年工作回顾\n全年工作顺利完成。\n二、2007年工作安排\n建成澜州绕城高速公路东段、梅岭至石湾高速公路。"
                       "实行以县为主、分类施策。\n"),
        "review": (2007, "一、2007年工作回顾\n澜州绕城高速公路东段建成通车，梅岭至石湾高速公路完成路基工程。\n二、2008年工作安排\n"
                         "继续努力。\n")})
    book = drafted_book(corpus, year=2007)
    grades = {v.rule.pledge.evidence.all[0]: v.grade.value for v in audit(corpus, book)}
    assert grades == {"澜州绕城高速公路东段": "met", "梅岭至石湾高速公路": "unverifiable"}
