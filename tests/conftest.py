"""Shared fixtures: the bundled corpus and the audit of the bundled rule book, loaded once."""

import datetime

import pytest

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
