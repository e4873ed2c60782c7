"""Issue 21: a --dask address is checked where it enters; a cluster with no worker left stops the audit."""

from __future__ import annotations

import signal
import time

import distributed
import pytest

from pledgetrack.cli import main
from pledgetrack.engines import check_dask_address, open_executor
from pledgetrack.errors import PledgetrackError


@pytest.mark.parametrize("address, said", [
    ("http://scheduler:8786", "http://scheduler:8786 is a web address (the dashboard's?)"),
    ("https://dask.example.org/status", "is a web address"),
    ("tcp://scheduler", "tcp://scheduler names no port"),
    ("scheduler", "scheduler names no port"),
    ("tcp://scheduler:87x6", "has the port '87x6', which is not a number from 1 to 65535"),
    ("tcp://scheduler:", "has the port '', which is not a number"),
    ("tcp://scheduler:99999", "has the port '99999'"),
    ("gopher://scheduler:8786", "has the scheme gopher://, which Dask does not speak"),
    ("", "names no port"),
])
def test_an_address_that_cannot_be_a_scheduler_is_one_line_and_exit_2(capsys, address, said):
    started = time.monotonic()
    assert main(["audit", "--dask", address]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and "tcp://HOST:8786" in err
    assert "Traceback" not in err
    assert time.monotonic() - started < 10  # refused before the corpus is read or a scheduler is looked for


@pytest.mark.parametrize("address", ["tcp://scheduler:8786", "scheduler:8786", "tls://10.0.0.5:8786",
                                     "tcp://[::1]:8786", "inproc://10.0.0.5/123/1"])
def test_a_scheduler_address_passes(address):
    assert check_dask_address(address) == address


def test_a_timeout_that_is_no_number_of_seconds_is_a_usage_error(capsys):
    assert main(["audit", "--dask-timeout", "soon"]) == 2
    assert "expected a number of seconds above 0, found 'soon'" in capsys.readouterr().err


def test_an_audit_whose_cluster_loses_every_worker_stops_after_the_timeout_it_names():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster:
        with open_executor(dask=cluster.scheduler_address, timeout=2) as executor:
            assert executor.submit(sum, [1, 2]).result() == 3  # it works while there is a worker
            cluster.scale(0)
            with distributed.Client(cluster.scheduler_address) as watcher:
                deadline = time.monotonic() + 60
                while watcher.nthreads() and time.monotonic() < deadline:
                    time.sleep(0.1)
                assert not watcher.nthreads()
            pending = executor.submit(sum, [3, 4])
            started = time.monotonic()
            with pytest.raises(PledgetrackError) as caught:
                pending.result()
            waited = time.monotonic() - started
    message = str(caught.value)
    assert "--dask: the Dask cluster at tcp://" in message
    assert "has had no worker for 2 s (--dask-timeout); the audit stopped" in message
    assert 2 <= waited < 30


def test_the_command_line_stops_when_the_cluster_has_no_worker(capsys, tmp_path):
    with distributed.LocalCluster(n_workers=0, processes=True, dashboard_address=None, silence_logs=50) as cluster:
        output = tmp_path / "audit.jsonl"
        status = main(["audit", "--dask", cluster.scheduler_address, "--dask-timeout", "1", "--format", "jsonl",
                       "--output", str(output), "--as-of", "2026-11-21", "--no-cache"])
    err = capsys.readouterr().err
    assert status == 2 and "has had no worker for 1 s (--dask-timeout)" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # nothing written, no temporary file left


def _times_out():
    raise TimeoutError("the work's own")


def test_a_task_that_raises_timeouterror_is_given_back_not_waited_on():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                                  silence_logs=50) as cluster:
        with open_executor(dask=cluster.scheduler_address, timeout=2) as executor:
            # Were the work's TimeoutError taken for "not yet", result() would ask again for ever.
            signal.signal(signal.SIGALRM, lambda *_: pytest.fail("result() kept waiting on a finished task"))
            signal.alarm(30)
            try:
                with pytest.raises(TimeoutError, match="the work's own"):
                    executor.submit(_times_out).result()
            finally:
                signal.alarm(0)
