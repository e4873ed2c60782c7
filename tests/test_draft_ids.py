"""Ids unique across a run drafted government by government, keeping only the ids that could still collide
(issue 19, "memory flat"): ``IdsAhead`` gives, government by government, the ids one allocator for the whole
run gives, and lets each go once no government still to come could be given it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pledgetrack.draft.naming import Ids, IdsAhead, government_slug

# Names whose slugs collide (朝阳 twice, 鼓楼 three times), and two whose slugs hold dashes (Latin letters, digits):
# mousheng-a-2023-2022 is an id of either.
GOVERNMENTS = ["北京市朝阳区", "辽宁省朝阳市", "江苏省南京市鼓楼区", "福建省福州市鼓楼区", "河南省开封市鼓楼区",
               "广东省广州市越秀区", "浙江省", "某省A区", "某省A-2023区"]
KEYWORDS = ["招聘会", "GDP", "单位GDP能耗", "2", "2022", "A", "", "口袋公园"]


def _drafting(draw_years: list[tuple[int, list[tuple[int, int]]]]) -> list[tuple[str, list[tuple[int, str]]]]:
    """A run: each government drafted once, in turn, with the (year, keyword) of each of its rules."""
    return [(GOVERNMENTS[g], [(year, KEYWORDS[k]) for year, k in rules]) for g, rules in draw_years]


runs = st.lists(st.tuples(st.integers(0, len(GOVERNMENTS) - 1),
                          st.lists(st.tuples(st.sampled_from([2022, 2023]), st.integers(0, len(KEYWORDS) - 1)),
                                   max_size=6)),
                max_size=12, unique_by=lambda pair: pair[0]).map(_drafting)


@settings(max_examples=200, deadline=None)
@given(runs, st.lists(st.sampled_from(["zhaoyang-2023-gdp", "gulou-2022-zhaopinhui", "a-2023-2", "old-rule"]),
                      max_size=3))
def test_ids_given_in_turn_are_those_one_allocator_gives(run, taken):
    whole = Ids(taken)
    expected = [[whole.new(government_slug(government), year, keyword) for year, keyword in rules]
                for government, rules in run]
    ahead = IdsAhead([government for government, _ in run], taken)
    got = []
    for government, rules in run:
        ids = Ids(ahead.avoided(government))
        got.append([ids.new(government_slug(government), year, keyword) for year, keyword in rules])
        ahead.given(government, got[-1])
    assert got == expected
    flat = [found for ids in got for found in ids]
    assert len(flat) == len(set(flat)) and not set(flat) & set(taken)
    assert ahead.kept == 0  # once the last government is drafted, nothing could collide any more


def test_only_the_ids_a_government_still_to_come_could_be_given_are_kept():
    ahead = IdsAhead(["北京市朝阳区", "广东省广州市越秀区", "辽宁省朝阳市"])
    ahead.given("北京市朝阳区", ["zhaoyang-2023-gdp"])
    ahead.given("广东省广州市越秀区", ["yuexiu-2023-gdp", "yuexiu-2023-zhaopinhui"])
    assert ahead.kept == 1  # 越秀's are let go at once: no other government is called yuexiu
    assert ahead.avoided("辽宁省朝阳市") == {"zhaoyang-2023-gdp"}


@given(st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*", fullmatch=True), st.integers(1949, 2099), st.text(max_size=8))
def test_an_id_starts_with_its_slug_and_a_dash(slug, year, keyword):
    # what IdsAhead rests on: an id can only be given again to a government of the same slug
    assert Ids().new(slug, year, keyword).startswith(f"{slug}-")
