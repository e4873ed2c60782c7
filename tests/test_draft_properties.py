"""Properties of drafted rules: written out with their comments, they read back as the same pledges."""

from hypothesis import given
from hypothesis import strategies as st

from pledgetrack import draft_rules, load_corpus
from pledgetrack.rules import dump_rules, structure_pledge
from pledgetrack.yamldata import load_yaml_text

DRAFTED = draft_rules(load_corpus())
# Comments are reasons for doubt in words: any printable text, line breaks included.
COMMENT = st.text(st.characters(blacklist_categories=("Cc", "Cs")) | st.just("\n"), max_size=40)


@given(st.lists(st.sampled_from(DRAFTED), unique_by=lambda p: p.id, max_size=12),
       st.dictionaries(st.sampled_from([p.id for p in DRAFTED]), st.lists(COMMENT, max_size=3)),
       st.lists(COMMENT, max_size=3))
def test_drafted_pledges_round_trip_through_a_rule_file(pledges, comments, header):
    data = load_yaml_text(dump_rules(pledges, comments, header), "drafted.yaml").data
    read = [structure_pledge(item) for item in data["pledges"]]
    assert [problems for _, problems in read] == [[] for _ in pledges]
    assert [pledge for pledge, _ in read] == pledges


@given(st.sampled_from(DRAFTED))
def test_a_drafted_quote_holds_its_target(pledge):
    if isinstance(pledge.target, str):
        assert pledge.target in pledge.quote
    assert pledge.drafted and pledge.evidence.all
