"""The word lists drafting chooses evidence words by, and that both drafting and grading read names with: grammar (general Chinese, or how official statistics word
a figure), official terms (names every government uses alike), and measured lists (chosen by counting in
reports, tested on reports they were not drawn from: tests/test_draft_words.py).

>>> "新建" in VERBS, "比重" in GENERIC
(True, True)
"""

from __future__ import annotations

import re

# Where each word list comes from. Grammar: general Chinese, or how official statistics word a figure.
# Official terms: names every government uses alike. Measured: chosen by counting in reports, and
# tested on reports they were not drawn from (tests/test_draft_words.py, tests/corpora/provinces-and-cities).

# Grammar: words that lead up to a figure without naming what it measures (qualifiers, verbs of
# change, adverbs of time, the whole of a government's territory: 全区, 全市 …), longest first.
LEAD_INS = sorted((
    "不少于", "不低于", "不超过", "不高于", "控制在", "保持在", "稳定在", "提高到", "提高至", "提升至", "提升到",
    "增至", "增加到", "增加至", "增长到", "增长至", "增长", "下降", "提高", "降低", "减少", "增加", "达到", "突破",
    "超过", "力争", "争取", "确保", "实现", "完成",
    "全年", "全区", "全市", "全省", "全国", "全县", "全州", "全旗", "全盟", "全镇", "全乡", "年内", "一年来", "以上",
    "国内外", "海内外",  # (visitors from at home and abroad: all of them)
    "左右", "以内", "至少", "累计", "分别", "均为",
    # the government's own territory, as its reports call it (我市地区生产总值 is the city's), and being first
    "我省", "我市", "我区", "我县", "我州", "我旗", "本省", "本市", "本区", "本县", "辖区内", "范围内", "率先",
    "合计", "目前", "截至目前", "今年以来",
    "预期", "要", "均", "努力", "预计", "全面", "今年", "当年", "明年", "由", "定为", "净增",
    "达", "超", "约", "为", "在", "至", "到", "再", "按", "可比口径", "可比", "同口径", "拟", "共", "等",
    # a comparison with last year ("工商业电价较上年下降3分/千瓦时") is no part of the indicator's name
    "较上年", "比上年", "较去年", "比去年",
), key=len, reverse=True)
# Grammar: verbs and adverbs that open a clause before the measured noun ("新建", "举办", "加快").
VERBS = sorted((
    "新建成", "新建", "新增", "新开工", "新引进", "新认定", "新改建", "建设", "建成", "打造", "推进", "推动", "实施", "开展",
    "组织", "举办", "引进", "引入", "落地", "培育", "提供", "发放", "解决", "完成", "启动", "改造", "更新", "创建",
    "新缔结", "缔结", "孵化", "招引", "带动", "培训", "帮扶", "安排", "供应", "压减", "退出", "减少", "再", "持续",
    "加快", "加强", "深化", "扎实", "积极", "大力", "全力", "统筹", "有序", "高质量", "高标准", "高水平", "探索", "谋划",
    "继续", "成功", "开工", "改扩建", "改建", "扩建", "招商引资",
    # adverbs of order, time and manner a review opens a deed with (先后建成, 如期完成, 已建成, 精心打造)
    "先后", "陆续", "相继", "顺利", "圆满", "如期", "提前", "又", "已", "已经", "进一步", "着力", "精心",
    "落成", "投用", "投入使用", "投产", "竣工", "完工", "促进",
    # (titles newly awarded: 新评出市级文明村三十二个; a capacity formed: 形成日供水五万吨的能力)
    "新评出", "评出", "新评", "形成", "接待",
    # (works built and a way of farming spread: 兴修水平梯田, 推广地膜覆盖)
    "兴修", "新修", "推广", "新打",
    # (bodies newly set up and registered: 新设经营主体1.48万户, 新登记市场主体)
    "新设", "新登记", "新注册",
    "新签",  # (contracts newly signed: 新签合同外资, the 合同外资 of the year)
), key=len, reverse=True)
# Measured: nouns and verbs too common to find one pledge's outcome by; each stands in at least four
# reports of five of tests/corpora/provinces-and-cities (tests/test_draft_words.py).
COMMON_WORDS = frozenset((
    "项目", "建设", "工作", "推进", "服务", "企业", "活动", "完成", "实现", "新增", "新建", "增长", "提升",
    "改造", "工程", "社区", "重点", "全年", "年度", "计划", "投资", "发展", "开展", "打造", "推动", "达到", "以上",
    "产业", "群众", "城市", "中心", "举办", "组织", "提供", "下降",
))
# Grammar: the whole of a government's territory, the halves of 不少于, online-and-offline; official
# statistics: measures (比重, 总量 …) that say how much, not of what, and GDP, which stands inside
# other indicators' names (单位GDP能耗).
GENERIC = COMMON_WORDS | frozenset((
    "全区", "全市", "全省", "全国", "全县", "不少", "少于", "线上线下",
    "规模", "总额", "水平", "能力", "质量", "收入", "GDP", "增加值", "比重", "总量", "面积", "人数", "数量",
    "占比", "比例",  # official statistics: a share says how much, not of what
    "目标", "任务",  # grammar: what a plan sets, not what it is set for
))
RESPECTIVELY = "分别"
COUNTED = re.compile(r"\d[\u4e00-\u9fff]$")  # "3500所村卫生室": a count's classifier
# Grammar: words after which a noun stands free: the lead-ins and verbs, and the determiners that pick
# from a kind (各类, 各级 …).
FREE_BEFORE = tuple(LEAD_INS) + tuple(VERBS) + ("各类", "各种", "各级", "各项", "全部", "所有", "各", "新", "了", "的", "和",
                                                   "与", "及", "其中")
