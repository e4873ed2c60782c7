"""The auditor's gold cases of the shared corpora (tests/corpora/*/gold.yaml) as the rules a user writes.

Each case becomes a four-line rule: id, year, quote, evidence words; where the quote holds several figures,
``target`` is the one nearest after the first word (the gold's convention), and a quote without a figure is a
milestone. Used by the tests that grade the gold and by benchmarks/bench_identity.py.
"""

from pledgetrack import find_quantities


def four_line_rule(case: dict) -> dict:
    """The rule a user writes for a gold case."""
    rule = {"id": case["id"], "year": case["year"], "quote": case["quote"], "evidence": list(case["words"])}
    figures = find_quantities(case["quote"])
    if len(figures) > 1:
        at = max(case["quote"].find(case["words"][0]), 0)
        rule["target"] = ([q for q in figures if q.span[0] >= at] or figures)[0].text.strip()
    elif not figures:
        rule["kind"] = "milestone"
    return rule
