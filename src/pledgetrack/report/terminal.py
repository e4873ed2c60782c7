"""The audit as a terminal report that reads like a pytest session.

A header naming the corpus and the rule book, one progress line per rule file (a
character per pledge, wrapped at the terminal's width as pytest wraps), a section
per missed pledge with its evidence, a short list of the unverifiable ones with
their reasons, and one closing line of counts, in which the pledges awaiting a
report on their year are told apart. Figures are written as people write them.

>>> print(progress_char(Grade.MISSED), progress_char(Grade.UNVERIFIABLE))
F s
"""

from __future__ import annotations

import os
import shutil
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TextIO

from ..results import Verdict
from ..corpus import Corpus, bundled_corpus
from ..evidence import Candidate
from ..grading import Reason
from ..rules.book import RuleBook
from ..rules.load import bundled_rules_path
from ..rules.model import Grade
from ..paths import display_path
from ..visible import visible
from ..wording import words
from .common import awaiting, drafted_text, plural
from .figures import check_mark, check_points, explanation, grade_text, outcome_amount, ratio_text, target_text

_CHARS = {Grade.MET: ".", Grade.EXCEEDED: "+", Grade.MISSED: "F", Grade.UNVERIFIABLE: "s"}
_COLOURS = {Grade.MET: "32", Grade.EXCEEDED: "32;1", Grade.MISSED: "31;1", Grade.UNVERIFIABLE: "33"}


def progress_char(grade: Grade) -> str:
    """The one character a pledge gets on its rule file's progress line."""
    return _CHARS[grade]


def wants_colour(stream: TextIO, choice: str = "auto") -> bool:
    """Colour as pytest decides it: ``--color yes/no`` first, then NO_COLOR (no), FORCE_COLOR (yes),
    then a terminal that is not ``TERM=dumb``."""
    if choice in ("yes", "no"):
        return choice == "yes"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def counts_line(counts: dict[Grade, int], seconds: float | None = None, waiting: int = 0, lang: str = "en",
                unsigned: int = 0) -> str:
    """``9 met, 12 exceeded, 2 missed, 40 unverifiable (31 awaiting report) in 0.31s``; in Chinese
    ``已完成 9，超额完成 12，未完成 2，无法核实 40（其中待报告 31），用时 0.31 秒``. Findings withheld until a
    drafted rule is signed off are counted apart too: ``40 unverifiable (31 awaiting report, 3 to sign off)``.

    >>> counts = {Grade.MET: 9, Grade.EXCEEDED: 12, Grade.MISSED: 2, Grade.UNVERIFIABLE: 40}
    >>> counts_line(counts, 0.31, 31, "zh")
    '已完成 9，超额完成 12，未完成 2，无法核实 40（其中待报告 31），用时 0.31 秒'
    >>> counts_line(counts, None, 31, "en", unsigned=3)
    '9 met, 12 exceeded, 2 missed, 40 unverifiable (31 awaiting report, 3 to sign off)'
    """
    t = words(lang)
    brackets = ("（", "）") if lang == "zh" else (" (", ")")
    parts = []
    for grade, n in counts.items():
        part = t["t.count"].format(n=n, grade=t[f"grade.{grade.value}"])
        apart = [t[key].format(n=k) for key, k in (("t.awaiting", waiting), ("t.unsigned", unsigned)) if k]
        if grade is Grade.UNVERIFIABLE and apart:
            part += brackets[0] + t["t.join"].join(apart) + brackets[1]
        parts.append(part)
    return t["t.join"].join(parts) + (t["t.in"].format(seconds=f"{seconds:.2f}") if seconds is not None else "")


def candidate_line(candidate: Candidate, lang: str = "en") -> str:
    """``000_….txt:84 [yuexiu-2024-drc] 组织各类招聘会 175 场 → 175 场``."""
    t = words(lang)
    figure = candidate.quantity.text.strip() if candidate.quantity else t["t.no.figure"]
    figure += t["t.estimate"] if candidate.estimate else ""
    note = f" ({candidate.note})" if candidate.note else ""
    text = " | ".join(cell.strip() for cell in candidate.text.split("\t"))  # table rows: cells apart
    source = t.get(f"source.{candidate.source}", candidate.source)
    return (f"{candidate.file}:{candidate.position.line} [{candidate.document}, {source}] "
            f"{text} → {figure}{note}")


