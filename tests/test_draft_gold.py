"""Drafting held to a careful auditor's gold cases of reports it was not written on (tests/corpora: byte-for-byte
copies of the shared corpora): how many of the auditor's pledges are drafted, how many graded as the auditor
grades them, and how few findings (met, missed, exceeded) the auditor rejects. A case is answered by the
first drafted rule of its year and government whose quote holds the gold quote (or is held by it), or holds
its target figure and one of its words, as the measuring tool draft_check.py matches them (its logic
copied here; nothing outside tests/ is read)."""

import unicodedata
from pathlib import Path

import pytest

from pledgetrack import audit, build_rules, find_quantities, load_corpus
from pledgetrack.draft import draft
from pledgetrack.yamldata import load_yaml

CORPORA = Path(__file__).parent / "corpora"


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text)).split())


# (corpus, drafted at least, graded as the auditor at least, findings the auditor rejects at most), as measured
# on 2026-12-06 (raised when the caps without a figure, prices in 分 per unit, counts that go on with the
# clause before, next-year deadlines and works named by their completion were drafted; lowered for
# other-governments and provinces-and-cities, to 93 and 242, when keywords leaving off what narrows the
# plan's thing, and words of two characters standing for a longer phrase, came to withhold their findings until
# signed off: tests/test_draft_findings.py; raised on 2026-12-07 to 96 and 249 when a review naming the thing with
# the words the keyword left off came to settle the doubt: 粮食总产量 for 粮食 of 粮食产量; then to 97, and 36 for
# national-1990s, when a sentence's figure named with them came to be taken and 农业生产 to be found as 农业增加值;
# 250 for provinces-and-cities when 新增就业 came to be read as the short name of 城镇新增就业; to 100 and 253
# when a title only the state grants named with no level, and a part alone exceeding a minimum, came to settle
# the doubt, 老旧小区 to be read as 城镇老旧小区, and 城镇居民和农民人均可支配收入 to be drafted as two indicators;
# other-governments then to 99 when a figure named with words narrowing the plan's thing came to be read as of a
# part: two misses the auditor gives rest on one, 城市主次干道 for 城市道路 and 污染企业 for 企业; back to 100 when
# a works joining two parties came to be found by the parties and the thing joined; provinces-and-cities to 256
# when an amount in a name came to be read however written, 超百亿元企业 as 超100亿元企业, 技能培训 as the short name
# of 职业技能培训, and 人防工程 to settle the 设施 left off 人防设施).
# The national-1990s
# one is a case that shares its quote with another case of another indicator (粮食/棉花): one rule each is
# drafted, and the first answers both.
EXPECTED = [
    ("national-1990s", 40, 36, 1),
    ("other-governments", 105, 100, 1),
    ("provinces-and-cities", 262, 256, 1),
]


@pytest.mark.parametrize("name, drafted_least, agreed_least, false_most", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_drafts_are_graded_as_the_auditor_grades(name, drafted_least, agreed_least, false_most):
    corpus = load_corpus(CORPORA / name)
    drafts = draft(corpus)
    verdicts = audit(corpus=corpus, rules=build_rules([d.pledge for d in drafts], corpus))
    region_of = {doc.id: doc.government for doc in corpus}
    region_of_file = {doc.info.file: doc.government for doc in corpus}
    rules = [(v.rule.pledge.year, {region_of[p.document] for p in v.rule.places}, _squash(v.rule.pledge.quote),
              v.grade.value) for v in verdicts]
    drafted = agreed = false = 0
    for case in load_yaml(CORPORA / name / "gold.yaml").data["cases"]:
        quote, words = _squash(case["quote"]), [_squash(w) for w in case["words"]]
        figures = [_squash(q.text) for q in find_quantities(case["quote"])]
        grade = next((g for year, regions, q, g in rules if year == case["year"]
                      and region_of_file[case["src"]] in regions
                      and (quote in q or q in quote or figures and any(f in q for f in figures)
                           and any(w in q for w in words))), None)
        if grade is None:
            continue
        drafted += 1
        agreed += grade in case["accept"]
        false += grade != "unverifiable" and grade not in case["accept"]
    assert drafted >= drafted_least and agreed >= agreed_least and false <= false_most, (drafted, agreed, false)
