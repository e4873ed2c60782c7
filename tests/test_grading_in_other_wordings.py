"""Grading where a review words the outcome in ways the bundled reports do not: each case a plan sentence and the
review sentence an auditor reads it against, in a corpus of two reports, and the grade the auditor gives.

The sentences are written as county, city and provincial reports of every decade word them (the phrases each rule
of reading was learnt from); the grade is what the review says, never what the engine happened to give.
"""

import datetime
from decimal import Decimal

import pytest

from written_reports import write_reports

from pledgetrack import Pledge, audit, build_rules
from pledgetrack.rules import Grade, Kind

AS_OF = datetime.date(2026, 12, 7)


def graded(tmp_path, plan: str, review: str, quote: str, evidence: list[str], year: int = 2015, **more):
    """The verdict of a four-line rule on ``quote`` (in ``plan``, the plan of ``year``) against ``review``, with
    ``more`` of the rule's fields (its ``target`` where the quote holds several figures)."""
    corpus = write_reports(tmp_path, {
        "plan": (year - 1, f"一、{year - 1}年工作回顾\n全年工作顺利完成。\n二、{year}年工作安排\n{plan}\n"),
        "review": (year, f"一、{year}年工作回顾\n{review}\n二、{year + 1}年工作安排\n继续努力。\n")})
    rules = build_rules([Pledge(id="x", year=year, quote=quote, evidence=evidence, **more)], corpus)
    [verdict] = audit(corpus, rules, as_of=AS_OF)
    return verdict


def milestone(tmp_path, quote: str, review: str, evidence: list[str]):
    """The verdict of a four-line milestone rule on ``quote``, a sentence of the plan, against ``review``."""
    return graded(tmp_path, quote + "。", review, quote, evidence, kind=Kind.MILESTONE)