def evidence_block(verdict: Verdict, lang: str = "en") -> list[str]:
    """What a reader needs to check a grade: quote, target as read, outcome and where it stands."""
    t = words(lang)
    rule = verdict.rule
    places = ", ".join(f"{p.document}:{p.position.line}" for p in rule.places)
    lines = [f"{t['t.pledge']}{rule.pledge.quote}  ({places})",
             f"{t['t.rule']}{display_path(rule.origin.file, bundled_rules_path())}"
             + "".join(f":{n}" for n in (rule.origin.line, rule.origin.column) if n is not None),
             f"{t['t.target']}{target_text(verdict, lang) if verdict.target else t['t.milestone']}"]
    if verdict.outcome is not None:
        ratio = ratio_text(verdict)
        lines.append(f"{t['t.outcome']}{outcome_amount(verdict)}" + (f"  ({ratio})" if ratio else ""))
    if verdict.chosen is not None:
        lines.append(f"{t['t.evidence']}{candidate_line(verdict.chosen, lang)}")
    lines.append(f"{t['t.grade']}{grade_text(verdict, lang)}{t['t.colon']}{explanation(verdict, lang)}")
    if rule.pledge.check is not None:
        lines += [f"{t['t.check']}{key}{t['t.colon']}{text}" for key, text in rule.pledge.check.points()]
    if verdict.conflict:
        lines.append(f"{t['t.note']}{t['t.conflict']}")
    if rule.pledge.note:
        lines.append(f"{t['t.why']}{rule.pledge.note}")
    return lines


def unverifiable_summary(verdicts: list[Verdict], lang: str = "en") -> list[str]:
    """One line per pledge, or per group sharing a reason word for word, as pytest groups skips.

    ``UNVERIFIABLE [40] yuexiu-2018-gdp-growth … - no_outcome_report: the corpus has no report reviewing 2018``
    """
    t = words(lang)
    groups: dict[tuple, list[Verdict]] = {}
    for verdict in verdicts:
        groups.setdefault((verdict.reason, explanation(verdict, lang)), []).append(verdict)
    lines = []
    for (reason, why), group in groups.items():
        who = group[0].id if len(group) == 1 else f"[{len(group)}] {group[0].id} …"
        lines.append(f"{t['t.UNVERIFIABLE']} {who} - {t[f'reason.{reason.value}']}{t['t.colon']}{why}")
    return lines


