"""Mutating calls through dropped connections, half answers, 502/503/429 and timeouts.

The short run is part of ``make test``; ``make soak`` runs the long one (OPENSPAWN_SOAK=1) and
prints the figures recorded in docs/safety.md.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from openspawn import InternalServerError, RetryableError

from .harness import Report, run_async, run_sync, world
from .proxy import FaultProxy

SOAK = os.environ.get("OPENSPAWN_SOAK") == "1"


def assert_safe(report: Report) -> None:
    assert report.foreign == []
    assert report.duplicates == 0
    assert report.lost == 0
    assert report.misreported == 0
    assert report.nonce_reuse == 0
    assert report.acknowledged + report.failed == report.calls


def test_short_fault_run_sync_and_async(tmp_path: Path) -> None:
    with world(tmp_path) as w:
        sync = run_sync(w, 45, seed=1)
        asynchronous = run_async(w, 45, seed=2)
    for report in (sync, asynchronous):
        assert_safe(report)
        assert report.acknowledged > 0
        assert sum(n for fault, n in report.faults.items() if fault != "pass") > 0


@pytest.mark.skipif(not SOAK, reason="the long soak runs with `make soak` (OPENSPAWN_SOAK=1)")
def test_soak(tmp_path: Path) -> None:
    calls = int(os.environ.get("OPENSPAWN_SOAK_CALLS", "1200"))
    total = Report()
    with world(tmp_path) as w:
        for seed in range(3):  # half sync, half async, in rounds of calls/6
            total.add(run_sync(w, calls // 6, seed=10 + seed))
            total.add(run_async(w, calls // 6, seed=20 + seed))
    figures = {
        "mutating calls": total.calls,
        "attempts sent": total.attempts,
        "faults": dict(sorted(total.faults.items())),
        "acknowledged": total.acknowledged,
        "failed": total.failed,
        "failed but applied": total.failed_applied,
        "failed, flagged may_have_been_applied": total.failed_flagged,
        "failed, completed by repeating with the key": total.completed_with_key,
        "duplicates": total.duplicates,
        "lost": total.lost,
        "foreign exceptions": len(total.foreign),
        "nonce reuse": total.nonce_reuse,
    }
    print("\nSOAK " + json.dumps(figures, indent=2))
    assert_safe(total)


def test_transfer_answered_500_after_acting_moves_the_money_once(tmp_path: Path) -> None:
    with (
        world(tmp_path) as w,
        FaultProxy(w.port, lambda method, path: "500_after") as proxy,
        w.client(proxy.base_url) as client,
        w.client() as direct,
    ):
        before = direct.credits.balance()
        request = w.request("transfer", "after-500")
        with pytest.raises(InternalServerError) as info:
            client.credits.transfer(request)
        after = direct.credits.balance()
        err = info.value
        assert isinstance(err, RetryableError)  # the guide's `except RetryableError` sees it
        assert len(proxy.seen) == 1  # not retried
        assert w.count("transfer", "after-500") == 1
        assert before - after == 1
        assert err.may_have_been_applied is True
        assert err.status_code == 500
        assert err.idempotency_key == proxy.seen[0].key
        assert "may have been applied" in str(err)