@pytest.mark.parametrize("plan, review, quote, evidence, grade", [
    # a 其中 clause naming only a part of the territory counts the thing before in that part
    ("中心城区新增公园绿地500万平方米。", "全市新增公园绿地980万平方米，其中中心城区520万平方米。",
     "中心城区新增公园绿地500万平方米", ["中心城区", "新增公园绿地"], Grade.MET),
    # a comma grouping thousands ends no clause: the rural figure is the farmers' own
    ("农村居民人均纯收入增长12%。", "城镇居民人均可支配收入25,216元、农村居民人均纯收入8,332元，分别增长9.8%和12.9%。",
     "农村居民人均纯收入增长12%", ["农村居民人均纯收入"], Grade.MET),
    # a mark passed (台阶) is the subject's, and the growth after it too
    ("地区生产总值增长7.5%左右。", "全市地区生产总值10058.6亿元，首次迈上万亿元台阶，增长7.6%。",
     "地区生产总值增长7.5%左右", ["地区生产总值"], Grade.MET),
    # a cause said between the revenue and its fall names nothing: the fall is the revenue's
    ("一般公共预算收入增长4%。", "一般公共预算收入4.05亿元，受减税降费等因素影响下降1.7%，剔除政策性减收因素同口径增长3.9%。",
     "一般公共预算收入增长4%", ["一般公共预算收入"], Grade.MISSED),
    # a length in Chinese numerals is a figure
    ("新修、改建公路八十公里。", "新修、改建公路九十二公里，其中新铺柏油路二十八公里。",
     "新修、改建公路八十公里", ["新修、改建公路"], Grade.EXCEEDED),
    # counts listed before one noun share it: the people's count is the pledge's first figure
    ("解决三万人、二万头大牲畜的饮水困难。", "人畜饮水工程解决了二万六千人、二万四千头大牲畜的饮水困难。",
     "解决三万人、二万头大牲畜的饮水困难", ["饮水困难"], Grade.MISSED),
    # output grows at comparable prices: the change at current prices beside it is no growth of it
    ("全区国内生产总值增长百分之十四左右。", "全区国内生产总值达到98.6亿元，按当年价格计算比上年增长27.9%，按可比价格计算增长13.2%。",
     "全区国内生产总值增长百分之十四左右", ["国内生产总值"], Grade.MET),
    # 新农村 names a programme, no group of the countryside that the part (其中省级示范村) leaves off
    ("高标准建设省级新农村示范村10个。", "建成省、市级新农村示范村15个，其中省级示范村8个。", "高标准建设省级新农村示范村10个",
     ["示范村"], Grade.MISSED),
    # and a review naming the rate by it is no part of the scheme's rate
    ("新型农村合作医疗参合率稳定在95%以上。", "新农合参合率达到96.8%，人均筹资标准提高到150元。",
     "新型农村合作医疗参合率稳定在95%以上", ["参合率"], Grade.MET),
    # projects finished among those carried out are no count of them, in the clause beside the projects named
    ("全年实施重大项目100个以上。", "全年实施重大项目126个。一批重大项目加快建设，竣工投产亿元以上产业项目41个。",
     "全年实施重大项目100个以上", ["重大项目"], Grade.EXCEEDED),
    # 新农合 is the official short form of 新型农村合作医疗
    ("新型农村合作医疗参合率达到95%。", "新农合参合率达到96.8%。", "新型农村合作医疗参合率达到95%", ["新型农村合作医疗参合率"],
     Grade.MET),
    # a change against last year (比上年) is the year's, in a paragraph about the five years
    ("单位地区生产总值能耗下降3.5%。", "五年来，节能减排任务超额完成。单位地区生产总值能耗比上年下降3.7%，五年累计下降21.6%。",
     "单位地区生产总值能耗下降3.5%", ["单位地区生产总值能耗"], Grade.MET),
    # 万元GDP能耗 is the official 单位地区生产总值能耗 by an older name, either way round and with a shorter keyword
    ("万元GDP能耗下降3.5%。", "单位地区生产总值能耗下降3.8%。", "万元GDP能耗下降3.5%", ["万元GDP能耗"], Grade.MET),
    ("单位地区生产总值能耗下降4%。", "万元地区生产总值能耗下降4.3%，规模以上工业单位增加值能耗下降9.1%。",
     "单位地区生产总值能耗下降4%", ["地区生产总值能耗"], Grade.MET),
    # a harvest's rise in a percentage (增产3.2%) is its growth, not a level of 3.2
    ("粮食总产量增长3%。", "粮食总产量达到52.3万吨，比上年增产3.2%。", "粮食总产量增长3%", ["粮食总产量"], Grade.MET),
    # a clause naming only a measure (；实现利税…) measures the thing before: the enterprises' profits and taxes
    ("乡镇企业实现利税3亿元。", "全县乡镇企业完成总产值50亿元，比上年增长20%；实现利税2.6亿元。", "乡镇企业实现利税3亿元",
     ["乡镇企业", "利税"], Grade.MISSED),
    # value added (增加值) is a level of the industry before it, not an increase of its output, and the name the
    # reading gives it (工业增加值) finds it though no clause writes it whole
    ("工业增加值达到25亿元。", "实现工业总产值80亿元，增加值28亿元。", "工业增加值达到25亿元", ["工业增加值"], Grade.EXCEEDED),
    # a clause opening with the whole year before its deed (全年完成…) goes on about the subject before
    ("外贸出口增长5%。", "外贸出口扭转了上年的徘徊局面，全年完成1.32亿美元，比上年增长10.2%。", "外贸出口增长5%", ["外贸出口"],
     Grade.EXCEEDED),
    # the budget's revenue by its name of before 2011 (一般预算收入) is the 公共财政预算收入 of 2011–2014
    ("区级公共财政预算收入增长12%。", "区级一般预算收入39.0亿元，增长10.8%。", "区级公共财政预算收入增长12%",
     ["区级", "公共财政预算收入"], Grade.MISSED),
    # 农网 is the rural grid (农村电网)
    ("今年完成40个乡镇的农村电网改造。", "农村电网改造全面铺开，完成46个乡镇的农网改造任务。", "今年完成40个乡镇的农村电网改造",
     ["农村电网改造"], Grade.EXCEEDED),
    # the investment the projects counted before completed (，完成投资38.6亿元) is theirs
    ("实施重点项目130个以上，完成投资45亿元以上。", "全年实施重点项目128个，完成投资38.6亿元，其中新开工项目63个。",
     "完成投资45亿元以上", ["重点项目", "投资"], Grade.MISSED),
    # projects' whole cost (总投资) is no year's investment done
    ("建设总投资超过600亿元的重点项目。", "抓好年度79个重点项目，完成投资238亿元。", "建设总投资超过600亿元的重点项目",
     ["重点项目"], Grade.UNVERIFIABLE),
    # the aim restated (我们提出把…控制在百分之八以内) is no outcome; the actual rise after it is
    ("零售物价总水平上涨幅度控制在百分之八以内。", "去年年初我们提出把零售物价总水平上涨幅度控制在百分之八以内，实际上涨了百分之十三点六。",
     "零售物价总水平上涨幅度控制在百分之八以内", ["零售物价"], Grade.MISSED),
    # the set restated (15件…中) is the pledge; the count after it is the outcome
    ("继续办好15件为民办实事项目。", "15件为民办实事项目中，14件全面完成，城区公共停车场建设项目因用地调整未能如期完成。",
     "继续办好15件为民办实事项目", ["为民办实事项目"], Grade.MISSED),
    # the natural basis (按自然口径计算) is said of the subject: its fall is the revenue's
    ("一般公共预算收入增长5%。", "一般公共预算收入36.5亿元，按自然口径计算下降3.4%，扣除留抵退税因素后同口径增长5.3%。",
     "一般公共预算收入增长5%", ["一般公共预算收入"], Grade.MISSED),
    # one thing's size said inside its name (第一台二十万千瓦机组) names the same thing
    ("丹州发电厂二期工程第一台机组年内并网发电。", "丹州发电厂二期工程第一台二十万千瓦机组于十一月二十八日并网发电。",
     "丹州发电厂二期工程第一台机组年内并网发电", ["丹州发电厂二期工程第一台机组"], Grade.MET),
    # the subject a figure-less opening clause names is the subject of the measures after it: the enterprises' value
    # added, not their output
    ("乡镇企业增加值增长15%。", "乡镇企业在结构调整中保持增长，全年实现总产值284.7亿元，增长16.2%；完成增加值68.2亿元，"
     "增长13.1%，低于年初预期目标。", "乡镇企业增加值增长15%", ["乡镇企业"], Grade.MISSED),
    # people counted at the deed said of them (2.1万名下岗职工实现再就业), beside a matter of weight (一件大事), no count
    ("全年实现下岗职工再就业1.5万人以上。", "全市上下把下岗职工基本生活保障和再就业工作当作一件大事来抓。全年有2.1万名下岗职工"
     "实现再就业。", "全年实现下岗职工再就业1.5万人以上", ["再就业"], Grade.EXCEEDED),
    # the exports given after the trade (其中出口) are the trade's exports (外贸出口), found by the reading's name
    ("外贸出口增长22%。", "外贸进出口总额118.6亿美元，增长24.2%，其中出口72.3亿美元，增长21.0%。", "外贸出口增长22%",
     ["外贸出口"], Grade.MISSED),
    # new and improved area summed (新增和改善) is no new area alone
    ("新增有效灌溉面积5万亩。", "新增和改善灌溉面积12万亩。", "新增有效灌溉面积5万亩", ["灌溉面积"], Grade.UNVERIFIABLE),
    # the county towns (县城) are a part of the towns and cities from them up (县城以上城市)
    ("县城以上城市污水处理率达到60%。", "设区城市污水处理率达到71%，县城污水处理率达到38%。", "县城以上城市污水处理率达到60%",
     ["污水处理率"], Grade.UNVERIFIABLE),
    # a quarter's growth (一季度…8.9%) is not the year's, and no conflict with it
    ("地区生产总值增长11%左右。", "一季度，受外需不振影响，全区地区生产总值仅增长8.9%。全区实现地区生产总值538.6亿元，"
     "按可比价格计算增长10.6%。", "地区生产总值增长11%左右", ["地区生产总值"], Grade.MET),
    # people taken out of poverty (减少) are not the poor counted otherwise (纳入农村低保)
    ("减少农村贫困人口1.8万人。", "将符合条件的1.06万名农村贫困人口纳入低保，全年减少农村贫困人口2.08万人。",
     "减少农村贫困人口1.8万人", ["农村贫困人口"], Grade.EXCEEDED),
    # solved 基本 (how far) is the same deed, and the trees planted (植树造林) are the forest made (造林)
    ("今年要再解决三十万贫困人口的温饱问题。", "全年有二十四万贫困人口基本解决温饱问题。",
     "今年要再解决三十万贫困人口的温饱问题", ["温饱"], Grade.MISSED),
    ("完成造林二百万亩。", "完成植树造林一百八十万亩，只完成计划的百分之九十。", "完成造林二百万亩", ["造林"], Grade.MISSED),
    # a start given per head is the base: the level reached answers
    ("农村低保标准提高到每人每年3400元。", "农村低保标准由每人每年3150元提高到3500元。", "农村低保标准提高到每人每年3400元",
     ["农村低保标准"], Grade.MET),
    # works still being built (新建续建) are no roads opened, nor a part of them: the opened ones answer
    ("建成通车道路40公里。", "新建续建道路72公里，建成通车38公里。", "建成通车道路40公里", ["道路"], Grade.MISSED),
])
def test_an_outcome_worded_otherwise_is_graded_as_an_auditor_reads_it(tmp_path, plan, review, quote, evidence, grade):
    assert graded(tmp_path, plan, review, quote, evidence).grade is grade


