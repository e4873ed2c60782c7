"""Where an audit's work runs: in this process, in a pool of processes, or on a Dask cluster.

Any :class:`concurrent.futures.Executor` will do (``audit(..., executor=...)``); this
module opens the ones the command line names, and closes them again.

>>> with open_executor(jobs=4, tasks=1) as executor:   # one government: no pool is worth starting
...     executor is None
True
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor

from .errors import PledgetrackError, Problem


# Grading a government makes many objects that live until its last pledge is graded: with
# the collector's default thresholds they are walked again and again (a tenth of the CPU,
# measured on the synthetic corpus of benchmarks/bench_scale.py).
RELAXED_GC = (100_000, 50, 100)


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

    Yields None when the work is best done in this process (one job, or one task). The
    processes doing the work, this one or the pool's, run the cycle collector less often
    (:func:`relaxed_collector`); a Dask cluster's workers are left as their owner set them.
    """
    if dask is not None:
        with _dask_client(dask, timeout) as client:
            yield client.get_executor()
        return
    workers = min(jobs, tasks) if tasks is not None else jobs
    if workers <= 1:
        with relaxed_collector():
            yield None
        return
    with ProcessPoolExecutor(workers, initializer=gc.set_threshold, initargs=RELAXED_GC) as pool:
        yield pool


@contextlib.contextmanager
def relaxed_collector() -> Iterator[None]:
    """Python's cycle collector run less often (:data:`RELAXED_GC`) for as long as the block lasts.

    >>> with relaxed_collector():
    ...     gc.get_threshold() == RELAXED_GC
    True
    """
    kept = gc.get_threshold()
    gc.set_threshold(*RELAXED_GC)
    try:
        yield
    finally:
        gc.set_threshold(*kept)


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
