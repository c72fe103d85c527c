"""Tests of framelab.setupcheck: the first lesson's check that everything works offline."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest

from framelab import setupcheck
from framelab.setupcheck import NetworkBlocked, network_blocked, run_setup_checks, setup_check


@pytest.fixture
def local_server() -> Iterator[int]:
    """A listening socket on 127.0.0.1; yields its port."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    try:
        yield server.getsockname()[1]
    finally:
        server.close()


def test_every_check_passes_here() -> None:
    results = run_setup_checks()
    assert [name for name, _, _ in results] == [name for name, _ in setupcheck.CHECKS]
    failed = [(name, detail) for name, ok, detail in results if not ok]
    assert failed == []
    details = dict((name, detail) for name, _, detail in results)
    assert details["Corpus"].startswith("5 articles, ")
    assert "without nltk_data" in details["NLTK offline"]


def test_setup_check_prints_one_line_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    setup_check()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(setupcheck.CHECKS) + 1
    assert all(line.startswith("✓ ") for line in lines[:-1])
    assert lines[-1].startswith("All set:")


_BLOCKED_CALLS: list[Callable[[int], object]] = [
    # (a way to reach the network)
    # the usual way: a connection by address and port, even to this machine
    lambda port: socket.create_connection(("127.0.0.1", port), timeout=1),
    # a socket's own connect
    lambda port: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", port)),
    # a name look-up (the first step of every download)
    lambda port: socket.getaddrinfo("example.org", 80),
]


@pytest.mark.parametrize("call", _BLOCKED_CALLS)
def test_network_blocked_blocks(local_server: int, call: Callable[[int], object]) -> None:
    with network_blocked():
        with pytest.raises(NetworkBlocked) as info:
            call(local_server)
    assert isinstance(info.value, OSError)
    assert "switched the network off" in str(info.value)


def test_network_blocked_restores_the_network(local_server: int) -> None:
    saved = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
    with network_blocked():
        assert socket.create_connection is not saved[1]
    assert (socket.socket.connect, socket.create_connection, socket.getaddrinfo) == saved
    with socket.create_connection(("127.0.0.1", local_server), timeout=1):
        pass


def test_network_blocked_restores_the_network_after_an_error(local_server: int) -> None:
    saved = (socket.socket.connect, socket.create_connection, socket.getaddrinfo)
    with pytest.raises(ZeroDivisionError):
        with network_blocked():
            1 / 0  # noqa: B018
    assert (socket.socket.connect, socket.create_connection, socket.getaddrinfo) == saved
    with socket.create_connection(("127.0.0.1", local_server), timeout=1):
        pass


def _needs_the_network() -> str:
    socket.create_connection(("127.0.0.1", 9), timeout=1)
    return "downloaded"


def _is_missing() -> str:
    raise RuntimeError("the package nltk is missing. Run the README's command again.")


_FAILING_CHECKS = [
    # (a check, the start of its detail line)
    # a check that would download something fails, because the network is off during the checks
    (_needs_the_network, "NetworkBlocked: the set-up check switched the network off"),
    # a check that finds something missing: its message is shown as it is
    (_is_missing, "RuntimeError: the package nltk is missing."),
]


@pytest.mark.parametrize("check, detail", _FAILING_CHECKS)
def test_a_failing_check_is_a_line_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    check: Callable[[], str], detail: str,
) -> None:
    monkeypatch.setattr(setupcheck, "CHECKS", (("Python", setupcheck._python), ("Extra", check)))
    results = run_setup_checks()
    assert results[0][:2] == ("Python", True)
    assert results[1][:2] == ("Extra", False)
    assert results[1][2].startswith(detail)
    setup_check()
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("✗ Extra: " + detail)
    assert lines[2].startswith("Something is missing (see the ✗ lines).")
    assert "python course.py lab" in lines[2]