class TerminalReport:
    """Writes the pytest-style report, piece by piece as the audit goes."""

    def __init__(self, out: TextIO, verbosity: int = 0, colour: bool = False, lang: str = "en"):
        self.out = out
        self.lang = lang
        self.verbosity = verbosity
        self.colour = colour
        self.width = min(shutil.get_terminal_size((80, 24)).columns, 100)
        self.root = ""  # rule files are named from their common folder, as pytest names tests from its rootdir
        self._line, self._filled, self._done = "", 0, (0, 0)  # the progress line being written

    def _name(self, file: str) -> str:
        return os.path.relpath(os.path.abspath(file), os.path.abspath(self.root)) if self.root else file

    def _paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def rule(self, title: str, fill: str = "=", code: str = "1") -> None:
        """A full-width separator line with a title, as pytest draws them."""
        title = f" {visible(title)} " if title else ""
        # A Chinese character takes two columns of a terminal, as it does in pytest's own lines.
        side = max(self.width - sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in title), 2) // 2
        self.out.write(self._paint(f"{fill * side}{title}{fill * side}", code) + "\n")

    def header(self, corpus: Corpus, rules: RuleBook, selected: int, config: str = "") -> None:
        self.rule("pledgetrack audit")
        if config:
            self.out.write(f"configfile: {visible(config)}\n")
        self.out.write(visible(corpus_line(corpus)) + "\n")
        self.root = _common_folder(rules.files)
        self.out.write(visible(rules_line(rules.files, len(rules)))
                       + (f", {selected} selected" if selected != len(rules) else "") + "\n\n")

    def file_done(self, file: str, verdicts: Iterable[Verdict], done: int, total: int) -> None:
        verdicts = list(verdicts)
        file = visible(self._name(file))
        if self.verbosity <= 0:  # -q, as pytest's: the characters without the file's name
            self._progress(file if self.verbosity == 0 else "", verdicts, done - len(verdicts), total)
            return
        for verdict in verdicts:
            word = words(self.lang)[f"grade.{verdict.grade.value}"]
            grade = self._paint(word.upper(), _COLOURS[verdict.grade])
            reason = grade_text(verdict, self.lang)[len(word):]
            drafted = f" [{words(self.lang)['drafted']}]" if verdict.rule.pledge.drafted else ""
            drafted += f" [{check_mark(verdict, self.lang)}]" if verdict.rule.pledge.check else ""
            figure = "" if verdict.reason else f" - {explanation(verdict, self.lang)}"
            self.out.write(f"{file}::{visible(verdict.id)} {grade}{reason}{drafted}{visible(figure)}\n")
            for point in check_points(verdict, self.lang):  # what the reviewer checks first, under its mark
                self.out.write(f"    {visible(point)}\n")
            if self.verbosity > 1:
                for candidate in verdict.candidates:
                    self.out.write(f"    {visible(candidate_line(candidate, self.lang))}\n")

    def _progress(self, file: str, verdicts: list[Verdict], before: int, total: int) -> None:
        """A character per pledge after the file's name; a line full, its percentage, and on below it.
        Without a name (-q) the characters run on from the last file's, as pytest -q runs them on."""
        room = self._room()
        if file:
            self._line, self._filled = f"{file} ", len(file) + 1
        done = before
        for verdict in verdicts:
            if self._filled >= room:
                self.out.write(f"{self._line}{' ' * (room - self._filled)} {_percent(done, total)}\n")
                self._line, self._filled = "", 0
            self._line += self._paint(progress_char(verdict.grade), _COLOURS[verdict.grade])
            self._filled += 1
            done += 1
        self._done = (done, total)
        if file:
            self._end_line()

    def _room(self) -> int:
        return max(self.width - len("[100%]") - 1, 10)

    def _end_line(self) -> None:
        """The progress line written so far, closed with its percentage."""
        if self._filled:
            self.out.write(f"{self._line}{' ' * max(self._room() - self._filled, 0)} {_percent(*self._done)}\n")
            self._line, self._filled = "", 0

    def summary(self, verdicts: list[Verdict], seconds: float, sections: Iterable[tuple[str, list[str]]] = ()) -> None:
        """The closing sections: missed pledges, unverifiable ones, any ``sections`` (title, lines), the counts."""
        self._end_line()  # -q's run of characters
        missed = [v for v in verdicts if v.grade is Grade.MISSED]
        if missed:
            self.out.write("\n")
            self.rule(words(self.lang)["t.missed"])
            for verdict in missed:
                self.rule(verdict.id, "_", "31;1")
                self.out.write(visible("\n".join(evidence_block(verdict, self.lang))) + "\n\n")
        unverifiable = [v for v in verdicts if v.grade is Grade.UNVERIFIABLE]
        if unverifiable:
            self.rule(words(self.lang)["t.unverifiable"], "=", "33")
            for line in unverifiable_summary(unverifiable, self.lang):
                self.out.write(visible(line) + "\n")
        for title, lines in sections:
            self.rule(title)
            self.out.write("".join(visible(line) + "\n" for line in lines))
        if drafted_text(verdicts):
            self.out.write(self._paint(drafted_text(verdicts, self.lang), "33") + "\n")
        counts = {g: sum(1 for v in verdicts if v.grade is g) for g in Grade}
        code = "31;1" if missed else "32;1"
        unsigned = sum(1 for v in verdicts if v.reason is Reason.UNSIGNED)
        line = counts_line(counts, seconds, sum(map(awaiting, verdicts)), self.lang, unsigned)
        if self.verbosity == -1:  # as pytest -q: the counts without the rule around them; -qq: none
            self.out.write(self._paint(line, code) + "\n")
        elif self.verbosity >= 0:
            self.rule(line, "=", code)


def _common_folder(files: Sequence[str]) -> str:
    return os.path.commonpath([os.path.dirname(os.path.abspath(f)) for f in files]) if files else ""


def _percent(done: int, total: int) -> str:
    return f"[{100 * done // max(total, 1):3d}%]"


def corpus_line(corpus: Corpus) -> str:
    """``corpus: bundled seeds/manifest.yaml (1 government, 5 documents; reviews 2017, …; plans 2018, …)``."""
    reviewed = ", ".join(map(str, corpus.years_reviewed))
    planned = ", ".join(map(str, corpus.years_planned))
    where = display_path(corpus.manifest, bundled_corpus())
    if len(corpus.manifests) > 1:
        where = f"{display_path(corpus.root)}/, {plural(len(corpus.manifests), 'manifest')}"
    return (f"corpus: {where} ({plural(len(corpus.governments), 'government')}, "
            f"{plural(len(corpus), 'document')}; reviews {reviewed}; plans {planned})")


def rules_line(files: Sequence[str], pledges: int) -> str:
    """``rules: 6 files in bundled rules/guangzhou-yuexiu, 215 pledges``: the rule files read and
    how many pledges they hold."""
    root = _common_folder(files)
    folder = display_path(root, bundled_rules_path()) if root else ""
    where = f" in {'./' if folder == '.' else folder}" if folder else ""
    return f"rules: {plural(len(files), 'file') if files else 'built in code'}{where}, {plural(pledges, 'pledge')}"
