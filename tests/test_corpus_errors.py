"""Users' own corpora: encodings, the parts override, and every manifest mistake reported at once."""

import pytest

from pledgetrack.corpus import PartKind, PartLines, Position, load_corpus
from pledgetrack.errors import CorpusError

REPORT = "关于2023年执行情况与2024年计划草案的报告\n\n一、2023年工作回顾\n\n全年新增就业2.7万人。\n\n二、2024年工作安排\n\n新建5个口袋公园。\n"
ENTRY = """\
  - id: {id}
    file: {file}
    region: 广东省广州市越秀区
    body: 广州市越秀区人民政府
    title: 政府工作报告
    delivered: 2024-02-04
    reviews: 2023
    plans: 2024
"""


def write(folder, entries, reports=None):
    """A manifest listing ``entries`` (YAML text), and report files from ``reports`` (name: bytes)."""
    for name, data in (reports or {"r.txt": REPORT.encode()}).items():
        (folder / name).write_bytes(data)
    manifest = folder / "manifest.yaml"
    manifest.write_text("reports:\n" + "".join(entries), encoding="utf-8")
    return manifest


def problems(folder):
    with pytest.raises(CorpusError) as caught:
        load_corpus(folder)
    return caught.value.problems


def test_a_small_corpus_loads_from_its_folder_or_its_manifest(tmp_path):
    manifest = write(tmp_path, [ENTRY.format(id="a", file="r.txt")])
    for where in (tmp_path, manifest, str(manifest)):
        corpus = load_corpus(where)
        assert corpus.root == tmp_path and corpus.manifest == manifest
        doc = corpus["a"]
        assert doc.position(doc.part(PartKind.PLAN).start) == Position(7, 1)
        assert [s.text for s in doc.sentences(PartKind.PLAN)] == ["新建5个口袋公园。"]


def test_no_manifest(tmp_path):
    (problem,) = problems(tmp_path)
    assert problem.code == "missing-file" and "manifest.yaml" in problem.file


def test_missing_report_file(tmp_path):
    write(tmp_path, [ENTRY.format(id="a", file="nope.txt")])
    (problem,) = problems(tmp_path)
    assert (problem.line, problem.column, problem.code) == (3, 11, "missing-file")
    assert "'nope.txt' not found" in problem.message


def test_gbk_report_is_detected_and_decoded(tmp_path):
    write(tmp_path, [ENTRY.format(id="a", file="r.txt")], {"r.txt": REPORT.encode("gbk")})
    doc = load_corpus(tmp_path)["a"]
    assert doc.info.encoding == "gb18030"
    assert doc.locate("新增就业2.7万人").position == Position(5, 3)


def test_encoding_named_in_the_manifest(tmp_path):
    entry = ENTRY.format(id="a", file="r.txt") + "    encoding: big5\n"
    report = "一、2023年工作回顧\n\n全年新增就業2.7萬人。\n\n二、2024年工作安排\n\n新建5個口袋公園。\n"
    write(tmp_path, [entry], {"r.txt": report.encode("big5")})
    doc = load_corpus(tmp_path)["a"]
    assert doc.info.encoding == "big5" and doc.part(PartKind.PLAN).heading == "二、2024年工作安排"


def test_undecodable_bytes_name_their_line(tmp_path):
    data = REPORT.encode() + "第二段".encode() + b"\xff\xfe\xfa\n"
    write(tmp_path, [ENTRY.format(id="a", file="r.txt")], {"r.txt": data})
    (problem,) = problems(tmp_path)
    assert (problem.line, problem.column, problem.code) == (10, 4, "encoding")
    assert "byte 0xFF cannot be read as utf-8" in problem.message and "GB18030" in problem.message
    assert "encoding:" in problem.hint


def test_crlf_and_bom_keep_positions(tmp_path):
    data = b"\xef\xbb\xbf" + REPORT.replace("\n", "\r\n").encode()
    write(tmp_path, [ENTRY.format(id="a", file="r.txt")], {"r.txt": data})
    doc = load_corpus(tmp_path)["a"]
    assert doc.info.encoding == "utf-8-sig"
    assert doc.locate("新建5个口袋公园").position == Position(9, 1)
    assert "\r" not in doc.text