@pytest.mark.parametrize("words, target, grade", [(["化学需氧量"], "1.5%", Grade.EXCEEDED),
                                                  (["氮氧化物"], "1.5%", Grade.MISSED)])
def test_a_named_target_of_a_list_keeps_the_lists_direction(tmp_path, words, target, grade):
    # "分别下降1.5%、…": a target named by its figure is a fall, as its list says; a larger fall exceeds it, a rise
    # misses it
    plan = "化学需氧量、二氧化硫、氨氮、氮氧化物排放量分别下降1.5%、1.5%、1.8%和1.5%。"
    review = "化学需氧量、二氧化硫排放量分别下降2.1%和1.9%；受火电装机增加影响，氮氧化物排放量上升0.8%。"
    assert graded(tmp_path, plan, review, plan.rstrip("。"), words, target=target).grade is grade


def test_a_narrower_name_without_one_of_the_pledges_words_is_another_thing_not_a_part(tmp_path):
    # 压减钢铁产能 carries 产能 but not 淘汰落后水泥: another thing, which says nothing of cement
    verdict = graded(tmp_path, "淘汰落后水泥产能50万吨。", "2016年压减钢铁产能130万吨，五年累计淘汰落后水泥、印染、造纸等产能企业326家。",
                     "淘汰落后水泥产能50万吨", ["淘汰落后水泥", "产能"], year=2016)
    assert verdict.grade is Grade.UNVERIFIABLE


@pytest.mark.parametrize("review, grade", [
    # work going on, and the opening expected this year: not done in the year reviewed
    ("新区第一人民医院主体工程完工，正在进行设备安装调试，预计今年上半年投入使用。", Grade.MISSED),
    # opened to patients: in use
    ("新区第一人民医院6月正式开诊。", Grade.MET),
    # by the year's end not completed, for a cause
    ("新区第一人民医院因资金缺口较大，至年底尚未竣工。", Grade.MISSED),
    # not begun as planned, for a cause after a turn (但由于…)
    ("新区第一人民医院完成了征地拆迁和施工招标，但由于配套资金没有及时落实，未能按计划在去年开工。", Grade.MISSED),
])
def test_a_milestone_is_read_done_or_not_from_how_the_review_words_it(tmp_path, review, grade):
    verdict = graded(tmp_path, "新区第一人民医院建成投用。", review, "新区第一人民医院建成投用", ["新区第一人民医院"])
    assert verdict.grade is grade


@pytest.mark.parametrize("plan, grade", [
    # the goal stands under the five years' heading alone: the year's figure says nothing of it
    ("（一）今后五年的主要目标\n森林覆盖率稳定在65%以上。\n（二）今年的重点工作\n加快发展。", Grade.UNVERIFIABLE),
    # and in the year's plan too: a goal of the year as well
    ("（一）今后五年的主要目标\n森林覆盖率稳定在65%以上。\n（二）今年的重点工作\n森林覆盖率稳定在65%以上。", Grade.MET),
])
def test_a_goal_of_the_five_years_is_the_years_too_where_the_years_plan_states_it(tmp_path, plan, grade):
    verdict = graded(tmp_path, plan, "森林覆盖率达到66.8%。", "森林覆盖率稳定在65%以上", ["森林覆盖率"])
    assert verdict.grade is grade


def test_work_going_on_with_its_subject_said_leads_to_the_completion_expected(tmp_path):
    review = "伊德尔乳业10万吨液态奶项目主体工程完工，设备正在安装调试，预计今年上半年投产。"
    verdict = graded(tmp_path, "确保伊德尔乳业10万吨液态奶项目年内建成投产。", review, "确保伊德尔乳业10万吨液态奶项目年内建成投产",
                     ["伊德尔乳业10万吨液态奶项目"], kind=Kind.MILESTONE)
    assert verdict.grade is Grade.MISSED


