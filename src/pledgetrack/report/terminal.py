"""The audit as a terminal report that reads like a pytest session.

A header, one progress line per rule file (a character per pledge), a section
per missed pledge with its evidence, a short list of the unverifiable ones with
their reasons, and one closing line of counts.

>>> print(progress_char(Grade.MISSED), progress_char(Grade.UNVERIFIABLE))
F s
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from typing import TextIO

from ..audit import Verdict
from ..corpus import Corpus
from ..evidence import Candidate
from ..rules.load import RuleBook
from ..rules.model import Grade
from ..rules.target import format_number
from .common import drafted_text

_CHARS = {Grade.MET: ".", Grade.EXCEEDED: "+", Grade.MISSED: "F", Grade.UNVERIFIABLE: "s"}
_COLOURS = {Grade.MET: "32", Grade.EXCEEDED: "32;1", Grade.MISSED: "31;1", Grade.UNVERIFIABLE: "33"}


def progress_char(grade: Grade) -> str:
    """The one character a pledge gets on its rule file's progress line."""
    return _CHARS[grade]


def wants_colour(stream: TextIO, choice: str = "auto") -> bool:
    """Colour on a terminal only, never when NO_COLOR is set (unless forced with ``yes``)."""
    if choice in ("yes", "no"):
        return choice == "yes"
    return stream.isatty() and not os.environ.get("NO_COLOR")


def counts_line(counts: dict[Grade, int], seconds: float | None = None) -> str:
    """``9 met, 12 exceeded, 2 missed, 40 unverifiable in 0.31s``."""
    text = ", ".join(f"{n} {grade.value}" for grade, n in counts.items())
    return text + (f" in {seconds:.2f}s" if seconds is not None else "")


def candidate_line(candidate: Candidate) -> str:
    """``000_….txt:84 [yuexiu-2024-drc] 组织各类招聘会 175 场 → 175 场``."""
    figure = candidate.quantity.text.strip() if candidate.quantity else "no figure"
    figure += " (an estimate)" if candidate.estimate else ""
    note = f" ({candidate.note})" if candidate.note else ""
    text = " | ".join(cell.strip() for cell in candidate.text.split("\t"))  # table rows: cells apart
    return (f"{candidate.file}:{candidate.position.line} [{candidate.document}, {candidate.source}] "
            f"{text} → {figure}{note}")


def evidence_block(verdict: Verdict) -> list[str]:
    """What a reader needs to check a grade: quote, target as read, outcome and where it stands."""
    rule = verdict.rule
    places = ", ".join(f"{p.document}:{p.position.line}" for p in rule.places)
    lines = [f"pledge:   {rule.pledge.quote}  ({places})",
             f"rule:     {rule.origin}",
             f"target:   {verdict.target.describe() if verdict.target else 'milestone'}"]
    if verdict.outcome is not None:
        ratio = f"  (ratio {format_number(verdict.ratio)})" if verdict.ratio is not None else ""
        lines.append(f"outcome:  {format_number(verdict.outcome)} {verdict.target.unit}{ratio}")
    if verdict.chosen is not None:
        lines.append(f"evidence: {candidate_line(verdict.chosen)}")
    lines.append(f"grade:    {verdict.grade.value}" + (f" ({verdict.reason.value})" if verdict.reason else "")
                 + f": {verdict.explanation}")
    if verdict.conflict:
        lines.append("note:     the reports state this figure differently; see every candidate with -vv")
    if rule.pledge.note:
        lines.append(f"why:      {rule.pledge.note}")
    return lines


def unverifiable_summary(verdicts: list[Verdict]) -> list[str]:
    """One line per pledge, or per group sharing a reason word for word, as pytest groups skips.

    ``UNVERIFIABLE [40] yuexiu-2018-gdp-growth … - no_outcome_report: the corpus has no report reviewing 2018``
    """
    groups: dict[tuple, list[Verdict]] = {}
    for verdict in verdicts:
        groups.setdefault((verdict.reason, verdict.explanation), []).append(verdict)
    lines = []
    for (reason, explanation), group in groups.items():
        who = group[0].id if len(group) == 1 else f"[{len(group)}] {group[0].id} …"
        lines.append(f"UNVERIFIABLE {who} - {reason.value}: {explanation}")
    return lines


