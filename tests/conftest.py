"""Shared fixtures: the bundled corpus and the audit of the bundled rule book, loaded once."""

import atexit
import datetime
import os
import shutil
import tempfile

import pytest
from hypothesis import settings

# The command line keeps a cache of parsed reports in the user's cache folder: the tests keep theirs
# in a folder of their own, so that a run never reads or leaves anything in the home folder.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="pledgetrack-tests-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)

# No test is timed (speed is measured in benchmarks/): hypothesis's 200 ms deadline per example would
# only make a test fail on a machine busy with something else.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

# The day the tests take as "today", so that pending/no_outcome_report never drift with the clock.
AS_OF = datetime.date(2026, 11, 21)


@pytest.fixture(scope="session")
def corpus():
    from pledgetrack.corpus import load_corpus

    return load_corpus()


@pytest.fixture(scope="session")
def bundled_audit(corpus):
    from pledgetrack.audit import audit

    return audit(corpus, as_of=AS_OF)