@pytest.mark.parametrize("review, grade", [
    # each of the things promised built must be stated built: one built and one short of it is not met, and one put
    # off is missed
    ("滨浦实验中学新校舍建成启用，海棠路小学主体结构完工，将于今年秋季开学。", Grade.MISSED),
    ("滨浦实验中学新校舍建成启用，海棠路小学主体结构完工。", Grade.UNVERIFIABLE),  # the second at a stage short of it
    ("滨浦实验中学新校舍和海棠路小学均建成启用。", Grade.MET),
])
def test_a_milestone_of_two_things_is_met_only_where_each_is_stated_done(tmp_path, review, grade):
    quote = "建成滨浦实验中学新校舍和海棠路小学"
    verdict = milestone(tmp_path, quote, review, ["滨浦实验中学新校舍", "海棠路小学"])
    assert verdict.grade is grade


@pytest.mark.parametrize("review, grade", [
    # coverage reached by the management the platform serves builds no platform
    ("全面推开网格化社会管理，划分基础网格856个，网格化管理实现全覆盖。", Grade.UNVERIFIABLE),
    ("网格化社会管理信息平台建成投用，网格化管理实现全覆盖。", Grade.MET),
])
def test_a_reach_said_of_a_programme_states_no_works_promised_built(tmp_path, review, grade):
    quote = "网格化社会管理信息平台年内建成投用"
    verdict = milestone(tmp_path, quote, review, ["网格化"])
    assert verdict.grade is grade


@pytest.mark.parametrize("quote, evidence, review, grade", [
    # a state promised kept is held where the review says it of the thing at a clause's end, with no denial
    ("确保财政收支平衡", ["财政收支"], "全区财政收支平衡，略有结余。", Grade.MET),
    ("确保财政收支平衡", ["财政收支"], "受减收增支因素影响，财政收支平衡压力加大。", Grade.UNVERIFIABLE),  # a topic
    ("确保财政收支平衡", ["财政收支"], "由于减收增支因素较多，财政收支未能实现平衡。", Grade.MISSED),
    ("确保财政收支平衡", ["财政收支"], "全区财政收支任务全面完成。", Grade.UNVERIFIABLE),  # no balance said
    ("城市居民最低生活保障做到应保尽保", ["城市居民最低生活保障", "应保尽保"],
     "城市居民最低生活保障制度进一步完善，保障对象1.6万人，做到了应保尽保。", Grade.MET),
    ("城市居民最低生活保障做到应保尽保", ["城市居民最低生活保障", "应保尽保"],
     "城市居民最低生活保障覆盖面扩大，但尚未做到应保尽保。", Grade.MISSED),
    ("确保离退休人员基本养老金按时足额发放", ["离退休人员基本养老金"],
     "全市离退休人员基本养老金都做到了按时足额发放，没有发生新的拖欠。", Grade.MET),
])
def test_a_state_promised_kept_is_read_from_the_review_saying_it_held(tmp_path, quote, evidence, review, grade):
    verdict = milestone(tmp_path, quote, review, evidence)
    assert verdict.grade is grade


@pytest.mark.parametrize("quote, review, grade", [
    # the approval of the study is a stage short of the start, and the start denied in a later clause with no
    # subject of its own is the works' own
    ("做好鹤鸣水库前期工作，力争年内开工", "鹤鸣水库可行性研究报告获得批复，移民安置规划编制完成。", Grade.UNVERIFIABLE),
    ("建成勐川机场改扩建工程", "勐川机场改扩建工程可行性研究报告获得批复。", Grade.UNVERIFIABLE),
    ("做好鹤鸣水库前期工作，力争年内开工",
     "鹤鸣水库完成可行性研究和初步设计，征地拆迁全面铺开，但受拆迁进度影响，未能按计划年内动工。", Grade.MISSED),
    # the deed named as a noun, and denied after it
    ("做好鹤鸣水库前期工作，力争年内开工", "东津电厂1号机组并网和鹤鸣水库开工均未能按期实现。", Grade.MISSED),
    # done in the year of the report (今年), after the year reviewed; the year's target admitted missed
    ("确保东津电厂1号机组年内并网发电", "东津电厂1号机组去年完成设备安装调试，已于今年1月18日并网发电。", Grade.MISSED),
    ("确保东津电厂1号机组年内并网发电", "东津电厂1号机组完成设备安装调试。", Grade.UNVERIFIABLE),  # a stage short of it
    ("确保东津电厂1号机组年内并网发电", "东津电厂1号机组未能实现去年年底并网发电的目标。", Grade.MISSED),
    # a sentence stating it both done and not (the deed named, then denied) states it not done, whatever others say
    ("确保东津电厂1号机组年内并网发电", "东津电厂1号机组受主设备到货延迟影响，进度滞后。"
     "部分重点项目进度滞后，东津电厂1号机组并网和鹤鸣水库开工均未能按期实现。", Grade.MISSED),
    # a works not carried out (未能按计划实施) is not done
    ("完成滢川大道拓宽改造", "原定的滢川大道拓宽改造工程因资金不到位，未能按计划实施。", Grade.MISSED),
    # a start promised (动工) is stated by the start; the share of the whole works done since says nothing against it
    ("确保鹤翔路快速化改造工程上半年动工", "鹤翔路快速化改造工程于4月动工，目前已完成总工程量的45%。", Grade.MET),
])
def test_the_stage_a_review_states_works_at_is_read_from_the_whole_sentence(tmp_path, quote, review, grade):
    things = ("鹤鸣水库", "东津电厂1号机组", "鹤翔路快速化改造工程", "滢川大道拓宽改造", "勐川机场改扩建工程")
    thing = next(name for name in things if name in quote)
    verdict = milestone(tmp_path, quote, review, [thing])
    assert verdict.grade is grade


@pytest.mark.parametrize("review, grade", [
    # a count of those done is no statement that all were
    ("全年74.5万农村贫困人口实现脱贫，1086个贫困村退出。", Grade.UNVERIFIABLE),
    ("现行标准下农村贫困人口全部实现脱贫。", Grade.MET),
])
def test_a_deed_promised_of_all_is_not_stated_done_by_a_count(tmp_path, review, grade):
    quote = "现行标准下农村贫困人口全部脱贫"
    verdict = milestone(tmp_path, quote, review, ["贫困人口"])
    assert verdict.grade is grade