# Grammar: a task named by its deed alone ("8008户改造任务"): what it is done to is the paragraph's topic.
_DEEDS_OF_A_TASK = "(?:改造|建设|搬迁|征收|拆迁|征拆|安置)"
DEED_TASK = re.compile(rf"的?({_DEEDS_OF_A_TASK}(?:[和与及]{_DEEDS_OF_A_TASK})*)(?:的)?任务")
# Grammar: the project a paragraph names (推进…的棚户区改造工程): what the tasks after it are tasks of.
PROJECT = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:工程|项目)")
# Official statistics: the measures named after an indicator: a share of it, and a rate of its change
# (the figure's measure, read by the statements stage, not part of what is measured).
SHARES = ("比重", "占比", "比例")
RATE_NAMES = ("上涨幅度", "增长幅度", "下降幅度", "涨幅", "增幅", "增速")
# Official statistics: residents' and farmers' income are reported per head, as disposable income (since 2013)
# or net income (before): 城乡居民收入 → 城乡居民人均可支配收入, 农民收入 → 农村居民人均纯收入; the growth of
# agricultural and industrial production as that of their value added (or, in older reports, gross output).
REPORTED_AS = (("农民收入", ("农村居民人均可支配收入", "农村居民人均纯收入", "农民人均纯收入")),
                ("居民收入", ("居民人均可支配收入", "居民人均纯收入")),
                ("农业生产", ("农业增加值", "农业总产值")), ("工业生产", ("工业增加值", "工业总产值")))
