"""The inputs of issue 21 for benchmarks/bench_fuzz.py: baselines, project files and whole command lines.

Each case ends in a result or a PledgetrackError (a baseline, a project file), or, for a
command line, in an exit status of 0, 1, 2, 5 or 143 with no traceback on stderr and no
hang; anything else is a crash the campaign counts and keeps.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import random
import shutil
import signal
from pathlib import Path

from pledgetrack import audit
from pledgetrack.cli import main
from pledgetrack.config import find_config
from pledgetrack.corpus import bundled_corpus
from pledgetrack.history import SNAPSHOT, compare, read_baseline
from pledgetrack.report.changes import html_section, terminal_lines, to_data
from pledgetrack.report.json import render
from pledgetrack.rules import bundled_rules_path

from mutations import mutate, random_text

# A command line that takes longer than this is called a hang.
HANG_SECONDS = 120
STATUSES = {0, 1, 2, 5, 128 + signal.SIGTERM}

ODD_VALUES = [None, True, False, 0, -1, 10**30, "", "NaN", "met", "missed", "exceeded", "unverifiable",
              "\x1b]0;x\x07", "\ud800", [], {}, [1, [2, [3]]], {"grade": "met"}, 1.5, "175", "1e999999"]
ODD_TOKENS = ["NaN", "Infinity", "-Infinity", "7" * 5000, "1e999999", "-0", "[" * 2000 + "]" * 2000]


def baselines(campaign, count: int, rng: random.Random, work: Path) -> None:
    """Broken copies of an audit's JSON: bytes mutated, values replaced, odd tokens put in."""
    result = audit(as_of=datetime.date(2026, 11, 21))
    text = render(result)
    records = result.records()
    data = json.loads(text)
    path = work / "baseline.json"
    for n in range(count):
        which = rng.random()
        if which < 0.4:
            raw = mutate(text.encode("utf-8"), rng)
        elif which < 0.8:
            changed = json.loads(text)
            for _ in range(rng.randint(1, 4)):
                row = rng.choice(changed["records"])
                row[rng.choice((*SNAPSHOT, "id"))] = rng.choice(ODD_VALUES)
            if rng.random() < 0.2:
                changed[rng.choice(["schema", "version", "records", "as_of"])] = rng.choice(ODD_VALUES)
            raw = json.dumps(changed, ensure_ascii=False).encode("utf-8", "surrogatepass")
        else:
            value = json.dumps(rng.choice(data["records"])[rng.choice(SNAPSHOT)], ensure_ascii=False)
            at = text.find(value, rng.randrange(len(text)))
            raw = (text[:at] + rng.choice(ODD_TOKENS) + text[at + len(value):] if at >= 0 else text).encode()
        path.write_bytes(raw)

        def case():
            changes = compare(read_baseline(path), records)
            terminal_lines(changes), to_data(changes), html_section(changes)
        campaign.run(f"baseline #{n} ({len(raw):,} bytes)", case, raw)


PROJECT = b'[tool.pledgetrack]\ncorpus = "reports"\nrules = ["rules", "more"]\nfail-on = "missed"\ncolor = "auto"\n'


def project_files(campaign, count: int, rng: random.Random, work: Path) -> None:
    """Project files mutated, nested, of other tools, in pledgetrack.toml or pyproject.toml, read from below."""
    folder = work / "project"
    below = folder / "a" / "b"
    below.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        for name in ("pledgetrack.toml", "pyproject.toml"):
            with contextlib.suppress(FileNotFoundError):
                (folder / name).unlink()
        which = rng.random()
        if which < 0.6:
            raw = mutate(PROJECT if rng.random() < 0.5 else PROJECT.replace(b"[tool.pledgetrack]\n", b""), rng)
        elif which < 0.8:
            depth = rng.choice([10, 100, 1000, 1200, 5000])
            opener, closer = rng.choice([("[", "]"), ("{a = ", "}")])
            raw = f"{rng.choice(['corpus', 'rules', 'tool'])} = {opener * depth}1{closer * depth}\n".encode()
        else:
            tool = rng.choice(['"x"', "5", "[1]", "{pledgetrack = 3}", "{pledgetrack = {corpus = 1}}"])
            raw = f"tool = {tool}\n".encode() + random_text(rng, rng.randrange(0, 40)).encode("utf-8", "surrogatepass")
        name = "pyproject.toml" if raw.startswith(b"[tool") or raw.startswith(b"tool") or rng.random() < 0.5 \
            else "pledgetrack.toml"
        (folder / name).write_bytes(raw)
        campaign.run(f"project file #{n} ({name}, {len(raw):,} bytes)", lambda: find_config(below), raw)