@pytest.mark.parametrize("review, grade", [
    # done among the years that end with the pledge's: done by its end
    ("五年来，国有企业改革取得决定性进展，省属国有企业改制任务基本完成，95%的企业完成改制。", Grade.MET),
    # not done among them: not said of the pledge's year alone
    ("五年来，省属国有企业改制任务尚未完成。", Grade.UNVERIFIABLE),
])
def test_a_milestone_stated_done_in_the_review_of_the_years_ending_with_its_own_is_met(tmp_path, review, grade):
    quote = "基本完成省属国有企业改制任务"
    verdict = milestone(tmp_path, quote, review, ["省属国有企业改制"])
    assert verdict.grade is grade


@pytest.mark.parametrize("quote, review, grade", [
    # an inspection passed is stated by 通过 before it; awaited, it is not
    ("梅溪县年内通过“两基”验收", "梅溪县顺利通过省“两基”验收。", Grade.MET),
    ("梅溪县年内通过“两基”验收", "梅溪县认真做好迎接“两基”验收的各项准备。", Grade.UNVERIFIABLE),
    # two places promised to pass: one passed and the other put off is missed
    ("梅溪、芦田两县年内通过“两基”验收", "芦田县通过了省“两基”验收；梅溪县由于资金缺口大，“两基”验收推迟。", Grade.MISSED),
])
def test_an_inspection_promised_passed_is_read_from_the_review(tmp_path, quote, review, grade):
    verdict = milestone(tmp_path, quote, review, ["两基"])
    assert verdict.grade is grade


@pytest.mark.parametrize("plan, grade", [
    # the sentence sets the target for a later year before the quote: the year's level below it leaves time
    ("确保到2025年，全镇农村居民人均可支配收入突破5万元，规上工业总产值突破45亿元。", Grade.UNVERIFIABLE),
    # and without that frame the same target is the year's, and missed
    ("全镇农村居民人均可支配收入突破5万元，规上工业总产值突破45亿元。", Grade.MISSED),
])
def test_a_period_the_plans_sentence_sets_before_the_quote_is_the_targets(tmp_path, plan, grade):
    verdict = graded(tmp_path, plan, "全镇农村居民人均可支配收入达到44660元，增长6.8%。", "全镇农村居民人均可支配收入突破5万元",
                     ["农村居民人均可支配收入"], year=2024)
    assert verdict.grade is grade


def test_things_named_by_examples_closed_with_deng_are_the_whole(tmp_path):
    # 林果、蔬菜、食用菌等 name examples of the crops, no part of them and no other things summed
    verdict = graded(tmp_path, "力争高效经济作物面积达到22万亩。", "林果、蔬菜、食用菌等高效经济作物面积扩大到21万亩。",
                     "力争高效经济作物面积达到22万亩", ["高效经济作物面积"])
    assert (verdict.grade, verdict.outcome) == (Grade.MISSED, Decimal("210000"))


@pytest.mark.parametrize("plan, review, quote, evidence, grade", [
    # the poor taken out of poverty are the poor reduced, and mines closed the mines closed and withdrawn
    ("今年减少农村贫困人口70万人。", "全年74.5万农村贫困人口实现脱贫，1086个贫困村退出。", "今年减少农村贫困人口70万人",
     ["贫困人口"], Grade.MET),
    ("关闭退出煤矿50处以上。", "全年压减钢铁产能320万吨，关闭煤矿63处。", "关闭退出煤矿50处以上", ["煤矿"], Grade.EXCEEDED),
    # a title won (新创成) is the one promised created (创建)
    ("创建省级高标准生活垃圾分类示范村3个。", "新创成省级高标准生活垃圾分类示范村2个，累计达到4个。",
     "创建省级高标准生活垃圾分类示范村3个", ["垃圾分类示范村"], Grade.MISSED),
    # works named one by one before their count are begun by the deed before them
    ("新开工中型水库2座。", "开工建设大坪、龙潭2座中型水库。", "新开工中型水库2座", ["中型水库"], Grade.MET),
])
def test_a_deed_a_review_words_otherwise_is_the_pledged_deed(tmp_path, plan, review, quote, evidence, grade):
    assert graded(tmp_path, plan, review, quote, evidence).grade is grade


@pytest.mark.parametrize("plan, review, quote, evidence, outcome", [
    # figures listed again after a 分别 list, in a clause naming only their change, are the same items' in order
    ("农村居民人均可支配收入增长8.5%。", "城镇、农村居民人均可支配收入分别达到39280元、17110元，增长7.9%、9.1%。",
     "农村居民人均可支配收入增长8.5%", ["农村居民人均可支配收入"], (Grade.MET, Decimal("9.1"))),
    # a rise of the real thing promised (实际收入) is its real rise, not the rise in current prices
    ("使职工实际收入有所增长。", "职工人均收入8120元，比上年增长18.6%，扣除物价因素，实际增长3.2%。", "使职工实际收入有所增长",
     ["职工人均收入"], (Grade.MET, Decimal("3.2"))),
])
def test_the_figure_an_auditor_cites_is_the_pledged_items_and_kind(tmp_path, plan, review, quote, evidence, outcome):
    verdict = graded(tmp_path, plan, review, quote, evidence)
    assert (verdict.grade, verdict.outcome) == outcome


def test_a_size_that_picks_the_things_counted_is_no_target_of_its_own(tmp_path):
    # 亿元以上 picks the projects the 40 counts: the pledge is the 40 alone, and no 1亿元 is graded beside it
    verdict = graded(tmp_path, "新开工亿元以上项目40个。", "全年新开工亿元以上项目46个。", "新开工亿元以上项目40个",
                     ["亿元以上项目"])
    assert (verdict.grade, verdict.outcome, verdict.rule.also) == (Grade.EXCEEDED, Decimal("46"), ())


