"""``--format junit``: the audit as JUnit XML, for the test dashboards of CI services.

One ``<testsuite>`` per rule file (named by the file and its folder, e.g.
``guangzhou-yuexiu/2023.yaml``, with its path in its ``file`` attribute, ``bundled rules/…`` for pledgetrack's own), one
``<testcase>`` per pledge: ``classname="pledgetrack.<year>"`` and ``name`` the pledge id.

- ``missed``: a ``<failure type="missed">`` whose message is the explanation and
  whose text is the evidence block (quote, target as read, outcome, the evidence
  sentence with its original file:line, ratio, rule file:line);
- ``unverifiable``: ``<skipped type="unverifiable" message="<reason>: <explanation>">``;
- ``met`` and ``exceeded`` pass; every case that does not fail prints its grade and
  evidence block in ``<system-out>``.

The output is valid against the Jenkins xunit plugin's ``junit-10.xsd``, the schema
pytest checks its own ``xunit2`` reports with. That schema has no ``file`` or ``line``
on ``<testcase>`` (nor ``<properties>`` inside one), so the rule's place is in the
evidence block and the rule file on the suite.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..audit import AuditResult
from ..results import Verdict
from ..rules.model import Grade
from ..paths import public_path
from .common import clean, counts_text, drafted_text, origins, short_names, tally
from .terminal import evidence_block


def render(result: AuditResult) -> str:
    """The audit as a JUnit XML document (UTF-8), ending in a newline.

    >>> import datetime
    >>> from pledgetrack import Pledge, audit, build_rules
    >>> book = build_rules([Pledge(id="fairs", year=2023, quote="招聘会不少于100场", evidence=["招聘会"])])
    >>> xml = render(audit(rules=book, as_of=datetime.date(2026, 11, 21)))
    >>> print(xml.splitlines()[2].strip())
    <testsuite name="&lt;python&gt;" tests="1" failures="0" errors="0" skipped="0" file="&lt;python&gt;">
    """
    files = origins(result)
    names = short_names(files)
    root = ET.Element("testsuites", {
        "name": "pledgetrack audit",
        "tests": str(len(result.verdicts)),
        "failures": str(result.counts()[Grade.MISSED]),
        "errors": "0",
    })
    for file in files:
        verdicts = [v for v in result.verdicts if v.rule.origin.file == file]
        root.append(_suite(names[file], file, verdicts, result))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(name: str, file: str, verdicts: list[Verdict], result: AuditResult) -> ET.Element:
    counts = tally(verdicts)
    suite = ET.Element("testsuite", {
        "name": clean(name),
        "tests": str(len(verdicts)),
        "failures": str(counts[Grade.MISSED]),
        "errors": "0",
        "skipped": str(counts[Grade.UNVERIFIABLE]),
        "file": clean(public_path(file)),
    })
    properties = ET.SubElement(suite, "properties")
    for key, value in (("rule_file", public_path(file)), ("corpus", public_path(result.corpus.manifest)),
                       ("as_of", result.as_of.isoformat()), ("grades", counts_text(counts)),
                       ("drafted", drafted_text(verdicts) or "none")):
        ET.SubElement(properties, "property", {"name": key, "value": clean(value)})
    for verdict in verdicts:
        suite.append(_case(verdict))
    return suite


def _case(verdict: Verdict) -> ET.Element:
    case = ET.Element("testcase", {"classname": f"pledgetrack.{verdict.rule.year}", "name": clean(verdict.id)})
    drafted = ["rule: drafted, not reviewed yet"] if verdict.rule.pledge.drafted else []
    block = clean("\n".join(evidence_block(verdict) + drafted))
    if verdict.grade is Grade.MISSED:
        failure = ET.SubElement(case, "failure", {"type": "missed", "message": clean(verdict.explanation)})
        failure.text = block
        return case
    if verdict.grade is Grade.UNVERIFIABLE:
        reason = verdict.reason.value if verdict.reason is not None else "unverifiable"
        ET.SubElement(case, "skipped", {"type": "unverifiable",
                                        "message": clean(f"{reason}: {verdict.explanation}")})
    ET.SubElement(case, "system-out").text = block
    return case
