"""Drafting pledges of a county's farm work and works as reports of the 1980s word them, and as a district's plan
lists projects and their part begun: the thing done anew (新通电村), built (兴修水平梯田) or spread (推广地膜覆盖种植) is
the keyword, not the verb; a count of days named with its 数 is drafted by its thing; a 其中 part is no twin of the
figure it is part of; works begun (动工兴建), prices opened (放开) and a plant finished to make power (建成发电) are
milestones; a part of works a review names apart from its works (县机场…，新航站楼…) is looked for by both. Each
drafted rule is graded against what the review says."""

import pytest
from written_reports import write_reports

from pledgetrack import audit
from pledgetrack.draft import drafted_book

PLAN = ("一、1986年工作回顾\n全年工作顺利完成。\n二、1987年工作安排\n"
        "今年新通电村八个。以小流域为单元兴修水平梯田五万亩。今年全县推广地膜覆盖种植三万亩。"
        "全年错峰用电天数控制在30天以内。完善城市更新政策体系，推进城市更新项目20个，其中新开工8个。"
        "龙口水库年内动工兴建。年内全面放开粮食购销价格。确保白岩电站上半年建成发电。确保县机场新航站楼年内建成投用。"
        "完成县医院迁建主体工程。确保地铁2号线城东段建成通车。"
        "第三产业增加值增长8%以上，占国民生产总值比重达到30%。确保地铁3号线、1号线北延建成通车。确保青山机场建成通航。治理黑土滩退化草地8万亩。\n")
REVIEW = ("一、1987年工作回顾\n新架10千伏线路86公里，新增通电村十一个，全县通电村达到一百六十二个。"
          "新修水平梯田五万二千亩，其中机修梯田八千亩。地膜覆盖栽培面积达到三万一千五百亩。"
          "全年错峰用电21天，比上年减少17天。全年推进城市更新项目21个，完成投资58.6亿元；新开工6个、竣工4个。"
          "龙口水库完成了勘测设计，于十月破土动工。粮食购销价格全面放开。白岩电站于5月建成发电。"
          "县机场改扩建工程全面竣工，新航站楼于10月投入使用。县医院迁建工程主体完工。地铁2号线建成通车，设站12座。"
          "第三产业增加值占国民生产总值比重达到30.6%。地铁3号线、1号线北延建成通车。青山机场建成通航。黑土滩等各类退化草地治理12.6万亩。\n"
          "二、1988年工作安排\n继续努力。\n")


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    corpus = write_reports(tmp_path_factory.mktemp("farm"), {"plan": (1986, PLAN), "review": (1987, REVIEW)})
    return {(v.rule.pledge.quote, v.rule.pledge.evidence.all): v for v in audit(corpus, drafted_book(corpus, year=1987))}


@pytest.mark.parametrize("quote, words, grade", [
    ("今年新通电村八个", ("通电村",), "exceeded"),  # 十一个 against 八个
    ("以小流域为单元兴修水平梯田五万亩", ("水平梯田",), "met"),  # 五万二千亩
    ("今年全县推广地膜覆盖种植三万亩", ("地膜覆盖",), "met"),  # 三万一千五百亩
    ("全年错峰用电天数控制在30天以内", ("错峰用电",), "met"),  # 21天 within 30
    ("推进城市更新项目20个", ("城市更新项目",), "met"),  # 21个
    ("其中新开工8个", ("城市更新项目",), "missed"),  # 新开工6个, not the 21 carried forward
    # milestones begun (动工兴建), opened (放开) and finished to make power (建成发电), each stated done
    ("龙口水库年内动工兴建", ("龙口水库",), "met"),
    ("年内全面放开粮食购销价格", ("粮食购销价格",), "met"),
    ("确保白岩电站上半年建成发电", ("白岩电站",), "met"),  # in May, within the first half
    # a part of works that the review names apart from its works, in one sentence
    ("确保县机场新航站楼年内建成投用", ("县机场", "新航站楼"), "met"),
    ("完成县医院迁建主体工程", ("县医院迁建", "主体"), "met"),
    # a section of a line no review names is looked for by the line, which the review states opened whole
    ("确保地铁2号线城东段建成通车", ("地铁2号线",), "met"),
    # works listed before their deed are each a milestone; an airport opened to flights is one
    ("确保地铁3号线、1号线北延建成通车", ("地铁3号线",), "met"),
    ("确保地铁3号线、1号线北延建成通车", ("1号线北延",), "met"),
    ("确保青山机场建成通航", ("青山机场",), "met"),
    # a share of something (占…比重) is of the thing the clause before names
    ("占国民生产总值比重达到30%", ("第三产业增加值占国民生产总值", "比重"), "met"),
])
def test_the_thing_done_is_drafted_and_graded_as_the_review_says(graded, quote, words, grade):
    verdict = graded[quote, words]
    assert verdict.grade.value == grade
    assert verdict.rule.pledge.check is None or verdict.rule.pledge.check.evidence is None


def test_a_kind_named_only_as_an_example_of_the_kinds_counted_gives_no_finding(graded):
    # 黑土滩等各类退化草地治理12.6万亩 is all degraded grassland, of which 黑土滩 is one kind: the drafted rule's
    # qualifier 黑土滩 is not how the review names the figure, so the rule stays unsigned
    verdict = graded["治理黑土滩退化草地8万亩", ("退化草地",)]
    assert verdict.rule.pledge.evidence.qualifiers == ("黑土滩",)
    assert (verdict.grade.value, verdict.reason.value) == ("unverifiable", "unsigned")