class TerminalReport:
    """Writes the pytest-style report, piece by piece as the audit goes."""

    def __init__(self, out: TextIO, verbosity: int = 0, colour: bool = False):
        self.out = out
        self.verbosity = verbosity
        self.colour = colour
        self.width = min(shutil.get_terminal_size((80, 24)).columns, 100)
        self.root = ""  # rule files are named from their common folder, as pytest names tests from its rootdir

    def _name(self, file: str) -> str:
        return os.path.relpath(os.path.abspath(file), os.path.abspath(self.root)) if self.root else file

    def _paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def rule(self, title: str, fill: str = "=", code: str = "1") -> None:
        """A full-width separator line with a title, as pytest draws them."""
        title = f" {title} " if title else ""
        side = max(self.width - len(title), 2) // 2
        self.out.write(self._paint(f"{fill * side}{title}{fill * side}", code) + "\n")

    def header(self, corpus: Corpus, rules: RuleBook, selected: int) -> None:
        self.rule("pledgetrack audit")
        reviewed = ", ".join(map(str, corpus.years_reviewed))
        planned = ", ".join(map(str, corpus.years_planned))
        self.out.write(f"corpus: {corpus.manifest} ({len(corpus)} documents; reviews {reviewed}; plans {planned})\n")
        if rules.files:
            self.root = os.path.commonpath([os.path.dirname(os.path.abspath(f)) for f in rules.files])
            self.root = os.path.relpath(self.root) if self.root.startswith(os.getcwd()) else self.root
        where = f" in {self.root}" if self.root else ""
        self.out.write(f"rules: {len(rules.files) or 'built in code'} files{where}, {len(rules)} pledges"
                       f"{f', {selected} selected' if selected != len(rules) else ''}\n\n")

    def file_done(self, file: str, verdicts: Iterable[Verdict], done: int, total: int) -> None:
        verdicts = list(verdicts)
        file = self._name(file)
        percent = f"[{100 * done // max(total, 1):3d}%]"
        if self.verbosity == 0:
            chars = "".join(self._paint(progress_char(v.grade), _COLOURS[v.grade]) for v in verdicts)
            pad = max(self.width - len(file) - len(verdicts) - len(percent) - 2, 1)
            self.out.write(f"{file} {chars}{' ' * pad}{percent}\n")
            return
        for verdict in verdicts:
            grade = self._paint(verdict.grade.value.upper(), _COLOURS[verdict.grade])
            self.out.write(f"{file}::{verdict.id} {grade}"
                           + (f" ({verdict.reason.value})" if verdict.reason else "")
                           + (" [drafted]" if verdict.rule.pledge.drafted else "") + "\n")
            if self.verbosity > 1:
                for candidate in verdict.candidates:
                    self.out.write(f"    {candidate_line(candidate)}\n")

    def summary(self, verdicts: list[Verdict], seconds: float, sections: Iterable[tuple[str, list[str]]] = ()) -> None:
        """The closing sections: missed pledges, unverifiable ones, any ``sections`` (title, lines), the counts."""
        missed = [v for v in verdicts if v.grade is Grade.MISSED]
        if missed:
            self.out.write("\n")
            self.rule("MISSED")
            for verdict in missed:
                self.rule(verdict.id, "_", "31;1")
                self.out.write("\n".join(evidence_block(verdict)) + "\n\n")
        unverifiable = [v for v in verdicts if v.grade is Grade.UNVERIFIABLE]
        if unverifiable:
            self.rule("short summary of unverifiable pledges", "=", "33")
            for line in unverifiable_summary(unverifiable):
                self.out.write(line + "\n")
        for title, lines in sections:
            self.rule(title)
            self.out.write("".join(line + "\n" for line in lines))
        if drafted_text(verdicts):
            self.out.write(self._paint(drafted_text(verdicts), "33") + "\n")
        counts = {g: sum(1 for v in verdicts if v.grade is g) for g in Grade}
        code = "31;1" if missed else "32;1"
        self.rule(counts_line(counts, seconds), "=", code)
