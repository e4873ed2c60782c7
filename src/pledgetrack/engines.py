"""Where an audit's work runs: in this process, in a pool of processes, or on a Dask cluster.

Any :class:`concurrent.futures.Executor` will do (``audit(..., executor=...)``); this
module opens the ones the command line names, and closes them again.

>>> with open_executor(jobs=4, tasks=1) as executor:   # one government: no pool is worth starting
...     executor is None
True
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor

from .errors import PledgetrackError, Problem


def default_jobs() -> int:
    """How many processes ``--jobs`` starts by default: one per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def open_executor(jobs: int = 1, dask: str | None = None, tasks: int | None = None,
                  timeout: float = 30) -> Iterator[Executor | None]:
    """The executor for ``jobs`` processes (no more than ``tasks``), or a Dask cluster's at ``dask``
    (waiting ``timeout`` seconds for its scheduler).

    Yields None when the work is best done in this process (one job, or one task).
    """
    if dask is not None:
        with _dask_client(dask, timeout) as client:
            yield client.get_executor()
        return
    workers = min(jobs, tasks) if tasks is not None else jobs
    if workers <= 1:
        yield None
        return
    with ProcessPoolExecutor(workers) as pool:
        yield pool


@contextlib.contextmanager
def _dask_client(address: str, timeout: float):
    try:
        from distributed import Client
    except ImportError:
        raise PledgetrackError([Problem("--dask", None, None, "Dask is not installed",
                                        "install it with: pip install 'pledgetrack[dask]'", "dask")]) from None
    try:
        client = Client(address, timeout=timeout)
    except OSError as exc:
        raise PledgetrackError([Problem("--dask", None, None, f"cannot reach the Dask scheduler at {address}: {exc}",
                                        "start one (dask scheduler) or give its address as tcp://HOST:8786",
                                        "dask")]) from None
    with client:
        yield client