# Official statistics and programmes: names of a whole, and the shorter names reviews and plans give it, meaning the
# same: urban new jobs are the only new jobs counted (城镇新增就业 is reported as 新增就业), the surveyed and
# registered unemployment rates are the rates themselves, state land supplied is all land supplied (国有建设用地),
# 公共财政预算收入 has been reported as 一般公共预算收入 since 2014, the state's renewal of old housing estates is of
# urban ones (城镇老旧小区改造 is reported as 老旧小区改造), retail prices are of commodities (商品零售价格 is
# reported as 零售物价), exports and imports are foreign trade (外贸出口 is 出口), the state certifies every
# 高新技术企业, a built-up area is a city's (城市建成区), and skills training is vocational (职业技能培训 is reported as
# 技能培训).
SHORT_NAMES = (("城镇新增就业", "新增就业"), ("新增城镇就业", "新增就业"), ("城镇调查失业率", "调查失业率"),
               ("城镇登记失业率", "登记失业率"), ("国有建设用地", "建设用地"), ("一般公共财政预算收入", "公共财政预算收入"),
               # (a local government's budget revenue is its local one: 地方一般公共预算收入 is the 一般公共预算收入
               # its plan names; not 财政收入, which may be the 财政总收入 with the taxes passed up)
               ("地方一般公共预算收入", "一般公共预算收入"), ("地方一般预算收入", "一般预算收入"),
               ("一般公共预算收入", "公共预算收入"), ("城镇老旧小区", "老旧小区"), ("商品零售物价", "零售物价"),
               ("商品零售价格", "零售价格"), ("外贸进出口", "进出口"), ("外贸出口", "出口"), ("外贸进口", "进口"),
               ("国家高新技术企业", "高新技术企业"), ("城市建成区", "建成区"),
               ("职业技能培训", "技能培训"),
               # (workers laid off by the towns' enterprises: 下岗职工 are the towns' by what the word means)
               ("城镇下岗职工", "下岗职工"),
               # (energy used is reckoned as 综合能耗, all sources together: 万元产值综合能耗 is the 万元产值能耗)
               ("综合能耗", "能耗"),
               # (the loans of all financial institutions, as the reviews name them)
               ("金融机构各项贷款", "各项贷款"),
               # (the vital rates are the whole population's: 人口自然增长率 is the 自然增长率 a plan caps)
               ("人口自然增长率", "自然增长率"), ("人口出生率", "出生率"),
               # (the share of towns' people is reckoned on the resident population: 常住人口城镇化率 is the 城镇化率;
               # 户籍人口城镇化率 is another)
               ("常住人口城镇化率", "城镇化率"),
               # (a government's own output: 全市生产总值 is the 地区生产总值 its review names)
               ("地区生产总值", "生产总值"),
               # (the energy used per unit of output by its older name)
               ("万元地区生产总值能耗", "单位地区生产总值能耗"), ("万元GDP能耗", "单位GDP能耗"),
               # (an official abbreviation: the new rural co-operative medical scheme)
               ("新型农村合作医疗", "新农合"))
# Official terms: "经济" and "经济增长" name the growth of the economy's output (statements.economy).
ECONOMY_NAMES = ("经济", "经济增长", "经济增长速度", "经济增速")
CJK = re.compile(r"[\u4e00-\u9fff]")
SIDES = ("城镇", "农村")  # official statistics: the two sides of 城乡
# Official statistics: the rural side's official name where there are herders (农村牧区常住居民人均可支配收入).
SIDE_NAMES = (("农村牧区", "农村"),)
# Grammar: quotation marks a name may stand in; the words and punctuation a noun phrase stops at.
QUOTES = "“”‘’\"'"
OPEN_QUOTES, CLOSE_QUOTES = "“‘\"'", "”’\"'"
STOP = "之和与及或、，,（）()《》"
# Grammar: heads too general to name a pledge's outcome alone, the words before them must (改造任务,
# 建设项目): general nouns, measures, and verbs standing as nouns (淘汰, 替代, 整治 name the deed, not the thing).
GENERIC_HEADS = ("项目", "工作", "任务", "建设", "改造", "企业", "活动", "工程", "服务", "提升", "设施", "人数",
                  "数量", "规模", "总额", "水平", "机构", "单位", "增加值", "装修", "淘汰", "替代", "退出", "贯通",
                  "整治", "安置")
# Grammar: determiners that pick from a kind (各类燃煤锅炉): no part of the kind's name.
PICKS = ("各类", "各种", "各级", "各项", "全部", "所有")
# Grammar: the marks and words that join the items of a list phrase (二氧化硫、氮氧化物排放量).
ITEM_JOINS = re.compile("[、和与及或]")
