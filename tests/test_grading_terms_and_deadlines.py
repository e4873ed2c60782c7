"""Grading where a review words the outcome in ways learnt from a government's term, its firms, its parts and its
deadlines: each case a plan sentence and the review sentence an auditor reads it against, in a corpus of two reports,
and the grade the auditor gives.

The sentences are written as county, city and provincial reports of every decade word them; the grade is what the
review says, never what the engine happened to give.
"""

import pytest

from test_grading_in_other_wordings import graded, milestone

from pledgetrack import Grade, Reason


@pytest.mark.parametrize("plan, review, quote, evidence, grade", [
    # a term of four years (四年来) opens a paragraph of its own years: its total is no conflict with the year's
    ("今年全县造林五万亩。", "全年造林五万三千亩。\n四年来，生产条件明显改善。全县造林二十一万亩，森林覆盖率明显提高。",
     "今年全县造林五万亩", ["造林"], Grade.MET),
    # several years said in a later clause (，近三年累计…) leave the first clause the year's
    ("新改建农村公路600公里。", "新改建农村公路640公里，近三年累计新改建农村公路1900公里。", "新改建农村公路600公里",
     ["农村公路"], Grade.MET),
    # the aspect 了 inside the pledge's words (解决了温饱) is the same words
    ("今年使二千户贫困户解决温饱。", "全年又有二千一百户贫困户解决了温饱。", "今年使二千户贫困户解决温饱", ["解决温饱"],
     Grade.MET),
    # a share of the budget done, between the revenue and its growth, leaves the growth the revenue's
    ("财政收入增长百分之十。", "全县财政收入五千八百万元，完成预算的百分之一百零四，比上年增长百分之十点六。",
     "财政收入增长百分之十", ["财政收入"], Grade.MET),
    # a voltage class (110千伏) is part of the stations' name, no figure
    ("新架10千伏线路80公里。", "新架10千伏线路86公里，新增通电村12个。", "新架10千伏线路80公里", ["10千伏线路"], Grade.MET),
    # places named one by one, as many as counted, are the stations counted, no sum of other things
    ("新建35千伏变电站2座。", "新建的东岭、西岭35千伏变电站2座全部建成投运。", "新建35千伏变电站2座", ["35千伏变电站"],
     Grade.MET),
    # a 其中 part named by a kind and the whole's head (公办学位) is that kind of the whole the quote names
    ("新增公办幼儿园学位3000个。", "新增幼儿园学位4200个，其中公办学位2600个。", "新增公办幼儿园学位3000个",
     ["幼儿园学位", "公办"], Grade.MISSED),
    # 使用外资 is 利用外资 by its name since 2018
    ("实际利用外资5亿美元。", "实际使用外资5.2亿美元，增长6.1%。", "实际利用外资5亿美元", ["利用外资"], Grade.MET),
    # after a ；, works counted at a stage named alone are the projects before at that stage; those carried forward
    # (推进) are not the ones begun
    ("推进棚改项目30个，其中新开工12个。", "全年推进棚改项目31个；新开工9个、竣工6个。", "其中新开工12个", ["棚改项目"],
     Grade.MISSED),
    # the target restated (没有完成20个贫困村出列的年度目标) is no outcome; what the year did altogether is
    ("实现20个贫困村出列。", "全年共有18个贫困村出列，没有完成20个贫困村出列的年度目标。", "实现20个贫困村出列",
     ["贫困村", "出列"], Grade.MISSED),
    ("实现30个贫困村出列。", "受灾情影响，没有完成30个贫困村出列的年度目标。", "实现30个贫困村出列", ["贫困村"],
     Grade.MISSED),
    # firms recognised at more levels (市级以上) say nothing of the provincial ones alone
    ("新增省级农业龙头企业5家。", "新增市级以上农业龙头企业9家。", "新增省级农业龙头企业5家", ["农业龙头企业"],
     Grade.UNVERIFIABLE),
    # a level promised reached is the level the review gives, not what the year added
    ("全镇土地流转面积达到5万亩。", "新增土地流转4000亩，全镇土地流转面积达到5.2万亩。", "全镇土地流转面积达到5万亩",
     ["土地流转"], Grade.MET),
    # the insured area of a crop is no area grown
    ("茶叶种植面积稳定在3万亩以上。", "茶叶种植保险参保面积扩大到1.5万亩，全年理赔120万元。", "茶叶种植面积稳定在3万亩以上", ["茶叶种植"],
     Grade.UNVERIFIABLE),
    # a clause naming its own year after a total of several years is that year's
    ("减少农村贫困人口8万人。", "五年累计减少农村贫困人口30万人，2015年8.2万农村贫困人口实现脱贫。", "减少农村贫困人口8万人",
     ["农村贫困人口"], Grade.MET),
    ("完成农村危房改造1.2万户。", "五年累计完成农村危房改造6万户，其中2015年完成农村危房改造1.3万户。",
     "完成农村危房改造1.2万户", ["农村危房改造"], Grade.MET),
    # a share reached and compared with the year before, in the paragraph of five years, is the year's level
    ("高新技术产业增加值占规模以上工业增加值比重达到41%。",
     "五年来，产业结构持续优化。高新技术产业增加值占规模以上工业增加值比重达到40.2%，比上年提高1.2个百分点。",
     "高新技术产业增加值占规模以上工业增加值比重达到41%", ["高新技术产业增加值"], Grade.MISSED),
    # R&D intensity is the share of output the quote names
    ("研发经费支出占地区生产总值比重达到2.5%。", "研发经费投入强度达到2.6%，高新技术企业达到1200家。",
     "研发经费支出占地区生产总值比重达到2.5%", ["研发经费"], Grade.MET),
    # 中小学校 are the 中小学
    ("新建改扩建中小学80所。", "新建改扩建中小学校86所。", "新建改扩建中小学80所", ["中小学"], Grade.MET),
    # the value added that a kind's firms achieved is the kind's value added
    ("规模以上工业增加值增长10%。", "规模以上工业企业实现工业增加值86亿元，增长8.2%。", "规模以上工业增加值增长10%",
     ["规模以上工业增加值"], Grade.MISSED),
    # the output of places counted (4个镇) is theirs alone, no figure of the whole; all the places a quote names are it
    ("全市生产总值增长9%左右。", "北部4个镇生产总值增长17.1%，高于全市平均水平。", "全市生产总值增长9%左右", ["生产总值"],
     Grade.UNVERIFIABLE),
    ("今年街道财政收入增长百分之二十。", "十个街道实现财政收入2.3亿元，增长19.2%。", "今年街道财政收入增长百分之二十",
     ["街道", "财政收入"], Grade.MISSED),
    # a local government's budget revenue is its local one (地方)
    ("一般公共预算收入增长6%。", "地方一般公共预算收入完成31.2亿元，增长6.4%。", "一般公共预算收入增长6%", ["一般公共预算收入"],
     Grade.MET),
    # the very target restated (去年计划开通的) and stated not done is missed; stated done, met
    ("今年开通2000门程控电话。", "去年计划开通的2000门程控电话，由于设备到货推迟，未能在年内开通。", "今年开通2000门程控电话",
     ["程控电话"], Grade.MISSED),
    ("今年开通2000门程控电话。", "去年计划开通的2000门程控电话已于10月全部开通。", "今年开通2000门程控电话",
     ["程控电话"], Grade.MET),
    ("今年开通2000门程控电话。", "去年计划开通的3000门程控电话，未能在年内开通。", "今年开通2000门程控电话",
     ["程控电话"], Grade.UNVERIFIABLE),
    # a figure promised and the thing denied done (没有完成) is missed; a lag (进度滞后) or a deed put off says less
    ("新建农村户用沼气池20万口。", "十件实事中有八件全面完成，新增廉租住房保障和新建农村户用沼气池两项没有完成。",
     "新建农村户用沼气池20万口", ["沼气池"], Grade.MISSED),
    ("高新技术产业产值比重提高2个百分点。", "高新技术产业产值比重、单位土地产出等指标进度滞后。",
     "高新技术产业产值比重提高2个百分点", ["高新技术产业产值比重"], Grade.UNVERIFIABLE),
    # the share of towns' people is reckoned on residents (常住人口城镇化率); the registered one (户籍) is another
    ("城镇化率提高1.8个百分点。", "常住人口城镇化率达到37.2%，提高1.9个百分点。", "城镇化率提高1.8个百分点", ["城镇化率"],
     Grade.MET),
    ("城镇化率提高1.8个百分点。", "户籍人口城镇化率达到31.2%，提高1.9个百分点。", "城镇化率提高1.8个百分点", ["城镇化率"],
     Grade.UNVERIFIABLE),
    # a programme's name (新型农村合作医疗) is no rural part of its rate
    ("新农合参合率稳定在92%以上。", "新型农村合作医疗参合率达到93.6%，人均筹资标准提高到120元。", "新农合参合率稳定在92%以上",
     ["参合率"], Grade.MET),
    # a net change (净增) is no count of what was added, nor the other way round; bodies newly set up (新设) are added
    ("新认定国家高新技术企业160家。", "国家高新技术企业净增122家、总数达到1248家。", "新认定国家高新技术企业160家",
     ["国家高新技术企业"], Grade.UNVERIFIABLE),
    ("市场主体净增5000户。", "全年新增市场主体8200户。", "市场主体净增5000户", ["市场主体"], Grade.UNVERIFIABLE),
    ("市场主体净增5000户。", "市场主体净增5200户。", "市场主体净增5000户", ["市场主体"], Grade.MET),
    ("新增经营主体1.6万户。", "受消费恢复偏慢影响，新设经营主体1.48万户，低于年初预期。", "新增经营主体1.6万户",
     ["经营主体"], Grade.MISSED),
    # projects brought in are not those begun or finished in the year; they are brought in by contract (签约)
    ("力争新引进亿元以上项目100个。", "全年新开工亿元以上项目205个，竣工投产亿元以上项目174个。",
     "力争新引进亿元以上项目100个", ["亿元以上项目"], Grade.UNVERIFIABLE),
    ("力争新引进亿元以上项目100个。", "全年新签约亿元以上项目104个，新开工亿元以上项目205个。",
     "力争新引进亿元以上项目100个", ["亿元以上项目"], Grade.MET),
    # a price index's rise is the prices' rise
    ("零售物价涨幅控制在百分之十以内。", "全年零售物价总指数上涨百分之二点八，是近几年来涨幅最低的一年。", "零售物价涨幅控制在百分之十以内",
     ["零售物价"], Grade.MET),
    ("居民消费价格涨幅控制在3%左右。", "居民消费价格指数上涨3.6%。", "居民消费价格涨幅控制在3%左右", ["居民消费价格"],
     Grade.MISSED),
    # a kind named as an example of the kinds counted (黑土滩等各类退化草地) is no figure of that kind
    ("治理黑土滩退化草地8万亩。", "黑土滩等各类退化草地治理12.6万亩。", "治理黑土滩退化草地8万亩", ["黑土滩"], Grade.UNVERIFIABLE),
    # ... but a list closed by 等 after a count counts those things
    ("新建口袋公园80个。", "五大道公园、设计公园和85个口袋公园等建成开放。", "新建口袋公园80个", ["口袋公园"], Grade.MET),
    # contracts newly signed (新签) are the year's contracted foreign investment
    ("合同利用外资增长15%。", "新签合同外资3.2亿美元，增长16.1%。", "合同利用外资增长15%", ["合同外资"], Grade.MET),
    # a rate named alone after the scheme's clause, as the quote names it after the same scheme, is the scheme's
    ("全面实施城乡居民社会养老保险制度，参保率达到85%。", "城乡居民社会养老保险制度全面实施，参保率达到88.6%。",
     "全面实施城乡居民社会养老保险制度，参保率达到85%", ["城乡居民社会养老保险"], Grade.MET),
    # how many there are by now (已有) is no year's count
    ("引导2000户农户迁入集中居住区。", "全县已有4300户农户迁入集中居住区。", "引导2000户农户迁入集中居住区", ["迁入集中居住区"],
     Grade.UNVERIFIABLE),
    ("今年新建绿道30公里。", "全市已有绿道186公里。", "今年新建绿道30公里", ["绿道"], Grade.UNVERIFIABLE),
    # ... but answers a level promised, in the review of five years too: it stands at the reviewed year's end
    ("通客车的行政村达到180个。", "五年来，农村面貌明显改善。全县已有186个行政村通客车。", "通客车的行政村达到180个",
     ["通客车"], Grade.MET),
    # a stock promised (总量) is no year's additions, even with no word of reaching it
    ("确保个体工商户总量20万户。", "全年新增个体工商户3.1万户，增长12%。", "确保个体工商户总量20万户", ["个体工商户"],
     Grade.UNVERIFIABLE),
    # new and adjusted routes counted together are no new routes alone
    ("新开辟公交线路5条。", "新开辟和调整公交线路8条。", "新开辟公交线路5条", ["公交线路"], Grade.UNVERIFIABLE),
    # money from outside the city is not the money from outside the region promised
    ("全年引进区外到位资金300亿元。", "全年引进市外到位资金338亿元。", "全年引进区外到位资金300亿元", ["到位资金"],
     Grade.UNVERIFIABLE),
    # the population's natural growth (人口自然增长率) is the natural growth a plan caps
    ("自然增长率控制在千分之十二以内。", "全县人口出生率为千分之十八，自然增长率千分之十一点六。", "自然增长率控制在千分之十二以内",
     ["自然增长率"], Grade.MET),
    # loss-makers turned round (扭亏为盈) are no count of loss-makers reduced, the deed said after the word
    ("亏损企业减少三十户。", "全年有31户亏损企业扭亏为盈，同时又新增亏损企业6户。", "亏损企业减少三十户", ["亏损企业"],
     Grade.UNVERIFIABLE),
    # one firm named as the subject (北方制药集团克服…) is the subject of the figures after it
    ("工业企业实现利税增长百分之十五。", "北方制药集团克服市场竞争加剧的不利影响，实现利税1.8亿元，增长12.5%。",
     "工业企业实现利税增长百分之十五", ["利税"], Grade.UNVERIFIABLE),
    # a task said done is done at least to its size: short of the plan it leaves the outcome open, above it reached
    ("推广测土配方施肥50万亩。", "圆满完成40万亩测土配方施肥任务。", "推广测土配方施肥50万亩", ["测土配方施肥"],
     Grade.UNVERIFIABLE),
    ("推广测土配方施肥50万亩。", "圆满完成52万亩测土配方施肥任务。", "推广测土配方施肥50万亩", ["测土配方施肥"], Grade.MET),
])
def test_a_figure_read_by_its_term_part_or_level_is_graded_as_the_review_says(tmp_path, plan, review, quote, evidence,
                                                                             grade):
    assert graded(tmp_path, plan, review, quote, evidence).grade is grade


