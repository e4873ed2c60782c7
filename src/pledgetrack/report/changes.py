"""What changed since the baseline (``--baseline OLD.json``), for the terminal, JSON and HTML reports.

>>> from pledgetrack.history import Baseline, Change, Changes, Status
>>> old = {"grade": "exceeded", "reason": None, "outcome_value": "175", "outcome_unit": "场",
...        "outcome_text": "175场", "evidence_document": "yuexiu-2024-drc", "evidence_file": "000_a.txt",
...        "evidence_line": 84, "evidence_text": "组织各类招聘会175场"}
>>> new = dict(old, grade="met")
>>> changes = Changes(Baseline("old.json", "2026-11-21", {}), (Change("fairs", Status.CHANGED, ("grade",), old, new),))
>>> title(changes)
'changed since old.json (2026-11-21)'
>>> print("\\n".join(terminal_lines(changes)))
CHANGED fairs: grade exceeded → met
1 changed, 0 new, 0 gone, 0 unchanged
>>> print("\\n".join(terminal_lines(changes, "zh")))
有变化 fairs: 评定 超额完成 → 已完成
有变化 1，新增 0，已移除 0，未变 0
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from html import escape

from ..amounts import style_of, write_amount
from ..history import Change, Changes, Status
from ..wording import words
from .common import clean


def title(changes: Changes, lang: str = "en") -> str:
    """The heading of the section: ``changed since old.json (2026-11-21)``."""
    t = words(lang)
    as_of = t["c.as_of"].format(as_of=changes.baseline.as_of) if changes.baseline.as_of else ""
    return t["c.title"].format(file=changes.baseline.file, as_of=as_of)


def summary(changes: Changes, lang: str = "en") -> str:
    """``1 changed, 0 new, 0 gone, 199 unchanged``; ``有变化 1，新增 0，已移除 0，未变 199``."""
    t = words(lang)
    return t["c.join"].join(t["c.count"].format(n=n, status=t[f"c.status.{status}"])
                            for status, n in changes.counts().items())


def _grade(values: dict, lang: str = "en") -> str:
    # A baseline is data from elsewhere: a grade or reason this version does not know is shown as written.
    t = words(lang)
    grade, reason = str(values["grade"]), values["reason"]
    text = t.get(f"grade.{grade}", grade)
    return text + (t["brackets"].format(t.get(f"reason.{reason}", str(reason))) if reason else "")


def _outcome(values: dict, lang: str = "en") -> str:
    """The outcome as every other output writes it: the report's unit and 万/亿 (``90.7 亿元``).

    >>> _outcome({"outcome_value": "9070000000", "outcome_unit": "元", "outcome_text": "90.7亿元"})
    '90.7 亿元'
    >>> _outcome({"outcome_value": "51000", "outcome_unit": "户", "outcome_text": "5.1万户"})
    '5.1 万户'
    >>> _outcome({"outcome_value": None, "outcome_unit": None, "outcome_text": None})
    'none'
    """
    value, unit, text = values["outcome_value"], str(values["outcome_unit"] or ""), values.get("outcome_text")
    if value is None or value == "":
        return words(lang)["c.none"]
    try:
        figure = Decimal(str(value))
    except InvalidOperation:  # a baseline written by hand: shown as it stands
        return f"{value} {unit}".strip()
    if not figure.is_finite():
        return f"{value} {unit}".strip()
    return write_amount(figure, unit, style_of(text if isinstance(text, str) else None, unit))


def _evidence(values: dict, lang: str = "en") -> str:
    return f"{values['evidence_file']}:{values['evidence_line']}" if values["evidence_file"] else words(lang)["c.none"]


def differences(change: Change, lang: str = "en") -> str:
    """What changed, old → new: ``grade missed → met; outcome 3.4 % → 4.5 %``."""
    t = words(lang)
    show = {"grade": _grade, "outcome": _outcome, "evidence": _evidence}
    parts = []
    for aspect in change.aspects:
        old, new = show[aspect](change.old, lang), show[aspect](change.new, lang)
        if aspect == "evidence" and old == new:  # same place, other words: the report was edited
            old, new = f"{old} “{change.old['evidence_text']}”", f"“{change.new['evidence_text']}”"
        parts.append(f"{t['c.aspect.' + aspect]} {old} → {new}")
    return t["c.parts"].join(parts)


def describe(change: Change, lang: str = "en") -> str:
    """One pledge's line, without its status word."""
    if change.status is Status.NEW:
        return f"{change.id}: {_grade(change.new, lang)}"
    if change.status is Status.GONE:
        return f"{change.id}: {words(lang)['c.was'].format(grade=_grade(change.old, lang))}"
    return f"{change.id}: {differences(change, lang)}"


def terminal_lines(changes: Changes, lang: str = "en") -> list[str]:
    """A line per pledge that is not unchanged, as pytest lists its summary, then the counts."""
    t = words(lang)
    return ([f"{t['c.status.' + c.status.value].upper()} {clean(describe(c, lang))}" for c in changes.shown()]
            + [summary(changes, lang)])


def to_data(changes: Changes) -> dict:
    """The ``changes`` object of the JSON output."""
    return {
        "baseline": changes.baseline.file,
        "baseline_as_of": changes.baseline.as_of,
        "counts": changes.counts(),
        "pledges": [{"id": c.id, "status": c.status.value, "aspects": list(c.aspects), "old": c.old, "new": c.new}
                    for c in changes.pledges],
    }


def html_section(changes: Changes, lang: str = "en") -> str:
    """A section of the scorecard listing what changed; each id links to its row below."""
    t = words(lang)
    rows = "".join(f'<tr><td>{t["c.status." + c.status.value]}</td><td><a href="#p-{escape(clean(c.id))}"><code>'
                   f"{escape(clean(c.id))}</code></a></td><td>{escape(clean(describe(c, lang).partition(': ')[2]))}"
                   "</td></tr>" for c in changes.shown())
    heads = "".join(f"<th>{t['c.col.' + name]}</th>" for name in ("status", "pledge", "change"))
    table = f"<table><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>" if rows else ""
    return (f'<section id="changes"><h2>{escape(clean(title(changes, lang)))}</h2>'
            f"<p>{summary(changes, lang)}{t['c.stop']}</p>{table}</section>")
