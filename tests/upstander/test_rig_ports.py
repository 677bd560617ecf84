"""The load rig's ports: the kernel's choice, or a range of its own on a shared machine."""

from __future__ import annotations

import socket

from upstander.rig import base


def test_without_a_range_the_kernel_chooses(monkeypatch):
    monkeypatch.delenv("RIG_PORTS", raising=False)
    assert base.free_port() > 0


def test_a_range_hands_out_each_free_port_once_and_skips_one_in_use(monkeypatch):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        busy = taken.getsockname()[1]
        taken.listen()
        first, last = busy - 5, busy + 5
        monkeypatch.setenv("RIG_PORTS", f"{first}-{last}")
        monkeypatch.setattr(base, "_HANDED_OUT", set())
        handed = [base.free_port() for _ in range(3)]
    assert busy not in handed
    assert len(set(handed)) == 3
    assert all(first <= port <= last for port in handed)


def test_a_range_used_up_says_so(monkeypatch):
    monkeypatch.setattr(base, "_HANDED_OUT", set())
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        busy = taken.getsockname()[1]
        taken.listen()
        monkeypatch.setenv("RIG_PORTS", str(busy))
        try:
            base.free_port()
        except RuntimeError as exc:
            assert f"RIG_PORTS={busy}" in str(exc)
        else:
            raise AssertionError("a used-up range handed out a port")
