"""How far a long audit has got, on one line of stderr rewritten in place; only on a terminal.

>>> import io
>>> out = io.StringIO()
>>> progress = Progress(pledges=400, documents=10, out=out, shown=True, clock=iter([0, 2, 4]).__next__)
>>> progress.advance(200, 5)
>>> out.getvalue().split("\\r")[-1]
'graded 200/400 pledges (50%), read 5/10 reports, 100 pledges/s, about 2s left'
>>> progress.close()
>>> out.getvalue().endswith("\\n")
True

``pledgetrack draft`` counts plan years drafted, and no reports:

>>> out = io.StringIO()
>>> Progress(8, None, out=out, shown=True, clock=iter([0, 2]).__next__, verb="drafted", unit="plans").advance(4)
>>> out.getvalue().split("\\r")[-1]
'drafted 4/8 plans (50%), 2 plans/s, about 2s left'

``clear`` blanks the line for a line printed meanwhile (``draft`` names each file as it writes it):

>>> out = io.StringIO()
>>> progress = Progress(8, None, out=out, shown=True, clock=iter([0, 2]).__next__, verb="drafted", unit="plans")
>>> progress.advance(4)
>>> progress.clear()
>>> blank = out.getvalue().split("\\r")[-2]
>>> blank.strip(), len(blank) == len("drafted 4/8 plans (50%), 2 plans/s, about 2s left"), out.getvalue()[-1]
('', True, '\\r')
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class Progress:
    """Counts pledges graded and reports read against their totals; says the rate and the time left.

    ``shown`` defaults to whether ``out`` is a terminal, so that a log or a pipe gets no
    carriage returns. Updates come at most every ``every`` seconds. ``verb`` and ``unit`` say
    what is counted (``graded`` ``pledges``); ``documents`` None leaves the reports out.
    """

    def __init__(self, pledges: int, documents: int | None, out: TextIO | None = None, shown: bool | None = None,
                 every: float = 0.2, clock: Callable[[], float] = time.monotonic, verb: str = "graded",
                 unit: str = "pledges"):
        self.out = out if out is not None else sys.stderr
        self.shown = self.out.isatty() if shown is None else shown
        self.totals = (pledges, documents)
        self.pledges = self.documents = 0
        self.clock = clock
        self.started = clock()
        self.every = every
        self.last = float("-inf")
        self.width = 0
        self.verb, self.unit = verb, unit

    def advance(self, pledges: int, documents: int = 0) -> None:
        """Count ``pledges`` more graded and ``documents`` more read."""
        self.pledges += pledges
        self.documents += documents
        now = self.clock()
        if self.shown and (now - self.last >= self.every or self.pledges >= self.totals[0]):
            self.last = now
            self._write(self.line(now - self.started))

    def line(self, elapsed: float) -> str:
        """The progress line after ``elapsed`` seconds."""
        pledges, documents = self.totals
        share = self.pledges / pledges if pledges else 1
        text = f"{self.verb} {self.pledges}/{pledges} {self.unit} ({share:.0%})"
        if documents is not None:
            text += f", read {self.documents}/{documents} reports"
        if elapsed > 0 and self.pledges:
            rate = self.pledges / elapsed
            text += f", {rate:,.0f} {self.unit}/s, about {_duration((pledges - self.pledges) / rate)} left"
        return text

    def _write(self, text: str) -> None:
        self.out.write("\r" + text.ljust(self.width))
        self.width = len(text)
        self.out.flush()

    def clear(self) -> None:
        """Blank the line, so that a line printed while work goes on stands alone; the next advance redraws it."""
        if self.shown and self.width:
            self.out.write("\r" + " " * self.width + "\r")
            self.out.flush()
            self.width = 0
            self.last = float("-inf")

    def close(self) -> None:
        """End the line, so that what follows starts on a line of its own."""
        if self.shown and self.width:
            self.out.write("\n")
            self.out.flush()


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    return f"{minutes // 60}h{minutes % 60:02d}m"