@pytest.mark.parametrize("quote, evidence, review, grade", [
    # the start in any of its words: 破土动工 is 开工
    ("县酒厂年内开工建设", ["县酒厂"], "县酒厂于五月破土动工，完成投资八十万元。", Grade.MET),
    # a section of the road opened is no whole line opened
    ("环城北路全线建成通车", ["环城北路"], "环城北路东段建成通车，西段进入路面施工阶段。", Grade.UNVERIFIABLE),
    # ... and with the rest still being built, the whole line was not opened
    ("环城北路全线建成通车", ["环城北路"], "环城北路东段建成通车，西段正在加紧施工。", Grade.MISSED),
    # done after the month promised inside the year is missed, done before it met
    ("环湖公路上半年开工建设", ["环湖公路"], "环湖公路于10月开工建设。", Grade.MISSED),
    ("环湖公路上半年开工建设", ["环湖公路"], "环湖公路于4月开工建设。", Grade.MET),
    # the month in Chinese digits, with the year and day in them too
    ("县水泥厂五月底前建成投产", ["县水泥厂"], "县水泥厂于一九九四年十一月二十日建成投产。", Grade.MISSED),
    ("县水泥厂十月底前建成投产", ["县水泥厂"], "县水泥厂于九月建成投产。", Grade.MET),
    # a clause opening with the day it was done, of the year reviewed (于去年十月一日), goes on about the works
    ("蓼河大桥年内建成通车", ["蓼河大桥"], "全市人民期盼多年的蓼河大桥，于去年十月一日建成通车。", Grade.MET),
    # the main structure finished and the rest still being built is not done
    ("市人民医院病房楼年内竣工", ["市人民医院病房楼"], "市人民医院病房楼主体工程完工，正在进行内部装修。", Grade.MISSED),
    ("城区自来水二期工程年内开工", ["城区自来水二期"], "城区自来水二期工程已于九月开工，目前正在进行输水管道铺设。", Grade.MET),
    # the opening put off (顺延) is not done
    ("确保地铁5号线城东段年内开通试运营", ["地铁5号线城东段"],
     "地铁5号线城东段轨道全线贯通，受设备联调进度影响，开通时间顺延至2016年。", Grade.MISSED),
    # a rank promised kept is stated by a ranking, not by a deed done (出台…)
    ("在全市营商环境评价中保持第一方阵", ["营商环境"], "出台优化营商环境“棠溪30条”，上线重点事项22个。", Grade.UNVERIFIABLE),
    # equipment put in is a stage short of the works, however said
    ("县自来水厂年内建成投产", ["县自来水厂"], "县自来水厂设备安装调试已竣工。", Grade.UNVERIFIABLE),
    # money spent (完成全年投资计划) is no stage of the works done
    ("城北污水处理厂年底前建成", ["城北污水处理厂"], "城北污水处理厂开工建设，完成全年投资计划。", Grade.UNVERIFIABLE),
    # a line's track laid (铺轨完成) is a stage short of the line opened
    ("地铁3号线年内建成通车", ["地铁3号线"], "地铁3号线全线铺轨完成，进入联调联试阶段。", Grade.UNVERIFIABLE),
    # a span closed (合龙) and an airport opened to flights (通航) are deeds done once
    ("确保东澜湾跨海大桥主桥合龙", ["东澜湾跨海大桥主桥"], "东澜湾跨海大桥主桥于11月顺利合龙。", Grade.MET),
    ("临沅机场年内通航", ["临沅机场"], "临沅机场正式通航，开通航线6条。", Grade.MET),
    # 完成 with a thing of its own done (轨道铺设, 历史建筑修缮) says nothing of the works opened; of their task it does
    ("地铁4号线年内建成通车", ["地铁4号线"], "地铁4号线全线洞通，完成轨道铺设。", Grade.UNVERIFIABLE),
    ("地铁4号线年内建成通车", ["地铁4号线"], "地铁4号线全线洞通，完成了轨道铺设。", Grade.UNVERIFIABLE),
    ("老街历史街区更新一期建成开街", ["老街历史街区"], "老街历史街区更新一期完成历史建筑修缮42处。", Grade.UNVERIFIABLE),
    ("县城污水处理厂年内建成", ["县城污水处理厂"], "县城污水处理厂完成年度建设任务，投入试运行。", Grade.MET),
    # a clause opening on the year after the one reviewed (今年) puts the works off
    ("城区第二水厂扩建工程年内投入使用", ["城区第二水厂"], "城区第二水厂扩建工程主体完工，今年上半年可投入使用。",
     Grade.MISSED),
    # a clause opening with the month and the ground broken goes on about the works before it
    ("龙口水库年内动工兴建", ["龙口水库"], "龙口水库完成了勘测设计和征地工作，于十月破土动工。", Grade.MET),
    # levels listed before the inspection passed (省、地) are its own words
    ("确保年内通过普及初等教育验收", ["普及初等教育"], "全县顺利通过了省、地普及初等教育评估验收。", Grade.MET),
    # prices opened (放开) is a deed done once
    ("年内全面放开粮食购销价格", ["粮食购销"], "粮食购销价格全面放开，粮食流通渠道进一步搞活。", Grade.MET),
    # a goal given years (用三年左右时间) is settled by no one year's deeds
    ("用三年左右时间，使全市大多数亏损企业摆脱困境", ["亏损企业"], "全年有11户亏损企业实现扭亏，摆脱困境。", Grade.UNVERIFIABLE),
])
def test_a_milestone_is_read_by_its_words_its_parts_and_its_deadline(tmp_path, quote, evidence, review, grade):
    assert milestone(tmp_path, quote, review, evidence).grade is grade


def test_a_milestone_due_a_later_year_is_not_missed_in_its_plans_year(tmp_path):
    verdict = milestone(tmp_path, "跨江大桥确保2016年建成通车", "跨江大桥主体工程完成65%，预计明年建成通车。", ["跨江大桥"])
    assert verdict.grade is Grade.UNVERIFIABLE and verdict.reason is Reason.OTHER_PERIOD and "2016" in verdict.explanation


def test_a_five_year_goal_quoted_as_the_report_writes_it_is_read_for_its_period(tmp_path):
    # (the report writes its figures full-width, and so does the rule's quote)
    verdict = graded(tmp_path, "“十五”期间的主要奋斗目标是：到２００５年，全区国内生产总值达到１１０亿元。",
                     "全区国内生产总值达到７４．６亿元，增长９．３％。", "国内生产总值达到１１０亿元", ["国内生产总值"], year=2001)
    assert verdict.grade is Grade.UNVERIFIABLE and verdict.reason is Reason.OTHER_PERIOD
