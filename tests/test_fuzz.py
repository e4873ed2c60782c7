"""Mutated rule files, vocabularies, manifests and random text: only PledgetrackError, never another exception.

Kept small so that the suite stays fast; benchmarks/bench_fuzz.py runs the long campaign
with the same mutations and measures how long each refusal takes.
"""

import random
import shutil
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mutations import mutate, random_text, rule_seeds
from pledgetrack.corpus import bundled_corpus, load_corpus
from pledgetrack.corpus.decode import decode_bytes
from pledgetrack.corpus.document import read_document
from pledgetrack.corpus.layout import lay_out
from pledgetrack.corpus.manifest import read_manifest
from pledgetrack.errors import PledgetrackError
from pledgetrack.rules import load_rules
from pledgetrack.rules.vocabulary import DEFAULT_FILE, read_vocabulary
from pledgetrack.yamldata import load_yaml_text

SEEDS = [path.read_bytes() for path in rule_seeds()]
FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def refused_or_read(load) -> None:
    try:
        load()
    except PledgetrackError as exc:
        assert exc.problems and all(problem.message for problem in exc.problems)


@FUZZ
@given(seed=st.sampled_from(SEEDS), rng=st.randoms(use_true_random=False))
def test_a_mutated_rule_file_is_read_or_refused_with_problems(seed, rng, corpus, tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_bytes(mutate(seed, rng))
    refused_or_read(lambda: load_rules(path, corpus))


@FUZZ
@given(rng=st.randoms(use_true_random=False))
def test_a_mutated_vocabulary_is_read_or_refused_with_problems(rng, tmp_path):
    path = tmp_path / "vocabulary.yaml"
    path.write_bytes(mutate(DEFAULT_FILE.read_bytes(), rng))
    refused_or_read(lambda: read_vocabulary(path))


@pytest.fixture(scope="module")
def corpus_copy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "corpus"
    shutil.copytree(bundled_corpus(), folder)
    return folder


@FUZZ
@given(rng=st.randoms(use_true_random=False))
def test_a_mutated_manifest_is_read_or_refused_with_problems(rng, corpus_copy):
    manifest = corpus_copy / "manifest.yaml"
    manifest.write_bytes(mutate((bundled_corpus() / "manifest.yaml").read_bytes(), rng))
    refused_or_read(lambda: load_corpus(corpus_copy))


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 2**32), length=st.integers(0, 400))
def test_random_text_is_read_or_refused_with_problems(seed, length):
    text = random_text(random.Random(seed), length)
    refused_or_read(lambda: load_yaml_text(text, "random.yaml"))
    for encoding in (None, "utf-16", "gb18030"):
        raw = text.encode(encoding or "utf-8", "surrogatepass")
        refused_or_read(lambda: lay_out(decode_bytes(raw, "random.txt", encoding)[0]))


@settings(max_examples=10, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_a_mutated_report_is_read_or_refused_with_problems(rng, corpus_copy):
    entry = rng.choice(read_manifest(bundled_corpus() / "manifest.yaml"))
    path = corpus_copy / "mutated.txt"
    path.write_bytes(mutate(entry.path.read_bytes(), rng, changes=6))
    refused_or_read(lambda: read_document(attrs.evolve(entry, path=path)).sentences())
