"""How a rule's evidence words are found in a sentence: spellings, short forms, words written wider."""

import pytest

from pledgetrack.evidence import RuleWords
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
