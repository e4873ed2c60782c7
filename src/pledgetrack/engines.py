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
import re
import time
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor

from .errors import PledgetrackError, Problem


# Grading a government makes many objects that live until its last pledge is graded: with
# the collector's default thresholds they are walked again and again (a tenth of the CPU,
# measured on the synthetic corpus of benchmarks/bench_scale.py).
RELAXED_GC = (100_000, 50, 100)
# How long a Dask audit waits for its scheduler to answer, and for a worker while the cluster has none
# (``--dask-timeout``): a cluster whose workers are all gone stops the audit, never holds it for ever.
DASK_TIMEOUT = 60.0
# How often a result that has not come is looked after: is there still a worker to make it?
_POLL = 0.5
_SCHEMES = ("tcp", "tls", "ucx", "ws", "wss", "inproc")
_HELP = "give the scheduler's address as tcp://HOST:8786 (what `dask scheduler` prints)"


def default_jobs() -> int:
    """How many processes ``--jobs`` starts by default: one per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_dask_address(address: str) -> str:
    """A Dask scheduler's address as given to ``--dask``, checked; :class:`PledgetrackError` in one line if it
    cannot be one (a web address, no port, a port that is no number).

    >>> check_dask_address("tcp://scheduler:8786"), check_dask_address("10.0.0.5:8786")
    ('tcp://scheduler:8786', '10.0.0.5:8786')
    >>> check_dask_address("http://scheduler:8787")
    Traceback (most recent call last):
    ...
    pledgetrack.errors.PledgetrackError: --dask: http://scheduler:8787 is a web address (the dashboard's?), not a Dask scheduler's; give the scheduler's address as tcp://HOST:8786 (what `dask scheduler` prints), not the dashboard's
    """
    scheme, _, rest = address.rpartition("://")
    if scheme in ("http", "https"):
        _refuse(f"{address} is a web address (the dashboard's?), not a Dask scheduler's", f"{_HELP}, not the dashboard's")
    if scheme and scheme not in _SCHEMES:
        _refuse(f"{address} has the scheme {scheme}://, which Dask does not speak (it speaks {', '.join(_SCHEMES)})")
    if scheme == "inproc":
        return address
    host, colon, port = rest.rpartition(":")
    if not colon or not host:
        _refuse(f"{address} names no port")
    if not re.fullmatch(r"[0-9]{1,5}", port) or not 0 < int(port) < 65536:
        _refuse(f"{address} has the port {port!r}, which is not a number from 1 to 65535")
    return address


def _refuse(message: str, hint: str = _HELP):
    raise PledgetrackError([Problem("--dask", None, None, f"{message}; {hint}", "", "dask")])


@contextlib.contextmanager
def open_executor(jobs: int = 1, dask: str | None = None, tasks: int | None = None,
                  timeout: float = DASK_TIMEOUT) -> Iterator[Executor | None]:
    """The executor for ``jobs`` processes (no more than ``tasks``), or a Dask cluster's at ``dask``
    (waiting ``timeout`` seconds for its scheduler, and as long for a worker whenever it has none).

    Yields None when the work is best done in this process (one job, or one task). The
    processes doing the work, this one or the pool's, run the cycle collector less often
    (:func:`relaxed_collector`); a Dask cluster's workers are left as their owner set them.
    """
    if dask is not None:
        with _dask_client(check_dask_address(dask), timeout) as client:
            yield _Watched(client, dask, timeout)
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
    except (OSError, ValueError, TypeError) as exc:  # an address Dask itself cannot parse is a ValueError
        raise PledgetrackError([Problem("--dask", None, None, f"cannot reach the Dask scheduler at {address}: {exc}",
                                        "start one (dask scheduler) or give its address as tcp://HOST:8786",
                                        "dask")]) from None
    with client:
        yield client


class _Watched(Executor):
    """A Dask client's executor whose results are not waited for while the cluster has no worker to make them."""

    def __init__(self, client, address: str, timeout: float):
        self._client, self._address, self.timeout = client, address, timeout
        self._inner = client.get_executor()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        return _WatchedFuture(self._inner.submit(fn, *args, **kwargs), self)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._inner.shutdown(wait=wait)

    def has_workers(self) -> bool:
        try:
            return bool(self._client.nthreads())
        except Exception:  # noqa: BLE001 - a scheduler that does not answer has no worker for us either
            return False

    def gone(self) -> PledgetrackError:
        return PledgetrackError([Problem(
            "--dask", None, None, f"the Dask cluster at {self._address} has had no worker for "
            f"{self.timeout:g} s (--dask-timeout); the audit stopped and wrote nothing; "
            "start workers (dask worker ADDRESS) and run it again", "", "dask")])


class _WatchedFuture(Future):
    """A Dask result, waited for in short spells; between them, the cluster is asked whether it still has a worker."""

    def __init__(self, inner: Future, executor: _Watched):
        super().__init__()
        self._inner, self._executor = inner, executor

    def result(self, timeout: float | None = None):
        deadline = None if timeout is None else time.monotonic() + timeout
        alone_since = None
        while True:
            try:
                return self._inner.result(timeout=_POLL if deadline is None else
                                          max(0, min(_POLL, deadline - time.monotonic())))
            except TimeoutError:
                # The work's own TimeoutError (it is done), or the caller's timeout: not ours to wait on.
                if self._inner.done() or deadline is not None and time.monotonic() >= deadline:
                    raise
            if self._executor.has_workers():
                alone_since = None
                continue
            alone_since = alone_since or time.monotonic()
            if time.monotonic() - alone_since >= self._executor.timeout:
                self._inner.cancel()
                raise self._executor.gone()

    def exception(self, timeout: float | None = None) -> BaseException | None:
        try:
            self.result(timeout)
        except TimeoutError:
            raise
        except Exception as exc:  # noqa: BLE001 - what the work raised, given back as Future.exception does
            return exc
        return None

    def add_done_callback(self, fn) -> None:
        self._inner.add_done_callback(lambda _: fn(self))

    def done(self) -> bool:
        return self._inner.done()

    def cancel(self) -> bool:
        return self._inner.cancel()
