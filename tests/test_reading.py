"""Reading a report gives exactly what it gave when the digests were taken, for every report and variant."""

import json

from reading_digest import FIXTURE, digests


def test_every_report_and_variant_reads_as_it_did(tmp_path):
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))
    found = digests(tmp_path)
    assert found.keys() == expected.keys()
    changed = [label for label in expected if found[label] != expected[label]]
    assert not changed, f"{len(changed)} of {len(expected)} read differently: {changed[:10]}"
