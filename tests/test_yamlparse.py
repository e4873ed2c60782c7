"""libyaml (ruamel.yaml.clib) and ruamel's pure parser give the same document, positions and problems.

Every YAML file of the repository, the places where libyaml is known to read otherwise, and a
differential hypothesis test over mutated rule files and generated YAML are read both ways;
benchmarks/bench_yaml_differential.py runs the long campaign.
"""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mutations import ROOT, mutate, rule_seeds, yaml_reading, yaml_soup
from pledgetrack.errors import PledgetrackError
from pledgetrack.yamldata import load_yaml_text
from pledgetrack.yamlparse import HAS_LIBYAML, compose

# Without libyaml both readings are the pure parser's, and every comparison here would hold whatever the code did.
pytestmark = pytest.mark.skipif(not HAS_LIBYAML, reason="ruamel.yaml.clib is not installed")

YAML_FILES = sorted({*ROOT.glob("rules/**/*.yaml"), ROOT / "seeds" / "manifest.yaml", *ROOT.glob("tests/**/*.yaml"),
                     *ROOT.glob("src/**/*.yaml")})
SEEDS = [path.read_bytes() for path in rule_seeds()]


def assert_same_reading(text: str) -> None:
    assert yaml_reading(text, pure=False) == yaml_reading(text, pure=True)


def test_the_repository_has_yaml_files_of_every_kind():
    names = {path.relative_to(ROOT).parts[0] for path in YAML_FILES}
    assert names == {"rules", "seeds", "tests", "src"} and len(YAML_FILES) > 30


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_yaml_file_of_the_repository_reads_the_same_both_ways(path):
    assert_same_reading(path.read_bytes().decode("utf-8-sig"))


@pytest.mark.parametrize("path", sorted(ROOT.glob("rules/**/*.yaml")), ids=lambda path: path.name)
def test_the_bundled_rule_book_is_composed_by_libyaml(path):
    # The pure parser's marks are StringMarks; libyaml's are its own. A fall-back on every file
    # would keep every reading right and lose the speed.
    root = compose(path.read_text(encoding="utf-8"))
    assert type(root.start_mark).__module__.startswith("ruamel.yaml.clib")


# Where libyaml, left to itself, reads otherwise than the pure parser or words its refusal
# otherwise (each found by the differential test): the reading kept is the pure parser's.
PARTING = {
    "a tab after a colon (libyaml takes it as a space)": "a:\tb\n",
    "a tab before a list item": "- a\n-\tb\n",
    "LS as a line break": "a: b\u2028c: d\n",
    "PS inside a value": "a: x\u2029y\n",
    "an anchor (libyaml's nodes do not keep it)": "a: &x [1]\nb: 2\n",
    "an alias": "a: &x 1\nb: *x\n",
    "an anchor right after a quoted key's colon": '{"a":&b c}\n',
    "a quoted key's value right after the colon in a flow list": '["a":c]\n',
    "a comment right after a block scalar header": "note: |2#\n  x\n",
    "a line of spaces before a deeper line in a block scalar": "note: >-\n \n    x\n",
    "a document that is a block scalar with a '#' line": "| \n#~\n",
    "an empty value before the next key": "a:\nb: 1\n",
    "an empty value at the end": "a: ",
    "an empty list item": "- \n- b\n",
    "a colon in a flow plain scalar": "a: [b:c]\n",
    "a second document": "a: 1\n---\nb: 2\n",
    "an unclosed flow sequence": "a: [1\n",
}


@pytest.mark.parametrize("text", PARTING.values(), ids=PARTING.keys())
def test_where_libyaml_reads_otherwise_the_pure_reading_is_kept(text):
    assert_same_reading(text)


def test_messages_are_the_pure_parsers_even_where_libyaml_refuses_first():
    with pytest.raises(PledgetrackError) as caught:
        load_yaml_text("a: b\nc: [d\n", "f.yaml")
    assert str(caught.value).startswith("f.yaml:2:4: not valid YAML: this '[' is not closed: "
                                        "expected ',' or ']', but got '<stream end>' at line 3, column 1")


@pytest.mark.parametrize("pure", [False, True])
def test_an_unclosed_bracket_is_placed_at_the_bracket_not_the_line_after(pure):
    text = "pledges:\n  - id: a\n    evidence: [招聘会, 场\n  - id: b\n    tags: {x: 1\n"
    with pytest.raises(PledgetrackError) as caught:
        load_yaml_text(text, "r.yaml", pure=pure)
    assert str(caught.value).splitlines() == [
        "r.yaml:3:15: not valid YAML: this '[' is not closed: expected ',' or ']', but got ':' at line 4, column 7",
        "  help: close it with ']' on this line, or indent the lines after it and separate the items with ','"]
    with pytest.raises(PledgetrackError) as caught:
        load_yaml_text("a: {b: 1\nc: 2\n", "r.yaml", pure=pure)
    assert str(caught.value).startswith("r.yaml:1:4: not valid YAML: this '{' is not closed")
    with pytest.raises(PledgetrackError) as caught:  # on one line, the place the parser stopped is kept
        load_yaml_text("a: [1 }\n", "r.yaml", pure=pure)
    assert str(caught.value).startswith("r.yaml:1:7: not valid YAML: while parsing a flow sequence")


@settings(max_examples=15, deadline=None)
@given(seed=st.sampled_from(SEEDS), rng=st.randoms(use_true_random=False))
def test_a_mutated_rule_file_reads_the_same_both_ways(seed, rng):
    assert_same_reading(mutate(seed, rng).decode("utf-8-sig", "replace"))


@settings(max_examples=300, deadline=None)
@given(seed=st.integers(0, 2**32), pieces=st.integers(1, 30))
def test_generated_yaml_reads_the_same_both_ways(seed, pieces):
    assert_same_reading(yaml_soup(random.Random(seed), pieces))
