"""The docs that are generated from the code stay in step with it."""

from pathlib import Path

import jsonschema

from pledgetrack.rules import bundled_rules_path, json_schema, reference_markdown
from pledgetrack.yamldata import load_yaml

DOCS = Path(__file__).parents[1] / "docs"


def test_the_rule_reference_in_the_docs_is_the_generated_one():
    text = (DOCS / "rules.md").read_text(encoding="utf-8")
    generated = text.split("<!-- BEGIN GENERATED -->\n", 1)[1].split("<!-- END GENERATED -->", 1)[0]
    assert generated == reference_markdown(), "run `pledgetrack schema --markdown` and paste it into docs/rules.md"


def test_every_bundled_rule_file_satisfies_the_json_schema():
    schema = json_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    files = [p for p in bundled_rules_path().rglob("*.yaml") if p.name != "vocabulary.yaml"]
    assert files
    for path in files:
        data = load_yaml(path).data
        jsonschema.validate(_json_ready(data), schema)


def test_the_schema_refuses_an_unknown_key():
    bad = {"pledges": [{"id": "a", "year": 2023, "quote": "q", "evidence": ["x"], "qoute": "q"}]}
    assert not jsonschema.Draft7Validator(json_schema()).is_valid(bad)


def _json_ready(value):
    """YAML numbers with a fraction come back as Decimal; JSON Schema knows them as numbers."""
    from decimal import Decimal

    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    return float(value) if isinstance(value, Decimal) else value
