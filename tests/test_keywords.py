"""How a rule's evidence words are found in a sentence: spellings, short forms, words written wider."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgetrack.corpus import Scope, Sentence
from pledgetrack.evidence import RuleWords
from pledgetrack.evidence.reviewed import Reviewed
from pledgetrack.rules import Pledge


def words(*keywords):
    return RuleWords.of(Pledge(id="a", year=2017, quote="x1个", evidence=list(keywords)))


@pytest.mark.parametrize("keywords, sentence, found", [
    # A word listed with its own short form is one keyword, either spelling will do.
    (["燃煤小锅炉", "燃煤锅炉"], "完成178座燃煤锅炉拆改", True),
    (["棚户区改造", "棚改"], "完成1.8万户、189万平方米棚改任务", True),
    # A word inside another is a wider thing, not another spelling: both must stand.
    (["供水主管网", "管网"], "全年完成管网改造38.6公里", False),
    (["城镇登记失业率", "失业率"], "城镇登记失业率4.02%", True),
    # A keyword written with a word inside it.
    (["工商业电价"], "全省工商业平均电价下降5分/千瓦时", True),
    (["工商业电价"], "工商业用户的平均电价", False),  # more than two characters between
    (["粮食产量"], "粮食总产量1640亿斤", True),
    # a word inside that names a narrower thing: a part, not the pledged whole
    (["规上工业增加值"], "规上装备工业增加值增长8.4%", False),
    (["重大项目"], "招引落地亿元以上重大产业项目3150个", False),
    (["电价"], "平均电价", True),
    # 城乡 before 分别 names 城镇 and then 农村; without 分别 it names neither.
    (["农村", "人均可支配收入"], "城乡常住居民人均可支配收入分别增长6.5%、9.4%", True),
    (["农村", "人均可支配收入"], "城乡常住居民人均可支配收入增长6.5%", False),
])
def test_keywords_stand_in_a_sentence(keywords, sentence, found):
    assert (words(*keywords).spans(sentence) is not None) is found


def test_the_pair_word_points_at_its_half():
    text = "城乡常住居民人均可支配收入分别增长6.5%、9.4%"
    assert words("城镇").spans(text) == [(0, 1)] and words("农村").spans(text) == [(1, 2)]


_WORDS = ["农村居民", "燃煤小锅炉", "燃煤锅炉", "棚户区改造", "棚改", "工商业电价", "电价", "收入"]
_PIECES = _WORDS + ["城乡", "分别", "平均", "用户的", "城", "燃", "，", "。", "增长"]


@st.composite
def _text(draw):
    """Report-like text built of the keywords, pieces of them, and the keywords widened."""
    pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=8))
    if draw(st.booleans()):
        word = draw(st.sampled_from([w for w in _WORDS if len(w) >= 4]))
        cut = draw(st.integers(2, len(word) - 2))
        pieces.insert(draw(st.integers(0, len(pieces))), word[:cut] + draw(st.sampled_from(["平均", "总", "的", "用户"])) + word[cut:])
    return "".join(pieces)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["农村"]), min_size=1, max_size=3, unique=True), st.lists(_text(), max_size=6))
def test_no_sentence_holding_the_words_is_passed_over_by_their_probes(keywords, texts):
    rule_words = words(*keywords)
    sentences = []
    for text in texts:
        at = sentences[-1][0].end if sentences else 0
        sentences.append((Sentence(text, at, at + len(text)), Scope.YEAR))
    year = Reviewed.of(tuple(sentences))
    kept = year.holding(rule_words.probes())
    assert kept == [pair for pair in sentences if pair in kept]  # in order, no sentence twice
    assert [pair for pair in sentences if rule_words.spans(pair[0].text) is not None] == \
        [pair for pair in kept if rule_words.spans(pair[0].text) is not None]
