"""The terminal report: colour only on a terminal, NO_COLOR honoured."""

import io

from pledgetrack.report.terminal import wants_colour


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert wants_colour(FakeTerminal()) is True
    assert wants_colour(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert wants_colour(FakeTerminal()) is False
    assert wants_colour(io.StringIO(), "yes") is True
    assert wants_colour(FakeTerminal(), "no") is False