def test_duplicate_ids_name_both_lines(tmp_path):
    write(tmp_path, [ENTRY.format(id="a", file="r.txt"), ENTRY.format(id="a", file="r.txt")])
    (problem,) = problems(tmp_path)
    assert problem.code == "duplicate-id" and problem.line == 10
    assert "line 2 and again on line 10" in problem.message


@pytest.mark.parametrize("value, found, hint", [
    ("2023年", "(got '2023年')", "without 年"),
    ("23", "(got 23)", "e.g. 2023"),
    ("20230", "(got 20230)", "four-digit"),
    ("2023.0", "(got 2023.0)", "four-digit"),
])
def test_a_year_that_is_not_a_year(tmp_path, value, found, hint):
    write(tmp_path, [ENTRY.format(id="a", file="r.txt").replace("reviews: 2023", f"reviews: {value}")])
    (problem,) = problems(tmp_path)
    assert (problem.line, problem.code) == (8, "bad-year")
    assert found in problem.message and hint in problem.hint


def test_bad_date_and_year_order(tmp_path):
    entry = ENTRY.format(id="a", file="r.txt").replace("2024-02-04", "2024-02-30").replace("plans: 2024", "plans: 2023")
    write(tmp_path, [entry])
    found = {p.code: p for p in problems(tmp_path)}
    assert set(found) == {"bad-date", "year-order"}
    assert found["bad-date"].line == 7 and "YYYY-MM-DD" in found["bad-date"].message
    assert found["year-order"].message == "plans (2023) must be a later year than reviews (2023)"


def test_unknown_key_suggests_the_known_one(tmp_path):
    write(tmp_path, [ENTRY.format(id="a", file="r.txt") + "    reviewz: 2023\n"])
    (problem,) = problems(tmp_path)
    assert (problem.line, problem.column, problem.code) == (10, 5, "unknown-key")
    assert problem.hint == "did you mean 'reviews'?"


def test_every_manifest_problem_is_reported_together(tmp_path):
    broken = (ENTRY.format(id="a", file="r.txt").replace("reviews: 2023", "review: 2023")
              + "    encodng: gbk\n")
    write(tmp_path, [broken, ENTRY.format(id="b b", file="missing.txt").replace("2023", "2023年", 1)])
    codes = sorted(p.code for p in problems(tmp_path))
    assert codes == ["bad-id", "bad-year", "missing-file", "missing-key", "unknown-key", "unknown-key"]


def test_manifest_shape_and_yaml_errors(tmp_path):
    (tmp_path / "manifest.yaml").write_text("reports: {a: 1}\n", encoding="utf-8")
    assert problems(tmp_path)[0].code == "manifest-shape"
    (tmp_path / "manifest.yaml").write_text("reports:\n  - id: [\n", encoding="utf-8")
    assert problems(tmp_path)[0].code == "yaml-syntax"


UNMARKED = "2023年的工作\n\n全年新增就业2.7万人。\n\n2024年的打算\n\n新建5个口袋公园。\n"
NO_HEADINGS = "我们的工作\n\n全年新增就业2.7万人。\n\n下一步\n\n新建5个口袋公园。\n"


def test_headings_without_numerals_open_the_parts(tmp_path):
    write(tmp_path, [ENTRY.format(id="a", file="r.txt")], {"r.txt": UNMARKED.encode()})
    doc = load_corpus(tmp_path)["a"]
    assert [(p.kind, doc.position(p.start).line, p.heading) for p in doc.parts] == [
        (PartKind.REVIEW, 1, "2023年的工作"), (PartKind.PLAN, 5, "2024年的打算")]
    assert not doc.warnings


