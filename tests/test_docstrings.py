"""The examples in the docstrings are run against the installed package, module by module."""

import doctest
import importlib
import pkgutil

import pytest

import pledgetrack

MODULES = sorted(info.name for info in pkgutil.walk_packages(pledgetrack.__path__, "pledgetrack.")
                 if info.name != "pledgetrack.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, monkeypatch):
    monkeypatch.chdir(pledgetrack.__path__[0])  # examples never depend on where the tests run
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                                  report=True, verbose=False)
    assert failures == 0, f"{failures} docstring examples of {name} failed (see the output above)"
