"""Rule files: every error message names file:line:column and says what to do."""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgetrack.errors import PledgetrackError, RuleError
from pledgetrack.rules import (
    Evidence,
    Grade,
    Kind,
    Measure,
    Op,
    Pledge,
    TargetSpec,
    build_rules,
    dump_rules,
    load_rules,
    structure_pledge,
)
from pledgetrack.rules.target import read_targets
from pledgetrack.yamldata import load_yaml_text

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
EXPECT = re.compile(r"^# expect: (\d+):(\d+): (.*?)(?: \| (.*))?$")


def expectations(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        match = EXPECT.match(line)
        if match:
            yield int(match[1]), int(match[2]), match[3], match[4] or ""


@pytest.mark.parametrize("path", sorted((FIXTURES / "bad").glob("*.yaml")), ids=lambda p: p.stem)
def test_bad_rule_file_reports_every_problem_where_it_stands(path, corpus):
    with pytest.raises(RuleError) as caught:
        load_rules(path, corpus)
    problems = caught.value.problems
    expected = list(expectations(path))
    assert expected, f"{path.name} states no expected message"
    for line, column, message, hint in expected:
        matching = [p for p in problems if (p.line, p.column) == (line, column) and message in p.message]
        assert matching, f"no problem at {line}:{column} saying {message!r}; got:\n{caught.value}"
        assert hint in matching[0].hint
        assert all(Path(p.file).resolve() == path.resolve() for p in problems)


def test_all_problems_of_a_file_come_together(corpus):
    with pytest.raises(RuleError) as caught:
        load_rules(FIXTURES / "bad" / "wrong_types.yaml", corpus)
    assert [(p.line, p.column) for p in caught.value.problems] == [(5, 9), (6, 11), (9, 13)]


def test_problems_of_several_files_come_in_one_error(corpus):
    with pytest.raises(RuleError) as caught:
        load_rules([FIXTURES / "bad" / "unknown_keys.yaml", FIXTURES / "bad" / "no_figure.yaml"], corpus)
    assert {Path(p.file).name for p in caught.value.problems} == {"unknown_keys.yaml", "no_figure.yaml"}


def test_good_rules_read_their_targets_as_the_plan_words_them(corpus):
    book = load_rules(FIXTURES / "good" / "minimal.yaml", corpus)
    described = {rule.id: rule.target.describe() if rule.target else None for rule in book}
    assert described == {
        "yuexiu-2023-job-fairs": "at least 100 场",
        "yuexiu-2023-key-projects": "more than 39 亿元",
        "yuexiu-2023-key-projects-explicit": "more than 39 亿元",
        "yuexiu-2023-yikang": None,
        "yuexiu-2023-employment": "the figure assigned by the city (stated in the outcome report)",
        "yuexiu-2017-population": "at most 7 ‰",
    }


def test_a_quote_is_found_in_every_report_that_plans_the_year(corpus):
    rule = load_rules(FIXTURES / "good" / "minimal.yaml", corpus)["yuexiu-2023-job-fairs"]
    assert [(p.document, p.position.line) for p in rule.places] == [("yuexiu-2023-drc", 154)]


def test_a_table_target_stands_in_its_indicator_row(corpus):
    rule = load_rules(FIXTURES / "good" / "minimal.yaml", corpus)["yuexiu-2017-population"]
    assert [(p.document, p.position.line) for p in rule.places] == [("yuexiu-2018-drc", 27)]


def test_missing_rule_path_is_named(corpus, tmp_path):
    with pytest.raises(RuleError, match="no such file or folder"):
        load_rules(tmp_path / "nope.yaml", corpus)


def test_a_rule_file_in_gbk_is_refused_with_what_to_do(corpus, tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes("pledges:\n  - id: 招聘会\n".encode("gbk"))
    with pytest.raises(RuleError) as caught:
        load_rules(path, corpus)
    (problem,) = caught.value.problems
    assert (problem.line, problem.message) == (2, "file is not UTF-8 text")
    assert "UTF-8" in problem.hint


def test_hostile_yaml_is_refused_quickly(corpus, tmp_path):
    bomb = tmp_path / "bomb.yaml"
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, 30)]
    bomb.write_text("\n".join(lines) + "\n")
    deep = tmp_path / "deep.yaml"
    deep.write_text("pledges: " + "[" * 10000 + "]" * 10000 + "\n")
    huge = tmp_path / "huge.yaml"
    huge.write_text("pledges:\n" + "# padding\n" * 300_000)
    for path, words in ((bomb, "anchors and aliases"), (deep, "nesting"), (huge, "more than")):
        with pytest.raises(RuleError, match=words):
            load_rules(path, corpus)


def test_a_pledge_built_in_code_is_checked_like_a_file(corpus):
    with pytest.raises(RuleError, match="quote not found"):
        build_rules([Pledge(id="x", year=2023, quote="新建1000个口袋公园", evidence=["口袋公园"])], corpus)
    book = build_rules([Pledge(id="x", year=2023, quote="解决750户低收入家庭住房困难问题", evidence=["低收入"])],
                       corpus)
    assert book["x"].target.describe() == "at least 750 户"