@pytest.mark.parametrize("plan, review, quote, evidence", [
    # school places counted for schools built; firms being prepared for a listing for listed firms
    ("新建改扩建中小学15所。", "新建改扩建幼儿园47所，新增中小学学位1.8万个。", "新建改扩建中小学15所", ["中小学"]),
    ("新增上市公司2家。", "泓达新材首发上市申请获深交所受理，3家企业进入上市辅导期。", "新增上市公司2家", ["上市"]),
    # an average per village for a floor of every village's
    ("所有村集体经营性收入达到150万元以上。", "村均集体经营性收入达到286万元。", "所有村集体经营性收入达到150万元以上",
     ["集体经营性收入"]),
    # projects carried out (实施…，其中亿元以上项目35个) for projects brought in; the size in the name (亿元以上) no target
    ("全年引进亿元以上项目20个。", "全年实施500万元以上项目248个，其中亿元以上项目35个。", "全年引进亿元以上项目20个",
     ["亿元以上项目"]),
])
def test_a_count_of_another_thing_named_with_the_pledges_word_settles_nothing(tmp_path, plan, review, quote, evidence):
    assert graded(tmp_path, plan, review, quote, evidence).grade is Grade.UNVERIFIABLE


@pytest.mark.parametrize("quote, evidence, review", [
    # routes opened and routes changed counted together
    ("新开公交线路8条", ["公交线路"], "新开和调整公交线路12条，新建公交首末站2个。"),
    # testing rooms in the markets, not markets upgraded
    ("升级改造农贸市场5个", ["农贸市场"], "建成农贸市场快速检测室30个，抽检各类食品3620批次。"),
])
def test_a_figure_of_a_wider_or_another_thing_named_with_the_pledges_word_settles_nothing(tmp_path, quote, evidence,
                                                                                         review):
    assert graded(tmp_path, quote + "。", review, quote, evidence).grade is Grade.UNVERIFIABLE


@pytest.mark.parametrize("quote, review, grade", [
    # works promised begun: their preparation done says nothing of the start; a stage past it proves it
    ("开工建设城东快速路", "城东快速路完成工程可行性研究等前期工作。", Grade.UNVERIFIABLE),
    ("开工建设城东快速路", "城东快速路主体结顶。", Grade.MET),
    # a stage promised, and the works not yet begun: missed
    ("区文化中心主体结构封顶", "区文化中心因规划调整，尚未开工。", Grade.MISSED),
])
def test_a_stage_of_works_is_read_against_the_stages_the_review_states(tmp_path, quote, review, grade):
    verdict = graded(tmp_path, quote + "。", review, quote, [quote.removeprefix("开工建设").removesuffix("主体结构封顶")],
                     kind=Kind.MILESTONE)
    assert verdict.grade is grade


@pytest.mark.parametrize("plan, review, quote, evidence, grade", [
    # what is added to a level per head is its change (增加268元), never the level itself (3512元)
    ("农民人均纯收入增加400元。", "农民人均纯收入3512元，增加268元，增长8.3%。", "农民人均纯收入增加400元", ["农民人均纯收入"],
     Grade.MISSED),
    # the whole stock (茶园总面积) is no year's addition: the new planting answers
    ("新建茶园1.5万亩。", "新植茶园1.62万亩，全县茶园总面积达到7.8万亩。", "新建茶园1.5万亩", ["茶园"], Grade.MET),
    # a level shortened to (由年初的18.5个月缩短到12.3个月) is the level reached
    ("将商品住房去化周期控制在15个月以内。", "商品住房去化周期由年初的18.5个月缩短到12.3个月。", "将商品住房去化周期控制在15个月以内",
     ["商品住房去化周期"], Grade.MET),
])
def test_a_figure_is_read_as_the_measure_the_pledge_promises(tmp_path, plan, review, quote, evidence, grade):
    assert graded(tmp_path, plan, review, quote, evidence).grade is grade


@pytest.mark.parametrize("quote, evidence, grade", [
    # a level the five years reached is the level at their end, the year reviewed: it answers a level promised
    ("研究与试验发展经费投入强度达到1.6%", ["研究与试验发展经费投入强度"], Grade.MISSED),
    # but never what the year was to build: a stock reached is no year's work
    ("建设高标准农田300万亩", ["高标准农田"], Grade.UNVERIFIABLE),
])
def test_a_level_the_five_years_reached_answers_only_a_level_promised(tmp_path, quote, evidence, grade):
    review = "五年来，研究与试验发展经费投入强度由1.21%提高到1.58%，高标准农田达到4808万亩。"
    assert graded(tmp_path, quote + "。", review, quote, evidence).grade is grade


def test_the_year_ahead_said_in_one_review_sentence_dates_that_sentence_only(tmp_path):
    # "…推迟至今年上半年开通。": the sentences after it report the year reviewed again
    review = "地铁3号线二期受疫情影响推迟至今年上半年开通。地铁9号线开工建设。建成快速路31公里。"
    verdict = graded(tmp_path, "建成快速路30公里。", review, "建成快速路30公里", ["快速路"])
    assert verdict.grade is Grade.MET


@pytest.mark.parametrize("review, grade", [
    ("十项民生实事除口袋公园外全部完成。", Grade.UNVERIFIABLE),  # the set restated, all but one done: no count of it
    ("省政府承诺的十项民生实事全部兑现。", Grade.MET),
])
def test_a_set_of_pledges_restated_is_counted_only_where_all_of_it_is_done(tmp_path, review, grade):
    verdict = graded(tmp_path, "今年将实施十项民生实事。", review, "今年将实施十项民生实事", ["民生实事"])
    assert verdict.grade is grade


def test_the_generating_capacity_is_named_by_power_statistics_either_way(tmp_path):
    verdict = graded(tmp_path, "新增发电装机容量400万千瓦。", "新增电力装机346万千瓦。", "新增发电装机容量400万千瓦", ["发电装机容量"])
    assert verdict.grade is Grade.MISSED