def command_lines(campaign, count: int, rng: random.Random, work: Path) -> None:
    """Random command lines of every subcommand, with odd values, run as the ``pledgetrack`` command runs them."""
    rules = work / "cli-rules"
    if not rules.exists():
        shutil.copytree(bundled_rules_path(), rules)  # the only rule book `expect --update` may write
    corpus = work / "cli-corpus"
    if not corpus.exists():
        shutil.copytree(bundled_corpus(), corpus)
    out = work / "cli-out"
    out.mkdir(exist_ok=True)
    baseline = work / "cli-baseline.json"
    baseline.write_text('{"schema": "pledgetrack-audit", "version": 2, "records": [{"id": 5}]}', encoding="utf-8")
    # What is read may be anywhere; what is written (--output, --cache-dir) only ever inside ``out``.
    written = [str(out / "a.json"), str(out / "a.xlsx"), str(out / "a.md"), str(out), "", "-", "/dev/null",
               str(out / "no" / "such"), str(out / ("d/" * 1500)), str(out / "\x1b[2J.csv"), str(out / "a.jsonl")]
    paths = [str(corpus), str(rules), "", "-", "/", "/dev/zero", "/dev/null", str(out / "no" / "such"),
             str(work / ("d/" * 1500)), str(baseline), str(out / "a.json")]
    odd = ["", "-1", "0", "1" * 400, "nan", "2023", "http://scheduler:8786", "tcp://127.0.0.1", "tcp://h:x",
           "((((", "2023 and not", "\x07", "met", "yes", "2026-02-30", "-k"]
    options = {
        "audit": ["--corpus", "--rules", "-k", "--year", "--area", "--grade", "-v", "-vv", "--format", "--output",
                  "--fail-on", "--color", "--as-of", "--jobs", "--dask", "--dask-timeout", "--cache-dir",
                  "--no-cache", "--baseline", "--draft"],
        "validate": ["--corpus"], "corpus": ["--corpus"], "schema": ["--markdown", "--output"],
        "expect": ["--corpus", "--update", "--as-of"], "draft": ["--corpus", "--output", "--update"],
    }
    flags = {"-v", "-vv", "--no-cache", "--draft", "--markdown", "--update"}
    for n in range(count):
        command = rng.choice(list(options))
        argv = [command]
        for _ in range(rng.randint(0, 4)):
            option = rng.choice(options[command])
            argv.append(option)
            if option in ("--output", "--cache-dir"):
                argv.append(rng.choice(written) if rng.random() < 0.7 else "./" + random_text(rng, rng.randrange(12)))
            elif option not in flags:
                argv.append(rng.choice(paths + odd) if rng.random() < 0.6 else random_text(rng, rng.randrange(0, 12)))
        if "--dask" in argv:
            argv += ["--dask-timeout", "1"]  # no scheduler is reached: a hang would be the code's, not the network's
        if command in ("validate", "expect") and rng.random() < 0.7:
            argv.append(str(rules))  # expect --update only ever writes the copy
        if command == "expect" and "--update" in argv and str(rules) not in argv:
            argv.remove("--update")
        if command == "draft" and "--output" not in argv:
            argv += ["--output", str(out / "drafted")]
        with contextlib.chdir(out):  # a relative path written lands here too
            campaign.run(f"command line #{n}: {' '.join(argv)[:150]!r}", lambda argv=argv: _run_command(argv),
                         "\0".join(argv))


class Hang(BaseException):
    """A command line that did not end in time (not an OSError: the command line would catch that)."""


def _run_command(argv: list[str]) -> None:
    err = io.StringIO()

    def hang(*_):
        raise Hang(f"no answer after {HANG_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(HANG_SECONDS)
    try:
        stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # with a .buffer, as sys.stdout has
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(err):
            status = main(argv)
    except Hang as exc:
        raise AssertionError(str(exc)) from None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    said = err.getvalue()
    if status not in STATUSES or "Traceback" in said:
        raise AssertionError(f"exit {status}: {said[-300:]!r}")