words = st.text(st.sampled_from("招聘会驿站公园项目投资abc"), min_size=1, max_size=6)
# What a report or a rule author can print: no control characters, surrogates or line separators.
printable = st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"))
decimals = st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False)
pledges = st.builds(
    Pledge,
    id=st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True),
    year=st.integers(1990, 2100),
    quote=st.text(printable, min_size=1, max_size=30).filter(str.strip),
    evidence=st.builds(Evidence, all=st.lists(words, min_size=1, max_size=3).map(tuple),
                       any=st.lists(words, max_size=2).map(tuple), exclude=st.lists(words, max_size=2).map(tuple),
                       unit=st.none() | st.sampled_from(["场", "亿元", "%"]),
                       measure=st.none() | st.sampled_from(Measure)),
    target=st.none() | words | st.builds(TargetSpec, op=st.sampled_from(Op), value=st.none() | decimals,
                                         unit=st.sampled_from(["", "个", "亿元"]), high=st.none() | decimals),
    kind=st.sampled_from(Kind),
    area=st.sampled_from(["", "就业", "生态"]),
    tags=st.lists(words, max_size=2).map(tuple),
    tolerance=st.none() | decimals,
    note=st.text(printable, max_size=20),
    expect=st.none() | st.sampled_from(Grade),
)


@given(st.lists(pledges, min_size=1, max_size=3))
def test_any_valid_pledge_survives_unstructure_yaml_and_load(written):
    doc = load_yaml_text(dump_rules(written), "roundtrip.yaml")
    loaded = [structure_pledge(item) for item in doc.data["pledges"]]
    assert [problems for _, problems in loaded] == [[] for _ in written]
    assert [pledge for pledge, _ in loaded] == written


GOOD = (FIXTURES / "good" / "minimal.yaml").read_text(encoding="utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_mutated_rule_file_fails_with_problems_never_a_crash(data, corpus, tmp_path):
    text = GOOD
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 5))
        insert = data.draw(st.sampled_from(["", ":", "- ", "  ", "\n", "[", "'", "x", "!!str ", "&a ", "9"]))
        text = text[:at] + insert + text[at + cut:]
    path = tmp_path / "mutated.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_rules(path, corpus)
    except PledgetrackError as exc:
        assert exc.problems and all(Path(p.file).resolve() == path.resolve() for p in exc.problems)


def test_decimals_never_pass_through_float():
    doc = load_yaml_text("pledges:\n- {id: a, year: 2023, quote: q, evidence: [x], tolerance: 0.1}\n", "f.yaml")
    pledge, problems = structure_pledge(doc.data["pledges"][0])
    assert problems == [] and pledge.tolerance == Decimal("0.1") and isinstance(pledge.tolerance, Decimal)


def test_a_rule_book_vocabulary_extends_the_defaults_and_its_errors_are_placed(corpus, tmp_path):
    book = tmp_path / "book"
    book.mkdir()
    (book / "fairs.yaml").write_text("pledges:\n  - id: fairs\n    year: 2023\n    quote: 组织线上、线下招聘会不少于100场\n"
                                     "    evidence: [招聘会]\n", encoding="utf-8")
    (book / "vocabulary.yaml").write_text("synonyms:\n  - [招聘会, 双选会]\ncompletion: [贯通]\n", encoding="utf-8")
    loaded = load_rules(book, corpus)
    assert "双选会" in loaded.vocabulary.variants("招聘会") and "招聘活动" in loaded.vocabulary.variants("招聘会")
    assert "贯通" in loaded.vocabulary.completion and "建成" in loaded.vocabulary.completion
    (book / "vocabulary.yaml").write_text("synonym:\n  - [招聘会, 双选会]\ncompletion: 贯通\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules(book, corpus)
    assert [(p.line, p.column, p.message) for p in caught.value.problems] == [
        (1, 1, "unknown key 'synonym'"), (3, 13, "'completion' must be a list")]


def test_a_quote_with_several_figures_promises_each_of_them(corpus):
    pledge = Pledge(id="key-projects", year=2023, quote="力争63个区重点建设项目全年完成投资超39亿元",
                    evidence=["重点建设项目"])
    rule = build_rules([pledge], corpus)["key-projects"]
    assert [t.describe() for t in (rule.target, *rule.also)] == ["at least 63 个", "more than 39 亿元"]


def test_a_starting_figure_is_no_target(corpus):
    pledge = Pledge(id="a", year=2023, quote="由420元提高到450元", evidence=["补助"])
    assert [t.describe() for t in read_targets(pledge)] == ["at least 450 元"]


@pytest.mark.parametrize("quote, targets", [
    # a budget's deficit planned at a figure is its ceiling: 1797亿元 against 1500 overshot it, never exceeded it
    ("中央财政赤字一千五百亿元", ["at most 1500 亿元"]),
    ("财政赤字减少到1000亿元", ["at most 1000 亿元"]),
    ("财政赤字不超过1000亿元", ["at most 1000 亿元"]),
    ("财政收入1000亿元", ["at least 1000 亿元"]),
])
def test_a_deficit_planned_at_a_figure_is_a_ceiling(quote, targets):
    assert [t.describe() for t in read_targets(Pledge(id="d", year=1999, quote=quote, evidence=["财政"]))] == targets


def test_a_quote_without_a_figure_is_a_milestone(corpus):
    rule = build_rules([Pledge(id="y", year=2023, quote="全覆盖建成社区颐康服务站", evidence=["颐康服务站"])],
                       corpus)["y"]
    assert rule.kind.value == "milestone" and rule.target is None


def test_a_fault_of_the_code_is_raised_as_itself_not_told_as_a_rule_file_problem(monkeypatch):
    from pledgetrack.rules import convert

    data = {"id": "a", "year": 2023, "quote": "招聘会不少于100场", "evidence": ["招聘会"], "drafted": "yes"}
    _, problems = structure_pledge(data)
    assert [(p.path, p.message) for p in problems] == [(("drafted",), "'drafted': expected true or false, found 'yes'")]
    broken = convert.make_converter()
    broken.register_structure_hook(bool, lambda value, _type: value.no_such_attribute)
    monkeypatch.setattr(convert, "CONVERTER", broken)
    with pytest.raises(AttributeError, match="no_such_attribute"):
        structure_pledge(data)
