"""The terminal report: lines wrapped as pytest wraps them, plurals, colour switches, figures with -v."""

import io

from pledgetrack.report.terminal import TerminalReport, corpus_line, counts_line, rules_line, wants_colour
from pledgetrack.rules import Grade, Pledge, build_rules

from report_samples import hand_made


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def _report(width: int, verbosity: int = 0) -> tuple[TerminalReport, io.StringIO]:
    out = io.StringIO()
    report = TerminalReport(out, verbosity)
    report.width = width
    return report, out


def test_a_long_progress_line_wraps_at_the_width_with_its_percentage(bundled_audit):
    verdicts = [v for v in bundled_audit if v.rule.year == 2024]
    report, out = _report(40)
    report.file_done("yuexiu/2024.yaml", verdicts, len(verdicts), len(verdicts) * 2)
    lines = out.getvalue().splitlines()
    assert len(lines) > 2 and all(len(line) == 40 for line in lines)
    assert lines[0].startswith("yuexiu/2024.yaml ") and lines[-1].endswith("[ 50%]")
    chars = "".join(line[:-7] for line in lines).removeprefix("yuexiu/2024.yaml").replace(" ", "")
    assert chars == "".join({"met": ".", "exceeded": "+", "missed": "F", "unverifiable": "s"}[v.grade.value]
                            for v in verdicts)


def test_counts_in_the_header_are_in_the_singular_for_one(corpus):
    book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    assert rules_line(book.files, len(book)) == "rules: built in code, 1 pledge"
    assert "(1 government, 5 documents;" in corpus_line(corpus)
    assert corpus_line(corpus).startswith("corpus: bundled seeds/manifest.yaml ")


def test_the_closing_line_sets_pledges_awaiting_a_report_apart(corpus):
    report, out = _report(100)
    report.summary(list(hand_made(corpus).verdicts), 0.5)
    assert out.getvalue().splitlines()[-1].strip("= ") == \
        "1 met, 1 exceeded, 1 missed, 2 unverifiable (1 awaiting report) in 0.50s"
    assert counts_line(dict.fromkeys(Grade, 1)) == "1 met, 1 exceeded, 1 missed, 1 unverifiable"


def test_verbose_lines_give_the_figure_for_met_and_exceeded_too(corpus):
    report, out = _report(100, verbosity=1)
    report.file_done("2023.yaml", hand_made(corpus).verdicts, 5, 5)
    lines = out.getvalue().splitlines()
    assert "2023.yaml::sample-2023-invest EXCEEDED - 45.4亿元 against more than 39 亿元" in lines
    assert "2023.yaml::sample-2023-park MET - the report states completion (建成)" in lines
    assert "2023.yaml::sample-2024-parks UNVERIFIABLE (no_evidence)" in lines


def test_the_missed_block_writes_figures_as_people_do(corpus):
    report, out = _report(100)
    report.summary(list(hand_made(corpus).verdicts), 0.5)
    assert "outcome:  80 场  (×0.8)" in out.getvalue()


def test_force_color_and_term_dumb_are_honoured(monkeypatch):
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert wants_colour(io.StringIO()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert wants_colour(io.StringIO()) is False  # NO_COLOR wins, as in pytest
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("TERM", "dumb")
    assert wants_colour(FakeTerminal()) is False
    monkeypatch.setenv("TERM", "xterm-256color")
    assert wants_colour(FakeTerminal()) is True
    assert wants_colour(FakeTerminal(), "no") is False


def test_no_absolute_path_of_this_machine_in_the_report(tmp_path, monkeypatch, capsys, corpus):
    from pledgetrack.cli import main

    monkeypatch.chdir(tmp_path)  # the bundled corpus and rules lie outside the working folder
    main(["audit", "--as-of", "2026-11-21", "--color", "no", "-v"])
    out = capsys.readouterr().out
    assert "rule:     bundled rules/guangzhou-yuexiu/2025.yaml:11:5" in out
    assert str(corpus.root.parent) not in out


def test_an_estimate_is_marked_on_its_evidence_line(corpus):
    import attrs

    from pledgetrack.report.terminal import candidate_line

    chosen = hand_made(corpus).verdicts[1].chosen
    guess = attrs.evolve(chosen, estimate=True)
    assert candidate_line(guess).endswith("→ 45.4亿元 (an estimate)")
    assert not candidate_line(chosen).endswith("estimate)")