def test_the_outcome_is_cited_as_the_review_states_it_and_graded_in_the_pledges_unit(tmp_path):
    # grain pledged in 公斤 and reviewed in 斤: 一百四十五亿斤 is 72.5亿公斤, above 70亿公斤, and is cited as written
    verdict = graded(tmp_path, "粮食总产量达到七十亿公斤。", "粮食总产量达到一百四十五亿斤，比上年增产三亿斤。",
                     "粮食总产量达到七十亿公斤", ["粮食总产量"], year=1992)
    assert (verdict.grade, verdict.outcome, verdict.ratio) == (Grade.MET, Decimal("14500000000"), Decimal("1.036"))


def test_a_road_whose_bed_alone_is_done_is_not_opened(tmp_path):
    # the bed of the works done (路基) and the surface a share: a stage short of the road opened end to end
    verdict = graded(tmp_path, "鹿新二级公路全线贯通。", "鹿新二级公路路基工程全线完成，路面工程完成40%。",
                     "鹿新二级公路全线贯通", ["鹿新二级公路"])
    assert verdict.grade is Grade.UNVERIFIABLE


@pytest.mark.parametrize("plan, review, quote, evidence, grade", [
    # the size that picks the projects counted is a group of its own, either way round
    ("全年新开工亿元以上项目40个。", "全年新开工项目66个，总投资310亿元。", "全年新开工亿元以上项目40个", ["新开工"],
     Grade.UNVERIFIABLE),
    ("全年新开工项目60个。", "新开工亿元以上项目41个，完成投资52亿元。", "全年新开工项目60个", ["新开工"], Grade.UNVERIFIABLE),
    ("全年新开工项目60个。", "新开工亿元以上项目64个，完成投资52亿元。", "全年新开工项目60个", ["新开工"], Grade.MET),
    # the same size however it is written (超百亿元, 超100亿元)
    ("年主营业务收入超百亿元企业达到12家。", "年主营业务收入超100亿元企业新增1家，累计达到13家。",
     "年主营业务收入超百亿元企业达到12家", ["主营业务收入"], Grade.MET),
    # a part of a stock (其中…) is a stock too, and so are the parts listed after it: no year's additions
    ("新增宽带用户3万户。", "宽带用户总数达到41万户，其中光纤用户33万户，移动宽带用户5万户。", "新增宽带用户3万户", ["宽带用户"],
     Grade.UNVERIFIABLE),
    # how many there are by now (已有) is no year's additions either
    ("今年新增通客车行政村30个。", "全县已有186个行政村通客车。", "今年新增通客车行政村30个", ["通客车"], Grade.UNVERIFIABLE),
    # a stock promised (总量) is not answered by the year's new registrations
    ("个体工商户总量突破20万户。", "全年新增个体工商户3.1万户，增长12%。", "个体工商户总量突破20万户", ["个体工商户"],
     Grade.UNVERIFIABLE),
    # one of two things counted together is a part of what was promised
    ("新建、改扩建卫生院和卫生室40所。", "新建改扩建乡镇卫生院19所、村卫生室18所。", "新建、改扩建卫生院和卫生室40所",
     ["卫生院", "卫生室"], Grade.UNVERIFIABLE),
    # the set the count is taken from (…中有…) is no target: the count after it is
    ("确保36户亏损企业中有25户以上扭亏为盈。", "36户亏损企业中已有27户实现扭亏为盈。", "确保36户亏损企业中有25户以上扭亏为盈",
     ["扭亏"], Grade.MET),
    # a part (其中…) of a figure that is itself of a part of the pledged thing is a part too, never the whole
    ("重点项目完成投资90亿元。", "全年86个市县重点项目完成投资97亿元，其中12个市重点项目完成投资40亿元。", "重点项目完成投资90亿元",
     ["重点项目", "完成投资"], Grade.UNVERIFIABLE),
    # …but a part named as the quote narrows the thing is the pledged thing itself
    ("今年解决人均8平方米以下困难户600户。", "全年解决城镇住房困难户950户，其中人均8平方米以下困难户640户。",
     "今年解决人均8平方米以下困难户600户", ["困难户"], Grade.MET),
    # the target restated (年初计划启动的3个…中) is no outcome
    ("启动3个旧村改造项目。", "年初计划启动的3个旧村改造项目中，东岙、后埔2个项目正式启动。", "启动3个旧村改造项目", ["旧村改造"],
     Grade.UNVERIFIABLE),
    # firms put on a list on the way to a listing are no listings
    ("推动3家企业上市。", "新增4家企业列入市重点上市后备企业。", "推动3家企业上市", ["上市"], Grade.UNVERIFIABLE),
])
def test_a_figure_of_another_group_or_measure_than_the_pledges_settles_nothing(tmp_path, plan, review, quote, evidence,
                                                                              grade):
    assert graded(tmp_path, plan, review, quote, evidence).grade is grade


@pytest.mark.parametrize("review, grade", [
    # money spent on the works is no stage of them done
    ("城北污水处理厂开工建设，完成投资1.2亿元。", Grade.UNVERIFIABLE),
    # one review sentence says the works done, another that they missed the plan: no finding either way
    ("城北污水处理厂建成投入运行。城北污水处理厂、垃圾中转站等项目没有完成年初计划。", Grade.UNVERIFIABLE),
    # a part of them done (完成厂区和配套管网建设) and the works said to miss the plan: missed
    ("城北污水处理厂完成厂区和配套管网建设。城北污水处理厂、垃圾中转站等项目没有完成年初计划。", Grade.MISSED),
    ("城北污水处理厂建成投入运行。", Grade.MET),
])
def test_a_milestone_is_met_only_where_the_review_states_the_works_done_and_nowhere_not(tmp_path, review, grade):
    assert milestone(tmp_path, "城北污水处理厂年底前建成", review, ["城北污水处理厂"]).grade is grade


