"""The audit on a real Dask cluster (a LocalCluster started here): the same JSON as in one process."""

from __future__ import annotations

import datetime
import os

import distributed  # in the test extra: a missing Dask fails here rather than skipping quietly
import pytest

from pledgetrack import audit, load_corpus, load_rules
from pledgetrack.cli import main
from pledgetrack.engines import open_executor
from pledgetrack.errors import PledgetrackError
from pledgetrack.report.json import render

from synthetic_corpus import build

AS_OF = datetime.date(2026, 11, 21)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        yield cluster


def test_a_dask_executor_gives_the_verdicts_of_one_process(tmp_path, cluster):
    corpus_path, rules_path = build(tmp_path, 2)
    corpus = load_corpus(corpus_path, lazy=True)
    book = load_rules(rules_path, corpus)
    alone = render(audit(corpus, book, as_of=AS_OF))
    with distributed.Client(cluster) as client:
        spread = render(audit(corpus, book, as_of=AS_OF, executor=client.get_executor()))
    assert spread == alone
    assert '"document": "g00001-yuexiu-2024-drc"' in spread


def test_the_command_line_grades_on_a_dask_scheduler(capsys, cluster):
    args = ["audit", "--format", "json", "--as-of", AS_OF.isoformat()]
    main([*args, "--jobs", "1"])
    alone = capsys.readouterr().out
    main([*args, "--dask", cluster.scheduler_address])
    assert capsys.readouterr().out == alone


def test_jsonl_made_on_dask_workers_in_another_folder_is_the_bytes_of_one_process(capsys, cluster, tmp_path,
                                                                                  monkeypatch):
    build(tmp_path / "audit", 2)
    monkeypatch.chdir(tmp_path / "audit")  # the paths typed relative to here, the workers elsewhere
    args = ["audit", "--format", "jsonl", "--as-of", AS_OF.isoformat(), "--corpus", "corpus", "--rules", "rules"]
    main([*args, "--jobs", "1"])
    alone = capsys.readouterr().out
    with distributed.Client(cluster) as client:
        folders = client.run(os.getcwd)
        client.run(os.chdir, str(tmp_path))
        try:
            main([*args, "--dask", cluster.scheduler_address])
        finally:
            client.run(lambda: os.chdir(folders[next(iter(folders))]))
    spread = capsys.readouterr().out
    assert spread == alone
    assert '"rule_file": "rules/g00001/2023.yaml"' in alone


def test_an_unreachable_scheduler_is_a_clear_problem():
    with pytest.raises(PledgetrackError) as caught:
        with open_executor(dask="tcp://127.0.0.1:9", timeout=1):
            pass
    problem = caught.value.problems[0]
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in str(problem)
    assert "tcp://HOST:8786" in problem.hint
