"""Drafted rules publish no finding an auditor rejects: on each corpus of tests/corpora, the drafted grades
met, missed or exceeded that the gold rejects are at most 2 % of the drafted findings, and withholding
the doubtful ones (``check: evidence``) costs few of the grades the auditor gives (issue 19).

The gold case of a drafted rule is found as the measuring tool draft_check.py finds it (its logic
copied here; nothing outside tests/ is read): a drafted rule of the same year and government whose quote
holds the gold quote (or is held by it), or holds one of its figures and one of its words. Floors are the
grades as the auditor measured on 2026-12-06, once the evidence words came from the statements' reading and a
keyword leaving off words that narrow the plan's thing (海洋 of 海洋生产总值, 城镇 of 城镇老旧小区), or a word of two
characters standing for a longer phrase (比重, 就业), came to withhold its finding until signed off. Those
withheld cost grades the auditor gives (101 → 94 on other-governments), and they are worth it: of the findings
so withheld on the drafts of provinces-and-cities, about half were wrong on a reading of each (高技能人才 graded
with 领军人才, 新能源装机 with 储能装机, 国家级孵化器 with all incubators), most on pledges the gold does not cover.
The grade withheld is still shown. Raised on 2026-12-07 (94 → 97, 243 → 251) when a review naming the
figure's thing with the words the keyword left off came to settle the doubt (粮食总产量 for 粮食 of 粮食产量,
工商业平均电价 for 工商业 of 工商业电价), and a word inside a name came to be read as another thing unless it says
how the thing is measured (规上装备工业增加值 is no 规上工业增加值); then to 98 and 37 when a sentence's figure
named with those words came to be taken (水冲式公共厕所), and a rise of agricultural production to be found by
its value added (农业增加值); 252 when 新增就业 came to be read as the short name of 城镇新增就业. Raised on
2026-12-07 (98 → 102, 252 → 255) when the doubt came to be settled by a title only the state grants named with no
level (制造业单项冠军 for 国家制造业单项冠军) and by a part alone exceeding a minimum (为企业减负 for 为经营主体减负),
老旧小区 to be read as the short name of 城镇老旧小区, 城镇居民和农民人均可支配收入 to be drafted as two
indicators, and of the sentences speaking of a pledge the one naming the plan's words to be taken. Lowered to 100
the same day when a figure the review names with words narrowing the plan's thing came to be read as of a part
(塑胶健身步道 for 健身步道, 公共领域充电桩 for 充电桩): two misses the auditor gives rest on such a part
(城市主次干道 for 城市道路, 污染企业 for 企业), and are withheld; six false findings on pledges the gold does not
cover went with them. Raised to 101 when a works joining two parties came to be found by the parties and the
thing joined (双良与华能供热管网贯通: 华能和双良公司实现供热管网互联互通). Raised on 2026-12-07 (255 → 258) when an
amount in a name came to be read however written (超百亿元企业, 超100亿元企业), 技能培训 as the short name of
职业技能培训, and another general name of built things to settle the one left off (人防工程 for 人防设施).
"""

import datetime
import unicodedata
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from pledgetrack import audit, find_quantities, load_corpus, load_rules
from pledgetrack.draft import draft, drafted_files

CORPORA = Path(__file__).parent / "corpora"
AS_OF = datetime.date(2026, 11, 21)
FINDINGS = ("met", "missed", "exceeded")


def _squash(text) -> str:  # a drafted quote may print its figures in full width (７．５％)
    return "".join(unicodedata.normalize("NFKC", str(text)).split())


@pytest.mark.parametrize("name, agreeing", [("other-governments", 101), ("provinces-and-cities", 258),
                                            ("national-1990s", 37)])
def test_false_findings_are_at_most_two_percent_of_drafted_findings(name, agreeing, tmp_path):
    source = CORPORA / name
    yaml = YAML(typ="safe")
    gold = yaml.load((source / "gold.yaml").read_text(encoding="utf-8"))["cases"]
    region_of = {r["file"]: r["region"] for r in yaml.load((source / "manifest.yaml").read_text(encoding="utf-8"))
                 ["reports"]}
    corpus = load_corpus(source)
    for path, text in drafted_files(draft(corpus)).items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    result = audit(corpus=corpus, rules=load_rules(tmp_path, corpus), as_of=AS_OF)
    drafted = [(v.year, {corpus[p.document].info.region for p in v.rule.places}, _squash(v.quote), v.grade.value,
                _squash("".join(v.rule.pledge.evidence.all + v.rule.pledge.evidence.any))) for v in result]
    findings = false = agree = 0
    for case in gold:
        quote, words = _squash(case["quote"]), [_squash(w) for w in case["words"]]
        figures = [_squash(q.text) for q in find_quantities(case["quote"])]
        matching = [(grade, said) for year, regions, dq, grade, said in drafted
                    if year == case["year"] and region_of[case["src"]] in regions
                    and (quote in dq or dq in quote
                         or (figures and any(f in dq for f in figures) and any(w in dq for w in words)))]
        if not matching:
            continue
        # Where one quote promises two things (粮食和棉花产量稳定增加), the auditor's case is the rule of its words;
        # draft_check.py takes the first rule of the quote whichever it is, and so counts one of the two wrong.
        grade = next((grade for grade, said in matching if any(w in said for w in words)), matching[0][0])
        findings += grade in FINDINGS
        false += grade in FINDINGS and grade not in case["accept"]
        agree += grade in case["accept"]
    assert false <= 0.02 * findings, f"{false} of {findings} drafted findings are false"
    assert agree >= agreeing, f"{agree} of {len(gold)} graded as the auditor"