def test_a_goal_of_another_period_is_unverifiable_for_its_period_whatever_the_review_says(tmp_path):
    # the review of 2015 names no expressway at all: still the goal is for 2017, and that is what the reader is told
    verdict = graded(tmp_path, "到2017年，全县高速公路通车里程达到300公里。", "全年新建农村公路120公里。",
                     "到2017年，全县高速公路通车里程达到300公里", ["高速公路通车里程"])
    assert verdict.grade is Grade.UNVERIFIABLE and verdict.reason.value == "other_period" and "2017" in verdict.explanation


@pytest.mark.parametrize("plan, review, quote, evidence, grade", [
    # a total named with 总 inside the thing's name (通车总里程) is the thing's total
    ("年底高速公路通车里程达到2400公里。", "新增高速公路通车里程260公里，通车总里程达到2450公里。", "年底高速公路通车里程达到2400公里",
     ["高速公路通车里程"], Grade.MET),
    # a clause naming only the stage after the works counted before it counts those works at that stage
    ("安置住房竣工6000套。", "安置住房开工9200套，竣工5100套。", "安置住房竣工6000套", ["安置住房"], Grade.MISSED),
    ("新开工安置住房6000套。", "安置住房基本建成7400套，新开工6300套。", "新开工安置住房6000套", ["安置住房"], Grade.MET),
    # works carried out are not the works finished, nor are projects signed the projects finished
    ("重大项目年底竣工200个以上。", "实施重大项目640个，完成投资920亿元，竣工171个。", "重大项目年底竣工200个以上", ["重大项目"],
     Grade.MISSED),
    ("竣工投产项目30个。", "全年签约亿元以上项目52个，协议总投资380亿元。", "竣工投产项目30个", ["项目"], Grade.UNVERIFIABLE),
    # another short noun after the pledge's word, in any unit: school repairs (危房) are no school buildings (校舍)
    ("新建改建中小学校舍8万平方米。", "改造中小学危房7.2万平方米。", "新建改建中小学校舍8万平方米", ["中小学"], Grade.UNVERIFIABLE),
    # the length of one road opened (全长142公里) is no count of the roads the year built
    ("新建和改建公路900公里。", "沿江高速公路6月建成通车，全长142公里。", "新建和改建公路900公里", ["公路"], Grade.UNVERIFIABLE),
    # titles newly awarded (新评出) are the ones promised created, not a kind of them
    ("今年新建市级文明村二十个。", "全年新评出市级文明村十六个。", "今年新建市级文明村二十个", ["文明村"], Grade.MISSED),
    # a count of 所 with 以上 after it is a count, no 所以 (therefore)
    ("今年建成乡镇卫生院40所以上。", "建成乡镇卫生院36所。", "今年建成乡镇卫生院40所以上", ["乡镇卫生院"], Grade.MISSED),
])
def test_a_figure_named_or_counted_otherwise_is_read_as_its_thing_and_stage(tmp_path, plan, review, quote, evidence,
                                                                           grade):
    assert graded(tmp_path, plan, review, quote, evidence).grade is grade


@pytest.mark.parametrize("quote, evidence, review, grade", [
    # a zone approved, a tunnel holed through, a list published: deeds done once, stated done by saying them of the thing
    ("力争出口加工区年内获批", ["出口加工区"], "出口加工区正式获批设立，规划面积2.1平方公里。", Grade.MET),
    ("年内地铁2号线一期实现全线洞通", ["地铁2号线一期"], "地铁2号线一期实现全线洞通，地铁3号线开工建设。", Grade.MET),
    # a line's track laid and its systems tested are stages short of the line opened
    ("年内地铁2号线一期开通运营", ["地铁2号线一期"], "地铁2号线一期完成铺轨和机电设备安装，进入联调联试阶段。", Grade.UNVERIFIABLE),
    # a share of the works done (完成70%) by the year's end is the milestone not reached
    ("年内地铁2号线一期实现全线洞通", ["地铁2号线一期"], "地铁2号线一期盾构施工完成70%。", Grade.MISSED),
    ("年内公布区政府权力清单和责任清单", ["权力清单"], "在全市率先公布区政府权力清单和责任清单，清理行政权力事项860项。", Grade.MET),
])
def test_a_deed_done_once_is_read_done_where_the_review_says_it_of_the_thing(tmp_path, quote, evidence, review, grade):
    assert milestone(tmp_path, quote, review, evidence).grade is grade


def test_works_listed_by_their_phase_after_one_deed_and_milestones_approved_are_each_drafted(tmp_path):
    corpus = write_reports(tmp_path, {
        "plan": (2020, "一、2020年工作回顾\n全年工作顺利完成。\n二、2021年工作安排\n开工建设地铁6号线一期、7号线一期工程。"
                       "力争出口加工区年内获批。\n"),
        "review": (2021, "一、2021年工作回顾\n地铁6号线一期开工建设。出口加工区正式获批设立。\n二、2022年工作安排\n"
                         "开工建设地铁7号线一期。\n")})
    from pledgetrack.draft import drafted_book
    graded = {v.rule.pledge.evidence.all: v.grade for v in audit(corpus, drafted_book(corpus, year=2021), as_of=AS_OF)}
    # (7号线 only in the next plan)
    assert graded == {("地铁6号线一期",): Grade.MET, ("7号线一期",): Grade.UNVERIFIABLE, ("出口加工区",): Grade.MET}


@pytest.mark.parametrize("plan, review, grade", [
    # a fall of some size (有所下降) leaves a cut of 15 % open; for a rise promised it is a miss
    ("亏损企业亏损额减少百分之十五。", "亏损企业亏损额有所下降。", Grade.UNVERIFIABLE),
    ("亏损企业亏损额减少百分之十五。", "亏损企业亏损额有所增加。", Grade.MISSED),
    ("亏损企业亏损额减少百分之十五。", "亏损企业亏损额下降百分之十八。", Grade.EXCEEDED),
])
def test_a_change_said_without_its_size_is_read_in_the_direction_promised(tmp_path, plan, review, grade):
    assert graded(tmp_path, plan, review, plan.rstrip("。"), ["亏损额"], year=1997).grade is grade