def test_no_part_headings_asks_for_a_parts_override(tmp_path):
    write(tmp_path, [ENTRY.format(id="a", file="r.txt")], {"r.txt": NO_HEADINGS.encode()})
    found = problems(tmp_path)
    assert [p.code for p in found] == ["no-part"]
    assert found[0].file.endswith("r.txt") and "no review part found" in found[0].message
    assert "`parts: {review: LINE}`" in found[0].hint and "(line 2)" in found[0].hint


def test_a_report_without_a_plan_part_is_still_read_for_its_review(tmp_path):
    report = "一、2023年工作回顾\n\n全年新增就业2.7万人。\n\n全年新建5个口袋公园。\n"
    write(tmp_path, [ENTRY.format(id="a", file="r.txt")], {"r.txt": report.encode()})
    corpus = load_corpus(tmp_path)
    doc = corpus["a"]
    assert [p.kind for p in doc.parts] == [PartKind.REVIEW]
    assert [s.text for s in doc.sentences(PartKind.REVIEW)] == ["全年新增就业2.7万人。", "全年新建5个口袋公园。"]
    (warning,) = corpus.warnings
    assert warning.code == "no-part" and "no plan part found" in warning.message
    assert "still read as evidence" in warning.message and "`parts: {plan: LINE}`" in warning.hint


def test_parts_override_places_the_parts(tmp_path):
    write(tmp_path, [ENTRY.format(id="a", file="r.txt") + "    parts: {review: 1, plan: 5}\n"],
          {"r.txt": UNMARKED.encode()})
    doc = load_corpus(tmp_path)["a"]
    assert doc.info.parts == PartLines(review=1, plan=5)
    assert [(p.kind, p.year, p.heading) for p in doc.parts] == [
        (PartKind.REVIEW, 2023, "2023年的工作"), (PartKind.PLAN, 2024, "2024年的打算")]
    assert [s.text for s in doc.sentences(PartKind.PLAN)] == ["新建5个口袋公园。"]


@pytest.mark.parametrize("parts, message", [
    ("{review: 2, plan: 5}", "line 2 of"),
    ("{review: 1, plan: 50}", "line 50 is past the end"),
    ("{review: 5, plan: 1}", "must start after"),
    ("{reviw: 1, plan: 5}", "unknown part 'reviw'"),
])
def test_bad_parts_override(tmp_path, parts, message):
    write(tmp_path, [ENTRY.format(id="a", file="r.txt") + f"    parts: {parts}\n"], {"r.txt": UNMARKED.encode()})
    assert any(message in p.message for p in problems(tmp_path))


def test_page_numbers_rules_and_units(tmp_path):
    report = REPORT.replace("全年新增就业2.7万人。", "全年新增绿地1.2万m²，\n\n- 12 -\n\n***\n\n新增就业2.7万人。")
    write(tmp_path, [ENTRY.format(id="a", file="r.txt")], {"r.txt": report.encode()})
    doc = load_corpus(tmp_path)["a"]
    assert [s.text for s in doc.sentences(PartKind.REVIEW)] == ["全年新增绿地1.2万m²，新增就业2.7万人。"]


def test_a_manifest_rewritten_with_the_same_size_and_mtime_is_read_again(tmp_path):
    import os

    from pledgetrack.corpus.index import read_manifest_once

    manifest = tmp_path / "manifest.yaml"
    (tmp_path / "a.txt").write_text("一、2023年工作回顾\n", encoding="utf-8")
    text = ("reports:\n  - id: aaaa\n    file: a.txt\n    region: 某省\n    body: 某省人民政府\n    title: 政府工作报告\n"
            "    delivered: 2024-01-20\n    reviews: 2023\n    plans: 2024\n")
    manifest.write_text(text, encoding="utf-8")
    assert [e.id for e in read_manifest_once(manifest)] == ["aaaa"]
    before = manifest.stat()
    manifest.write_text(text.replace("aaaa", "bbbb"), encoding="utf-8")  # same size
    os.utime(manifest, ns=(before.st_atime_ns, before.st_mtime_ns))  # mtime set back, as cp -p does
    assert [e.id for e in read_manifest_once(manifest)] == ["bbbb"]
