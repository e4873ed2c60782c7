"""The words a statement is read by. Every list here is grammar: general Chinese, or the
wording of official statistics (国家统计局's names of measures), never one report's words.

>>> trailing_predicate("地区生产总值比上年增长")
'比上年增长'
>>> leading_scope("全年全市实现地区生产总值")
'全年全市实现'
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..corpus.scope import FIVE_YEAR_PLAN
from ..quantity import Qualifier
from .model import Measure

# Grammar: the verbs, comparisons and hedges that stand between an indicator and its figure
# ("地区生产总值|比上年增长|9.8%", "城镇新增就业|达到|48万人"). Longest first within the pattern.
PREDICATES = (
    "按可比价格计算", "按可比价计算", "按现价计算", "按可比口径计算", "按可比口径", "可比口径", "按同口径计算", "按同口径",
    "同口径", "净增", "比上年同期", "比上年", "比去年", "较上年", "较去年", "比年初", "较年初",
    "去年底的", "上年底的", "去年末的", "上年末的", "去年的", "上年的",  # the base of a from–to (由去年的X增加到Y)
    "同比", "环比", "分别", "年均", "平均每年", "平均", "累计", "共计", "合计", "总计", "达到", "达", "为", "是",
    "完成", "实现", "突破", "超过", "超", "定为", "增至", "增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "上升到",
    "上升至", "降至", "降到", "下降到", "下降至", "减少到", "减少至", "减至", "减为", "降为", "增为", "回落到", "回落至", "控制在", "保持在", "稳定在",
    "增长", "下降", "增加", "减少", "提高", "提升", "降低", "上涨", "回落", "上升", "扩大", "调高", "调低", "约", "近",
    "削减", "压减", "缩减",  # (二氧化硫排放量削减3%: the cut, said of the indicator)
    "逆势",  # (…进出口总额6128.5亿元，逆势增长4.7%: a change against the tide, said of the indicator)
    "增产", "减产",  # (粮食总产量…，比上年增产3.2%: the harvest's change, said of the indicator)
    "恢复到", "恢复至",  # (粮食总产量恢复到850万吨: the level regained)
    "只", "仅",  # (只完成4所: how few, said of the figure)
    "缩短到", "缩短至", "缩短",  # (去化周期由…缩短到12.3个月)
    "发展到", "发展至",  # (优质稻面积发展到100万亩: the level reached)
    "扣除物价因素", "扣除价格因素", "剔除价格因素",  # (收入扣除物价因素实际增长6.2%: in real terms, said of the change)
    # (the payer and period a standard is paid per, said of the figure: 补助标准提高到每人每年80元)
    "每人每年", "每人每月", "每年每人", "每生每年", "每亩每年",
    "逾", "了", "实际", "名义",  # (实际增长, 名义增长: growth in real or current terms, said of the indicator)
    "计划",  # (国民生产总值计划增长百分之八: what the indicator is planned to do)
    "安排",  # (各项支出安排2975亿元: what a budget sets aside)
    "以上", "左右", "到", "至", "要", "将", "一直", "已经", "已", "继续", "持续", "稳步", "保持", "首次",
    "以及", "和", "与", "及", "等", "由", "从", "再", "又", "仍", "均", "预计", "全年", "高达", "仍然", "依然",
)
# Grammar: a change named without its indicator ("涨幅仍然高达百分之二十一点七") is the change of the
# indicator said just before ("商品零售物价上涨幅度控制在百分之十以内").
BARE_CHANGES = ("涨幅", "增幅", "降幅", "增速", "幅度")
_ENDING_IN: dict[str, tuple[str, ...]] = {}
for _word in sorted(PREDICATES, key=len, reverse=True):
    _ENDING_IN[_word[-1]] = _ENDING_IN.get(_word[-1], ()) + (_word,)
_SPACING = frozenset(" \t\u3000、，,")

# Grammar: words that open a clause before its subject: the whole area (全市, 全省 …), time, and
# verbs of doing ("实现地区生产总值…", "完成营造林…") that are not part of the thing measured.
SCOPES = ("全年", "全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "全体", "我国", "我省", "我市", "我区", "我县",
          "国内外", "海内外",
          "其中", "并且", "同时", "但是", "但", "预计", "初步核算", "初步统计", "当年", "年末", "年底", "截至年底",
          "实现", "完成", "共", "又", "还", "今年", "去年", "上年", "一年来", "两年来", "三年来", "五年来", "力争", "争取",
          "确保", "努力", "今冬明春",
          "要把", "把", "扣除物价上涨因素", "扣除物价因素", "扣除价格因素", "剔除价格因素", "实际",
          # the prices a change is reckoned at (按当年价格计算比上年增长27.9%，按可比价格计算增长13.2%)
          "按当年价格计算", "按现行价格计算", "按现价计算", "按可比价格计算", "按可比价计算")
# Grammar: a year written in numerals (一九九六, 二〇〇五).
_NUMERAL_YEAR = "[一二][九〇零][〇零一二三四五六七八九]{2}"
_SCOPE_HEAD = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, SCOPES), key=len, reverse=True))
                         + r"|(?:19|20)\d\d年|" + _NUMERAL_YEAR + "年|" + FIVE_YEAR_PLAN + r"(?:时期|期间)"
                         + r"|[\s、，,”]+"
                         # a cause (受减税降费等因素影响|下降1.7%) and the natural basis (自然口径) are said of the
                         # subject before, no name
                         + r"|受[^，,；;。]{1,20}?影响|按?自然口径(?:计算)?"
                         # a causative (使城镇居民人均可支配收入…增长5%), not 使用
                         + r"|使(?!用|命|馆|节|者)"
                         # a plan's 计划 (计划完成投资160亿元), not the name of 计划生育 or a 计划单列市
                         + r"|计划(?!生育|单列|外))+")  # (an opening mark opens the name: “菜篮子”保供基地)

# Grammar: the marks a plan numbers the items of a list with (（1）, (2), １．).
# Grammar: the ordinals a plan numbers its tasks with (一是, 第二，); not the ordinal of an official name (第三产业).
ORDINAL = re.compile("(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+(?!产业)[，,、]?)")
ITEM_NUMBER = re.compile(r"[（(][0-9一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.．、](?![0-9０-９])")

# Official statistics: a clause that opens with one of these goes on about the subject of the clause
# before it ("地区生产总值1.3万亿元，比上年增长9.8%"; "装机达到9048万千瓦，占比55.1%").
CONTINUING = ("增长", "下降", "增加", "减少", "提高", "降低", "同比", "增速", "增幅", "比上年", "较上年", "比去年", "占",
              "达到", "达", "实现", "共计", "合计", "累计", "按可比", "按现价", "年均", "其中", "完成", "分别",
              "扣除", "剔除", "实际", "同口径", "可比口径", "按同口径")

# Official statistics: names of a measure of a thing (粮食|播种面积, 粮食|产量), longest first: a list item named by
# one alone ("粮食播种面积1.1亿亩、产量825亿斤") measures the thing the item before it names.
MEASURE_NAMES = ("播种面积", "种植面积", "营业收入", "总产量", "总产值", "增加值", "产量", "产值", "总产", "面积", "营收", "总量",
                 "规模")

# Official statistics: the cues of each measure.
ADDED_WORDS = ("新增", "新建", "新开工", "新开", "新设", "新引进", "新引入", "新招", "新落地", "新培育", "新认定",
               "新创建", "新获批", "新选聘", "新聘", "净增", "新评", "新签")
TOTAL_WORDS = ("累计", "总数", "保有量", "存量", "总规模", "共有", "现有", "总装机", "总里程")
# ... and, for things counted one by one, a count reached (企业增至20家, 达到200个) is a running total too.
COUNT_REACHED = ("增至", "增加到", "增加至", "达到", "达", "减至", "减为", "降为", "增为", "降至")
SHARE_WORDS = ("比重", "占比", "比例", "所占")
PLAN_SHARE = re.compile(r"(?:完成|为|达到?)(?:(?:年度?|全年|年初)?(?:计划|目标|任务|预算)(?:任务)?的|(?:年度|全年)(?:计划)?投资的?)$")
GROWTH_WORDS = ("增长", "下降", "增加", "减少", "提高", "降低", "上涨", "回落", "增速", "增幅", "涨幅", "上升", "下滑",
                "同比")
TO_WORDS = ("到", "至")
# Grammar: a level reached, or held, by the end of what the sentence speaks of.
REACHED_WORDS = ("达到", "达", "到", "至", "控制在", "稳定在", "保持在")
# Grammar: how many there are by then, said before the count (全市已有二百一十个村通了自来水).
COUNTED_SO_FAR = ("已有", "共有", "现有")
ESTIMATE_WORDS = ("预计", "初步核算", "初步统计", "预估")
# Official statistics: a change with the change of prices taken out (实际增长, 扣除价格因素, 按可比价格计算), in its
# clause or the one before; a plan that promises a real rise is not answered by the rise in current prices.
REAL_CHANGE = re.compile(r"实际(?:增长|下降|提高|减少)|扣除(?:价格|物价)(?:上涨)?因素|可比价")
# Grammar: a change reckoned at current prices (按当年价格计算, 名义增长), prices not taken out.
# Official statistics: a net change, what was added less what went (净增122家, 净减少), no count of what was added.
NET_CHANGE = re.compile("净(?:增|减)")
NOMINAL_CHANGE = re.compile(r"按当年价格|按现行价格|按现价|名义增长|现价增长")
# Grammar: a figure said as a target, in a review as in a plan ("曾提出，要把…控制在百分之十以内").
# (争取 governing money or projects is the deed of obtaining them, "争取上级各类项目资金108600万元", not an aim)
AIM = re.compile(r"要把|提出了?要?把|要求|目标(?:为|是|定为)|计划(?:为|是|增长|达到)|力争|争取(?![^，,。；;]{0,8}(?:资金|投资|债券|补助|项目))|拟"
                 r"|(?:年初|去年|上年|原定|原)(?:确定|计划|安排)的?")
# (未能实现年初确定的增长12%的目标, 年初计划启动的3个…, 去年计划开通的2000门程控电话，…未能在年内开通: the target restated)
AIM_BEFORE = ("提出", "提出了", "要求", "强调")

# Official statistics: words that make a figure one of several years rather than the year's own.
# (two to ten years of doing something, 五年新建改建公路6800公里, 两年行动; not a year written in numerals, 一九九六年, a
# school grade, 三年级, nor a time ago, 两年前)
# (an annual mean, 年均浓度, is one year's; the first or second year of a campaign, 三年行动首年, is one year)
SEVERAL_YEARS = re.compile(r"年均(?!浓度|值)|平均每年|每年平均"
                           # (not 学前三年, the three years before school: an age, 学前三年毛入园率; nor a plan named by
                           # its years, 按照三年行动方案，今年完成…)
                           r"|(?<![〇零一二三四五六七八九])(?<!学前)[两二三四五六七八九十]年(?![级制度前后底末初]|行动(?:首年|第|方案|计划|纲要))"
                           r"|这五年|过去五年|今后五年|本届|"
                           + FIVE_YEAR_PLAN + r"(?:时期|期间|以来)?|(?:19|20)\d\d\s*[—\-–~～至到]\s*(?:19|20)?\d\d\s*年")
# (a year in digits, 1996年, or in numerals, 一九九六年, 二〇〇五年)
NAMED_YEAR = re.compile(r"((?:19|20)\d\d|" + _NUMERAL_YEAR + ")年")
_NUMERAL_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def year_named(written: str) -> int:
    """The year a NAMED_YEAR match names.

    >>> year_named("1996"), year_named("一九九六"), year_named("二〇〇五")
    (1996, 1996, 2005)
    """
    return int(written.translate(_NUMERAL_DIGITS))
# (the start may be named by its time, 由税费改革前的128元, as well as by its year)
BASE = re.compile(r"(?:由|从)(?:(?:19|20)\d\d年|上年|去年|上一年|年初|[\u4e00-\u9fff]{1,8}?前)?(?:底|末)?(?:的)?"
                  r"(?:每人每年|每人每月|每年每人|每生每年|每亩每年|每人|每户)?$"  # (由每人每年3150元提高到3500元)
                  r"|(?:上年|去年)(?:的)?$")

# Official statistics: heads that make another indicator of a noun (单位地区生产总值能耗 is an intensity of
# energy use, 服务业增加值占地区生产总值的比重 a share): where the pledge's quote lacks them, a statement
# whose indicator carries them next to the pledge's words measures something else.
OTHER_HEADS = ("能耗", "电耗", "水耗", "排放", "强度", "比重", "占比", "比例", "密度", "指数", "率", "贡献", "增加值",
               "产值", "投资", "收入", "利润", "税收", "贷款", "存款", "余额", "出口", "进口", "面积", "产量",
               "保险")  # (黄桃种植保险参保面积 is no 黄桃种植面积)
# Official statistics: projects' total investment (总投资) is their cost over all their years, not the investment
# of the year, however the review spells the words around it (签约项目总投资 for 完成项目投资).
PROJECT_COST = "总投资"
# Official statistics: characters that say how much of a thing, written right after its name (利用外资额, 企业数).
AMOUNT_CHARACTERS = "额数量值"
# Official statistics: the stages of building that reports count apart: works started (新开工) are not works
# finished (竣工, 建成), nor the other way round.
# (track laid, 铺轨, is a line under way: its opening, 投产, is counted apart)
STARTED = ("新开工", "开工", "动工", "铺轨")
FINISHED = ("竣工", "建成", "完工", "交付", "投用", "投入使用", "投产")
# Official statistics: things built new (新建) are counted apart from existing ones renovated (改造, 改建, 修缮); a
# plan that promises one is not answered by the other.
BUILT_NEW = ("新建",)
RENOVATED = ("改造", "改建", "翻新", "修缮", "维修")
# Official statistics: a head that names the measure of the figure's own unit (拆除违法建设面积286000平方米 is
# the 拆除违法建设 a plan counts in 平方米): no other indicator, where the figure is in one of these units.
MEASURED_IN = {"面积": ("平方米", "平方公里", "公顷", "亩"), "长度": ("km", "米"), "里程": ("km", "米")}
# Official statistics: qualifiers that name a part of a whole (a group, a place, a kind): a figure of
# 农村居民 is not one of all 居民, 入境游客 are not all visitors, 规上工业 is not all industry; and what
# is built to serve a project (配套): 棚改配套道路 are the shanty-town projects' roads, not the city's.
GROUPS = ("农村", "乡村", "城镇", "城市", "农民", "牧民", "入境", "出境", "国内", "国际", "境外", "海外", "外资", "外商",
          "民间", "私营", "民营", "规上", "规模以上", "限上", "限额以上", "高技术", "高新技术", "战略性新兴",
          "制造业", "工业", "服务业", "网上", "跨境", "单位", "人均", "占", "对", "配套")
# Official statistics: the groups of people, places and owners a plan may name before its thing (农村居民人均可支配
# 收入, 县城排水管网, 州府所在地…污水处理率, 公办幼儿园学位) that a figure of the whole does not answer, where the pledge's words leave the group off. Not 城市,
# 工业 …: before a thing they mostly say its kind (城市绿道), not a part of a whole.
NAMED_GROUPS = ("农村", "乡村", "城镇", "农民", "牧民", "县城", "中心城区", "主城区", "所在地", "贫困县", "贫困村", "入境",
                "出境", "境外", "规上", "规模以上", "限上", "限额以上", "公办", "民办",
                # (works started, 新开工亿元以上项目, of all the year's works, 实施亿元以上项目86个)
                "开工")
# Official statistics: both sides named together, which make the whole again (接待国内外游客 are all visitors,
# 城乡低保金 all of it, 线上线下招聘会 every job fair).
BOTH_SIDES = re.compile("国内外|境内外|海内外|内外资|中外|城乡|线上线下|线上、线下")



# Grammar: a clause that states a thing set up or put in force, besides the completion words of a
# vocabulary: a perfective marker before such a verb (顺利并轨, 已经基本建立), the verb with 了 (组建了), control
# obtained (得到控制). Only verbs whose doing is the whole of it: 发行, 推进 or 开始 say nothing of what was pledged.
_SET_UP = "(?:建立|建成|组建|成立|设立|并轨|实行|推行|完成|实现|投产|通车|颁布|出台|创建)"
DONE = re.compile(r"(?:已经|已|顺利|如期|成功)(?:基本)?" + _SET_UP + "|" + _SET_UP + "了"
                  r"|得到(?:有效)?(?:控制|落实|解决)|基本(?:建立|建成|形成)|获得(?!感)")


# Official statistics: the parts of a year a figure may be of (一季度, 上半年, 前三季度, 1—9月).
PART_OF_YEAR = re.compile(r"(?:第?[一二三四1-4]季度|[上下]半年|前三季度|前[一二两三四五六七八九十]{1,2}个?月"
                          r"|1?[0-9]\s*[-—–~～至到]\s*1?[0-9]月(?:份)?|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月)")
# Grammar: "到2017年底前", "2017年以前": a deadline, not the year of the goal alone.
DEADLINE = re.compile(r"(?:到|至)(?:19|20)\d\d年|(?:19|20)\d\d年(?:底|末)?(?:前|以前|之前)")


# Outcomes said in words (official statistics): 与上年持平 is a change of 0 %; 超额完成全年任务 more than
# the whole plan; 未能实现 / 未完成 less than it.
# (a change without its size is a rise or a fall of more than 0, its direction its trend: 有所下降 is a fall of some size)
IN_WORDS = (
    (re.compile(r"(?:与上年|与去年|同比|比上年)(?:基本)?持平|(?<![保维])(?:基本)?持平(?=[，。；,;]|$)"), Decimal(0), Qualifier.EXACT,
     Measure.GROWTH, None),
    (re.compile(r"超额完成(?:了)?(?:全年|年度)?(?:目标)?(?:任务|计划)?"), Decimal(100), Qualifier.MORE_THAN,
     Measure.SHARE_OF_PLAN, None),
    (re.compile(r"(?:全面|圆满)完成(?:了)?(?:全年|年度)(?:目标)?(?:任务|计划)"), Decimal(100), Qualifier.AT_LEAST,
     Measure.SHARE_OF_PLAN, None),
    (re.compile(r"(?:目标)?(?:未能|没有|未)(?:实现|完成)"), Decimal(100), Qualifier.LESS_THAN, Measure.SHARE_OF_PLAN, None),
    # a rise or a fall said without its size: "产量都有较多增加", "比上年减产"; an amount after it (减产120亿公斤)
    # is the change's size, whose sign this says, a percentage after it the growth itself
    (re.compile(r"(?:都|均)?有(?:了)?(?:所|较多|较大|较快|明显|显著|大幅度?)(?:的)?(?:增加|增长|提高|上涨|上升)|(?:比上年|同比)?增产(?!了?(?:百分之|[\d０-９.．]+[%％]))"),
     Decimal(0), Qualifier.MORE_THAN, Measure.GROWTH, "up"),
    (re.compile(r"(?:都|均)?有(?:了)?(?:所|较多|较大|明显|显著|大幅度?)(?:的)?(?:减少|下降|降低)|(?:比上年|同比)?减产(?!了?(?:百分之|[\d０-９.．]+[%％]))"),
     Decimal(0), Qualifier.MORE_THAN, Measure.GROWTH, "down"),
)

def trailing_predicate(phrase: str) -> str:
    """The predicate words that end ``phrase`` (what stands between an indicator and its figure)."""
    end = len(phrase)
    while end:  # peel predicates off the end, longest first (a pattern anchored at $ would try every start)
        if phrase[end - 1] in _SPACING:
            end -= 1
            continue
        word = next((w for w in _ENDING_IN.get(phrase[end - 1], ()) if phrase.endswith(w, 0, end)), None)
        if word is None:
            break
        end -= len(word)
    return phrase[end:]


# Official terms: the places below a government counted one by one (4个镇, 十个街道, 12个乡镇), not the words they open
# (区域, 县域, 乡村, 县级).
PLACES_BELOW = "(?:乡镇|街道|社区|县区|县市|区县|镇|乡(?!村)|村|县(?![域级城属])|区(?![域级属]))(?:（[^（）]{1,6}）)?"
# Grammar: a count of such places that opens a figure's name (4个|镇生产总值, 十个|街道实现财政收入).
PLACES_COUNTED = re.compile(f"[0-9一二两三四五六七八九十百]+个(?={PLACES_BELOW})")


def leading_scope(phrase: str) -> str:
    """The area, time and doing words that open ``phrase`` before its subject."""
    found = _SCOPE_HEAD.match(phrase)
    return found.group(0) if found else ""


def unquoted(phrase: str) -> str:
    """``phrase`` without the quotation marks that wrap all of it, where it holds no others.

    >>> unquoted("“县县通高速”"), unquoted("“菜篮子”保供基地")
    ('县县通高速', '“菜篮子”保供基地')
    """
    wrapped = len(phrase) > 2 and phrase[0] in "“\"" and phrase[-1] in "”\""
    return phrase[1:-1] if wrapped and not any(q in phrase[1:-1] for q in "“”\"") else phrase


def trimmed_name(phrase: str) -> str:
    """``phrase`` without the spaces, commas and list marks at its ends, nor quotation marks that wrap all of it or
    that it does not open and close itself: a name keeps the marks inside it.

    >>> trimmed_name("“菜篮子”保供基地"), trimmed_name("、“断头路”"), trimmed_name("智慧城市”")
    ('“菜篮子”保供基地', '断头路', '智慧城市')
    >>> trimmed_name("——国内生产总值"), trimmed_name("明晰产权任务的")  # a list's dash, a 的 left over
    ('国内生产总值', '明晰产权任务')
    """
    phrase = phrase.strip(" 、，,").lstrip("—－-–― \u3000")
    phrase = phrase[:-1] if phrase.endswith("的") and len(phrase) > 2 else phrase  # (…明晰产权任务的|60%)
    if unquoted(phrase) != phrase:
        return unquoted(phrase)
    while phrase and (phrase[0] in "“\"" and "”" not in phrase and phrase.count('"') < 2 or phrase[0] in "”"):
        phrase = phrase[1:]
    while phrase and (phrase[-1] in "”\"" and "“" not in phrase and phrase.count('"') < 2 or phrase[-1] in "“"):
        phrase = phrase[:-1]
    return phrase
# Grammar: the set a count is said of ("十件民生实事中九件全面完成", "２８户国有大中型亏损企业中有２０户以上实现扭亏"): in a
# review the pledge restated, the count after it the outcome; in a plan no target, the count after it the one.
SET_OF = re.compile("[\u4e00-\u9fff“”]{1,12}?中(?=的?[，,]?(?:已有|有|要有)?[0-9０-９一二两三四五六七八九十]+[件项个户家所])")
